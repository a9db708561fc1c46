import AmigoReports
import AmigoSchema
import Testing

/// A child reached only in a group counts, per school, for the school of the day of the group
/// meeting (docs/reports.md: each fact counts for the school of its date), not for the school
/// it attends at the end of the period.
@Suite struct ActivityReachSchoolTests {
  @Test func aChildReachedInAGroupCountsAtTheSchoolOfTheMeeting() {
    var config = Config()
    var p = Programme(id: "tvt")
    p.label = "Tijd voor Toekomst"
    config.programmes = [p]
    config.workers = [Worker(id: "w")]
    config.schools = ["a", "b"].map { id in
      var s = School(id: id)
      s.name = "School " + id.uppercased()
      return s
    }
    // Noor: in the group at school A in March, at school B from May on.
    var t = Trajectory()
    t.id = "T-2027-NOOR"
    t.programme = "tvt"
    t.school = "b"
    t.worker = "w"
    t.status = .active
    t.plan.start = LocalDate("2027-03-10")
    t.schools = [
      SchoolChange(school: "a", from: LocalDate("2027-03-10")!),
      SchoolChange(school: "b", from: LocalDate("2027-05-03")!),
    ]
    var group = Activity()
    group.id = "G-2027-0001"
    group.type = .group
    group.programme = "tvt"
    group.school = "a"
    group.workers = ["w"]
    group.participants = [t.id]
    var meeting = GroupMeeting()
    meeting.date = LocalDate("2027-03-17")
    meeting.minutes = 60
    meeting.present = [t.id]
    group.meetings = [meeting]
    let doc = PeriodReport(
      trajectories: [t], activities: [group], config: config,
      period: PeriodSpec.parse("2026/2027")!, today: LocalDate("2027-08-10")!
    ).document(.en)
    func reached(_ school: String) -> Int? {
      guard let cell = periodFigure(doc, "reached", group: school) else { return nil }
      if case .int(let n) = cell.data { return n }
      return cell.hiddenFigure == nil ? nil : 1
    }
    #expect(reached("a") == 1)
    #expect(reached("b") == 0)
    #expect(reached("all") == 1)
  }
}
