import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 15: `show` and `list` are reports. Their content is a `ReportDocument` built in
/// AmigoReports (`ChildSummary`, `CaseloadList`) and printed by the one set of renderers, so
/// every format shows the same facts; the text stays the compact screen.
@Suite struct ScreenReportTests {
  static let caseload = Fixtures.root.appendingPathComponent("Examples/caseload").path

  func run(_ args: [String], columns: Int? = nil) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(
      variables: columns.map { ["COLUMNS": String($0)] } ?? [:],
      currentDirectory: Self.caseload, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static let commands: [[String]] = [
    ["show", "K7Q4"], ["show", "YE8P", "--notes"], ["show", "W6ZA"], ["list"], ["list", "--all"],
  ]

  @Test(arguments: commands)
  func everyFormatWorks(_ command: [String]) throws {
    for format in ReportFormat.allCases {
      let (status, out, err) = run(command + ["--format", format.rawValue])
      #expect(status == .success, "\(command) \(format): \(err)")
      #expect(!out.isEmpty)
    }
    let (_, text, _) = run(command)
    let (_, explicit, _) = run(command + ["--format", "text"])
    #expect(text == explicit)
    let (_, json, _) = run(command + ["--format", "json"])
    let object = try self.json(json)
    #expect(object["report"] as? String == command[0])
  }

  @Test func aBadFormatIsAUsageError() {
    for command in [["show", "K7Q4"], ["list"]] {
      let (status, out, err) = run(command + ["--format", "pdf"])
      #expect(status == .usage)
      #expect(out.isEmpty)
      #expect(err.contains("'pdf'") && err.contains("--format <format>"))
    }
  }

  /// The list's JSON rows are its text rows, typed: the same ids in the same order.
  @Test func listJSONHoldsTheRowsOfTheScreen() throws {
    let (_, text, _) = run(["list", "--all", "--lang", "en"])
    let (_, json, _) = run(["list", "--all", "--lang", "en", "--format", "json"])
    let data = try #require(try self.json(json)["data"] as? [String: Any])
    let rows = try #require(data["rows"] as? [[String: Any]])
    let ids = text.split(separator: "\n").dropFirst().dropLast().map {
      String($0.split(separator: " ")[0])
    }
    #expect(rows.map { $0["id"] as? String ?? "" } == ids)
    let k7q4 = try #require(rows.first { $0["id"] as? String == "AOS-2026-K7Q4" })
    #expect(k7q4["week"] as? Int == 11)
    #expect(k7q4["planned_weeks"] as? Int == 16)
    #expect((k7q4["status"] as? [String: Any])?["code"] as? String == "active")
    let facts = try #require(try self.json(json)["facts"] as? [String: Any])
    #expect(facts["shown"] as? Int == ids.count)
    #expect(facts["total"] as? Int == ids.count)
    let (_, csv, _) = run(["list", "--all", "--format", "csv"])
    #expect(csv.split(separator: "\r\n").count == ids.count + 1)
  }

  /// `show`'s facts as data: each line of the screen a row with a stable field name.
  @Test func showJSONHoldsTheFactsOfTheScreen() throws {
    let (_, json, _) = run(["show", "K7Q4", "--lang", "en", "--format", "json"])
    let object = try self.json(json)
    let data = try #require(object["data"] as? [String: Any])
    let rows = try #require(data["rows"] as? [[String: Any]])
    let fields = rows.map { $0["field"] as? String ?? "" }
    #expect(fields.prefix(5) == ["programme", "school", "worker", "status", "child"])
    let status = try #require(rows.first { $0["field"] as? String == "status" })
    #expect((status["value"] as? [String: Any])?["code"] as? String == "active")
    // Without --notes, no free text: no session notes, no request.
    #expect(!fields.contains("request"))
    #expect(!json.contains("\"note\""))
    let (_, notes, _) = run(["show", "YE8P", "--notes", "--format", "json"])
    #expect(notes.contains("\"note\""))
    #expect(notes.contains("\"request\""))
  }

  /// One rule for the week of a trajectory: paused weeks do not count, in `list` as in `show`
  /// and the reports (`Trajectory.week(of:)`; `list` counted calendar weeks).
  @Test func listAndShowGiveAPausedTrajectoryTheSameWeek() throws {
    let (_, show, _) = run(["show", "P4GC"])
    #expect(show.contains("2026-09-07, week 7 van de 16"))
    let (_, list, _) = run(["list"])
    let row = try #require(list.split(separator: "\n").first { $0.hasPrefix("AOS-2026-P4GC") })
    #expect(row.contains(" 7/16 "))
    let (_, json, _) = run(["list", "--format", "json"])
    #expect(
      json.contains(
        #""id": "AOS-2026-P4GC", "child": "Ilias H.", "status": {"code": "paused", "label": "gepauzeerd"}, "school": "het-havenlicht", "worker": "ab", "week": 7,"#
      ))
  }

  /// Colour comes from the cells' emphasis, through the one table engine.
  @Test func theScreenColoursMarkedCells() {
    let entry = CaseloadList.Entry(
      id: "AOS-2026-AAAA", label: "Kim", status: "active", school: "s", worker: "w", week: 18,
      plannedWeeks: 16, start: LocalDate("2026-07-20"), lastContact: nil, referral: nil,
      daysWaiting: nil, hasErrors: true)
    let doc = CaseloadList(
      entries: [entry], total: 1, filtered: false, archived: 0, today: LocalDate("2026-11-19")!
    ).document(.en)
    let coloured = ReportRenderer.render(doc, as: .text, color: true)
    #expect(coloured.contains("\u{1B}[32mactive\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[31mAOS-2026-AAAA !\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[33m18/16\u{1B}[0m"))
    let plain = ReportRenderer.render(doc, as: .text, color: false)
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.hasSuffix("1 trajectory\n"))
    // The data is the value, not the marks.
    let json = ReportRenderer.render(doc, as: .json)
    #expect(json.contains("\"id\": \"AOS-2026-AAAA\""))
    #expect(json.contains("\"week\": 18"))
  }

  /// One table engine: the CLI's show and list lay nothing out themselves.
  @Test func showAndListLayNothingOut() throws {
    for file in ["Show.swift", "List.swift"] {
      let text = try String(
        contentsOf: Fixtures.root.appendingPathComponent("Sources/AmigoCLI/Commands/" + file),
        encoding: .utf8)
      #expect(!text.contains("TextTable"), "\(file)")
      #expect(!text.contains("func L("), "\(file)")
    }
  }

  /// The width of the terminal still holds for both (issue 28).
  @Test func narrowTerminals() {
    for command in Self.commands {
      let (_, out, _) = run(command, columns: 80)
      let long = out.split(separator: "\n").filter { TextWidth.of(String($0)) > 80 }
      #expect(long.isEmpty, "\(command): \(long)")
    }
  }
}
