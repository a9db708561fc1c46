import AmigoReports
import AmigoSchema
import Testing

/// Work about several children is counted once per activity (docs/reports.md, "Meetings and
/// groups"): the audit's group of 6 children with 6 meetings is 6 hours, not 2 100 minutes.
@Suite struct ActivityFiguresTests {
  static let ids = (1...6).map { "T-2026-000\($0)" }

  static func group() -> Activity {
    var a = Activity()
    a.id = "G-2026-0001"
    a.type = .group
    a.programme = "p"
    a.participants = ids
    for week in 0..<6 {
      var m = GroupMeeting()
      m.date = LocalDate("2026-09-07")!.adding(days: 7 * week)
      m.minutes = 60
      m.present = Array(ids.dropLast())
      m.excused = [ids.last!]
      a.meetings.append(m)
    }
    return a
  }

  static func meeting(with roles: [String], children: [String], unnamed: Int) -> Activity {
    var a = Activity()
    a.id = "M-2026-0001"
    a.type = .meeting
    a.programme = "p"
    a.date = LocalDate("2026-10-05")
    a.minutes = 60
    a.with = roles
    a.children = children
    a.unnamed = unnamed
    return a
  }

  @Test func aGroupCountsItsMinutesOncePerMeeting() {
    let f = ActivityFigures([Self.group()], in: nil)
    #expect(f.groups == 1)
    #expect(f.groupMeetings == 6)
    #expect(f.minutes == 360)
    #expect(f.participants.count == 6)
    #expect(f.reached.count == 5)
    #expect(f.present == 30 && f.recorded == 36)
    #expect(f.attendanceRate.map { Int($0.rounded()) } == 83)
  }

  @Test func aConsultationRoundReachesNobodyAndCountsTheUnnamed() {
    let round = Self.meeting(
      with: ["director", "care-coordinator", "youth-health"], children: Array(Self.ids.prefix(2)),
      unnamed: 3)
    let f = ActivityFigures([round], in: nil)
    #expect(f.meetings == 1 && f.minutes == 60)
    #expect(f.reached.isEmpty)
    #expect(f.discussed.count == 2)
    #expect(f.unnamed == 3)
    // With a parent there, the children discussed are reached.
    let family = Self.meeting(with: ["mother"], children: Array(Self.ids.prefix(2)), unnamed: 0)
    let g = ActivityFigures([family], in: nil)
    #expect(g.reached.count == 2 && g.discussed.isEmpty)
  }

  @Test func onlyOccasionsInTheRangeCount() {
    let range = DateRange(
      from: LocalDate("2026-09-14")!, to: LocalDate("2026-09-27")!, name: "test")
    let f = ActivityFigures([Self.group()], in: range)
    #expect(f.groupMeetings == 2 && f.minutes == 120)
  }

  @Test func thePeriodReportCountsAGroupOnlyChildAsReachedAndADiscussedOneNot() {
    var config = Config()
    var programme = Programme(id: "p")
    programme.label = "P"
    config.programmes = [programme]
    let trajectories = Self.ids.map { id -> Trajectory in
      var t = Trajectory()
      t.id = id
      t.programme = "p"
      return t
    }
    let round = Self.meeting(with: ["care-coordinator"], children: [Self.ids[5]], unnamed: 2)
    let report = PeriodReport(
      trajectories: trajectories, activities: [Self.group(), round], config: config,
      period: DateRange(
        from: LocalDate("2026-08-01")!, to: LocalDate("2027-07-31")!, name: "2026/2027"),
      today: LocalDate("2026-11-19")!)
    let document = report.document(.en)
    let indicators = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
      if case .table(let t) = block, t.id == "indicators" { return t }
      return nil
    }.first
    let reached = indicators?.rows.first { $0.first == .code("reached", label: $0.first!.display) }
    #expect(reached?[1] == .int(5))
    let activities = document.sections.first { $0.id == "activities" }
    #expect(activities != nil)
  }

  @Test func anActivityIsKeptAsLongAsItsLongestKeptChild() {
    let today = LocalDate("2031-01-10")!
    func entry(_ id: String, _ last: String) -> Retention.Entry {
      let d = LocalDate(last)!
      return Retention.Entry(
        id, programme: "p", closure: nil, destroyAfter: d,
        state: d < today ? .overdue(days: today.days(since: d)) : .due(days: d.days(since: today)))
    }
    let round = Self.meeting(
      with: ["care-coordinator"], children: [Self.ids[0], Self.ids[1]], unnamed: 0)
    // One child not due yet: the meeting stays.
    #expect(
      Retention.activityEntries(
        [round], childEntries: [entry(Self.ids[0], "2030-12-01")], today: today
      ).isEmpty)
    // Both due: listed with the later date.
    let both = Retention.activityEntries(
      [round],
      childEntries: [entry(Self.ids[0], "2030-12-01"), entry(Self.ids[1], "2031-02-01")],
      today: today)
    #expect(both.map(\.id) == ["M-2026-0001"])
    #expect(both.first?.destroyAfter == LocalDate("2031-02-01"))
    #expect(both.first?.state == .due(days: 22))
  }

  @Test func theResearchExportGivesGroupAttendancePerTrajectory() {
    var config = Config()
    config.programmes = [Programme(id: "p")]
    let trajectories = Self.ids.map { id -> Trajectory in
      var t = Trajectory()
      t.id = id
      t.programme = "p"
      return t
    }
    let round = Self.meeting(with: ["care-coordinator"], children: [Self.ids[5]], unnamed: 0)
    let export = ResearchExport(
      trajectories: trajectories, activities: [Self.group(), round], config: config, period: nil,
      salt: Array("salt".utf8), stable: true)
    let columns = ResearchExport.trajectoryColumns
    func value(_ id: String, _ column: String) -> Cell? {
      export.row(trajectories.first { $0.id == id }!)[columns.firstIndex(of: column)!]
    }
    #expect(value(Self.ids[0], "group_present") == .int(6))
    #expect(value(Self.ids[5], "group_excused") == .int(6))
    #expect(value(Self.ids[5], "group_present") == .int(0))
    #expect(value(Self.ids[5], "meetings_discussed") == .int(1))
    #expect(value(Self.ids[0], "meetings_discussed") == .int(0))
  }
}
