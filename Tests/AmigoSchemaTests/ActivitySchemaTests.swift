import AmigoSchema
import AmigoYAML
import Testing

/// The activity record kind (`amigo.activity/1`): declared once, decoded and encoded through
/// the same fields, checked against the trajectories it names.
@Suite struct ActivitySchemaTests {
  static let group = """
    schema: amigo.activity/1
    id: G-2026-5RD2
    type: group
    programme: p
    school: s
    workers: [w]
    name: Sterk in je schoenen
    theme: anxiety
    participants: [T-2026-7KQ4, T-2026-3HX9]
    meetings:
      - date: 2026-10-07
        minutes: 90
        present: [T-2026-7KQ4]
        excused: [T-2026-3HX9]
      - date: 2026-10-14
        minutes: 90
        present: [T-2026-7KQ4, T-2026-3HX9]

    """

  static func trajectory(_ id: String, consent: String) -> Trajectory {
    var t = Trajectory()
    t.id = id
    var c = Consent()
    c.date = LocalDate(consent)
    c.givenBy = ["parents"]
    c.scope = ["support"]
    t.consent = [c]
    t.child.born = YearMonth("2016-05")
    return t
  }

  @Test func decodesAndEncodesThroughTheSameFields() throws {
    let document = YAMLDocument(parsing: Self.group)
    let (activity, diagnostics) = ActivityValidator.validate(
      document, fileName: "G-2026-5RD2", config: nil, index: nil, today: nil)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let a = try #require(activity)
    #expect(a.type == .group)
    #expect(a.participants == ["T-2026-7KQ4", "T-2026-3HX9"])
    #expect(a.meetings.count == 2)
    #expect(a.meetings[0].attendance.map(\.attendance) == [.present, .excused])
    #expect(a.minutes() == 180)
    #expect(a.minutes(from: LocalDate("2026-10-10")) == 90)
    #expect(try SchemaEncoder.document(a, Schemas.activity) == Self.group)
  }

  /// A group's theme is a concern: built-in or declared by the workspace, nothing else (the
  /// schema lets any identifier through in an open list; the config decides).
  @Test func theThemeIsABuiltInOrDeclaredConcern() throws {
    let odd = Self.group.replacingOccurrences(of: "theme: anxiety", with: "theme: knitting")
    let (_, problems) = ActivityValidator.validate(
      YAMLDocument(parsing: odd), fileName: "G-2026-5RD2", config: nil, index: nil, today: nil)
    #expect(problems.map(\.code) == ["invalid-value"])
    #expect(problems.first?.range?.start.line == 8)
    var config = Config()
    config.vocabularies["concerns"] = [EnumValue("knitting", en: "knitting", nl: "breien")]
    let (_, none) = ActivityValidator.validate(
      YAMLDocument(parsing: odd), fileName: "G-2026-5RD2", config: config, index: nil,
      today: nil)
    #expect(!none.contains { $0.code == "invalid-value" }, "\(none)")
  }

  @Test func consentIsJudgedOnEachMeetingDate() {
    let index = TrajectoryIndex(
      ids: ["T-2026-7KQ4", "T-2026-3HX9"],
      trajectories: [
        Self.trajectory("T-2026-7KQ4", consent: "2026-09-01"),
        Self.trajectory("T-2026-3HX9", consent: "2026-10-10"),
      ])
    let (_, diagnostics) = ActivityValidator.validate(
      YAMLDocument(parsing: Self.group), fileName: "G-2026-5RD2", config: nil, index: index,
      today: nil)
    // Excused on 2026-10-07 (before its consent) is no contact; present on 2026-10-14 is.
    #expect(diagnostics.map(\.code) == [])
    let early = Self.group.replacingOccurrences(
      of: "present: [T-2026-7KQ4]\n    excused: [T-2026-3HX9]",
      with: "present: [T-2026-7KQ4, T-2026-3HX9]")
    let (_, problems) = ActivityValidator.validate(
      YAMLDocument(parsing: early), fileName: "G-2026-5RD2", config: nil, index: index,
      today: nil)
    #expect(problems.map(\.code) == ["activity-without-consent"])
    #expect(problems.first?.range?.start.line == 13)
  }

  @Test func aMeetingOfChildrenOrParentsReachesThem() {
    var a = Activity()
    a.type = .meeting
    a.with = ["care-coordinator", "youth-health"]
    #expect(!a.reachesChildren)
    a.with.append("mother")
    #expect(a.reachesChildren)
  }

  @Test func everyTypeDeclaresOnlyFieldsOfTheSchema() {
    for type in ActivityType.allCases {
      for name in ActivityType.commonFields + type.policy.fields + type.policy.required {
        #expect(Schemas.activity.field(name) != nil, "\(type): \(name)")
      }
    }
    // Every field of the schema belongs to every activity or to some type.
    for field in Schemas.activity.fields {
      let owned =
        ActivityType.commonFields.contains(field.name)
        || ActivityType.allCases.contains { $0.policy.fields.contains(field.name) }
      #expect(owned, "\(field.name)")
    }
  }
}
