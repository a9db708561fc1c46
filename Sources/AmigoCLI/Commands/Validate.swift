import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo validate [PATH…]`: checks the workspace, or the given files and folders, and prints
/// every problem.
enum ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Check trajectory files and the workspace config; report every problem.",
    discussion: """
      Without paths, checks the whole workspace: amigo.yaml, every file under trajectories/ and
      every activity file under activities/ (meetings and groups, checked against the
      trajectories they name and those children's consent on each date).
      A path may be a workspace folder, a folder of trajectory files, or a single file. Every
      problem is printed as 'file:line:col: error[code]: message' with the source line and a
      help line, followed by a one-line summary. Exit status: 0 when there are no errors,
      1 when there are (with --strict, also when there are warnings).
      A child's label may not start with '=', '+', '-', '@', a tab or a carriage return, which a
      spreadsheet reads as the start of a formula (error[formula-label]): change the label in
      the file ('amigo edit ID') so that it starts with a letter, like 'Sam B.'.
      With --changed, checks only what git sees changed against HEAD (staged or not) and the
      untracked files, before a commit; the other files answer the checks across files
      (duplicate ids, the children activity files name) from the workspace index, and activity
      files that name a changed trajectory are checked again. A changed amigo.yaml, or a
      trajectory or activity file deleted (any file may name it), checks everything.
      """,
    examples: [
      "amigo validate", "amigo validate trajectories/AOS-2026-K7Q4.yaml",
      "amigo validate --format json --strict", "amigo validate --changed",
    ],
    arguments: [
      ArgumentSpec(
        "path", optional: true, variadic: true,
        help: "Files or folders to check (default: the workspace).")
    ],
    options: [
      OptionSpec(
        "format", short: "f", value: "format", values: .words([("text", ""), ("json", "")]),
        help: "Output format: 'text' (default) or 'json'."),
      OptionSpec("strict", help: "Treat warnings as errors for the exit status."),
      OptionSpec(
        "changed",
        help:
          "Only the files changed against git's HEAD and untracked ones (all when amigo.yaml changed)."
      ),
      .today, .dir, DisplayLanguage.option,
    ])

  static func run(_ arguments: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let options = try CommonOptions(arguments, env, command: spec)
    let format = try options.format(
      [.text, .json], default: .text, hint: Hint.oneOf(["'text'", "'json'"]))
    let result = try load(arguments, options)
    env.keepUntilExit(result)

    let diagnostics = result.diagnostics
    let counts = ProblemCounts(diagnostics)
    let fileCount =
      result.files.count + result.activities.count + (result.configChecked ? 1 : 0)

    if format == .json {
      env.stdout.write(DiagnosticJSON.render(diagnostics, files: fileCount))
    } else {
      let renderer = DiagnosticRenderer(
        color: env.useColor(on: env.stdout), language: env.language().code)
      let sources = result.sourcesOfFilesWithDiagnostics()
      var out = ""
      for d in diagnostics {
        out += renderer.render(d, source: d.file.flatMap { sources[$0] })
      }
      out += counts.summary(files: fileCount, env.language()) + "\n"
      env.stdout.write(out)
      // A fresh clone without `amigo git-setup`: said here, once, where the check is made
      // (not in JSON, which is for machines, and not for single files).
      if arguments.positionals.isEmpty, let workspace = try? options.workspace(),
        workspace.mergeDriverMissing(env.git(workspace.root))
      {
        env.stderr.write(env.language().text(.ccNoMergeDriverNote) + "\n")
      }
    }
    if counts.errors > 0 || (arguments.flag("strict") && counts.warnings > 0) { return .failure }
    return .success
  }

  /// Loads what the arguments name: the workspace, or the given paths.
  static func load(
    _ arguments: ParsedArguments, _ options: CommonOptions, changed: Bool? = nil
  ) throws -> LoadResult {
    let env = options.env
    let today = options.today
    if changed ?? arguments.flag("changed") {
      guard arguments.positionals.isEmpty else {
        throw UsageError.invalidValue(
          arguments.positionals[0], for: "--changed", command: spec.name,
          hint: Hint(.hintChangedNoPaths))
      }
      return try ValidateChanged.load(arguments, options)
    }
    var result = LoadResult()
    // Files named as they are (`Environment.relative`): the JSON output carries the name a
    // script can open, and the text renderer shows its control characters as symbols.
    let display: @Sendable (String) -> String = { [env] in env.relative($0) }
    if arguments.positionals.isEmpty {
      let workspace = try options.workspace()
      (result.config, result.configDocument, result.configDiagnostics) = Loader.loadConfig(
        workspace, display: display)
      result.configChecked = true
      if let mode = workspace.openToOthers() {
        result.configDiagnostics.append(
          SchemaDiagnostics.workspaceReadable(mode: mode).inFile(display(workspace.configPath)))
      }
      // Agreements are checked against the activity files, the activity files against the
      // consent of the children they name (a workspace without them loads as before).
      // (Without activity files, an agreement refers to none that exists.)
      (result.files, result.activities) = Loader.loadWithActivities(
        workspace, config: result.config, today: today,
        activityPaths: workspace.activityPaths(), display: display)
      // Files that look like records but are not read (`M-….yml`).
      result.configDiagnostics += Loader.ignoredFiles(workspace, display: display)
      return result
    }
    var paths: [String] = []
    // Workspace folders whose config was named, in the order given.
    var configFiles: [String] = []
    for path in try options.files() {
      if PathText.name(of: path) == Workspace.configName {
        let root = PathText.folder(of: path)
        if !configFiles.contains(root) { configFiles.append(root) }
      } else {
        paths.append(path)
      }
    }
    // The config: of the workspace the files are in (the first one found).
    let anchor =
      configFiles.first ?? paths.first.map(PathText.folder(of:))
      ?? env.currentDirectory
    if let ws = Workspace.find(from: anchor) {
      let (config, document, diagnostics) = Loader.loadConfig(ws, display: display)
      result.config = config
      result.configDocument = document
      if configFiles.contains(ws.root) {
        result.configDiagnostics = diagnostics
        result.configChecked = true
      }
    }
    var isActivity = ActivityFolders()
    let activityPaths = paths.filter { isActivity($0) }
    let trajectoryPaths = paths.filter { !isActivity($0) }
    // Checked against the workspace the files lie in: agreements against its activity files,
    // activity files against its trajectories.
    let workspace = Workspace.find(from: anchor)
    if let workspace {
      (result.files, result.activities) = Loader.loadWithActivities(
        workspace, config: result.config, today: today, trajectoryPaths: trajectoryPaths,
        activityPaths: activityPaths, display: display)
    } else {
      result.files = Loader.loadTrajectories(
        trajectoryPaths, config: result.config, today: today, detail: .diagnosticsOnly,
        display: display)
      if !activityPaths.isEmpty {
        result.activities = Loader.loadActivities(
          activityPaths, config: result.config, index: nil, today: today, display: display)
      }
    }
    return result
  }

  /// Whether a file lies in a workspace's `activities/` folder, answered once per folder (a
  /// folder named on the command line holds thousands of files).
  struct ActivityFolders {
    private var known: [String: Bool] = [:]

    mutating func callAsFunction(_ path: String) -> Bool {
      let folder = PathText.folder(of: path)
      if let answer = known[folder] { return answer }
      let answer =
        PathText.name(of: folder) == Workspace.activitiesFolder
        && FileSystem.exists(PathText.folder(of: folder) + "/" + Workspace.configName)
      known[folder] = answer
      return answer
    }
  }
}

/// What a list of diagnostics adds up to, for the one-line summary under them.
struct ProblemCounts {
  var errors = 0
  var warnings = 0
  /// Files with at least one problem.
  var files = 0
  /// Files whose problems were cut off at the per-file cap (`too-many-problems`).
  var capped = 0

  init(_ diagnostics: [Diagnostic]) {
    var files = Set<String>()
    var capped = Set<String>()
    for d in diagnostics {
      switch d.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      default: break
      }
      if let file = d.file {
        files.insert(file)
        if d.code == SchemaDiagnostics.tooManyProblemsCode { capped.insert(file) }
      }
    }
    self.files = files.count
    self.capped = capped.count
  }

  /// `amigo: 2 errors and 1 warning in 2 of 16 files` or `amigo: 16 files checked, no problems`
  /// (in `language`); when a file's problems were cut off, says that there are more than the
  /// ones counted.
  func summary(files checked: Int, _ language: Language = .en) -> String {
    func count(_ n: Int, _ one: Message, _ many: Message) -> String {
      language.text(n == 1 ? one : many, String(n))
    }
    let checkedFiles = count(checked, .valFile, .valFiles)
    if errors == 0 && warnings == 0 { return language.text(.valNoProblems, checkedFiles) }
    var parts: [String] = []
    if errors > 0 { parts.append(count(errors, .valError, .valErrors)) }
    if warnings > 0 { parts.append(count(warnings, .valWarning, .valWarnings)) }
    let problems = parts.count == 2 ? language.text(.valAnd, parts[0], parts[1]) : parts[0]
    // Dutch says "in 1 van de 15 bestanden", but "in 1 van 1 bestand".
    var line = language.text(
      checked == 1 ? .valProblemsInOne : .valProblems, problems, String(files), checkedFiles)
    if capped > 0 { line += language.text(.valMoreNotShown, count(capped, .valFile, .valFiles)) }
    return line
  }
}
