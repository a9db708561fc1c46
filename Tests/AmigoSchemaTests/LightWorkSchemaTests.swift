import AmigoSchema
import AmigoYAML
import Testing

/// Work without a child file (issue 21): light contacts, theme meetings and teacher support are
/// activities that name no child, hold no free text in a contact, and are checked like the rest.
@Suite struct LightWorkSchemaTests {
  static let tally = """
    schema: amigo.activity/1
    id: L-2026-10-w
    type: light-contacts
    programme: p
    school: s
    workers: [w]
    contacts:
      - {date: 2026-10-05, who: parent, theme: parenting, minutes: 15, outcome: advice}
      - {date: 2026-10-06, who: child, theme: bullying, minutes: 20}

    """

  static let themeMeeting = """
    schema: amigo.activity/1
    id: T-2026-4HN2
    type: theme-meeting
    programme: p
    school: s
    workers: [w]
    theme: parenting
    date: 2026-10-01
    minutes: 90
    audience: parents
    attendance: 14

    """

  static func check(
    _ text: String, id: String, today: String? = nil
  ) -> (
    Activity?, [Diagnostic]
  ) {
    ActivityValidator.validate(
      YAMLDocument(parsing: text), fileName: id, config: nil, index: nil,
      today: today.flatMap(LocalDate.init))
  }

  @Test func aTallyDecodesAndEncodesThroughTheSameFields() throws {
    let (activity, diagnostics) = Self.check(Self.tally, id: "L-2026-10-w")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let a = try #require(activity)
    #expect(a.type == .lightContacts)
    #expect(a.contacts.map(\.who) == ["parent", "child"])
    #expect(a.contacts.map(\.outcome) == ["advice", nil])
    #expect(a.minutes() == 35)
    #expect(a.minutes(from: LocalDate("2026-10-06")) == 20)
    #expect(a.namedChildren.isEmpty)
    #expect(try SchemaEncoder.document(a, Schemas.activity) == Self.tally)
    #expect(ActivityType.lightContactsID(worker: "w", month: YearMonth("2026-10")!) == a.id)
  }

  @Test func aThemeMeetingDecodesAndEncodes() throws {
    let (activity, diagnostics) = Self.check(Self.themeMeeting, id: "T-2026-4HN2")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let a = try #require(activity)
    #expect(a.type == .themeMeeting && a.audience == "parents" && a.attendance == 14)
    #expect(a.occasions.map(\.minutes) == [90])
    #expect(try SchemaEncoder.document(a, Schemas.activity) == Self.themeMeeting)
  }

  /// A contact has no free text: a note (or a name) in an entry is an unknown field, refused.
  @Test func aContactHoldsNoFreeText() {
    let noted = Self.tally.replacingOccurrences(
      of: "outcome: advice}", with: "outcome: advice, note: mother of Sam asked}")
    let (_, problems) = Self.check(noted, id: "L-2026-10-w")
    #expect(problems.contains { $0.severity == .error && $0.range?.start.line == 8 }, "\(problems)")
  }

  /// Who asked is a role, and the outcome one of four; a theme a concern of the workspace.
  @Test func valuesAreFromTheLists() {
    let who = Self.tally.replacingOccurrences(of: "who: parent", with: "who: neighbour")
    #expect(Self.check(who, id: "L-2026-10-w").1.map(\.code) == ["invalid-value"])
    let theme = Self.tally.replacingOccurrences(of: "theme: bullying", with: "theme: knitting")
    let problems = Self.check(theme, id: "L-2026-10-w").1
    #expect(problems.map(\.code) == ["invalid-value"])
    #expect(problems.first?.range?.start.line == 9)
  }

  /// A theme meeting names no child: `children` is a field of another type, and its audience
  /// is required.
  @Test func aThemeMeetingNamesNoChild() {
    let named = Self.themeMeeting.replacingOccurrences(
      of: "attendance: 14\n", with: "attendance: 14\nchildren: [T-2026-7KQ4]\n")
    #expect(Self.check(named, id: "T-2026-4HN2").1.map(\.code).contains("field-not-for-type"))
    let noAudience = Self.themeMeeting.replacingOccurrences(of: "audience: parents\n", with: "")
    #expect(Self.check(noAudience, id: "T-2026-4HN2").1.contains { $0.severity == .error })
  }

  /// A tally is one worker's (one file per worker per month), and a contact is recorded once
  /// held.
  @Test func aTallyIsOneWorkersAndNotInTheFuture() {
    let two = Self.tally.replacingOccurrences(of: "workers: [w]", with: "workers: [w, v]")
    let problems = Self.check(two, id: "L-2026-10-w").1
    #expect(problems.map(\.code) == ["invalid-value"])
    #expect(problems.first?.range?.start.line == 6)
    let future = Self.check(Self.tally, id: "L-2026-10-w", today: "2026-10-05").1
    #expect(future.map(\.code) == ["date-in-future"])
    #expect(future.first?.range?.start.line == 9)
  }

  @Test func everyTypeHasAPolicy() {
    for type in ActivityType.allCases {
      #expect(!type.policy.fields.isEmpty)
      #expect(type.policy.required.allSatisfy { Schemas.activity.field($0) != nil })
      #expect(type.policy.fields.allSatisfy { Schemas.activity.field($0) != nil })
    }
  }
}
