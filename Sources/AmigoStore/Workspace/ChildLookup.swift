import AmigoSchema
import AmigoYAML
import Dispatch
import Foundation

/// Finds the trajectory file a user means: by id, by a unique id prefix, or by the child's label
/// (case- and accent-insensitive).
public enum ChildLookup {
  /// One of several files a name matches.
  public struct Candidate: Sendable, Equatable {
    public let path: String
    /// `id (label)`, or the id of a file without a label.
    public let shown: String
  }

  public enum Result: Sendable, Equatable {
    case found(path: String)
    /// Several files match: each candidate's path and how it is shown, `id (label)`.
    case ambiguous([Candidate])
    case notFound
  }

  /// `version`: amigo's; with it, labels come from the workspace index where it vouches for a
  /// file (`labels(of:in:version:)`), and only the other files are read.
  public static func find(
    _ name: String, in workspace: Workspace, version: String? = nil
  ) -> Result {
    // Never a path: `../x`, `/`, NUL and the empty name name no trajectory.
    if name.isEmpty || name.contains("/") || name.contains("\u{0}") || name == "." || name == ".." {
      return .notFound
    }
    // The fast path: the exact file, without listing the folder.
    if Identifier.isValid(name) {
      let direct = workspace.trajectoriesPath + "/" + name + ".yaml"
      if FileSystem.exists(direct) { return .found(path: direct) }
    }
    let paths = workspace.trajectoryPaths()
    let ids = paths.map(Workspace.id(ofFile:))
    if let i = ids.firstIndex(of: name) { return .found(path: paths[i]) }
    let lower = name.lowercased()
    let exactFolded = paths.indices.filter { ids[$0].lowercased() == lower }
    if exactFolded.count == 1 { return .found(path: paths[exactFolded[0]]) }
    // A prefix of the id, or of its last part (the random part users type: `K7Q4`).
    let prefixed = paths.indices.filter {
      let id = ids[$0].lowercased()
      return id.hasPrefix(lower)
        || (id.split(separator: "-").last.map { $0.hasPrefix(lower) } ?? false)
    }
    if prefixed.count > 1 {
      return .ambiguous(prefixed.map { Candidate(path: paths[$0], shown: describe(paths[$0])) })
    }
    // A whole random part (`K7Q4`) names its file; a shorter start of one (`M`) may as well be
    // the start of another child's label (`Milan K.` beside AOS-2026-M8KT): then both match.
    if prefixed.count == 1,
      ids[prefixed[0]].split(separator: "-").last.map({ $0.lowercased() == lower }) ?? true
    {
      return .found(path: paths[prefixed[0]])
    }
    // By label: read the files.
    let wanted = foldForMatching(name)
    let labels =
      version.map { ChildLookup.labels(of: paths, in: workspace, version: $0) }
      ?? ChildLookup.labels(of: paths)
    var matches = paths.indices.filter { foldForMatching(labels[$0]) == wanted }
    if matches.isEmpty {
      // A unique start of a label: `sam` for `Sam B.`.
      matches = paths.indices.filter { foldForMatching(labels[$0]).hasPrefix(wanted) }
    }
    if let only = prefixed.first {
      matches = [only] + matches.filter { $0 != only }
    }
    switch matches.count {
    case 0: return .notFound
    case 1: return .found(path: paths[matches[0]])
    default:
      return .ambiguous(
        matches.map { Candidate(path: paths[$0], shown: "\(ids[$0]) (\(labels[$0]))") })
    }
  }

  /// The ids of the trajectories whose label is `label` (folded as `find` folds it), in id
  /// order: a new child with such a label may be a child already in the caseload.
  public static func ids(
    withLabel label: String, in workspace: Workspace, version: String? = nil
  ) -> [String] {
    let wanted = foldForMatching(label)
    guard !wanted.isEmpty else { return [] }
    let paths = workspace.trajectoryPaths()
    let labels =
      version.map { ChildLookup.labels(of: paths, in: workspace, version: $0) }
      ?? ChildLookup.labels(of: paths)
    return paths.indices.filter { foldForMatching(labels[$0]) == wanted }
      .map { Workspace.id(ofFile: paths[$0]) }.sorted()
  }

  static func describe(_ path: String) -> String {
    let label = labels(of: [path])[0]
    return label.isEmpty ? Workspace.id(ofFile: path) : "\(Workspace.id(ofFile: path)) (\(label))"
  }

  /// `child.label` of each file of `workspace` ("" when unreadable): from the workspace index
  /// made by amigo `version` (with any config: a label does not depend on it) for a file whose
  /// entry is fresh (its stat data unchanged, not racy) and that decoded without errors; the
  /// other files are read, in parallel.
  static func labels(of paths: [String], in workspace: Workspace, version: String) -> [String] {
    guard let index = WorkspaceIndex.read(workspace, version: version), let table = index.table
    else { return labels(of: paths) }
    let base = workspace.root + "/"
    let offset = base.utf8.count
    let stamps = WorkspaceIndex.stamps(paths, in: workspace.trajectoriesPath)
    var out = [String](repeating: "", count: paths.count)
    var unread: [Int] = []
    for i in paths.indices {
      if paths[i].hasPrefix(base), let stamp = stamps[i],
        let slot = index.freshSlot(paths[i], from: offset, stamp),
        table.slots[slot].standing.clean, let label = table.label(at: slot)
      {
        out[i] = label
      } else {
        unread.append(i)
      }
    }
    for (k, label) in labels(of: unread.map { paths[$0] }).enumerated() { out[unread[k]] = label }
    return out
  }

  /// The children's labels (by file id) that `words` may hold (`LabelLookup.Words`), for the
  /// privacy check of activity files where nothing else lists or stats every trajectory file
  /// (the pre-commit hook): the workspace index made by amigo `version` names the candidates
  /// without a stat of every file (its entries may be stale), and each candidate's file is read
  /// to take its label as it is now, so that an old label in the index never gives a warning.
  /// `current`: files known as they are (the staged ones), taken instead of their files. A
  /// label changed since the index was written, in a file not among `current`, is missed when
  /// its old one is not in the texts; so is the label of a file the index does not have.
  /// Without an index, every file's label is read. In path order.
  public static func labels(
    mayBeIn words: LabelLookup.Words, in workspace: Workspace, version: String,
    current: [(path: String, label: String)] = []
  ) -> [(id: String, label: String)] {
    var found: [(path: String, label: String)] = current.filter { words.mayHold($0.label) }
    let known = Set(current.map(\.path))
    var candidates: [String] = []
    if let index = WorkspaceIndex.read(workspace, version: version), let table = index.table {
      let base = workspace.root + "/"
      for slot in table.slots.indices where table.label(at: slot, passes: words.mayHold) {
        let path = base + table.name(at: slot)
        if !known.contains(path) { candidates.append(path) }
      }
    } else {
      candidates = workspace.trajectoryPaths().filter { !known.contains($0) }
    }
    for (path, label) in zip(candidates, labels(of: candidates)) where words.mayHold(label) {
      found.append((path, label))
    }
    return found.sorted { $0.path < $1.path }.map {
      (id: Workspace.id(ofFile: $0.path), label: $0.label)
    }
  }

  /// `child.label` of each file ("" when unreadable), read in parallel.
  public static func labels(of paths: [String]) -> [String] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      (try? FileSystem.read(paths[i], folders: folders)).map(label(in:)) ?? ""
    }
  }

  /// The family ids used in the trajectory files at `paths`, upper-cased (`new-child --family
  /// new` picks one not among them).
  public static func familyIDs(_ paths: [String]) -> Set<String> {
    let key = Array("family:".utf8)
    var out = Set<String>()
    for path in paths {
      guard let bytes = try? FileSystem.read(path), ByteSearch.contains(key, in: bytes),
        let value = SchemaDecoder.trajectory(bytes: bytes).family
      else { continue }
      out.insert(value.uppercased())
    }
    return out
  }

  /// The trajectories (id and label) of the family `family`, other than the file `except`, in
  /// id order: a child's siblings (`family:`).
  public static func siblings(
    family: String, in workspace: Workspace, except: String
  ) -> [(id: String, label: String)] {
    let paths = workspace.trajectoryPaths().filter { $0 != except }
    let folders = FileSystem.FolderResolutions()
    let key = Array("family:".utf8)
    let found = concurrentMap(paths.count) { i -> (String, String)? in
      guard let bytes = try? FileSystem.read(paths[i], folders: folders),
        ByteSearch.contains(key, in: bytes)
      else { return nil }
      let document = YAMLDocument(bytes: bytes)
      guard document.node(at: ["family"])?.scalar?.value == family else { return nil }
      return (Workspace.id(ofFile: paths[i]), label(in: bytes))
    }
    return found.compactMap { $0 }.sorted { $0.0 < $1.0 }.map { (id: $0.0, label: $0.1) }
  }

  /// `child.label` of a file ("" when there is none): from the canonical scanner's tree when
  /// it reads the file (the parser would read the same), else from the parsed document.
  public static func label(in bytes: [UInt8]) -> String {
    if let tree = CanonicalScanner.scan(bytes) {
      return tree.withView { view in
        for entry in view.children(0) where view.key(entry, is: "child") {
          guard view.nodes[entry].kind == .mapping else { return "" }
          for field in view.children(entry) where view.key(field, is: "label") {
            return view.nodes[field].kind == .scalar ? view.string(field) : ""
          }
        }
        return ""
      }
    }
    return YAMLDocument(bytes: bytes).node(at: ["child", "label"])?.scalar?.value ?? ""
  }
}
