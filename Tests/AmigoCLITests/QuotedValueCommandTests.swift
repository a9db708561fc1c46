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
