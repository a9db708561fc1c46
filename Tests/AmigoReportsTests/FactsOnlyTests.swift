import AmigoReports
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Whole-workspace commands load trajectories with their facts only (`LoadDetail.facts`,
/// `Trajectory.dropDetails()`). Every workspace report must come out the same from those as
/// from the complete trajectories, so that no report silently reads something that was dropped.
@Suite struct FactsOnlyTests {
  struct Workspace: Sendable, CustomTestStringConvertible {
    let root: String
    let weeks: [ISOWeek]
    var testDescription: String { root }
  }

  static let workspaces = [
    Workspace(
      root: "Examples/caseload",
      weeks: [
        ISOWeek(year: 2026, week: 47), ISOWeek(year: 2026, week: 44),
        ISOWeek(year: 2026, week: 38),
      ]),
    Workspace(
      root: "Tests/Fixtures/generated",
      weeks: [
        ISOWeek(year: 2026, week: 46), ISOWeek(year: 2025, week: 3), ISOWeek(year: 2024, week: 10),
        ISOWeek(year: 2023, week: 6),
      ]),
  ]

  @Test(arguments: workspaces)
  func reportsAreTheSameFromFactsOnly(_ workspace: Workspace) throws {
    let root = Fixtures.root.appendingPathComponent(workspace.root).path
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let folder = root + "/trajectories"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let full = try names.map { name in
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    #expect(full.count >= 15)
    let facts = full.map { t in
      var lean = t
      lean.dropDetails()
      return lean
    }
    // Something was dropped, or the comparison proves nothing.
    #expect(facts != full)
    let today = LocalDate(year: 2026, month: 11, day: 19)!

    func same(_ a: ReportDocument, _ b: ReportDocument, _ what: String) {
      for format in [ReportFormat.json, .text] {
        #expect(
          ReportRenderer.render(a, as: format) == ReportRenderer.render(b, as: format), "\(what)")
      }
    }
    for week in workspace.weeks {
      for lang in [Language.en, .nl] {
        same(
          WeeklyReport(trajectories: full, config: config, week: week, today: today).document(lang),
          WeeklyReport(trajectories: facts, config: config, week: week, today: today).document(
            lang), "week \(week)")
      }
    }
    for text in ["2025/2026", "2024", "2026-Q1", "2023/2024"] {
      let period = try #require(PeriodSpec.parse(text))
      same(
        PeriodReport(trajectories: full, config: config, period: period, today: today).document(
          .en),
        PeriodReport(trajectories: facts, config: config, period: period, today: today).document(
          .en), "period \(text)")
      let salt = Array("fixed salt".utf8)
      same(
        ResearchExport(
          trajectories: full, config: config, period: period, salt: salt, stable: true
        ).document(csv: nil),
        ResearchExport(
          trajectories: facts, config: config, period: period, salt: salt, stable: true
        ).document(csv: nil), "research export \(text)")
    }
    #expect(
      Retention.entries(full, config: config, today: today, horizon: today.adding(days: 400))
        == Retention.entries(facts, config: config, today: today, horizon: today.adding(days: 400)))
  }
}

/// Suppression over every month, quarter, year and school year of the fixture workspaces:
/// no crash, every shown count is the true one, every `<5` is 1 to 4, and `x` stands for a
/// real count. (Whether a hidden count can be worked out was checked by an independent
/// reimplementation with a MILP solver; see docs/reports.md.)
@Suite struct SuppressionTests {
  @Test(arguments: ["Examples/caseload", "Tests/Fixtures/generated"])
  func shownCountsAreTrueAndHiddenOnesSmall(_ workspace: String) throws {
    let root = Fixtures.root.appendingPathComponent(workspace).path
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let folder = root + "/trajectories"
    let trajectories = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + $0))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    var plain = config
    plain.smallNumbers = 1
    let today = LocalDate(year: 2026, month: 11, day: 19)!
    var periods: [String] = []
    for year in 2022...2026 {
      periods += ["\(year)", "\(year - 1)/\(year)"] + (1...4).map { "\(year)-Q\($0)" }
      periods += (1...12).map { "\(year)-" + ($0 < 10 ? "0" : "") + "\($0)" }
    }
    var hidden = 0
    var withheld = 0
    for text in periods {
      let period = try #require(PeriodSpec.parse(text))
      let shown = PeriodReport(
        trajectories: trajectories, config: config, period: period, today: today
      )
      .document(.en)
      let truth = PeriodReport(
        trajectories: trajectories, config: plain, period: period, today: today
      )
      .document(.en)
      for (s, t) in zip(shown.sections, truth.sections) {
        for case (.table(let a), .table(let b)) in zip(s.blocks, t.blocks) {
          for (rowA, rowB) in zip(a.rows, b.rows) {
            for (cell, true_) in zip(rowA, rowB) {
              guard case .int(let n) = true_ else {
                // `<5` means a small count: a median, mean or share never shows it.
                #expect(cell.hiddenFigure?.reason != .smallCount, "\(text) \(a.id) \(rowA[0])")
                continue
              }
              switch cell {
              case .int(let m): #expect(m == n, "\(text) \(a.id) \(rowA[0])")
              case .hidden(let h) where h.reason == .smallCount:
                hidden += 1
                #expect((1...4).contains(n), "\(text) \(a.id) \(rowA[0])")
              case .hidden(let h) where h.reason == .withheld: withheld += 1
              default: Issue.record("\(text) \(a.id) \(rowA[0]): \(cell) for the count \(n)")
              }
            }
          }
        }
      }
    }
    // The check saw both kinds.
    #expect(hidden > 0 && withheld > 0)
  }
}
