import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `amigo edit CHILD`: edit a trajectory file in your editor, safely. The editor works on a
/// private copy; the original is replaced (atomically) only by a copy that adds no errors, and
/// only if nobody changed the original meanwhile.
enum EditCommand: Command {
  static let spec = CommandSpec(
    name: "edit",
    abstract: "Edit a child's trajectory file in your editor, and check it before saving.",
    discussion: """
      Opens a private copy of the file (in a hidden folder '.amigo-edit-…' that amigo removes
      afterwards) in $VISUAL, else $EDITOR, else vi (on a terminal). When the editor exits, amigo
      checks the copy like 'amigo validate' does. A copy that adds no errors replaces the file
      (atomically); one that adds errors is refused, and on a terminal you may re-open it to fix
      them. So an edit never makes a file worse, while a file with errors can be fixed this way.
      amigo refuses to save when the file changed on disk while you were editing (another amigo
      command or a 'git pull'): edit it again. amigo checks that it could save before the editor
      opens. An edit that is not saved (the file changed, a write failed, errors you did not fix,
      the editor quit with an error status, as vi's :cq) is kept in a private recovery file,
      and amigo says where (see 'Privacy' in the README).
      """,
    examples: ["amigo edit AOS-2026-K7Q4", "EDITOR='code --wait' amigo edit 'Sam B.'"],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [.today, .dir])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    try run(args, env, launch: EditorProcess.run)
  }

  /// Starts `command` on `file` with `variables` as its environment, waits, and returns its
  /// exit status (128 + the signal when it was killed).
  typealias Launch = (_ command: String, _ file: String, _ variables: [String: String]) throws ->
    Int32

  static func run(_ args: ParsedArguments, _ env: Environment, launch: Launch) throws -> ExitStatus
  {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let path = try context.resolve(args.positionals[0])
    let shown = context.display(path)
    let editor = try editorCommand(env)
    let original: [UInt8]
    do { original = try FileSystem.read(path) } catch {
      throw CommandError(message: env.language().say(error), status: .noInput)
    }
    let name = Workspace.id(ofFile: path)
    func validate(_ bytes: [UInt8]) -> CheckedText {
      let (_, checked) = FileCheck.trajectory(
        bytes, fileName: name, config: context.config, today: context.today)
      return checked.with(checked.diagnostics.map { $0.inFile(shown) })
    }
    let before = validate(original).diagnostics
    try checkWritable(path, context: context, shown: shown)

    let copy = try EditCopy(
      of: path, bytes: original, temporaryFolder: env.temporaryFolder, env.language())
    defer { copy.remove() }
    // Whatever goes wrong once the editor has run, a changed copy is kept, never deleted.
    do {
      return try editAndSave(
        copy: copy, editor: editor, launch: launch, original: original, before: before,
        path: path, shown: shown, context: context, validate: validate)
    } catch {
      guard let edited = try? FileSystem.read(copy.file), edited != original else { throw error }
      // The child was erased while the editor was open: nothing of it may stay behind.
      if let (id, day) = RecoveryFile.erased(name, in: context.workspace) {
        throw RecoveryFile.withNotice(
          error, RecoveryFile.notKept(.ccKeptEdit, erased: id, on: day, env.language()), env)
      }
      let kept = RecoveryFile.keep(edited, stem: "edit-\(name)", ext: "yaml", env)
      let language = env.language()
      let notice = RecoveryFile.notice(
        .ccKeptEdit, path: kept, text: String(decoding: edited, as: UTF8.self),
        reuse: kept.map { _ in language.text(.ccReuseEdit, name) }, language)
      throw RecoveryFile.withNotice(error, notice, env)
    }
  }

  /// Runs the editor on `copy` until its text can be saved, is unchanged, or is given up.
  static func editAndSave(
    copy: EditCopy, editor: String, launch: Launch, original: [UInt8], before: [Diagnostic],
    path: String, shown: String, context: WorkspaceContext,
    validate: ([UInt8]) -> CheckedText
  ) throws -> ExitStatus {
    let env = context.env
    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stderr), language: env.language().code)
    while true {
      let status = try launch(editor, copy.file, env.variables)
      guard status == 0 else {
        let language = env.language()
        throw CommandError(
          message: status == 127
            ? language.text(.ccEditorNotStarted, editor, shown)
            : language.text(.ccEditorStatus, String(status), shown),
          status: .failure)
      }
      let edited: [UInt8]
      do { edited = try FileSystem.read(copy.file) } catch {
        throw CommandError(
          message: env.language().text(
            .caEditedCopyGone, shown, error.why.text(env.language().code)),
          status: .ioError)
      }
      if edited == original {
        env.stdout.write(env.language().text(.ccNoChangesTo, shown) + "\n")
        return .success
      }
      let checked = validate(edited)
      let after = checked.diagnostics
      let introduced = after.introduced(comparedTo: before)
      let newErrors = introduced.filter { $0.severity == .error }
      // An edit that keeps the file valid may still leave an activity file naming the child
      // invalid (a consent withdrawn earlier, a closure moved before a meeting).
      let broken =
        newErrors.isEmpty
        ? Store.activitiesBroken(
          changing: Workspace.id(ofFile: path), from: SchemaDecoder.trajectory(bytes: original),
          to: SchemaDecoder.trajectory(bytes: edited), in: context.workspace,
          config: context.config, today: context.today, display: context.display) : []
      if newErrors.isEmpty && broken.isEmpty {
        try save(edited, over: path, expecting: original, context: context, shown: shown)
        env.stdout.write(env.language().text(.ccSaved, shown) + "\n")
        for d in introduced where d.severity == .warning {
          env.stderr.write(renderer.render(d, source: checked.source))
        }
        let remaining = after.filter { $0.severity == .error }.count
        if remaining > 0 {
          env.stderr.write(
            (remaining == 1
              ? env.language().text(.ccStillHasError, shown)
              : env.language().text(.ccStillHasErrors, shown, String(remaining))) + "\n")
        }
        return .success
      }
      for d in newErrors { env.stderr.write(renderer.render(d, source: checked.source)) }
      for b in broken {
        for d in b.diagnostics { env.stderr.write(renderer.render(d, source: b.source)) }
      }
      let language = env.language()
      let errors = newErrors.count + broken.reduce(0) { $0 + $1.diagnostics.count }
      let count =
        errors == 1
        ? language.text(.countAnError) : language.text(.countErrors, String(errors))
      if env.isInteractive {
        // The end of input is a no.
        let answer = try? Prompt.answer(
          language.text(.promptEditReopen, count), env, atEnd: CancellationError())
        if isYes(answer) { continue }
      }
      throw CommandError(
        message: broken.isEmpty
          ? language.text(.caEditWouldAdd, count, shown)
          : language.text(
            .ccWouldBreakActivities, shown, broken.map(\.path).joined(separator: ", ")),
        status: .dataError)
    }
  }

  /// Refuses before the editor opens when the edit could not be saved anyway: the workspace
  /// lock cannot be taken, or the file's folder cannot be written.
  static func checkWritable(_ path: String, context: WorkspaceContext, shown: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if let reason = context.cannotWrite(in: folder) {
      throw CommandError(
        message: context.env.language().text(.ccEditCannotSave, reason, shown), status: .ioError)
    }
  }

  /// `$VISUAL`, else `$EDITOR`, else `vi` when there is a terminal to run it on.
  static func editorCommand(_ env: Environment) throws -> String {
    for name in ["VISUAL", "EDITOR"] {
      if let value = env.variables[name], !value.trimming(" \t").isEmpty {
        if let waiting = waitingCommand(value) {
          throw CommandError(
            message: env.language().text(.caEditorDoesNotWait, value, name, waiting),
            status: .usage)
        }
        return value
      }
    }
    guard env.isInteractive else {
      throw CommandError(
        message: env.language().text(.caNoEditor),
        status: .usage)
    }
    return "vi"
  }

  /// Window editors that hand the file back at once unless told to wait, with the options that
  /// make them wait (the first is suggested).
  static let waitOptions: [String: [String]] = {
    var table: [String: [String]] = [:]
    for name in ["code", "code-insiders", "codium", "cursor", "windsurf", "zed", "atom", "subl"] {
      table[name] = ["--wait", "-w"]
    }
    table["gedit"] = ["--wait", "-w"]
    table["mate"] = ["-w", "--wait"]
    table["kate"] = ["-b", "--block"]
    for name in ["gvim", "mvim"] { table[name] = ["-f", "--nofork"] }
    return table
  }()

  /// The command with the option that makes it wait, when `command` runs a window editor
  /// without it (`code`): that returns before the file is edited, amigo finds it unchanged and
  /// removes its private copy, and what the user saves later goes nowhere. Nil otherwise.
  static func waitingCommand(_ command: String) -> String? {
    let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = words.first,
      let options = waitOptions[String(first.split(separator: "/").last ?? "")],
      !words.dropFirst().contains(where: options.contains)
    else { return nil }
    return ([first, options[0]] + words.dropFirst()).joined(separator: " ")
  }

  /// An empty answer, `y`, `yes`, `j` or `ja` (any case); no answer at all (end of input) is no.
  static func isYes(_ answer: String?) -> Bool {
    guard let answer else { return false }
    return ["", "y", "yes", "j", "ja"].contains(answer.trimming(" \t\r").lowercased())
  }

  /// Replaces the file at `path` by `bytes`, under the workspace lock, only while it still holds
  /// exactly `expecting`.
  static func save(
    _ bytes: [UInt8], over path: String, expecting: [UInt8], context: WorkspaceContext,
    shown: String
  ) throws {
    do {
      let lock = try WorkspaceLock(context.workspace)
      defer { withExtendedLifetime(lock) {} }
      let current = try? FileSystem.read(path)
      guard current == expecting else {
        throw CommandError(
          message: context.env.language().text(.caChangedOnDisk, shown),
          status: .ioError)
      }
      try AtomicWrite.write(bytes, to: path, locked: true)
    } catch let error as WriteError {
      let language = context.env.language()
      throw CommandError(
        message: language.text(.ccIsUnchanged, language.say(error), shown), status: .ioError)
    }
  }
}

/// The private copy the editor works on: `<name>.yaml` in a new owner-only folder
/// `.amigo-edit-XXXXXX` beside the file's folder (so relative `$schema` links in the file still
/// resolve), else in the system's temporary folder (`Environment.temporaryFolder`, where `amigo
/// erase` looks for it too). Removing it removes whatever the editor left beside the copy too
/// (backup and swap files).
struct EditCopy {
  let folder: String
  let file: String

  init(
    of path: String, bytes: [UInt8], temporaryFolder: String = "/tmp", _ language: Language = .en
  ) throws {
    let parent = ((path as NSString).deletingLastPathComponent as NSString)
      .deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    guard
      let folder = EditCopy.makeFolder(in: parent)
        ?? EditCopy.makeFolder(in: temporaryFolder)
    else {
      throw CommandError(
        message: language.text(.caNoPrivateFolder, systemErrorText(errno, language.code)),
        status: .ioError)
    }
    self.folder = folder
    file = folder + "/" + name
    do {
      try AtomicWrite.write(bytes, to: file, mode: 0o600, createOnly: true)
    } catch {
      remove()
      throw CommandError(message: language.say(error), status: .ioError)
    }
  }

  /// A new folder readable by its owner only (mkdtemp), or nil.
  static func makeFolder(in parent: String) -> String? {
    var template = Array((parent + "/.amigo-edit-XXXXXX").utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
      mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
    }
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// Runs the editor like git does: `/bin/sh -c '<editor> "$1"' sh <file>`, so an editor command
/// with arguments works, on the same terminal. While it runs, amigo ignores Ctrl-C and Ctrl-\,
/// a closed terminal and a shutdown's SIGTERM (`SignalShield`; the editor gets them), so the
/// private copy is always cleaned up.
enum EditorProcess {
  static func run(_ command: String, file: String, variables: [String: String]) throws -> Int32 {
    let arguments = ["sh", "-c", command + " \"$1\"", "sh", file]
    let environment = variables.map { "\($0.key)=\($0.value)" }.sorted()
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for shielded in SignalShield.signals { sigaddset(&defaults, shielded) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    SignalShield.shared.raise()
    defer { SignalShield.shared.lower() }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, envp)
    guard spawned == 0 else {
      throw CommandError(.caCannotStartEditor, errno: spawned, status: .ioError)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else {
        throw CommandError(.caLostEditor, errno: errno, status: .ioError)
      }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}

/// Ignores SIGINT and SIGQUIT (the editor's keys), SIGHUP (the terminal closed) and SIGTERM (the
/// computer shuts down) while at least one editor runs, and restores what was there before when
/// the last one ends. The editor gets them, ends as it does, and amigo lives on to remove the
/// private copy and keep an unsaved edit in a recovery file: killed with the editor, amigo left
/// the copy of the child's whole file in the workspace for good.
final class SignalShield: @unchecked Sendable {
  static let shared = SignalShield()
  static let signals = [SIGINT, SIGQUIT, SIGHUP, SIGTERM]
  private let lock = NSLock()
  private var depth = 0
  private var saved: [__sighandler_t?] = []

  func raise() {
    lock.withLock {
      if depth == 0 { saved = Self.signals.map { signal($0, SIG_IGN) } }
      depth += 1
    }
  }

  func lower() {
    lock.withLock {
      depth -= 1
      if depth == 0 {
        for (number, handler) in zip(Self.signals, saved) { signal(number, handler) }
      }
    }
  }
}
