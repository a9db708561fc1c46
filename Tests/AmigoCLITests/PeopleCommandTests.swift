import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 19 in a copy of `Examples/caseload`: the organisation's own words on the command line,
/// and a worker who left.
@Suite struct PeopleCommandTests {
  final class Workspace {
    let root: URL
    init() throws {
      let fm = FileManager.default
      root = fm.temporaryDirectory.appendingPathComponent("amigo-people-\(UUID().uuidString)")
      try fm.createDirectory(at: root, withIntermediateDirectories: true)
      try fm.copyItem(
        at: Fixtures.root.appendingPathComponent("Examples/caseload"),
        to: root.appendingPathComponent("work"))
    }
    deinit { try? FileManager.default.removeItem(at: root) }
    var work: URL { root.appendingPathComponent("work") }

    func run(
      _ args: [String], today: String = "2026-11-19"
    ) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: work.path, today: LocalDate(today)!)
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    func text(_ path: String) -> String {
      (try? String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
      try Data(change(text(path)).utf8).write(to: work.appendingPathComponent(path))
    }
  }

  static let ownWords = """

    vocabularies:
      participants:
        buddy:
          nl: maatje
          en: buddy
          aliases: [maatje]
      methods:
        sandplay:
          nl: zandtafel
          aliases: [zandtafel]

    """

  @Test func theOrganisationsOwnWordsWorkOnTheCommandLine() throws {
    let w = try Workspace()
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = w.text(file)
    // Not declared: refused, nothing written.
    let (refused, _, err) = w.run(["log-session", "K7Q4", "--with", "kind,maatje"])
    #expect(refused == .usage)
    #expect(err.contains("The value 'maatje' is invalid for '--with <participant>'"), "\(err)")
    #expect(w.text(file) == before)
    // Declared in amigo.yaml: taken by its Dutch word, written as its id, valid.
    try w.edit("amigo.yaml") { $0 + Self.ownWords }
    let (ok, _, err2) = w.run([
      "log-session", "K7Q4", "--with", "kind,maatje", "--method", "zandtafel",
    ])
    #expect(ok == .success, "\(err2)")
    #expect(w.text(file).contains("with: [child, buddy]"))
    #expect(w.text(file).contains("methods: [sandplay]"))
    #expect(w.run(["validate", "--strict"]).0 == .success)
    // Taking the word back out of amigo.yaml makes the file invalid again, at its line.
    try w.edit("amigo.yaml") { $0.replacingOccurrences(of: Self.ownWords, with: "\n") }
    let (invalid, out, _) = w.run(["validate"])
    #expect(invalid == .failure)
    #expect(out.contains("error[invalid-value]: 'buddy' is not a valid participant"), "\(out)")
  }

  @Test func aFormerWorkerKeepsOldFilesButGetsNoNewWork() throws {
    let w = try Workspace()
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(
        of: "  mvd:\n    name: Mira van Dalen\n",
        with:
          "  mvd:\n    name: Mira van Dalen\n    qualification: HBO social work\n    trainings:\n      - {label: Amigo basic training, date: 2025-09-12}\n    schools:\n      - {school: de-zeester, hours_per_week: 20}\n      - {school: het-havenlicht, hours_per_week: 2}\n    end: 2026-11-19\n"
      )
    }
    // Her files, all dated up to her last day, stay valid.
    let (valid, out, _) = w.run(["validate"], today: "2026-11-20")
    #expect(valid == .success, "\(out)")
    // A contact after it is refused; the file is unchanged.
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = w.text(file)
    let (refused, _, err) = w.run(["log-session", "K7Q4"], today: "2026-11-20")
    #expect(refused == .dataError)
    #expect(err.contains("worker-ended"), "\(err)")
    #expect(err.contains("'mvd' left on 2026-11-19"))
    #expect(w.text(file) == before)
    // No new children for her.
    let (noChild, _, err2) = w.run(
      [
        "new-child", "--label", "Noor K.", "--school", "de-zeester", "--worker", "mvd",
        "--programme", "amigos-op-school", "--referred-by", "teacher",
      ], today: "2026-11-20")
    #expect(noChild == .usage)
    #expect(err2.contains("'mvd' left on 2026-11-19"), "\(err2)")
    #expect(err2.contains("'sk' or 'ab'"), "\(err2)")
    // Her hours name declared schools.
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(of: "school: het-havenlicht", with: "school: havenlicht")
    }
    let (badConfig, out3, _) = w.run(["validate"], today: "2026-11-20")
    #expect(badConfig == .failure)
    #expect(out3.contains("error[unknown-school]: school 'havenlicht' is not declared"), "\(out3)")
  }
}
