import AmigoSchema
import AmigoYAML

/// One loaded activity file (`activities/<id>.yaml`).
public struct ActivityFile: Sendable {
  /// The path as amigo shows it.
  public let displayPath: String
  public let path: String
  /// The parsed file, kept only when it has diagnostics (for excerpts); otherwise an empty
  /// document, as for trajectory files (a file on the fast path is never parsed).
  public let document: YAMLDocument
  /// Nil when the file could not be read as an activity at all.
  public let activity: Activity?
  public let diagnostics: [Diagnostic]
}

extension Loader {
  /// The index activity files are checked against: the trajectory ids of the workspace (file
  /// names) and the facts of those that were read.
  public static func trajectoryIndex(
    _ workspace: Workspace, files: [TrajectoryFile]
  ) -> TrajectoryIndex {
    TrajectoryIndex(
      ids: workspace.trajectoryPaths().map(Workspace.id(ofFile:)),
      trajectories: files.compactMap(\.trajectory))
  }

  /// The index a workspace's trajectories' `agreements:` are checked against, with the
  /// children the activity files name (whose consent facts the activity check needs).
  public static func activityIndex(
    _ paths: [String]
  ) -> (index: ActivityIndex, named: Set<String>) {
    let activities = concurrentMap(paths.count) { i -> Activity? in
      guard let bytes = try? FileSystem.read(paths[i]) else { return nil }
      return ActivityValidator.decode(bytes)
    }.compactMap { $0 }
    return (
      ActivityIndex(ids: paths.map(Workspace.id(ofFile:)), activities: activities),
      Set(activities.flatMap(\.namedChildren))
    )
  }

  /// Loads a workspace's trajectory files checked against its activity files, then the
  /// activity files checked against the trajectories: only the consent facts of the children
  /// the activities name are kept for that (not every trajectory's).
  public static func loadWithActivities(
    _ workspace: Workspace, config: Config?, today: LocalDate?, warnings: Bool = true,
    trajectoryPaths: [String]? = nil, activityPaths: [String],
    display: @escaping @Sendable (String) -> String
  ) -> (files: [TrajectoryFile], activities: [ActivityFile]) {
    let all = workspace.activityPaths()
    let (activityIndex, named) = activityIndex(all)
    let every = workspace.trajectoryPaths()
    let wanted = trajectoryPaths ?? every
    // Erased ids, for "erased on D" where a repeat request or an activity names one; a
    // repeat request's `previous` is checked only when the whole workspace is.
    let erased = ErasedLedger.read(workspace)
    // The named children's facts, from the files checked or else read for the purpose.
    let (files, found) = loadTrajectories(
      wanted, config: config, today: today, warnings: warnings, detail: .diagnosticsOnly,
      activities: activityIndex, consentOf: named,
      erased: trajectoryPaths == nil ? erased : nil, display: display)
    var entries = found
    let checked = Set(wanted)
    let others = every.filter { !checked.contains($0) && named.contains(Workspace.id(ofFile: $0)) }
    if !activityPaths.isEmpty, !others.isEmpty {
      entries.merge(
        loadTrajectories(
          others, config: config, today: today, warnings: false, detail: .diagnosticsOnly,
          activities: nil, consentOf: named, display: display
        ).consent
      ) { a, _ in a }
    }
    var index = TrajectoryIndex(ids: every.map(Workspace.id(ofFile:)), entries: entries)
    index.erased = erased
    let activities = loadActivities(
      activityPaths, config: config, index: index, today: today, warnings: warnings,
      display: display)
    return (files, activities)
  }

  /// Loads and validates activity files against `config` and the workspace's trajectories
  /// (`index`; nil: references are not checked), in parallel.
  public static func loadActivities(
    _ paths: [String], config: Config?, index: TrajectoryIndex?, today: LocalDate?,
    warnings: Bool = true, display: @Sendable (String) -> String
  ) -> [ActivityFile] {
    concurrentMap(paths.count) { i in
      loadActivity(
        paths[i], config: config, index: index, today: today, warnings: warnings,
        display: display)
    }
  }

  public static func loadActivity(
    _ path: String, config: Config?, index: TrajectoryIndex?, today: LocalDate?,
    warnings: Bool = true, display: (String) -> String
  ) -> ActivityFile {
    let shown = display(path)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      return ActivityFile(
        displayPath: shown, path: path, document: YAMLDocument(bytes: []), activity: nil,
        diagnostics: [unreadable(error, shown)])
    }
    let (activity, diagnostics, parsed) = ActivityValidator.validate(
      bytes: bytes, fileName: Workspace.id(ofFile: path), config: config, index: index,
      today: today, warnings: warnings)
    // The document is kept for excerpts only.
    let document = diagnostics.isEmpty ? emptyDocument : parsed ?? YAMLDocument(bytes: bytes)
    return ActivityFile(
      displayPath: shown, path: path, document: document, activity: activity,
      diagnostics: diagnostics.map { $0.inFile(shown) })
  }
}
