import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Counts read as people say them, in both languages: the noun agrees with the number it
/// counts (`1 of 1 child talk`, never `1 van 1 kindgesprekken`), and a Dutch part of a whole
/// says `van de` (`week 9 van de 16`).
@Suite struct CountWordingTests {
  @Test func partOfAWhole() {
    #expect(PartOf.en(1, 1, SessionKind.childTalk.nounsEn) == "1 of 1 child talk")
    #expect(PartOf.en(0, 2, SessionKind.childTalk.nounsEn) == "0 of 2 child talks")
    #expect(PartOf.nl(1, 1, SessionKind.childTalk.nounsNl) == "1 van 1 kindgesprek")
    #expect(PartOf.nl(1, 2, SessionKind.homeVisit.nounsNl) == "1 van de 2 huisbezoeken")
    #expect(PartOf.nl(7, 20) == "7 van de 20")
    #expect(PartOf.en(7, 20) == "7 of 20")
    #expect(SessionKind.childTalk.nl(count: 1) == "kindgesprek")
    #expect(SessionKind.childTalk.en(count: 0) == "child talks")
  }

  final class Copy: CommandWorkspace {
  }

  @Test func showListAndTheWeekReportCountInBothLanguages() throws {
    let copy = try Copy()
    // Milan K. is in Kansencoach: one child talk a week.
    let (_, nl, _) = copy.run(["show", "B5JS"])
    #expect(nl.contains("Deze week    1 van 1 kindgesprek (2026-W47)"), "\(nl)")
    #expect(nl.contains("Start        2026-09-21, week 9 van de 16 (max. 26)"), "\(nl)")
    let (_, en, _) = copy.run(["show", "B5JS", "--lang", "en"])
    #expect(en.contains("This week  1 of 1 child talk (2026-W47)"), "\(en)")
    #expect(en.contains("week 9 of 16 (max. 26)"), "\(en)")

    let (_, week, _) = copy.run(["report", "--week"])
    #expect(week.contains("week 9 van de 16"), "\(week)")
    #expect(!week.contains("van 16"))

    let (_, list, _) = copy.run(["list"])
    #expect(list.contains("10 van de 15 trajecten"), "\(list)")
  }

  /// A group's first participant: `(1 deelnemer)`, `(1 participant)`.
  @Test func aGroupWithOneParticipantSaysSo() throws {
    let copy = try Copy("tijd-voor-toekomst")
    for name in ["Eerste", "First"] {
      let (created, _, createErr) = copy.run([
        "group", "new", "--name", name, "--school", "kc-de-esch",
      ])
      #expect(created == .success, "\(createErr)")
    }
    let (nlStatus, nl, nlErr) = copy.run(["group", "join", "Eerste", "9F5C"])
    #expect(nlStatus == .success, "\(nlErr)")
    #expect(nl.hasSuffix("(1 deelnemer).\n"), "\(nl)")
    let (_, two, _) = copy.run(["group", "join", "Eerste", "GVFC"])
    #expect(two.hasSuffix("(2 deelnemers).\n"), "\(two)")

    let config = copy.work.appendingPathComponent("amigo.yaml")
    let text = try String(contentsOf: config, encoding: .utf8)
    try text.replacingOccurrences(of: "\nlanguage: nl", with: "\nlanguage: en").write(
      to: config, atomically: true, encoding: .utf8)
    let (enStatus, en, enErr) = copy.run(["group", "join", "First", "9F5C"])
    #expect(enStatus == .success, "\(enErr)")
    #expect(en.hasSuffix("(1 participant).\n"), "\(en)")
  }

  @Test func oneLeftOutIsNamedInTheSingular() throws {
    let copy = try Copy("tijd-voor-toekomst")
    let (_, nl, _) = copy.run(["list"])
    #expect(nl.contains("(--all toont ook het ene afgesloten of niet gestarte traject)"), "\(nl)")
    let (_, en, _) = copy.run(["list", "--lang", "en"])
    #expect(en.contains("(--all shows the one closed or not started too)"), "\(en)")
  }
}

extension CountWordingTests {
  @Test func aNumberWithItsNoun() {
    #expect(Counted.of(1, "week", "weken") == "1 week")
    #expect(Counted.of(0, "dag", "dagen") == "0 dagen")
    #expect(Counted.of(3, "contact", "contacts") == "3 contacts")
  }
}
