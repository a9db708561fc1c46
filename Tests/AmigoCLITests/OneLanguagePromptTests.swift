import AmigoCLI
import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language: prompts, confirmations, `changes` and `history` follow the
/// workspace's `language:`; English in an English workspace.
@Suite struct OneLanguagePromptTests {
  /// A copy of the example caseload, in `language` (it is Dutch).
  final class Copy: ExampleWorkspaceCopy {
    init(language: String) throws {
      try super.init("caseload")
      let config = work.appendingPathComponent("amigo.yaml")
      let text = try String(contentsOf: config, encoding: .utf8)
      try text.replacingOccurrences(of: "language: nl", with: "language: \(language)")
        .write(to: config, atomically: true, encoding: .utf8)
    }

    /// Runs amigo on a terminal that answers `answers`, line by line.
    func run(_ args: [String], answers: [String] = []) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(currentDirectory: path, today: LocalDate("2026-11-19")!)
      let queue = LineQueue(answers)
      env.isInteractive = true
      env.readLine = { queue.next() }
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
  }

  @Test func confirmationsAndPromptsFollowTheLanguage() throws {
    let nl = try Copy(language: "nl")
    let (status, _, err) = nl.run(["erase", "Sara"], answers: ["AOS-2025"])
    #expect(status == .failure)
    #expect(
      err.contains("Dit verwijdert trajectories/AOS-2025-6NCE.yaml (Sara L., status afgesloten"))
    #expect(err.contains("Typ de id ter bevestiging: "), "\(err)")
    #expect(err.contains("'AOS-2025' is niet 'AOS-2025-6NCE'; er is niets gewist"), "\(err)")
    #expect(!err.contains("Type the id"))

    let en = try Copy(language: "en")
    let (_, _, english) = en.run(["erase", "Sara"], answers: ["AOS-2025"])
    #expect(
      english.contains("This removes trajectories/AOS-2025-6NCE.yaml (Sara L., status closed"))
    #expect(english.contains("Type the id to confirm: "), "\(english)")
    #expect(english.contains("'AOS-2025' is not 'AOS-2025-6NCE'; nothing was erased"))

    // A menu: Dutch words and labels in Dutch, English ones in English; both are understood.
    let (_, _, menuNL) = nl.run(
      ["meldcode", "K7Q4"], answers: [])
    #expect(menuNL.contains("Welke stap van de meldcode?"), "\(menuNL)")
    #expect(menuNL.contains("Stap: "))
    #expect(menuNL.contains("geen antwoord; er is niets veranderd"))
    let (_, _, menuEN) = en.run(["meldcode", "K7Q4"], answers: [])
    #expect(menuEN.contains("Which step of the meldcode?"), "\(menuEN)")
    #expect(menuEN.contains("no answer; nothing was changed"))

    // new-child's questions.
    let (_, _, askedNL) = nl.run(["new-child"], answers: [])
    #expect(askedNL.hasPrefix("Label (voornaam en initiaal, bijv. Sam B.): "), "\(askedNL)")
    #expect(askedNL.contains("de invoer hield op bij de vraag voor --label <label>"))
    let (_, _, askedEN) = en.run(["new-child"], answers: [])
    #expect(askedEN.hasPrefix("Label (first name and initial, e.g. Sam B.): "), "\(askedEN)")
  }
}
