import AmigoYAML

/// The diagnostics of outcome measures (`measures:` and `instruments:`).
extension SchemaDiagnostics {
  /// `sdq parent form (pre, 2026-09-10)`: a measure named in messages.
  static func measureName(_ m: Measure) -> String {
    let form = m.informant.map { $0 == .selfReport ? "self-report" : "\($0.rawValue) form" }
    return "\(m.instrument) \(form ?? "form")"
      + " (\(m.timepoint?.rawValue ?? "?"), \(m.date.map { "\($0)" } ?? "?"))"
  }

  static func measureWithoutScores(_ r: SourceRange, _ m: Measure) -> Diagnostic {
    Diagnostic(
      code: "measure-without-scores", message: "\(measureName(m)) has no scores", range: r,
      help:
        "write the scale scores, e.g. 'scores: {emotional: 3, conduct: 2}', or remove the measure")
  }

  static func informantWithoutForm(
    _ r: SourceRange, _ m: Measure, _ instrument: Instrument
  ) -> Diagnostic {
    let forms = instrument.informants.map { "'\($0.rawValue)'" }
    return Diagnostic(
      code: "informant-without-form",
      message:
        "instrument '\(instrument.id)' has no form for informant '\(m.informant?.rawValue ?? "")'",
      range: r,
      help: forms.isEmpty
        ? "declare the forms under 'instruments: \(instrument.id): forms' in amigo.yaml"
        : "its forms are for \(SchemaDiagnostics.listJoined(forms, "or")); correct the informant, or declare the form in amigo.yaml"
    )
  }

  static func unknownScale(
    _ r: SourceRange, scale: String, _ m: Measure, known: [String]
  ) -> Diagnostic {
    let suggestion = Suggestions.nearest(scale, in: known)
    return Diagnostic(
      code: "unknown-scale",
      message: "\(measureName(m)) has no scale '\(Diagnostic.quoted(scale))'",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "")
        + (known.isEmpty
          ? "declare the scale in amigo.yaml"
          : "its scales: " + known.joined(separator: ", ")))
  }

  static func unknownSumScale(
    _ r: SourceRange, scale: String, total: String, known: [String]
  )
    -> Diagnostic
  {
    let suggestion = Suggestions.nearest(scale, in: known)
    return Diagnostic(
      code: "unknown-scale",
      message:
        "scale '\(total)' is the sum of '\(Diagnostic.quoted(scale))', which the instrument does not declare",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "")
        + "its scales: " + known.joined(separator: ", "))
  }

  static func scoreOutOfRange(
    _ r: SourceRange, scale: InstrumentScale, value: Double, range: ClosedRange<Double>,
    _ m: Measure
  ) -> Diagnostic {
    Diagnostic(
      code: "score-out-of-range",
      message:
        "\(measureName(m)): \(scale.id) is \(formatNumber(value)), outside its range \(formatNumber(range.lowerBound))-\(formatNumber(range.upperBound))",
      range: r,
      help:
        "check the score on the form; only scale scores are recorded, never the answers to the items"
    )
  }

  static func totalMismatch(
    _ r: SourceRange, scale: InstrumentScale, total: Double, sum: Double, _ m: Measure
  ) -> Diagnostic {
    Diagnostic(
      code: "total-mismatch",
      message:
        "\(measureName(m)): \(scale.id) is \(formatNumber(total)), but \(scale.sumOf.joined(separator: " + ")) add up to \(formatNumber(sum))",
      range: r,
      help:
        "check the scores on the form; or leave '\(scale.id)' out and amigo adds up the scales")
  }

  static func measureOutsideAge(
    _ r: SourceRange, _ m: Measure, age: ConsentLaw.Age, ages: ClosedRange<Int>
  ) -> Diagnostic {
    Diagnostic(
      code: "measure-outside-age",
      message:
        "\(measureName(m)): the child is \(age.description), and this form is for ages \(ages.lowerBound)-\(ages.upperBound)",
      range: r,
      help:
        "use the form for the child's age (the SDQ self-report is for ages 11-17), or check the date and 'child.born'"
    )
  }

  static func measureOrder(_ r: SourceRange, _ m: Measure, earlier: Measure) -> Diagnostic {
    Diagnostic(
      code: "measure-order",
      message:
        "\(measureName(m)) is dated before the \(earlier.timepoint?.rawValue ?? "") measure it follows (\(earlier.date.map { "\($0)" } ?? "?"))",
      range: r,
      help: "pre comes before post, and post before follow-up: check the dates and timepoints")
  }

  static func duplicateMeasure(_ r: SourceRange, _ m: Measure, firstLine: Int) -> Diagnostic {
    Diagnostic(
      code: "duplicate-measure",
      message:
        "\(measureName(m)): there is already a \(m.timepoint?.rawValue ?? "") measure of this instrument and informant (line \(firstLine))",
      range: r,
      help:
        "a change is measured from one pre to one post per informant: remove one, or correct its timepoint"
    )
  }

  static func measureWithoutConsent(
    _ r: SourceRange, _ m: Measure, inForce: ConsentLaw.InForce?, id: String
  ) -> Diagnostic {
    let covers = inForce?.orderedScopes.map { "'\($0)'" }.joined(separator: ", ") ?? ""
    let date = m.date.map { "\($0)" } ?? "DATE"
    return Diagnostic(
      code: "measure-without-consent",
      message: "\(measureName(m)) needs consent for 'questionnaires'; "
        + (inForce == nil || inForce!.isEmpty
          ? "no consent is in force then"
          : "the consent in force covers \(covers.isEmpty ? "nothing" : covers)"),
      range: r,
      help:
        "record consent that covers it: amigo consent \(id) --given-by … --scope questionnaires --date \(date), or check the date"
    )
  }

  static func bandOrder(
    _ r: SourceRange, scale: String, direction: ScaleDirection, borderline: Double,
    abnormal: Double
  ) -> Diagnostic {
    let lower = direction == .lowerIsBetter
    return Diagnostic(
      code: "band-order",
      message:
        "scale '\(scale)' is \(direction.rawValue), so its abnormal band (from \(formatNumber(abnormal))) must start \(lower ? "at or above" : "at or below") the borderline band (from \(formatNumber(borderline)))",
      range: r,
      help:
        "'borderline' and 'abnormal' are the first scores of those bands, counting from the normal end; check them against the instrument's norms source"
    )
  }
}
