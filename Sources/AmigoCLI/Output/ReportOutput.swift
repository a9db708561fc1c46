import AmigoReports

/// `--format` for the commands whose output is a report document (`show`, `list`): parsed
/// once, and the document printed by the one set of renderers (`ReportRenderer`), text with
/// colour on a terminal and kept to its width.
enum ReportOutput {
  static let formatOption = OptionSpec(
    "format", short: "f", value: "format",
    values: .words(ReportFormat.allCases.map { ($0.rawValue, "") }),
    help: "text (default), markdown, csv, json or html.")

  /// `--csv-delimiter` and `--no-bom`, as `report` has them: a Dutch spreadsheet reads `;`,
  /// with decimal commas and a byte order mark that tells Excel the text is UTF-8.
  static let csvDelimiterOption = OptionSpec(
    "csv-delimiter", value: "char", values: .words(delimiters.prefix(4).map { ($0.0, "") }),
    help: "The CSV field delimiter (default ',').")
  static let noBOMOption = OptionSpec(
    "no-bom",
    help: "CSV with ';': leave out the UTF-8 byte order mark that tells Excel the encoding.")

  /// The delimiters `--csv-delimiter` takes: the first four are the ones help shows.
  static let delimiters: [(String, Character)] = [
    (",", ","), (";", ";"), ("tab", "\t"), ("|", "|"), ("\\t", "\t"), ("\t", "\t"),
  ]

  /// `--csv-delimiter` (`,` when not given) and whether a `;` file starts with a byte order
  /// mark (`--no-bom`). Both are for CSV: with another `format` they are a usage error, never
  /// silently ignored (qa-walk p6).
  static func csv(
    _ arguments: ParsedArguments, format: ReportFormat, command: String
  ) throws -> (
    delimiter: Character, bom: Bool
  ) {
    if format != .csv,
      let option = ["csv-delimiter", "no-bom"].first(where: {
        arguments.value($0) != nil || arguments.flag($0)
      })
    {
      throw UsageError.conflictingOptions(
        "--" + option, "--format " + format.rawValue, command: command)
    }
    var delimiter: Character = ","
    if let d = arguments.value("csv-delimiter") {
      guard let c = delimiters.first(where: { $0.0 == d })?.1 else {
        throw UsageError.invalidValue(
          d, for: csvDelimiterOption.synopsis, command: command, hint: Hint(.cbDelimiter))
      }
      delimiter = c
    }
    return (delimiter, !arguments.flag("no-bom"))
  }

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

  /// `document` on standard output in `format` (CSV with `csv`'s delimiter and mark).
  static func print(
    _ document: ReportDocument, as format: ReportFormat, _ env: Environment,
    csv: (delimiter: Character, bom: Bool) = (",", true)
  ) {
    if format == .html {
      env.stdout.write(ReportRenderer.html(document, lang: document.language))
      return
    }
    env.stdout.write(
      ReportRenderer.render(
        document, as: format, color: format == .text && env.useColor(on: env.stdout),
        csvDelimiter: csv.delimiter, bom: csv.bom, width: env.stdout.lineWidth,
        keep: { env.keepUntilExit($0) }))
    // Freed by the process's exit, not value by value.
    env.keepUntilExit(document)
  }
}
