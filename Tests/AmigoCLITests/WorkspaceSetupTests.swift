import AmigoCLI
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// `amigo init` and `amigo new-child` end to end, and the template they write.
@Suite struct WorkspaceSetupTests {
  @Test(arguments: ["nl", "en"], [false, true])
  func theTemplateIsValidAlsoWithItsExamplesEnabled(_ language: String, _ examples: Bool) throws {
    let text = WorkspaceTemplate.config(
      organisation: "Stichting #1: 'Kansrijk'", language: language, examples: examples)
    let (config, diagnostics) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.header))")
    let c = try #require(config)
    #expect(c.organisation == "Stichting #1: 'Kansrijk'")
    #expect(c.language == language)
    #expect(c.smallNumbers == 5)
    #expect(c.idPrefix == "T")
    #expect(c.programme("amigos-op-school") == Programme.amigosOpSchool)
    #expect(c.schools.map(\.id) == [WorkspaceTemplate.placeholderSchool(language: language)])
    #expect(c.workers.map(\.id) == [WorkspaceTemplate.placeholderWorker(language: language)])
    #expect(c.programmes.count == 1)
    #expect(c.holidays.count == (examples ? 5 : 0))
    #expect(text.hasPrefix("# yaml-language-server: $schema=.amigo/schema/config.schema.json\n"))
  }

  /// Every programme profile `init --programme` writes is valid, alone and all together, and
  /// sets nothing its article does not state: only Amigo's op School has a dose, a length or
  /// an age band.
  @Test(arguments: ["nl", "en"])
  func everyProgrammeProfileIsValidAndHonest(_ language: String) throws {
    let text = WorkspaceTemplate.config(
      organisation: "Stichting Voorbeeld", language: language, programmes: ProgrammeTemplate.all)
    let (config, diagnostics) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.header))")
    let c = try #require(config)
    #expect(
      c.programmes.map(\.id) == [
        "amigos-op-school", "sociaal-werker-school", "ruggensteun", "kansencoach",
        "tijd-voor-toekomst",
      ])
    #expect(c.programme("amigos-op-school") == Programme.amigosOpSchool)
    for p in c.programmes where p.id != "amigos-op-school" {
      #expect(p.childSessionsPerWeek == nil && p.sessionMinutes == nil, "\(p.id)")
      #expect(p.weeks == nil && p.age == nil && p.retentionYears == nil, "\(p.id)")
      #expect(!p.goalsExpected, "\(p.id)")
    }
    #expect(c.programme("kansencoach")?.referrers == ["teacher"])
    #expect(c.programme("kansencoach")?.requiredContacts == [.parentTalk])
    // "De ouders van de leerling moeten akkoord gaan met de gesprekken": only Kansencoach's
    // article asks for the parents' consent beyond the law.
    #expect(c.programmes.filter(\.parentsConsent).map(\.id) == ["kansencoach"])
    // Norms an article sets for the workers (HBO level, hours at the school) are comments that
    // say where they go, quoting the article.
    for quote in [
      "minimaal HBO niveau", "2,5 dag per week", "twee uur in de week", "3 tot 5 dagen per week",
    ] {
      #expect(text.contains(quote), "\(quote)")
    }
    #expect(c.programme("ruggensteun")?.referrers == ["shelter"])
    #expect(c.programme("ruggensteun")?.requiredContacts == [.threeWayTalk])
    // No article states a follow-up period (issue 23): none is set, and each profile says the
    // default that applies.
    for p in c.programmes {
      #expect(p.followUpMonths == nil, "\(p.id)")
    }
    let followUpComments =
      text.components(
        separatedBy: language == "en" ? "states no follow-up" : "noemt geen nazorg"
      ).count - 1
    #expect(followUpComments == c.programmes.count)
    #expect(text.contains("\(Programme.defaultFollowUpMonths) "))
    // Every key line of a programme has a comment above it saying where it comes from (the
    // instruments' source is their own comment and `norms:`; `InstrumentTests`).
    let programmesText = text.components(separatedBy: "\ninstruments:")[0]
    let lines = programmesText.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    for (i, line) in lines.enumerated()
    where line.hasPrefix("    ") && !line.hasPrefix("    #") && !line.hasPrefix("    label:")
      && i > 0 && lines[i - 1].hasPrefix("    ") && !text.isEmpty
    {
      #expect(lines[i - 1].hasPrefix("    #"), "no source comment above '\(line)'")
    }
  }

  @Test func initProgrammeNamesAndAnUnknownName() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-profiles")
    let tmp = scratch.root
    let env = Environment(currentDirectory: tmp.path)
    #expect(
      Amigo.run(
        [
          "init", "w", "--programme", "Handle with Care – Ruggensteun", "--programme",
          "KANSENCOACH",
          "--programme", "ruggensteun",
        ], environment: env) == .success)
    let text = try String(contentsOfFile: tmp.path + "/w/amigo.yaml", encoding: .utf8)
    let (config, _) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(config?.programmes.map(\.id) == ["ruggensteun", "kansencoach"])

    let bad = Environment(currentDirectory: tmp.path)
    #expect(Amigo.run(["init", "x", "--programme", "amigo-plus"], environment: bad) == .usage)
    #expect(bad.stderr.text.contains("'amigo-plus' is invalid for '--programme <programme>'"))
    #expect(!FileManager.default.fileExists(atPath: tmp.path + "/x/amigo.yaml"))
  }

  /// Part B: `amigo init notes.txt` (a file) said "cannot write '…': Not a directory", exit
  /// 74, as if the disk had failed. It is a usage error naming what the path is.
  @Test func initOnAFileSaysItIsNoFolder() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-init-file")
    let file = scratch.root.appendingPathComponent("notities.txt")
    try Data("x\n".utf8).write(to: file)
    let env = Environment(currentDirectory: scratch.root.path)
    #expect(Amigo.run(["init", "notities.txt"], environment: env) == .usage)
    #expect(
      env.stderr.text
        == "amigo: 'notities.txt' is a file, not a folder; name a new or empty folder for the workspace; nothing was written\n"
    )
    #expect(try Data(contentsOf: file) == Data("x\n".utf8))
  }

  @Test func initAsksForTheProgrammesOnATerminal() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-profiles")
    let tmp = scratch.root
    var env = Environment(currentDirectory: tmp.path)
    let queue = LineQueue(["9", "4, 2"])
    env.isInteractive = true
    env.readLine = { queue.next() }
    #expect(Amigo.run(["init", "w"], environment: env) == .success)
    #expect(env.stderr.text.contains("Which programmes do you run?"))
    #expect(env.stderr.text.contains("Please answer with numbers from 1 to 5"))
    let text = try String(contentsOfFile: tmp.path + "/w/amigo.yaml", encoding: .utf8)
    let (config, _) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(config?.programmes.map(\.id) == ["kansencoach", "sociaal-werker-school"])
  }

  @Test func initNewChildValidateEndToEnd() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-setup")
    let tmp = scratch.root
    let root = tmp.appendingPathComponent("werkmap").path

    let env = Environment(currentDirectory: tmp.path)
    #expect(Amigo.run(["init", "werkmap"], environment: env) == .success)
    #expect(env.stderr.text.isEmpty)
    #expect(env.stdout.text.hasPrefix("Amigo-werkmap aangemaakt in werkmap:\n"))

    // Owner-only files and folders.
    func mode(_ path: String) throws -> Int {
      try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }
    for file in ["amigo.yaml", ".gitignore", ".gitattributes", "trajectories/.gitkeep"] {
      #expect(try mode(root + "/" + file) == 0o600, "\(file)")
    }
    #expect(try mode(root) == 0o700)
    #expect(try mode(root + "/trajectories") == 0o700)

    // A second init refuses and changes nothing.
    let before = try Data(contentsOf: URL(fileURLWithPath: root + "/amigo.yaml"))
    let again = Environment(currentDirectory: root)
    #expect(Amigo.run(["init"], environment: again) == .usage)
    #expect(again.stderr.text.contains("heeft al een amigo-werkmap"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/amigo.yaml")) == before)

    // new-child with a repeatable id, in the new workspace.
    let work = Environment(variables: ["AMIGO_SEED": "1"], currentDirectory: root)
    let status = Amigo.run(
      [
        "new-child", "--label", "Sam B.", "--school", "mijn-school", "--worker", "begeleider",
        "--referred-by", "leerkracht", "--today", "2026-11-19",
      ], environment: work)
    #expect(status == .success, "\(work.stderr.text)")
    #expect(work.stderr.text.isEmpty)
    let line = work.stdout.text
    #expect(line.hasPrefix("T-2026-"))
    let id = String(line.prefix(11))
    #expect(line == "\(id) (Sam B.) aangemaakt: trajectories/\(id).yaml\n")
    let path = root + "/trajectories/\(id).yaml"
    #expect(try mode(path) == 0o600)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text == """
        # yaml-language-server: $schema=../.amigo/schema/trajectory.schema.json
        schema: amigo.trajectory/1
        id: \(id)
        programme: amigos-op-school
        school: mijn-school
        worker: begeleider
        status: referred

        child:
          label: Sam B.

        referral:
          date: 2026-11-19
          by: teacher

        """)

    // The same seed in a fresh copy gives the same id.
    let copy = tmp.appendingPathComponent("copy").path
    try FileManager.default.copyItem(atPath: root, toPath: copy)
    try FileManager.default.removeItem(atPath: copy + "/trajectories/\(id).yaml")
    let other = Environment(variables: ["AMIGO_SEED": "1"], currentDirectory: copy)
    _ = Amigo.run(
      ["new-child", "--label", "Sam B.", "--referred-by", "teacher", "--today", "2026-11-19"],
      environment: other)
    #expect(other.stdout.text == line)

    // In the first workspace the same seed now gives another id: the first one is taken.
    let second = Environment(variables: ["AMIGO_SEED": "1"], currentDirectory: root)
    #expect(
      Amigo.run(
        ["new-child", "--label", "Noor A.", "--referred-by", "ouder", "--today", "2026-11-19"],
        environment: second) == .success)
    #expect(!second.stdout.text.contains(id))

    let check = Environment(currentDirectory: root)
    #expect(Amigo.run(["validate", "--today", "2026-11-19"], environment: check) == .success)
    #expect(check.stdout.text == "amigo: 3 bestanden gecontroleerd, geen problemen\n")

    // fmt finds nothing to do in what amigo wrote.
    let fmt = Environment(currentDirectory: root)
    #expect(Amigo.run(["fmt", "--check"], environment: fmt) == .success)
    #expect(fmt.stdout.text == "3 bestanden al netjes opgemaakt\n")
  }

  @Test(arguments: [
    ("Sam B.", false), ("Sam", false), ("Sam van B.", false), ("Anne-Fleur K.", false),
    ("Sam BK", false), ("Sam Bakker", true), ("sam bakker", true), ("Sam van Dijk", true),
    ("Noor El Amrani", true),
  ])
  func fullNamesAreWarnedAbout(_ label: String, _ warned: Bool) throws {
    let ws = try TemporaryWorkspace(["amigo.yaml": smallConfig])
    let (status, out, err) = ws.run(
      ["new-child", "--label", label, "--referred-by", "teacher", "--id", "T-2026-1AAA"])
    #expect(status == .success)
    #expect(out == "T-2026-1AAA (\(label)) aangemaakt: trajectories/T-2026-1AAA.yaml\n")
    #expect(err.contains("lijkt een volledige naam") == warned, "\(err)")
  }
}
