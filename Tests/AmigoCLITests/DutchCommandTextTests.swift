import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// One language (README, "Language"): what `new-child --family`, `consent`, `goal rate`,
/// `move`, `handover`, `show`, `group meet` and `validate` print in a Dutch workspace
/// (`Examples/caseload`) is Dutch, with no English sentence or word left; in an English
/// workspace (`language: en`) the same text stays English.
@Suite struct DutchCommandTextTests {
  /// The example workspace with `language: en`.
  static func english() throws -> ExampleCopy {
    let ws = try ExampleCopy()
    let config = ws.path + "/amigo.yaml"
    let text = try String(contentsOfFile: config, encoding: .utf8)
    try text.replacingOccurrences(of: "\nlanguage: nl", with: "\nlanguage: en").write(
      toFile: config, atomically: true, encoding: .utf8)
    return ws
  }

  /// The English words of `text`'s lines (`DutchGoldenTests.englishWords`), one list a line.
  static func englishWords(_ text: String) -> [String] {
    text.split(separator: "\n").flatMap { DutchGoldenTests.englishWords(String($0)) }
  }

  /// Words from the English texts these commands printed, which `DutchGoldenTests.english`
  /// does not list.
  static let formerEnglish = [
    "Rated", " for ", "target", "Family", "siblings", "handed over", "trajectory", "already",
    " or 12", "the group", "session note", "agreement", "if you like",
  ]

  static func expectDutch(_ text: String, _ comment: Comment? = nil) {
    #expect(englishWords(text).isEmpty, comment)
    for word in formerEnglish {
      #expect(!text.contains(word), "'\(word)' in: \(text)")
    }
  }

  @Test func goalRateMoveAndHandoverSpeakDutch() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let rated = ws.run(["goal", "rate", "K7Q4", "g1", "5.5", "--rater", "ouders"])
    #expect(rated.status == 0, "\(rated.stderr)")
    #expect(rated.stdout.hasPrefix("g1 gescoord: 5,5 (ouders) op 2026-11-19 voor AOS-2026-K7Q4"))
    Self.expectDutch(rated.stdout)

    let moved = ws.run(["move", "K7Q4", "--school", "de-zeester"])
    #expect(moved.status == 65)
    #expect(moved.stderr == "amigo: AOS-2026-K7Q4 zit al op 'de-zeester'; er is niets veranderd\n")
    Self.expectDutch(moved.stderr)

    let handed = ws.run(["handover", "W6ZA", "--from", "mvd", "--to", "sk"])
    #expect(handed.status == 0, "\(handed.stderr)")
    #expect(
      handed.stdout.hasSuffix(
        "1 traject overgedragen van Mira van Dalen aan Soufiane Kaddouri op 2026-11-19.\n"))
    Self.expectDutch(handed.stdout)

    // In English, as before.
    let english = try Self.english()
    defer { english.remove() }
    let en = english.run(["goal", "rate", "K7Q4", "g1", "6"])
    #expect(en.stdout.hasPrefix("Rated g1 6 (child) on 2026-11-19 for AOS-2026-K7Q4; target 7."))
    let enMove = english.run(["move", "K7Q4", "--school", "de-zeester"])
    #expect(
      enMove.stderr == "amigo: AOS-2026-K7Q4 is at 'de-zeester' already; nothing was changed\n")
    let enHanded = english.run(["handover", "W6ZA", "--from", "mvd", "--to", "sk"])
    #expect(
      enHanded.stdout.hasSuffix(
        "1 trajectory handed over from Mira van Dalen to Soufiane Kaddouri on 2026-11-19.\n"))
  }

  @Test func theChildsAgreementAloneUnder12IsRefusedInDutch() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    // Born 2017-08: 9 on the day.
    let r = ws.run(["consent", "W6ZA", "--given-by", "kind"])
    #expect(r.status == 65)
    #expect(r.stderr.hasPrefix("amigo: het kind is 9 op 2026-11-19: onder de 12 geeft een ouder"))
    #expect(r.stderr.contains("er is niets veranderd"))
    #expect(r.stderr.contains("amigo consent AOS-2026-W6ZA --given-by parents --date 2026-11-19"))
    Self.expectDutch(r.stderr)
    let english = try Self.english()
    defer { english.remove() }
    let en = english.run(["consent", "W6ZA", "--given-by", "child"])
    #expect(en.stderr.hasPrefix("amigo: the child is 9 on 2026-11-19: under 12 a parent"))
    #expect(en.stderr.contains("; nothing was changed. record the consent of the parents"))
  }

  @Test func familyLinesAreDutch() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let child = [
      "new-child", "--referred-by", "ib", "--school", "de-zeester", "--worker", "mvd",
      "--programme", "amigos-op-school",
    ]
    let first = ws.run(child + ["--label", "Mo B.", "--family", "F-7KQ4"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.hasSuffix(
        "Gezin F-7KQ4: nog geen broers of zussen in deze werkmap (geef een broer of zus dezelfde --family).\n"
      ))
    Self.expectDutch(first.stdout)
    let second = ws.run(child + ["--label", "Isa B.", "--sibling-of", "Mo B."])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Gezin F-7KQ4: broers en zussen Mo B. (AOS-2026-"))
    Self.expectDutch(second.stdout)
  }

  /// In the birthday month the age is "11 of 12", not "11 or 12"; a missing group is named in
  /// Dutch; a control character in a note is in "een notitie van een contact".
  @Test func showGroupMeetAndAControlCharacterSpeakDutch() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    // Sam B. is born 2016-04; his parents' consent of 2026-09-03 is in force in April 2027.
    let env = Environment(currentDirectory: ws.path, today: LocalDate("2027-04-12")!)
    _ = Amigo.run(["show", "K7Q4"], environment: env)
    // The screen folds long rows: read them as one line.
    let shown = env.stdout.text.replacingOccurrences(
      of: #"\n +"#, with: " ", options: .regularExpression)
    #expect(shown.contains("(kind 10 of 11 jaar)"), "\(shown)")
    #expect(!shown.contains(" or 11"))

    let meet = ws.run(["group", "meet"])
    #expect(meet.status == 64)
    #expect(meet.stderr.hasPrefix("Fout: De waarde voor '<names> (de groep)' ontbreekt\n"))

    let note = ws.run([
      "log-session", "K7Q4", "--kind", "kindgesprek", "--minutes", "20", "--note", "a\u{85}b",
    ])
    // Refused as given, before anything is written: the option named, not a line of a file.
    #expect(note.status == 64)
    #expect(
      note.stderr.contains(
        "Fout: De waarde 'a?b' is ongeldig voor '--note <text>'\nEr staat het stuurteken U+0085 in"),
      "\(note.stderr)")
    #expect(!note.stderr.contains("The value"))
    let english = try Self.english()
    defer { english.remove() }
    let en = english.run([
      "log-session", "K7Q4", "--kind", "child-talk", "--minutes", "20", "--note", "a\u{85}b",
    ])
    #expect(
      en.stderr.contains(
        "Error: The value 'a?b' is invalid for '--note <text>'\nIt holds the control character U+0085"
      ), "\(en.stderr)")
  }
}
