import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps text a worker typed safe when amigo cannot write it where it belongs (a refused note,
/// an edit that could not be saved, the answers to `new-child`): in a new file readable by its
/// owner only, in amigo's private recovery folder outside every workspace, so it never ends up
/// in git. The folder is `$XDG_STATE_HOME/amigo/recovery`, else
/// `~/.local/state/amigo/recovery`, else (no home folder to write in) `amigo-recovery-<uid>` in
/// the system's temporary folder. Folders amigo makes there are 0700, files 0600.
///
/// A file that holds text of one trajectory carries its id in its name (`edit-ID-…`,
/// `note-ID-…`, `statement-ID-…`), so that `erase` can remove it with the trajectory.
enum RecoveryFile {
  /// The folders to try, best first.
  static func folders(_ env: Environment) -> [String] {
    var out: [String] = []
    if let state = env.variables["XDG_STATE_HOME"], state.hasPrefix("/") {
      out.append(state + "/amigo/recovery")
    }
    if let home = env.variables["HOME"], home.hasPrefix("/") {
      out.append(home + "/.local/state/amigo/recovery")
    }
    out.append(env.temporaryFolder + "/amigo-recovery-\(geteuid())")
    return out
  }

  /// Writes `text` to a new owner-only file named `<stem>-<today>-<n>.<ext>` and returns its
  /// path, or nil when no folder could take it (the caller then says so). Never overwrites.
  static func keep(
    _ text: String, stem: String, ext: String = "txt", _ env: Environment
  )
    -> String?
  {
    keep(Array(text.utf8), stem: stem, ext: ext, env)
  }

  static func keep(_ bytes: [UInt8], stem: String, ext: String, _ env: Environment) -> String? {
    let safeStem = String(
      stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    for folder in folders(env) where makePrivateFolder(folder) {
      for n in 1...1000 {
        let path = folder + "/\(safeStem)-\(env.today)-\(n).\(ext)"
        if FileSystem.exists(path) { continue }
        do {
          try AtomicWrite.write(bytes, to: path, mode: 0o600, createOnly: true)
          return path
        } catch {
          if FileSystem.exists(path) { continue }
          break
        }
      }
    }
    return nil
  }

  /// Makes `path` (and missing parents, 0700) and checks it is a real folder of ours that only
  /// we can read; tightens its mode when it is ours but more open.
  static func makePrivateFolder(_ path: String) -> Bool {
    var parts: [String] = []
    var current = path
    while !current.isEmpty && current != "/" && !FileSystem.exists(current) {
      parts.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    for folder in parts.reversed() {
      if mkdir(folder, 0o700) != 0 && errno != EEXIST { return false }
    }
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid()
    else { return false }
    if info.st_mode & 0o077 != 0 && chmod(path, 0o700) != 0 { return false }
    return access(path, W_OK | X_OK) == 0
  }

  /// The sentence telling where `what` was kept, or that it could not be kept (then the text
  /// itself follows, so that it is at least on the screen).
  static func notice(
    _ what: Message, path: String?, text: String, reuse: String? = nil, plural: Bool = false,
    _ language: Language
  ) -> String {
    guard let path else {
      return language.text(.ccNotKept, language.text(what)) + "\n" + text
        + (text.hasSuffix("\n") ? "" : "\n")
    }
    var line = language.text(plural ? .ccKeptInPlural : .ccKeptIn, language.text(what), path)
    if let reuse { line += ". " + reuse }
    return line + "\n"
  }

  /// Runs `body`; when it fails, keeps `text` (when there is one) and adds where it is to the
  /// error's message (or prints it first, for errors without a message of their own). `stem`
  /// is worked out only then (it may look up the trajectory, whose id it names).
  /// `erased` tells, only then, whether the text is about a trajectory that was erased
  /// (`erased(_:in:)`): it is then not kept, and the error says so.
  static func guarding<T>(
    _ text: String?, what: Message, stem: @autoclosure () -> String,
    reuse: (String) -> String?, erased: () -> (id: String, day: LocalDate)? = { nil },
    _ env: Environment, _ body: () throws -> T
  ) throws -> T {
    do {
      return try body()
    } catch {
      guard let text, !text.isEmpty else { throw error }
      if let (id, day) = erased() {
        throw withNotice(error, notKept(what, erased: id, on: day, env.language()), env)
      }
      let path = keep(text + "\n", stem: stem(), env)
      let notice = self.notice(
        what, path: path, text: text, reuse: path.flatMap(reuse), env.language())
      throw withNotice(error, notice, env)
    }
  }

  // MARK: - Erasing a trajectory

  /// The id and the day trajectory `child` (as the user named it) was erased, when it is an id
  /// in the workspace's ledger of erased ids (`ErasedLedger`, compared without regard to case)
  /// and no file of it is left. Text about it is then never kept in a recovery file (an edit
  /// saved while the child was erased, a note logged after): it would outlive the erasure.
  static func erased(_ child: String, in workspace: Workspace) -> (id: String, day: LocalDate)? {
    guard Identifier.isValid(child) else { return nil }
    let upper = child.uppercased()
    guard
      let (id, day) = ErasedLedger.read(workspace).first(where: { $0.key.uppercased() == upper })
    else { return nil }
    if case .found = ChildLookup.find(child, in: workspace) { return nil }
    return (id, day)
  }

  /// The line saying that `what` is not kept, because `id` was erased on `day`.
  static func notKept(
    _ what: Message, erased id: String, on day: LocalDate, _ language: Language
  ) -> String {
    language.text(.ccNotKeptErased, language.text(what), id, language.date(day)) + "\n"
  }

  /// The stems of the files that hold one trajectory's text, before `-ID-`.
  static let stemsWithID = ["edit", "note", "statement"]

  /// The stems of files that name no trajectory: notes and statements kept before their name
  /// carried the id (or of a child amigo could not find), answers to `new-child`.
  static let stemsWithoutID = ["note", "statement", "new-child"]

  /// The recovery files in every folder amigo may have kept them in: those of trajectory `id`
  /// (by name), and those that name no trajectory, which may hold its text too. Only regular
  /// files directly in a recovery folder of ours (a real folder, not a link) count.
  static func files(of id: String, _ env: Environment) -> (ofID: [String], unnamed: [String]) {
    var ofID: [String] = []
    var unnamed: [String] = []
    var seen = Set<String>()
    for folder in folders(env) where seen.insert(folder).inserted {
      var info = stat()
      guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
        info.st_uid == geteuid(),
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
      else { continue }
      for name in names.sorted() {
        let path = folder + "/" + name
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
        if stemsWithID.contains(where: { kept(name, stem: $0 + "-" + id) }) {
          ofID.append(path)
        } else if stemsWithoutID.contains(where: { kept(name, stem: $0) }) {
          unnamed.append(path)
        }
      }
    }
    return (ofID, unnamed)
  }

  /// True when `name` is `<stem>-<YYYY-MM-DD>-<n>.<txt|yaml>`, as `keep` names a file (the id
  /// in `stem` compared without regard to case, as file systems may).
  static func kept(_ name: String, stem: String) -> Bool {
    guard name.count > stem.count, name.prefix(stem.count).uppercased() == stem.uppercased()
    else { return false }
    let rest = name.dropFirst(stem.count)
    guard let dot = rest.lastIndex(of: "."),
      ["txt", "yaml"].contains(rest[rest.index(after: dot)...])
    else { return false }
    // `-YYYY-MM-DD-n`
    let parts = rest[..<dot].split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 5, parts[0].isEmpty,
      parts[1].count == 4, parts[2].count == 2, parts[3].count == 2, !parts[4].isEmpty
    else { return false }
    return parts.dropFirst().allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
      && LocalDate("\(parts[1])-\(parts[2])-\(parts[3])") != nil
  }

  /// Removes `paths` (files `files(of:_:)` found); returns those removed and those that could
  /// not be, with why.
  static func remove(_ paths: [String]) -> (removed: [String], failed: [(String, Int32)]) {
    var removed: [String] = []
    var failed: [(String, Int32)] = []
    for path in paths {
      if unlink(path) == 0 || errno == ENOENT {
        removed.append(path)
      } else {
        failed.append((path, errno))
      }
    }
    return (removed, failed)
  }

  /// `error` with `notice` (one or more lines, ending in a line break) after its message.
  static func withNotice(_ error: Error, _ notice: String, _ env: Environment) -> Error {
    let tail = notice.hasPrefix("amigo: ") ? String(notice.dropFirst(7)) : notice
    switch error {
    case var e as DiagnosticsError:
      e.message += "\namigo: " + tail.dropLastNewline
      return e
    case var e as CommandError:
      e.message += "\namigo: " + tail.dropLastNewline
      return e
    default:
      env.stderr.write(notice)
      return error
    }
  }
}

extension String {
  fileprivate var dropLastNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
