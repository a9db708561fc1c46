import AmigoSchema
import AmigoYAML
import Foundation

/// Loading through the workspace index: the files the index cannot vouch for, or that the
/// command needs, are read and validated as `Loader.loadTrajectories` does; the others are left
/// unread and stand for themselves by their index summaries.
public struct IndexedFiles: Sendable {
  /// The files read, in path order, with diagnostics as `Loader.loadTrajectories` gives them
  /// (duplicate ids included, checked against the unread files too).
  public var files: [TrajectoryFile] = []
  /// The files left unread, by path, in path order.
  public var unread: [(path: String, summary: WorkspaceIndex.Summary)] = []
  /// Every file's summary (read or not), by path.
  public var summaries: [String: WorkspaceIndex.Summary] = [:]
  /// True when the index was missing, stale or unusable and was made anew.
  public var rebuilt = false
}

extension Loader {
  /// Loads the trajectory files of `workspace`, leaving unread those whose index entry is fresh
  /// and for which `leaveUnread` says yes (it is asked only about fresh entries; `mustRead`
  /// paths are always read). Updates the
  /// index when anything was read anew. `version`: amigo's, part of the index key.
  public static func loadTrajectories(
    indexed workspace: Workspace, version: String, config: Config?, today: LocalDate?,
    warnings: Bool = true, detail: LoadDetail = .everything, mustRead: Set<String> = [],
    leaveUnread: (WorkspaceIndex.Summary) -> Bool,
    display: @Sendable (String) -> String
  ) -> IndexedFiles {
    let paths = workspace.trajectoryPaths()
    let configBytes = (try? FileSystem.read(workspace.configPath)) ?? []
    let key = WorkspaceIndex.Key(
      amigoVersion: version, configHash: WorkspaceIndex.hash(configBytes))
    let old = WorkspaceIndex.read(workspace, key: key)
    var result = IndexedFiles()
    result.rebuilt = old == nil
    let base = workspace.root + "/"
    let names = paths.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 }
    let stamps = concurrentMap(paths.count) { WorkspaceIndex.Stamp.of(paths[$0]) }

    // Which files to read.
    var fresh: [WorkspaceIndex.Entry?] = Array(repeating: nil, count: paths.count)
    var read: [Int] = []
    for i in paths.indices {
      if let stamp = stamps[i], let e = old?.fresh(names[i], stamp) {
        fresh[i] = e
        if !mustRead.contains(paths[i]) && leaveUnread(e.summary) { continue }
      }
      read.append(i)
    }
    var loaded = loadForIndex(read.map { paths[$0] }, config, today, warnings, detail, display)
    // Ids unique across every file: an unread file that repeats an earlier id is read after
    // all, so that it shows its error.
    func id(_ i: Int, _ loadedAt: [Int: Int]) -> String {
      if let k = loadedAt[i] { return loaded[k].summary.id }
      return fresh[i]?.summary.id ?? ""
    }
    var loadedAt = Dictionary(uniqueKeysWithValues: read.enumerated().map { ($1, $0) })
    var firstByID: [String: Int] = [:]
    var again: [Int] = []
    for i in paths.indices {
      let value = id(i, loadedAt)
      guard !value.isEmpty else { continue }
      if firstByID[value] == nil {
        firstByID[value] = i
      } else if loadedAt[i] == nil {
        again.append(i)
      }
    }
    if !again.isEmpty {
      let more = loadForIndex(again.map { paths[$0] }, config, today, warnings, detail, display)
      for (k, i) in again.enumerated() {
        loadedAt[i] = loaded.count
        loaded.append(more[k])
        read.append(i)
      }
      read.sort()
    }
    // Duplicate-id diagnostics, as `loadTrajectories` gives them.
    for i in read {
      let k = loadedAt[i]!
      let value = loaded[k].summary.id
      guard !value.isEmpty, let first = firstByID[value], first != i,
        let trajectory = loaded[k].file.trajectory ?? loaded[k].decodedForID
      else { continue }
      var file = loaded[k].file
      let document =
        file.diagnostics.isEmpty
        ? ((try? FileSystem.read(file.path)).map { YAMLDocument(bytes: $0) } ?? file.document)
        : file.document
      let d = SchemaDiagnostics.duplicateID(
        document.source.range(trajectory.idSpan.start, trajectory.idSpan.end), id: value,
        other: display(paths[first])
      ).inFile(file.displayPath)
      file = TrajectoryFile(
        displayPath: file.displayPath, path: file.path, document: document,
        trajectory: file.trajectory, diagnostics: (file.diagnostics + [d]).sortedByLocation())
      loaded[k].file = file
    }

    // The new index: the fresh entries kept, the files read entered with their stamps.
    var index = WorkspaceIndex(key: key)
    var changed = old == nil
    for i in paths.indices {
      if let k = loadedAt[i] {
        result.files.append(loaded[k].file)
        result.summaries[paths[i]] = loaded[k].summary
        guard let stamp = stamps[i] else {
          changed = true
          continue
        }
        let entry = WorkspaceIndex.Entry(
          name: names[i], stamp: stamp, summary: loaded[k].summary)
        index.entries[names[i]] = entry
        if fresh[i] != entry { changed = true }
      } else if let e = fresh[i] {
        result.unread.append((paths[i], e.summary))
        result.summaries[paths[i]] = e.summary
        index.entries[names[i]] = e
      }
    }
    if let old, old.entries.count != index.entries.count { changed = true }
    if changed { index.write(to: workspace) }
    return result
  }

  /// One file read for the index: as `Loader.loadOne` gives it, and its summary.
  struct IndexedFile: Sendable {
    var file: TrajectoryFile
    var summary: WorkspaceIndex.Summary
    /// The decoded trajectory when `file` keeps none (`.diagnosticsOnly`): for the id's span.
    var decodedForID: Trajectory?
  }

  static func loadForIndex(
    _ paths: [String], _ config: Config?, _ today: LocalDate?, _ warnings: Bool,
    _ detail: LoadDetail, _ display: @Sendable (String) -> String
  ) -> [IndexedFile] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      let path = paths[i]
      let shown = display(path)
      let bytes: [UInt8]
      switch Result(catching: { () throws(FileSystem.ReadError) in
        try FileSystem.read(path, folders: folders)
      }) {
      case .success(let b): bytes = b
      case .failure(let error):
        return IndexedFile(
          file: TrajectoryFile(
            displayPath: shown, path: path, document: YAMLDocument(bytes: []), trajectory: nil,
            diagnostics: [unreadable(error, shown)]),
          summary: WorkspaceIndex.Summary(nil, bytes: [], hasErrors: true))
      }
      // The summary needs the facts even when the command keeps nothing.
      let keep: TrajectoryDetail = detail == .everything ? .everything : .facts
      // Every rule runs, so that an entry's `clean` does not depend on the command that made
      // it; a command that asked for no warnings gets none.
      let (trajectory, all, parsed) = Validator.validateTrajectory(
        bytes: bytes, fileName: Workspace.id(ofFile: path), config: config, today: today,
        warnings: true, keep: keep)
      let summary = WorkspaceIndex.Summary(
        trajectory, bytes: bytes, hasErrors: all.contains { $0.severity == .error })
      let diagnostics = warnings ? all : all.filter { $0.severity == .error }
      let document = diagnostics.isEmpty ? emptyDocument : parsed ?? YAMLDocument(bytes: bytes)
      let file = TrajectoryFile(
        displayPath: shown, path: path, document: document,
        trajectory: detail == .diagnosticsOnly ? nil : trajectory,
        diagnostics: diagnostics.map { $0.inFile(shown) })
      return IndexedFile(
        file: file, summary: summary,
        decodedForID: detail == .diagnosticsOnly ? trajectory : nil)
    }
  }
}

extension TrajectoryFile {
  /// The same file with one more diagnostic (a check across files), and `document` for its
  /// excerpt.
  public func adding(_ d: Diagnostic, document: YAMLDocument) -> TrajectoryFile {
    TrajectoryFile(
      displayPath: displayPath, path: path, document: document, trajectory: trajectory,
      diagnostics: (diagnostics + [d]).sortedByLocation())
  }
}
