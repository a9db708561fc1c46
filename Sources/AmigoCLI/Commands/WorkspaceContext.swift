import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation

/// What a writing command needs: the workspace, its valid config, and today.
struct WorkspaceContext {
  let workspace: Workspace
  let config: Config
  let today: LocalDate
  let env: Environment

  /// Finds the workspace and loads its config; a config with errors stops the command (exit 65).
  init(_ arguments: ParsedArguments, _ env: Environment, command: String) throws {
    self.env = env
    workspace = try CommonOptions.workspace(arguments, env)
    today = try CommonOptions.today(arguments, env, command: command)
    config = try WorkspaceContext.validConfig(workspace, env)
  }

  /// The workspace's config; a config with errors stops the command (exit 65).
  static func validConfig(_ workspace: Workspace, _ env: Environment) throws -> Config {
    let (config, document, diagnostics) = Loader.loadConfig(workspace, display: env.display)
    guard let config, !diagnostics.hasErrors else {
      throw DiagnosticsError(
        message: "the workspace config has errors; fix them first (amigo validate)",
        diagnostics: diagnostics.filter { $0.severity == .error }, source: document?.source,
        status: .dataError)
    }
    return config
  }

  func display(_ path: String) -> String { env.display(path) }

  /// The trajectory file a user names by id, id prefix or label.
  func resolve(_ name: String) throws -> String {
    try WorkspaceContext.resolve(name, in: workspace)
  }

  /// The same, for commands that load the config themselves.
  static func resolve(_ name: String, in workspace: Workspace) throws -> String {
    switch ChildLookup.find(name, in: workspace) {
    case .found(let path): return path
    case .notFound: throw notFound(name)
    case .ambiguous(let candidates): throw ambiguous(name, candidates)
    }
  }

  /// No trajectory matches `name`.
  static func notFound(_ name: String) -> CommandError {
    CommandError(
      message: "no trajectory matches '\(name)' (by id, id prefix or label); see 'amigo list'",
      status: .noInput)
  }

  /// Several trajectories match `name`; `tail` ends the message.
  static func ambiguous(
    _ name: String, _ candidates: [String], tail: String = "Name one by its id."
  ) -> CommandError {
    CommandError(
      message: "'\(name)' matches \(candidates.count) trajectories:\n"
        + candidates.map { "  \($0)\n" }.joined() + tail, status: .usage)
  }

  /// Why a change in `folder` (or, while it does not exist, the workspace) could not be written
  /// now: the workspace lock cannot be taken or the folder is not writable; nil when it could.
  /// Asked before a worker types anything that would then be refused.
  func cannotWrite(in folder: String) -> String? {
    do {
      let lock = try WorkspaceLock(workspace)
      withExtendedLifetime(lock) {}
    } catch {
      return error.description
    }
    let target = FileSystem.exists(folder) ? folder : workspace.root
    guard access(target, W_OK | X_OK) == 0 else {
      return "cannot write in '\(display(target))': " + String(cString: strerror(errno))
    }
    return nil
  }

  /// Warns, without refusing, about a date after today.
  func warnIfFuture(_ date: LocalDate) {
    if date > today { env.stderr.write("amigo: warning: \(date) is in the future\n") }
  }

  /// Runs a change and maps its failures to messages and exit statuses.
  @discardableResult
  func change(
    _ path: String, _ edit: (inout YAMLEditor, Trajectory) throws -> Void
  ) throws -> ChangeResult {
    do {
      return try Store.change(
        path, display: display(path), in: workspace, config: config, today: today, edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error)
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

/// A failure that comes with diagnostics to render (on stderr) before the message.
struct DiagnosticsError: Error {
  var message: String
  var diagnostics: [Diagnostic]
  var source: SourceText?
  /// Sources by the file diagnostics name, for diagnostics in several files (else `source`).
  var sources: [String: SourceText] = [:]
  var status: ExitStatus

  init(message: String, diagnostics: [Diagnostic], source: SourceText?, status: ExitStatus) {
    self.message = message
    self.diagnostics = diagnostics
    self.source = source
    self.status = status
  }

  init(
    message: String, diagnostics: [Diagnostic], sources: [String: SourceText], status: ExitStatus
  ) {
    self.init(message: message, diagnostics: diagnostics, source: nil, status: status)
    self.sources = sources
  }

  /// The source of `d`'s excerpt.
  func source(of d: Diagnostic) -> SourceText? {
    d.file.flatMap { sources[$0] } ?? source
  }

  init(_ error: ChangeError) {
    switch error {
    case .invalidFile(let path, let diagnostics, let source):
      self.init(
        message: "\(path) has errors; nothing was changed. Fix them first (amigo validate)",
        diagnostics: diagnostics.filter { $0.severity == .error }, source: source,
        status: .dataError)
    case .wouldBeInvalid(let path, let diagnostics, let source):
      self.init(
        message: "this change would make \(path) invalid; nothing was changed",
        diagnostics: diagnostics,
        source: source, status: .dataError)
    case .edit(let path, let editError):
      self.init(
        message: "cannot change \(path): \(editError)", diagnostics: [], source: nil,
        status: .dataError)
    case .read(let readError):
      self.init(message: readError.description, diagnostics: [], source: nil, status: .noInput)
    case .write(let writeError):
      self.init(
        message: writeError.description + "; nothing was changed", diagnostics: [], source: nil,
        status: .ioError)
    }
  }
}
