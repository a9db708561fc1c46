import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo export --record CHILD [--format markdown|html] [--lang nl|en] [--output F]`: one
/// child's whole record for an access request (`RecordExport`, docs/access-and-statements.md).
enum RecordExportCommand {
  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = ExportCommand.spec.name
    for other in ["measurements", "outcomes", "salt", "skip-invalid", "period"] {
      if args.value(other) != nil || args.flag(other) {
        throw UsageError.conflictingOptions("--" + other, "--record", command: name)
      }
    }
    let options = try CommonOptions(args, env, command: ExportCommand.spec)
    let format = try options.format(
      [.markdown, .html], default: .markdown, hint: Hint(.caHintRecordFormat))
    let context = try WorkspaceContext(options)
    let lang = options.language(context.config)
    // Checked before the work: never over one of the workspace's own files.
    let output = try args.value("output").map {
      try OutputFile.resolve($0, env: env, workspace: context.workspace, command: name)
    }
    let path = try context.resolve(args.value("record") ?? "")
    let files = Loader.loadTrajectories(
      [path], config: context.config, today: context.today, warnings: false,
      display: { [env] in env.display($0) })
    guard let file = files.first, let trajectory = file.trajectory else {
      let file = files.first
      throw DiagnosticsError(
        message: env.language().text(.ccNoRecordUnreadable, env.display(path)),
        diagnostics: file?.diagnostics.filter { $0.severity == .error } ?? [],
        source: file?.document.source, status: .dataError)
    }
    // One activity in two files (a copy in a subfolder; `validate` names it) shown once.
    var seen = Set<String>()
    let activities = ReportCommand.loadActivities(
      context.workspace, config: context.config, today: context.today, env
    ).filter { seen.insert($0.id).inserted }
    let document = RecordExport(
      trajectory: trajectory, activities: activities, config: context.config,
      today: context.today
    ).document(lang)
    let text =
      format == .html
      ? ReportRenderer.html(document, lang: lang) : ReportRenderer.render(document, as: format)
    if let output { try output.write(text, env: env) } else { env.stdout.write(text) }
    if file.diagnostics.hasErrors {
      // The family has a right to the record as it is; the worker should still correct it.
      env.stderr.write(env.language().text(.cdRecordHasErrors, env.display(path)) + "\n")
    }
    return .success
  }
}
