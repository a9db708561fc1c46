import AmigoReports
import AmigoSchema
import Testing

/// A report that leaves files out names them in every format, where a reader sees them first.
@Suite struct LeftOutTests {
  let leftOut = [
    LeftOutFile(
      id: "T-2026-AAAA", path: "trajectories/T-2026-AAAA.yaml", line: 40, code: "duplicate-key"),
    LeftOutFile(
      id: "T-2026-BBBB", path: "trajectories/T-2026-BBBB.yaml", line: nil, code: "unreadable-file"),
  ]

  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    return c
  }

  var documents: [ReportDocument] {
    let today = LocalDate("2026-11-19")!
    return [
      PeriodReport(
        trajectories: [], config: config, period: PeriodSpec.parse("2026")!, today: today
      ).document(.en),
      WeeklyReport(
        trajectories: [], config: config, week: ISOWeek(year: 2026, week: 47), today: today
      ).document(.nl),
    ]
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatNamesTheFilesLeftOut(_ format: ReportFormat) {
    for doc in documents {
      let text = ReportRenderer.render(doc.namingLeftOut(leftOut, .en), as: format)
      #expect(text.contains("T-2026-AAAA") && text.contains("T-2026-BBBB"), "\(doc.kind)")
      #expect(text.contains("duplicate-key"), "\(doc.kind)")
      // Before any figure: the first lines after the header name them.
      let firstFigure = text.range(of: "T-2026-AAAA")!.lowerBound
      #expect(text[..<firstFigure].split(separator: "\n").count <= 14, "\(doc.kind)")
    }
  }

  @Test func factsCountAndNameThem() {
    let doc = documents[0].namingLeftOut(leftOut, .en)
    #expect(doc.facts.first { $0.key == "left_out" }?.value == .int(2))
    #expect(
      doc.facts.first { $0.key == "left_out_ids" }?.value
        == .list([.text("T-2026-AAAA"), .text("T-2026-BBBB")]))
    #expect(doc.sections.first?.id == "left-out")
    let json = ReportRenderer.render(doc, as: .json)
    #expect(json.contains("\"left_out\": 2"))
    #expect(json.contains("\"left_out_ids\": [\"T-2026-AAAA\", \"T-2026-BBBB\"]"))
  }

  @Test func nothingLeftOutChangesNothing() {
    for doc in documents { #expect(doc.namingLeftOut([], .nl) == doc) }
  }

  @Test func csvRowsComeFirstAndKeepTheColumns() throws {
    let doc = documents[0].namingLeftOut(leftOut, .en)
    let table = try #require(doc.csvTable)
    #expect(table.rows[0].count == table.columns.count)
    let keys = table.columns.map(\.key)
    let type = try #require(keys.firstIndex(of: "group_type"))
    let group = try #require(keys.firstIndex(of: "group"))
    #expect(table.rows[0][type] == .code("left-out", label: "left out"))
    #expect(table.rows[0][group].data == .code("T-2026-AAAA", label: leftOut[0].path))
    #expect(table.rows[1][group].data == .code("T-2026-BBBB", label: leftOut[1].path))
    // The period on every row, the left-out ones too.
    let period = try #require(keys.firstIndex(of: "period"))
    #expect(table.rows.allSatisfy { $0[period] == .text("2026") })
  }
}
