import AmigoReports
import AmigoSchema
import Testing

/// The period report follows the programme profiles (issue 25): a programme's column shows the
/// optional figures its `figures:` lists, and a row or part no programme lists is left out.
@Suite struct ProfileFiguresTests {
  static let period = DateRange(
    from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026")

  /// Two programmes: `a` lists `figures`, `b` lists nothing (every figure, as before).
  static func report(a figures: [String]?, b: Bool = true) -> ReportDocument {
    var config = Config()
    var a = Programme(id: "a")
    a.label = "A"
    a.figures = figures
    a.requiredContacts = [.parentTalk]
    var other = Programme(id: "b")
    other.label = "B"
    config.programmes = b ? [a, other] : [a]
    config.workers = [Worker(id: "w")]
    var trajectories: [Trajectory] = []
    let ids: [String] = b ? ["a", "b"] : ["a"]
    for (i, programme) in ids.enumerated() {
      var t = Trajectory()
      t.id = "T-2026-00\(i)A"
      t.programme = programme
      t.worker = "w"
      t.status = .intake
      var r = Referral()
      r.date = LocalDate("2026-03-02")
      t.referral = r
      var s = Session()
      s.date = LocalDate("2026-03-03")
      s.kind = .parentTalk
      t.sessions = [s]
      trajectories.append(t)
    }
    var coaching = Activity()
    coaching.id = "C-2026-3VTX"
    coaching.type = .teacherSupport
    coaching.programme = "a"
    coaching.workers = ["w"]
    coaching.date = LocalDate("2026-03-04")
    coaching.minutes = 30
    coaching.teacher = "teacher"
    var tally = Activity()
    tally.id = "L-2026-03-w"
    tally.type = .lightContacts
    tally.programme = "a"
    tally.workers = ["w"]
    var c = LightContact()
    c.date = LocalDate("2026-03-05")
    c.who = "parent"
    c.theme = "parenting"
    c.minutes = 10
    tally.contacts = [c]
    return PeriodReport(
      trajectories: trajectories, activities: [coaching, tally], config: config,
      period: period, today: LocalDate("2027-01-10")!
    ).document(.en)
  }

  static func rows(_ doc: ReportDocument, table: String) -> [String] {
    for section in doc.sections {
      for case .table(let t) in section.blocks where t.id == table {
        return t.rows.compactMap { if case .code(let k, _) = $0[0] { k } else { nil } }
      }
    }
    return []
  }

  @Test func aProgrammeWithoutFiguresShowsEveryFigureAsBefore() {
    let doc = Self.report(a: nil, b: false)
    let indicators = Self.rows(doc, table: "indicators")
    for key in ["families", "waiting", "wait_median", "satisfaction_child", "parent_talk"] {
      #expect(indicators.contains(key), "\(key)")
    }
    let light = Self.rows(doc, table: "light_work")
    #expect(light.contains("light_contacts") && light.contains("theme_meetings"))
  }

  @Test func rowsNoProgrammeListsAreLeftOut() {
    // Only teacher support: the light-work table keeps its teacher-support rows, no zeros of
    // light contacts or theme meetings (Kansencoach); no families, waiting or satisfaction.
    let doc = Self.report(a: ["teacher-support"], b: false)
    let indicators = Self.rows(doc, table: "indicators")
    for key in ["families", "waiting", "wait_median", "wait_longest", "satisfaction_parents"] {
      #expect(!indicators.contains(key), "\(key)")
    }
    // The contacts the profile requires stay, and so do the counts every programme has.
    #expect(indicators.contains("parent_talk") && indicators.contains("reached"))
    #expect(
      Self.rows(doc, table: "light_work")
        == ["teacher_support", "teacher_support_minutes", "teacher_support_hours"])
    #expect(
      !(doc.csvTable?.rows ?? []).contains { row in
        row.contains { if case .code(let k, _) = $0.data { k == "light_contacts" } else { false } }
      })
    // No part at all when no programme lists any of its figures.
    let none = Self.report(a: [], b: false)
    #expect(Self.rows(none, table: "light_work").isEmpty)
    #expect(!Self.rows(none, table: "indicators").contains("families"))
  }

  @Test func aProgrammeColumnIsBlankForAFigureItsProfileDoesNotList() throws {
    // `b` lists nothing, so shows everything: the rows stay; `a`'s column is blank in them,
    // the total still counts every programme.
    let doc = Self.report(a: ["teacher-support"])
    #expect(periodFigure(doc, "waiting", group: "a") == .empty)
    #expect(periodFigure(doc, "waiting", group: "b") != .empty)
    #expect(periodFigure(doc, "light_contacts", group: "a", table: "light_work") == .empty)
    #expect(periodFigure(doc, "light_contacts", group: "all", table: "light_work") != .empty)
    #expect(periodFigure(doc, "teacher_support", group: "a", table: "light_work") == .int(1))
  }

  /// Child talks follow the programme's own keys (`Programme.counts`: a dose norm for them, or
  /// `child-talk` in `session_kinds`): beside a programme that counts them, the column of one
  /// that does not (Tijd voor Toekomst beside Amigo's op School) is blank, as docs/reports.md
  /// says; the total still counts every child.
  @Test func childTalksAreBlankInTheColumnOfAProgrammeThatDoesNotCountThem() throws {
    var config = Config()
    var tvt = Programme(id: "tvt")
    tvt.label = "TvT"
    tvt.goalsExpected = false
    config.programmes = [.amigosOpSchool, tvt]
    config.workers = [Worker(id: "w")]
    // Five children in each programme, each reached by two child talks.
    let trajectories = (0..<10).map { i in
      var t = Trajectory()
      t.id = "T-2026-0\(i)0A"
      t.programme = i < 5 ? "amigos-op-school" : "tvt"
      t.worker = "w"
      t.status = .active
      t.sessions = ["2026-03-03", "2026-03-05"].map { date in
        var s = Session()
        s.date = LocalDate(date)
        s.kind = .childTalk
        return s
      }
      return t
    }
    let doc = PeriodReport(
      trajectories: trajectories, config: config, period: Self.period,
      today: LocalDate("2027-01-10")!
    ).document(.en)
    #expect(periodFigure(doc, "child_talks", group: "amigos-op-school") == .number(2, decimals: 1))
    #expect(periodFigure(doc, "child_talks", group: "tvt") == .empty)
    #expect(periodFigure(doc, "child_talks") == .number(2, decimals: 1))
  }

  /// Tijd voor Toekomst looks for help in the child's own network first: `network-talks` shows
  /// the network talks held in the period per child reached (a mean, like child talks).
  @Test func networkTalksPerChildReachedFollowTheProfile() throws {
    func report(_ figures: [String]) -> ReportDocument {
      var config = Config()
      var p = Programme(id: "tvt")
      p.label = "TvT"
      p.figures = figures
      config.programmes = [p]
      config.workers = [Worker(id: "w")]
      // Six children reached by a parent talk; three of them also had one network talk in
      // the period, and one a network talk after it (not counted).
      let trajectories = (0..<6).map { i in
        var t = Trajectory()
        t.id = "T-2026-00\(i)A"
        t.programme = "tvt"
        t.worker = "w"
        t.status = .active
        var r = Referral()
        r.date = LocalDate("2026-03-02")
        t.referral = r
        var s = Session()
        s.date = LocalDate("2026-03-03")
        s.kind = .parentTalk
        t.sessions = [s]
        if i < 3 || i == 5 {
          var n = Session()
          n.date = LocalDate(i == 5 ? "2027-01-05" : "2026-04-07")
          n.kind = .networkTalk
          t.sessions.append(n)
        }
        return t
      }
      return PeriodReport(
        trajectories: trajectories, activities: [], config: config, period: Self.period,
        today: LocalDate("2027-01-10")!
      ).document(.en)
    }
    let shown = report(["network-talks"])
    #expect(periodFigure(shown, "network_talks", group: "tvt") == .number(0.5, decimals: 1))
    #expect(periodFigure(shown, "network_talks") == .number(0.5, decimals: 1))
    // Not listed: no row.
    #expect(!Self.rows(report(["waiting"]), table: "indicators").contains("network_talks"))
  }
}
