import AmigoSchema
import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The ids of erased trajectories and the day each was erased (`.amigo/erased.yaml`), written
/// by `amigo erase`: ids only, never a name or anything else of the child. `amigo validate`
/// reads it to say "erased on D" where a repeat request (`previous:`) or an activity names a
/// trajectory that is gone, instead of "unknown".
public enum ErasedLedger {
  /// The ledger's path inside the workspace.
  public static let relativePath = ".amigo/erased.yaml"

  public static func path(_ workspace: Workspace) -> String {
    workspace.root + "/" + relativePath
  }

  /// The erased ids and their dates; empty when there is no ledger (or it cannot be read:
  /// the ledger only improves messages, and is never a reason to refuse work).
  public static func read(_ workspace: Workspace) -> [String: LocalDate] {
    guard let bytes = try? FileSystem.read(path(workspace)) else { return [:] }
    return parse(YAMLDocument(bytes: bytes))
  }

  /// The erased ids, upper-cased: taken for good, so that a new trajectory never gets the id
  /// (and the file name, whose history a purge removes) of an erased one.
  public static func takenIDs(_ workspace: Workspace) -> Set<String> {
    Set(read(workspace).keys.map { $0.uppercased() })
  }

  /// The erased ids and their dates in a ledger's bytes (as git holds it: the server's
  /// pre-receive hook reads the pushed ledger without a checkout); empty when unreadable.
  public static func parse(bytes: [UInt8]) -> [String: LocalDate] {
    parse(YAMLDocument(bytes: bytes))
  }

  static func parse(_ document: YAMLDocument) -> [String: LocalDate] {
    var out: [String: LocalDate] = [:]
    for item in document.node(at: ["erased"])?.sequence?.items ?? [] {
      guard let entry = item.value.mapping,
        let id = entry["id"]?.scalar?.value, Identifier.isValid(id),
        let date = entry["date"]?.scalar.flatMap({ LocalDate($0.value) })
      else { continue }
      out[id] = min(out[id] ?? date, date)
    }
    return out
  }

  /// The ledger's text for `entries`, oldest first.
  static func text(_ entries: [String: LocalDate]) -> String {
    var out = """
      # Trajectories erased with 'amigo erase': ids and dates only, never a name. Written by
      # amigo; 'amigo validate' reads it to say that a trajectory named elsewhere (a repeat
      # request's 'previous', an activity) was erased, and when. Keep it in git.
      erased:

      """
    for (id, date) in entries.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
      out += "  - {id: \(id), date: \(date)}\n"
    }
    return out
  }

  /// Adds `id`, erased on `date`, to the ledger (the caller holds the workspace lock).
  static func record(_ id: String, on date: LocalDate, in workspace: Workspace) throws(WriteError) {
    var entries = read(workspace)
    if entries[id] != nil { return }
    entries[id] = date
    let folder = workspace.root + "/.amigo"
    try AtomicWrite.makeFolder(folder)
    // Never through a link planted (or committed) in its place: the ledger would go there.
    var info = stat()
    guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      throw WriteError(folder, .notThroughLinks)
    }
    try AtomicWrite.write(Array(text(entries).utf8), to: path(workspace), mode: 0o644, locked: true)
  }
}
