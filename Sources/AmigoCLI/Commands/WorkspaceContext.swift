import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// What a writing command needs: the workspace, its valid config, and today.
struct WorkspaceContext {
  let workspace: Workspace
  let config: Config
  let today: LocalDate
  let env: Environment
  /// The command's shared options, parsed once.
  let options: CommonOptions
  /// The file chosen by number for each ambiguous name (`resolve`), so that it is asked once.
  private let chosen = Chosen()

  final class Chosen: @unchecked Sendable {
    var paths: [String: String] = [:]
  }

  /// Finds the workspace and loads its config; a config with errors stops the command (exit 65).
  init(_ options: CommonOptions) throws {
    self.options = options
    env = options.env
    workspace = try options.workspace()
    today = options.today
    config = try WorkspaceContext.validConfig(workspace, env)
  }

  /// The workspace's config; a config with errors stops the command (exit 65).
  static func validConfig(_ workspace: Workspace, _ env: Environment) throws -> Config {
    let (config, document, diagnostics) = Loader.loadConfig(workspace, display: env.display)
    guard let config, !diagnostics.hasErrors else {
      throw DiagnosticsError(
        message: env.language().text(.ccConfigHasErrors),
        diagnostics: diagnostics.filter { $0.severity == .error }, source: document?.source,
        status: .dataError)
    }
    env.languageCache?.set(config.language == "en" ? .en : .nl)
    return config
  }

  func display(_ path: String) -> String { env.display(path) }

  /// The trajectory file a user names by id, id prefix or label.
  func resolve(_ name: String) throws -> String {
    if let path = chosen.paths[name] { return path }
    let path = try WorkspaceContext.resolve(name, in: workspace, env)
    chosen.paths[name] = path
    return path
  }

  /// The file `name` names without asking: the one chosen for it before, or the only match;
  /// nil when there is none yet (what a refusal's recovery file is named after).
  func resolvedWithoutAsking(_ name: String) -> String? {
    if let path = chosen.paths[name] { return path }
    var quiet = env
    quiet.isInteractive = false
    return try? WorkspaceContext.resolve(name, in: workspace, quiet)
  }

  /// The same, for commands that load the config themselves. A name that matches several
  /// files is a usage error listing them; on a terminal, a numbered choice instead (qa-walk p3).
  /// `tail` ends the error (default: name one by its id).
  static func resolve(
    _ name: String, in workspace: Workspace, _ env: Environment, tail: Message = .ccNameOneById,
    version: String? = Amigo.version
  ) throws -> String {
    switch ChildLookup.find(name, in: workspace, version: version) {
    case .found(let path): return path
    case .notFound: throw notFound(name, env.language())
    case .ambiguous(let candidates):
      guard env.isInteractive else { throw ambiguous(name, candidates, env.language(), tail: tail) }
      return try choose(name, candidates, env)
    }
  }

  /// Lists `candidates` numbered, on standard error, and asks for the number of one.
  static func choose(
    _ name: String, _ candidates: [ChildLookup.Candidate], _ env: Environment
  ) throws -> String {
    let language = env.language()
    let digits = String(candidates.count).count
    var text = language.text(.ccSeveralTrajectoriesHead, name, String(candidates.count)) + "\n"
    for (i, candidate) in candidates.enumerated() {
      let number = String(i + 1)
      text +=
        "  " + String(repeating: " ", count: digits - number.count) + number + "  "
        + SafeText.shown(candidate.shown) + "\n"
    }
    env.stderr.write(text)
    let chosen = try Prompt.ask(
      language.text(.promptWhichOne, String(candidates.count)), env,
      again: language.text(.promptAnswerNumberOnly, String(candidates.count)),
      { answer in Int(answer).flatMap { candidates.indices.contains($0 - 1) ? $0 - 1 : nil } })
    return candidates[chosen].path
  }

  /// No trajectory matches `name`.
  static func notFound(_ name: String, _ language: Language) -> CommandError {
    CommandError(message: language.text(.ccNoTrajectory, name), status: .noInput)
  }

  /// Several trajectories match `name`; `tail` ends the message (default: name one by its id).
  static func ambiguous(
    _ name: String, _ candidates: [ChildLookup.Candidate], _ language: Language,
    tail: Message = .ccNameOneById
  ) -> CommandError {
    CommandError(
      message: language.text(
        .ccSeveralTrajectories, name, String(candidates.count),
        candidates.map { "  \($0.shown)\n" }.joined(), language.text(tail)),
      status: .usage)
  }

  /// Why a change in `folder` (or, while it does not exist, the workspace) could not be written
  /// now: the workspace lock cannot be taken or the folder is not writable; nil when it could.
  /// Asked before a worker types anything that would then be refused.
  func cannotWrite(in folder: String) -> String? {
    do {
      let lock = try WorkspaceLock(workspace)
      withExtendedLifetime(lock) {}
    } catch {
      return env.language().say(error)
    }
    let target = FileSystem.exists(folder) ? folder : workspace.root
    guard access(target, W_OK | X_OK) == 0 else {
      let why = systemErrorText(errno, env.language().code)
      return env.language().text(.ccCannotWriteIn, display(target), why)
    }
    return nil
  }

  /// Warns, without refusing, about a date after today.
  func warnIfFuture(_ date: LocalDate) {
    if date > today {
      env.stderr.write(env.language().text(.ccFutureDate, date.description) + "\n")
    }
  }

  /// Warns when a contact's `date` is a Saturday or Sunday (`Diagnostic.onWeekend`), as
  /// `log-session` does.
  func warnIfWeekend(_ date: LocalDate) {
    if let warning = Diagnostic.onWeekend(date) {
      let language = env.language()
      env.stderr.write(language.text(.ccWarningLine, warning.message(language.code)) + "\n")
    }
  }

  /// Runs a change and maps its failures to messages and exit statuses.
  @discardableResult
  func change(
    _ path: String, _ edit: Store.TrajectoryEdit
  ) throws -> ChangeResult {
    do {
      return try Store.change(
        path, display: display(path), in: workspace, config: config, today: today, edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// Prints warnings a change introduced (norm breaks), without failing.
  func printWarnings(_ result: ChangeResult) {
    guard !result.newWarnings.isEmpty else { return }
    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stderr), language: env.language().code)
    for d in result.newWarnings {
      env.stderr.write(renderer.render(d, source: result.document.source))
    }
  }
}
