import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Consent judged as the law does (issue 16): the month before, of and after the 12th and 16th
/// birthdays × who gave consent × kinds × participants × withdrawals × exceptions, each with
/// the code `validate` reports (or none). The child is born in 2014-06: 12 in June 2026, 16 in
/// June 2030. Consent is given on the first of the month before the contact's month.
struct ConsentCase: CustomTestStringConvertible, Sendable {
  /// The contact's date.
  var date: String
  /// Consent entries: (given_by, scope (nil: no scope key), exception, withdrawn, withdrawn_scope).
  var consents: [Entry]
  var kind = "child-talk"
  var with: [String] = []
  var bothParents = false
  /// The consent code expected, or nil.
  var expected: String?
  var note: String

  struct Entry: Sendable {
    var date: String
    var givenBy: [String]
    var scope: [String]? = ["support", "home-visit", "school-consultation"]
    var exception: String? = nil
    var withdrawn: String? = nil
    var withdrawnScope: [String] = []
  }

  var testDescription: String { "\(date) \(kind) \(with): \(note)" }

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
    if !consents.isEmpty {
      out += "consent:\n"
      for c in consents {
        out += "  - date: \(c.date)\n    given_by: [\(c.givenBy.joined(separator: ", "))]\n"
        if let scope = c.scope { out += "    scope: [\(scope.joined(separator: ", "))]\n" }
        if let e = c.exception { out += "    exception: \(e)\n" }
        if let w = c.withdrawn { out += "    withdrawn: \(w)\n" }
        if !c.withdrawnScope.isEmpty {
          out += "    withdrawn_scope: [\(c.withdrawnScope.joined(separator: ", "))]\n"
        }
      }
    }
    out += "sessions:\n  - date: \(date)\n    kind: \(kind)\n    minutes: 30\n"
    if !with.isEmpty { out += "    with: [\(with.joined(separator: ", "))]\n" }
    return out
  }

  static let consentCodes: Set<String> = [
    "session-before-consent", "consent-wrong-party", "consent-scope-missing",
  ]

  // Contact dates: the month before, of and after each birthday.
  static let before12 = "2026-05-20", of12 = "2026-06-15", after12 = "2026-07-15"
  static let before16 = "2030-05-20", of16 = "2030-06-15", after16 = "2030-07-15"

  static func given(
    _ date: String, _ who: [String], scope: [String]? = nil, exception: String? = nil
  )
    -> Entry
  {
    var e = Entry(date: String(date.prefix(8)) + "01", givenBy: who, exception: exception)
    if let scope { e.scope = scope }
    return e
  }

  static let all: [ConsentCase] = {
    var cases: [ConsentCase] = []
    func add(
      _ date: String, _ consents: [Entry], kind: String = "child-talk", with: [String] = [],
      both: Bool = false, _ expected: String?, _ note: String
    ) {
      cases.append(
        ConsentCase(
          date: date, consents: consents, kind: kind, with: with, bothParents: both,
          expected: expected, note: note))
    }
    let wrong = "consent-wrong-party", scope = "consent-scope-missing",
      none = "session-before-consent"
    // Who consents, by age: every phase × giver.
    let table: [(String, [String], String?, String?, String)] = [
      // date, givers, exception, expected, note
      (before12, ["parents"], nil, nil, "11: parents"),
      (before12, ["parent"], nil, nil, "11: one parent"),
      (before12, ["guardian"], nil, nil, "11: guardian"),
      (before12, ["child"], nil, wrong, "11: the child alone does not count"),
      (before12, ["parents", "child"], nil, nil, "11: parents, child's agreement recorded"),
      (of12, ["parents"], nil, wrong, "birthday month 12: the child consents too"),
      (of12, ["child"], nil, wrong, "birthday month 12: the child alone (11 needs a parent)"),
      (of12, ["parents", "child"], nil, nil, "birthday month 12: both"),
      (of12, ["parents"], "not-competent", nil, "birthday month 12: not competent, parents decide"),
      (
        of12, ["child"], "without-parents", wrong,
        "birthday month 12: without parents, but 11 needs a parent"
      ),
      (after12, ["parents"], nil, wrong, "12: parents only"),
      (after12, ["child"], nil, wrong, "12: child only"),
      (after12, ["parents", "child"], nil, nil, "12: both"),
      (after12, ["guardian", "child"], nil, nil, "12: guardian and child"),
      (after12, ["child"], "without-parents", nil, "12: art. 7:450(2) exception"),
      (after12, ["parents"], "not-competent", nil, "12: art. 7:465(2) exception"),
      (before16, ["parents", "child"], nil, nil, "15: both"),
      (before16, ["child"], nil, wrong, "15: child only"),
      (before16, ["parent"], nil, wrong, "15: parent only"),
      (of16, ["child"], nil, wrong, "birthday month 16: 15 needs a parent too"),
      (of16, ["parents", "child"], nil, nil, "birthday month 16: both"),
      (
        of16, ["child"], "without-parents", nil,
        "birthday month 16: exception for 15, child alone at 16"
      ),
      (after16, ["child"], nil, nil, "16: the child alone"),
      (after16, ["parents"], nil, wrong, "16: parents only"),
      (after16, ["parents"], "not-competent", nil, "16: not competent, parents decide"),
      (after16, ["parents", "child"], nil, nil, "16: both"),
    ]
    for (date, givers, exception, expected, note) in table {
      add(date, [given(date, givers, exception: exception)], expected, note)
    }
    // A 12-15-year-old's own entry and the parents' on different dates: their union counts.
    add(
      after12, [given("2026-05-01", ["parents"]), given("2026-07-02", ["child"])], nil,
      "12: parents in May, child in July")
    add(
      after12, [given("2026-05-01", ["parents"]), Entry(date: "2026-07-20", givenBy: ["child"])],
      wrong, "12: the child's entry comes after the contact")
    // An organisation requiring both parents: one parent is an error under 16 only.
    add(before12, [given(before12, ["parent"])], both: true, wrong, "11: one parent, both required")
    add(
      before12, [given(before12, ["parents"])], both: true, nil, "11: both parents, both required")
    add(
      after12, [given(after12, ["parent", "child"])], both: true, wrong,
      "12: one parent and child, both required")
    add(
      after16, [given(after16, ["child"])], both: true, nil,
      "16: the child alone, both parents not asked")
    // What each kind and group of participants needs (under 12, parents' consent).
    let supportOnly = [given(before12, ["parents"], scope: ["support"])]
    add(
      before12, supportOnly, kind: "teacher-talk", with: ["teacher"], scope,
      "teacher talk needs school-consultation")
    add(
      before12, supportOnly, kind: "parent-talk", with: ["mother"], nil,
      "parent talk with the consenting parents")
    add(
      before12, supportOnly, kind: "parent-talk", with: ["parents", "care-coordinator"], scope,
      "parent talk with the IB present")
    add(
      before12, supportOnly, kind: "phone-call", with: ["teacher"], scope,
      "phone call with the teacher")
    add(
      before12, supportOnly, kind: "phone-call", with: ["father"], nil, "phone call with a parent")
    add(
      before12, supportOnly, kind: "home-visit", with: ["mother"], scope,
      "home visit needs home-visit")
    add(
      before12, supportOnly, kind: "classroom-observation", scope,
      "observation needs school-consultation too")
    add(
      before12, supportOnly, kind: "three-way-talk", with: ["parents", "teacher"], scope,
      "three-way talk")
    add(
      before12, supportOnly, kind: "consultation", with: ["care-coordinator", "youth-health"],
      scope, "care team")
    add(
      before12, supportOnly, kind: "network-talk", with: ["social-team"], nil,
      "network talk needs support")
    add(
      before12, supportOnly, kind: "group-session", with: ["classmates"], nil,
      "group session needs support")
    add(
      before12, [given(before12, ["parents"], scope: ["home-visit"])], kind: "group-session", scope,
      "group session without support")
    add(
      before12, [given(before12, ["parents"])], kind: "classroom-observation", nil,
      "observation with both scopes")
    // An entry without scope covers the support.
    var noScope = given(before12, ["parents"])
    noScope.scope = nil
    add(before12, [noScope], nil, "no scope: the support")
    add(before12, [noScope], kind: "teacher-talk", with: ["teacher"], scope, "no scope: not school")
    // No consent at all: the referral contacts need none, everything else does.
    add(before12, [], kind: "teacher-talk", with: ["referrer"], nil, "nomination by the referrer")
    add(
      before12, [], kind: "phone-call", with: ["referrer"], nil, "telling the referrer help starts")
    add(
      before12, [], kind: "teacher-talk", with: ["referrer", "teacher"], none,
      "referrer and teacher")
    add(
      before12, [], kind: "teacher-talk", with: ["teacher"], none, "teacher talk before any consent"
    )
    add(before12, [], kind: "parent-talk", with: ["parents"], nil, "intake with the parents")
    add(before12, [], none, "child talk before any consent")
    // Withdrawals, wholly and per scope.
    var whole = given(before12, ["parents"])
    whole.withdrawn = "2026-05-10"
    add(
      before12, [whole], kind: "teacher-talk", with: ["teacher"], none,
      "teacher talk after withdrawal")
    add(before12, [whole], none, "child talk after withdrawal")
    var sameDay = given(before12, ["parents"])
    sameDay.withdrawn = before12
    add(before12, [sameDay], nil, "withdrawn on the contact's day: still in force")
    var partial = given(before12, ["parents"])
    partial.withdrawn = "2026-05-10"
    partial.withdrawnScope = ["home-visit"]
    add(
      before12, [partial], kind: "home-visit", with: ["mother"], scope, "home-visit scope withdrawn"
    )
    add(before12, [partial], kind: "teacher-talk", with: ["teacher"], nil, "other scopes stay")
    var again = given("2026-05-15", ["parents"], scope: ["home-visit"])
    again.date = "2026-05-15"
    add(before12, [partial, again], kind: "home-visit", nil, "home-visit given again")
    // From 16 the parents are third parties: a contact with them needs the child's consent.
    let childSchool = [given(after16, ["child"], scope: ["school-consultation"])]
    add(
      after16, childSchool, kind: "parent-talk", with: ["parents"], scope,
      "16: parent talk needs support")
    add(
      after16, [given(after16, ["child"], scope: ["support"])], kind: "parent-talk",
      with: ["mother"], nil, "16: parent talk with the child's consent")
    add(
      of16, [given(of16, ["parents", "child"], scope: ["school-consultation"])],
      kind: "parent-talk", with: ["parents"], scope, "birthday month 16: parent talk needs support")
    add(
      before16, [given(before16, ["parents", "child"], scope: ["school-consultation"])],
      kind: "parent-talk", with: ["parents"], nil, "15: the consenting parents need no scope")
    // Each scope is judged by who gave it (QA, session 12): one party's scope does not count
    // as given by the party of another entry.
    let childSupport = given("2026-07-01", ["parents", "child"], scope: ["support"])
    let parentsHome = given(
      "2026-07-02", ["parents"], scope: ["home-visit", "school-consultation"])
    add(
      after12, [childSupport, parentsHome], kind: "home-visit", with: ["mother"], wrong,
      "12: home visit on the parents' scope alone")
    add(
      after12, [childSupport, parentsHome], kind: "teacher-talk", with: ["teacher"], wrong,
      "12: teacher talk on the parents' scope alone")
    add(after12, [childSupport, parentsHome], nil, "12: child talk on the support both gave")
    add(
      after12,
      [
        given("2026-07-01", ["child"], scope: ["support", "home-visit"]),
        given("2026-07-02", ["parents"], scope: ["support", "home-visit"]),
      ], kind: "home-visit", with: ["mother"], nil,
      "12: home visit, child and parents each gave it in an entry of their own")
    add(
      after16,
      [
        given(after16, ["child"], scope: ["support"]),
        given(after16, ["parents"], scope: ["home-visit", "school-consultation"]),
      ], kind: "home-visit", with: ["mother"], wrong, "16: home visit on the parents' word")
    add(
      before12,
      [
        given(before12, ["parents"], scope: ["support"]),
        given(before12, ["child"], scope: ["home-visit"]),
      ], kind: "home-visit", with: ["mother"], wrong, "11: home visit on the child's word")
    var childOwn = given(after12, ["child"], scope: ["support"])
    childOwn.exception = "without-parents"
    add(
      after12, [childOwn, given(after12, ["parents"], scope: ["home-visit"])],
      kind: "home-visit", with: ["mother"], wrong,
      "12: the exception on the child's support entry does not reach the parents' home visit")
    return cases
  }()
}

@Suite struct ConsentLawTests {
  @Test(arguments: ConsentCase.all)
  func eachContactIsJudgedAsTheLawDoes(_ c: ConsentCase) {
    var config = testConfig
    config.consentBothParents = c.bothParents
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: c.yaml), fileName: "T-1", config: config, today: nil)
    let found = diagnostics.map(\.code).filter(ConsentCase.consentCodes.contains)
    let schema = diagnostics.filter { $0.severity == .error }.map(\.code)
      .filter { !ConsentCase.consentCodes.contains($0) }
    #expect(schema.isEmpty, "\(schema)\n\(c.yaml)")
    #expect(found == (c.expected.map { [$0] } ?? []), "\(c.yaml)")
  }

  /// The fast path (`validateTrajectory(bytes:)`, with `keep: .nothing`) judges the same.
  @Test func theFastPathReadsWhoTookPart() {
    for c in ConsentCase.all {
      let (_, full) = Validator.validateTrajectory(
        YAMLDocument(parsing: c.yaml), fileName: "T-1", config: testConfig, today: nil)
      let (_, fast, _) = Validator.validateTrajectory(
        bytes: Array(c.yaml.utf8), fileName: "T-1", config: testConfig, today: nil,
        warnings: false, keep: .nothing)
      let codes = { (d: [Diagnostic]) in d.map(\.code).filter(ConsentCase.consentCodes.contains) }
      #expect(codes(full) == codes(fast), "\(c.testDescription)")
    }
  }

  @Test func theAgeIsExactOutsideTheBirthMonth() {
    let born = YearMonth("2014-06")!
    #expect(ConsentLaw.Age(born: born, on: LocalDate("2026-05-31")!).description == "11")
    #expect(ConsentLaw.Age(born: born, on: LocalDate("2026-06-01")!).description == "11 or 12")
    #expect(ConsentLaw.Age(born: born, on: LocalDate("2026-07-01")!).description == "12")
  }
}
