import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 15: one `--lang` rule for every command. `nl`/`en` or a name of either language
/// (`dutch`, `english`, `nederlands`, `engels`, `nl-NL`, `en-GB`), in any case; anything else
/// exits 64 with the same message everywhere.
@Suite struct LangOptionTests {
  static let caseload = Fixtures.root.appendingPathComponent("Examples/caseload").path

  func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(currentDirectory: Self.caseload, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  /// Every command that prints for people, with the arguments before `--lang`.
  static let commands: [[String]] = [
    ["show", "K7Q4"], ["list"], ["report", "--week"], ["report", "--child", "K7Q4"],
    ["report", "--period", "2025/2026"], ["export", "--record", "K7Q4"],
  ]

  @Test(arguments: commands)
  func namesOfALanguageGiveTheSameOutputAsItsCode(_ command: [String]) {
    let (nlStatus, nl, _) = run(command + ["--lang", "nl"])
    let (enStatus, en, _) = run(command + ["--lang", "en"])
    #expect(nlStatus == .success && enStatus == .success)
    #expect(nl != en)
    for spelling in ["dutch", "Nederlands", "NL", "nl-NL"] {
      let (status, out, err) = run(command + ["--lang", spelling])
      #expect(status == .success, "\(command) --lang \(spelling): \(err)")
      #expect(out == nl, "\(command) --lang \(spelling)")
    }
    for spelling in ["english", "Engels", "EN", "en-GB"] {
      let (status, out, err) = run(command + ["--lang", spelling])
      #expect(status == .success, "\(command) --lang \(spelling): \(err)")
      #expect(out == en, "\(command) --lang \(spelling)")
    }
  }

  @Test(arguments: commands)
  func anotherLanguageIsAUsageError(_ command: [String]) {
    let (status, out, err) = run(command + ["--lang", "fr"])
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(
      err.hasPrefix(
        "Fout: De waarde 'fr' is ongeldig voor '--lang <language>'\nGeef 'nl' of 'en'.\n"))
  }

  /// One option: every command's `--lang` is `DisplayLanguage.option`.
  @Test func everyLangOptionIsTheSharedOne() {
    var seen = 0
    for command in Amigo.commands {
      for option in command.spec.options where option.name == "lang" {
        seen += 1
        #expect(option.valueName == DisplayLanguage.option.valueName, "\(command.spec.name)")
        #expect(option.help == DisplayLanguage.option.help, "\(command.spec.name)")
      }
    }
    #expect(seen >= 4)
  }

  @Test func theRule() {
    #expect(Language(resolving: "nl") == .nl)
    #expect(Language(resolving: "Dutch") == .nl)
    #expect(Language(resolving: "nederlands") == .nl)
    #expect(Language(resolving: "en-US") == .en)
    #expect(Language(resolving: "engels") == .en)
    #expect(Language(resolving: "fr") == nil)
    #expect(Language(resolving: "") == nil)
    // The config's `language:` stays strict: exactly `nl` or `en`.
    #expect(Language("dutch") == nil)
  }
}
