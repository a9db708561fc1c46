import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// The week report's data (CSV and JSON `data`) starts every row with the ISO week and its
/// Monday, as the period CSV starts with its period (ecosystem review §1: "The week and period
/// CSVs have no date column at all"), so that the CSVs of two weeks pasted together can be told
/// apart: trajectory rows, activity rows (meetings, groups, work without a child file) and the
/// row of a file left out.
@Suite struct WeekDataISOWeekTests {
  /// The rows of a week report's JSON `data`, with the kind of each: `trajectory`, the activity
  /// type, or `left-out`.
  static func rows(_ json: String) throws -> [(kind: String, row: [String: Any])] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let data = try #require(object["data"] as? [String: Any])
    let rows = try #require(data["rows"] as? [[String: Any]])
    return rows.map { row in
      let attention = (row["attention"] as? [[String: Any]]) ?? []
      if attention.contains(where: { $0["code"] as? String == "left-out" }) {
        return ("left-out", row)
      }
      if let activity = row["activity"] as? [String: Any], let code = activity["code"] as? String {
        return (code, row)
      }
      return ("trajectory", row)
    }
  }

  /// The CSV's lines after the heading.
  static func dataLines(_ csv: String) -> [Substring] {
    Array(csv.split(whereSeparator: \.isNewline).dropFirst())
  }

  @Test(arguments: [
    // Trajectories, teacher support, a theme meeting and light contacts in one week.
    (
      "sociaal-werker-school", "2026-W46", "2026-11-09", "2026-W45", "2026-11-02",
      ["trajectory", "teacher-support", "theme-meeting", "light-contacts", "left-out"]
    ),
    // A group meeting.
    (
      "tijd-voor-toekomst", "2026-W45", "2026-11-02", "2026-W44", "2026-10-26",
      ["trajectory", "group", "left-out"]
    ),
  ])
  func everyRowStartsWithTheISOWeek(
    _ example: String, _ week: String, _ monday: String, _ other: String,
    _ otherMonday: String, _ kinds: [String]
  ) throws {
    let copy = try ExampleWorkspaceCopy(example)
    // A file that cannot be read: the week report runs and gives it a row of its own.
    try Data("schema: amigo.trajectory/1\nid: x\n\tbad\n".utf8).write(
      to: copy.work.appendingPathComponent("trajectories/XX-2026-BAD1.yaml"))
    func run(_ args: [String]) -> String {
      let env = Environment(currentDirectory: copy.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      #expect(status == .success, "\(args): \(env.stderr.text)")
      return env.stdout.text
    }
    for lang in ["en", "nl"] {
      let csv = run(["report", "--week", week, "--format", "csv", "--no-bom", "--lang", lang])
      let heading = lang == "en" ? "ISO week,Week start,Worker," : "ISO-week,Begin van de week,"
      #expect(csv.hasPrefix(heading), "\(csv)")
      let json = run(["report", "--week", week, "--format", "json", "--lang", lang])
      let rows = try Self.rows(json)
      #expect(Set(rows.map(\.kind)).isSuperset(of: kinds), "\(rows.map(\.kind))")
      for (kind, row) in rows {
        #expect(row["iso_week"] as? String == week, "\(kind): \(row)")
        #expect(row["week_start"] as? String == monday, "\(kind): \(row)")
      }
      let lines = Self.dataLines(csv)
      #expect(lines.count == rows.count, "\(csv)")
      for line in lines {
        #expect(line.hasPrefix("\(week),\(monday),"), "\(line)")
      }

      // Another week's CSV differs in the first columns of every row.
      let otherCSV = run(["report", "--week", other, "--format", "csv", "--no-bom", "--lang", lang])
      let otherLines = Self.dataLines(otherCSV)
      #expect(!otherLines.isEmpty)
      for line in otherLines {
        #expect(line.hasPrefix("\(other),\(otherMonday),"), "\(line)")
      }
    }
  }
}
