import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 15: `--dir`, `--today`, `--lang` and `--format` are parsed once per command by one
/// `CommonOptions` value, with one rule each for every command.
@Suite struct CommonOptionsTests {
  static let caseload = Fixtures.root.appendingPathComponent("Examples/caseload").path

  func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(currentDirectory: Self.caseload, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  /// `-f` is `--format` wherever there is a `--format`: `validate -f json` was an unknown option
  /// while `report`, `export`, `show` and `list` took it.
  @Test func shortFormatIsFormatInEveryCommandWithAFormat() {
    for command in [["validate"], ["report", "--week"], ["show", "K7Q4"], ["list"]] {
      let (status, out, err) = run(command + ["-f", "json"])
      #expect(status == .success, "\(command): \(err)")
      #expect(out == run(command + ["--format", "json"]).1, "\(command)")
      #expect(out.hasPrefix("{"), "\(command): \(out.prefix(80))")
    }
  }

  /// One `--lang` rule: `report` takes the names `show` takes (it refused `dutch` with 64).
  @Test func reportAndShowTakeTheSameLanguageNames() {
    let (nlStatus, nl, _) = run(["report", "--week", "--lang", "nl"])
    #expect(nlStatus == .success)
    for name in ["dutch", "Nederlands", "NL"] {
      let (status, out, err) = run(["report", "--week", "--lang", name])
      #expect(status == .success, "\(name): \(err)")
      #expect(out == nl, "\(name)")
    }
    let (enStatus, en, _) = run(["report", "--week", "--lang", "english"])
    #expect(enStatus == .success)
    #expect(en == run(["report", "--week", "--lang", "en"]).1)
    let (showStatus, _, _) = run(["show", "9TFX", "--lang", "dutch"])
    #expect(showStatus == .success)
    let (recordStatus, _, recordErr) = run(["export", "--record", "9TFX", "--lang", "engels"])
    #expect(recordStatus == .success, "\(recordErr)")
  }

  @Test func anUnknownLanguageIsAUsageErrorEverywhere() {
    for args in [
      ["report", "--week", "--lang", "fr"], ["show", "9TFX", "--lang", "fr"],
      ["list", "--lang", "fr"], ["export", "--record", "9TFX", "--lang", "fr"],
    ] {
      let (status, out, err) = run(args)
      #expect(status == .usage, "\(args)")
      #expect(out.isEmpty)
      #expect(err.contains("'fr'") && err.contains("--lang"), "\(args): \(err)")
    }
  }

  @Test func badTodayAndFormatAreUsageErrorsNamingTheOption() {
    for args in [
      ["validate", "--today", "2026-13-01"], ["report", "--week", "--today", "morgen"],
      ["list", "--today", "x"], ["log-session", "9TFX", "--today", "2026-02-30"],
    ] {
      let (status, _, err) = run(args)
      #expect(status == .usage, "\(args)")
      #expect(err.contains("--today <date>"), "\(args): \(err)")
    }
    for args in [
      ["validate", "--format", "csv"], ["report", "--week", "--format", "xml"],
      ["export", "--research", "--format", "html"],
      ["export", "--record", "9TFX", "--format", "csv"],
    ] {
      let (status, out, err) = run(args)
      #expect(status == .usage, "\(args)")
      #expect(out.isEmpty)
      #expect(err.contains("--format <format>"), "\(args): \(err)")
    }
  }

  @Test func aMissingWorkspaceIsNamedForEveryCommand() {
    for command in [["validate"], ["report", "--week"], ["history", "9TFX"], ["list"]] {
      let (status, _, err) = run(command + ["--dir", "/nonexistent-amigo"])
      #expect(status == .noInput, "\(command)")
      #expect(err.contains("no amigo workspace at '/nonexistent-amigo'"), "\(command): \(err)")
    }
  }
}
