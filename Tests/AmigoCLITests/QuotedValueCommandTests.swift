import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// `minutes: "60"` is text to PyYAML and the JSON Schema: `validate` refuses it in trajectory
/// and activity files alike, and `amigo fmt` writes the number without quotes (issue 20 QA).
@Suite struct QuotedValueCommandTests {
  @Test func validateRefusesAndFmtUnquotes() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    let meeting = dir.path + "/activities/M-2026-4QT7.yaml"
    let trajectory = dir.path + "/trajectories/KC-2026-W34N.yaml"
    let originals = try [meeting, trajectory].map {
      try String(contentsOfFile: $0, encoding: .utf8)
    }
    try Data(originals[0].replacingOccurrences(of: "minutes: 60", with: "minutes: \"60\"").utf8)
      .write(to: URL(fileURLWithPath: meeting))
    try Data(
      originals[1].replacingOccurrences(of: "  group: 5", with: "  group: '05'").utf8
    ).write(to: URL(fileURLWithPath: trajectory))
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text + env.stderr.text)
    }
    let refused = run(["validate"])
    #expect(refused.0 == .failure)
    #expect(
      refused.1.contains("activities/M-2026-4QT7.yaml:11:10: error[quoted-value]"), "\(refused.1)")
    #expect(refused.1.contains("schrijf 60 zonder aanhalingstekens"), "\(refused.1)")
    #expect(refused.1.contains("trajectories/KC-2026-W34N.yaml"), "\(refused.1)")
    #expect(refused.1.contains("schrijf 5 zonder aanhalingstekens"), "\(refused.1)")
    let english = run(["validate", "--lang", "en"])
    #expect(english.1.contains("write 60 without quotes ('amigo fmt' does it)"), "\(english.1)")
    let formatted = run(["fmt"])
    #expect(formatted.0 == .success, "\(formatted.1)")
    // fmt also adds the schema modeline to the copy's trajectory files.
    let tidied = try [meeting, trajectory].map { try String(contentsOfFile: $0, encoding: .utf8) }
    #expect(tidied[0] == originals[0])
    #expect(tidied[1].hasSuffix(originals[1]), "\(tidied[1])")
    #expect(run(["validate", "--strict"]).0 == .success)
  }

  /// A value with a leading zero that is no number (`00:30`, `0x10`) is an invalid value, not
  /// a number to strip a zero from: `fmt` leaves the file as it was, `validate` says the value
  /// is wrong.
  @Test(arguments: ["00:30", "0x10", "007e1"])
  func fmtLeavesTextThatIsNoNumberAlone(_ value: String) throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    let meeting = dir.path + "/activities/M-2026-4QT7.yaml"
    let original = try String(contentsOfFile: meeting, encoding: .utf8)
    let broken = original.replacingOccurrences(of: "minutes: 60", with: "minutes: \(value)")
    try Data(broken.utf8).write(to: URL(fileURLWithPath: meeting))
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    _ = Amigo.run(["fmt", meeting], environment: env)
    #expect(try String(contentsOfFile: meeting, encoding: .utf8) == broken)
    let check = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    #expect(Amigo.run(["validate", meeting], environment: check) == .failure)
    let said = check.stdout.text + check.stderr.text
    #expect(!said.contains("begint met een nul"), "\(said)")
    #expect(said.contains("M-2026-4QT7.yaml:11:10: error["), "\(said)")
  }
}

/// A negative score was written quoted (`emotional: '-3'`), so `measure --score emotional=-3`
/// said `quoted-value` besides the real refusal, and a scale whose range goes below 0 could not
/// take a valid negative score at all (QA).
@Suite struct NegativeScoreTests {
  static func run(_ dir: URL, _ args: [String]) -> (AmigoCLI.ExitStatus, String) {
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text + env.stderr.text)
  }

  static let measure = [
    "measure", "K7Q4", "--instrument", "sdq", "--informant", "parent", "--timepoint", "post",
    "--score", "emotional=-3",
  ]

  @Test func aNegativeScoreOutOfRangeIsOneRefusal() throws {
    let copy = try ExampleWorkspaceCopy("caseload", prefix: "amigo-negative-score")
    let path = copy.work.path + "/trajectories/AOS-2026-K7Q4.yaml"
    let before = FileManager.default.contents(atPath: path)
    let (status, out) = Self.run(copy.work, Self.measure)
    #expect(status == .dataError, "\(out)")
    #expect(out.contains("error[score-out-of-range]"), "\(out)")
    #expect(!out.contains("quoted-value"), "\(out)")
    #expect(out.contains("scores: {emotional: -3}"), "\(out)")
    #expect(FileManager.default.contents(atPath: path) == before)
  }

  /// `emotional=99999999999999999999` was said to be recorded as 1e+20 and written as 0.
  @Test func aScoreBeyondEveryRangeIsRefusedNotWrittenAsZero() throws {
    let copy = try ExampleWorkspaceCopy("caseload", prefix: "amigo-negative-score")
    let path = copy.work.path + "/trajectories/AOS-2026-K7Q4.yaml"
    let before = FileManager.default.contents(atPath: path)
    for score in ["emotional=99999999999999999999", "emotional=-1000.5"] {
      var args = Self.measure
      args[args.count - 1] = score
      let (status, out) = Self.run(copy.work, args)
      #expect(status == .usage, "\(out)")
      #expect(out.contains("'\(score)' is ongeldig voor '--score <scale=value>'"), "\(out)")
      #expect(out.contains("verder dan -1000 tot 1000"), "\(out)")
      #expect(FileManager.default.contents(atPath: path) == before)
    }
  }

  @Test func aNegativeScoreWithinTheRangeIsWrittenAsANumber() throws {
    let copy = try ExampleWorkspaceCopy("caseload", prefix: "amigo-negative-score")
    let config = copy.work.path + "/amigo.yaml"
    let text = try String(contentsOfFile: config, encoding: .utf8)
    let line = "parent: {min: 0, max: 10, sd: 2.0, reliability: 0.67"
    #expect(text.contains(line))
    try Data(
      text.replacingOccurrences(
        of: line, with: "parent: {min: -5, max: 10, sd: 2.0, reliability: 0.67"
      ).utf8
    ).write(to: URL(fileURLWithPath: config))
    let (status, out) = Self.run(copy.work, Self.measure)
    #expect(status == .success, "\(out)")
    let file = try String(
      contentsOfFile: copy.work.path + "/trajectories/AOS-2026-K7Q4.yaml", encoding: .utf8)
    #expect(file.contains("scores: {emotional: -3}"), "\(file)")
    #expect(Self.run(copy.work, ["validate"]).0 == .success)
  }
}
