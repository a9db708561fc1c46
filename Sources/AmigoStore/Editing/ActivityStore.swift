import AmigoSchema
import AmigoYAML
import Foundation

/// The outcome of a written activity file.
public struct ActivityChange: Sendable {
  public let activity: Activity
  /// Warnings the change introduced, to show without refusing.
  public let newWarnings: [Diagnostic]
  public let document: YAMLDocument
}

/// Every write of an activity file goes through here, like `Store` for trajectories: lock the
/// workspace, read, change only the fields that differ, check the result against the
/// trajectories it names, refuse new errors, and write atomically.
public enum ActivityStore {
  /// The index a write is checked against: every trajectory id, and the facts of the children
  /// `ids` names (read from their files).
  /// `known`: trajectories decoded already (a report's), whose facts are taken for the ids they
  /// carry instead of reading those files again; the other named files are read on every core.
  /// `paths`: the workspace's trajectory files, when the caller listed them already.
  /// `labels`: every child's label (`workspaceLabels(_:paths:version:)`), when the text of an activity
  /// is to be checked for children it does not name.
  public static func index(
    _ workspace: Workspace, naming ids: [String], known: [Trajectory] = [],
    paths listed: [String]? = nil, labels: LabelLookup? = nil
  ) -> TrajectoryIndex {
    index(
      workspace, naming: ids, known: known,
      listing: PathListing(listed ?? workspace.trajectoryPaths()), labels: labels)
  }

  /// `index(_:naming:known:paths:labels:)` with the workspace's trajectory files as the
  /// command listed them (`IndexedListing.paths`): no string for a path but those of the
  /// children named.
  public static func index(
    _ workspace: Workspace, naming ids: [String], known: [Trajectory] = [],
    listing paths: PathListing, labels: LabelLookup? = nil
  ) -> TrajectoryIndex {
    let wanted = Set(ids)
    var entries: [String: TrajectoryIndex.Entry] = [:]
    for t in known where wanted.contains(t.id) { entries[t.id] = TrajectoryIndex.Entry(t) }
    // Each file's id as a hash of its bytes (a hundred thousand in an archive: no string for
    // each); the files of the named children not known already are found by it too.
    let (existing, hashes) = TrajectoryIDs.of(paths)
    var byHash: [UInt64: [String]] = [:]
    var exactly = false
    for id in wanted where entries[id] == nil {
      var id = id
      if let h = id.withUTF8(TrajectoryIDs.hash) {
        byHash[h, default: []].append(id)
      } else {
        exactly = true
      }
    }
    let named = paths.indices.filter { i in
      if exactly || hashes[i] == nil {
        let id = Workspace.id(ofFile: paths[i])
        return wanted.contains(id) && entries[id] == nil
      }
      guard let candidates = byHash[hashes[i]!] else { return false }
      return candidates.contains(Workspace.id(ofFile: paths[i]))
    }.map { paths[$0] }
    let folders = FileSystem.FolderResolutions()
    let read = concurrentMap(named.count) { i -> Trajectory? in
      guard let bytes = try? FileSystem.read(named[i], folders: folders) else { return nil }
      return Validator.validateTrajectory(
        bytes: bytes, fileName: Workspace.id(ofFile: named[i]), config: nil, today: nil,
        warnings: false, keep: .facts
      ).0
    }
    for case let t? in read where !t.id.isEmpty { entries[t.id] = TrajectoryIndex.Entry(t) }
    var index = TrajectoryIndex(
      known: existing, ids: { paths.map(Workspace.id(ofFile:)) }, entries: entries)
    if let labels { index.labels = labels }
    return index
  }

  /// Every child's label of the trajectory files at `paths`, from the workspace index made by
  /// amigo `version` where its entry is fresh, else read (`ChildLookup.labels`).
  static func workspaceLabels(
    _ workspace: Workspace, paths: [String], version: String
  ) -> LabelLookup {
    let labels = ChildLookup.labels(of: paths, in: workspace, version: version)
    return LabelLookup(zip(paths, labels).map { (id: Workspace.id(ofFile: $0), label: $1) })
  }

  /// Writes a new activity file; refuses if it exists or if it has errors. `labelsFrom`: as
  /// for `index`, so that a text naming another child by its label is found.
  public static func create(
    _ activity: Activity, header: [String] = [], path: String, display: String,
    in workspace: Workspace, config: Config?, today: LocalDate?, labelsFrom version: String? = nil
  ) throws -> ActivityChange {
    guard workspace.contains(resolving: path) else {
      throw ChangeError.write(
        WriteError(
          display, .linkOutOfWorkspace))
    }
    let text = try emit(activity, header: header, display: display)
    let lock = try Store.wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    return try create(
      text, of: activity, path: path, display: display, in: workspace, config: config,
      today: today, labelsFrom: version)
  }

  /// Writes `activity` (emitted as `header` and its fields) to `path`, or, when the file exists
  /// already, changes it with `edit` instead. Which of the two is decided while holding the
  /// workspace lock: two amigo processes that both found no file (two contacts of one month at
  /// once) then never both create it, which would refuse the second.
  public static func createOrChange(
    _ activity: Activity, header: [String] = [], path: String, display: String,
    in workspace: Workspace, config: Config?, today: LocalDate?, labelsFrom version: String? = nil,
    _ edit: (inout Activity) throws -> Void
  ) throws -> ActivityChange {
    guard workspace.contains(resolving: path) else {
      throw ChangeError.write(WriteError(display, .linkOutOfWorkspace))
    }
    let text = try emit(activity, header: header, display: display)
    let lock = try Store.wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    if FileSystem.exists(path) {
      return try change(
        path, display: display, in: workspace, config: config, today: today,
        requireValid: true, holdingLock: true, labelsFrom: version, edit)
    }
    return try create(
      text, of: activity, path: path, display: display, in: workspace, config: config,
      today: today, labelsFrom: version)
  }

  /// The text of a new activity file.
  static func emit(_ activity: Activity, header: [String], display: String) throws -> String {
    do {
      guard case .mapping(let entries, _) = SchemaEncoder.content(activity, Schemas.activity)
      else {
        throw ChangeError.write(
          WriteError(display, Bilingual("nothing to write", "er is niets te schrijven")))
      }
      return try DocumentEmitter.document(header: header, sections: [entries])
    } catch let error as ChangeError {
      throw error
    } catch {
      throw ChangeError.write(WriteError(display, .untranslated("\(error)")))
    }
  }

  /// Writes the new activity file `text` (of `activity`) to `path`; the caller holds the
  /// workspace lock.
  static func create(
    _ text: String, of activity: Activity, path: String, display: String,
    in workspace: Workspace, config: Config?, today: LocalDate?, labelsFrom version: String?
  ) throws -> ActivityChange {
    let document = YAMLDocument(parsing: text)
    let paths = workspace.trajectoryPaths()
    let labels = version.map { workspaceLabels(workspace, paths: paths, version: $0) }
    let (checked, diagnostics) = ActivityValidator.validate(
      document, fileName: Workspace.id(ofFile: path), config: config,
      index: index(workspace, naming: activity.namedChildren, paths: paths, labels: labels),
      today: today)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let checked else {
      throw ChangeError.wouldBeInvalid(
        path: display, diagnostics: errors.map { $0.inFile(display) }, source: document.source)
    }
    try Store.wrapWrite {
      try AtomicWrite.makeFolder((path as NSString).deletingLastPathComponent)
    }
    try Store.wrapWrite {
      try AtomicWrite.write(document.bytes, to: path, createOnly: true, locked: true)
    }
    return ActivityChange(
      activity: checked,
      newWarnings: diagnostics.filter { $0.severity == .warning }.map { $0.inFile(display) },
      document: document)
  }

  /// Changes the activity file at `path` through its model: `edit` changes the activity, and
  /// only the top-level fields whose value differs are rewritten (comments elsewhere stay).
  /// With `requireValid: false` (erasure) a file with errors is changed too, as long as the
  /// change adds none.
  @discardableResult
  public static func change(
    _ path: String, display: String, in workspace: Workspace, config: Config?,
    today: LocalDate?, requireValid: Bool = true, labelsFrom version: String? = nil,
    _ edit: (inout Activity) throws -> Void
  ) throws -> ActivityChange {
    try change(
      path, display: display, in: workspace, config: config, today: today,
      requireValid: requireValid, holdingLock: false, labelsFrom: version, edit)
  }

  /// `change`, taking the workspace lock unless the caller holds it (`holdingLock`).
  static func change(
    _ path: String, display: String, in workspace: Workspace, config: Config?,
    today: LocalDate?, requireValid: Bool, holdingLock: Bool, labelsFrom version: String? = nil,
    _ edit: (inout Activity) throws -> Void
  ) throws -> ActivityChange {
    let lock: WorkspaceLock? =
      try holdingLock ? nil : Store.wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    let before: [UInt8]
    do { before = try FileSystem.read(path) } catch { throw ChangeError.read(error) }
    let document = YAMLDocument(bytes: before)
    let name = Workspace.id(ofFile: path)
    let oldActivity = SchemaDecoder.activity(document)
    // The workspace listed, and its labels found, once for the checks before and after.
    let paths = workspace.trajectoryPaths()
    let labels = version.map { workspaceLabels(workspace, paths: paths, version: $0) }
    let (checked, diagnostics) = ActivityValidator.validate(
      document, fileName: name, config: config,
      index: index(workspace, naming: oldActivity.namedChildren, paths: paths, labels: labels),
      today: today)
    guard document.isValid, let old = checked, !requireValid || !diagnostics.hasErrors else {
      throw ChangeError.invalidFile(
        path: display, diagnostics: diagnostics.map { $0.inFile(display) },
        source: document.source)
    }
    var new = old
    try edit(&new)
    var editor: YAMLEditor
    do { editor = try YAMLEditor(document) } catch { throw ChangeError.edit(path: display, error) }
    do {
      try rewrite(&editor, from: old, to: new)
    } catch {
      throw ChangeError.edit(path: display, error)
    }
    let after = editor.document
    let (changed, newDiagnostics) = ActivityValidator.validate(
      after, fileName: name, config: config,
      index: index(workspace, naming: new.namedChildren, paths: paths, labels: labels),
      today: today)
    let introduced = newDiagnostics.introduced(comparedTo: diagnostics)
    let newErrors = (requireValid ? newDiagnostics : introduced).filter { $0.severity == .error }
    if !newErrors.isEmpty {
      throw ChangeError.wouldBeInvalid(
        path: display, diagnostics: newErrors.map { $0.inFile(display) }, source: after.source)
    }
    try Store.wrapWrite { try AtomicWrite.write(after.bytes, to: path, locked: true) }
    return ActivityChange(
      activity: changed ?? new,
      newWarnings: introduced.filter { $0.severity == .warning }.map { $0.inFile(display) },
      document: after)
  }

  /// Rewrites the top-level fields whose values differ between `old` and `new`, in place, and
  /// adds a new field after the field before it in the schema.
  static func rewrite(
    _ editor: inout YAMLEditor, from old: Activity, to new: Activity
  )
    throws(YAMLEditError)
  {
    var previous: String?
    for field in Schemas.activity.fields {
      let was = field.encode(old)
      let now = field.encode(new)
      let present = editor.document.node(at: [.key(field.name)]) != nil
      var isConstant = false
      if case .constant = field.type { isConstant = true }
      if !isConstant, was != now {
        if let now {
          if present {
            try editor.set([.key(field.name)], to: now)
          } else {
            try editor.add(key: field.name, now, to: .root, after: previous)
          }
        } else if present {
          try editor.remove([.key(field.name)])
        }
      }
      if editor.document.node(at: [.key(field.name)]) != nil { previous = field.name }
    }
  }

  /// The activity files a child was removed from (`remove(child:…)`), with what each held
  /// before, so that the removal can be undone when the erasure cannot go on.
  public struct ChildRemoval: Sendable {
    public private(set) var paths: [String] = []
    var before: [[UInt8]] = []

    /// Writes every file back as it was, the last changed first; returns those that could
    /// not be written back (each with why).
    public func undo() -> [(path: String, error: WriteError)] {
      var failed: [(path: String, error: WriteError)] = []
      for (path, bytes) in zip(paths, before).reversed() {
        do { try AtomicWrite.write(bytes, to: path) } catch { failed.append((path, error)) }
      }
      return failed
    }

    mutating func add(_ path: String, before bytes: [UInt8]) {
      paths.append(path)
      before.append(bytes)
    }
  }

  /// Removes the child `id` from every activity file that names it: amigo erases the child
  /// from every activity before its trajectory file, so no activity names a child that is
  /// gone. All or nothing: when one file cannot be changed, those changed before it are
  /// written back and the error thrown.
  public static func remove(
    child id: String, in workspace: Workspace, config: Config?, today: LocalDate?,
    display: (String) -> String
  ) throws -> ChildRemoval {
    var removal = ChildRemoval()
    let needle = Array(id.utf8)
    // First every file that holds the id is read and parsed: one that cannot be changed stops
    // the erasure before any file is (never some activities changed and the child kept).
    var naming: [(path: String, bytes: [UInt8])] = []
    for path in workspace.activityPaths() {
      let bytes: [UInt8]
      do { bytes = try FileSystem.read(path) } catch { throw ChangeError.read(error) }
      guard ByteSearch.contains(needle, in: bytes) else { continue }
      let document = YAMLDocument(bytes: bytes)
      guard document.isValid else {
        throw ChangeError.invalidFile(
          path: display(path),
          diagnostics: document.diagnostics.filter { $0.severity == .error }.map {
            $0.inFile(display(path))
          }, source: document.source)
      }
      if SchemaDecoder.activity(document).namedChildren.contains(id) {
        naming.append((path, bytes))
      }
    }
    for (path, bytes) in naming {
      do {
        try change(
          path, display: display(path), in: workspace, config: config, today: today,
          requireValid: false
        ) { a in
          a = a.removing(id)
        }
      } catch {
        _ = removal.undo()
        throw error
      }
      removal.add(path, before: bytes)
    }
    return removal
  }

}

extension TrajectoryIDs {
  /// The ids of the trajectory files of `listing`, hashed from its bytes: no string for a
  /// path unless its id is asked for and hashes alike (`place(of:)` gives the listing's
  /// index); and each path's hash (nil: its id is not ASCII).
  public static func of(_ listing: PathListing) -> (ids: TrajectoryIDs, hashes: [UInt64?]) {
    let hashes = listing.indices.map { i in
      listing.withPath(i) { PathText.withStem(ofBytes: $0, TrajectoryIDs.hash) }
    }
    return (TrajectoryIDs(hashes: hashes) { Workspace.id(ofFile: listing[$0]) }, hashes)
  }
}
