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
  /// The index a workspace's trajectories' `agreements:` are checked against, with the
  /// children the activity files name (whose consent facts the activity check needs).
  public static func activityIndex(
    _ paths: [String]
  ) -> (index: ActivityIndex, named: Set<String>) {
    let (index, named, _) = activityIndexKeepingBytes(paths)
    return (index, named)
  }

  /// `activityIndex`, and the bytes read for it (nil where a file could not be read), so that
  /// checking the files afterwards does not read them again.
  public static func activityIndexKeepingBytes(
    _ paths: [String]
  ) -> (index: ActivityIndex, named: Set<String>, bytes: [[UInt8]?]) {
    // Each file's index entry made on the core that read it.
    let folders = FileSystem.FolderResolutions()
    let read = concurrentMap(paths.count) { i -> ([UInt8]?, ActivityIndex.Entry?, String) in
      let (bytes, activity) = readActivity(paths[i], folders)
      return (bytes, activity.map(ActivityIndex.Entry.init), activity?.id ?? "")
    }
    var named = Set<String>()
    var entries: [(id: String, entry: ActivityIndex.Entry)] = []
    entries.reserveCapacity(read.count)
    for (_, entry, id) in read {
      guard let entry else { continue }
      named.formUnion(entry.named)
      entries.append((id, entry))
    }
    return (
      ActivityIndex(ids: paths.map(Workspace.id(ofFile:)), entries: entries),
      named, read.map(\.0)
    )
  }

  /// The bytes of each activity file at `paths` (nil: not readable) and what it decodes to,
  /// unchecked (nil: not an activity), read on every core; where links lead is checked once
  /// per folder, as for trajectory files.
  public static func readActivities(
    _ paths: [String]
  ) -> [(bytes: [UInt8]?, activity: Activity?)] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in readActivity(paths[i], folders) }
  }

  /// The bytes of one activity file (nil: not readable) and what it decodes to, unchecked.
  private static func readActivity(
    _ path: String, _ folders: FileSystem.FolderResolutions
  ) -> (bytes: [UInt8]?, activity: Activity?) {
    guard let bytes = try? FileSystem.read(path, folders: folders) else { return (nil, nil) }
    return (bytes, ActivityValidator.decode(bytes))
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
    // The trajectory folder is listed while the activity files are read.
    let ((activityIndex, named, allBytes), every) = concurrentPair(
      { activityIndexKeepingBytes(all) }, { workspace.trajectoryPaths() })
    var read: [String: [UInt8]] = [:]
    for (path, bytes) in zip(all, allBytes) { read[path] = bytes }
    let wanted = trajectoryPaths ?? every
    // Erased ids, for "erased on D" where a repeat request or an activity names one; a
    // repeat request's `previous` is checked only when the whole workspace is.
    let erased = ErasedLedger.read(workspace)
    // The named children's facts, from the files checked or else read for the purpose.
    let (files, found, labels) = loadTrajectories(
      wanted, config: config, today: today, warnings: warnings, detail: .diagnosticsOnly,
      activities: activityIndex, consentOf: named,
      erased: trajectoryPaths == nil ? erased : nil, erasedFiles: erased, display: display)
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
    // Every child's label, when every trajectory was read: a label in an activity's text of a
    // child it does not name is found too.
    if trajectoryPaths == nil { index.labels = LabelLookup(labels) }
    var activities = concurrentMap(activityPaths.count) { [read, index] i in
      loadActivity(
        activityPaths[i], bytes: read[activityPaths[i]], config: config, index: index,
        today: today, warnings: warnings, display: display)
    }
    CaseCollisions.check(
      &activities, trajectoryPaths: every, activityPaths: all, display: display)
    return (files, activities)
  }

  /// Loads and validates activity files against `config` and the workspace's trajectories
  /// (`index`; nil: references are not checked), in parallel. `bytes`: the files' bytes when
  /// the caller read them already (`activityIndexKeepingBytes`; nil where a file could not be
  /// read, which is then tried again for its error).
  public static func loadActivities(
    _ paths: [String], bytes: [[UInt8]?]? = nil, config: Config?, index: TrajectoryIndex?,
    today: LocalDate?, warnings: Bool = true, display: @Sendable (String) -> String
  ) -> [ActivityFile] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      loadActivity(
        paths[i], bytes: bytes?[i], config: config, index: index, today: today,
        warnings: warnings, folders: folders, display: display)
    }
  }

  /// Loads and validates one activity file; `bytes`, when the caller read them already;
  /// `folders`, for a pass over many files (see `FileSystem.read`).
  public static func loadActivity(
    _ path: String, bytes known: [UInt8]? = nil, config: Config?, index: TrajectoryIndex?,
    today: LocalDate?, warnings: Bool = true, folders: FileSystem.FolderResolutions? = nil,
    display: (String) -> String
  ) -> ActivityFile {
    let shown = display(path)
    let bytes: [UInt8]
    do {
      if let known { bytes = known } else { bytes = try FileSystem.read(path, folders: folders) }
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
