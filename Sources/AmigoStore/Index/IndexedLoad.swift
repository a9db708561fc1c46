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
  /// The summaries of the files read, in path order.
  public var readSummaries: [(path: String, summary: WorkspaceIndex.Summary)] = []
  /// Every file's summary (read or not), by path: made when asked for (a hundred thousand
  /// entries are not hashed for a command that does not ask).
  public var summaries: [String: WorkspaceIndex.Summary] {
    var all: [String: WorkspaceIndex.Summary] = [:]
    all.reserveCapacity(readSummaries.count + unread.count)
    for (path, summary) in readSummaries { all[path] = summary }
    for (path, summary) in unread { all[path] = summary }
    return all
  }
  /// True when the index was missing, stale or unusable and was made anew.
  public var rebuilt = false
  /// How many trajectory files were read from disk (those left unread by their new summary
  /// included).
  public var readCount = 0
}

extension Loader {
  /// Loads the trajectory files of `workspace`, leaving unread those whose index entry is fresh
  /// and for which `leaveUnread` says yes (it is asked only about fresh entries; `mustRead`
  /// paths are always read). Updates the
  /// index when anything was read anew. `version`: amigo's, part of the index key.
  /// With `trustClean` (a command that shows no file's warnings, only whether it has errors),
  /// a file read whose fresh entry was checked on `today` without errors
  /// (`Summary.current(on:)`) is decoded without running the rules again: it has no errors.
  public static func loadTrajectories(
    indexed workspace: Workspace, version: String, config: Config?, today: LocalDate?,
    warnings: Bool = true, detail: LoadDetail = .everything, mustRead: Set<String> = [],
    trustClean: Bool = false, leaveUnread: (WorkspaceIndex.Summary) -> Bool,
    display: @Sendable (String) -> String
  ) -> IndexedFiles {
    let paths = workspace.trajectoryPaths()
    let configBytes = (try? FileSystem.read(workspace.configPath)) ?? []
    let key = WorkspaceIndex.Key(
      amigoVersion: version, configHash: WorkspaceIndex.hash(configBytes))
    var old = WorkspaceIndex.read(workspace, key: key)
    var result = IndexedFiles()
    result.rebuilt = old == nil
    let base = workspace.root + "/"
    let names = paths.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 }
    let stamps = WorkspaceIndex.stamps(paths, in: workspace.trajectoriesPath)

    // Which files to read.
    var fresh: [WorkspaceIndex.Entry?] = Array(repeating: nil, count: paths.count)
    var read: [Int] = []
    var trusted: [WorkspaceIndex.Summary?] = Array(repeating: nil, count: paths.count)
    for i in paths.indices {
      if let stamp = stamps[i], let e = old?.fresh(names[i], stamp) {
        fresh[i] = e
        if !mustRead.contains(paths[i]) {
          if leaveUnread(e.summary) { continue }
          if trustClean, let today, e.summary.current(on: today) { trusted[i] = e.summary }
        }
      }
      read.append(i)
    }
    // The entries the old index vouched for (a file read again with the same entry, because
    // it was racy, makes the index be written anew: no longer racy then).
    let vouched = fresh
    let oldCount = old?.entries.count
    old = nil  // its entries live on in `fresh`; the table itself is not needed any more
    // Read in slices, so that a first run (no index) keeps no more than a slice of decoded
    // files at once: a file the command may leave unread by its new summary is dropped as soon
    // as it is summarised, as if its entry had been fresh. `written` holds the new entries.
    var written: [WorkspaceIndex.Entry?] = Array(repeating: nil, count: paths.count)
    var loaded: [IndexedFile] = []
    var kept: [Int] = []
    let slice = 2048
    var from = 0
    while from < read.count {
      let part = Array(read[from..<min(from + slice, read.count)])
      from += part.count
      let files = loadForIndex(
        part.map { paths[$0] }, config, today, warnings, detail, display,
        trusted: part.map { trusted[$0] })
      result.readCount += part.count
      for (k, i) in part.enumerated() {
        if let stamp = stamps[i] {
          written[i] = WorkspaceIndex.Entry(name: names[i], stamp: stamp, summary: files[k].summary)
        }
        if stamps[i] != nil, !mustRead.contains(paths[i]), leaveUnread(files[k].summary) {
          fresh[i] = written[i]
          continue
        }
        kept.append(i)
        loaded.append(files[k])
      }
    }
    read = kept
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
      result.readCount += again.count
      for (k, i) in again.enumerated() {
        if let stamp = stamps[i] {
          written[i] = WorkspaceIndex.Entry(name: names[i], stamp: stamp, summary: more[k].summary)
        }
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

    // The new index: the fresh entries kept, the files read entered with their stamps; made
    // and written only when it differs from the old one.
    var changed = oldCount == nil
    for i in paths.indices {
      if let k = loadedAt[i] {
        result.files.append(loaded[k].file)
        result.readSummaries.append((paths[i], loaded[k].summary))
      } else if let e = fresh[i] {
        result.unread.append((paths[i], e.summary))
      }
      if changed { continue }
      if let entry = written[i] {
        if vouched[i] != entry { changed = true }
      } else if fresh[i] == nil {
        changed = true  // read, but not stat'ed: left out of the index
      }
    }
    if let oldCount, oldCount != paths.count { changed = true }
    if changed {
      var index = WorkspaceIndex(key: key)
      index.entries.reserveCapacity(paths.count)
      for i in paths.indices {
        if let entry = written[i] ?? fresh[i] { index.entries[names[i]] = entry }
      }
      index.write(to: workspace)
    }
    return result
  }

  /// One file read for the index: as `Loader.loadOne` gives it, and its summary.
  struct IndexedFile: Sendable {
    var file: TrajectoryFile
    var summary: WorkspaceIndex.Summary
    /// The decoded trajectory when `file` keeps none (`.diagnosticsOnly`): for the id's span.
    var decodedForID: Trajectory?
  }

  /// `trusted`: per path, the summary of a fresh entry checked today without errors, for a
  /// file that may be decoded without its rules (nil: validate it).
  static func loadForIndex(
    _ paths: [String], _ config: Config?, _ today: LocalDate?, _ warnings: Bool,
    _ detail: LoadDetail, _ display: @Sendable (String) -> String,
    trusted: [WorkspaceIndex.Summary?] = []
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
          summary: WorkspaceIndex.Summary(nil, bytes: [], hasErrors: true, checkedOn: today))
      }
      if i < trusted.count, let summary = trusted[i],
        case (var trajectory, _)? = FastDecoder.decode(
          bytes, freeText: detail == .everything, descriptions: detail == .everything)
      {
        if detail == .facts { trajectory.dropDetails() }
        return IndexedFile(
          file: TrajectoryFile(
            displayPath: shown, path: path, document: emptyDocument,
            trajectory: detail == .diagnosticsOnly ? nil : trajectory, diagnostics: []),
          summary: summary, decodedForID: detail == .diagnosticsOnly ? trajectory : nil)
      }
      // The summary needs the facts even when the command keeps nothing.
      let keep: TrajectoryDetail = detail == .everything ? .everything : .facts
      // Every rule runs, so that an entry's `clean` does not depend on the command that made
      // it; a command that asked for no warnings gets none.
      let (trajectory, all, parsed) = Validator.validateTrajectory(
        bytes: bytes, fileName: Workspace.id(ofFile: path), config: config, today: today,
        warnings: true, keep: keep)
      let summary = WorkspaceIndex.Summary(
        trajectory, bytes: bytes, hasErrors: all.contains { $0.severity == .error },
        checkedOn: today)
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
