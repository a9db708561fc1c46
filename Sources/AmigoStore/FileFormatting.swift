import AmigoYAML
import Dispatch
import Foundation

/// `amigo fmt` on disk: reads each file, normalises its white space (`WhitespaceFormatter`) and
/// writes it back atomically, holding the lock of the workspace the file belongs to.
public enum FileFormatting {
  public enum Outcome: Sendable {
    /// Already formatted.
    case unchanged
    /// Formatted (written, unless only checking).
    case formatted
    /// The file has YAML errors and was left alone; the document carries the diagnostics.
    case invalid(YAMLDocument)
    /// Normalising would have changed the file's value; left alone.
    case unsafe
    case readFailed(FileSystem.ReadError)
    case writeFailed(WriteError)
  }

  /// Formats the files at `paths` (or, with `write: false`, only tells which would change), on
  /// all cores. Returns one outcome per path, in order.
  public static func format(_ paths: [String], write: Bool) -> [Outcome] {
    guard write else { return formatAll(paths, write: false, failures: []) }
    // Lock every workspace involved, in a fixed order, for the whole run.
    var roots: [String: Workspace] = [:]
    var rootOf: [String?] = []
    var byFolder: [String: Workspace?] = [:]
    for path in paths {
      let folder = (path as NSString).deletingLastPathComponent
      let workspace = byFolder[folder] ?? Workspace.find(from: folder)
      byFolder[folder] = workspace
      if let workspace { roots[workspace.root] = workspace }
      rootOf.append(workspace?.root)
    }
    var locks: [WorkspaceLock] = []
    var lockFailures: [String: WriteError] = [:]
    for root in roots.keys.sorted() {
      do {
        locks.append(try WorkspaceLock(roots[root]!))
      } catch {
        lockFailures[root] = error
      }
    }
    defer { withExtendedLifetime(locks) {} }
    return formatAll(paths, write: true, failures: rootOf.map { $0.flatMap { lockFailures[$0] } })
  }

  /// Each file on its own (they are independent), in parallel; `failures[i]`, when set, is the
  /// outcome of file `i` without touching it.
  static func formatAll(_ paths: [String], write: Bool, failures: [WriteError?]) -> [Outcome] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      if i < failures.count, let failure = failures[i] { return .writeFailed(failure) }
      return formatOne(paths[i], write: write, folders: folders)
    }
  }

  static func formatOne(
    _ path: String, write: Bool, folders: FileSystem.FolderResolutions
  ) -> Outcome {
    let bytes: [UInt8]
    do { bytes = try FileSystem.read(path, folders: folders) } catch { return .readFailed(error) }
    let document = YAMLDocument(bytes: bytes)
    switch WhitespaceFormatter.format(document) {
    case .unchanged: return .unchanged
    case .invalid: return .invalid(document)
    case .unsafe: return .unsafe
    case .formatted(let formatted):
      guard write else { return .formatted }
      do {
        try AtomicWrite.write(formatted, to: path)
      } catch {
        return .writeFailed(error)
      }
      return .formatted
    }
  }
}
