import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// `amigo share` (issue 17) and `consent --exception-ground` (issue 16 b), in a copy of
/// `Examples/caseload`: Emma J. (AOS-2026-W6ZA) is born 2017-08, referred, without consent.
@Suite struct ShareCommandTests {
  typealias Workspace = ConsentCommandTests.Workspace

  @Test func givingToSchoolNeedsConsentThatCoversIt() throws {
    let w = try Workspace()
    let before = w.file
    // No consent yet: refused, nothing written.
    let (refused, out, err) = w.run([
      "share", "W6ZA", "--with", "ib", "--what", "voortgang,zorgen", "--date", "2026-11-18",
    ])
    #expect(refused != .success)
    #expect(out.isEmpty)
    #expect(err.contains("sharing-without-consent"), "\(err)")
    #expect(err.contains("AOS-2026-W6ZA.yaml"), "\(err)")
    #expect(w.file == before)
    // Consent for the support only: still refused.
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support", "--date", "2026-11-17",
      ]).0 == .success)
    let (stillRefused, _, err2) = w.run([
      "share", "W6ZA", "--with", "ib", "--what", "progress", "--date", "2026-11-18",
    ])
    #expect(stillRefused != .success)
    #expect(err2.contains("school-consultation"), "\(err2)")
    // With school-consultation it is written, in Dutch words as in English.
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "overleg-school",
        "--date", "2026-11-18",
      ]).0 == .success)
    let (ok, out3, err3) = w.run([
      "share", "W6ZA", "--with", "ib", "--what", "voortgang,zorgen", "--date", "2026-11-18",
    ])
    #expect(ok == .success, "\(err3)")
    #expect(
      out3
        == "Informatie gegeven aan intern begeleider op 2026-11-18 vastgelegd (voortgang, zorgen) voor AOS-2026-W6ZA.\n"
    )
    #expect(
      w.file.hasSuffix(
        """
        sharing:
          - date: 2026-11-18
            direction: given
            with: [care-coordinator]
            what: [progress, concerns]

        """), "\(w.file)")
  }

  @Test func receivedNeedsNoBasis() throws {
    let w = try Workspace()
    let (ok, out, err) = w.run([
      "share", "W6ZA", "--received", "--with", "leerkracht", "--what", "gedrag",
      "--note", "Signal from class.", "--date", "2026-11-18",
    ])
    #expect(ok == .success, "\(err)")
    #expect(out.contains("ontvangen van leerkracht"))
    #expect(w.file.contains("direction: received"))
    #expect(w.file.contains("note: Signal from class."))
    // A basis with --received is a usage error.
    let (usage, _, err2) = w.run([
      "share", "W6ZA", "--received", "--with", "ib", "--what", "gedrag", "--basis", "meldcode",
    ])
    #expect(usage == .usage)
    #expect(err2.contains("heeft geen grondslag nodig"))
  }

  @Test func theMeldcodeOnlyTowardsVeiligThuis() throws {
    let w = try Workspace()
    let before = w.file
    let (refused, _, err) = w.run([
      "share", "W6ZA", "--with", "ib", "--what", "veiligheid", "--basis", "meldcode",
      "--date", "2026-11-18",
    ])
    #expect(refused != .success)
    #expect(err.contains("sharing-basis-mismatch"), "\(err)")
    #expect(w.file == before)
    // Towards Veilig Thuis it is written; without recorded steps, with a warning.
    let (ok, _, err2) = w.run([
      "share", "W6ZA", "--with", "veilig-thuis", "--what", "veiligheid", "--basis", "meldcode",
      "--date", "2026-11-18",
    ])
    #expect(ok == .success, "\(err2)")
    #expect(err2.contains("meldcode-steps-missing"), "\(err2)")
    #expect(w.file.contains("basis: meldcode"))
  }

  @Test func aVitalInterestIsWrittenWithAWarning() throws {
    let w = try Workspace()
    let (ok, _, err) = w.run([
      "share", "W6ZA", "--with", "wijkteam", "--what", "veiligheid", "--basis", "vitaal-belang",
      "--date", "2026-11-18",
    ])
    #expect(ok == .success, "\(err)")
    #expect(err.contains("warning[sharing-vital-interest]"), "\(err)")
    #expect(w.file.contains("basis: vital-interest"))
  }

  @Test func missingValuesAreAskedForOnATerminalOnly() throws {
    let w = try Workspace()
    let before = w.file
    let (usage, _, err) = w.run(["share", "W6ZA", "--received", "--with", "ib"])
    #expect(usage == .usage)
    #expect(err.contains("--what"), "\(err)")
    #expect(w.file == before)
    var env = Environment(currentDirectory: w.work.path, today: LocalDate("2026-11-19")!)
    let queue = LineQueue(["opvang, jgz", "nonsense", "thuissituatie"])
    env.isInteractive = true
    env.readLine = { queue.next() }
    let status = Amigo.run(["share", "W6ZA", "--received"], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(env.stderr.text.contains("Antwoord met een of meer van"))
    #expect(w.file.contains("with: [shelter, youth-health]"))
    #expect(w.file.contains("what: [home-situation]"))
  }

  @Test func anExceptionGroundIsOneShortLine() throws {
    let w = try Workspace()
    let (usage, _, err) = w.run([
      "consent", "W6ZA", "--given-by", "parents", "--exception-ground", "Reason.",
    ])
    #expect(usage == .usage)
    #expect(err.contains("geef ook --exception"), "\(err)")
    let long = String(repeating: "word ", count: 40)
    let (tooLong, _, _) = w.run([
      "consent", "W6ZA", "--given-by", "parents", "--exception", "not-competent",
      "--exception-ground", long,
    ])
    #expect(tooLong == .usage)
    // Emma is 9: the exception does not apply, and amigo says so (issue 16 c).
    let (ok, _, err2) = w.run([
      "consent", "W6ZA", "--given-by", "parents", "--exception", "wilsonbekwaam",
      "--exception-ground", "Assessed by the school doctor.", "--date", "2026-11-18",
    ])
    #expect(ok == .success, "\(err2)")
    #expect(w.file.contains("exception_ground: Assessed by the school doctor."))
    #expect(err2.contains("warning[consent-exception-age]"), "\(err2)")
  }

  @Test func meldcodeStepsAreDatedCategories() throws {
    let w = try Workspace()
    let before = w.file
    // An outcome on another step, or a decision without one (not on a terminal): refused.
    let (usage, _, err) = w.run(["meldcode", "W6ZA", "--step", "signalen", "--outcome", "hulp"])
    #expect(usage == .usage)
    #expect(err.contains("--step besluit"), "\(err)")
    let (missing, _, err2) = w.run(["meldcode", "W6ZA", "--step", "besluit"])
    #expect(missing == .usage)
    #expect(err2.contains("--outcome"), "\(err2)")
    #expect(w.file == before)
    #expect(
      w.run(["meldcode", "W6ZA", "--step", "signalen", "--date", "2026-11-10"]).0 == .success)
    let (ok, out, err3) = w.run([
      "meldcode", "W6ZA", "--step", "besluit", "--outcome", "melden-en-hulp", "--date",
      "2026-11-17",
    ])
    #expect(ok == .success, "\(err3)")
    #expect(
      out
        == "Meldcodestap 'besluit': melden en hulp op 2026-11-17 vastgelegd voor AOS-2026-W6ZA.\n"
    )
    // In date order: a step dated between the two goes between them.
    #expect(
      w.run(["meldcode", "W6ZA", "--step", "veilig-thuis-geraadpleegd", "--date", "2026-11-12"])
        .0 == .success)
    #expect(
      w.file.hasSuffix(
        """
        meldcode:
          - date: 2026-11-10
            step: signals-mapped
          - date: 2026-11-12
            step: safety-services-consulted
          - date: 2026-11-17
            step: decision
            outcome: report-and-help

        """), "\(w.file)")
  }
}
