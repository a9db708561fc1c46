import AmigoReports
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The period report loads each trajectory with its facts only and then drops what no period
/// figure reads (`PeriodReport.dropUnread`). The period report, the coordinator's views and the
/// aggregate must come out the same from those as from the complete trajectories.
@Suite struct PeriodFactsTests {
  static let workspaces = [
    "Examples/caseload", "Examples/kansencoach", "Examples/ruggensteun",
    "Examples/sociaal-werker-school", "Examples/tijd-voor-toekomst",
    "Tests/Fixtures/generated",
  ]

  @Test(arguments: workspaces)
  func periodReportsAreTheSameWithoutWhatTheyDoNotRead(_ workspace: String) throws {
    let root = Fixtures.root.appendingPathComponent(workspace).path
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let folder = root + "/trajectories"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let full = try names.filter { $0.hasSuffix(".yaml") }.map { name in
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    #expect(full.count >= 3)
    let lean = full.map { t in
      var lean = t
      lean.dropDetails()
      PeriodReport.dropUnread(&lean)
      return lean
    }
    // Something was dropped where there are goals (the caseload and the generated fixtures
    // have them), or the comparison proves nothing.
    if full.contains(where: { !$0.goals.isEmpty }) {
      #expect(lean.map { t in t.goals.map(\.text) } != full.map { t in t.goals.map(\.text) })
    }
    #expect(workspace.hasPrefix("Examples/") || full.contains(where: { !$0.goals.isEmpty }))
    let today = LocalDate(year: 2026, month: 11, day: 19)!

    func same(_ a: ReportDocument, _ b: ReportDocument, _ what: String) {
      for format in [ReportFormat.json, .text, .csv] {
        #expect(
          ReportRenderer.render(a, as: format) == ReportRenderer.render(b, as: format), "\(what)")
      }
    }
    for text in ["2025/2026", "2024", "2026-Q1", "2023/2024", "2026"] {
      let period = try #require(PeriodSpec.parse(text))
      #expect(
        PeriodAggregate(
          PeriodReport(trajectories: full, config: config, period: period, today: today))
          == PeriodAggregate(
            PeriodReport(trajectories: lean, config: config, period: period, today: today)),
        "aggregate \(text)")
      for lang in [Language.en, .nl] {
        same(
          PeriodReport(trajectories: full, config: config, period: period, today: today)
            .document(lang),
          PeriodReport(trajectories: lean, config: config, period: period, today: today)
            .document(lang), "period \(text)")
        same(
          CoordinatorReport(
            trajectories: full, config: config, period: period, today: today, worker: nil
          ).document(lang),
          CoordinatorReport(
            trajectories: lean, config: config, period: period, today: today, worker: nil
          ).document(lang), "team \(text)")
        let worker = full.first?.worker
        same(
          CoordinatorReport(
            trajectories: full, config: config, period: period, today: today, worker: worker
          ).document(lang),
          CoordinatorReport(
            trajectories: lean, config: config, period: period, today: today, worker: worker
          ).document(lang), "worker \(text)")
      }
    }
  }
}
