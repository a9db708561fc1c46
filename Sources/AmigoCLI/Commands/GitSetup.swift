import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation

/// `amigo git-setup`: registers amigo's merge driver in the repository's config and installs the
/// pre-commit hook, for a fresh clone (git does not clone either). Idempotent.
enum GitSetup: Command {
  static let spec = CommandSpec(
    name: "git-setup",
    abstract: "Set up the git repository of the workspace: merge driver and pre-commit hook.",
    discussion: """
      Run this once in every clone of a shared workspace: git does not copy its config or hooks
      when cloning. It registers amigo's merge driver in the repository's own config
      (merge.amigo), so that a pull or merge combines the sessions, ratings, goals and consents
      both sides added to a trajectory instead of reporting a conflict, and installs a
      pre-commit hook (.git/hooks/pre-commit) that checks the staged trajectory files and
      amigo.yaml and stops a commit with errors. It also adds amigo's lines to the workspace's
      .gitattributes when they are missing. Running it again changes nothing, or updates the
      path to amigo when amigo has moved. An existing pre-commit hook that is not amigo's is
      left as it is; amigo prints the line to add to it. git runs the amigo that set it up
      ($AMIGO_EXECUTABLE overrides which).
      """,
    examples: ["git clone git@example.org:team/dossiers.git && cd dossiers && amigo git-setup"],
    options: [.dir])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let workspace = try CommonOptions.workspace(args, env)
    let git = env.git(workspace.root)
    try GitIntegration.checked(env) { _ = try git.topLevel() }
    var out = "Set up git for the amigo workspace in \(describe(workspace.root, env)):\n"
    let language =
      Loader.loadConfig(workspace, display: env.display).0?.language ?? "nl"
    let attributes: WorkspaceCreation.Step
    do {
      attributes = try WorkspaceCreation.addGitAttributes(
        at: workspace.root, gitattributes: WorkspaceTemplate.gitattributes(language: language),
        lines: WorkspaceTemplate.attributeLines)
    } catch {
      throw CommandError(message: "\(error)", status: .ioError)
    }
    out += GitIntegration.row(
      ".gitattributes",
      attributes.action == .kept
        ? "already has amigo's lines" : "added amigo's lines (commit this change)")
    let steps = try GitIntegration.setUp(git, env)
    for (what, text) in steps.rows { out += GitIntegration.row(what, text) }
    env.stdout.write(out)
    for warning in steps.warnings { env.stderr.write("amigo: warning: \(warning)\n") }
    return .success
  }

  static func describe(_ root: String, _ env: Environment) -> String {
    root == env.currentDirectory ? "the current folder" : "'\(env.display(root))'"
  }
}

/// What `init` and `git-setup` share: running git for a command, registering the merge driver
/// and installing the hook.
enum GitIntegration {
  static let driverName = "amigo trajectory merge"
  /// The line that marks a pre-commit hook as amigo's.
  static let hookMarker = "# amigo pre-commit hook"

  /// `  what            text`, aligned like `init`'s list of files.
  static func row(_ what: String, _ text: String) -> String {
    "  " + what.padding(toLength: max(16, what.count + 1), withPad: " ", startingAt: 0) + text
      + "\n"
  }

  /// Runs `body`, turning git's failures into messages.
  @discardableResult
  static func checked<T>(_ env: Environment, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let failure as Git.Failure {
      throw commandError(failure, env)
    }
  }

  static func commandError(_ failure: Git.Failure, _ env: Environment) -> CommandError {
    switch failure {
    case .notInstalled:
      CommandError(message: failure.description, status: .noInput)
    case .notARepository(let folder):
      CommandError(
        message:
          "'\(env.display(folder))' is not in a git repository; to keep it in git: "
          + "git init && amigo git-setup", status: .noInput)
    case .failed:
      CommandError(message: failure.description, status: .failure)
    }
  }

  struct Result {
    var rows: [(String, String)] = []
    var warnings: [String] = []
  }

  /// Registers the merge driver and installs the hook in `git`'s repository.
  static func setUp(_ git: Git, _ env: Environment) throws -> Result {
    var result = Result()
    let amigo = executablePath(env)
    let driver = Init.shellQuoted(amigo) + " merge-driver %O %A %B %P"
    let configPath = try checked(env) { try git.gitPath("config") }
    let (name, current) = try checked(env) {
      (try git.localConfig("merge.amigo.name"), try git.localConfig("merge.amigo.driver"))
    }
    if name != driverName {
      try checked(env) { try git.setLocalConfig("merge.amigo.name", driverName) }
    }
    if current != driver {
      try checked(env) { try git.setLocalConfig("merge.amigo.driver", driver) }
    }
    let shownConfig = env.display(configPath)
    result.rows.append(
      (
        "merge driver",
        current == driver && name == driverName
          ? "already registered in \(shownConfig)"
          : current == nil
            ? "registered in \(shownConfig): git merges trajectories entry by entry"
            : "updated in \(shownConfig): git now runs \(amigo)"
      ))

    let hookPath = try checked(env) { try git.gitPath("hooks/pre-commit") }
    let shownHook = env.display(hookPath)
    let script = hookScript(amigo)
    let existing = try? FileSystem.read(hookPath)
    if let existing, !String(decoding: existing, as: UTF8.self).contains(hookMarker) {
      result.rows.append(("pre-commit hook", "not installed: \(shownHook) is not amigo's"))
      result.warnings.append(
        "\(shownHook) exists and is not amigo's; it was left as it is. To check the staged "
          + "trajectory files too, add this line to it:\n    "
          + Init.shellQuoted(amigo) + " _pre-commit || exit 1")
      return result
    }
    if existing == Array(script.utf8) {
      result.rows.append(("pre-commit hook", "already installed: \(shownHook)"))
      return result
    }
    do {
      try AtomicWrite.makeFolder((hookPath as NSString).deletingLastPathComponent)
      try AtomicWrite.write(Array(script.utf8), to: hookPath, mode: 0o755)
      // An existing hook keeps its mode on rewrite: make sure git can run it.
      chmod(hookPath, 0o755)
    } catch {
      throw CommandError(message: "\(error)", status: .ioError)
    }
    result.rows.append(
      (
        "pre-commit hook",
        (existing == nil ? "installed: " : "updated: ") + shownHook
          + " (checks staged files before each commit)"
      ))
    return result
  }

  /// The hook: runs `amigo _pre-commit` with the amigo that installed it, or the one on the PATH
  /// when that has gone.
  static func hookScript(_ amigo: String) -> String {
    """
    #!/bin/sh
    \(hookMarker): checks the staged trajectory files and amigo.yaml
    # and stops a commit with errors. Installed by 'amigo git-setup' (run it again after
    # moving amigo); skip it once with 'git commit --no-verify'.
    amigo=\(Init.shellQuoted(amigo))
    if [ ! -x "$amigo" ]; then
      amigo=$(command -v amigo) || {
        echo "amigo pre-commit hook: amigo not found; run 'amigo git-setup' again" >&2
        exit 1
      }
    fi
    exec "$amigo" _pre-commit

    """
  }

  /// The path git should run amigo by: `$AMIGO_EXECUTABLE`, else this executable; the PATH's
  /// entry when it is this same file (so that an upgrade in place keeps working).
  static func executablePath(_ env: Environment) -> String {
    if let path = env.variables["AMIGO_EXECUTABLE"], !path.isEmpty { return env.resolve(path) }
    let fm = FileManager.default
    var path =
      (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    if !path.hasPrefix("/") { path = env.resolve(path) }
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let search = (env.variables["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "")
    for folder in search.split(separator: ":") where folder.hasPrefix("/") {
      let candidate = String(folder) + "/amigo"
      if fm.isExecutableFile(atPath: candidate),
        URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path == real
      {
        return candidate
      }
    }
    return real
  }
}

extension Environment {
  /// git running in `directory` with this environment (the process's, with the variables
  /// tests or callers set on top).
  func git(_ directory: String) -> Git {
    Git(
      directory: directory,
      environment: ProcessInfo.processInfo.environment.merging(variables) { $1 })
  }
}
