import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// `--minutes` of what took place is at least 1: a meeting, group meeting, contact or held
/// session of 0 minutes makes no sense, and the commands refused only negative numbers and more
/// than 600 (QA: `amigo group meet … --minutes 0` was recorded). A session that was not held
/// may say it took 0 minutes.
@Suite struct MinutesOptionTests {
  /// Every file's bytes, to prove nothing was written.
  static func snapshot(_ dir: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    for sub in FileManager.default.subpaths(atPath: dir.path) ?? [] where sub.hasSuffix(".yaml") {
      out[sub] = FileManager.default.contents(atPath: dir.path + "/" + sub)
    }
    return out
  }

  static let commands: [(example: String, args: [String])] = [
    ("kansencoach", ["log-session", "109Y"]),
    ("kansencoach", ["meeting", "--children", "109Y", "--with", "ib"]),
    (
      "kansencoach",
      [
        "meeting", "--theme", "opvoeding", "--audience", "ouders", "--attendance", "14",
        "--school", "obs-de-brink",
      ]
    ),
    (
      "kansencoach",
      [
        "contact", "--light", "--who", "parent", "--theme", "parenting", "--school",
        "obs-de-brink",
      ]
    ),
    (
      "kansencoach",
      ["coach", "--teacher", "leerkracht", "--theme", "behaviour", "--school", "obs-de-brink"]
    ),
    ("tijd-voor-toekomst", ["group", "meet", "608B", "--present", "GVFC,KSS3,0XGM"]),
  ]

  @Test(arguments: commands.indices)
  func zeroMinutesOfWhatTookPlaceAreRefused(_ i: Int) throws {
    let (example, args) = Self.commands[i]
    let copy = try ExampleWorkspaceCopy(example, prefix: "amigo-minutes")
    let before = Self.snapshot(copy.work)
    let env = Environment(currentDirectory: copy.work.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args + ["--minutes", "0", "--date", "2026-11-18"], environment: env)
    #expect(status == .usage, "\(args): \(env.stdout.text)")
    #expect(
      env.stderr.text.contains("De waarde '0' is ongeldig voor '--minutes <minutes>'"),
      "\(env.stderr.text)")
    #expect(env.stderr.text.contains("Geef een heel getal van 1 tot en met 600."))
    #expect(Self.snapshot(copy.work) == before, "\(args)")
    // One minute is recorded.
    let one = Environment(currentDirectory: copy.work.path, today: LocalDate("2026-11-19")!)
    let written = Amigo.run(args + ["--minutes", "1", "--date", "2026-11-18"], environment: one)
    #expect(written == .success, "\(args): \(one.stderr.text)")
    // And said as one: "1 minuut", "1 minute" (was "1 minuten", "1 minutes").
    guard args[0] != "log-session" else { return }
    #expect(one.stdout.text.contains("(1 minuut"), "\(one.stdout.text)")
    // In English: the workspace's language (the writing commands take no `--lang`).
    let config = copy.work.path + "/amigo.yaml"
    try copy.text("amigo.yaml").replacingOccurrences(of: "language: nl", with: "language: en")
      .write(toFile: config, atomically: true, encoding: .utf8)
    let english = Environment(currentDirectory: copy.work.path, today: LocalDate("2026-11-19")!)
    let again = Amigo.run(args + ["--minutes", "1", "--date", "2026-11-17"], environment: english)
    #expect(again == .success, "\(args): \(english.stderr.text)")
    #expect(english.stdout.text.contains("(1 minute"), "\(english.stdout.text)")
    #expect(!english.stdout.text.contains("1 minutes"), "\(english.stdout.text)")
  }

  /// A session that did not take place may have 0 minutes; a held one may not.
  @Test func aSessionNotHeldMayHaveZeroMinutes() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach", prefix: "amigo-minutes")
    let env = Environment(currentDirectory: copy.work.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(
      [
        "log-session", "109Y", "--kind", "home-visit", "--status", "cancelled-by-family",
        "--minutes", "0", "--date", "2026-11-18",
      ], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    let held = Environment(currentDirectory: copy.work.path, today: LocalDate("2026-11-19")!)
    let refused = Amigo.run(
      ["log-session", "109Y", "--kind", "home-visit", "--minutes", "0", "--date", "2026-11-18"],
      environment: held)
    #expect(refused == .usage, "\(held.stdout.text)")
  }

  /// `group meet` without `--minutes` takes the previous meeting's minutes, as its help says;
  /// the confirmation says so, and names that meeting (it said only "(60 minuten)", so a
  /// shorter meeting was recorded at the old length unnoticed). Given minutes are just said.
  @Test func groupMeetSaysWhereItsMinutesCameFrom() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst", prefix: "amigo-minutes")
    let today = LocalDate("2026-11-19")!
    let env = Environment(currentDirectory: copy.work.path, today: today)
    let status = Amigo.run(
      ["group", "meet", "608B", "--present", "GVFC,KSS3,0XGM", "--date", "2026-11-17"],
      environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(
      env.stdout.text.contains(
        "(60 minuten, zoals bij de bijeenkomst van 2026-11-03; geef --minutes voor een andere duur)"
      ), "\(env.stdout.text)")
    // A meeting dated before the others takes the minutes of the last one, and says which.
    let earlier = Environment(currentDirectory: copy.work.path, today: today)
    #expect(
      Amigo.run(
        ["group", "meet", "608B", "--present", "GVFC,KSS3", "--date", "2026-09-17"],
        environment: earlier) == .success, "\(earlier.stderr.text)")
    #expect(
      earlier.stdout.text.contains("(60 minuten, zoals bij de bijeenkomst van 2026-11-17;"),
      "\(earlier.stdout.text)")
    // Minutes given are the meeting's own: nothing is said about another meeting.
    let given = Environment(currentDirectory: copy.work.path, today: today)
    #expect(
      Amigo.run(
        [
          "group", "meet", "608B", "--present", "GVFC", "--minutes", "45", "--date", "2026-11-18",
        ], environment: given) == .success, "\(given.stderr.text)")
    #expect(given.stdout.text.contains("(45 minuten)"), "\(given.stdout.text)")
    // In English.
    let config = copy.work.path + "/amigo.yaml"
    try copy.text("amigo.yaml").replacingOccurrences(of: "language: nl", with: "language: en")
      .write(toFile: config, atomically: true, encoding: .utf8)
    let english = Environment(currentDirectory: copy.work.path, today: today)
    #expect(
      Amigo.run(
        ["group", "meet", "608B", "--present", "GVFC", "--date", "2026-11-19"],
        environment: english) == .success, "\(english.stderr.text)")
    #expect(
      english.stdout.text.contains(
        "(45 minutes, as at the meeting of 2026-11-18; give --minutes for another length)"),
      "\(english.stdout.text)")
  }

  /// A held session of a kind without a default length (a parent talk; the programme's length
  /// is a child talk's) logged without `--minutes` counts 0 minutes in every report, as a
  /// refused `--minutes 0` would have: the confirmation says it has no minutes, with a note.
  @Test func aHeldSessionWithoutMinutesSaysSo() throws {
    let copy = try ExampleWorkspaceCopy("caseload", prefix: "amigo-minutes")
    let today = LocalDate("2026-11-19")!
    let env = Environment(currentDirectory: copy.work.path, today: today)
    let status = Amigo.run(
      ["log-session", "K7Q4", "--kind", "oudergesprek", "--date", "2026-11-18"], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(
      env.stdout.text
        == "Vastgelegd: oudergesprek op 2026-11-18, zonder minuten, voor AOS-2026-K7Q4.\n")
    #expect(
      env.stderr.text.contains(
        "amigo: let op: zonder --minutes telt dit contact in de overzichten als 0 minuten; geef de duur met --minutes (of later met 'amigo edit')"
      ), "\(env.stderr.text)")
    // With minutes, or a child talk (the programme's length), nothing is said.
    for args in [
      ["--kind", "oudergesprek", "--minutes", "30", "--date", "2026-11-17"],
      ["--date", "2026-11-16"],
    ] {
      let given = Environment(currentDirectory: copy.work.path, today: today)
      #expect(Amigo.run(["log-session", "K7Q4"] + args, environment: given) == .success)
      #expect(given.stdout.text.contains(" min, voor AOS-2026-K7Q4"), "\(given.stdout.text)")
      #expect(!given.stderr.text.contains("zonder --minutes"), "\(given.stderr.text)")
    }
    // A session not held has no length to give.
    let noShow = Environment(currentDirectory: copy.work.path, today: today)
    #expect(
      Amigo.run(
        [
          "log-session", "K7Q4", "--kind", "oudergesprek", "--status", "no-show", "--date",
          "2026-11-12",
        ], environment: noShow) == .success, "\(noShow.stderr.text)")
    #expect(!noShow.stdout.text.contains("zonder minuten"), "\(noShow.stdout.text)")
  }
}
