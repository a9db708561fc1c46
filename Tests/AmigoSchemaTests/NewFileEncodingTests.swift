import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 15, typed writes: a new file is written from its model through the fields' `encode:`
/// bindings, laid out as the example files are, and reads back as the same model; the warnings
/// about a new referral come from the schema module, not from the command.
@Suite struct NewFileEncodingTests {
  let config = FileCheck.config(
    try! Array(
      Data(
        contentsOf: Fixtures.root.appendingPathComponent("Examples/caseload/amigo.yaml"))
    )
  ).0!

  func trajectory() -> Trajectory {
    var t = Trajectory()
    (t.id, t.programme, t.school, t.worker, t.status) = (
      "AOS-2026-K7Q4", "amigos-op-school", "de-zeester", "mvd", .active
    )
    t.child.label = "Noor # B."
    t.child.born = YearMonth(year: 2016, month: 3)
    var referral = Referral()
    (referral.date, referral.by, referral.concerns) = (
      LocalDate("2026-09-01"), "teacher", ["anxiety", "low-mood"]
    )
    referral.request = "Meer zelfvertrouwen: ze zegt 'nee' tegen niemand."
    t.referral = referral
    var consent = Consent()
    (consent.date, consent.givenBy, consent.scope) = (
      LocalDate("2026-09-02"), ["parents"], ["support"]
    )
    t.consent = [consent]
    t.plan.start = LocalDate("2026-09-08")
    var imported = Imported()
    (imported.date, imported.sessions) = (LocalDate("2026-09-10"), 4)
    t.imported = imported
    return t
  }

  @Test func aNewTrajectoryIsLaidOutInSectionsAndReadsBackTheSame() throws {
    let text = try SchemaEncoder.newFile(
      trajectory(), Schemas.trajectory, header: ["# a header line"])
    #expect(
      text == """
        # a header line
        schema: amigo.trajectory/1
        id: AOS-2026-K7Q4
        programme: amigos-op-school
        school: de-zeester
        worker: mvd
        status: active

        child:
          label: 'Noor # B.'
          born: 2016-03

        referral:
          date: 2026-09-01
          by: teacher
          concerns: [anxiety, low-mood]
          request: "Meer zelfvertrouwen: ze zegt 'nee' tegen niemand."

        consent:
          - date: 2026-09-02
            given_by: [parents]
            scope: [support]

        plan:
          start: 2026-09-08

        imported: {date: 2026-09-10, sessions: 4}

        """)
    let (read, checked) = FileCheck.trajectory(
      text: text, fileName: "AOS-2026-K7Q4", config: config, today: LocalDate("2026-11-19"))
    #expect(checked.errors.isEmpty, "\(checked.errors.map(\.message))")
    let back = try #require(read)
    #expect(back.child.label == "Noor # B.")
    #expect(back.referral?.request == trajectory().referral?.request)
    #expect(back.referral?.concerns == ["anxiety", "low-mood"])
    #expect(back.consent.first?.givenBy == ["parents"])
    #expect(back.imported?.sessions == 4)
    #expect(back.status == .active)
  }

  @Test func referralWarningsAreTheSchemasNotTheCommands() {
    var t = trajectory()
    #expect(ReferralWarnings.check(t, config: config, today: LocalDate("2026-11-19")!).isEmpty)
    t.child.born = YearMonth(year: 2020, month: 5)
    t.referral?.date = LocalDate("2026-12-01")
    let warnings = ReferralWarnings.check(t, config: config, today: LocalDate("2026-11-19")!)
    #expect(warnings.map(\.code) == ["date-in-future", "age-outside-band"])
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(
      warnings.last?.message == "Noor # B. is 6 on 2026-12-01; Amigo's op School is for ages 8-13")
  }

  @Test func fileCheckTellsTheKeyALineBelongsTo() throws {
    let text = try SchemaEncoder.newFile(trajectory(), Schemas.trajectory)
    let checked = FileCheck.trajectory(text: text, fileName: nil, config: nil, today: nil).1
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let concerns = try #require(lines.firstIndex { $0.contains("concerns:") }) + 1
    #expect(checked.key(atLine: concerns, indentAtMost: 2) == "concerns")
    #expect(checked.key(atLine: 2, indentAtMost: 2) == "id")
    let given = try #require(lines.firstIndex { $0.contains("given_by") }) + 1
    #expect(checked.key(atLine: given, indentAtMost: 2) == "consent")
  }
}
