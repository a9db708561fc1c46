import AmigoReports
import AmigoSchema

/// `--period` of `report` and `export`: the range, or a usage error whose hint says what is
/// wrong with it.
enum PeriodInput {
  static func parse(_ text: String, command: String) throws -> DateRange {
    if let period = PeriodSpec.parse(text) { return period }
    throw UsageError.invalidValue(
      text, for: "--period <period>", command: command, hint: hint(text))
  }

  /// Why `text` is no period: a range that ends before it begins says so (qa-walk p15); any
  /// other text gets the forms amigo reads.
  static func hint(_ text: String) -> Hint {
    guard let (from, to) = PeriodSpec.reversed(text) else { return Hint(.hintPeriod) }
    return Hint(.hintPeriodReversed, from.description, to.description)
  }

  /// Warns that `period` begins after `today`: its figures say nothing yet (qa-walk p15).
  static func warnIfFuture(_ period: DateRange, today: LocalDate, _ env: Environment) {
    guard period.from > today else { return }
    let language = env.language()
    env.stderr.write(
      language.text(
        .ccWarningLine,
        language.text(.ccPeriodInFuture, period.name, period.from.description, today.description)
      ) + "\n")
  }
}
