import AmigoSchema
import AmigoYAML

/// One loaded activity file (`activities/<id>.yaml`).
public struct ActivityFile: Sendable {
  /// The path as amigo shows it.
  public let displayPath: String
  public let path: String
  /// The parsed file (activity files are few; kept for excerpts and edits).
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
    let document = YAMLDocument(bytes: bytes)
    let (activity, diagnostics) = ActivityValidator.validate(
      document, fileName: Workspace.id(ofFile: path), config: config, index: index,
      today: today, warnings: warnings)
    return ActivityFile(
      displayPath: shown, path: path, document: document, activity: activity,
      diagnostics: diagnostics.map { $0.inFile(shown) })
  }
}
