import AmigoYAML

/// The vocabularies and the entry of work without a child file (issue 21): who asked a light
/// contact, what came of it, a theme meeting's audience and the role of a teacher supported.
/// Their fields in `Schemas.activity`; which type has which, `ActivityType.policy`.
extension Schemas {
  public static let asker = EnumSpec(
    "asker",
    [
      EnumValue(
        "parent", en: "parent", nl: "ouder",
        aliases: ["ouder", "ouders", "parents", "moeder", "vader", "verzorger"]),
      EnumValue("child", en: "child", nl: "kind", aliases: ["kind", "leerling", "pupil"]),
      EnumValue(
        "teacher", en: "teacher", nl: "leerkracht",
        aliases: ["leerkracht", "juf", "meester", "docent", "ib"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders", "overig"]),
    ])

  public static let lightOutcome = EnumSpec(
    "light-contact outcome",
    [
      EnumValue("answered", en: "answered", nl: "beantwoord", aliases: ["beantwoord"]),
      EnumValue("advice", en: "advice given", nl: "advies gegeven", aliases: ["advies"]),
      EnumValue(
        "referred-on", en: "referred on", nl: "doorverwezen",
        aliases: ["doorverwezen", "verwezen", "doorverwijzing"]),
      EnumValue(
        "trajectory-started", en: "trajectory started", nl: "traject gestart",
        aliases: ["traject", "traject-gestart", "aangemeld"]),
    ])

  public static let audience = EnumSpec(
    "audience",
    [
      EnumValue("parents", en: "parents", nl: "ouders", aliases: ["ouders"]),
      EnumValue(
        "teachers", en: "teachers", nl: "leerkrachten",
        aliases: ["leerkrachten", "team", "schoolteam"]),
      EnumValue(
        "children", en: "children", nl: "kinderen", aliases: ["kinderen", "leerlingen", "klas"]),
    ])

  public static let teacherRole = EnumSpec(
    "teacher role",
    [
      EnumValue(
        "teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht", "juf", "meester"]),
      EnumValue(
        "care-coordinator", en: "care coordinator (IB)", nl: "intern begeleider", aliases: ["ib"]),
      EnumValue("director", en: "school director", nl: "directie", aliases: ["directie"]),
      EnumValue(
        "team", en: "school team", nl: "schoolteam", aliases: ["schoolteam", "team"]),
      EnumValue("other", en: "other staff", nl: "andere medewerker", aliases: ["anders"]),
    ])

  public static let lightContact = ObjectSpec(
    "light contact",
    doc:
      "One light contact: a question answered without a child file. Anonymous: who asked is a role, what about a theme; there is no free text.",
    [
      Field("date", .date, required: true, "The day of the contact.") {
        (c: inout LightContact, v) in
        (c.date, c.dateSpan) = (v.date, v.span)
      } encode: { c, e in
        e.scalar(c.date)
      },
      Field("who", .enumeration(asker), required: true, "Who asked: a role, never a name.") {
        (c: inout LightContact, v) in
        c.who = v.string
      } encode: { c, e in
        e.scalar(c.who)
      },
      Field("theme", .enumeration(domain), required: true, "What the question was about.") {
        (c: inout LightContact, v) in
        (c.theme, c.themeSpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.theme)
      },
      Field(
        "minutes", .integer(min: 0, max: 600), required: true, "Duration in minutes."
      ) { (c: inout LightContact, v) in
        c.minutes = v.int
      } encode: { c, e in
        e.scalar(c.minutes)
      },
      Field("outcome", .enumeration(lightOutcome), "What came of it.") {
        (c: inout LightContact, v) in
        c.outcome = v.string
      } encode: { c, e in
        e.scalar(c.outcome)
      },
    ])
}

extension LightContact: SchemaModel {}

extension FieldEncoder {
  /// A list of objects, one flow mapping on one line each (`- {date: …, who: …}`); nil when
  /// empty. One entry is one line: a diff shows each contact added or removed as a line.
  public func flowObjects<M>(_ items: [M]) -> YAMLContent? {
    guard !items.isEmpty, case .object(let spec) = element else { return nil }
    return .sequence(
      items.map { item in
        guard case .mapping(let entries, _) = SchemaEncoder.content(item, spec) else {
          return SchemaEncoder.content(item, spec)
        }
        return .mapping(entries, flow: true)
      })
  }
}
