import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 19 in a copy of `Examples/caseload`: the organisation's own words on the command line,
/// and a worker who left.
@Suite struct PeopleCommandTests {
  final class Workspace: CommandWorkspace {
    init() throws { try super.init(prefix: "amigo-people") }

    func edit(_ path: String, _ change: (String) -> String) throws {
      try Data(change(text(path)).utf8).write(to: work.appendingPathComponent(path))
    }
  }

  static let ownWords = """

    vocabularies:
      participants:
        buddy:
          nl: maatje
          en: buddy
          aliases: [maatje]
      methods:
        sandplay:
          nl: zandtafel
          aliases: [zandtafel]

    """

  @Test func theOrganisationsOwnWordsWorkOnTheCommandLine() throws {
    let w = try Workspace()
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = w.text(file)
    // Not declared: refused, nothing written.
    let (refused, _, err) = w.run(["log-session", "K7Q4", "--with", "kind,maatje"])
    #expect(refused == .usage)
    #expect(err.contains("De waarde 'maatje' is ongeldig voor '--with <participant>'"), "\(err)")
    #expect(w.text(file) == before)
    // Declared in amigo.yaml: taken by its Dutch word, written as its id, valid.
    try w.edit("amigo.yaml") { $0 + Self.ownWords }
    let (ok, _, err2) = w.run([
      "log-session", "K7Q4", "--with", "kind,maatje", "--method", "zandtafel",
    ])
    #expect(ok == .success, "\(err2)")
    #expect(w.text(file).contains("with: [child, buddy]"))
    #expect(w.text(file).contains("methods: [sandplay]"))
    #expect(w.run(["validate", "--strict"]).0 == .success)
    // Taking the word back out of amigo.yaml makes the file invalid again, at its line.
    try w.edit("amigo.yaml") { $0.replacingOccurrences(of: Self.ownWords, with: "\n") }
    let (invalid, out, _) = w.run(["validate"])
    #expect(invalid == .failure)
    #expect(
      out.contains("error[invalid-value]: 'buddy' is geen geldige waarde voor deelnemer"), "\(out)")
  }

  @Test func aFormerWorkerKeepsOldFilesButGetsNoNewWork() throws {
    let w = try Workspace()
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(
        of: "  mvd:\n    name: Mira van Dalen\n",
        with:
          "  mvd:\n    name: Mira van Dalen\n    qualification: HBO social work\n    trainings:\n      - {label: Amigo basic training, date: 2025-09-12}\n    schools:\n      - {school: de-zeester, hours_per_week: 20}\n      - {school: het-havenlicht, hours_per_week: 2}\n    end: 2026-11-19\n"
      )
    }
    // Her files, all dated up to her last day, stay valid.
    let (valid, out, _) = w.run(["validate"], today: "2026-11-20")
    #expect(valid == .success, "\(out)")
    // A contact after it is refused; the file is unchanged.
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = w.text(file)
    let (refused, _, err) = w.run(["log-session", "K7Q4"], today: "2026-11-20")
    #expect(refused == .dataError)
    #expect(err.contains("worker-ended"), "\(err)")
    #expect(err.contains("'mvd' is vertrokken op 2026-11-19"))
    #expect(w.text(file) == before)
    // No new children for her.
    let (noChild, _, err2) = w.run(
      [
        "new-child", "--label", "Noor K.", "--school", "de-zeester", "--worker", "mvd",
        "--programme", "amigos-op-school", "--referred-by", "teacher",
      ], today: "2026-11-20")
    #expect(noChild == .usage)
    #expect(err2.contains("'mvd' is vertrokken op 2026-11-19"), "\(err2)")
    #expect(err2.contains("'sk' of 'ab'"), "\(err2)")
    // Her hours name declared schools.
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(of: "school: het-havenlicht", with: "school: havenlicht")
    }
    let (badConfig, out3, _) = w.run(["validate"], today: "2026-11-20")
    #expect(badConfig == .failure)
    #expect(
      out3.contains("error[unknown-school]: school 'havenlicht' staat niet in amigo.yaml"),
      "\(out3)")
  }

  @Test func pauseAndResumeWriteDatedPauses() throws {
    let w = try Workspace()
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let (paused, out, err) = w.run(["pause", "K7Q4", "--date", "2026-10-26"])
    #expect(paused == .success, "\(err)")
    #expect(out.contains("AOS-2026-K7Q4 gepauzeerd vanaf 2026-10-26; status gepauzeerd."))
    #expect(w.text(file).contains("status: paused\n"))
    #expect(w.text(file).contains("\npauses:\n  - from: 2026-10-26\n\ngoals:"))
    // Paused already: refused, unchanged.
    let before = w.text(file)
    let (again, _, err2) = w.run(["pause", "K7Q4"])
    #expect(again == .dataError)
    #expect(err2.contains("al gepauzeerd sinds 2026-10-26"), "\(err2)")
    #expect(w.text(file) == before)
    // `start` points at resume.
    #expect(w.run(["start", "K7Q4"]).2.contains("hervatten: amigo resume AOS-2026-K7Q4"))
    // Resuming the day of the pause is refused; later it ends the pause the day before.
    #expect(w.run(["resume", "K7Q4", "--date", "2026-10-26"]).0 == .dataError)
    let (resumed, out3, err3) = w.run(["resume", "K7Q4", "--date", "2026-11-16"])
    #expect(resumed == .success, "\(err3)")
    #expect(
      out3.contains(
        "AOS-2026-K7Q4 hervat op 2026-11-16 na een pauze van 2026-10-26 tot en met 2026-11-15 (3 schoolweken gepauzeerd, niet geteld); status actief."
      ), "\(out3)")
    #expect(w.text(file).contains("  - from: 2026-10-26\n    to: 2026-11-15\n"))
    #expect(w.text(file).contains("status: active\n"))
    #expect(w.run(["resume", "K7Q4"]).0 == .dataError)
    // The pause covers talks held on 27 and 29 October: flagged (resume first or correct the
    // date), not refused.
    let (valid, flagged, _) = w.run(["validate"])
    #expect(valid == .success)
    #expect(
      flagged.contains(
        "warning[contact-in-pause]: een kindgesprek gehouden op 2026-10-27, binnen de pauze van 2026-10-26 tot en met 2026-11-15"
      ),
      "\(flagged)")
  }

  /// A pause or resumption dated after today was recorded at once, with only a warning: `pause
  /// --date 2027-03-01` set `status: paused` today, so `list` and `show` called a child paused
  /// whose support went on until March. Both are refused, and nothing changes.
  @Test(arguments: [
    ["pause", "K7Q4", "--date", "2027-03-01"], ["pause", "K7Q4", "--date", "2026-11-20"],
  ])
  func aPauseOrResumptionAfterTodayIsRefused(_ args: [String]) throws {
    let w = try Workspace()
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = w.text(file)
    let (status, out, err) = w.run(args)
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(
      err.contains(
        "ligt na vandaag (2026-11-19): de status in een bestand is die van vandaag, dus een pauze of het einde ervan leg je vast op de dag zelf; voer 'amigo pause' dan uit; er is niets veranderd"
      ), "\(err)")
    #expect(w.text(file) == before)
    // Paused today, a resumption after today is refused the same way.
    #expect(w.run(["pause", "K7Q4", "--date", "2026-11-02"]).0 == .success)
    let paused = w.text(file)
    let (resumed, _, resumeErr) = w.run(["resume", "K7Q4", "--date", "2026-12-07"])
    #expect(resumed == .dataError)
    #expect(resumeErr.contains("voer 'amigo resume' dan uit"), "\(resumeErr)")
    #expect(w.text(file) == paused)
  }

  @Test func resumeCountsPausedHolidayWeeksApartFromSchoolWeeks() throws {
    // A pause over the autumn holiday (19-23 October in the example's amigo.yaml): three weeks
    // left out of the length, but only two of them school weeks.
    let w = try Workspace()
    #expect(w.run(["pause", "K7Q4", "--date", "2026-10-12"]).0 == .success)
    let (nl, out, err) = w.run(["resume", "K7Q4", "--date", "2026-11-02"])
    #expect(nl == .success, "\(err)")
    #expect(
      out.contains("(2 schoolweken en 1 vakantieweek gepauzeerd, niet geteld)"), "\(out)")
    let e = try Workspace()
    try e.edit("amigo.yaml") {
      $0.replacingOccurrences(of: "\nlanguage: nl", with: "\nlanguage: en")
    }
    #expect(e.run(["pause", "K7Q4", "--date", "2026-10-19"]).0 == .success)
    let (en, out2, err2) = e.run(["resume", "K7Q4", "--date", "2026-10-26"])
    #expect(en == .success, "\(err2)")
    #expect(out2.contains("(1 holiday week paused, not counted)"), "\(out2)")
  }

  @Test func resumingAnUndatedPauseAsksForItsFirstDay() throws {
    let w = try Workspace()
    let file = "trajectories/AOS-2026-P4GC.yaml"
    // Paused by hand, without a date.
    try w.edit(file) { $0.replacingOccurrences(of: "pauses:\n  - from: 2026-10-26\n\n", with: "") }
    #expect(w.run(["validate"]).1.contains("note[undated-pause]"))
    let before = w.text(file)
    let (refused, _, err) = w.run(["resume", "P4GC"])
    #expect(refused == .dataError)
    #expect(err.contains("amigo resume AOS-2026-P4GC --since DATUM"), "\(err)")
    #expect(w.text(file) == before)
    let (ok, _, err2) = w.run(["resume", "P4GC", "--since", "2026-10-26", "--date", "2026-11-16"])
    #expect(ok == .success, "\(err2)")
    #expect(w.text(file).contains("  - from: 2026-10-26\n    to: 2026-11-15\n"))
    let (valid, out, _) = w.run(["validate", "--strict"])
    #expect(valid == .success)
    #expect(!out.contains("undated-pause"))
  }

  @Test func siblingsAreLinkedByAPseudonymousFamilyID() throws {
    let w = try Workspace()
    for id in ["AOS-2026-K7Q4", "AOS-2026-3HWN"] {
      try w.edit("trajectories/\(id).yaml") {
        $0.replacingOccurrences(of: "\nstatus: ", with: "\nfamily: F-1A2B\nstatus: ")
      }
    }
    #expect(w.run(["validate", "--strict"]).0 == .success)
    let (_, shown, _) = w.run(["show", "K7Q4", "--lang", "en"])
    #expect(shown.contains("Family     F-1A2B: siblings Noor E. (AOS-2026-3HWN)\n"), "\(shown)")
    let (_, alone, _) = w.run(["show", "W6ZA", "--lang", "en"])
    #expect(!alone.contains("Family"))
    // The period report counts the two siblings as one family.
    let (_, report, _) = w.run(["report", "--period", "2026", "--lang", "en"])
    // Rows with their spacing collapsed: the column widths follow the longest label.
    let rows = report.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(rows.contains { $0.hasPrefix("Children reached (contact with child or parents) 14") })
    #expect(
      rows.contains { $0.hasPrefix("Families reached (siblings counted once) 13") }, "\(report)")
    // A family id that may be a surname is a warning.
    try w.edit("trajectories/AOS-2026-K7Q4.yaml") {
      $0.replacingOccurrences(of: "family: F-1A2B", with: "family: janssen")
    }
    let (_, out, _) = w.run(["validate"])
    #expect(out.contains("warning[family-id-shape]"), "\(out)")
  }
}
