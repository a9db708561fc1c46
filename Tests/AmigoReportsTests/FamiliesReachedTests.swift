import AmigoReports
import AmigoSchema
import Testing

/// "Families reached" are the families of exactly the trajectories counted as reached
/// (docs/reports.md): also of those reached only in a group or a meeting with the child or its
/// parents, not only of those with a held contact of their own (QA: 5 children reached at a
/// group meeting gave "families reached 0").
@Suite struct FamiliesReachedTests {
  static let ids = (1...6).map { "T-2026-000\($0)" }
  static let march = DateRange(
    from: LocalDate("2026-03-01")!, to: LocalDate("2026-03-31")!, name: "2026-03")

  /// Six trajectories: the first two siblings (`family: f1`), the others without a family; a
  /// child talk in January (outside the period) for each, and one held in March for `talkIn`.
  static func trajectories(talkIn: Set<String> = []) -> [Trajectory] {
    ids.map { id in
      var t = Trajectory()
      t.id = id
      t.programme = "p"
      if id == ids[0] || id == ids[1] { t.family = "f1" }
      var january = Session()
      january.date = LocalDate("2026-01-12")
      january.kind = .childTalk
      january.minutes = 20
      t.sessions = [january]
      if talkIn.contains(id) {
        var march = Session()
        march.date = LocalDate("2026-03-09")
        march.kind = .childTalk
        march.minutes = 20
        t.sessions.append(march)
      }
      return t
    }
  }

  /// A group whose meeting of 2 March the first five attended.
  static func group() -> Activity {
    var a = Activity()
    a.id = "G-2026-0001"
    a.type = .group
    a.programme = "p"
    a.participants = Array(ids.prefix(5))
    var m = GroupMeeting()
    m.date = LocalDate("2026-03-02")
    m.minutes = 60
    m.present = Array(ids.prefix(5))
    a.meetings = [m]
    return a
  }

  static func report(_ trajectories: [Trajectory], _ activities: [Activity]) -> PeriodReport {
    var config = Config()
    var programme = Programme(id: "p")
    programme.label = "P"
    config.programmes = [programme]
    // Nothing hidden: the figures themselves are under test.
    config.smallNumbers = 1
    return PeriodReport(
      trajectories: trajectories, activities: activities, config: config, period: march,
      today: LocalDate("2026-11-19")!)
  }

  static func indicator(_ report: PeriodReport, _ key: String) -> Cell? {
    let table = report.document(.en).sections.flatMap(\.blocks).compactMap { block -> Table? in
      if case .table(let t) = block, t.id == "indicators" { return t }
      return nil
    }.first
    let row = table?.rows.first { row in
      if case .code(key, _)? = row.first { return true }
      return false
    }
    return row?[1]
  }

  @Test func childrenReachedOnlyInAGroupBringTheirFamilies() {
    let report = Self.report(Self.trajectories(), [Self.group()])
    // Five children reached at the group meeting, two of them siblings: four families.
    #expect(Self.indicator(report, "reached") == .int(5))
    #expect(Self.indicator(report, "families") == .int(4))
    // The confidential aggregate counts them the same way.
    let aggregate = PeriodAggregate(report)
    #expect(aggregate.total.reached == 5)
    #expect(aggregate.total.families == 4)
  }

  @Test func familiesFollowTheReachedWhateverReachedThem() {
    // The sixth child reached by a talk of its own, the first five in the group: six
    // children, five families (the siblings once).
    let both = Self.report(Self.trajectories(talkIn: [Self.ids[5]]), [Self.group()])
    #expect(Self.indicator(both, "reached") == .int(6))
    #expect(Self.indicator(both, "families") == .int(5))
    // Talks and minutes per child stay those of the children reached by a contact of their
    // own: one child, one talk.
    #expect(PeriodAggregate(both).total.childTalks == [1])
    // Without the group, only the sixth: one child, one family.
    let own = Self.report(Self.trajectories(talkIn: [Self.ids[5]]), [])
    #expect(Self.indicator(own, "reached") == .int(1))
    #expect(Self.indicator(own, "families") == .int(1))
  }
}
