import AmigoReports
import AmigoSchema
import Testing

/// Outcome measures in the child report, the period report and the research export, on a
/// made-up instrument with one difficulties scale (lower is better, SD 5, r 0.8: a change of 7
/// or more is reliable, |RCI| = 7 / (√2 · 5 · √0.2) = 2.21).
@Suite struct MeasureReportTests {
  static let instrument: Instrument = {
    var i = Instrument(id: "q")
    i.label = "Questionnaire"
    i.normsCountry = "NL"
    i.normsSource = "test norms"
    i.forms.ages = [.parent: 4...17]
    var s = InstrumentScale(id: "total")
    s.label = "total"
    s.direction = .lowerIsBetter
    var n = ScaleNorms()
    n.min = 0
    n.max = 40
    n.sd = 5
    n.reliability = 0.8
    n.borderline = 14
    n.abnormal = 17
    s.norms[.parent] = n
    i.scales = [s]
    return i
  }()

  static var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    c.smallNumbers = 5
    c.instruments = [instrument]
    return c
  }

  static func measure(_ date: String, _ tp: Timepoint, _ total: Double) -> Measure {
    var m = Measure()
    m.date = LocalDate(date)
    m.instrument = "q"
    m.informant = .parent
    m.timepoint = tp
    m.scores = [ScaleScore(scale: "total", value: total)]
    return m
  }

  static func trajectory(
    _ n: Int, pre: Double, post: Double?, postDate: String = "2026-06-01"
  )
    -> Trajectory
  {
    var t = Trajectory()
    t.id = "T-\(n)"
    t.child.label = "Kind \(n)"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = .closed
    t.plan.start = LocalDate("2026-02-02")
    t.measures = [measure("2026-02-02", .pre, pre)]
    if let post { t.measures.append(measure(postDate, .post, post)) }
    return t
  }

  /// The cells of the period report's measures row.
  static func row(_ doc: ReportDocument) -> [String: Cell]? {
    for section in doc.sections where section.id == "measures" {
      for case .table(let t) in section.blocks {
        guard let r = t.rows.first else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(t.columns.map(\.key), r))
      }
    }
    return nil
  }

  @Test func periodFiguresFollowTheDefinitions() throws {
    // Eight pairs: six start outside normal (≥ 14), four of them end normal (≤ 13); changes of
    // −8, −7, −10, −12, −2, −1, +8 and +8: four reliably improved, two reliably worse.
    let pairs: [(Double, Double)] = [
      (20, 12), (18, 11), (22, 12), (25, 13), (17, 15), (19, 18), (4, 12), (2, 10),
    ]
    var ts = pairs.enumerated().map {
      Self.trajectory($0.offset, pre: $0.element.0, post: $0.element.1)
    }
    // Not counted: a pre without post, and a post after the period.
    ts.append(Self.trajectory(9, pre: 30, post: nil))
    ts.append(Self.trajectory(10, pre: 30, post: 5, postDate: "2027-01-10"))
    func row(smallNumbers: Int) throws -> [String: Cell] {
      var config = Self.config
      config.smallNumbers = smallNumbers
      return try #require(
        Self.row(
          PeriodReport(
            trajectories: ts, config: config, period: PeriodSpec.parse("2026")!,
            today: LocalDate("2026-11-19")!
          ).document(.en)))
    }
    let r = try row(smallNumbers: 5)
    #expect(r["pairs"] == .int(8))
    // Mean improvement: (8 + 7 + 10 + 12 + 2 + 1 − 8 − 8) / 8 = 3.
    #expect(r["mean_change"] == .number(3, decimals: 1))
    // 6 outside normal beside 8 pairs would name the 2 normal at the pre measure: withheld.
    #expect(r["outside_normal"] == .hidden(.init(.withheld, threshold: 5)))
    // 4 of 6 to normal, 4 and 2 of 8 reliably improved and worse: small counts, withheld.
    #expect(r["to_normal"] == .hidden(.init(.withheld, threshold: 5)))
    #expect(r["reliably_improved"] == .hidden(.init(.withheld, threshold: 5)))
    #expect(r["reliably_worse"] == .hidden(.init(.withheld, threshold: 5)))
    // With small_numbers 2 nothing here is small.
    let shown = try row(smallNumbers: 2)
    #expect(shown["outside_normal"] == .int(6))
    #expect(shown["to_normal"]?.display == "67%")
    #expect(shown["reliably_improved"] == .percent(50, decimals: 0))
    #expect(shown["reliably_worse"] == .percent(25, decimals: 0))
  }

  /// `outside_normal` beside `pairs` gives their remainder away (those normal at the pre
  /// measure): where it is from 1 to 4, one of the two is withheld, as a breakdown's category
  /// against its total (QA: 6 pairs and 5 outside normal named the one child normal at pre).
  @Test func outsideNormalBesidePairsNeverNamesASmallRemainder() throws {
    func row(outside: Int, normal: Int) throws -> [String: Cell] {
      let ts =
        (0..<outside).map { Self.trajectory($0, pre: 20, post: 12) }
        + (0..<normal).map { Self.trajectory(100 + $0, pre: 8, post: 6) }
      return try #require(
        Self.row(
          PeriodReport(
            trajectories: ts, config: Self.config, period: PeriodSpec.parse("2026")!,
            today: LocalDate("2026-11-19")!
          ).document(.en)))
    }
    let one = try row(outside: 5, normal: 1)
    #expect(one["pairs"] == .int(6))
    #expect(one["outside_normal"] == .hidden(.init(.withheld, threshold: 5)))
    // Its share is withheld with it; the mean over the six pairs is not about the remainder.
    #expect(one["to_normal"] == .hidden(.init(.withheld, threshold: 5)))
    #expect(one["mean_change"] == .number(7, decimals: 1))
    // A remainder of 5 or more, or none, gives nothing away.
    #expect(try row(outside: 5, normal: 5)["outside_normal"] == .int(5))
    #expect(try row(outside: 6, normal: 0)["outside_normal"] == .int(6))
    #expect(try row(outside: 0, normal: 6)["outside_normal"] == .int(0))
  }

  /// The other remainders are counts of children too: improved and worse shown beside the
  /// pairs named the few unchanged (11 pairs, 45 % and 45 %: one child), and the share to
  /// normal named the few that stayed outside it (QA, twelfth session).
  @Test func noShareNamesASmallRemainder() throws {
    func row(_ pairs: [(Double, Double)]) throws -> [String: Cell] {
      let ts = pairs.enumerated().map {
        Self.trajectory($0.offset, pre: $0.element.0, post: $0.element.1)
      }
      return try #require(
        Self.row(
          PeriodReport(
            trajectories: ts, config: Self.config, period: PeriodSpec.parse("2026")!,
            today: LocalDate("2026-11-19")!
          ).document(.en)))
    }
    // Five reliably improved, five reliably worse, one unchanged.
    let mixed = try row(
      Array(repeating: (25.0, 10.0), count: 5) + Array(repeating: (10.0, 25.0), count: 5)
        + [(15, 15)])
    #expect(mixed["pairs"] == .int(11))
    let improved = mixed["reliably_improved"]
    let worse = mixed["reliably_worse"]
    #expect(
      improved == .hidden(.init(.withheld, threshold: 5))
        || worse == .hidden(.init(.withheld, threshold: 5)),
      "\(String(describing: improved)) \(String(describing: worse))")
    // Six of seven outside normal to normal: the share would name the one who did not.
    let most = try row(Array(repeating: (20.0, 12.0), count: 6) + [(20, 18)])
    #expect(most["outside_normal"] == .int(7))
    #expect(most["to_normal"] == .hidden(.init(.withheld, threshold: 5)))
    // Five and five: nothing small.
    let even = try row(
      Array(repeating: (20.0, 12.0), count: 5) + Array(repeating: (20, 18), count: 5))
    #expect(even["to_normal"]?.display == "50%")
  }

  @Test func fewPairsAreHiddenAndNoneGiveNoSection() throws {
    let ts = (1...3).map { Self.trajectory($0, pre: 20, post: 10) }
    let doc = PeriodReport(
      trajectories: ts, config: Self.config, period: PeriodSpec.parse("2026")!,
      today: LocalDate("2026-11-19")!
    ).document(.en)
    let r = try #require(Self.row(doc))
    #expect(r["pairs"] == .hidden(.init(.smallCount, threshold: 5)))
    #expect(r["mean_change"] == .hidden(.init(.tooFewCases, threshold: 5)))
    let none = PeriodReport(
      trajectories: [Self.trajectory(1, pre: 20, post: nil)], config: Self.config,
      period: PeriodSpec.parse("2026")!, today: LocalDate("2026-11-19")!
    ).document(.en)
    #expect(Self.row(none) == nil)
  }

  @Test func theChildReportShowsBandsChangeAndReliableChange() throws {
    let t = Self.trajectory(1, pre: 20, post: 12)
    let doc = ChildReport(trajectory: t, config: Self.config, today: LocalDate("2026-11-19")!)
      .document(.en)
    let section = try #require(doc.sections.first { $0.id == "measures" })
    guard case .table(let table) = section.blocks[0] else {
      Issue.record("no table")
      return
    }
    let r = Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.key), table.rows[0]))
    #expect(r["pre_band"] == .code("abnormal", label: "abnormal"))
    #expect(r["post_band"] == .code("normal", label: "normal"))
    #expect(r["change"]?.data == .number(-8, decimals: 0))
    // RCI = 8 / (√2 · 5 · √0.2) = 2.53, an improvement.
    #expect(r["rci"]?.display == "2.53 improved")
    #expect(table.columns.first { $0.key == "pre_band" }?.label == "Band (NL)")
  }

  @Test func theResearchExportGivesMeasuresPerTimepointPseudonymised() throws {
    var t = Self.trajectory(1, pre: 20, post: 12)
    t.child.born = YearMonth("2016-04")
    var consent = Consent()
    consent.date = LocalDate("2026-02-01")
    consent.givenBy = ["parents"]
    consent.scope = ["support", "questionnaires", "research"]
    t.consent = [consent]
    let export = ResearchExport(
      trajectories: [t], config: Self.config, period: nil, salt: Array("salt".utf8), stable: true)
    let table = export.outcomeTable()
    #expect(table.rows.count == 2)
    let text = ReportRenderer.render(export.document(csv: .outcomes), as: .csv)
    #expect(!text.contains("T-1") && !text.contains("Kind"))
    #expect(text.contains(",q,parent,pre,0,8-9,total,20,abnormal,NL"))
    #expect(text.contains(",q,parent,post,119,10-11,total,12,normal,NL"))
  }
}
