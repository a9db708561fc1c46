import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Command-line usage the reviewers left open (round 2): each mistake gets a message that says
/// what to do, exit 64, on a copy of the example caseload (Dutch, today 2026-11-19).
@Suite struct CommandLineUsageTests {
  final class Workspace: CommandWorkspace {}

  /// A near miss of an enumerated value gets a "did you mean": the same words run together or
  /// in another order (`schooloverleg`), or a typo, of a value or of its Dutch word.
  @Test(
    arguments: [
      (["consent", "K7Q4", "--given-by", "parents", "--scope", "schooloverleg"], "overleg-school"),
      (["consent", "K7Q4", "--given-by", "parents", "--scope", "support,homevisit"], "home-visit"),
      (["consent", "K7Q4", "--given-by", "ouders", "--scope", "Vragenlijst"], "vragenlijsten"),
      (["consent", "K7Q4", "--given-by", "parnets"], "parents"),
      (["log-session", "K7Q4", "--kind", "huisbezeok"], "huisbezoek"),
      (["log-session", "K7Q4", "--status", "noshow"], "no-show"),
      (["close", "K7Q4", "--reason", "volgensplan"], "volgens-plan"),
      (["close", "K7Q4", "--reason", "volgens-plan", "--destination", "wijkteamm"], "wijkteam"),
      (["new-child", "--label", "Ab C.", "--status", "wachtlijts"], "wachtlijst"),
      (["statement", "K7Q4", "--file", "x.pdf", "--by", "kindd"], "kind"),
    ] as [([String], String)])
  func aNearMissOfAnEnumeratedValueGetsADidYouMean(_ args: [String], _ suggested: String) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, out, err) = w.run(args)
    #expect(status == .usage, "\(err)")
    #expect(out.isEmpty)
    let lines = err.split(separator: "\n").map(String.init)
    #expect(lines.count > 1 && lines[0].hasPrefix("Fout: De waarde '"), "\(err)")
    #expect(lines.count > 1 && lines[1].hasPrefix("Bedoelde je '\(suggested)'? Kies een van "))
  }

  /// A mistyped value is the first mistake said, with its "did you mean", also when a required
  /// option or argument is missing too (the missing one was said first, and the typo only on
  /// the next try), in every command: a value is checked before what is missing.
  @Test(
    arguments: [
      (["consent", "K7Q4", "--scope", "schooloverleg"], "--scope <scope>", "overleg-school"),
      (["consent", "--scope", "schooloverleg"], "--scope <scope>", "overleg-school"),
      (["log-session", "--kind", "huisbezeok"], "--kind <kind>", "huisbezoek"),
      (["measure", "K7Q4", "--timepoint", "prre"], "--timepoint <timepoint>", "pre"),
      (["refer", "--status", "pendng"], "--status <status>", "pending"),
    ] as [([String], String, String)])
  func aMistypedValueIsSaidBeforeAMissingOption(
    _ args: [String], _ option: String, _ suggested: String
  ) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, _, err) = w.run(args)
    #expect(status == .usage, "\(err)")
    let lines = err.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasSuffix("is ongeldig voor '\(option)'") == true, "\(err)")
    #expect(lines.count > 1 && lines[1].hasPrefix("Bedoelde je '\(suggested)'? "), "\(err)")
  }

  /// A typo of a word amigo did not know at all got no suggestion: `jeugdzorgg` is four changes
  /// from `jeugd-ggz` and five from `jeugdhulp`. The everyday word is a Dutch word of
  /// `youth-care` now, and a typo of a label that `resolve` takes is suggested too.
  @Test func aTypoOfAnEverydayWordOrALabelGetsADidYouMean() {
    for (spec, word, suggested) in [
      (Schemas.destination, "jeugdzorgg", "jeugdzorg"),
      (Schemas.sharingParty, "jeugdzorgg", "jeugdzorg"),
      (Schemas.consentScope, "overleg-jeugdzorgg", "overleg-jeugdzorg"),
      (Schemas.referrer, "jeugdgezondheidzorg", "jeugdgezondheidszorg"),
      (Schemas.participant, "ondersteuner-passend-onderwys", "ondersteuner-passend-onderwijs"),
    ] {
      #expect(CommandLineSuggestion.nearest(word, in: spec) == suggested, "\(spec.name)")
      #expect(spec.resolve(suggested) != nil, "\(suggested)")
    }
    #expect(Schemas.destination.resolve("jeugdzorg") == "youth-care")
    #expect(Schemas.sharingParty.resolve("Jeugdzorg") == "youth-care")
  }

  /// A word that is no near miss gets the list alone; English says it in English.
  @Test func onlyANearMissGetsADidYouMeanInEitherLanguage() {
    let scope = Schemas.consentScope
    let far = UsageError.invalidChoice(
      "foto's", for: "--scope <scope>", command: "consent", allowed: scope)
    #expect(!far.message(.en).contains("Did you mean"))
    #expect(!far.message(.nl).contains("Bedoelde je"))
    // Two letters changed are another word, not a typo of a two-letter one.
    let language = UsageError.invalidChoice(
      "fr", for: "--language <language>", command: "init", allowed: Schemas.language)
    #expect(!language.message(.en).contains("Did you mean"), "\(language.message(.en))")
    let near = UsageError.invalidChoice(
      "consultation-school", for: "--scope <scope>", command: "consent", allowed: scope)
    #expect(
      near.message(.en).hasPrefix(
        "The value 'consultation-school' is invalid for '--scope <scope>'\nDid you mean 'school-consultation'? Please provide one of 'support',"
      ), "\(near.message(.en))")
  }

  /// `--group`: a bare number is a group as schools say it (0-8, 0 the preschool group), and
  /// the hint says so; a secondary year as a file writes it (`9`) is refused with how to type
  /// it, never taken as another group.
  @Test func aSchoolGroupNumberAgreesWithTheHint() throws {
    let w = try Workspace()
    defer { w.remove() }
    let base = [
      "new-child", "--label", "Ab C.", "--born", "2015-03", "--referred-by", "teacher", "--school",
      "het-havenlicht", "--worker", "sk", "--programme", "amigos-op-school",
    ]
    let (klas, _, klasErr) = w.run(base + ["--group", "9"])
    #expect(klas == .usage)
    #expect(
      klasErr.contains(
        "Een bestand schrijft klas 1 als 9; op de opdrachtregel is een getal een groep (0-8): geef 'klas 1'."
      ), "\(klasErr)")
    let (far, _, farErr) = w.run(base + ["--group", "15"])
    #expect(far == .usage)
    #expect(farErr.contains("Geef 1-8 (groep), 0 of 'voorschool', of 'klas 1'"), "\(farErr)")
    let (preschool, _, preschoolErr) = w.run(base + ["--group", "0"])
    #expect(preschool == .success, "\(preschoolErr)")
  }

  /// The first meeting of a group has no earlier meeting to take its minutes from: without a
  /// terminal the error says to give them.
  @Test func aFirstMeetingWithoutMinutesSaysToGiveThem() throws {
    let w = try Workspace("tijd-voor-toekomst")
    defer { w.remove() }
    let (made, out, madeErr) = w.run(["group", "new", "--name", "Test", "--children", "GVFC"])
    #expect(made == .success, "\(madeErr)")
    let id = try #require(out.split(separator: " ").dropFirst().first.map(String.init))
    let (status, _, err) = w.run(["group", "meet", id, "--present", "GVFC"])
    #expect(status == .usage)
    #expect(
      err.hasPrefix(
        "Fout: De waarde voor '--minutes <minutes>' ontbreekt\nGeen eerdere bijeenkomst van deze groep heeft minuten om over te nemen: geef de duur van deze bijeenkomst, bijvoorbeeld --minutes 90.\n"
      ), "\(err)")
  }

  /// A session dated far after today is refused for its date alone: no consent diagnostic for
  /// a child thousands of years old at the same date.
  @Test func aDateAfterTodayStandsAlone() throws {
    let w = try Workspace()
    defer { w.remove() }
    let before = try Data(
      contentsOf: w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml"))
    let (status, _, err) = w.run(["log-session", "K7Q4", "-d", "9999-12-31", "--minutes", "20"])
    #expect(status == .dataError)
    #expect(err.contains("error[date-in-future]"), "\(err)")
    #expect(!err.contains("consent-wrong-party"), "\(err)")
    #expect(!err.contains("7983"), "\(err)")
    #expect(
      try Data(contentsOf: w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml"))
        == before)
  }

  /// An option's help under a long option fills its lines to the width, from the first line
  /// on (it wrapped the first line as if the option's name were on it).
  @Test(arguments: [100, 80, 60])
  func helpUnderALongOptionFillsItsLines(_ width: Int) {
    let help =
      "Who signalled: 'teacher', 'care-coordinator', 'director', 'parent', 'child', 'youth-health', 'social-team', 'shelter' or 'other'."
    let rows = HelpLayout.row("--referred-by <referrer>", help, width: width)
      .split(separator: "\n").map(String.init)
    #expect(rows.first == "  --referred-by <referrer>")
    let lines = Array(rows.dropFirst())
    for (line, next) in zip(lines, lines.dropFirst()) {
      #expect(line.count <= width)
      let word = next.split(separator: " ").first.map(String.init) ?? ""
      #expect(line.count + 1 + word.count > width, "\(line) could take \(word)")
    }
  }

  /// A short start of an id's random part that also starts another child's label (`M`: the id
  /// AOS-2026-M8KT of Aya T., and Milan K.) names both: listed, for reads and writes alike,
  /// never silently the one by id. The whole random part still names its child.
  @Test func aShortIdStartThatIsAlsoALabelStartNamesBoth() throws {
    let w = try Workspace()
    defer { w.remove() }
    let before = try FileManager.default.subpathsOfDirectory(atPath: w.work.path).sorted()
      .map { (try? Data(contentsOf: w.work.appendingPathComponent($0))) ?? Data() }
    for args in [["show", "M"], ["log-session", "M", "--minutes", "20"]] {
      let (status, out, err) = w.run(args)
      #expect(status == .usage, "\(args): \(err)")
      #expect(out.isEmpty)
      #expect(err.contains("AOS-2026-M8KT (Aya T.)"), "\(err)")
      #expect(err.contains("AOS-2026-B5JS (Milan K.)"), "\(err)")
    }
    let after = try FileManager.default.subpathsOfDirectory(atPath: w.work.path).sorted()
      .map { (try? Data(contentsOf: w.work.appendingPathComponent($0))) ?? Data() }
    #expect(after == before)
    let (shown, out, _) = w.run(["show", "m8kt"])
    #expect(shown == .success)
    #expect(out.hasPrefix("AOS-2026-M8KT  Aya T."), "\(out)")
    // A unique start that is no label's start still names its child.
    let (five, fiveOut, _) = w.run(["show", "5"])
    #expect(five == .success)
    #expect(fiveOut.hasPrefix("AOS-2026-5KPW"), "\(fiveOut)")
  }
}
