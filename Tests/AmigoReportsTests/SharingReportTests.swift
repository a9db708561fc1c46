import AmigoSchema
import Foundation
import Testing

@testable import AmigoReports

/// Issue 17 in the reports: the period report's sharing part (suppressed as usual), the child
/// report's sections, and the research export on research consent (issue 16 (a): exceptions).
@Suite struct SharingReportTests {
  static let period = PeriodSpec.parse("2026")!
  static let today = LocalDate("2026-12-31")!

  var config: Config {
    var c = Config()
    c.organisation = "Test"
    c.programmes = [Programme(id: "amigos-op-school")]
    c.schools = [School(id: "de-zeester")]
    c.workers = [Worker(id: "mvd")]
    return c
  }

  /// A trajectory started on `start`, informed school `informed` days after it (nil: never).
  func trajectory(_ n: Int, informed: Int?, meldcode outcome: String? = nil) -> Trajectory {
    var t = exportTrajectory()
    t.id = "T-\(n)"
    let start = LocalDate("2026-02-02")!
    t.plan.start = start
    if let informed {
      var s = Sharing()
      s.date = start.adding(days: informed)
      s.direction = "given"
      s.with = ["care-coordinator"]
      s.what = ["involvement"]
      t.sharing = [s]
    }
    if let outcome {
      var m = MeldcodeStep()
      m.date = LocalDate("2026-03-02")
      m.step = outcome == "open" ? "signals-mapped" : "decision"
      m.outcome = outcome == "open" ? nil : outcome
      t.meldcode = [m]
    }
    return t
  }

  func figures(_ ts: [Trajectory]) -> (Table, Table)? {
    let doc = PeriodReport(
      trajectories: ts, config: config, period: Self.period, today: Self.today
    ).document(.en)
    guard let section = doc.sections.first(where: { $0.id == "sharing" }) else { return nil }
    var tables: [Table] = []
    for case .table(let t) in section.blocks { tables.append(t) }
    return (tables[0], tables[1])
  }

  func value(_ table: Table, _ row: String, column: Int = 1) -> String {
    table.rows.first { $0[0].display.isEmpty == false && code($0[0]) == row }?[column].display
      ?? "?"
  }

  func code(_ cell: Cell) -> String {
    if case .code(let c, _) = cell.data { return c }
    return cell.display
  }

  @Test func theShareAndMedianOfSchoolInformed() throws {
    // Eight started: six informed school (0, 0, 1, 3, 5, 9 days; one before the start counts 0).
    let ts = [
      trajectory(1, informed: -2), trajectory(2, informed: 0), trajectory(3, informed: 1),
      trajectory(4, informed: 3), trajectory(5, informed: 5), trajectory(6, informed: 9),
      trajectory(7, informed: nil), trajectory(8, informed: nil),
    ]
    let (table, _) = try #require(figures(ts))
    // 6 of 8, but a remainder of 2 would give a small count away: withheld.
    #expect(value(table, "school_informed") == "x")
    #expect(value(table, "days_to_school") == "2")
    // With five more informed: 11 of 13, remainder 2 still small; with 5 not informed, shown.
    let more =
      ts + (9...13).map { trajectory($0, informed: 4) }
      + (14...16).map { trajectory($0, informed: nil) }
    let (table2, _) = try #require(figures(more))
    #expect(value(table2, "school_informed") == "69 %" || value(table2, "school_informed") == "69%")
  }

  @Test func fewStartedShowNoFigure() throws {
    let (table, _) = try #require(
      figures([trajectory(1, informed: 1), trajectory(2, informed: 2)]))
    #expect(value(table, "school_informed") == "n<5")
    #expect(value(table, "days_to_school") == "n<5")
  }

  @Test func meldcodeCountsAndOutcomesAreSuppressed() throws {
    var ts = (1...6).map { trajectory($0, informed: 1, meldcode: "help") }
    ts.append(trajectory(7, informed: 1, meldcode: "report"))
    let (table, outcomes) = try #require(figures(ts))
    #expect(value(outcomes, "report") == "<5")
    // Shown, 7 and 6 (and 0, 0) would pin the one report down: something else is withheld.
    let shown = [
      value(table, "meldcode"), value(outcomes, "help"), value(outcomes, "report-and-help"),
      value(outcomes, "open"),
    ]
    #expect(shown.contains("x"), "\(shown)")
    #expect(!shown.contains("1"))
  }

  @Test func noPartWithoutSharingMeldcodeOrExceptions() {
    var t = exportTrajectory()
    t.sharing = []
    #expect(figures([t]) == nil)
  }

  @Test func exceptionsReliedOnAreCounted() throws {
    var ts: [Trajectory] = []
    for n in 1...6 {
      var t = trajectory(n, informed: nil)
      t.consent[0].exception = "not-competent"
      ts.append(t)
    }
    let (table, _) = try #require(figures(ts))
    // Six with a held contact in 2026 under consent recording the exception.
    #expect(value(table, "exception_not_competent") == "6")
    #expect(value(table, "exception_without_parents") == "0")
  }

  @Test func theResearchExportNeedsResearchConsent() {
    var with = exportTrajectory()
    with.id = "T-with"
    var without = exportTrajectory()
    without.id = "T-without"
    without.consent[0].scope = ["support", "anonymous-reporting"]
    var withdrawn = exportTrajectory()
    withdrawn.id = "T-withdrawn"
    withdrawn.consent[0].withdrawn = LocalDate("2026-05-01")
    withdrawn.consent[0].withdrawnScope = ["research"]
    let export = ResearchExport(
      trajectories: [with, without, withdrawn], config: config, period: nil,
      salt: Array("s".utf8), stable: true)
    #expect(export.trajectories.map(\.id) == ["T-with"])
    #expect(export.withoutResearchConsent == 2)
    let facts = export.document(csv: nil).facts
    #expect(facts.first { $0.key == "without_research_consent" }?.value.display == "2")
  }

  /// Consent for research counts when the party the child's age asks for on the day of the
  /// export gave it (QA, session 12): a 13-year-old's data go out on the child's and the
  /// parents' word, a 17-year-old's on the child's.
  @Test func theResearchExportNeedsResearchConsentFromTheLawfulParty() {
    func child(_ id: String, born: String, research givers: [String]) -> Trajectory {
      var t = exportTrajectory()
      t.id = id
      t.child.born = YearMonth(born)
      t.consent[0].givenBy = ["parents", "child"]
      t.consent[0].scope = ["support"]
      var r = Consent()
      r.date = LocalDate("2026-02-01")
      r.givenBy = givers
      r.scope = ["research"]
      t.consent.append(r)
      return t
    }
    let cases = [
      child("T-13-parents", born: "2013-05", research: ["parents"]),
      child("T-13-child", born: "2013-05", research: ["child"]),
      child("T-13-both", born: "2013-05", research: ["parents", "child"]),
      child("T-17-parents", born: "2009-05", research: ["parents"]),
      child("T-17-child", born: "2009-05", research: ["child"]),
      child("T-9-child", born: "2016-05", research: ["child"]),
      child("T-9-parents", born: "2016-05", research: ["parents"]),
    ]
    let export = ResearchExport(
      trajectories: cases, config: config, period: nil, salt: Array("s".utf8), stable: true,
      today: LocalDate("2026-11-19"))
    #expect(export.trajectories.map(\.id) == ["T-13-both", "T-17-child", "T-9-parents"])
    #expect(export.withoutResearchConsent == 4)
  }

  @Test func theResearchExportHasTheSharingColumns() {
    var t = trajectory(1, informed: 3, meldcode: "report-and-help")
    t.consent[0].exception = "not-competent"
    let export = ResearchExport(
      trajectories: [t], config: config, period: nil, salt: Array("s".utf8), stable: true)
    let table = export.trajectoryTable()
    func column(_ key: String) -> String {
      table.rows[0][table.columns.firstIndex { $0.key == key }!].display
    }
    #expect(column("sharing_given") == "1")
    #expect(column("school_informed_day") == "3")
    #expect(column("meldcode_outcome") == "report-and-help")
    #expect(column("consent_exception") == "not-competent")
  }

  @Test func theChildReportShowsTheExceptionsGround() {
    var t = exportTrajectory()
    t.child.born = YearMonth("2012-05")
    t.consent[0].exception = "not-competent"
    t.consent[0].exceptionGround = "Assessed by the school doctor."
    let doc = ChildReport(trajectory: t, config: config, today: Self.today).document(.en)
    let fact = doc.facts.first { $0.key == "exception_ground" }
    #expect(fact?.value.display.hasSuffix(": Assessed by the school doctor.") == true)
    // Withdrawn: no longer in force, no longer shown.
    t.consent[0].withdrawn = LocalDate("2026-02-01")
    let later = ChildReport(trajectory: t, config: config, today: Self.today).document(.en)
    #expect(!later.facts.contains { $0.key == "exception_ground" })
  }
}
