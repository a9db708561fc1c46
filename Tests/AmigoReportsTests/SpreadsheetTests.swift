import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// What a municipality's spreadsheet and a script receive (issue 27): CSV that no spreadsheet
/// runs as a formula, a byte order mark for Excel, the period's every figure in one long table,
/// and JSON typed through and through.
@Suite struct SpreadsheetTests {
  func csv(
    _ columns: [Column], _ rows: [[Cell]], delimiter: Character = ",", bom: Bool = true
  )
    -> String
  {
    let doc = ReportDocument(
      kind: "t", title: "T", csvTable: Table(id: "x", columns: columns, rows: rows))
    return ReportRenderer.render(doc, as: .csv, csvDelimiter: delimiter, bom: bom)
  }

  /// Every kind of text cell that starts like a formula gets a `'` in front, in every
  /// delimiter; the rest of the text is kept.
  @Test(arguments: ["=1+1", "+31 6", "-2+3", "@SUM(1;2)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"])
  func textThatStartsLikeAFormulaIsNeutralised(_ text: String) {
    for delimiter: Character in [",", ";", "\t", "|"] {
      let out = csv(
        [
          Column("t", text), Column("c", text, labelColumn: text), Column("l", text),
        ],
        [[.text(text), .code(text, label: text), .list([.text(text), .text("x")])]],
        delimiter: delimiter, bom: false)
      let lines = out.components(separatedBy: "\r\n")
      // Parsed back, every field starts with the `'`.
      for line in lines.prefix(2) {
        for field in parse(line, delimiter) { #expect(field.hasPrefix("'"), "\(field)") }
      }
      #expect(out.contains("'" + text.prefix(1)))
    }
  }

  @Test func numbersStayNumbersNegativeOnesToo() {
    let out = csv(
      [Column("a", "A", numeric: true), Column("b", "B", numeric: true), Column("c", "C")],
      [
        [.int(-3), .number(-2.5, decimals: 1), .percent(-4, decimals: 0)],
        [.text("Sam B."), .hidden(HiddenFigure(.smallCount, threshold: 5)), .empty],
      ], delimiter: ";", bom: false)
    #expect(out == "A;B;C\r\n-3;-2,5;-4\r\nSam B.;<5;\r\n")
  }

  @Test func aSemicolonCSVStartsWithAByteOrderMarkUnlessLeftOut() {
    let columns = [Column("a", "Uitval (beëindigd door cliënt)")]
    let semicolon = csv(columns, [], delimiter: ";")
    #expect(semicolon.unicodeScalars.first == "\u{FEFF}")
    #expect(Array(semicolon.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(csv(columns, [], delimiter: ";", bom: false).hasPrefix("Uitval"))
    #expect(csv(columns, [], delimiter: ",").hasPrefix("Uitval"))
    #expect(csv(columns, [], delimiter: "\t").hasPrefix("Uitval"))
  }

  @Test func codesCarryTheirLabelsBeside() {
    let out = csv(
      [Column("k", "Soort", labelColumn: "Soort (omschrijving)"), Column("n", "N", numeric: true)],
      [
        [
          .list([.code("home-visit", label: "huisbezoek"), .code("phone-call", label: "telefoon")]),
          .int(1),
        ],
        [.code("held", label: "gehouden"), .int(2)],
      ])
    #expect(
      out
        == "Soort,Soort (omschrijving),N\r\nhome-visit phone-call,\"huisbezoek, telefoon\",1\r\nheld,gehouden,2\r\n"
    )
  }

  /// A simple RFC 4180 field splitter for one line.
  func parse(_ line: String, _ delimiter: Character) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(line)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == delimiter {
        fields.append(field)
        field = ""
      } else {
        field.append(c)
      }
    }
    fields.append(field)
    return fields
  }
}

extension ReportLogicTests {
  /// The period CSV is long: every table, group and figure, with the period and organisation
  /// on every row, numbers in the value column (percentages as numbers), quartiles in two
  /// columns, a unit, and the reason of a hidden figure.
  @Test func thePeriodCSVHoldsEveryTableAsNumbers() throws {
    var config = self.config
    config.organisation = "Stichting Voorbeeld"
    let doc = sevenClosures()(.nl)
    let table = try #require(doc.csvTable)
    let keys = table.columns.map(\.key)
    #expect(
      keys == [
        "period", "organisation", "table", "group_type", "group", "municipality", "indicator",
        "value", "q1", "q3", "unit", "hidden", "reason",
      ])
    func column(_ key: String) -> Int { keys.firstIndex(of: key)! }
    let tables = Set(
      table.rows.compactMap { row -> String? in
        if case .code(let code, _) = row[column("table")] { return code }
        return nil
      })
    #expect(tables == ["indicators", "referral_source", "closure_reason", "destination"])
    for row in table.rows {
      #expect(row[column("period")] == .text("2026"))
      switch row[column("value")] {
      case .int, .number, .percent, .empty: break
      default: Issue.record("value is not a number: \(row[column("value")])")
      }
      // A hidden figure has its marker and reason, and no value.
      if row[column("hidden")] != .empty {
        #expect(row[column("value")] == .empty)
        guard case .code(let reason, _) = row[column("reason")] else {
          Issue.record("no reason: \(row)")
          continue
        }
        #expect(HiddenFigure.Reason(rawValue: reason) != nil)
      }
    }
    func row(_ indicator: String, group: String = "all") -> [Cell]? {
      table.rows.first {
        $0[column("indicator")].data == .code(indicator, label: $0[column("indicator")].display)
          && $0[column("group")].data == .code(group, label: $0[column("group")].display)
      }
    }
    let closed = try #require(row("closed"))
    #expect(closed[column("value")] == .int(7))
    #expect(closed[column("unit")] == .code("count", label: "aantal"))
    // Seven closures: the duration's quartiles are shown, as two numbers.
    let quartiles = try #require(row("duration_iqr"))
    #expect(quartiles[column("value")] == .empty)
    guard case .number = quartiles[column("q1")], case .number = quartiles[column("q3")] else {
      Issue.record("quartiles: \(quartiles)")
      return
    }
    let observation = try #require(row("observation"))
    #expect(observation[column("value")] == .percent(0, decimals: 0))
    #expect(observation[column("unit")] == .code("percent", label: "procent"))

    let text = ReportRenderer.render(doc, as: .csv, csvDelimiter: ";")
    #expect(text.hasPrefix("\u{FEFF}Periode;Organisatie;Tabel;Tabel (naam);"))
    #expect(text.contains(";observation;Afgesloten met een klasobservatie;0;;;percent;procent;;;"))
    #expect(text.contains("Uitval (beëindigd door cliënt)"))
  }

  /// JSON is typed: numbers as numbers, quartiles and codes as objects, lists as arrays.
  @Test func periodJSONIsTyped() throws {
    let doc = sevenClosures()(.en)
    let json = ReportRenderer.render(doc, as: .json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let facts = try #require(root["facts"] as? [String: Any])
    let dates = try #require(facts["dates"] as? [String: String])
    #expect(dates == ["from": "2026-01-01", "to": "2026-12-31"])
    let data = try #require(root["data"] as? [String: Any])
    let rows = try #require(data["rows"] as? [[String: Any]])
    let quartiles = try #require(
      rows.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "duration_iqr" })
    let q = try #require(
      (quartiles["q1"] as? NSNumber, quartiles["q3"] as? NSNumber) as? (NSNumber, NSNumber))
    #expect(q.0.doubleValue <= q.1.doubleValue)
    // A hidden figure in the data rows is the coded hidden figure, with no value.
    let hidden = rows.filter { $0["hidden"] is [String: Any] }
    #expect(!hidden.isEmpty)
    for row in hidden {
      let h = try #require(row["hidden"] as? [String: String])
      #expect(HiddenFigure.Reason(rawValue: h["reason"] ?? "") != nil && h["marker"] != nil)
      #expect(row["value"] is NSNull)
    }
    let sections = try #require(root["sections"] as? [[String: Any]])
    let blocks = try #require(sections.first?["blocks"] as? [[String: Any]])
    let indicators = try #require(blocks.first { $0["id"] as? String == "indicators" })
    let tableRows = try #require(indicators["rows"] as? [[String: Any]])
    let iqr = try #require(
      tableRows.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "duration_iqr" })
    let all = try #require(iqr["all"] as? [String: Any])
    #expect(all["q1"] is NSNumber && all["q3"] is NSNumber)
    let observation = try #require(
      tableRows.first { ($0["indicator"] as? [String: Any])?["code"] as? String == "observation" })
    #expect((observation["all"] as? NSNumber)?.intValue == 0)
  }
}
