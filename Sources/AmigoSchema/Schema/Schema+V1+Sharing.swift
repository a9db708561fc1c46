/// The sharing log and the meldcode steps of a trajectory (`amigo.trajectory/1`): declared once
/// here, listed among the trajectory's fields in `Schemas.trajectory`.
extension Schemas {
  public static let sharingDirection = EnumSpec(
    "sharing direction",
    [
      EnumValue(
        "given", en: "given", nl: "gegeven", aliases: ["gegeven", "gedeeld"],
        doc: "information given to the other side: needs a basis that fits them"),
      EnumValue(
        "received", en: "received", nl: "ontvangen", aliases: ["ontvangen"],
        doc: "information received: needs no basis"),
    ])

  /// Who information was shared with. The consent scope each needs is in `ConsentLaw.sharingScope`.
  public static let sharingParty = EnumSpec(
    "sharing party",
    [
      EnumValue("teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht"]),
      careCoordinator,
      EnumValue(
        "school", en: "school", nl: "school",
        doc: "the school as such (the director, the care team)"),
      shelter,
      youthHealth,
      socialTeam,
      youthCare,
      EnumValue(
        "safety-services", en: "Veilig Thuis", nl: "Veilig Thuis", aliases: ["veilig-thuis", "vt"],
        doc: "the advice and reporting centre for domestic violence and child abuse"),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  public static let sharingTopic = EnumSpec(
    "sharing topic",
    [
      EnumValue(
        "involvement", en: "involvement of the service", nl: "betrokkenheid",
        aliases: ["betrokkenheid"], doc: "that the service is involved (\"wij zijn betrokken\")"),
      EnumValue(
        "attendance", en: "attendance", nl: "aanwezigheid", aliases: ["aanwezigheid", "verzuim"]),
      EnumValue("progress", en: "progress", nl: "voortgang", aliases: ["voortgang"]),
      EnumValue("concerns", en: "concerns", nl: "zorgen", aliases: ["zorgen"]),
      EnumValue(
        "behaviour", en: "behaviour changes", nl: "gedragsverandering",
        aliases: ["gedrag", "gedragsverandering"]),
      EnumValue(
        "home-situation", en: "home situation", nl: "thuissituatie", aliases: ["thuissituatie"]),
      EnumValue("safety", en: "safety", nl: "veiligheid", aliases: ["veiligheid"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  /// What information is given on (`ConsentLaw.sharingVerdict`).
  public static let sharingBasis = EnumSpec(
    "sharing basis",
    [
      EnumValue(
        "consent", en: "consent", nl: "toestemming", aliases: ["toestemming"],
        doc: "the consent in force covers the recipient (the default)"),
      EnumValue(
        "meldcode", en: "meldcode (reporting code)", nl: "meldcode",
        doc: "towards Veilig Thuis only, an anonymous consultation included"),
      EnumValue(
        "vital-interest", en: "vital interest (conflict of duties)",
        nl: "vitaal belang (conflict van plichten)",
        aliases: ["vitaal-belang", "conflict-van-plichten"],
        doc: "towards anyone, always with a warning"),
    ])

  public static let meldcodeStepKind = EnumSpec(
    "meldcode step kind",
    [
      EnumValue(
        "signals-mapped", en: "signals mapped", nl: "signalen in kaart gebracht",
        aliases: ["signalen"], doc: "step 1"),
      EnumValue(
        "colleague-consulted", en: "colleague consulted", nl: "collegiale consultatie",
        aliases: ["collega", "collegiale-consultatie"], doc: "step 2"),
      EnumValue(
        "safety-services-consulted", en: "Veilig Thuis consulted", nl: "Veilig Thuis geraadpleegd",
        aliases: ["veilig-thuis-geraadpleegd", "vt-geraadpleegd"],
        doc: "step 2, an anonymous consultation included"),
      EnumValue(
        "talk", en: "talk with the parents or child", nl: "gesprek met ouders of kind",
        aliases: ["gesprek"], doc: "step 3"),
      EnumValue(
        "risk-weighed", en: "risk weighed", nl: "risico gewogen", aliases: ["wegen", "gewogen"],
        doc: "step 4"),
      EnumValue(
        "decision", en: "decision", nl: "besluit", aliases: ["besluit", "beslissen"],
        doc: "step 5: records its outcome"),
    ])

  public static let meldcodeOutcome = EnumSpec(
    "meldcode outcome",
    [
      EnumValue(
        "report", en: "report to Veilig Thuis", nl: "melden", aliases: ["melden", "melding"]),
      EnumValue(
        "help", en: "help organised", nl: "hulp organiseren", aliases: ["hulp"]),
      EnumValue(
        "report-and-help", en: "report and help", nl: "melden en hulp",
        aliases: ["melden-en-hulp", "beide", "both"]),
    ])

  public static let sharing = ObjectSpec(
    "sharing",
    doc:
      "Information given to or received from someone around the child: categories, never the content.",
    [
      Field("date", .date, required: true, "The day it was shared.") {
        (s: inout Sharing, v) in
        (s.date, s.dateSpan) = (v.date, v.span)
      } encode: { s, e in
        e.scalar(s.date)
      },
      Field(
        "direction", .enumeration(sharingDirection), required: true,
        "Given (needs a basis that fits the recipient) or received (needs none)."
      ) { (s: inout Sharing, v) in
        s.direction = v.string
      } encode: { s, e in
        e.scalar(s.direction)
      },
      Field(
        "with", .list(.enumeration(sharingParty)), required: true,
        "Who it was shared with, or received from."
      ) { (s: inout Sharing, v) in
        (s.with, s.withSpan) = (v.strings, v.span)
      } encode: { s, e in
        e.list(s.with)
      },
      Field(
        "what", .list(.enumeration(sharingTopic)), required: true,
        "The categories of what was shared; never the content."
      ) { (s: inout Sharing, v) in
        s.what = v.strings
      } encode: { s, e in
        e.list(s.what)
      },
      Field(
        "basis", .enumeration(sharingBasis),
        "What information given rests on (default `consent`: the consent in force covers the recipient)."
      ) { (s: inout Sharing, v) in
        (s.basis, s.basisSpan) = (v.string, v.span)
      } encode: { s, e in
        e.scalar(s.basis)
      },
      Field(
        "note", .text(multiline: false), "A short note at most; never the content.",
        detail: .freeText
      ) { (s: inout Sharing, v) in
        (s.note, s.noteSpan) = (v.string, v.span)
      } encode: { s, e in
        e.scalar(s.note)
      },
    ])

  public static let meldcodeStep = ObjectSpec(
    "meldcode step",
    doc:
      "One dated step of the reporting code for domestic violence and child abuse: categories and dates, never content.",
    [
      Field("date", .date, required: true, "The day of the step.") {
        (m: inout MeldcodeStep, v) in
        (m.date, m.dateSpan) = (v.date, v.span)
      } encode: { m, e in
        e.scalar(m.date)
      },
      Field("step", .enumeration(meldcodeStepKind), required: true, "Which step.") {
        (m: inout MeldcodeStep, v) in
        (m.step, m.stepSpan) = (v.string, v.span)
      } encode: { m, e in
        e.scalar(m.step)
      },
      Field(
        "outcome", .enumeration(meldcodeOutcome),
        "The decision: report, help, or both (on a `decision` step only, and there required)."
      ) { (m: inout MeldcodeStep, v) in
        (m.outcome, m.outcomeSpan) = (v.string, v.span)
      } encode: { m, e in
        e.scalar(m.outcome)
      },
    ])
}

extension Sharing: SchemaModel {}
extension MeldcodeStep: SchemaModel {}
