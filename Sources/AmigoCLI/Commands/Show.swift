import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo show CHILD`: one child's trajectory on one screen, without free text unless asked.
/// The screen is a report document (`ChildSummary` in AmigoReports); this reads the files and
/// prints it.
enum ShowCommand: Command {
  static let spec = CommandSpec(
    name: "show",
    abstract: "Show a summary of one child's trajectory.",
    discussion: """
      Shows who and where (programme, school, worker), the status and the week of the trajectory
      as of today, the dates from referral to closure, the goals with the latest score of each
      rater, the sessions held and not held per kind with their minutes, and the last sessions.
      Free text (the request for help, goal texts, session notes, the closure summary) is left
      out unless you ask for it with --notes: it is sensitive and may be on screen for others.
      --format markdown, csv (the facts), json (typed, schema/report.schema.json) or html gives
      the same content for other programs.
      """,
    examples: [
      "amigo show AOS-2026-K7Q4", "amigo show 'Sam B.' --lang en", "amigo show K7Q4 --notes",
      "amigo show K7Q4 --format json",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "notes",
        help:
          "Also show free text: the request, goal texts, session notes, the summary and the family's statements."
      ),
      OptionSpec(
        "sessions", value: "count", help: "How many of the last sessions to list (default: 5)."),
      ReportOutput.formatOption, ReportOutput.csvDelimiterOption, ReportOutput.noBOMOption, .lang,
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let language = context.options.language(context.config)
    let format = try ReportOutput.format(args, command: spec.name)
    let csv = try ReportOutput.csv(args, format: format, command: spec.name)
    let count = try sessionCount(args)
    let path = try context.resolve(args.positionals[0])
    let file = Loader.loadTrajectories(
      [path], config: context.config, today: context.today, display: { [env] in env.display($0) }
    )[0]
    let errors = file.diagnostics.filter { $0.severity == .error }
    guard let trajectory = file.trajectory else {
      throw DiagnosticsError(
        message: env.language().text(.ccNotATrajectory, file.displayPath),
        diagnostics: errors, source: file.document.source, status: .dataError)
    }
    var summary = ChildSummary(
      trajectory, config: context.config, today: context.today, notes: args.flag("notes"),
      sessionCount: count)
    if let family = trajectory.family, !family.isEmpty {
      // From the workspace index: only the files it cannot vouch for are read.
      let all = Loader.loadTrajectories(
        indexed: context.workspace, version: Amigo.version, config: context.config,
        today: context.today, detail: .facts, leaveUnread: { _ in true },
        display: { [env] in env.display($0) }
      ).summaries
      summary.siblings = all.filter { $0.key != path && $0.value.family == family }
        .map { (id: Workspace.id(ofFile: $0.key), label: $0.value.label) }
        .sorted { $0.id < $1.id }
    }
    ReportOutput.print(summary.document(language), as: format, env, csv: csv)
    if !errors.isEmpty {
      let warning =
        errors.count == 1
        ? language.text(.cdShowHasError, file.displayPath)
        : language.text(.cdShowHasErrors, file.displayPath, String(errors.count))
      env.stderr.write(language.text(.ccWarningLine, warning) + "\n")
    }
    return .success
  }

  /// `--sessions <count>`: 0 to 1000, default 5.
  static func sessionCount(_ args: ParsedArguments) throws -> Int {
    guard let text = args.value("sessions") else { return 5 }
    guard let n = Int(text), (0...1000).contains(n) else {
      throw UsageError.invalidValue(
        text, for: "--sessions <count>", command: spec.name,
        hint: Hint(.hintWholeNumber, "0", "1000"))
    }
    return n
  }
}
