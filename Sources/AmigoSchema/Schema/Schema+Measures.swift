/// Outcome measures (`measures:` in a trajectory) and the instruments they use
/// (`instruments:` in `amigo.yaml`). Only scale scores are stored: never item texts or answers.
extension Schemas {
  // MARK: - Enumerations

  public static let informant = EnumSpec(
    "informant",
    [
      EnumValue("parent", en: "parent", nl: "ouder", aliases: ["ouder", "ouders"]),
      EnumValue("teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht"]),
      EnumValue(
        "self", en: "self-report", nl: "zelfrapportage", aliases: ["kind", "zelf", "child"]),
    ])

  public static let timepoint = EnumSpec(
    "timepoint",
    [
      EnumValue(
        "pre", en: "pre", nl: "voormeting", aliases: ["voormeting", "voor"],
        doc: "before or at the start of the support"),
      EnumValue(
        "post", en: "post", nl: "nameting", aliases: ["nameting", "na"],
        doc: "at or after the end of the support"),
      EnumValue(
        "follow-up", en: "follow-up", nl: "follow-up", aliases: ["followup", "nazorg"],
        doc:
          "after the closure, within the programme's `follow_up_months` and with consent for `follow-up`"
      ),
    ])

  public static let scaleDirection = EnumSpec(
    "scale direction",
    [
      EnumValue(
        "lower-is-better", en: "lower is better", nl: "lager is beter",
        doc: "difficulties: a fall is an improvement"),
      EnumValue(
        "higher-is-better", en: "higher is better", nl: "hoger is beter",
        doc: "strengths: a rise is an improvement"),
    ])

  // MARK: - Trajectory

  public static let measure = ObjectSpec(
    "measure",
    doc:
      "One completed questionnaire: its scale scores only, never item texts or answers (amigo measure).",
    [
      Field("date", .date, required: true, "The day the form was filled in.") {
        (m: inout Measure, v) in
        (m.date, m.dateSpan) = (v.date, v.span)
      } encode: { m, e in
        e.scalar(m.date)
      },
      Field(
        "instrument", .reference("instrument"), required: true,
        "Instrument id from `instruments` in `amigo.yaml` (`sdq`)."
      ) { (m: inout Measure, v) in
        (m.instrument, m.instrumentSpan) = (v.text, v.span)
      } encode: { m, e in
        e.scalar(m.instrument)
      },
      Field("informant", .enumeration(informant), required: true, "Who filled in the form.") {
        (m: inout Measure, v) in
        (m.informant, m.informantSpan) = (v.value(), v.span)
      } encode: { m, e in
        e.value(m.informant)
      },
      Field(
        "timepoint", .enumeration(timepoint), required: true,
        "When in the trajectory: a `post` compares with the `pre` of the same instrument and informant."
      ) { (m: inout Measure, v) in
        (m.timepoint, m.timepointSpan) = (v.value(), v.span)
      } encode: { m, e in
        e.value(m.timepoint)
      },
      Field(
        "scores", .numbers, required: true,
        "Scale scores by scale id from the instrument (`{emotional: 4, conduct: 2}`); a total left out is the sum of its scales."
      ) { (m: inout Measure, v) in
        m.scores = v.numbers.map { ScaleScore(scale: $0.key, value: $0.value, span: $0.span) }
        // The position of an empty mapping (`{}`) too, for `measure-without-scores`.
        m.scoresSpan = v.isMapping ? v.span : .none
      } encode: { m, e in
        e.numbers(m.scores.map { ($0.scale, $0.value) })
      },
    ])

  // MARK: - Config

  public static let scaleNorms = ObjectSpec(
    "scale norms",
    doc: "A scale on one informant's form: its valid range, norms and bands.",
    [
      Field(
        "min", .number(min: -1000, max: 1000, step: 0), required: true, "Lowest valid score."
      ) { (n: inout ScaleNorms, v) in n.min = v.number },
      Field(
        "max", .number(min: -1000, max: 1000, step: 0), required: true, "Highest valid score."
      ) { (n: inout ScaleNorms, v) in n.max = v.number },
      Field(
        "sd", .number(min: 0.01, max: 1000, step: 0),
        "Standard deviation in the norm group (for the reliable change index)."
      ) { (n: inout ScaleNorms, v) in n.sd = v.number },
      Field(
        "reliability", .number(min: 0, max: 0.99, step: 0),
        "Reliability r of the scale, 0-0.99 (for the reliable change index)."
      ) { (n: inout ScaleNorms, v) in n.reliability = v.number },
      Field(
        "borderline", .number(min: -1000, max: 1000, step: 0),
        "First score of the borderline band, counting from the normal end (lower-is-better: this score and up to `abnormal`; higher-is-better: this score and down to `abnormal`), from the instrument's `norms` source; between `min` and `max`."
      ) { (n: inout ScaleNorms, v) in n.borderline = v.number },
      Field(
        "abnormal", .number(min: -1000, max: 1000, step: 0),
        "First score of the abnormal band, counting from the normal end (lower-is-better: this score and up; higher-is-better: this score and down); between `min` and `max`."
      ) { (n: inout ScaleNorms, v) in n.abnormal = v.number },
    ])

  public static let instrumentScale = ObjectSpec(
    "instrument scale",
    doc: "A scale of an instrument, with its norms per informant's form.",
    [
      Field("label", .label, required: true, "The scale's name in reports.") {
        (s: inout InstrumentScale, v) in s.label = v.text
      },
      Field(
        "direction", .enumeration(scaleDirection), required: true,
        "Whether lower or higher is better."
      ) { (s: inout InstrumentScale, v) in s.direction = v.value() },
      Field(
        "sum_of", .list(.reference("scale")),
        "The scales whose scores add up to this one (a total)."
      ) { (s: inout InstrumentScale, v) in s.sumOf = v.strings },
      Field("parent", .object(scaleNorms), "On the parent form.") {
        (s: inout InstrumentScale, v) in s.norms[.parent] = v.object()
      },
      Field("teacher", .object(scaleNorms), "On the teacher form.") {
        (s: inout InstrumentScale, v) in s.norms[.teacher] = v.object()
      },
      Field("self", .object(scaleNorms), "On the self-report form.") {
        (s: inout InstrumentScale, v) in s.norms[.selfReport] = v.object()
      },
    ])

  public static let instrumentForms = ObjectSpec(
    "instrument forms", doc: "The informants who have a form, with the ages (years) it is for.",
    [
      Field("parent", .object(range), "Ages of the parent form.") {
        (f: inout InstrumentForms, v) in f.ages[.parent] = (v.object() as RangeValue?)?.range
      },
      Field("teacher", .object(range), "Ages of the teacher form.") {
        (f: inout InstrumentForms, v) in f.ages[.teacher] = (v.object() as RangeValue?)?.range
      },
      Field("self", .object(range), "Ages of the self-report form.") {
        (f: inout InstrumentForms, v) in
        f.ages[.selfReport] = (v.object() as RangeValue?)?.range
      },
    ])

  public static let normsSource = ObjectSpec(
    "norms source", doc: "Where an instrument's bands, SDs and reliabilities come from.",
    [
      Field("source", .label, required: true, "The publication or website, named.") {
        (i: inout Instrument, v) in i.normsSource = v.string
      },
      Field(
        "country", .label, required: true,
        "The country of the norm group (`UK`); reports show it with every band."
      ) { (i: inout Instrument, v) in i.normsCountry = v.string },
    ])

  public static let instrument = ObjectSpec(
    "instrument",
    doc:
      "A questionnaire whose scale scores are recorded as measures (`amigo init` ships the SDQ).",
    [
      Field("label", .label, required: true, "The instrument's name.") {
        (i: inout Instrument, v) in i.label = v.text
      },
      Field("norms", .object(normsSource), "Source and country of the norms and bands.") {
        (i: inout Instrument, v) in _ = v.object(into: &i)
      },
      Field(
        "forms", .object(instrumentForms), required: true,
        "The informants who fill it in, with the ages each form is for."
      ) { (i: inout Instrument, v) in i.forms = v.object() ?? InstrumentForms() },
      Field("scales", .dictionary(instrumentScale), required: true, "Scales by id.") {
        (i: inout Instrument, v) in i.scales = v.entries { InstrumentScale(id: $0) }
      },
    ])
}

extension Measure: SchemaModel {}
extension ScaleNorms: SchemaModel {}
extension InstrumentForms: SchemaModel {}
extension Instrument: SchemaModel {
  public init() { self.init(id: "") }
}
extension InstrumentScale: SchemaModel {
  public init() { self.init(id: "") }
}
extension Informant: SchemaEnum { public static let ordered = allCases }
extension Timepoint: SchemaEnum { public static let ordered = allCases }
extension ScaleDirection: SchemaEnum { public static let ordered = allCases }
