import AmigoSchema
import AmigoYAML
import Foundation

/// An activity file that a change to a trajectory would make invalid, and the errors it would
/// get (positions in the activity file, which is not changed).
public struct ActivityBreak: Sendable {
  /// The activity file as users see it.
  public let path: String
  public let diagnostics: [Diagnostic]
  public let source: SourceText
}

extension Store {
  /// The activity files naming child `id` that changing its trajectory from `old` to `new`
  /// would give new errors: a meeting or group meeting then dated after a consent withdrawn
  /// earlier, before the referral, after the closure. Only when what activities are checked
  /// against changes (`TrajectoryIndex.Entry`: consent, birth, label, referral and closure
  /// dates) are activity files read, and of those only the ones that name the child: which
  /// children a file names the activity file index answers without reading it
  /// (`ActivityFileIndex`).
  public static func activitiesBroken(
    changing id: String, from old: Trajectory, to new: Trajectory, in workspace: Workspace,
    config: Config?, today: LocalDate?, display: (String) -> String
  ) -> [ActivityBreak] {
    let before = TrajectoryIndex.Entry(old)
    let after = TrajectoryIndex.Entry(new)
    guard before != after, !id.isEmpty else { return [] }
    let listed = workspace.activityPaths()
    guard !listed.isEmpty else { return [] }
    let (paths, read) = Loader.readActivities(
      listed, in: workspace, version: AmigoVersion.current,
      passingOver: { !$0.named.contains(id) })
    // Every trajectory id, hashed from the listing's bytes as `ActivityStore.index(listing:)`
    // does: no string per file (a hundred thousand in an archive) unless a suggestion asks.
    var known: (ids: TrajectoryIDs, listing: PathListing)?
    var out: [ActivityBreak] = []
    for (path, file) in zip(paths, read) {
      guard let bytes = file.bytes, let activity = file.activity,
        activity.namedChildren.contains(id)
      else { continue }
      if known == nil {
        let listing = PathListing(workspace.trajectoryPaths())
        known = (TrajectoryIDs.of(listing).ids, listing)
      }
      let (ids, listing) = known!
      let name = Workspace.id(ofFile: path)
      func check(_ entry: TrajectoryIndex.Entry) -> ([Diagnostic], YAMLDocument?) {
        let index = TrajectoryIndex(
          known: ids, ids: { listing.map(Workspace.id(ofFile:)) }, entries: [id: entry])
        let (_, diagnostics, document) = ActivityValidator.validate(
          bytes: bytes, fileName: name, config: config, index: index, today: today,
          warnings: false)
        return (diagnostics, document)
      }
      let (was, _) = check(before)
      let (will, document) = check(after)
      let errors = will.introduced(comparedTo: was).filter { $0.severity == .error }
      guard !errors.isEmpty else { continue }
      let shown = display(path)
      out.append(
        ActivityBreak(
          path: shown, diagnostics: errors.map { $0.inFile(shown) },
          source: (document ?? YAMLDocument(bytes: bytes)).source))
    }
    return out
  }

  /// Refuses `result` (the change of the trajectory file at `path`) when it would make an
  /// activity file naming the child invalid.
  static func refuseBrokenActivities(
    _ result: ChangeResult, path: String, display: String, in workspace: Workspace,
    config: Config?, today: LocalDate?
  ) throws {
    guard let previous = result.previous else { return }
    let broken = activitiesBroken(
      changing: Workspace.id(ofFile: path), from: previous, to: result.trajectory,
      in: workspace, config: config, today: today,
      display: { sibling($0, of: path, shownAs: display, in: workspace) })
    if !broken.isEmpty {
      throw ChangeError.wouldBreakActivities(path: display, broken)
    }
  }

  /// `other` as users see it, given that `path` (in the same workspace) is shown as `shown`:
  /// with the same prefix (relative to the same folder), else as it is.
  static func sibling(
    _ other: String, of path: String, shownAs shown: String, in workspace: Workspace
  ) -> String {
    let root = workspace.root.hasSuffix("/") ? workspace.root : workspace.root + "/"
    guard path.hasPrefix(root), other.hasPrefix(root) else { return other }
    let inside = String(path.dropFirst(root.count))
    guard shown.hasSuffix(inside) else { return other }
    return String(shown.dropLast(inside.count)) + String(other.dropFirst(root.count))
  }
}
