import AmigoReports
import AmigoSchema

/// Dates as users type them: `2026-09-15`, `today`, `yesterday`, a weekday name (the most
/// recent one, today included), in English or Dutch (`vandaag`, `gisteren`, `maandag`).
enum DateInput {
  static let weekdays: [[String]] = [
    ["monday", "mon", "maandag", "ma"], ["tuesday", "tue", "dinsdag", "di"],
    ["wednesday", "wed", "woensdag", "wo"], ["thursday", "thu", "donderdag", "do"],
    ["friday", "fri", "vrijdag", "vr"], ["saturday", "sat", "zaterdag", "za"],
    ["sunday", "sun", "zondag", "zo"],
  ]

  static func parse(_ text: String, today: LocalDate) -> LocalDate? {
    if let date = LocalDate(text) { return date }
    let word = foldForMatching(text)
    switch word {
    case "today", "vandaag": return today
    case "yesterday", "gisteren": return today.adding(days: -1)
    case "eergisteren": return today.adding(days: -2)
    default: break
    }
    if let index = weekdays.firstIndex(where: { $0.contains(word) }) {
      let back = (today.weekday - (index + 1) + 7) % 7
      return today.adding(days: -back)
    }
    return nil
  }

  static let hint = Hint(.hintDate)

  /// The hint for `text`, which `parse` refused: says when the day does not exist
  /// (`2026-02-30`), suggests `2026-12-31` for `31-12-2026` (or `31/12/2026`), and
  /// `2026-02-03` for a day that exists written otherwise (`2026-2-3`, `2026/12/31`).
  static func hint(for text: String) -> Hint {
    let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
    let numbers = parts.map { Int($0) }
    guard parts.count == 3, numbers.allSatisfy({ $0 != nil }) else { return hint }
    let (a, b, c) = (numbers[0]!, numbers[1]!, numbers[2]!)
    func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    if parts[0].count == 4, (1...12).contains(b), (1...31).contains(c) {
      let days = LocalDate.daysIn(month: b, year: a)
      // The day exists: only the way it is written is not YYYY-MM-DD.
      if c <= days {
        guard let date = LocalDate("\(parts[0])-\(twoDigits(b))-\(twoDigits(c))") else {
          return hint
        }
        return Hint(.hintWrittenAs, date.description)
      }
      let en = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      let nl = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
      ]
      let given = [String(c), en[b - 1], String(a), String(days)]
      return Hint(
        .hintNoSuchDay, en: given, nl: [String(c), nl[b - 1], String(a), String(days)])
    }
    if parts[2].count == 4,
      let date = LocalDate("\(parts[2])-\(twoDigits(b))-\(twoDigits(a))")
    {
      return Hint(.hintYearFirst, date.description)
    }
    return hint
  }
}

/// Option values checked against the schema.
enum OptionValues {
  /// The date of `--name`, or `defaultValue`.
  static func date(
    _ args: ParsedArguments, _ name: String, today: LocalDate, command: String
  ) throws -> LocalDate? {
    guard let text = args.value(name) else { return nil }
    guard let date = DateInput.parse(text, today: today) else {
      throw UsageError.invalidValue(
        text, for: "--\(name) <date>", command: command, hint: DateInput.hint(for: text))
    }
    return date
  }

  /// An enumeration value in English or Dutch, returned as written in files.
  static func enumValue(
    _ text: String, _ spec: EnumSpec, option: String, command: String
  ) throws -> String {
    guard let value = spec.resolve(text) else {
      throw UsageError.invalidChoice(text, for: option, command: command, allowed: spec)
    }
    return value
  }

  /// The enumeration values of a repeatable option (also split at commas), in English or Dutch,
  /// each once, in the order given.
  static func enumValues(
    _ args: ParsedArguments, _ name: String, _ spec: EnumSpec, option: String, command: String
  ) throws -> [String] {
    var out: [String] = []
    for text in list(args, name) {
      let value = try enumValue(text, spec, option: option, command: command)
      if !out.contains(value) { out.append(value) }
    }
    return out
  }

  /// The first value given to an option of `spec` that declares a closed enumeration
  /// (`values: .values(…)`) and is none of its values, as the usage error its command would
  /// throw for it: a mistyped value is said, with its "did you mean", before a missing option
  /// or argument (`consent ID --scope schooloverleg` without `--given-by`), in every command.
  /// An open list (`.vocabulary`) may hold the workspace's own values and is left to the command.
  static func invalidChoice(_ args: ParsedArguments, spec: CommandSpec) -> UsageError? {
    for option in spec.options {
      guard case .values(let allowed)? = option.values else { continue }
      let texts = option.repeatable ? list(args, option.name) : args.values(option.name)
      for text in texts where allowed.resolve(text) == nil {
        return .invalidChoice(text, for: option.synopsis, command: spec.name, allowed: allowed)
      }
    }
    return nil
  }

  /// All values of a repeatable option, also split at commas.
  static func list(_ args: ParsedArguments, _ name: String) -> [String] {
    args.values(name).flatMap { $0.split(separator: ",").map { String($0).trimming(" \t") } }.filter
    {
      !$0.isEmpty
    }
  }

  static func integer(
    _ args: ParsedArguments, _ name: String, in range: ClosedRange<Int>, command: String
  ) throws -> Int? {
    guard let text = args.value(name) else { return nil }
    guard let n = Int(text), range.contains(n) else {
      throw UsageError.invalidValue(
        text, for: "--\(name) <\(name)>", command: command,
        hint: Hint(.hintWholeNumber, String(range.lowerBound), String(range.upperBound)))
    }
    return n
  }

  /// The minutes `--minutes` may give: what took place (a held session, a meeting, a contact)
  /// lasted at least a minute; only a session that was not held may have 0. At most 600, as
  /// the file format allows.
  static func minutesRange(held: Bool = true) -> ClosedRange<Int> { (held ? 1 : 0)...600 }

  /// `--minutes`, within `minutesRange(held:)`; nil when not given.
  static func minutes(_ args: ParsedArguments, held: Bool = true, command: String) throws -> Int? {
    try integer(args, "minutes", in: minutesRange(held: held), command: command)
  }
}

extension String {
  /// Trims the given characters from both ends (Foundation-free).
  func trimming(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
