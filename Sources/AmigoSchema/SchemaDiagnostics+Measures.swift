import AmigoYAML

/// The diagnostics of outcome measures (`measures:` and `instruments:`).
extension SchemaDiagnostics {
  /// `sdq parent form (pre, 2026-09-10)`, `sdq ouderversie (pre, 2026-09-10)`: a measure
  /// named in messages, the form in the message's language.
  static func measureName(_ m: Measure) -> Bilingual {
    let tail = " (\(m.timepoint?.rawValue ?? "?"), \(m.date.map { "\($0)" } ?? "?"))"
    let form = m.informant.map(formName)
    return Bilingual(
      "\(m.instrument) \(form?.en ?? "form")" + tail,
      "\(m.instrument) \(form?.nl ?? "vorm")" + tail)
  }

  /// `parent form`, `ouderversie`; `self-report`, `zelfrapportage`.
  static func formName(_ informant: Informant) -> Bilingual {
    informant == .selfReport
      ? Bilingual("self-report", "zelfrapportage")
      : Bilingual(
        "\(informant.rawValue) form",
        (Schemas.informant.values.first { $0.value == informant.rawValue }?.nl
          ?? informant.rawValue) + "versie")
  }

  static func measureWithoutScores(_ r: SourceRange, _ m: Measure) -> Diagnostic {
    let name = measureName(m)
    return Diagnostic(
      code: "measure-without-scores",
      message: Bilingual("\(name.en) has no scores", "\(name.nl) heeft geen scores"), range: r,
      help: Bilingual(
        "write the scale scores, e.g. 'scores: {emotional: 3, conduct: 2}', or remove the measure",
        "schrijf de schaalscores, bijv. 'scores: {emotional: 3, conduct: 2}', of haal de meting weg"
      ))
  }

  static func informantWithoutForm(
    _ r: SourceRange, _ m: Measure, _ instrument: Instrument
  ) -> Diagnostic {
    let forms = instrument.informants.map { "'\($0.rawValue)'" }
    let informant = m.informant?.rawValue ?? ""
    return Diagnostic(
      code: "informant-without-form",
      message: Bilingual(
        "instrument '\(instrument.id)' has no form for informant '\(informant)'",
        "instrument '\(instrument.id)' heeft geen vorm voor informant '\(informant)'"),
      range: r,
      help: forms.isEmpty
        ? Bilingual(
          "declare the forms under 'instruments: \(instrument.id): forms' in amigo.yaml",
          "neem de vormen op onder 'instruments: \(instrument.id): forms' in amigo.yaml")
        : Bilingual(
          "its forms are for \(SchemaDiagnostics.listJoined(forms, "or")); correct the informant, or declare the form in amigo.yaml",
          "de vormen zijn voor \(SchemaDiagnostics.listJoined(forms, "of")); verbeter de informant, of neem de vorm op in amigo.yaml"
        ))
  }

  static func unknownScale(
    _ r: SourceRange, scale: String, _ m: Measure, known: [String]
  ) -> Diagnostic {
    let suggestion = Suggestions.nearest(scale, in: known)
    let name = measureName(m)
    let q = Diagnostic.quoted(scale)
    return Diagnostic(
      code: "unknown-scale",
      message: Bilingual("\(name.en) has no scale '\(q)'", "\(name.nl) heeft geen schaal '\(q)'"),
      range: r,
      help: didYouMean(suggestion)
        + (known.isEmpty
          ? Bilingual("declare the scale in amigo.yaml", "neem de schaal op in amigo.yaml")
          : Bilingual(
            "its scales: " + known.joined(separator: ", "),
            "de schalen: " + known.joined(separator: ", "))))
  }

  static func unknownSumScale(
    _ r: SourceRange, scale: String, total: String, known: [String]
  )
    -> Diagnostic
  {
    let suggestion = Suggestions.nearest(scale, in: known)
    let q = Diagnostic.quoted(scale)
    return Diagnostic(
      code: "unknown-scale",
      message: Bilingual(
        "scale '\(total)' is the sum of '\(q)', which the instrument does not declare",
        "schaal '\(total)' is de som van '\(q)', dat het instrument niet kent"),
      range: r,
      help: didYouMean(suggestion)
        + Bilingual(
          "its scales: " + known.joined(separator: ", "),
          "de schalen: " + known.joined(separator: ", ")))
  }

  static func scoreOutOfRange(
    _ r: SourceRange, scale: InstrumentScale, value: Double, range: ClosedRange<Double>,
    _ m: Measure
  ) -> Diagnostic {
    let name = measureName(m)
    let v = formatNumber(value)
    let bounds = "\(formatNumber(range.lowerBound))-\(formatNumber(range.upperBound))"
    return Diagnostic(
      code: "score-out-of-range",
      message: Bilingual(
        "\(name.en): \(scale.id) is \(v), outside its range \(bounds)",
        "\(name.nl): \(scale.id) is \(v), buiten het bereik \(bounds)"),
      range: r,
      help: Bilingual(
        "check the score on the form; only scale scores are recorded, never the answers to the items",
        "controleer de score op het formulier; alleen schaalscores worden vastgelegd, nooit de antwoorden op de vragen"
      ))
  }

  static func totalMismatch(
    _ r: SourceRange, scale: InstrumentScale, total: Double, sum: Double, _ m: Measure
  ) -> Diagnostic {
    let name = measureName(m)
    let parts = scale.sumOf.joined(separator: " + ")
    return Diagnostic(
      code: "total-mismatch",
      message: Bilingual(
        "\(name.en): \(scale.id) is \(formatNumber(total)), but \(parts) add up to \(formatNumber(sum))",
        "\(name.nl): \(scale.id) is \(formatNumber(total)), maar \(parts) is samen \(formatNumber(sum))"
      ),
      range: r,
      help: Bilingual(
        "check the scores on the form; or leave '\(scale.id)' out and amigo adds up the scales",
        "controleer de scores op het formulier; of laat '\(scale.id)' weg, dan telt amigo de schalen op"
      ))
  }

  static func measureOutsideAge(
    _ r: SourceRange, _ m: Measure, age: ConsentLaw.Age, ages: ClosedRange<Int>
  ) -> Diagnostic {
    let name = measureName(m)
    let band = "\(ages.lowerBound)-\(ages.upperBound)"
    return Diagnostic(
      code: "measure-outside-age",
      message: Bilingual(
        "\(name.en): the child is \(age.description), and this form is for ages \(band)",
        "\(name.nl): het kind is \(age.descriptionNL), en deze vorm is voor \(band) jaar"),
      range: r,
      help: Bilingual(
        "use the form for the child's age (the SDQ self-report is for ages 11-17), or check the date and 'child.born'",
        "gebruik de vorm voor de leeftijd van het kind (de SDQ-zelfrapportage is voor 11-17 jaar), of controleer de datum en 'child.born'"
      ))
  }

  static func measureOrder(_ r: SourceRange, _ m: Measure, earlier: Measure) -> Diagnostic {
    let name = measureName(m)
    let point = earlier.timepoint?.rawValue ?? ""
    let date = earlier.date.map { "\($0)" } ?? "?"
    return Diagnostic(
      code: "measure-order",
      message: Bilingual(
        "\(name.en) is dated before the \(point) measure it follows (\(date))",
        "\(name.nl) heeft een datum voor de \(point)-meting waar ze op volgt (\(date))"),
      range: r,
      help: Bilingual(
        "pre comes before post, and post before follow-up: check the dates and timepoints",
        "pre komt voor post, en post voor follow-up: controleer de datums en meetmomenten"))
  }

  static func duplicateMeasure(_ r: SourceRange, _ m: Measure, firstLine: Int) -> Diagnostic {
    let name = measureName(m)
    let point = m.timepoint?.rawValue ?? ""
    return Diagnostic(
      code: "duplicate-measure",
      message: Bilingual(
        "\(name.en): there is already a \(point) measure of this instrument and informant (line \(firstLine))",
        "\(name.nl): er is al een \(point)-meting van dit instrument en deze informant (regel \(firstLine))"
      ),
      range: r,
      help: Bilingual(
        "a change is measured from one pre to one post per informant: remove one, or correct its timepoint",
        "een verandering wordt gemeten van één pre tot één post per informant: haal er een weg, of verbeter het meetmoment"
      ))
  }

  static func measureWithoutConsent(
    _ r: SourceRange, _ m: Measure, inForce: ConsentLaw.InForce?, id: String
  ) -> Diagnostic {
    let covers = inForce?.orderedScopes.map { "'\($0)'" }.joined(separator: ", ") ?? ""
    let date = m.date.map { "\($0)" } ?? "DATE"
    let name = measureName(m)
    let none = inForce == nil || inForce!.isEmpty
    return Diagnostic(
      code: "measure-without-consent",
      message: Bilingual(
        "\(name.en) needs consent for 'questionnaires'; "
          + (none
            ? "no consent is in force then"
            : "the consent in force covers \(covers.isEmpty ? "nothing" : covers)"),
        "\(name.nl) heeft toestemming nodig voor 'questionnaires'; "
          + (none
            ? "er geldt dan geen toestemming"
            : "de geldende toestemming dekt \(covers.isEmpty ? "niets" : covers)")),
      range: r,
      help: Bilingual(
        "record consent that covers it: amigo consent \(id) --given-by … --scope questionnaires --date \(date), or check the date",
        "leg toestemming vast die het dekt: amigo consent \(id) --given-by … --scope questionnaires --date \(date), of controleer de datum"
      ))
  }

  /// A band's cut-off (`borderline`, `abnormal`) outside the form's `min`-`max`.
  static func cutOffOutOfRange(
    _ r: SourceRange, scale: String, form: Informant, band: String, cutOff: Double, min: Double,
    max: Double
  ) -> Diagnostic {
    let (c, lo, hi) = (formatNumber(cutOff), formatNumber(min), formatNumber(max))
    let above = cutOff > max
    let name = formName(form)
    return Diagnostic(
      code: "cut-off-out-of-range",
      message: Bilingual(
        "the \(band) cut-off \(c) of scale '\(scale)' on the \(name.en) lies \(above ? "above its max \(hi)" : "below its min \(lo)"), outside the range \(lo)-\(hi)",
        "het afkappunt \(band) \(c) van schaal '\(scale)' op de \(name.nl) ligt \(above ? "boven de max \(hi)" : "onder de min \(lo)"), buiten het bereik \(lo)-\(hi)"
      ),
      range: r,
      help: Bilingual(
        "a cut-off is the first score of its band, a score on the form from min to max; check it, and min and max, against the instrument's norms source",
        "een afkappunt is de eerste score van zijn band, een score op het formulier van min tot max; controleer het, en min en max, met de normbron van het instrument"
      ))
  }

  static func bandOrder(
    _ r: SourceRange, scale: String, direction: ScaleDirection, borderline: Double,
    abnormal: Double
  ) -> Diagnostic {
    let lower = direction == .lowerIsBetter
    let (a, b) = (formatNumber(abnormal), formatNumber(borderline))
    return Diagnostic(
      code: "band-order",
      message: Bilingual(
        "scale '\(scale)' is \(direction.rawValue), so its abnormal band (from \(a)) must start \(lower ? "at or above" : "at or below") the borderline band (from \(b))",
        "schaal '\(scale)' is \(direction.rawValue), dus de afwijkende band (vanaf \(a)) moet \(lower ? "op of boven" : "op of onder") de grensband beginnen (vanaf \(b))"
      ),
      range: r,
      help: Bilingual(
        "'borderline' and 'abnormal' are the first scores of those bands, counting from the normal end; check them against the instrument's norms source",
        "'borderline' en 'abnormal' zijn de eerste scores van die banden, geteld vanaf de normale kant; controleer ze met de normbron van het instrument"
      ))
  }
}
