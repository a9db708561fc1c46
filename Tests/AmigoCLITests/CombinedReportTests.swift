import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Several workspaces in one period report (`--dir A --dir B`), the confidential aggregate
/// (`--aggregate`) and the report combined from aggregates (`--from-aggregate`), issue 25.
@Suite struct CombinedReportTests {
  /// A temporary folder with copies of example workspaces, removed at the end.
  final class Folder: TemporaryFolder {
    var url: URL { root }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    /// A copy of `Examples/<example>` named `name`.
    @discardableResult
    func copy(_ example: String, as name: String? = nil) throws -> String {
      try copyExample(example, to: name ?? example).path
    }
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: url.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    func text(_ name: String) -> String {
      (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? ""
    }
  }

  /// The report without its notes (which name the sources: folders or aggregate files).
  static func figures(_ text: String) -> String {
    text.components(separatedBy: "\nNotes\n").first!.components(separatedBy: "\nToelichting\n")
      .first!
  }

  /// The acceptance check: combined from the workspaces == combined from their aggregates, for
  /// pairs of example workspaces, periods, formats and languages.
  @Test(arguments: [
    ("caseload", "kansencoach"), ("ruggensteun", "tijd-voor-toekomst"),
    ("sociaal-werker-school", "caseload"),
  ])
  func combinedFromWorkspacesEqualsCombinedFromTheirAggregates(_ a: String, _ b: String) throws {
    let f = try Folder()
    try f.copy(a)
    try f.copy(b)
    for period in ["2025/2026", "2026"] {
      for (i, name) in [a, b].enumerated() {
        let (status, _, err) = f.run([
          "report", "--period", period, "--aggregate", "--output", "\(i).json", "--dir", name,
          "--force",
        ])
        #expect(status == .success, "\(err)")
      }
      for format in ["text", "csv", "json"] {
        for lang in ["nl", "en"] {
          let common = ["report", "--period", period, "--format", format, "--lang", lang]
          let (s1, fromDirs, e1) = f.run(common + ["--dir", a, "--dir", b])
          let (s2, fromFiles, e2) = f.run(
            common + ["--from-aggregate", "0.json", "--from-aggregate", "1.json"])
          #expect(s1 == .success && s2 == .success, "\(e1) \(e2)")
          if format == "json" {
            // The same figures: the data rows and every section but the notes.
            let one = try JSONSerialization.jsonObject(with: Data(fromDirs.utf8)) as! [String: Any]
            let two = try JSONSerialization.jsonObject(with: Data(fromFiles.utf8)) as! [String: Any]
            #expect((one["data"] as? NSDictionary) == (two["data"] as? NSDictionary))
            let sections = { (o: [String: Any]) in
              (o["sections"] as! [[String: Any]]).filter { $0["id"] as? String != "notes" }
                as NSArray
            }
            #expect(sections(one) == sections(two), "\(a)+\(b) \(period) \(lang)")
            #expect(one["report"] as? String == "period")
          } else {
            #expect(
              CombinedReportTests.figures(fromDirs) == CombinedReportTests.figures(fromFiles),
              "\(a)+\(b) \(period) \(format) \(lang)")
          }
        }
      }
    }
  }

  /// Small numbers are hidden on the combined figures, never per workspace and then added: two
  /// teams with 3 children each of one programme show 6.
  @Test func suppressionAppliesToTheCombinedFigures() throws {
    let f = try Folder()
    try f.copy("caseload", as: "noord")
    try f.copy("caseload", as: "zuid")
    let csv = { (args: [String]) -> [String] in
      let (status, out, err) = f.run(
        ["report", "--period", "2026", "--format", "csv", "--lang", "en"] + args)
      #expect(status == .success, "\(err)")
      return out.components(separatedBy: "\r\n")
    }
    let row = { (lines: [String], group: String, indicator: String) -> String? in
      // Without the organisation (the workspaces' folders or files, both named alike).
      lines.first {
        $0.contains(",\(group),") && $0.contains(",\(indicator),") && $0.contains(",indicators,")
      }.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).joined(
          separator: ",")
      }
    }
    // One team: kansencoach reached 3, hidden.
    let one = csv(["--dir", "noord"])
    #expect(row(one, "kansencoach", "reached")?.contains(",<5,small-count,") == true)
    // Two teams together: 6, shown; a child in two workspaces counts in each.
    let both = csv(["--dir", "noord", "--dir", "zuid"])
    let reached = try #require(row(both, "kansencoach", "reached"))
    #expect(
      reached.contains("Children reached (contact with child or parents),6,,,count"), "\(reached)")
    let total = try #require(row(both, "all", "reached"))
    #expect(total.contains(",28,"), "\(total)")
    // The same figures from the two aggregates.
    #expect(
      f.run(["report", "--period", "2026", "--aggregate", "-o", "n.json", "--dir", "noord"]).0
        == .success)
    #expect(
      f.run(["report", "--period", "2026", "--aggregate", "-o", "z.json", "--dir", "zuid"]).0
        == .success)
    let fromFiles = csv(["--from-aggregate", "n.json", "--from-aggregate", "z.json"])
    #expect(row(fromFiles, "kansencoach", "reached") == reached)
    // And a workspace mixed with an aggregate.
    #expect(
      row(csv(["--dir", "noord", "--from-aggregate", "z.json"]), "kansencoach", "reached")
        == reached)
  }

  @Test func aProgrammeDefinedDifferentlyIsReportedAsTwoNamingBothFiles() throws {
    let f = try Folder()
    try f.copy("caseload")
    try f.copy("kansencoach")
    let (status, out, err) = f.run([
      "report", "--period", "2026", "--lang", "en", "--dir", "caseload", "--dir", "kansencoach",
    ])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "programme 'kansencoach' is defined differently in caseload/amigo.yaml and kansencoach/amigo.yaml"
      ), "\(err)")
    #expect(err.contains("weeks 8-26 ≠ not set"), "\(err)")
    #expect(out.contains("Kansencoach (Stichting Kansrijk Zuid)"), "\(out)")
    #expect(out.contains("Kansencoach (Sociaal team Veldhoven-Oost (voorbeeld))"), "\(out)")
    #expect(out.contains("Reported separately: programme 'kansencoach'"))
    // Defined the same: one programme, its figures added up.
    try f.copy("caseload", as: "copy")
    let (same, sameOut, sameErr) = f.run([
      "report", "--period", "2026", "--lang", "en", "--format", "csv", "--dir", "caseload",
      "--dir", "copy",
    ])
    #expect(same == .success)
    #expect(sameErr.isEmpty, "\(sameErr)")
    #expect(!sameOut.contains("kansencoach@"))
    #expect(sameOut.contains(",programme,programme,kansencoach,Kansencoach,"))
  }

  /// The note on standard error about a programme defined differently speaks the report's
  /// language, as the same note in the report does (QA: English in Dutch workspaces), for
  /// workspaces and for aggregates alike.
  @Test func theNoteAboutAProgrammeDefinedDifferentlyIsInTheReportsLanguage() throws {
    let f = try Folder()
    try f.copy("caseload")
    try f.copy("kansencoach")
    let (status, out, err) = f.run([
      "report", "--period", "2026", "--dir", "caseload", "--dir", "kansencoach",
    ])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "amigo: let op: programma 'kansencoach' is anders gedefinieerd in caseload/amigo.yaml en kansencoach/amigo.yaml"
      ), "\(err)")
    #expect(!err.contains("amigo: note:") && !err.contains("defined differently"), "\(err)")
    #expect(out.contains("programma 'kansencoach'"), "\(out)")
    for name in ["caseload", "kansencoach"] {
      let (written, _, writeErr) = f.run([
        "report", "--period", "2026", "--aggregate", "--output", "\(name).json", "--dir", name,
      ])
      #expect(written == .success, "\(writeErr)")
    }
    // From the aggregates, outside any workspace: in their language.
    let (fromAggregates, _, aggregateErr) = f.run([
      "report", "--period", "2026", "--from-aggregate", "caseload.json", "--from-aggregate",
      "kansencoach.json",
    ])
    #expect(fromAggregates == .success, "\(aggregateErr)")
    #expect(
      aggregateErr.contains("amigo: let op: programma 'kansencoach' is anders gedefinieerd in"),
      "\(aggregateErr)")
    // `--lang en`: English, in the report and on standard error.
    let (_, _, english) = f.run([
      "report", "--period", "2026", "--lang", "en", "--from-aggregate", "caseload.json",
      "--from-aggregate", "kansencoach.json",
    ])
    #expect(english.contains("amigo: note: programme 'kansencoach' is defined differently"))
  }

  @Test func theAggregateHoldsCountsOnlyIsPrivateAndIsNeverOverwrittenUnasked() throws {
    let f = try Folder()
    let ws = try f.copy("caseload")
    let args = [
      "report", "--period", "2025/2026", "--aggregate", "--output", "agg.json", "--dir", "caseload",
      "--lang", "en",
    ]
    let (status, out, err) = f.run(args)
    #expect(status == .success, "\(err)")
    #expect(out.isEmpty)
    let text = f.text("agg.json")
    var info = stat()
    #expect(stat(f.path("agg.json"), &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    // No trajectory id, no child, school or worker name or id, no date but the period's.
    let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/trajectories")
    for file in files where file.hasSuffix(".yaml") {
      #expect(!text.contains(String(file.dropLast(5))), "\(file)")
    }
    let config = try String(contentsOfFile: ws + "/amigo.yaml", encoding: .utf8)
    for name in ["Mira van Dalen", "De Zeester", "de-zeester", "Charlois", "mvd:"] {
      #expect(config.contains(name))
      #expect(!text.contains(name), "\(name)")
    }
    let dates = text.matches(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/).map { String($0.output) }
    #expect(Set(dates) == ["2025-08-01", "2026-07-31"], "\(dates)")
    // Valid against its schema.
    let schema =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: Fixtures.root.appendingPathComponent("schema/aggregate.schema.json"))
      )
      as! [String: Any]
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    #expect(ReportSchemaTests.errors(json, schema: schema).isEmpty)
    // Never over an existing file without --force.
    try Data("keep".utf8).write(to: URL(fileURLWithPath: f.path("agg.json")))
    let (again, _, refused) = f.run(args)
    #expect(again == .failure)
    #expect(refused.contains("'agg.json' exists"), "\(refused)")
    #expect(refused.contains("--force"), "\(refused)")
    #expect(f.text("agg.json") == "keep")
    #expect(f.run(args + ["--force"]).0 == .success)
    #expect(f.text("agg.json") == text)
  }

  @Test func aBadAggregateIsRefusedNamingTheFileAndTheKey() throws {
    let f = try Folder()
    try f.copy("caseload")
    #expect(
      f.run([
        "report", "--period", "2026", "--aggregate", "--output", "good.json", "--dir", "caseload",
      ]).0 == .success)
    let good = f.text("good.json")
    let cases: [(String, String)] = [
      (
        good.replacingOccurrences(of: "amigo.aggregate/1", with: "amigo.aggregate/2"),
        "'format' is 'amigo.aggregate/2'"
      ),
      (
        good.replacingOccurrences(of: "\"reached\": ", with: "\"reached\": -"),
        "'total.reached' must be a whole number from 0"
      ),
      (
        good.replacingOccurrences(of: "\"waiting\": ", with: "\"waitng\": "),
        "'total.waiting' is missing"
      ),
      (
        good.replacingOccurrences(of: "\"families\"", with: "\"children\": [\"x\"], \"families\""),
        "'total.children' is not a key of amigo.aggregate/1"
      ),
      ("{\"format\": ", "it is no JSON"),
      (
        good.replacingOccurrences(of: "\"from\": \"2026-01-01\"", with: "\"from\": \"2026-02-01\""),
        "holds the figures of 2026 (2026-02-01 to 2026-12-31), not of 2026 (2026-01-01 to 2026-12-31)"
      ),
    ]
    for (i, (text, message)) in cases.enumerated() {
      try Data(text.utf8).write(to: URL(fileURLWithPath: f.path("bad\(i).json")))
      let (status, out, err) = f.run([
        "report", "--period", "2026", "--from-aggregate", "good.json", "--from-aggregate",
        "bad\(i).json",
      ])
      #expect(status == .dataError, "\(i): \(err)")
      #expect(out.isEmpty)
      #expect(err.contains("bad\(i).json"), "\(i): \(err)")
      #expect(err.contains(message), "\(i): \(err)")
    }
    let (missing, _, missingErr) = f.run([
      "report", "--period", "2026", "--from-aggregate", "nothing.json",
    ])
    #expect(missing == .noInput)
    #expect(missingErr.contains("nothing.json"))
  }

  @Test(arguments: [
    (["--aggregate", "--dir", "caseload"], "--output"),
    (["--from-aggregate", "a.json", "--team"], "--team"),
    (["--dir", "caseload", "--dir", "caseload"], "given twice"),
    (["--aggregate", "-o", "a.json", "--dir", "caseload", "--format", "csv"], "--format"),
    (["--dir", "caseload", "--dir", "kansencoach", "--publish"], "--publish"),
    (["--force", "--dir", "caseload"], "--force"),
  ])
  func misusedOptionsAreRefusedBeforeAnyWork(_ args: [String], _ named: String) throws {
    let f = try Folder()
    try f.copy("caseload")
    try f.copy("kansencoach")
    let (status, _, err) = f.run(["report", "--period", "2026", "--lang", "en"] + args)
    #expect(status == .usage, "\(err)")
    #expect(err.contains(named), "\(err)")
    #expect(!FileManager.default.fileExists(atPath: f.path("a.json")))
  }
}
