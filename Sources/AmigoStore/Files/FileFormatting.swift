import AmigoSchema
import AmigoYAML
import Dispatch
import Foundation

/// `amigo fmt` on disk: reads each file, normalises its white space (`WhitespaceFormatter`),
/// writes plain scalars that typed YAML readers read differently as they read alike, and
/// writes it back atomically, holding the lock of the workspace the file belongs to.
public enum FileFormatting {
  public enum Outcome: Sendable {
    /// Already formatted.
    case unchanged
    /// Formatted (written, unless only checking).
    case formatted
    /// The file has YAML errors and was left alone: its diagnostics and the text they quote.
    case invalid(CheckedText)
    /// Normalising would have changed the file's value; left alone.
    case unsafe
    case readFailed(FileSystem.ReadError)
    case writeFailed(WriteError)
  }

  /// Formats the files at `paths` (or, with `write: false`, only tells which would change), on
  /// all cores. Returns one outcome per path, in order.
  /// `modelines[i]`, when given, is the editor's schema line (`# yaml-language-server: …`) file
  /// `i` gets as its first line when it has none.
  public static func format(
    _ paths: [String], write: Bool, modelines: [String?] = []
  ) -> [Outcome] {
    guard write else {
      return formatAll(paths, write: false, failures: [], modelines: modelines)
    }
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
    return formatAll(
      paths, write: true, failures: rootOf.map { $0.flatMap { lockFailures[$0] } },
      modelines: modelines)
  }

  /// Each file on its own (they are independent), in parallel; `failures[i]`, when set, is the
  /// outcome of file `i` without touching it.
  static func formatAll(
    _ paths: [String], write: Bool, failures: [WriteError?], modelines: [String?] = []
  ) -> [Outcome] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      if i < failures.count, let failure = failures[i] { return .writeFailed(failure) }
      return formatOne(
        paths[i], write: write, folders: folders, modeline: i < modelines.count ? modelines[i] : nil
      )
    }
  }

  static func formatOne(
    _ path: String, write: Bool, folders: FileSystem.FolderResolutions, modeline: String? = nil
  ) -> Outcome {
    let bytes: [UInt8]
    do { bytes = try FileSystem.read(path, folders: folders) } catch { return .readFailed(error) }
    let document = YAMLDocument(bytes: bytes)
    let spaced: [UInt8]
    switch WhitespaceFormatter.format(document) {
    case .unchanged: spaced = bytes
    case .invalid:
      return .invalid(CheckedText(diagnostics: document.diagnostics, source: document.source))
    case .unsafe: return .unsafe
    case .formatted(let formatted): spaced = formatted
    }
    guard var formatted = typedReadingFixed(spaced) else { return .unsafe }
    if let modeline, !WorkspaceSchemas.hasModeline(formatted) {
      // A comment: every reader reads the same values as before.
      let eol = formatted.contains(0x0D) && formatted.contains(0x0A) ? "\r\n" : "\n"
      // After a byte order mark, which must stay the file's first bytes: before it, the mark
      // would begin the second line, and amigo would read it as part of a key.
      formatted.insert(
        contentsOf: Array((modeline + eol).utf8),
        at: WorkspaceSchemas.byteOrderMarkLength(formatted))
    }
    if formatted == bytes { return .unchanged }
    do {
      guard write else { return .formatted }
      try AtomicWrite.write(formatted, to: path)
    } catch {
      return .writeFailed(error)
    }
    return .formatted
  }

  /// `bytes` with every plain scalar that typed YAML readers read differently from amigo
  /// (`minutes: 045`, `label: No`) rewritten as every reader reads it alike (`45`, `'No'`), in
  /// amigo's own files (a trajectory or a workspace config, told by their `schema:` line); nil
  /// when the result would not be a valid document without such scalars (a bug).
  static func typedReadingFixed(_ bytes: [UInt8]) -> [UInt8]? {
    let document = YAMLDocument(bytes: bytes)
    guard let spec = Schemas.spec(of: document) else { return bytes }
    let fixes = SchemaChecker.typedReadingFixes(document, against: spec)
    guard !fixes.isEmpty else { return bytes }
    var out = bytes
    for fix in fixes.sorted(by: { $0.start > $1.start }) {
      out.replaceSubrange(fix.start..<fix.end, with: Array(fix.replacement.utf8))
    }
    let check = YAMLDocument(bytes: out)
    guard check.isValid, SchemaChecker.typedReadingFixes(check, against: spec).isEmpty else {
      return nil
    }
    return out
  }
}
