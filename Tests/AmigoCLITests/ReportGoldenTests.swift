import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Every report and format on the example workspaces, as goldens (issue 25): the cases are the
/// lines of `Tests/Fixtures/reports/cases.txt`, the goldens beside it. Each workspace is copied
/// to a temporary folder first (the week report writes the workspace index).
@Suite struct ReportGoldenTests {
  struct Case: Sendable {
    var workspace: String
    var name: String
    var languages: [String?]
    var formats: [String]
    var arguments: [String]
  }

  static let extensions = [
    "text": "txt", "markdown": "md", "csv": "csv", "json": "json", "html": "html",
  ]

  static var cases: [Case] {
    let text = Fixtures.text("reports/cases.txt") ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let words = line.split(separator: " ").map(String.init)
      guard words.count >= 5 else { return nil }
      return Case(
        workspace: words[0], name: words[1],
        languages: words[2] == "-" ? [nil] : words[2].split(separator: ",").map(String.init),
        formats: words[3].split(separator: ",").map(String.init),
        arguments: Array(words[4...]))
    }
  }

  static var workspaces: [String] {
    var out: [String] = []
    for c in cases where !out.contains(c.workspace) { out.append(c.workspace) }
    return out
  }

  @Test func theCasesCoverEveryReportAndFormat() {
    let cases = ReportGoldenTests.cases
    #expect(ReportGoldenTests.workspaces.count == 5)
    for workspace in ReportGoldenTests.workspaces {
      let own = cases.filter { $0.workspace == workspace }
      for name in ["week", "child", "period", "team", "research"] {
        #expect(own.contains { $0.name == name }, "\(workspace) \(name)")
      }
      for c in own where c.name != "research" {
        #expect(Set(c.formats) == Set(ReportGoldenTests.extensions.keys), "\(workspace) \(c.name)")
        #expect(c.languages.contains("nl"))
        if workspace == "caseload" { #expect(c.languages.contains("en")) }
      }
    }
  }

  @Test(arguments: ReportGoldenTests.workspaces)
  func everyReportGivesItsGolden(_ workspace: String) throws {
    let folder = try TemporaryFolder(prefix: "amigo-golden")
    let work = try folder.copyExample(workspace, to: workspace)
    for c in ReportGoldenTests.cases where c.workspace == workspace {
      for lang in c.languages {
        for format in c.formats {
          let args =
            c.arguments + ["--format", format] + (lang.map { ["--lang", $0] } ?? [])
          let env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
          let status = Amigo.run(args, environment: env)
          let file =
            "reports/\(workspace)/\(c.name)\(lang.map { "." + $0 } ?? "").\(ReportGoldenTests.extensions[format]!)"
          #expect(status == .success, "\(file): \(env.stderr.text)")
          let out = env.stdout.text.replacingOccurrences(of: work.path, with: "$WORKSPACE")
          if let problem = Golden.check(out, against: file) {
            Issue.record(Comment(rawValue: problem))
          }
        }
      }
    }
  }

  /// Two workspaces combined (`--dir A --dir B`), with a programme defined differently in each:
  /// every format, in both languages.
  @Test func twoWorkspacesCombinedGiveTheirGolden() throws {
    let folder = try TemporaryFolder(prefix: "amigo-golden")
    let tmp = folder.root
    for name in ["caseload", "kansencoach"] { try folder.copyExample(name, to: name) }
    for lang in ["nl", "en"] {
      for (format, ext) in ReportGoldenTests.extensions.sorted(by: { $0.key < $1.key }) {
        let env = Environment(currentDirectory: tmp.path, today: LocalDate("2026-11-19")!)
        let status = Amigo.run(
          [
            "report", "--period", "2026", "--dir", "caseload", "--dir", "kansencoach", "--format",
            format, "--lang", lang,
          ], environment: env)
        let file = "reports/combined/caseload+kansencoach.\(lang).\(ext)"
        #expect(status == .success, "\(file): \(env.stderr.text)")
        if let problem = Golden.check(env.stdout.text, against: file) {
          Issue.record(Comment(rawValue: problem))
        }
      }
    }
  }
}
