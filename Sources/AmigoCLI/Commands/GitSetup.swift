import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo git-setup`: registers amigo's merge driver in the repository's config and installs the
/// pre-commit hook, for a fresh clone (git does not clone either). Idempotent.
enum GitSetupCommand: Command {
  static let spec = CommandSpec(
    name: "git-setup",
    abstract:
      "Set up the git repository of the workspace: merge and diff drivers, schemas, hooks.",
    discussion: """
      Run this once in every clone of a shared workspace: git does not copy its config or hooks
      when cloning. It registers amigo's merge driver in the repository's own config
      (merge.amigo), so that a pull or merge combines the sessions, ratings, goals and consents
      both sides added to a trajectory instead of reporting a conflict, and installs a
      pre-commit hook (.git/hooks/pre-commit) that checks the staged trajectory files and
      amigo.yaml and stops a commit with errors. It also adds amigo's lines to the workspace's
      .gitignore and .gitattributes when they are missing (your own lines stay). Running it
      again changes nothing, or updates the path to amigo when amigo has moved. An existing
      pre-commit hook that is not amigo's is left as it is; amigo prints the line to add to it.
      git runs the amigo that set it up ($AMIGO_EXECUTABLE overrides which).
      It also sets a diff driver (diff.amigo, and '*.yaml diff=amigo' in .gitattributes) so
      that git diff names the goal or session of each change, makes 'git pull' merge diverging
      work through amigo's merge driver (pull.rebase false, unless the clone chose already),
      makes the workspace folder private (0700), and writes the JSON Schemas editors use into
      .amigo/schema/, made from amigo.yaml's vocabularies (commit them; a schema written by a
      newer amigo is never replaced by an older one's).
      With --server, in a bare repository (on a Gitea, Forgejo or GitLab server, or a shared
      folder), it installs a pre-receive hook instead that refuses a push with an invalid
      file; it runs the amigo on the server's PATH (see docs/git-server.md).
      """,
    examples: [
      "git clone git@example.org:team/dossiers.git && cd dossiers && amigo git-setup",
      "cd /srv/git/team/dossiers.git && amigo git-setup --server",
    ],
    options: [
      OptionSpec(
        "server",
        help: "In a bare repository: install the pre-receive hook that checks every push."),
      .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    if args.flag("server") { return try server(args, env) }
    let workspace = try CommonOptions(args, env, command: spec).workspace()
    let git = env.git(workspace.root)
    try GitIntegration.checked(env) { _ = try git.topLevel() }
    let ui = env.language()
    var out = ui.text(.gsSetUp, describe(workspace.root, env)) + "\n"
    let language =
      Loader.loadConfig(workspace, display: env.display).0?.language ?? "nl"
    let ignore: WorkspaceCreation.Step
    let attributes: WorkspaceCreation.Step
    do {
      // A workspace made before `.gitignore` was written, or by hand: without it `git add -A`
      // commits the lock, temporary files and the cache. The user's own lines stay.
      ignore = try WorkspaceCreation.addGitIgnore(
        at: workspace.root, gitignore: WorkspaceTemplate.gitignore(language: language),
        patterns: WorkspaceTemplate.ignoredPatterns)
      attributes = try WorkspaceCreation.addGitAttributes(
        at: workspace.root, gitattributes: WorkspaceTemplate.gitattributes(language: language),
        lines: WorkspaceTemplate.attributeLines,
        obsolete: WorkspaceTemplate.obsoleteAttributeLines)
    } catch {
      throw CommandError(message: env.language().say(error), status: .ioError)
    }
    func said(_ action: WorkspaceCreation.Action) -> String {
      switch action {
      case .kept: ui.text(.gsAttributesKept)
      case .tidied: ui.text(.gsAttributesTidied)
      case .created, .updated: ui.text(.gsAttributesAdded)
      }
    }
    out += GitIntegration.row(".gitignore", said(ignore.action))
    out += GitIntegration.row(".gitattributes", said(attributes.action))
    let schemas = try GitIntegration.writeSchemas(workspace, env)
    out += GitIntegration.row(WorkspaceSchemas.folder + "/", schemas.row)
    let steps = try GitIntegration.setUp(git, env, workspace: workspace.root)
    for (what, text) in steps.rows { out += GitIntegration.row(what, text) }
    env.stdout.write(out)
    for warning in schemas.warnings + steps.warnings {
      env.stderr.write(ui.text(.ccWarningLine, warning) + "\n")
    }
    return .success
  }

  /// `--server`: the pre-receive hook in a bare repository.
  static func server(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let folder =
      try CommonOptions(args, env, command: spec).dir.map { env.resolve($0) }
      ?? env.currentDirectory
    let git = env.git(folder)
    let bare = try GitIntegration.checked(env) {
      try git.run(["rev-parse", "--is-bare-repository"]).line
    }
    guard bare == "true" else {
      throw CommandError(
        message: env.language().text(.caNotBare, env.display(folder)),
        status: .usage)
    }
    let hookPath = try GitIntegration.checked(env) { try git.gitPath("hooks/pre-receive") }
    let shown = env.display(hookPath)
    let script = GitIntegration.serverHookScript
    let existing = try? FileSystem.read(hookPath)
    let ui = env.language()
    if let existing,
      !String(decoding: existing, as: UTF8.self).contains(GitIntegration.serverHookMarker)
    {
      env.stdout.write(
        ui.text(.gsSetUpBare, describe(folder, env)) + "\n"
          + GitIntegration.row(ui.text(.gsPreReceive), ui.text(.gsHookNotOurs, shown)))
      env.stderr.write(
        ui.text(.ccWarningLine, ui.text(.gsServerNotOursWarning, shown)) + "\n")
      return .success
    }
    if existing != Array(script.utf8) {
      do {
        try AtomicWrite.makeFolder((hookPath as NSString).deletingLastPathComponent)
        try AtomicWrite.write(Array(script.utf8), to: hookPath, mode: 0o755)
        chmod(hookPath, 0o755)
      } catch {
        throw CommandError(message: env.language().say(error), status: .ioError)
      }
    }
    let amigoFound = GitIntegration.onPath("amigo", env)
    let installed: Message =
      existing == nil
      ? .gsServerInstalled : existing == Array(script.utf8) ? .gsServerKept : .gsServerUpdated
    env.stdout.write(
      ui.text(.gsSetUpBare, describe(folder, env)) + "\n"
        + GitIntegration.row(ui.text(.gsPreReceive), ui.text(installed, shown)))
    if !amigoFound {
      env.stderr.write(ui.text(.ccWarningLine, ui.text(.gsNoAmigoOnPath)) + "\n")
    }
    return .success
  }

  static func describe(_ root: String, _ env: Environment) -> String {
    root == env.currentDirectory
      ? env.language().text(.gsCurrentFolder) : "'\(env.display(root))'"
  }
}

/// What `init` and `git-setup` share: running git for a command, registering the merge driver
/// and installing the hook.
enum GitIntegration {
  static let driverName = "amigo trajectory merge"
  /// The line that marks a pre-commit hook as amigo's.
  static let hookMarker = "# amigo pre-commit hook"
  /// The line that marks a pre-receive hook as amigo's.
  static let serverHookMarker = "# amigo pre-receive hook"

  /// The server's hook: runs `amigo _pre-receive` with the amigo on the PATH, and refuses the
  /// push when there is none (a check that cannot run must not let everything through).
  static let serverHookScript = """
    #!/bin/sh
    \(serverHookMarker): refuses a push that would put a trajectory file,
    # activity file or amigo.yaml with errors (or a conflict marker) on a branch.
    # Installed by 'amigo git-setup --server'; runs the amigo on the PATH.
    if ! command -v amigo >/dev/null 2>&1; then
      echo "amigo pre-receive hook: amigo is not on the server's PATH; the push was refused" >&2
      exit 1
    fi
    exec amigo _pre-receive

    """

  /// True when `name` is an executable on the environment's PATH.
  static func onPath(_ name: String, _ env: Environment) -> Bool {
    let search = (env.variables["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "")
    return search.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: String($0) + "/" + name)
    }
  }

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
      CommandError(message: failure.text(env.language().code), status: .noInput)
    case .notARepository(let folder):
      CommandError(
        message: env.language().text(.caNotInGit, env.display(folder)), status: .noInput)
    case .failed:
      CommandError(message: failure.text(env.language().code), status: .failure)
    }
  }

  struct Result {
    var rows: [(String, String)] = []
    var warnings: [String] = []
  }

  /// Writes the workspace's schemas for editors (`.amigo/schema/`) from its amigo.yaml, never
  /// over those of a newer amigo: the row for `git-setup`'s list and any warnings.
  static func writeSchemas(
    _ workspace: Workspace, _ env: Environment
  ) throws -> (row: String, warnings: [String]) {
    let config = Loader.loadConfig(workspace, display: env.display).0
    let actions: [(name: String, action: WorkspaceSchemas.Action)]
    do {
      actions = try WorkspaceSchemas.write(
        root: workspace.root, config: config, version: Amigo.version)
    } catch {
      throw CommandError(message: env.language().say(error), status: .ioError)
    }
    let ui = env.language()
    var warnings: [String] = []
    for case (let name, .newer(let version)) in actions {
      warnings.append(
        ui.text(
          .gsSchemaNewerWarning, "\(WorkspaceSchemas.folder)/\(name)", "\(version)",
          Amigo.version))
    }
    let kinds = Set(actions.map(\.action))
    let row: String
    if kinds == [.kept] {
      row = ui.text(.gsSchemasKept)
    } else if kinds.contains(.created) && !kinds.contains(.kept) {
      row = ui.text(.gsSchemasWritten)
    } else if !warnings.isEmpty && !kinds.contains(.updated) && !kinds.contains(.created) {
      row = ui.text(.gsSchemasNewer)
    } else {
      row = ui.text(.gsSchemasUpdated)
    }
    if config == nil { warnings.append(ui.text(.gsConfigErrors)) }
    return (row, warnings)
  }

  /// The hunk headers of `git diff` in amigo's files: the goal (`  - id: g2`) or session
  /// (`  - date: 2026-11-17`) a change lies in, else the top-level field (`plan:`).
  static let diffFunctionName = "^(  - (id|date): .*|[a-z][a-z_]*:.*)$"

  /// Registers the merge and diff drivers, settles `git pull`, makes the workspace folder
  /// private and installs the hook in `git`'s repository.
  static func setUp(
    _ git: Git, _ env: Environment, workspace root: String, language: Language? = nil
  ) throws -> Result {
    var result = Result()
    let ui = language ?? env.language()
    // Hunk headers that name the goal or session.
    let diff = try checked(env) { try git.localConfig("diff.amigo.xfuncname") }
    if diff != diffFunctionName {
      try checked(env) { try git.setLocalConfig("diff.amigo.xfuncname", diffFunctionName) }
    }
    result.rows.append(
      (ui.text(.gsDiffDriver), ui.text(diff == diffFunctionName ? .gsDiffKept : .gsDiffSet)))
    // A pull of diverging work merges (through amigo's merge driver) instead of stopping at
    // git's "divergent branches" question. A choice made already stays.
    let pull = try checked(env) { try git.localConfig("pull.rebase") }
    if pull == nil {
      try checked(env) { try git.setLocalConfig("pull.rebase", "false") }
    }
    result.rows.append(
      ("git pull", pull.map { ui.text(.gsPullKept, $0) } ?? ui.text(.gsPullNew)))
    // Owner-only: files git creates later (checkout, pull) lie in a folder nobody else can
    // open, whatever the umask made them.
    var info = stat()
    if stat(root, &info) == 0 && info.st_mode & 0o077 != 0 {
      guard chmod(root, info.st_mode & 0o700) == 0 else {
        throw CommandError(
          message: env.language().text(
            .caCannotMakePrivate, env.display(root), systemErrorText(errno, env.language().code)),
          status: .ioError)
      }
      result.rows.append((ui.text(.gsFolder), ui.text(.gsFolderMadePrivate)))
    } else {
      result.rows.append((ui.text(.gsFolder), ui.text(.gsFolderPrivate)))
    }
    let amigo = executablePath(env)
    let driver = InitCommand.shellQuoted(amigo) + " merge-driver %O %A %B %P"
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
        ui.text(.gsMergeDriver),
        current == driver && name == driverName
          ? ui.text(.gsMergeKept, shownConfig)
          : current == nil
            ? ui.text(.gsMergeRegistered, shownConfig)
            : ui.text(.gsMergeUpdated, shownConfig, amigo)
      ))

    let hookPath = try checked(env) { try git.gitPath("hooks/pre-commit") }
    let shownHook = env.display(hookPath)
    let script = hookScript(amigo)
    let existing = try? FileSystem.read(hookPath)
    if let existing, !String(decoding: existing, as: UTF8.self).contains(hookMarker) {
      result.rows.append((ui.text(.gsPreCommit), ui.text(.gsHookNotOurs, shownHook)))
      result.warnings.append(
        ui.text(.gsHookNotOursWarning, shownHook) + "\n    " + InitCommand.shellQuoted(amigo)
          + " _pre-commit || exit 1")
      return result
    }
    if existing == Array(script.utf8) {
      result.rows.append((ui.text(.gsPreCommit), ui.text(.gsHookKept, shownHook)))
      return result
    }
    do {
      try AtomicWrite.makeFolder((hookPath as NSString).deletingLastPathComponent)
      try AtomicWrite.write(Array(script.utf8), to: hookPath, mode: 0o755)
      // An existing hook keeps its mode on rewrite: make sure git can run it.
      chmod(hookPath, 0o755)
    } catch {
      throw CommandError(message: env.language().say(error), status: .ioError)
    }
    result.rows.append(
      (
        ui.text(.gsPreCommit),
        ui.text(existing == nil ? .gsHookInstalled : .gsHookUpdated, shownHook)
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
    amigo=\(InitCommand.shellQuoted(amigo))
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
