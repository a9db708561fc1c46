import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Issue 17: information given needs a basis that fits the recipient; received needs none.
/// Issue 16 (c): an exception recorded at an age where it does not apply is a warning. The
/// child is born in 2014-06: 12 in June 2026, 16 in June 2030.
struct SharingCase: CustomTestStringConvertible, Sendable {
  var note: String
  /// `consent:` entries, as YAML list items.
  var consent: [String]
  /// `sharing:` entries, as YAML list items.
  var sharing: [String] = []
  var meldcode: [String] = []
  var expected: [String]

  var testDescription: String { note }

  var yaml: String {
    var out = """
      schema: amigo.trajectory/1
      id: T-1
      programme: amigos-op-school
      school: de-akker
      worker: mv
      status: intake
      child:
        label: Sam B.
        born: 2014-06
        group: 8

      """
    if !consent.isEmpty { out += "consent:\n" + consent.map(SharingCase.block).joined() }
    if !sharing.isEmpty { out += "sharing:\n" + sharing.map(SharingCase.block).joined() }
    if !meldcode.isEmpty { out += "meldcode:\n" + meldcode.map(SharingCase.block).joined() }
    return out
  }

  /// `{a: 1, b: [x, y]}` as a block list item (flow lists inside flow mappings are not strict
  /// YAML here).
  static func block(_ flow: String) -> String {
    var entries: [String] = []
    var current = ""
    var depth = 0
    for ch in flow.dropFirst().dropLast() {
      if ch == "[" { depth += 1 }
      if ch == "]" { depth -= 1 }
      if ch == ",", depth == 0 {
        entries.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(ch)
      }
    }
    entries.append(current.trimmingCharacters(in: .whitespaces))
    return entries.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element + "\n" }
      .joined()
  }

  static let codes: Set<String> = [
    "sharing-without-consent", "sharing-basis-mismatch", "sharing-vital-interest",
    "meldcode-steps-missing", "meldcode-outcome", "consent-exception-age",
  ]

  static func parents(_ scopes: String, on date: String = "2026-03-01") -> String {
    "{date: \(date), given_by: [parents], scope: [\(scopes)]}"
  }
  static func given(_ date: String, _ with: String, basis: String? = nil) -> String {
    "{date: \(date), direction: given, with: [\(with)], what: [progress]"
      + (basis.map { ", basis: \($0)" } ?? "") + "}"
  }

  static let all: [SharingCase] = {
    let noConsent = "sharing-without-consent", mismatch = "sharing-basis-mismatch"
    var cases: [SharingCase] = [
      SharingCase(
        note: "received needs no basis, not even consent", consent: [],
        sharing: [
          "{date: 2026-03-02, direction: received, with: [care-coordinator], what: [behaviour]}"
        ],
        expected: []),
      SharingCase(
        note: "given to the IB before any consent", consent: [],
        sharing: [given("2026-03-02", "care-coordinator")], expected: [noConsent]),
      SharingCase(
        note: "given to the teacher on school-consultation",
        consent: [parents("support, school-consultation")],
        sharing: [given("2026-03-02", "teacher")], expected: []),
      SharingCase(
        note: "the basis 'consent' written out is the default",
        consent: [parents("support, school-consultation")],
        sharing: [given("2026-03-02", "school", basis: "consent")], expected: []),
      SharingCase(
        note: "given to school on consent for the support only",
        consent: [parents("support")], sharing: [given("2026-03-02", "school")],
        expected: [noConsent]),
      SharingCase(
        note: "school-consultation does not cover the shelter",
        consent: [parents("support, school-consultation")],
        sharing: [given("2026-03-02", "shelter")], expected: [noConsent]),
      SharingCase(
        note: "given on the day consent was withdrawn: still in force",
        consent: [
          "{date: 2026-03-01, given_by: [parents], scope: [support, school-consultation], withdrawn: 2026-03-10}"
        ],
        sharing: [given("2026-03-10", "teacher")], expected: []),
      SharingCase(
        note: "given after the consent was withdrawn",
        consent: [
          "{date: 2026-03-01, given_by: [parents], scope: [support, school-consultation], withdrawn: 2026-03-10}"
        ],
        sharing: [given("2026-03-11", "teacher")], expected: [noConsent]),
      SharingCase(
        note: "given after only school-consultation was withdrawn",
        consent: [
          "{date: 2026-03-01, given_by: [parents], scope: [support, school-consultation], withdrawn: 2026-03-10, withdrawn_scope: [school-consultation]}"
        ],
        sharing: [given("2026-03-11", "care-coordinator")], expected: [noConsent]),
      SharingCase(
        note: "12: the parents' consent alone is not the lawful party's",
        consent: [parents("support, school-consultation", on: "2026-07-01")],
        sharing: [given("2026-07-15", "teacher")], expected: [noConsent]),
      SharingCase(
        note: "12: parents and child consented",
        consent: [
          "{date: 2026-07-01, given_by: [parents, child], scope: [support, school-consultation]}"
        ],
        sharing: [given("2026-07-15", "teacher")], expected: []),
      SharingCase(
        note: "Veilig Thuis on consent: no scope covers it",
        consent: [parents("support, school-consultation")],
        sharing: [given("2026-03-02", "safety-services")], expected: [mismatch]),
      SharingCase(
        note: "'other' on consent: no scope covers it",
        consent: [parents("support, school-consultation")],
        sharing: [given("2026-03-02", "other")], expected: [mismatch]),
      SharingCase(
        note: "the meldcode towards Veilig Thuis, within a procedure, needs no consent",
        consent: [], sharing: [given("2026-03-02", "safety-services", basis: "meldcode")],
        meldcode: ["{date: 2026-03-02, step: safety-services-consulted}"], expected: []),
      SharingCase(
        note: "the meldcode towards Veilig Thuis without any step recorded",
        consent: [], sharing: [given("2026-03-02", "safety-services", basis: "meldcode")],
        expected: ["meldcode-steps-missing"]),
      SharingCase(
        note: "the meldcode is no basis towards school",
        consent: [], sharing: [given("2026-03-02", "teacher", basis: "meldcode")],
        meldcode: ["{date: 2026-03-01, step: signals-mapped}"], expected: [mismatch]),
      SharingCase(
        note: "a vital interest: lawful towards anyone, always a warning",
        consent: [], sharing: [given("2026-03-02", "other", basis: "vital-interest")],
        expected: ["sharing-vital-interest"]),
      SharingCase(
        note: "a decision without its outcome", consent: [],
        meldcode: ["{date: 2026-03-02, step: decision}"], expected: ["meldcode-outcome"]),
      SharingCase(
        note: "a decision with its outcome", consent: [],
        meldcode: ["{date: 2026-03-02, step: decision, outcome: report-and-help}"], expected: []),
      SharingCase(
        note: "an outcome on another step", consent: [],
        meldcode: ["{date: 2026-03-02, step: talk, outcome: help}"], expected: ["meldcode-outcome"]),
    ]
    // Each network party needs its own scope, and no other scope covers it.
    let scopes = [
      ("shelter", "shelter-consultation"), ("youth-health", "youth-health-consultation"),
      ("social-team", "social-team-consultation"), ("youth-care", "youth-care-consultation"),
    ]
    for (party, scope) in scopes {
      cases.append(
        SharingCase(
          note: "\(party) on \(scope)", consent: [parents("support, \(scope)")],
          sharing: [given("2026-03-02", party)], expected: []))
      let others = scopes.map(\.1).filter { $0 != scope }.joined(separator: ", ")
      cases.append(
        SharingCase(
          note: "\(party) on every other scope",
          consent: [parents("support, school-consultation, \(others)")],
          sharing: [given("2026-03-02", party)], expected: [noConsent]))
    }
    // Exceptions recorded at an age where they apply, or not (issue 16 c).
    let exceptionAge = "consent-exception-age"
    let exceptions: [(String, String, String, [String])] = [
      ("2026-05-01", "not-competent", "11: art. 7:465(2) does not apply yet", [exceptionAge]),
      ("2026-06-01", "not-competent", "birthday month 12: may apply", []),
      ("2026-07-01", "not-competent", "12", []),
      ("2031-07-01", "not-competent", "17: still applies", []),
      ("2026-05-01", "without-parents", "11: art. 7:450(2) does not apply yet", [exceptionAge]),
      ("2026-07-01", "without-parents", "12", []),
      ("2030-05-01", "without-parents", "15", []),
      ("2030-06-01", "without-parents", "birthday month 16: may still be 15", []),
      ("2030-07-01", "without-parents", "16: no longer applies", [exceptionAge]),
    ]
    for (date, e, note, expected) in exceptions {
      cases.append(
        SharingCase(
          note: "exception \(e) given \(date), \(note)",
          consent: [
            "{date: \(date), given_by: [\(e == "not-competent" ? "parents" : "child")], exception: \(e), exception_ground: Short reason.}"
          ], expected: expected))
    }
    return cases
  }()
}

@Suite struct SharingRuleTests {
  @Test(arguments: SharingCase.all)
  func basisFitsTheRecipient(_ c: SharingCase) {
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig, today: nil)
    let found = diagnostics.map(\.code).filter(SharingCase.codes.contains)
    let errors = diagnostics.filter {
      $0.severity == .error && !SharingCase.codes.contains($0.code)
    }
    .map(\.code)
    .filter { !["session-before-consent", "consent-wrong-party"].contains($0) }
    #expect(errors.isEmpty, "\(errors)\n\(c.yaml)")
    #expect(found == c.expected, "\(c.yaml)")
  }

  /// Both decoding paths read the sharing log and the meldcode steps the same.
  @Test func theFastPathReadsTheSharingLog() {
    for c in SharingCase.all {
      let (full, fullDiagnostics) = Validator.validateTrajectory(
        YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig, today: nil)
      let (fast, fastDiagnostics, _) = Validator.validateTrajectory(
        bytes: Array(c.yaml.utf8), fileName: "T-1", config: testConfig, today: nil,
        warnings: true, keep: .everything)
      let codes = { (d: [Diagnostic]) in d.map(\.code).filter(SharingCase.codes.contains) }
      #expect(codes(fullDiagnostics) == codes(fastDiagnostics), "\(c.testDescription)")
      #expect(full?.sharing.map(\.with) == fast?.sharing.map(\.with), "\(c.testDescription)")
      #expect(full?.meldcode.map(\.step) == fast?.meldcode.map(\.step), "\(c.testDescription)")
    }
  }

  @Test func theRecipientsScopes() {
    #expect(ConsentLaw.sharingScope(for: "care-coordinator") == "school-consultation")
    #expect(ConsentLaw.sharingScope(for: "safety-services") == nil)
    for party in Schemas.sharingParty.values.map(\.value) {
      if let scope = ConsentLaw.sharingScope(for: party) {
        #expect(Schemas.consentScope.contains(scope), "\(party): \(scope)")
      }
    }
  }

  /// Sharing and meldcode steps are recorded once they happened: not dated after today.
  @Test func sharingAndMeldcodeStepsAreNotDatedAhead() {
    let c = SharingCase(
      note: "future", consent: [],
      sharing: ["{date: 2026-03-20, direction: received, with: [teacher], what: [progress]}"],
      meldcode: ["{date: 2026-03-21, step: signals-mapped}"], expected: [])
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig,
      today: LocalDate("2026-03-19"))
    #expect(diagnostics.filter { $0.code == "date-in-future" }.count == 2, "\(diagnostics)")
    let (_, onTheDay) = Validator.validateTrajectory(
      YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig,
      today: LocalDate("2026-03-21"))
    #expect(!onTheDay.contains { $0.code == "date-in-future" })
  }

  /// The sharing note and the exception's ground are free text: the privacy lint reads them.
  @Test func thePrivacyLintReadsTheNoteAndTheGround() {
    let c = SharingCase(
      note: "privacy",
      consent: [
        "{date: 2026-07-01, given_by: [parents], scope: [support], exception: not-competent, exception_ground: Ask j.jansen@example.org}"
      ],
      sharing: [
        "{date: 2026-07-02, direction: received, with: [teacher], what: [progress], note: Call 06-12345678}"
      ], expected: [])
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig, today: nil)
    let codes = diagnostics.map(\.code)
    #expect(codes.contains("possible-email"), "\(codes)")
    #expect(codes.contains("possible-phone-number"), "\(codes)")
  }
}
