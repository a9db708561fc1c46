import AmigoSchema
import AmigoYAML

/// Ids that differ only in case (`M-2026-4QT7` and `m-2026-4qt7`): git keeps both files, but a
/// checkout on macOS or Windows, whose file systems ignore case, has room for one of them. A
/// file's id is its file name, so the second file met (trajectories first, then activities,
/// each in path order) gets a `duplicate-id` error naming the first.
public enum CaseCollisions {
  public static func check(_ files: inout [TrajectoryFile], _ activities: inout [ActivityFile]) {
    var first: [String: (id: String, shown: String)] = [:]
    func collision(
      _ path: String, _ shown: String
    ) -> (id: String, other: (id: String, shown: String))? {
      let id = Workspace.id(ofFile: path)
      let key = id.uppercased()
      if let other = first[key] { return other.id == id ? nil : (id, other) }
      first[key] = (id, shown)
      return nil
    }
    for i in files.indices {
      guard let (id, other) = collision(files[i].path, files[i].displayPath) else { continue }
      let document = read(files[i].path) ?? files[i].document
      let d = diagnostic(id, other, document).inFile(files[i].displayPath)
      files[i] = TrajectoryFile(
        displayPath: files[i].displayPath, path: files[i].path, document: document,
        trajectory: files[i].trajectory,
        diagnostics: (files[i].diagnostics + [d]).sortedByLocation())
    }
    for i in activities.indices {
      guard let (id, other) = collision(activities[i].path, activities[i].displayPath) else {
        continue
      }
      let document = read(activities[i].path) ?? activities[i].document
      let d = diagnostic(id, other, document).inFile(activities[i].displayPath)
      activities[i] = ActivityFile(
        displayPath: activities[i].displayPath, path: activities[i].path, document: document,
        activity: activities[i].activity,
        diagnostics: (activities[i].diagnostics + [d]).sortedByLocation())
    }
  }

  static func read(_ path: String) -> YAMLDocument? {
    (try? FileSystem.read(path)).map { YAMLDocument(bytes: $0) }
  }

  /// The error, at the file's `id:` value (else its first line).
  static func diagnostic(
    _ id: String, _ other: (id: String, shown: String), _ document: YAMLDocument
  ) -> Diagnostic {
    let range: SourceRange
    if case .mapping(let root)? = document.root, let node = root["id"] {
      range = document.range(of: node)
    } else {
      range = document.source.range(0, 0)
    }
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
