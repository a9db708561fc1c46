import AmigoSchema
import AmigoYAML

/// Ids that differ only in case (`M-2026-4QT7` and `m-2026-4qt7`): git keeps both files, but a
/// checkout on macOS or Windows, whose file systems ignore case, has room for one of them. A
/// file's id is its file name, so the second file met (trajectories first, then activities,
/// each in path order) gets a `duplicate-id` error naming the first. Checked with the other
/// checks across files: by every loader (`Loader.checkAcrossFiles`, `loadWithActivities`),
/// and by `validate --changed` and the pre-commit hook for the files they check.
public enum CaseCollisions {
  /// For each file of `paths` whose id (file name) equals an earlier one's but for case: its
  /// index and the earlier one's. Ids without a lower-case letter cannot collide with each
  /// other, so a workspace without any costs one scan of the names' bytes.
  public static func collisions(_ paths: [String]) -> [(index: Int, first: Int)] {
    let ids = paths.map(Workspace.id(ofFile:))
    guard ids.contains(where: hasLowercase) else { return [] }
    var first: [String: Int] = [:]
    var out: [(index: Int, first: Int)] = []
    for (i, id) in ids.enumerated() {
      let key = hasLowercase(id) ? id.uppercased() : id
      if let earlier = first[key] {
        if ids[earlier] != id { out.append((i, earlier)) }
      } else {
        first[key] = i
      }
    }
    return out
  }

  /// True when `id` holds an ASCII lower-case letter.
  public static func hasLowercase(_ id: String) -> Bool {
    id.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// For each file of `paths` whose id (file name) is exactly an earlier one's (the same name
  /// in another folder): its index and the earlier one's.
  public static func sameNames(_ paths: [String]) -> [(index: Int, first: Int)] {
    var first: [String: Int] = [:]
    var out: [(index: Int, first: Int)] = []
    for (i, path) in paths.enumerated() {
      let id = Workspace.id(ofFile: path)
      if let earlier = first[id] { out.append((i, earlier)) } else { first[id] = i }
    }
    return out
  }

  /// Adds a `duplicate-id` error to each activity file of `files` (in path order) whose name
  /// an earlier one of them has too: one meeting or group in two files (a copy in a subfolder,
  /// a link) would count twice, and a report leaves the later ones out.
  public static func markSameNames(_ files: inout [ActivityFile], display: (String) -> String) {
    for (i, first) in sameNames(files.map(\.path)) {
      files[i] = adding(sameName: files[i], other: display(files[first].path))
    }
  }

  /// The error of an activity (or trajectory) file of the same name as the one shown as
  /// `other`, at the `id:` value of the file holding `bytes`.
  public static func sameNameDiagnostic(
    _ id: String, other: String, bytes: [UInt8], activity: Bool = true
  ) -> Diagnostic {
    let range = idRange(YAMLDocument(bytes: bytes))
    return activity
      ? SchemaDiagnostics.duplicateActivityID(range, id: id, other: other)
      : SchemaDiagnostics.duplicateID(range, id: id, other: other)
  }

  /// `file` with the error against the activity file shown as `other`, of the same name.
  public static func adding(sameName file: ActivityFile, other: String) -> ActivityFile {
    let document = file.diagnostics.isEmpty ? read(file.path) ?? file.document : file.document
    let d = SchemaDiagnostics.duplicateActivityID(
      idRange(document), id: Workspace.id(ofFile: file.path), other: other)
    return ActivityFile(
      displayPath: file.displayPath, path: file.path, document: document, activity: file.activity,
      diagnostics: (file.diagnostics + [d.inFile(file.displayPath)]).sortedByLocation())
  }

  /// Adds the error to the activity files of `activities` whose id collides with a
  /// trajectory's (`trajectoryPaths`) or an earlier activity file's (`activityPaths`, every
  /// activity file of the workspace): one that differs only in case, or an activity file of
  /// the same name as an earlier one.
  static func check(
    _ activities: inout [ActivityFile], trajectoryPaths: [String], activityPaths: [String],
    display: (String) -> String
  ) {
    var byPath: [String: Int] = [:]
    for (k, a) in activities.enumerated() { byPath[a.path] = k }
    for (i, first) in sameNames(activityPaths) {
      guard let k = byPath[activityPaths[i]] else { continue }
      activities[k] = adding(sameName: activities[k], other: display(activityPaths[first]))
    }
    let combined = trajectoryPaths + activityPaths
    let found = collisions(combined).filter { $0.index >= trajectoryPaths.count }
    guard !found.isEmpty else { return }
    for (i, first) in found {
      guard let k = byPath[combined[i]] else { continue }
      let a = activities[k]
      let document = read(a.path) ?? a.document
      let other = (id: Workspace.id(ofFile: combined[first]), shown: display(combined[first]))
      let d = diagnostic(
        Workspace.id(ofFile: a.path), other, at: idRange(document)
      ).inFile(a.displayPath)
      activities[k] = ActivityFile(
        displayPath: a.displayPath, path: a.path, document: document, activity: a.activity,
        diagnostics: (a.diagnostics + [d]).sortedByLocation())
    }
  }

  /// `file` with the error against the file shown as `other` (id and path as shown), its
  /// excerpt read from the file when the load kept no text of it (a clean file).
  public static func adding(
    to file: TrajectoryFile, other: (id: String, shown: String)
  ) -> TrajectoryFile {
    let document = file.diagnostics.isEmpty ? read(file.path) ?? file.document : file.document
    let d = diagnostic(Workspace.id(ofFile: file.path), other, at: idRange(document))
    return file.adding(d.inFile(file.displayPath), document: document)
  }

  /// `file` with the error against the file shown as `other`.
  public static func adding(
    to file: ActivityFile, other: (id: String, shown: String)
  ) -> ActivityFile {
    let document = file.diagnostics.isEmpty ? read(file.path) ?? file.document : file.document
    let d = diagnostic(Workspace.id(ofFile: file.path), other, at: idRange(document))
    return ActivityFile(
      displayPath: file.displayPath, path: file.path, document: document, activity: file.activity,
      diagnostics: (file.diagnostics + [d.inFile(file.displayPath)]).sortedByLocation())
  }

  static func read(_ path: String) -> YAMLDocument? {
    (try? FileSystem.read(path)).map { YAMLDocument(bytes: $0) }
  }

  /// The range of a file's `id:` value (else its first line).
  public static func idRange(_ document: YAMLDocument) -> SourceRange {
    if case .mapping(let root)? = document.root, let node = root["id"] {
      return document.range(of: node)
    }
    return document.source.range(0, 0)
  }

  /// The error, at the `id:` value of the file holding `bytes`.
  public static func diagnostic(
    _ id: String, _ other: (id: String, shown: String), bytes: [UInt8]
  ) -> Diagnostic {
    diagnostic(id, other, at: idRange(YAMLDocument(bytes: bytes)))
  }

  /// The error, at `range` (the file's `id:` value).
  public static func diagnostic(
    _ id: String, _ other: (id: String, shown: String), at range: SourceRange
  ) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    let o = Diagnostic.quoted(other.id)
    return Diagnostic(
      code: "duplicate-id",
      message: Bilingual(
        "id '\(q)' differs only in case from '\(o)' (\(other.shown)): on macOS and Windows the two files are one",
        "id '\(q)' verschilt alleen in hoofdletters van '\(o)' (\(other.shown)): op macOS en Windows zijn de twee bestanden één"
      ),
      range: range,
      help: Bilingual(
        "every trajectory and activity needs its own id, also ignoring case: give one of them a new id and file name (ids are written in capitals)",
        "elk traject en elke activiteit heeft een eigen id nodig, ook zonder op hoofdletters te letten: geef een van beide een nieuwe id en bestandsnaam (ids staan in hoofdletters)"
      ))
  }
}
