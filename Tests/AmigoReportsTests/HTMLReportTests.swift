import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 30: the HTML report and its charts. The chart geometry (values to coordinates) is
/// pinned by golden SVG files under `Tests/Fixtures/html/charts/`; the rules every chart and
/// report keep are asserted here.
@Suite struct ChartGeometryTests {
  let small = HiddenFigure(.smallCount, threshold: 5)
  let withheld = HiddenFigure(.withheld, threshold: 5)
  let few = HiddenFigure(.tooFewCases, threshold: 5)

  @Test func scalesMapValuesToCoordinates() {
    let s = LinearScale(domain: (0, 10), range: (190, 570))
    #expect(s(0) == 190)
    #expect(s(5) == 380)
    #expect(s(10) == 570)
    // Upside down, as a y axis: 10 at the top.
    let y = LinearScale(domain: (0, 10), range: (174, 14))
    #expect(y(10) == 14)
    #expect(y(2.5) == 134)
    // A flat domain maps to the start, never divides by zero.
    #expect(LinearScale(domain: (3, 3), range: (0, 100))(3) == 0)
    #expect(
      [0, 0.5, 1, 3, 7, 10, 11, 140, 499].map(LinearScale.niceMax) == [
        1, 1, 1, 5, 10, 10, 20, 200, 500,
      ])
  }

  @Test func aBarIsAsLongAsItsValueOnTheScale() throws {
    let svg = SVGCharts.bars(
      id: "b", title: "T", desc: "D", series: ["a"],
      rows: [("one", [.value(5)]), ("two", [.value(10)])])
    // 0-10 over 190-570: 5 is 190 long, 10 is 380.
    #expect(svg.contains("<rect x=\"190\" y=\"13\" width=\"190\" height=\"12\""))
    #expect(svg.contains("<rect x=\"190\" y=\"37\" width=\"380\" height=\"12\""))
  }

  /// A hidden figure is a band of one width whatever it hides, labelled with its marker and
  /// no number; a bar beside it keeps its length.
  @Test func aHiddenFigureIsNeverALengthOrANumber() {
    func chart(_ hidden: HiddenFigure) -> String {
      SVGCharts.bars(
        id: "h", title: "T", desc: "D", series: ["reached", "closed"],
        rows: [("school", [.value(12), .hidden(hidden)])])
    }
    let a = chart(small)
    let b = chart(withheld)
    #expect(a.contains(">&lt;5</text>"))
    #expect(b.contains(">x</text>"))
    // The same geometry: only the marker differs.
    #expect(a.replacingOccurrences(of: "&lt;5", with: "x") == b)
    #expect(a.contains("url(#h-hatch)"))
    // The stacked bar: hidden segments add no length; the shown ones keep theirs.
    let stacked = SVGCharts.stacked(
      id: "s", title: "T", desc: "D", series: ["a", "b", "c"],
      rows: [("p", [.value(6), .hidden(small), .value(4)])])
    let other = SVGCharts.stacked(
      id: "s", title: "T", desc: "D", series: ["a", "b", "c"],
      rows: [("p", [.value(6), .hidden(withheld), .value(4)])])
    #expect(stacked.replacingOccurrences(of: "&lt;5", with: "x") == other)
    // A box where the table shows quartiles; none where it shows nothing.
    let boxes = SVGCharts.boxes(
      id: "d", title: "T", desc: "D",
      rows: [("a", .quartiles(q1: 4, median: 6, q3: 10)), ("b", .hidden(few)), ("c", .none)],
      unit: "weeks")
    #expect(boxes.components(separatedBy: "fill=\"#ddd\" stroke=\"#000\"").count == 2)
    #expect(boxes.contains(">n&lt;5</text>"))
    #expect(boxes.contains(">c</text>"), "a row without a figure still names its group")
  }

  /// QA: the Destinations chart with many hidden bands drew ticks 0, 25, 50 running left into
  /// the labels, bars 0 wide and bands past the viewBox: the bands' room was taken from the
  /// plot until the scale went negative. Charts of awkward inputs stay inside their viewBox,
  /// with no negative width and ticks that grow left to right.
  @Test func chartsOfAwkwardInputsStayInsideTheirViewBox() throws {
    let small = HiddenFigure(.smallCount, threshold: 5)
    let many = (1...14).map { "destination \($0)" }
    var charts: [(String, String)] = []
    for hidden in [0, 1, 5, 10, 13, 40] {
      let values: [BarValue] = many.indices.map { i in
        i < hidden ? .hidden(small) : .value(Double([16, 6, 1, 0, 3][i % 5]))
      }
      charts.append(
        (
          "stacked, \(hidden) hidden",
          SVGCharts.stacked(
            id: "s", title: "T", desc: "D", series: many,
            rows: [("All programmes", values), ("One", [.value(1_000_000)] + values.dropFirst())])
        ))
    }
    charts.append(
      (
        "bars, one huge value",
        SVGCharts.bars(
          id: "b", title: "T", desc: "D", series: many,
          rows: [("a", many.indices.map { $0 == 3 ? .value(987_654) : .value(1) })])
      ))
    charts.append(
      (
        "boxes, one huge value",
        SVGCharts.boxes(
          id: "x", title: "T", desc: "D",
          rows: [
            ("a", .quartiles(q1: 0.5, median: 1, q3: 2)),
            ("b", .quartiles(q1: 10, median: 5000, q3: 99_999)), ("c", .hidden(small)),
          ], unit: "weeks")
      ))
    for (name, svg) in charts {
      let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/))
      let width = Double(box.output.1)!
      for attribute in svg.matches(of: /\s(x|x1|x2|cx|width)="(-?[0-9.]+)"/) {
        let value = Double(attribute.output.2)!
        #expect(value >= 0, "\(name): \(attribute.output.1)=\(value) is negative")
        #expect(value <= width, "\(name): \(attribute.output.1)=\(value) is past \(width)")
      }
      // Every rect ends inside the viewBox.
      for rect in svg.matches(of: /<rect x="([0-9.]+)" y="[^"]*" width="([0-9.]+)"/) {
        let end = Double(rect.output.1)! + Double(rect.output.2)!
        #expect(end <= width + 0.05, "\(name): a rect ends at \(end)")
      }
      // Ticks: numbers growing left to right, at growing x.
      let ticks = svg.matches(of: /<text x="([0-9.]+)"[^>]*class="tick">([0-9.,]+)<\/text>/).map {
        (
          x: Double($0.output.1)!,
          value: Double($0.output.2.replacingOccurrences(of: ",", with: ""))!
        )
      }
      #expect(ticks.count >= 2, "\(name)")
      #expect(
        ticks.map(\.x) == ticks.map(\.x).sorted() && Set(ticks.map(\.x)).count == ticks.count,
        "\(name): \(ticks)")
      #expect(ticks.map(\.value) == ticks.map(\.value).sorted(), "\(name): \(ticks)")
      #expect(ticks.allSatisfy { $0.x >= 190 }, "\(name): a tick in the label column")
    }
    // The bars stay proportional: 16 is 16 times 1 in the stacked chart with 10 hidden bands.
    let tenHidden = SVGCharts.stacked(
      id: "s", title: "T", desc: "D", series: many,
      rows: [
        (
          "All programmes",
          many.indices.map { i in i < 10 ? .hidden(small) : .value(Double([16, 6, 1, 0][i - 10])) }
        )
      ])
    let widths = tenHidden.matches(
      of: /<rect x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)" height="14" fill="[^"]+" stroke="#000"/
    ).map {
      Double($0.output.1)!
    }
    #expect(!widths.isEmpty && widths.allSatisfy { $0 > 0 }, "\(widths)")
    #expect(
      widths.contains { a in widths.contains { abs(a / $0 - 16) < 0.2 } }, "16 against 1: \(widths)"
    )
  }

  /// QA: Dutch charts wrote `mediaan 18.6`, `<title>14.5-22.8</title>` and `kind: 4.5` while
  /// their tables wrote `14,5-22,8` and `4,5`. Every number a Dutch chart writes for people
  /// has a decimal comma; its coordinates keep SVG's point.
  @Test func dutchChartsWriteDecimalCommasButCoordinatesWithPoints() {
    let boxes = SVGCharts.boxes(
      id: "d", title: "T", desc: "D",
      rows: [("Alle", .quartiles(q1: 14.5, median: 18.6, q3: 22.8))],
      unit: "weken", lang: .nl)
    #expect(boxes.contains("<title>14,5-22,8</title>"))
    #expect(boxes.contains(">14,5-22,8</text>"))
    #expect(!boxes.contains("14.5"))
    let bars = SVGCharts.bars(
      id: "b", title: "T", desc: "D", series: ["a"], rows: [("x", [.value(0.5)])], lang: .nl)
    #expect(bars.contains(">0,5</text>") && bars.contains("<title>a: 0,5</title>"))
    let lines = SVGCharts.lines(
      id: "l", title: "T", desc: "D", series: [("kind", [(1, 4.5), (9, 6)])], target: nil,
      marks: [], xDomain: (0, 10), xTicks: [], lang: .nl)
    #expect(lines.contains("kind: 4,5"))
    for svg in [boxes, bars, lines] {
      #expect(
        svg.matches(of: /\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height)="-?[0-9]+,/).isEmpty,
        "a coordinate with a comma")
    }
    // English keeps the point.
    #expect(
      SVGCharts.bars(id: "b", title: "T", desc: "D", series: ["a"], rows: [("x", [.value(0.5)])])
        .contains(">0.5</text>"))
  }

  @Test func everyChartStartsWithItsTitleAndDescription() {
    for svg in Self.samples.map(\.1) {
      let lines = svg.split(separator: "\n")
      #expect(lines[0].hasPrefix("<svg "))
      #expect(lines[1].hasPrefix("<title id="))
      #expect(lines[2].hasPrefix("<desc id="))
      #expect(!svg.contains("<script"))
    }
  }

  @Test(arguments: samples.map(\.0))
  func chartsMatchTheirGoldenFiles(_ name: String) {
    let svg = Self.samples.first { $0.0 == name }!.1
    if let problem = Golden.check(svg + "\n", against: "html/charts/\(name).svg") {
      Issue.record(Comment(rawValue: problem))
    }
  }

  static let samples: [(String, String)] = {
    let small = HiddenFigure(.smallCount, threshold: 5)
    let day = LocalDate("2026-09-07")!.dayNumber
    return [
      (
        "bars",
        SVGCharts.bars(
          id: "bars", title: "Per school", desc: "Reached, started, closed.",
          series: ["reached", "started", "closed"],
          rows: [
            ("OBS De Zeester", [.value(14), .value(8), .hidden(small)]),
            ("A school with a very long name indeed", [.value(6), .none, .value(0)]),
          ], unit: "trajectories")
      ),
      (
        "boxes",
        SVGCharts.boxes(
          id: "boxes", title: "Duration", desc: "Quartiles.",
          rows: [
            ("All", .quartiles(q1: 12.5, median: 15, q3: 18)),
            ("Kansencoach", .hidden(HiddenFigure(.tooFewCases, threshold: 5))),
            ("Other", .none),
          ], unit: "weeks")
      ),
      (
        "stacked",
        SVGCharts.stacked(
          id: "stacked", title: "Closure reasons", desc: "Per programme.",
          series: ["as planned", "by agreement", "by the client"],
          rows: [("All", [.value(9), .value(5), .hidden(HiddenFigure(.withheld, threshold: 5))])])
      ),
      (
        "lines",
        SVGCharts.lines(
          id: "lines", title: "Goal g1", desc: "Scores.",
          series: [
            ("child", [(day + 3, 3), (day + 31, 4.5), (day + 52, 6)]),
            ("teacher", [(day + 10, 2), (day + 52, 5)]),
          ], target: (7, "target 7"), marks: [(day + 52, "review")], xDomain: (day, day + 70),
          xTicks: [(day + 24, "Oct"), (day + 55, "Nov")])
      ),
      (
        "weeks",
        SVGCharts.weeks(
          id: "weeks", title: "Child talks per week", desc: "Against the norm.",
          weeks: [("37", 2, nil), ("38", 1, nil), ("39", nil, "autumn holiday"), ("40", 3, nil)],
          norm: 2, normLabel: "norm 2")
      ),
      (
        "timeline",
        SVGCharts.timeline(
          id: "timeline", title: "Contacts", desc: "Over time.",
          lanes: ["child talk", "home visit"],
          events: [(0, day + 1, true, "a"), (0, day + 8, false, "b"), (1, day + 14, true, "c")],
          xDomain: (day, day + 28), xTicks: [(day + 14, "21 Sep")])
      ),
      (
        "bullets",
        SVGCharts.bullets(
          id: "bullets", title: "Child talks", desc: "Against the norm.",
          rows: [("Sam B.", 2, 2), ("Noor E.", 1, 2), ("Milan K.", 0, nil)],
          caption: { v, n in n.map { "\(v) of \($0)" } ?? "\(v)" })
      ),
    ]
  }()
}

/// The period charts draw what the period tables show, nothing more: a bar per shown count, a
/// hatched band per hidden one, in the same groups.
extension ReportLogicTests {
  @Test func periodChartsShowWhatTheTablesShow() throws {
    // 19 closures: six of three reasons each, and one drop-out (a small count, which makes one
    // other reason withheld too).
    let reasons: [ClosureReason] =
      Array(repeating: .completed, count: 6) + Array(repeating: .endedByAgreement, count: 6)
      + Array(repeating: .endedByProvider, count: 6) + [.endedByClient]
    let closures = reasons.enumerated().map { i, reason -> Trajectory in
      var t = closed(
        trajectory("T-\(i)", start: "2026-09-07", talks: ["2026-09-08"]), on: "2026-11-13")
      t.closure?.reason = reason
      return t
    }
    let doc = PeriodReport(
      trajectories: closures, config: config, period: PeriodSpec.parse("2026")!, today: today
    ).document(.en)
    let charts = PeriodReport.charts(doc, .en)
    let stacked = try #require(charts["programmes/closure_reason"]?.first)
    let table = try #require(
      doc.sections.first { $0.id == "programmes" }?.blocks.compactMap { block -> Table? in
        if case .table(let t) = block, t.id == "closure_reason" { t } else { nil }
      }.first)
    var shown: [String] = []
    var hidden = 0
    for column in 1..<table.columns.count {
      for row in table.rows {
        switch BarValue(row[column]) {
        case .value(let v) where v > 0: shown.append(row[0].display + ": " + String(Int(v)))
        case .hidden: hidden += 1
        default: break
        }
      }
    }
    #expect(!shown.isEmpty && hidden > 0, "the fixture shows both")
    // Each shown count is a bar named by its value; each hidden one a band with its marker.
    let titles = stacked.svg.components(separatedBy: "<title>").dropFirst()
      .map { String($0.prefix { $0 != "<" }) }
    #expect(titles.sorted() == shown.sorted())
    #expect(stacked.svg.components(separatedBy: "class=\"hidden-figure\"").count - 1 == hidden)
    // The counts per school: the same rule.
    let bars = try #require(charts["schools/indicators"]?.first)
    #expect(bars.svg.contains("<title>Closed: 19</title>"))
    // No chart of a group whose quartiles the table does not show draws a box.
    let duration = try #require(charts["programmes/indicators"]?.first)
    #expect(duration.svg.contains("fill=\"#ddd\" stroke=\"#000\"><title>"))
  }
}

/// A week whose five school days are all paused is shaded in the child's talks-per-week chart,
/// like a holiday week, and its talks are not drawn against the norm; a partly paused week is
/// drawn.
@Suite struct PausedWeekChartTests {
  @Test func aFullyPausedWeekIsShadedAPartlyPausedOneIsNot() throws {
    var config = Config()
    config.programmes = [Programme.amigosOpSchool]
    config.schools = [School(id: "s")]
    config.workers = [Worker(id: "w")]
    var t = Trajectory()
    t.id = "T-1"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = .active
    t.plan.start = LocalDate("2026-09-07")  // a Monday, week 37
    var pause = Pause()
    pause.from = LocalDate("2026-09-16")  // Wednesday of week 38 …
    pause.to = LocalDate("2026-09-25")  // … through Friday of week 39
    t.pauses = [pause]
    let report = ChildReport(trajectory: t, config: config, today: LocalDate("2026-10-02")!)
    let chart = try #require(report.charts(.en)["dose/dose"]?.first { $0.id == "talks-per-week" })
    #expect(chart.desc.contains("1 week shaded (holiday, school closed or paused; not counted)"))
    let table = try #require(chart.table)
    let shaded = table.rows.map { $0.map(\.display).joined(separator: "|") }
    #expect(shaded.filter { $0.contains("paused") }.count == 1)
    #expect(shaded.contains { $0.hasPrefix("2026-W39|") && $0.contains("paused") })
    #expect(!shaded.contains { $0.hasPrefix("2026-W38|") && $0.contains("paused") })
  }
}

/// The charts' text alternatives count in words a reader would write: one child talk, one week,
/// one contact (they said "1 child talks", "1 weeks shaded", "1 contacten"), and the contacts'
/// own first and last day (they gave the chart's span, which runs to a later review).
@Suite struct ChartTextSingularTests {
  @Test func oneOfEachIsSingularInBothLanguages() throws {
    var config = Config()
    config.programmes = [Programme.amigosOpSchool]
    config.schools = [School(id: "s")]
    config.workers = [Worker(id: "w")]
    var t = Trajectory()
    t.id = "T-1"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = .active
    t.plan.start = LocalDate("2026-09-07")  // a Monday, week 37
    t.plan.reviews = [LocalDate("2026-10-29")!]
    var s = Session()
    s.date = LocalDate("2026-09-08")
    s.kind = .childTalk
    s.minutes = 20
    t.sessions = [s]
    let report = ChildReport(trajectory: t, config: config, today: LocalDate("2026-09-10")!)
    for (lang, talks, contacts) in [
      (
        Language.en, "1 child talk in 1 week from week 37 of 2026",
        "1 contact on 8 Sep 2026, 1 held"
      ),
      (
        Language.nl, "1 kindgesprek in 1 week vanaf week 37 van 2026",
        "1 contact op 8 sep 2026, 1 gehouden"
      ),
    ] {
      let charts = report.charts(lang)["dose/dose"] ?? []
      let perWeek = try #require(charts.first { $0.id == "talks-per-week" })
      #expect(perWeek.desc.hasPrefix(talks), "\(perWeek.desc)")
      let timeline = try #require(charts.first { $0.id == "contact-timeline" })
      #expect(timeline.desc.hasPrefix(contacts), "\(timeline.desc)")
    }
  }
}

/// A table wider than a page (the period report's per-school table of a workspace with 50
/// schools has 52 columns) is printed in blocks of columns that each repeat the first column,
/// as the text report does at a terminal's width; it ran off the screen at 1200 px and off the
/// printed page, where the columns past its edge were lost (ecosystem review §4).
@Suite struct WideTableHTMLTests {
  func html(_ columns: [Column], _ rows: [[Cell]]) -> String {
    let doc = ReportDocument(
      kind: "period", title: "T",
      sections: [
        Section(id: "s", title: "S", blocks: [.table(Table(id: "t", columns: columns, rows: rows))])
      ])
    return HTMLRenderer(lang: .nl).render(doc)
  }

  func headers(_ table: Substring) -> [String] {
    table.components(separatedBy: "<th ").dropFirst().map {
      String($0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
    }
  }

  @Test func aTableOfFiftySchoolsIsSplitIntoBlocksThatRepeatTheFirstColumn() throws {
    let schools = (1...50).map {
      Column("school-\($0)", "Montessorischool De Vlinder \($0)", numeric: true)
    }
    let columns =
      [Column("indicator", "Indicator"), Column("all", "Alle scholen", numeric: true)] + schools
    let rows: [[Cell]] = [
      [.text("Kinderen bereikt"), .int(92)] + (1...50).map { .int($0) },
      [.text("Duur in weken (mediaan)"), .number(15.1, decimals: 1)]
        + (1...50).map { _ in .hidden(HiddenFigure(.tooFewCases, threshold: 5)) },
    ]
    let page = html(columns, rows)
    let tables = page.components(separatedBy: "<table class=\"data\">").dropFirst()
      .map { Substring($0.components(separatedBy: "</table>")[0]) }
    #expect(tables.count > 1)
    var seen: [String] = []
    for table in tables {
      let names = headers(table)
      #expect(names.first == "Indicator")
      #expect(names.count <= 10)
      seen += names.dropFirst()
      // Every row keeps its first column.
      #expect(table.contains("<td data-label=\"Indicator\">Kinderen bereikt</td>"))
    }
    // Every other column once, in order.
    #expect(seen == columns.dropFirst().map(\.label))
    #expect(
      page.contains("<td data-label=\"Montessorischool De Vlinder 50\" class=\"num\">50</td>"))
  }

  @Test func aTableThatFitsStaysOneTable() {
    let columns = [
      Column("indicator", "Indicator"), Column("all", "Alle programma's", numeric: true),
      Column("aos", "Amigo's op School", numeric: true),
      Column("sws", "Schoolmaatschappelijk werk", numeric: true),
    ]
    let page = html(columns, [[.text("Gestart"), .int(88), .int(82), .int(6)]])
    #expect(page.components(separatedBy: "<table class=\"data\">").count == 2)
  }
}
