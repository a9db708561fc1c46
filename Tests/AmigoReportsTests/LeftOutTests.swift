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

  /// A file that could not be read as a trajectory has no id; its name may be a child's
  /// (QA: `Pietje Jansen.yaml` in a funder's CSV, JSON and text). A report that may leave the
  /// workspace counts it without a name, and names a file by an id only of the shape amigo
  /// makes; the week report, the worker's own, keeps naming the file.
  @Test func aFileNameThatIsNoIdIsNeverShownOutsideTheWeekReport() throws {
    let named = [
      LeftOutFile(
        id: "Pietje Jansen", path: "trajectories/Pietje Jansen.yaml", line: 1,
        code: "missing-field"),
      LeftOutFile(id: "pietje", path: "trajectories/pietje.yaml", line: 3, code: "tab-indent"),
      LeftOutFile(
        id: "AOS-2026-K7Q4", path: "trajectories/kinderen/Pietje/AOS-2026-K7Q4.yaml", line: 6,
        code: "conflict-marker"),
      LeftOutFile(
        id: "L-2026-03-mvd", path: "activities/L-2026-03-mvd.yaml", line: 2,
        code: "unknown-field", kind: .activity),
    ]
    #expect(named.map(\.shownID) == [nil, nil, "AOS-2026-K7Q4", "L-2026-03-mvd"])
    for lang in [Language.en, .nl] {
      let doc = documents[0].namingLeftOut(named, lang)
      for format in ReportFormat.allCases {
        let text = ReportRenderer.render(doc, as: format)
        #expect(!text.contains("Pietje") && !text.contains("pietje"), "\(format) \(lang)")
        #expect(!text.contains("trajectories/") && !text.contains(".yaml"), "\(format) \(lang)")
        #expect(text.contains("AOS-2026-K7Q4") && text.contains("L-2026-03-mvd"), "\(format)")
      }
      #expect(doc.facts.first { $0.key == "left_out" }?.value == .int(4))
      #expect(
        doc.facts.first { $0.key == "left_out_ids" }?.value
          == .list([.text("AOS-2026-K7Q4"), .text("L-2026-03-mvd")]))
    }
    let text = ReportRenderer.render(documents[0].namingLeftOut(named, .nl), as: .text)
    #expect(text.contains("2 bestanden weggelaten, hier niet genoemd"), "\(text)")
    #expect(text.contains("AOS-2026-K7Q4: regel 6 (conflict-marker)"), "\(text)")
    // Only files without an id: counted, and no `left_out_ids` (the schema wants one at least).
    let unnamed = documents[0].namingLeftOut(Array(named.prefix(1)), .en)
    #expect(unnamed.facts.first { $0.key == "left_out" }?.value == .int(1))
    #expect(!unnamed.facts.contains { $0.key == "left_out_ids" })
    #expect(
      ReportRenderer.render(unnamed, as: .text).contains(
        "1 file left out, not named here (its name is not an id)"))
    // The week report names them all, with their paths.
    let week = ReportRenderer.render(documents[1].namingLeftOut(named, .en), as: .text)
    #expect(week.contains("trajectories/Pietje Jansen.yaml:1 (missing-field)"), "\(week)")
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
    // The period report may go to a funder: the id, never the path (`namingLeftOut`).
    #expect(table.rows[0][group].data == .code("T-2026-AAAA", label: "T-2026-AAAA"))
    #expect(table.rows[1][group].data == .code("T-2026-BBBB", label: "T-2026-BBBB"))
    #expect(!ReportRenderer.render(doc, as: .csv).contains("trajectories/"))
    // The week report is the worker's own: the path beside the id.
    let week = try #require(documents[1].namingLeftOut(leftOut, .en).csvTable)
    #expect(
      ReportRenderer.render(documents[1].namingLeftOut(leftOut, .en), as: .csv).contains(
        leftOut[0].path))
    #expect(week.rows.count >= 2)
    // The period on every row, the left-out ones too.
    let period = try #require(keys.firstIndex(of: "period"))
    #expect(table.rows.allSatisfy { $0[period] == .text("2026") })
  }
}
