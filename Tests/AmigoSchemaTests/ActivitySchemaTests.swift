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
    // Present on 2026-10-14, after its consent of 2026-10-10: fine. Excused on 2026-10-07,
    // before it, names the child on a day without consent: an error like being present.
    let late = Self.group.replacingOccurrences(
      of: "present: [T-2026-7KQ4]\n    excused: [T-2026-3HX9]", with: "present: [T-2026-7KQ4]")
    let (_, diagnostics) = ActivityValidator.validate(
      YAMLDocument(parsing: late), fileName: "G-2026-5RD2", config: nil, index: index,
      today: nil)
    #expect(diagnostics.map(\.code) == [])
    for (recorded, word) in [
      ("present", "took part in"), ("excused", "excused"), ("absent", "absent"),
    ] {
      let early = Self.group.replacingOccurrences(
        of: "present: [T-2026-7KQ4]\n    excused: [T-2026-3HX9]",
        with: recorded == "present"
          ? "present: [T-2026-7KQ4, T-2026-3HX9]"
          : "present: [T-2026-7KQ4]\n    \(recorded): [T-2026-3HX9]")
      let (_, problems) = ActivityValidator.validate(
        YAMLDocument(parsing: early), fileName: "G-2026-5RD2", config: nil, index: index,
        today: nil)
      #expect(problems.map(\.code) == ["activity-without-consent"], "\(recorded)")
      #expect(problems.first?.range?.start.line == (recorded == "present" ? 13 : 14))
      #expect(problems.first?.message.contains(word) == true, "\(problems)")
      #expect(problems.first?.message.contains("2026-10-07") == true, "\(problems)")
    }
  }

  /// A participant no meeting names yet is named by the group's list today: it needs consent in
  /// force today (none yet, one that starts tomorrow, one withdrawn: an error); once a meeting
  /// records its attendance, that meeting's date is judged instead.
  @Test func aParticipantWithoutAttendanceNeedsConsentToday() throws {
    let index = TrajectoryIndex(
      ids: ["T-2026-7KQ4", "T-2026-3HX9", "T-2026-9ZZZ"],
      trajectories: [
        Self.trajectory("T-2026-7KQ4", consent: "2026-09-01"),
        Self.trajectory("T-2026-3HX9", consent: "2026-10-01"),
        Self.trajectory("T-2026-9ZZZ", consent: "2026-10-21"),
      ])
    let joined = Self.group.replacingOccurrences(
      of: "participants: [T-2026-7KQ4, T-2026-3HX9]",
      with: "participants: [T-2026-7KQ4, T-2026-3HX9, T-2026-9ZZZ]")
    func codes(today: String, _ text: String = joined) -> [Diagnostic] {
      ActivityValidator.validate(
        YAMLDocument(parsing: text), fileName: "G-2026-5RD2", config: nil, index: index,
        today: LocalDate(today)
      ).1
    }
    // The day before its consent starts: an error on the participant, naming today.
    let before = codes(today: "2026-10-20")
    #expect(before.map(\.code) == ["activity-without-consent"], "\(before)")
    #expect(before.first?.range?.start.line == 9)
    #expect(before.first?.message.contains("participant of the group on 2026-10-20") == true)
    // From the day it starts: fine.
    #expect(codes(today: "2026-10-21").isEmpty)
    // Consent withdrawn before today: an error again.
    var withdrawn = Self.trajectory("T-2026-9ZZZ", consent: "2026-10-21")
    withdrawn.consent[0].withdrawn = LocalDate("2026-10-25")
    let index2 = TrajectoryIndex(
      ids: index.ids,
      trajectories: [
        Self.trajectory("T-2026-7KQ4", consent: "2026-09-01"),
        Self.trajectory("T-2026-3HX9", consent: "2026-10-01"), withdrawn,
      ])
    let (_, later) = ActivityValidator.validate(
      YAMLDocument(parsing: joined), fileName: "G-2026-5RD2", config: nil, index: index2,
      today: LocalDate("2026-11-01"))
    #expect(later.map(\.code) == ["activity-without-consent"], "\(later)")
    // Without a day to judge by (no workspace today), the list alone is not judged.
    #expect(
      ActivityValidator.validate(
        YAMLDocument(parsing: joined), fileName: "G-2026-5RD2", config: nil, index: index,
        today: nil
      ).1.isEmpty)
  }

  /// An activity cannot take a trajectory's id (history, agree and the erasure ledger name
  /// either by it).
  @Test func anActivityIDIsNoTrajectoryID() {
    let index = TrajectoryIndex(
      ids: ["T-2026-7KQ4", "T-2026-3HX9", "G-2026-5RD2"],
      trajectories: [
        Self.trajectory("T-2026-7KQ4", consent: "2026-09-01"),
        Self.trajectory("T-2026-3HX9", consent: "2026-09-01"),
      ])
    let (_, diagnostics) = ActivityValidator.validate(
      YAMLDocument(parsing: Self.group), fileName: "G-2026-5RD2", config: nil, index: index,
      today: nil)
    #expect(diagnostics.map(\.code) == ["duplicate-id"], "\(diagnostics)")
    #expect(diagnostics.first?.range?.start.line == 2)
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
