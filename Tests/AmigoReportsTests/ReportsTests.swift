import AmigoReports
import AmigoSchema
import Testing

@Suite struct PeriodParsingTests {
  let today = LocalDate("2026-11-19")!

  @Test(arguments: [
    ("2026-W47", "2026-W47"), ("47", "2026-W47"), ("this", "2026-W47"), ("deze", "2026-W47"),
    ("last", "2026-W46"),
    ("vorige", "2026-W46"), ("2026-11-16", "2026-W47"), ("2027-01-01", "2026-W53"),
    ("2026-w01", "2026-W01"),
  ])
  func weeks(_ text: String, _ expected: String) {
    #expect(WeekSpec.parse(text, today: today)?.description == expected)
  }

  @Test(arguments: ["2026-W54", "0", "54", "week", "2026-13-01", ""])
  func invalidWeeks(_ text: String) {
    #expect(WeekSpec.parse(text, today: today) == nil)
  }

  /// A bare week number is the nearest week of that number, not always this year's.
  @Test(arguments: [
    ("2027-01-12", "52", "2026-W52"), ("2027-01-12", "1", "2027-W01"),
    ("2027-01-12", "3", "2027-W03"), ("2026-12-30", "1", "2027-W01"),
    ("2026-11-19", "48", "2026-W48"), ("2026-11-19", "53", "2026-W53"),
    ("2027-06-15", "53", "2026-W53"), ("2026-06-15", "26", "2026-W26"),
  ])
  func bareWeekNumbersTakeTheNearestWeek(_ today: String, _ text: String, _ expected: String) {
    #expect(WeekSpec.parse(text, today: LocalDate(today)!)?.description == expected)
  }

  @Test(arguments: [
    ("2026", "2026-01-01", "2026-12-31"), ("2026-Q3", "2026-07-01", "2026-09-30"),
    ("2026-Q1", "2026-01-01", "2026-03-31"),
    ("2024-02", "2024-02-01", "2024-02-29"), ("2025/2026", "2025-08-01", "2026-07-31"),
    ("2026-03-01..2026-03-15", "2026-03-01", "2026-03-15"),
  ])
  func periods(_ text: String, _ from: String, _ to: String) throws {
    let range = try #require(PeriodSpec.parse(text))
    #expect(range.from.description == from)
    #expect(range.to.description == to)
  }

  @Test(arguments: ["2026-Q5", "2025/2027", "2026-13", "2026-03-15..2026-03-01", "najaar", "26"])
  func invalidPeriods(_ text: String) {
    #expect(PeriodSpec.parse(text) == nil)
  }
}

@Suite struct RenderingTests {
  @Test func numbersFormatWithoutFoundation() {
    #expect(
      Cell.number(4.25, decimals: 1).display == "4.3"
        || Cell.number(4.25, decimals: 1).display == "4.2")
    #expect(Cell.number(11.1111, decimals: 1).display == "11.1")
    #expect(Cell.number(0.05, decimals: 2).display == "0.05")
    #expect(Cell.number(-0.5, decimals: 1).display == "-0.5")
    #expect(Cell.number(402.4, decimals: 0).display == "402")
    #expect(Cell.hidden(.init(.smallCount, threshold: 5)).display == "<5")
    #expect(Cell.hidden(.init(.tooFewCases, threshold: 5)).display == "n<5")
    #expect(Cell.hidden(.init(.withheld, threshold: 5)).display == "x")
  }

  @Test func displayWidthCountsColumnsNotCharacters() {
    #expect(TextWidth.of("Zoë") == 3)
    #expect(TextWidth.of("Zoe\u{0308}") == 3)  // decomposed ë
    #expect(TextWidth.of("日本") == 4)
    #expect(TextWidth.of("👍") == 2)
    #expect(TextWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycap
    #expect(TextWidth.of("\u{2600}\u{FE0F}") == 2)  // a text symbol shown as emoji
    #expect(TextWidth.of("👩\u{200D}👧") == 2)  // one joined emoji
    #expect(TextWidth.pad("Zoe\u{0308}", to: 5) == "Zoe\u{0308}  ")
  }

  @Test func textTablesAlignWideAndCombiningCharacters() {
    let doc = ReportDocument(
      kind: "t", title: "T",
      sections: [
        Section(
          id: "s", title: "S",
          blocks: [
            .table(
              Table(
                id: "x",
                columns: [Column("a", "Naam"), Column("n", "N", numeric: true), Column("z", "Z")],
                rows: [
                  [.text("Zoe\u{0308}"), .int(5), .text("x")], [.text("日本"), .int(12), .text("y")],
                ]))
          ])
      ])
    let text = ReportRenderer.render(doc, as: .text)
    #expect(text.contains("  Naam   N  Z\n  ----  --  -\n  Zoe\u{0308}    5  x\n  日本  12  y\n"))
  }

  @Test func csvIsRFC4180() {
    let doc = ReportDocument(
      kind: "t", title: "T",
      csvTable: Table(
        id: "x", columns: [Column("a", "A"), Column("b", "B")],
        rows: [[.text("x, \"y\""), .number(4.5, decimals: 1)], [.text("regel\nnieuw"), .empty]]))
    #expect(
      ReportRenderer.render(doc, as: .csv) == "A,B\r\n\"x, \"\"y\"\"\",4.5\r\n\"regel\nnieuw\",\r\n"
    )
    #expect(
      ReportRenderer.render(doc, as: .csv, csvDelimiter: ";", bom: false)
        == "A;B\r\n\"x, \"\"y\"\"\";4,5\r\n\"regel\nnieuw\";\r\n")
  }

  @Test func quartilesTakeTheDecimalCommaToo() {
    let doc = ReportDocument(
      kind: "t", title: "T",
      csvTable: Table(
        id: "x", columns: [Column("q", "Q")], rows: [[.range(13.6, 17.25, decimals: 1)]]))
    #expect(ReportRenderer.render(doc, as: .csv) == "Q\r\n13.6-17.3\r\n")
    #expect(
      ReportRenderer.render(doc, as: .csv, csvDelimiter: ";", bom: false) == "Q\r\n13,6-17,3\r\n")
    #expect(ReportRenderer.render(doc, as: .json).contains("{\"q1\": 13.6, \"q3\": 17.3}"))
  }

  @Test func sparklineMapsTheZeroToTenScale() {
    #expect(ChildReport.sparkline([0, 5, 10]) == "▁▅█")
    #expect(ChildReport.sparkline([]) == "")
  }

  @Test func quantilesInterpolate() {
    #expect(PeriodReport.quantile([1, 2, 3, 4], 0.5) == 2.5)
    #expect(PeriodReport.quantile([7], 0.25) == 7)
    #expect(PeriodReport.quantile([], 0.5) == nil)
  }
}

@Suite struct ReportLogicTests {
  func trajectory(
    _ id: String, start: String, talks: [String], status: TrajectoryStatus = .active
  ) -> Trajectory {
    var t = Trajectory()
    t.id = id
    t.child.label = "Kind \(id)"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = status
    t.plan.start = LocalDate(start)
    var c = Consent()
    c.date = LocalDate(start)
    t.consent = [c]
    t.sessions = talks.map { d in
      var s = Session()
      s.date = LocalDate(d)
      s.kind = .childTalk
      s.minutes = 20
      return s
    }
    return t
  }

  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    c.smallNumbers = 5
    return c
  }

  @Test func belowNormIsFlaggedExceptInHolidays() {
    let t = trajectory(
      "T-1", start: "2026-11-02", talks: ["2026-11-02", "2026-11-04", "2026-11-10"])
    let week46 = ISOWeek(year: 2026, week: 46)
    let report = WeeklyReport(
      trajectories: [t], config: config, week: week46, today: LocalDate("2026-11-19")!)
    #expect(report.workers.first?.rows.first?.dose == 1)
    #expect(
      report.workers.first?.rows.first?.attention.contains(
        .belowNorm(held: 1, norm: 2, inProgress: false)) == true)
    var holidays = config
    holidays.holidays = [
      Holiday(label: "x", from: LocalDate("2026-11-09")!, to: LocalDate("2026-11-15")!)
    ]
    let inHoliday = WeeklyReport(
      trajectories: [t], config: holidays, week: week46, today: LocalDate("2026-11-19")!)
    #expect(inHoliday.holiday?.label == "x")
    #expect(
      inHoliday.workers.first?.rows.first?.attention.contains { $0.code == "below-norm" } == false)
  }

  /// A report for a past week lists only goals agreed by then: with an agreed date from it,
  /// without one from the first rating.
  @Test func pastWeeksLeaveOutGoalsAgreedLater() {
    var t = trajectory(
      "T-1", start: "2026-10-05",
      talks: ["2026-10-05", "2026-10-07", "2026-10-12", "2026-10-14", "2026-10-19", "2026-10-21"])
    var early = Goal()
    early.id = "g1"
    early.agreedOn = LocalDate("2026-10-05")
    var later = Goal()
    later.id = "g2"
    later.agreedOn = LocalDate("2026-11-16")
    var ratedLater = Goal()
    ratedLater.id = "g3"
    var rating = Rating()
    rating.date = LocalDate("2026-11-17")
    rating.value = 4
    rating.rater = "child"
    ratedLater.ratings = [rating]
    t.goals = [early, later, ratedLater]
    let week43 = ISOWeek(year: 2026, week: 43)
    let past = WeeklyReport(
      trajectories: [t], config: config, week: week43, today: LocalDate("2026-11-19")!)
    let attention = past.workers.first?.rows.first?.attention ?? []
    #expect(attention.contains(.unscoredGoals(["g1"])), "\(attention)")
    let now = WeeklyReport(
      trajectories: [t], config: config, week: ISOWeek(year: 2026, week: 47),
      today: LocalDate("2026-11-19")!)
    let current = now.workers.first?.rows.first?.attention ?? []
    #expect(current.contains(.unscoredGoals(["g1", "g2"])), "\(current)")
  }

  @Test func smallCountsAreSuppressedInPeriodReports() {
    let few = (1...3).map { trajectory("T-\($0)", start: "2026-09-07", talks: ["2026-09-08"]) }
    let doc = PeriodReport(
      trajectories: few, config: config, period: PeriodSpec.parse("2026")!,
      today: LocalDate("2026-11-19")!
    )
    .document(.en)
    #expect(periodFigure(doc, "reached") == .hidden(.init(.smallCount, threshold: 5)))
    let many = (1...6).map { trajectory("T-\($0)", start: "2026-09-07", talks: ["2026-09-08"]) }
    let doc2 = PeriodReport(
      trajectories: many, config: config, period: PeriodSpec.parse("2026")!,
      today: LocalDate("2026-11-19")!
    )
    .document(.en)
    #expect(periodFigure(doc2, "reached") == .int(6))
    // No labels or ids anywhere in a period report.
    let text = ReportRenderer.render(doc2, as: .json)
    #expect(!text.contains("T-1") && !text.contains("Kind T"))
  }
}
