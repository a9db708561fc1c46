import AmigoYAML

/// The catalogue of diagnostics the schema and validation rules report. Each code is declared
/// once, here; `schema/diagnostics.md` is generated from the reproducers in
/// `Tests/Fixtures/errors/`.
public enum SchemaDiagnostics {
  /// Every code this module can report.
  public static let codes: [String] = [
    // Structure and types.
    "empty-file", "wrong-type", "missing-field", "unknown-field", "invalid-value", "invalid-date",
    "invalid-year-month", "invalid-number", "out-of-range", "invalid-id", "wrong-schema",
    "single-line-text", "empty-item", "too-many-problems", "control-character-in-value",
    "typed-plain-scalar",
    // Workspace.
    "id-mismatch", "duplicate-id", "unknown-programme", "unknown-school", "unknown-worker",
    "no-programmes", "holiday-dates", "range-order", "worker-ended", "workspace-readable",
    // Rules across fields.
    "duplicate-goal", "unknown-goal", "consent-before-referral", "start-before-consent",
    "session-before-start", "session-after-closure", "closure-before-start",
    "session-before-consent", "consent-wrong-party", "consent-scope-missing",
    "consent-withdrawn-before-given", "closed-without-closure", "goal-without-result",
    "closure-while-open", "missing-start", "contact-before-referral", "possible-duplicate",
    "date-in-future", "consent-exception-age", "pause-dates", "undated-pause", "family-id-shape",
    "contact-in-pause",
    // Information sharing and the meldcode.
    "sharing-without-consent", "sharing-basis-mismatch", "sharing-vital-interest",
    "meldcode-steps-missing", "meldcode-outcome",
    // Programme fidelity (warnings).
    "below-session-norm", "past-maximum-weeks", "missing-required-contact", "age-outside-band",
    "goal-without-baseline", "completed-below-minimum-weeks",
    // Programme profile.
    "kind-not-in-programme", "referrer-not-in-programme", "field-not-recorded",
    // Privacy (warnings; errors when amigo.yaml sets privacy: {strict: true}).
    "possible-citizen-number", "possible-email", "possible-phone-number", "possible-postcode",
    "possible-full-name", "id-shape",
    // Spreadsheet safety.
    "formula-label",
    // Outcome measures.
    "unknown-instrument", "informant-without-form", "unknown-scale", "score-out-of-range",
    "total-mismatch", "measure-outside-age", "measure-order", "duplicate-measure",
    "measure-without-consent", "measure-without-scores", "band-order",
    // Activities.
    "field-not-for-type", "unknown-trajectory", "child-named-twice", "not-a-participant",
    "activity-without-consent", "unknown-activity", "agreement-not-named", "agreement-date",
    "meeting-twice",
    // After the trajectory.
    "follow-up-after-period", "follow-up-before-closure", "rating-after-closure",
    "measure-after-closure", "referral-made-date", "referral-made-to", "destination-twice",
    "closure-without-destination", "destination-conflict", "unknown-previous", "previous-erased",
    "previous-is-self",
    // School changes with a date.
    "school-history-order", "school-history-before-referral", "school-history-current",
  ]

  // MARK: Structure and types

  /// The code of the note that says a file's problems were cut off.
  public static let tooManyProblemsCode = "too-many-problems"

  /// After `Diagnostic.maximumPerFile` problems in one file, the rest are left out.
  static func tooManyProblems(_ r: SourceRange?) -> Diagnostic {
    Diagnostic(
      severity: .note, code: tooManyProblemsCode,
      message: "only the first \(Diagnostic.maximumPerFile) problems of this file are shown",
      range: r, help: "fix these and run 'amigo validate' again to see the rest")
  }

  /// A plain scalar that typed YAML readers (PyYAML, ruamel.yaml) read differently from amigo.
  static func typedPlainScalar(
    _ r: SourceRange, _ value: String, reading: TypedReading.Schema, fixed: String
  ) -> Diagnostic {
    let message: String
    switch reading {
    case .integer, .decimal:
      message =
        "'\(Diagnostic.quoted(value))' starts with a zero: amigo reads \(fixed), YAML 1.1 tools such as PyYAML read an octal number"
    case .string, .other:
      message =
        "'\(Diagnostic.quoted(value))' is text here, but YAML tools that type values (PyYAML, ruamel.yaml) read it as a number, boolean, null or date"
    }
    return Diagnostic(
      code: "typed-plain-scalar", message: message, range: r,
      help: "run 'amigo fmt' to write it as \(fixed), which every YAML tool reads alike")
  }

  static func emptyFile(_ what: String) -> Diagnostic {
    Diagnostic(
      code: "empty-file", message: "the file is empty; expected a \(what)",
      range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)),
      help: "start from the worked example in schema/README.md, or use 'amigo new-child'")
  }

  static func wrongType(_ r: SourceRange, expected: String, found: YAMLNode) -> Diagnostic {
    let what: String
    if case .scalar(let s) = found, s.isEmptyValue {
      what = "nothing"
    } else {
      what = found.kindDescription
    }
    return Diagnostic(
      code: "wrong-type", message: "expected \(expected), found \(what)", range: r,
      help: "see schema/fields.md for the shape of this field")
  }

  static func missingField(
    _ r: SourceRange, _ field: Field, in spec: ObjectSpec, empty: Bool
  ) -> Diagnostic {
    Diagnostic(
      code: "missing-field",
      message: empty
        ? "'\(field.name)' has no value"
        : "\(spec.name) is missing the required field '\(field.name)'",
      range: r, help: "add '\(field.name):' (\(field.type.summary)): \(plain(field.doc))")
  }

  static func unknownField(
    _ r: SourceRange, _ name: String, in spec: ObjectSpec, suggestion: String?
  ) -> Diagnostic {
    Diagnostic(
      code: "unknown-field", message: "unknown field '\(Diagnostic.quoted(name))' in \(spec.name)",
      range: r,
      help: suggestion.map { "did you mean '\($0)'?" }
        ?? "the fields of \(spec.name) are: " + spec.fields.map(\.name).joined(separator: ", "))
  }

  static func invalidValue(
    _ r: SourceRange, _ value: String, choices: String, name: String, suggestion: String?
  ) -> Diagnostic {
    Diagnostic(
      code: "invalid-value", message: "'\(Diagnostic.quoted(value))' is not a valid \(name)",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "valid values: \(choices)")
  }

  static func invalidDate(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-date", message: "'\(Diagnostic.quoted(value))' is not a valid date", range: r,
      help: "write dates as YYYY-MM-DD, for example 2026-09-14, and check the day exists")
  }

  static func invalidYearMonth(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-year-month", message: "'\(Diagnostic.quoted(value))' is not a year and month",
      range: r,
      help: "write YYYY-MM, for example 2016-03; never a full date of birth")
  }

  static func invalidNumber(_ r: SourceRange, _ value: String, whole: Bool) -> Diagnostic {
    Diagnostic(
      code: "invalid-number",
      message: "'\(Diagnostic.quoted(value))' is not a \(whole ? "whole number" : "number")",
      range: r,
      help: whole
        ? "write digits only, for example 20" : "write a number with a point, for example 4.5")
  }

  static func outOfRange(
    _ r: SourceRange, _ value: String, _ type: FieldType, step: Bool = false
  ) -> Diagnostic {
    Diagnostic(
      code: "out-of-range",
      message: step ? "\(value) is not a whole step of the scale" : "\(value) is out of range",
      range: r,
      help: "expected a \(type.summary)")
  }

  /// Doc text for a help line: lower-case start, no Markdown backticks, no final period.
  static func plain(_ doc: String) -> String {
    var s = String(doc.filter { $0 != "`" })
    if s.hasSuffix(".") { s.removeLast() }
    guard let first = s.first else { return s }
    let second = s.dropFirst().first
    // Keep capitals of names and abbreviations ("JGZ", "Amigo").
    if second.map({ $0.isLowercase }) ?? true { s = first.lowercased() + s.dropFirst() }
    return s
  }

  static func invalidIdentifier(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-id", message: "'\(Diagnostic.quoted(value))' is not a valid id", range: r,
      help:
        "ids use letters, digits, '-', '_' and '.', start with a letter or digit, and never contain a name"
    )
  }

  static func wrongSchema(_ r: SourceRange, found: String, expected: String) -> Diagnostic {
    Diagnostic(
      code: "wrong-schema", message: "unknown schema '\(Diagnostic.quoted(found))'", range: r,
      help: "this version of amigo reads '\(expected)'")
  }

  static func singleLine(_ r: SourceRange, _ field: String) -> Diagnostic {
    Diagnostic(
      code: "single-line-text", message: "'\(field)' must be a single line", range: r,
      help: "remove the line breaks")
  }

  /// A control character in a value, written as an escape (`"\e"`, `"\u001B"`).
  static func controlCharacterInValue(
    _ r: SourceRange, field: String, _ scalar: Unicode.Scalar
  ) -> Diagnostic {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return Diagnostic(
      code: "control-character-in-value",
      message: "\(field) holds the control character U+\(code)", range: r,
      help:
        "remove it with 'amigo edit' (in the file it is an escape such as \\e or \\u\(code) inside double quotes); a terminal that prints it would change colour or move the cursor"
    )
  }

  static func emptyItem(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "empty-item", message: "empty list item", range: r,
      help: "remove the '-' or give it a value")
  }

  // MARK: Workspace

  public static func idMismatch(_ r: SourceRange, id: String, fileName: String) -> Diagnostic {
    Diagnostic(
      code: "id-mismatch",
      message: "id '\(Diagnostic.quoted(id))' does not match the file name '\(fileName)'",
      range: r,
      help: "rename the file to \(Diagnostic.quoted(id)).yaml, or correct the id")
  }

  public static func duplicateID(_ r: SourceRange, id: String, other: String) -> Diagnostic {
    Diagnostic(
      code: "duplicate-id", message: "id '\(Diagnostic.quoted(id))' is also used by \(other)",
      range: r,
      help: "every trajectory needs its own id; give one of them a new id and file name")
  }

  public static func unknownReference(
    _ r: SourceRange, kind: String, value: String, known: [String]
  ) -> Diagnostic {
    let suggestion = Suggestions.nearest(value, in: known)
    return Diagnostic(
      code: "unknown-\(kind)",
      message: "\(kind) '\(Diagnostic.quoted(value))' is not declared in amigo.yaml",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "")
        + (known.isEmpty
          ? "declare it under '\(kind)s' in amigo.yaml"
          : "declared: " + known.joined(separator: ", ")))
  }

  static func noProgrammes(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "no-programmes", message: "no programmes are declared", range: r,
      help: "declare at least one programme")
  }

  static func holidayDates(_ r: SourceRange, from: LocalDate, to: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "holiday-dates", message: "holiday ends (\(to)) before it starts (\(from))", range: r,
      help: "'from' is the first day and 'to' the last day of the holiday")
  }

  static func rangeOrder(_ r: SourceRange, min: Int, max: Int) -> Diagnostic {
    Diagnostic(
      code: "range-order", message: "min \(min) is greater than max \(max)", range: r,
      help: "swap the two values")
  }

  // MARK: Rules across fields

  static func duplicateGoal(_ r: SourceRange, _ id: String, firstLine: Int) -> Diagnostic {
    Diagnostic(
      code: "duplicate-goal",
      message: "goal id '\(Diagnostic.quoted(id))' is used twice (first on line \(firstLine))",
      range: r,
      help: "give each goal its own id")
  }

  static func unknownGoal(_ r: SourceRange, _ id: String, known: [String]) -> Diagnostic {
    Diagnostic(
      code: "unknown-goal",
      message: "session refers to goal '\(Diagnostic.quoted(id))', which is not defined",
      range: r,
      help: known.isEmpty
        ? "define the goal under 'goals' first"
        : "goals defined in this file: " + known.joined(separator: ", "))
  }

  static func dateOrder(
    _ code: String, _ r: SourceRange, _ message: String, help: String
  ) -> Diagnostic {
    Diagnostic(code: code, message: message, range: r, help: help)
  }

  static func closedWithoutClosure(_ r: SourceRange, missing: [String]) -> Diagnostic {
    Diagnostic(
      code: "closed-without-closure",
      message: "a closed trajectory needs a closure with " + listJoined(missing),
      range: r,
      help: "add them with 'amigo close', or set the status back")
  }

  static func goalWithoutResult(_ r: SourceRange, _ id: String) -> Diagnostic {
    Diagnostic(
      code: "goal-without-result",
      message: "goal '\(Diagnostic.quoted(id))' has no result, but the trajectory is closed",
      range: r,
      help: "add 'result:' (achieved, partly, not-achieved or dropped) to the goal")
  }

  static func closureWhileOpen(_ r: SourceRange, status: String) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "closure-while-open",
      message: "the trajectory has a closure but its status is '\(status)'", range: r,
      help: "set 'status: closed', or remove the closure")
  }

  static func missingStart(_ r: SourceRange, status: String) -> Diagnostic {
    Diagnostic(
      code: "missing-start", message: "a trajectory with status '\(status)' needs 'plan.start'",
      range: r,
      help: "add the start date under 'plan'")
  }

  /// A fact that can only be recorded once it happened, dated after today.
  static func dateInFuture(
    _ r: SourceRange, what: String, date: LocalDate, today: LocalDate, help: String
  ) -> Diagnostic {
    Diagnostic(
      code: "date-in-future", message: "\(what) is dated \(date), after today (\(today))",
      range: r, help: help)
  }

  /// A session that repeats an earlier one in date, kind, minutes, status and participants.
  static func possibleDuplicate(_ r: SourceRange, date: LocalDate, firstLine: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "possible-duplicate",
      message:
        "this session on \(date) repeats the one on line \(firstLine) (same kind, minutes, status and participants)",
      range: r,
      help:
        "if it was logged twice, remove one with 'amigo edit'; two real sessions of this kind on one day can stay as they are"
    )
  }

  // MARK: Fidelity (warnings)

  /// The weeks below the norm of child talks, in one warning: `1 of 2 child talks held in
  /// 2026-W46`, or `fewer than 2 child talks held in 3 weeks: 2026-W40 (1), W42 (0), W43 (1)`.
  static func belowSessionNorm(
    _ r: SourceRange, weeks: [(week: ISOWeek, held: Int)], norm: Int,
    kind: SessionKind = .childTalk
  ) -> Diagnostic {
    let message: String
    let kinds = kind.pluralEn
    if weeks.count == 1, let only = weeks.first {
      message = "\(only.held) of \(norm) \(kinds) held in \(only.week)"
    } else {
      var previousYear: Int?
      let list = weeks.map { w -> String in
        defer { previousYear = w.week.year }
        let name =
          previousYear == w.week.year
          ? "W" + (w.week.week < 10 ? "0" : "") + String(w.week.week) : w.week.description
        return "\(name) (\(w.held))"
      }
      message =
        "fewer than \(norm) \(kinds) held in \(weeks.count) weeks: "
        + list.joined(separator: ", ")
    }
    return Diagnostic(
      severity: .warning, code: "below-session-norm", message: message, range: r,
      help:
        "the programme asks for \(norm) \(kinds) in every school week outside holidays; a week the school was closed (a session with status school-closed) does not count"
    )
  }

  static func pastMaximumWeeks(
    _ r: SourceRange, weeks: Int, maximum: Int, closed: Bool
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "past-maximum-weeks",
      message: closed
        ? "the trajectory ran \(weeks) weeks, past the programme's maximum of \(maximum)"
        : "the trajectory is in week \(weeks), past the programme's maximum of \(maximum)",
      range: r,
      help: closed
        ? "record in the closure summary why it took longer"
        : "close the trajectory or record why it continues")
  }

  static func missingRequiredContact(_ r: SourceRange, missing: [String]) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "missing-required-contact",
      message: "completed, but no " + listJoined(missing, "or") + " was held", range: r,
      help: "the programme requires these contacts before a completed closure")
  }

  static func completedBelowMinimumWeeks(
    _ r: SourceRange, weeks: Int, minimum: Int
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "completed-below-minimum-weeks",
      message:
        "closed as completed in week \(weeks), before the programme's minimum of \(minimum) weeks",
      range: r,
      help:
        "check the closure date; if the trajectory ended early, choose the reason that says why (for example ended-by-agreement)"
    )
  }

  static func kindNotInProgramme(
    _ r: SourceRange, kind: SessionKind, programme: Programme
  )
    -> Diagnostic
  {
    let uses = (programme.sessionKinds ?? []).map(\.rawValue).joined(separator: ", ")
    return Diagnostic(
      severity: .warning, code: "kind-not-in-programme",
      message: "a \(kind.policy.value.en) is not one of the session kinds of \(programme.label)",
      range: r,
      help:
        "the programme's session_kinds in amigo.yaml are: \(uses); check the kind, or add it to the profile if the programme uses it"
    )
  }

  static func referrerNotInProgramme(
    _ r: SourceRange, by: String, programme: Programme
  )
    -> Diagnostic
  {
    Diagnostic(
      severity: .warning, code: "referrer-not-in-programme",
      message:
        "referred by '\(Diagnostic.quoted(by))', but \(programme.label) takes children referred by "
        + listJoined(programme.referrers.map { Schemas.referrer[$0]?.en ?? $0 }, "or"),
      range: r,
      help: "check the referrer, or change referred_by of the programme in amigo.yaml")
  }

  static func fieldNotRecorded(
    _ r: SourceRange, field: String, programme: Programme
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "field-not-recorded",
      message: "\(programme.label) does not record '\(field)'",
      range: r,
      help:
        "remove '\(field)' from this file: amigo.yaml lists it under not_recorded of the programme, so it must not be kept"
    )
  }

  static func ageOutsideBand(_ r: SourceRange, age: Int, band: ClosedRange<Int>) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "age-outside-band",
      message:
        "the child is \(age) at the start, outside the programme's \(band.lowerBound)-\(band.upperBound)",
      range: r, help: "check the birth month, or record why the child is in this programme")
  }

  static func goalWithoutBaseline(_ r: SourceRange, _ id: String) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "goal-without-baseline",
      message: "goal '\(Diagnostic.quoted(id))' has no rating three weeks after the start",
      range: r,
      help: "add a baseline score with 'amigo goal rate'")
  }

  // MARK: Privacy (warnings; errors with privacy.strict)

  static func privacy(
    _ code: String, _ r: SourceRange, what: String, strict: Bool = false
  )
    -> Diagnostic
  {
    Diagnostic(
      severity: strict ? .error : .warning, code: code,
      message: "this text looks like it contains \(what)", range: r,
      help:
        "trajectory files must not hold identifying details; keep them in the organisation's own systems"
    )
  }

  /// A child's label that reads like a first and last name.
  static func possibleFullName(_ r: SourceRange, _ label: String, strict: Bool) -> Diagnostic {
    Diagnostic(
      severity: strict ? .error : .warning, code: "possible-full-name",
      message: "the label '\(Diagnostic.quoted(label))' looks like a full name", range: r,
      help:
        "use a first name and an initial, like 'Sam B.'; the name itself stays in the school's own systems"
    )
  }

  /// A trajectory id not of the generated shape: it may hold a name, kept in git history.
  static func idShape(_ r: SourceRange, _ id: String, prefix: String) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "id-shape",
      message: "the id '\(Diagnostic.quoted(id))' does not have the shape of a generated id",
      range: r,
      help:
        "ids of new children look like \(prefix)-2026-7KQ4, so that no name ends up in a file name and in git history; if this id holds a name, ask the workspace's maintainer to rename the file and its id"
    )
  }

  /// A child's label that a spreadsheet would read as a formula.
  static func formulaLabel(_ r: SourceRange, _ label: String) -> Diagnostic {
    let first = label.unicodeScalars.first.map { c -> String in
      c == "\t" ? "a tab" : c == "\r" ? "a carriage return" : "'\(c)'"
    }
    return Diagnostic(
      code: "formula-label",
      message:
        "the label '\(Diagnostic.quoted(label))' starts with \(first ?? "a formula character"), which a spreadsheet reads as a formula",
      range: r,
      help:
        "start the label with a letter, like 'Sam B.'; labels go into CSV reports, where '=', '+', '-', '@', a tab or a carriage return at the start makes a cell a formula"
    )
  }

  /// `a`, `a and b`, `a, b and c`.
  /// `a`, `a and b`, `a, b and c` (or another conjunction).
  public static func listJoined(_ items: [String], _ conjunction: String = "and") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }
}
