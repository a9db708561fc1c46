import AmigoSchema
import AmigoYAML
import Testing
import _AmigoTestSupport

@testable import AmigoSchema

/// `ConsentRule` works out what a contact needs, the consent in force and the verdict once per
/// file for contacts alike (issue 31): on seeded trajectories with every kind, participants,
/// ages around the 12th and 16th birthdays, consent given, withdrawn (wholly or per scope) and
/// with exceptions, it reports exactly what judging each contact on its own reports.
@Suite struct ConsentRuleTests {
  /// What a contact needs, worked out from its participants' names (the rule as it stood
  /// before `ConsentLaw`'s table by groups).
  static func scopesByName(
    kind: SessionKind, with participants: [String], adult: Bool
  )
    -> [String]
  {
    let policy = kind.policy
    let groups = participants.compactMap(ConsentLaw.Group.of)
    if !groups.isEmpty, groups.allSatisfy({ $0 == .referrer }), !policy.involvesChild {
      return []
    }
    var needed = Set(policy.consent.scopes)
    if policy.consent.withParents, adult { needed.insert("support") }
    for group in groups { needed.formUnion(group.scopes(adult: adult)) }
    return Schemas.consentScope.values.map(\.value).filter(needed.contains)
  }

  /// Each held contact judged on its own, with nothing remembered between contacts.
  static func judgedOneByOne(_ t: Trajectory, _ c: RuleContext) -> [Diagnostic] {
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    for session in t.sessions where session.isHeld {
      guard let kind = session.kind, let date = session.date else { continue }
      let adult = t.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      let needed = scopesByName(kind: kind, with: session.with, adult: adult)
      for problem in ConsentLaw.problems(
        needing: needed, on: date, consents: t.consent, born: t.child.born,
        bothParents: bothParents)
      {
        out.append(
          ConsentRule.diagnostic(
            problem,
            what: Bilingual(
              "\(kind.policy.value.en) on \(date)", "\(kind.policy.value.nl) op \(date)"),
            needed: needed, date: date,
            t: t, range: c.range(session.dateSpan)))
      }
    }
    return out
  }

  @Test func judgesEveryContactAsOnItsOwn() {
    var r = RandomConsent(seed: 31)
    var reported = 0
    var codes: Set<String> = []
    for _ in 0..<400 {
      var t = r.child("T-1")
      for i in 0..<Int.random(in: 0...30, using: &r.random) {
        var session = Session()
        session.date = Int.random(in: 0..<20, using: &r.random) == 0 ? nil : r.day(0...420)
        session.dateSpan = Span(i, i + 1)
        session.kind =
          Int.random(in: 0..<20, using: &r.random) == 0
          ? nil : SessionKind.allCases.randomElement(using: &r.random)
        session.with = r.some(r.participants, upTo: 3)
        session.status =
          Int.random(in: 0..<5, using: &r.random) == 0
          ? SessionStatus.allCases.randomElement(using: &r.random)! : .held
        t.sessions.append(session)
      }
      var config = Config()
      config.consentBothParents = Bool.random(using: &r.random)
      let context = RuleContext(
        source: SourceText(String(repeating: "x\n", count: 40)), trajectory: t,
        config: Bool.random(using: &r.random) ? config : nil, today: nil)
      let expected = Self.judgedOneByOne(t, context)
      let got = ConsentRule.check(context)
      #expect(got == expected, "\(t)")
      reported += expected.count
      codes.formUnion(expected.map(\.code))
    }
    // The cases reach every verdict.
    #expect(reported > 500)
    #expect(codes == ["session-before-consent", "consent-wrong-party", "consent-scope-missing"])
  }

  @Test func groupsOfParticipants() {
    for participant in Schemas.participant.values.map(\.value) {
      let group = ConsentLaw.Group.of(participant)!
      #expect(ConsentLaw.Group.mask([participant]).nonzeroBitCount == 1)
      for other in Schemas.participant.values.map(\.value) {
        #expect(
          (ConsentLaw.Group.mask([participant]) == ConsentLaw.Group.mask([other]))
            == (group == ConsentLaw.Group.of(other)!))
      }
    }
    // A participant an organisation declares itself counts as network (needs `support`).
    #expect(ConsentLaw.Group.mask(["neighbourhood-coach"]) == ConsentLaw.Group.bit(.network))
    #expect(ConsentLaw.Group.mask([""]) == 0)
  }

  /// The table by groups answers as the rule by names, for every kind, age and set of
  /// participants of up to three.
  @Test func scopeTableAnswersAsTheRule() {
    let participants = Schemas.participant.values.map(\.value) + ["unknown"]
    var sets: [[String]] = [[]]
    for a in participants {
      sets.append([a])
      for b in participants {
        sets.append([a, b])
        for c in ["child", "referrer", "teacher", "mother"] { sets.append([a, b, c]) }
      }
    }
    for kind in SessionKind.allCases {
      for adult in [false, true] {
        for with in sets {
          #expect(
            ConsentLaw.scopes(kind: kind, with: with, adult: adult)
              == Self.scopesByName(kind: kind, with: with, adult: adult), "\(kind) \(with)")
        }
      }
    }
  }

  @Test func sessionKindsHashAndIndexByCase() {
    let kinds = SessionKind.allCases
    #expect(Set(kinds.map(\.ordinal)).count == kinds.count)
    #expect(Set(kinds).count == kinds.count)
    for kind in kinds {
      #expect(kind.policy.value.value == kind.rawValue)
      #expect(kind.hashValue == SessionKind(rawValue: kind.rawValue)!.hashValue)
    }
  }
}
