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
    #expect(chart.desc.contains("1 weeks shaded (holiday, school closed or paused; not counted)"))
    let table = try #require(chart.table)
    let shaded = table.rows.map { $0.map(\.display).joined(separator: "|") }
    #expect(shaded.filter { $0.contains("paused") }.count == 1)
    #expect(shaded.contains { $0.hasPrefix("2026-W39|") && $0.contains("paused") })
    #expect(!shaded.contains { $0.hasPrefix("2026-W38|") && $0.contains("paused") })
  }
}
