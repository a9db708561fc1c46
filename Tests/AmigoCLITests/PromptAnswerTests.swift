import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Answers typed at a terminal: one rule for every question, as for option values (a control
/// character, or a tab inside a one-line answer, is refused and asked again); a name that
/// matches several children offers a numbered choice on a terminal and stays a usage error
/// without one (qa-walk p3).
@Suite struct PromptAnswerTests {
  final class Copy: ExampleWorkspaceCopy {
    /// Runs amigo; with `answers`, on a terminal that answers them line by line.
    func run(_ args: [String], answers: [String]? = nil) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(
        variables: ["XDG_STATE_HOME": root.appendingPathComponent("state").path],
        currentDirectory: work.path, today: LocalDate("2026-11-19")!)
      if let answers {
        let queue = LineQueue(answers)
        env.isInteractive = true
        env.readLine = { queue.next() }
      }
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    func file(_ id: String) throws -> String {
      try String(
        contentsOf: work.appendingPathComponent("trajectories/\(id).yaml"), encoding: .utf8)
    }
  }

  @Test func anAnswerWithAControlCharacterIsAskedAgain() throws {
    let copy = try Copy("kansencoach")
    let (status, _, err) = copy.run(
      ["agree", "KC-2026-W34N", "M-2026-4QT7"],
      answers: ["oefent\u{1B}[2J thuis", "oefent\tthuis", "oefent thuis"])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "In het antwoord staat het stuurteken U+001B, dat in geen tekst in een bestand mag staan: antwoord opnieuw, zonder dat teken."
      ), "\(err)")
    #expect(err.contains("Het antwoord is één regel tekst: antwoord opnieuw, zonder tabs."))
    // Never the file-level error of a file that was not written.
    #expect(!err.contains("control-character-in-value"))
    let text = try copy.file("KC-2026-W34N")
    #expect(text.contains("    agreed: oefent thuis\n"), "\(text)")
    #expect(!text.contains("\\e"))
  }

  @Test func everyQuestionFollowsTheSameRule() throws {
    let copy = try Copy()
    // new-child's own questions: refused and asked again, nothing kept of the bad answer.
    let (status, _, err) = copy.run(["new-child"], answers: ["Sam\u{7} B."])
    #expect(status == .usage)
    #expect(
      err.contains(
        "In het antwoord staat het stuurteken U+0007, dat in geen tekst in een bestand mag staan: antwoord opnieuw, zonder dat teken."
      ), "\(err)")
    #expect(err.contains("de invoer hield op bij de vraag voor --label <label>"))
    // A menu (close's reason) and a confirmation (erase) too.
    let (_, _, menu) = copy.run(["close", "K7Q4"], answers: ["1\u{9B}"])
    #expect(menu.contains("stuurteken U+009B"), "\(menu)")
    let (erased, _, typed) = copy.run(["erase", "Sara"], answers: ["AOS-2025-6NCE\u{0}"])
    #expect(erased == .usage)
    #expect(typed.contains("stuurteken U+0000"), "\(typed)")
    #expect(typed.contains("geen antwoord; er is niets gewist"))
  }

  /// qa-walk M1's class in `close`: a closure date before a held session is refused before the
  /// first question (reason, destination, goal results), not after the last.
  @Test func closeRefusesWhatNoAnswerMendsBeforeAsking() throws {
    let copy = try Copy()
    let before = try copy.file("AOS-2026-K7Q4")
    let (status, _, err) = copy.run(
      ["close", "K7Q4", "--date", "2026-09-10"], answers: ["1", "1", "behaald", "deels"])
    #expect(status == .dataError, "\(err)")
    #expect(err.contains("error[session-after-closure]"), "\(err)")
    #expect(!err.contains("Waarom stopt de begeleiding?"), "\(err)")
    #expect(try copy.file("AOS-2026-K7Q4") == before)
    // With a date that fits, the same answers close it.
    let (closed, out, closeErr) = copy.run(
      ["close", "K7Q4"], answers: ["1", "1", "behaald", "deels"])
    #expect(closed == .success, "\(closeErr)")
    #expect(closeErr.contains("Waarom stopt de begeleiding?"), "\(closeErr)")
    #expect(out.contains("resultaten g1 behaald, g2 deels behaald"), "\(out)")
  }

  /// An agreement typed at the prompt that the file may not hold (a phone number) is said at
  /// once and asked again, not refused after the answer is gone.
  @Test func anAgreementWithAPhoneNumberIsAskedAgain() throws {
    let copy = try Copy("kansencoach")
    let (status, _, err) = copy.run(
      ["agree", "KC-2026-W34N", "M-2026-4QT7"],
      answers: ["Moeder belt terug op 06-12345678", "Moeder belt terug"])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "  error[possible-phone-number]: deze tekst lijkt een telefoonnummer te bevatten\n"),
      "\(err)")
    #expect(err.contains("Antwoord opnieuw; wat je eerder antwoordde, blijft bewaard."))
    let text = try copy.file("KC-2026-W34N")
    #expect(text.contains("agreed: Moeder belt terug\n"), "\(text)")
    #expect(!text.contains("06-12345678"))
  }

  /// A group name typed at the prompt with a phone number in it is said at once and asked
  /// again, not refused after the school was asked too.
  @Test func aGroupNameWithAPhoneNumberIsAskedAgain() throws {
    let copy = try Copy("tijd-voor-toekomst")
    let (status, out, err) = copy.run(
      ["group", "new"], answers: ["Groep bel 06-12345678", "Groep maandag", "kc-de-esch"])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "  error[possible-phone-number]: deze tekst lijkt een telefoonnummer te bevatten\n"),
      "\(err)")
    #expect(err.contains("Antwoord opnieuw; wat je eerder antwoordde, blijft bewaard."))
    #expect(out.contains("'Groep maandag' gestart"), "\(out)")
  }

  @Test func anAmbiguousNameOffersANumberedChoiceOnATerminal() throws {
    let copy = try Copy()
    // 'S' is the start of two labels: Sara L. and Sam B.
    let (status, out, err) = copy.run(["show", "S"], answers: ["x", "3", "2"])
    #expect(status == .success, "\(err)")
    #expect(
      err.hasPrefix(
        "'S' past bij 2 trajecten:\n  1  AOS-2025-6NCE (Sara L.)\n  2  AOS-2026-K7Q4 (Sam B.)\nWelke (1-2)? "
      ), "\(err)")
    #expect(err.contains("  Antwoord met een nummer van 1 tot en met 2.\n"))
    #expect(out.hasPrefix("AOS-2026-K7Q4  Sam B."), "\(out)")

    // A write goes to the child chosen.
    let before = try copy.file("AOS-2026-K7Q4")
    let (logged, _, logErr) = copy.run(
      ["log-session", "S", "--minutes", "30", "--date", "2026-11-19"],
      answers: ["2"])
    #expect(logged == .success, "\(logErr)")
    #expect(try copy.file("AOS-2026-K7Q4").count > before.count)

    // The end of input changes nothing.
    let (ended, _, endErr) = copy.run(["show", "S"], answers: [])
    #expect(ended == .usage)
    #expect(endErr.contains("geen antwoord; er is niets veranderd"), "\(endErr)")
  }

  @Test func withoutATerminalAnAmbiguousNameStaysAUsageError() throws {
    let copy = try Copy()
    let (status, out, err) = copy.run(["show", "S"])
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(
      err.contains(
        "'S' past bij 2 trajecten:\n  AOS-2025-6NCE (Sara L.)\n  AOS-2026-K7Q4 (Sam B.)\nNoem er een bij zijn id."
      ), "\(err)")
    #expect(!err.contains("Welke"))
  }
}

/// Commands that change a trajectory's state from a date (pause, resume, move) refuse a date
/// after today, as `close` and `handover` do: the status, school or worker they set holds from
/// now, not from that day (pause and move were only warned about, and a child "paused from
/// 1 December" showed as paused at once).
@Suite struct FutureStateDateTests {
  @Test func aStateChangeDatedAfterTodayIsRefused() throws {
    let copy = try PromptAnswerTests.Copy()
    for args in [
      ["pause", "K7Q4", "--date", "2026-12-01"],
      ["move", "B5JS", "--school", "het-havenlicht", "--date", "2026-12-01"],
      ["resume", "P4GC", "--date", "2026-12-01"],
    ] {
      let before = try FileManager.default.subpathsOfDirectory(atPath: copy.work.path).sorted()
        .map { (try? Data(contentsOf: copy.work.appendingPathComponent($0))) ?? Data() }
      let (status, out, err) = copy.run(args)
      #expect(status == .dataError, "\(args): \(err)")
      #expect(out.isEmpty)
      #expect(
        err.contains("amigo: 2026-12-01 ligt na vandaag (2026-11-19): "), "\(args): \(err)")
      #expect(err.contains("voer 'amigo \(args[0])' dan uit; er is niets veranderd"), "\(err)")
      let after = try FileManager.default.subpathsOfDirectory(atPath: copy.work.path).sorted()
        .map { (try? Data(contentsOf: copy.work.appendingPathComponent($0))) ?? Data() }
      #expect(after == before, "\(args)")
    }
    // A handover names the new worker in `worker:` at once: one after today is refused
    // (`date-in-future`, as `validate` reports it).
    let (handover, _, refused) = copy.run(
      ["handover", "--from", "ab", "--to", "sk", "R2MD", "--date", "2026-12-01"])
    #expect(handover == .dataError, "\(refused)")
    #expect(refused.contains("date-in-future"), "\(refused)")
    // Today is no warning.
    let (paused, _, today) = copy.run(["pause", "3HWN"])
    #expect(paused == .success, "\(today)")
    #expect(!today.contains("toekomst") && !today.contains("na vandaag"), "\(today)")
  }
}

extension PromptAnswerTests {
  /// A refused session whose note came from a file: the child is asked for once, and the note
  /// is kept under the id chosen.
  @Test func aRefusedWriteAfterAChoiceAsksOnceAndKeepsTheNoteUnderTheChosenId() throws {
    let copy = try Copy()
    let note = copy.root.appendingPathComponent("note.txt")
    try "Gesprek over de klas.\n".write(to: note, atomically: true, encoding: .utf8)
    // A score for a goal Sam B. does not have: refused after the choice.
    let (status, _, err) = copy.run(
      ["log-session", "S", "--note-file", note.path, "--score", "g9=5", "--rater", "child"],
      answers: ["2"])
    #expect(status == .dataError, "\(err)")
    #expect(err.components(separatedBy: "Welke (1-2)?").count == 2, "\(err)")
    #expect(err.contains("note-AOS-2026-K7Q4"), "\(err)")
  }
}
