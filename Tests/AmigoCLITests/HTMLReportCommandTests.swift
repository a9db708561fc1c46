import AmigoCLI
import AmigoReports
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 30: `amigo report --format html` for the week, a child and a period, in Dutch and
/// English: one self-contained file (inline CSS and SVG, no scripts, fonts or network), every
/// chart with a title and a description and its numbers in a table, hidden figures as hatched
/// bands with their marker, and the child report confidential on every printed page. The whole
/// files are pinned by golden files: the week and period reports with every other format by
/// `ReportGoldenTests` (`Tests/Fixtures/reports/caseload/`), the report of a second child, with
/// goals and measures, here (`Tests/Fixtures/html/`); `.ci/browser_check.sh` renders them in
/// chromium.
@Suite struct HTMLReportCommandTests {
  static let cases: [(String, [String])] = [
    ("child-nl", ["--child", "AOS-2026-K7Q4", "--lang", "nl"]),
    ("child-en", ["--child", "AOS-2026-K7Q4", "--lang", "en"]),
  ]

  static func html(_ args: [String], example: String = "caseload") -> String {
    let (status, out, err) = runAmigo(
      ["report", "--format", "html", "--today", "2026-11-19", "--dir", "Examples/" + example]
        + args, in: Fixtures.root.path)
    #expect(status == .success, "\(err)")
    return out
  }

  @Test(arguments: cases.map(\.0))
  func reportsMatchTheirGoldenFiles(_ name: String) {
    let html = Self.html(Self.cases.first { $0.0 == name }!.1)
    if let problem = Golden.check(html, against: "html/caseload-\(name).html") {
      Issue.record(Comment(rawValue: problem))
    }
  }

  static let examples = [
    "caseload", "kansencoach", "ruggensteun", "sociaal-werker-school", "tijd-voor-toekomst",
  ]

  /// Every example's reports: self-contained, every `<svg>` with its title and description
  /// first, and no number of a chart that is not also in a table.
  @Test(arguments: examples)
  func everyReportIsSelfContainedAndEveryChartIsDescribed(_ example: String) throws {
    // The first child with contacts of its own (a child who only joins a group has no
    // sessions, so its report has no chart: its group meetings are in a table).
    let folder = Fixtures.root.path + "/Examples/\(example)/trajectories/"
    let first = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().first {
      $0.hasSuffix(".yaml")
        && ((try? String(contentsOfFile: folder + $0, encoding: .utf8))?.contains("\nsessions:")
          ?? false)
    }!
    for args in [
      ["--week", "2026-W47"], ["--child", String(first.dropLast(5))], ["--period", "2025/2026"],
    ] {
      let html = Self.html(args, example: example)
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
      for banned in ["<script", "http:", "https:", "@import", "@font-face", "<link", "<img"] {
        #expect(!html.contains(banned), "\(example) \(args): \(banned)")
      }
      let svgs = html.components(separatedBy: "<svg ").dropFirst()
      #expect(!svgs.isEmpty, "\(example) \(args) has charts")
      for svg in svgs {
        let lines = svg.split(separator: "\n")
        #expect(lines[1].hasPrefix("<title id=") && !lines[1].hasSuffix("></title>"))
        #expect(lines[2].hasPrefix("<desc id=") && !lines[2].hasSuffix("></desc>"))
      }
      // Each chart is in a figure with a caption and followed by a table with its numbers
      // (its own, or the section's table it follows).
      #expect(html.components(separatedBy: "<figure class=\"chart\">").count == svgs.count + 1)
    }
  }

  /// Every trajectory of every example, whatever its state (referred, paused, closed, without
  /// goals or sessions), gives a child report whose charts have a title and a description.
  @Test(arguments: examples)
  func everyChildOfEveryExampleHasAnHTMLReport(_ example: String) throws {
    let files = try FileManager.default.contentsOfDirectory(
      atPath: Fixtures.root.path + "/Examples/\(example)/trajectories"
    ).filter { $0.hasSuffix(".yaml") }
    for file in files {
      let html = Self.html(["--child", String(file.dropLast(5)), "--lang", "en"], example: example)
      #expect(
        html.contains("<p class=\"confidential\">Confidential: contains data about a child</p>"))
      #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
      let svgs = html.components(separatedBy: "<svg ").count - 1
      #expect(html.components(separatedBy: "<title id=").count - 1 == svgs, "\(file)")
      #expect(html.components(separatedBy: "<desc id=").count - 1 == svgs, "\(file)")
    }
  }

  /// The confidentiality line: on every printed page of a child report (the page's header) and
  /// at its top; only the label, nothing about the child in it. Not on other reports.
  @Test func theChildReportIsConfidentialOnEveryPage() {
    let nl = Self.html(["--child", "K7Q4", "--lang", "nl"])
    #expect(
      nl.contains(
        "@page { @top-center { content: \"Vertrouwelijk: bevat gegevens over een kind\";"))
    #expect(
      nl.contains("<p class=\"confidential\">Vertrouwelijk: bevat gegevens over een kind</p>"))
    let en = Self.html(["--child", "K7Q4", "--lang", "en"])
    #expect(en.contains("@top-center { content: \"Confidential: contains data about a child\";"))
    for other in [["--week", "2026-W47"], ["--period", "2025/2026"]] {
      #expect(!Self.html(other).contains("Vertrouwelijk"))
    }
  }

  /// `--output` writes the HTML owner-only, like every report.
  @Test func theFileIsOwnerOnly() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-html")
    let dir = scratch.root
    let file = dir.appendingPathComponent("child.html").path
    let (status, _, err) = runAmigo(
      [
        "report", "--child", "K7Q4", "--format", "html", "--output", file, "--today",
        "2026-11-19", "--dir", "Examples/caseload",
      ], in: Fixtures.root.path)
    #expect(status == .success, "\(err)")
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.html(["--child", "K7Q4"]))
  }

  @Test func theFormatIsNamedInTheHelpAndTheError() {
    let (status, _, err) = runAmigo(["report", "--format", "pdf"])
    #expect(status == .usage)
    #expect(err.contains("'html'"))
    let (_, help, _) = runAmigo(["help", "report"])
    #expect(help.contains("--format html --output child.html"))
  }
}

/// What amigo writes into the HTML comes from files anyone may have edited: every text is
/// escaped, control characters made harmless, so a label cannot add markup or a script.
@Suite struct HTMLEscapingTests {
  @Test func labelsAndTitlesCannotAddMarkup() {
    let hostile = "<script>alert(1)</script> & \"quoted\" 'single' \u{1B}[31m"
    let doc = ReportDocument(
      kind: "child", title: hostile,
      facts: [Fact("child", hostile, .text(hostile))],
      sections: [
        Section(
          id: "x\"><script>", title: hostile,
          blocks: [
            .paragraph(hostile + "\nsecond line"), .list(["[x] " + hostile, "[ ] " + hostile]),
            .table(Table(id: "t", columns: [Column("c", hostile)], rows: [[.text(hostile)]])),
          ])
      ])
    let chart = Chart(
      id: "c", title: hostile, desc: hostile,
      svg: SVGCharts.bars(
        id: "c\"x", title: hostile, desc: hostile, series: [hostile],
        rows: [
          (label: hostile, values: [.value(1), .hidden(HiddenFigure(.smallCount, threshold: 5))])
        ]))
    let html = ReportRenderer.html(doc, lang: .nl, charts: ["": [chart]])
    #expect(!html.contains("<script"))
    #expect(!html.contains("\u{1B}"))
    #expect(
      html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
    #expect(html.contains("second line"))
    #expect(html.contains("<br>second line"))
    #expect(!html.contains("id=\"x\""))
    // Chart ids (from goal and worker ids) are reduced to safe characters, in references too.
    #expect(html.contains("<svg id=\"c-x\""))
    #expect(html.contains("fill=\"url(#c-x-hatch)\""))
    #expect(!html.contains("c\"x"))
    // The fidelity checklist: a check or a cross, and words for a screen reader; no `[x]`.
    #expect(html.contains("<ul class=\"checklist\">"))
    #expect(!html.contains("[x]") && !html.contains("[ ]"))
  }
}
