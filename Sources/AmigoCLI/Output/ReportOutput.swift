import AmigoReports

/// `--format` for the commands whose output is a report document (`show`, `list`): parsed
/// once, and the document printed by the one set of renderers (`ReportRenderer`), text with
/// colour on a terminal and kept to its width.
enum ReportOutput {
  static let formatOption = OptionSpec(
    "format", short: "f", value: "format",
    values: .words(ReportFormat.allCases.map { ($0.rawValue, "") }),
    help: "text (default), markdown, csv, json or html.")

  /// `--format`, `text` when not given.
  static func format(_ arguments: ParsedArguments, command: String) throws -> ReportFormat {
    guard let text = arguments.value("format") else { return .text }
    guard let format = ReportFormat(rawValue: text) else {
      throw UsageError.invalidValue(
        text, for: formatOption.synopsis, command: command,
        hint: Hint.oneOf(ReportFormat.allCases.map { "'\($0.rawValue)'" }))
    }
    return format
  }

  /// `document` on standard output in `format`.
  static func print(_ document: ReportDocument, as format: ReportFormat, _ env: Environment) {
    if format == .html {
      env.stdout.write(ReportRenderer.html(document, lang: document.language))
      return
    }
    env.stdout.write(
      ReportRenderer.render(
        document, as: format, color: format == .text && env.useColor(on: env.stdout),
        width: env.stdout.lineWidth, keep: { env.keepUntilExit($0) }))
    // Freed by the process's exit, not value by value.
    env.keepUntilExit(document)
  }
}
