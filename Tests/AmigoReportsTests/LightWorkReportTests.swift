import AmigoReports
import AmigoSchema
import Testing

/// The worker's week shows all contact time, each minute once (issue 21): intake contacts of a
/// referral not started, meetings, theme meetings, teacher support, light contacts; the period
/// report counts the work without a child file (docs/reports.md, "Work without a child file").
@Suite struct LightWorkReportTests {
  static let week = ISOWeek(year: 2026, week: 40)  // 28 Sep - 4 Oct 2026

  static func config() -> Config {
    var config = Config()
    var programme = Programme(id: "p")
    programme.label = "P"
    config.programmes = [programme]
    config.workers = [Worker(id: "w")]
    return config
  }

  /// A referral in intake: a 45-minute talk with the parents on 2026-10-01, not started.
  static func referral() -> Trajectory {
    var t = Trajectory()
    t.id = "T-2026-0DXR"
    t.programme = "p"
    t.worker = "w"
    t.status = .intake
    var r = Referral()
    r.date = LocalDate("2026-09-24")
    t.referral = r
    var s = Session()
    s.date = LocalDate("2026-10-01")
    s.kind = .parentTalk
    s.minutes = 45
    t.sessions = [s]
    return t
  }

  static func lightWork() -> [Activity] {
    var tally = Activity()
    tally.id = "L-2026-09-w"
    tally.type = .lightContacts
    tally.programme = "p"
    tally.workers = ["w"]
    for (day, who, minutes) in [
      ("2026-09-29", "parent", 15), ("2026-09-29", "child", 20), ("2026-10-02", "parent", 10),
      ("2026-09-21", "teacher", 5),
    ] {
      var c = LightContact()
      c.date = LocalDate(day)
      c.who = who
      c.theme = "parenting"
      c.minutes = minutes
      c.outcome = "advice"
      tally.contacts.append(c)
    }
    var evening = Activity()
    evening.id = "T-2026-4HN2"
    evening.type = .themeMeeting
    evening.programme = "p"
    evening.workers = ["w"]
    evening.date = LocalDate("2026-10-01")
    evening.minutes = 90
    evening.theme = "parenting"
    evening.audience = "parents"
    evening.attendance = 14
    var coaching = Activity()
    coaching.id = "C-2026-3VTX"
    coaching.type = .teacherSupport
    coaching.programme = "p"
    coaching.workers = ["w"]
    coaching.date = LocalDate("2026-09-30")
    coaching.minutes = 30
    coaching.teacher = "teacher"
    return [tally, evening, coaching]
  }

  @Test func anIntakeTalkOnAReferralNotStartedCountsInTheWeek() throws {
    let report = WeeklyReport(
      trajectories: [Self.referral()], config: Self.config(), week: Self.week,
      today: LocalDate("2026-10-05")!)
    let ww = try #require(report.workers.first)
    #expect(ww.rows.map(\.id) == ["T-2026-0DXR"])
    #expect(ww.rows.first?.minutes == 45)
    #expect(ww.rows.first?.norm == nil && ww.rows.first?.attention == [])
    let text = ReportRenderer.render(report.document(.en), as: .text)
    #expect(text.contains("intake (not started)"), "\(text)")
    #expect(text.contains("Contact time this week: 45 minutes in all"), "\(text)")
    // The week before holds nothing of it.
    let before = WeeklyReport(
      trajectories: [Self.referral()], config: Self.config(), week: ISOWeek(year: 2026, week: 39),
      today: LocalDate("2026-10-05")!)
    #expect(before.workers.first?.rows.isEmpty ?? true)
  }

  @Test func everyMinuteOfTheWeekCountsOnceInTheTotalAndTheData() throws {
    let report = WeeklyReport(
      trajectories: [Self.referral()], activities: Self.lightWork(), config: Self.config(),
      week: Self.week, today: LocalDate("2026-10-05")!)
    let ww = try #require(report.workers.first)
    // Light contacts per day (two on the 29th, one on the 2nd; the 21st is another week),
    // the theme meeting, the teacher's support.
    #expect(ww.activities.map(\.minutes) == [35, 30, 90, 10])
    #expect(ww.activities.map(\.people) == [2, nil, 14, 1])
    let text = ReportRenderer.render(report.document(.en), as: .text)
    // 45 (intake) + 90 + 30 + 35 + 10.
    #expect(text.contains("Contact time this week: 210 minutes in all"), "\(text)")
    let data = try #require(report.document(.en).csvTable)
    let minutes = try #require(data.columns.firstIndex { $0.key == "minutes" })
    let activity = try #require(data.columns.firstIndex { $0.key == "activity" })
    let total = data.rows.reduce(0) { sum, row in
      if case .int(let n) = row[minutes] { return sum + n }
      return sum
    }
    #expect(total == 210)
    #expect(data.rows.filter { $0[activity] != .empty }.count == 4)
  }

  @Test func thePeriodCountsWorkWithoutAChildFile() throws {
    let f = ActivityFigures(Self.lightWork(), in: nil)
    #expect(f.light.lightContacts == 4 && f.light.lightContactMinutes == 50)
    #expect(f.light.lightByWho == ["parent": 2, "child": 1, "teacher": 1])
    #expect(f.light.themeMeetings == 1 && f.light.themeAttendance == 14)
    #expect(f.light.teacherSupportMinutes == 30)
    #expect(f.light.parentsReached == 16)
    // None of it reaches or discusses a child, nor counts as a meeting about children.
    #expect(f.reached.isEmpty && f.discussed.isEmpty && f.meetings == 0 && f.minutes == 0)
    let report = PeriodReport(
      trajectories: [], activities: Self.lightWork(), config: Self.config(),
      period: DateRange(
        from: LocalDate("2026-08-01")!, to: LocalDate("2027-07-31")!, name: "2026/2027"),
      today: LocalDate("2026-11-19")!)
    let document = report.document(.en)
    let table = try #require(
      document.sections.flatMap(\.blocks).compactMap { block -> Table? in
        if case .table(let t) = block, t.id == "light_work" { return t }
        return nil
      }.first)
    func value(_ key: String) -> Cell? {
      table.rows.first { if case .code(key, _) = $0[0] { return true } else { return false } }?[1]
    }
    #expect(value("theme_meetings") == .int(1))
    #expect(value("teacher_support_hours") == .number(0.5, decimals: 1))
    // Small counts of people are hidden like children's: 4 light contacts, 2 by parents.
    if case .hidden = value("light_contacts") {
    } else {
      Issue.record("\(String(describing: value("light_contacts")))")
    }
    if case .hidden = value("asked_by:parent") {} else { Issue.record("not hidden") }
    // Parents reached (16) less the parents at the theme meeting (14) would give the parents'
    // 2 light contacts away: one of the three is withheld (issue 25).
    let shown = { (key: String) in if case .int = value(key)?.data { true } else { false } }
    #expect(!(shown("parents_reached") && shown("audience:parents")), "\(table.rows)")
    #expect(value("theme_meeting_minutes") == .int(90))
  }

  @Test func workWithoutAChildFileHasNoRetentionLimit() {
    #expect(
      Retention.activityEntries(Self.lightWork(), childEntries: [], today: LocalDate("2045-01-01")!)
        .isEmpty)
  }
}
