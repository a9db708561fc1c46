import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoReports

/// The week report builds, lays out and prints each worker's part on its own, on all cores, and
/// joins the parts in order (issue 32): the report must be the one a single pass gives, in every
/// format, in every run.
@Suite struct WeekReportInPartsTests {
  static let workspaces = ["Examples/caseload", "Tests/Fixtures/generated"]
  static let weeks = [
    ISOWeek(year: 2026, week: 47), ISOWeek(year: 2026, week: 44), ISOWeek(year: 2025, week: 3),
    ISOWeek(year: 2024, week: 10),
  ]
  static let today = LocalDate(year: 2026, month: 11, day: 19)!

  static func load(_ workspace: String) throws -> (Config, [Trajectory]) {
    let root = Fixtures.root.appendingPathComponent(workspace).path
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let folder = root + "/trajectories"
    let trajectories = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + $0))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    return (config, trajectories)
  }

  /// The whole report's workers, sections and data rows are each worker's own report's, in the
  /// workers' order.
  @Test(arguments: workspaces)
  func wholeReportIsTheWorkersReportsInOrder(_ workspace: String) throws {
    let (config, trajectories) = try Self.load(workspace)
    #expect(config.workers.count >= 2)
    var shown = 0
    for week in Self.weeks {
      for lang in [Language.en, .nl] {
        let whole = WeeklyReport(
          trajectories: trajectories, config: config, week: week, today: Self.today)
        let doc = whole.document(lang)
        var workers: [String] = []
        var sections: [Section] = []
        var rows: [[Cell]] = []
        for w in config.workers {
          let one = WeeklyReport(
            trajectories: trajectories, config: config, week: week, today: Self.today,
            worker: w.id)
          workers += one.workers.map(\.worker.id)
          let part = one.document(lang)
          sections += part.sections.filter { $0.id.hasPrefix("worker:") }
          rows += part.csvTable?.rows ?? []
        }
        #expect(whole.workers.map(\.worker.id) == workers, "\(week)")
        #expect(doc.sections.filter { $0.id.hasPrefix("worker:") } == sections, "\(week)")
        #expect(doc.csvTable?.rows == rows, "\(week)")
        shown += workers.count
      }
    }
    // Several workers had something to show, or the comparison proves little.
    #expect(shown > 2 * Self.weeks.count)
  }

  /// Text printed in parts equals the document made safe first and printed in one pass, at any
  /// width, also with control characters and bidirectional overrides in labels.
  @Test(arguments: workspaces)
  func textInPartsIsTheOnePassText(_ workspace: String) throws {
    var (config, trajectories) = try Self.load(workspace)
    // Hostile labels and worker names (read from files written by other tools).
    for i in trajectories.indices where i % 3 == 0 {
      trajectories[i].child.label +=
        ["\u{1B}[31m", "\t\u{202E}x", "\r\n中文", "e\u{301}\u{7F}"][
          i % 4]
    }
    config.workers = config.workers.enumerated().map { k, w in
      var w = w
      if k % 2 == 0 { w.name += "\u{0}\u{85}\u{2066}" }
      return w
    }
    for week in Self.weeks {
      for lang in [Language.en, .nl] {
        let doc = WeeklyReport(
          trajectories: trajectories, config: config, week: week, today: Self.today
        ).document(lang)
        for width in [nil, 20, 60, 200] as [Int?] {
          for color in [false, true] {
            let renderer = TextRenderer(color: color, width: width)
            let text = renderer.render(doc.safeText())
            #expect(
              ReportRenderer.render(doc, as: .text, color: color, width: width) == text,
              "\(week) \(width ?? 0) \(color)")
            #expect(renderer.renderSafe(doc) == text)
          }
        }
      }
    }
  }

  /// Without its data table (what the CLI asks for text, Markdown and HTML) the document is the
  /// same but for the table, and prints the same in those formats.
  @Test(arguments: workspaces)
  func documentWithoutDataTablePrintsTheSame(_ workspace: String) throws {
    let (config, trajectories) = try Self.load(workspace)
    for week in Self.weeks {
      for lang in [Language.en, .nl] {
        let report = WeeklyReport(
          trajectories: trajectories, config: config, week: week, today: Self.today)
        let full = report.document(lang)
        let lean = report.document(lang, dataTable: false)
        #expect(lean.csvTable == nil)
        #expect(full.csvTable != nil)
        var bare = full
        bare.csvTable = nil
        #expect(lean == bare, "\(week)")
        for format in [ReportFormat.text, .markdown, .html] {
          #expect(
            ReportRenderer.render(lean, as: format) == ReportRenderer.render(full, as: format),
            "\(week) \(format)")
        }
        #expect(
          ReportRenderer.html(lean, lang: lang, charts: report.charts(lang))
            == ReportRenderer.html(full, lang: lang, charts: report.charts(lang)))
      }
    }
  }

  /// The same files give the same report in every run, whatever order the threads finish in.
  @Test func everyRunGivesTheSameReport() throws {
    let (config, trajectories) = try Self.load("Tests/Fixtures/generated")
    let week = ISOWeek(year: 2026, week: 46)
    func once() -> [String] {
      let doc = WeeklyReport(
        trajectories: trajectories, config: config, week: week, today: Self.today
      ).document(.nl)
      return ReportFormat.allCases.map { ReportRenderer.render(doc, as: $0) }
    }
    let first = once()
    for _ in 0..<20 { #expect(once() == first) }
  }
}
