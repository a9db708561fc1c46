import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Issue 19: the open lists (concerns, participants, goal parties, raters, methods) take the
/// built-in values and the organisation's own from `amigo.yaml`, nothing else; closure reasons
/// and destinations stay closed; school groups run from preschool through secondary school.
@Suite struct VocabularyTests {
  /// The config of `amigo.yaml` text (with the schema line and the required keys added).
  func config(_ extra: String) -> (Config?, [Diagnostic]) {
    let text = """
      schema: amigo.config/1
      organisation: Test
      programmes:
        amigos-op-school: {label: Amigo's op School}
      schools:
        de-akker: {name: De Akker}
      workers:
        mv: {name: Mira}

      """ + extra
    return Validator.validateConfig(YAMLDocument(parsing: text))
  }

  let ownWords = """
    vocabularies:
      concerns:
        loneliness:
          nl: eenzaamheid
          en: loneliness
          aliases: [eenzaam]
      participants:
        buddy: {nl: maatje}
      goal_parties:
        coach: {nl: sportcoach, en: sports coach}
      raters:
        coach: {nl: sportcoach}
      methods:
        sandplay: {nl: zandtafel}

    """

  @Test func theNewBuiltInValuesAreValidEverywhere() {
    let text = replacing(
      "  by: teacher",
      "  by: teacher\n  concerns: [domestic-violence, homelessness, parental-mental-illness, parental-addiction]"
    )
    .replacingOccurrences(
      of: "    text: Speelt samen in de pauze",
      with:
        "    text: Speelt samen in de pauze\n    agreed_with: [child, care-coordinator, school-support, social-team, shelter-coach, network]"
    )
    .replacingOccurrences(of: "rater: child}", with: "rater: shelter-coach}")
    .replacingOccurrences(
      of: "    goals: [g1]",
      with:
        "    goals: [g1]\n    with: [child, grandparent, neighbour, network, shelter-coach]"
    )
    #expect(codes(text) == [])
  }

  /// The programme-fit audit: goals are agreed "met school en ouders en eventuele hulp", and the
  /// Kansencoach works from the social team; it agrees and rates goals as the IB does.
  @Test func theSocialTeamAgreesAndRatesGoals() {
    let text = replacing(
      "    text: Speelt samen in de pauze",
      "    text: Speelt samen in de pauze\n    agreed_with: [child, social-team]"
    )
    .replacingOccurrences(of: "rater: child}", with: "rater: social-team}")
    #expect(codes(text) == [])
    #expect(Schemas.goalParty.resolve("wijkteam") == "social-team")
    #expect(Schemas.rater.resolve("sociaal-team") == "social-team")
    // The article's own word, "sociaal team", is an input word wherever the social team is a
    // value, as it was for the referrer already.
    for spec in [Schemas.referrer, Schemas.participant, Schemas.destination, Schemas.goalParty] {
      #expect(spec.resolve("sociaal-team") == "social-team", "\(spec.name)")
    }
  }

  /// A service or professional around the child is one value wherever it is listed, with the
  /// same labels and Dutch words: `intern-begeleider` was a referrer and a sharing party but no
  /// participant, goal party or rater.
  @Test func aServiceIsTheSameValueInEveryList() throws {
    let lists = [
      Schemas.referrer, Schemas.participant, Schemas.goalParty, Schemas.rater,
      Schemas.destination, Schemas.sharingParty,
    ]
    for id in ["care-coordinator", "youth-health", "social-team", "shelter", "youth-care"] {
      let declared = Set(lists.compactMap { $0[id] })
      #expect(declared.count == 1, "\(id): \(declared)")
    }
    for spec in [Schemas.referrer, Schemas.participant, Schemas.goalParty, Schemas.sharingParty] {
      #expect(spec.resolve("intern-begeleider") == "care-coordinator", "\(spec.name)")
    }
  }

  @Test func aValueOutsideTheListsIsAnErrorWithAHint() {
    let text = replacing("    goals: [g1]", "    goals: [g1]\n    with: [child, buddy]")
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(diagnostics.map(\.code) == ["invalid-value"])
    #expect(diagnostics[0].message == "'buddy' is not a valid participant")
    #expect(diagnostics[0].help?.contains("vocabularies: {participants: {buddy:") == true)
    #expect(diagnostics[0].range?.start.line == 29)
    // Without a config too: only the built-in values.
    #expect(codes(text, config: nil) == ["invalid-value"])
    // A Dutch input word is never a file value: the hint names the value.
    let alias = replacing("    goals: [g1]", "    goals: [g1]\n    with: [oma]")
    let (_, d2) = Validator.validateTrajectory(
      YAMLDocument(parsing: alias), fileName: "T-1", config: testConfig, today: nil)
    #expect(d2.map(\.code) == ["invalid-value"])
    #expect(d2.first?.help?.hasPrefix("did you mean 'grandparent'?") == true)
  }

  @Test func theOrganisationsOwnValuesAreValidInItsWorkspaceOnly() throws {
    let (parsed, problems) = config(ownWords)
    #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
    var own = try #require(parsed)
    own.programmes = testConfig.programmes
    let text = replacing("  by: teacher", "  by: teacher\n  concerns: [loneliness]")
      .replacingOccurrences(
        of: "    text: Speelt samen in de pauze",
        with:
          "    domain: loneliness\n    text: Speelt samen in de pauze\n    agreed_with: [child, coach]"
      )
      .replacingOccurrences(of: "rater: child}", with: "rater: coach}")
      .replacingOccurrences(
        of: "    goals: [g1]",
        with: "    goals: [g1]\n    with: [child, buddy]\n    methods: [sandplay, play]")
    #expect(codes(text, config: own) == [])
    // Each list takes only its own additions: a rater is not a participant.
    let crossed = text.replacingOccurrences(
      of: "with: [child, buddy]", with: "with: [child, coach]")
    #expect(codes(crossed, config: own) == ["invalid-value"])
    // Another workspace (without them) refuses all six.
    #expect(codes(text) == Array(repeating: "invalid-value", count: 6))
    // The labels and input words come from amigo.yaml.
    #expect(own.vocabulary(Schemas.domain).resolve("Eenzaam") == "loneliness")
    #expect(own.vocabulary(Schemas.domain)["loneliness"]?.label("nl") == "eenzaamheid")
    #expect(own.vocabulary(Schemas.participant)["buddy"]?.label("en") == "maatje")
  }

  @Test func closureReasonsAndDestinationsCannotBeExtended() {
    for key in ["closure_reasons", "destinations", "session_kinds"] {
      let (_, problems) = config("vocabularies:\n  \(key):\n    x: {nl: x}\n")
      #expect(problems.map(\.code) == ["unknown-field"], "\(key)")
    }
    let closed =
      replacing("status: active", "status: closed") + """
        closure:
          date: 2026-12-01
          reason: moved
          destination: own-choice

        """
    #expect(codes(closed).filter { $0 == "invalid-value" }.count == 2)
  }

  @Test func anOrganisationsParticipantIsAThirdPartyForConsent() {
    // Before any consent, a consultation with an unknown third party needs the support consent.
    #expect(
      ConsentLaw.scopes(kind: .networkTalk, with: ["buddy"], adult: false) == ["support"])
    #expect(
      ConsentLaw.scopes(kind: .networkTalk, with: ["grandparent"], adult: false)
        == ["support"])
    #expect(
      ConsentLaw.scopes(kind: .networkTalk, with: ["school-support"], adult: false)
        .contains("school-consultation"))
  }

  @Test func schoolGroupsFromPreschoolThroughSecondary() {
    #expect(codes(replacing("group: 6", "group: 0")) == [])
    #expect(codes(replacing("group: 6", "group: 14")) == [])
    #expect(codes(replacing("group: 6", "group: 15")) == ["out-of-range"])
    #expect(SchoolGroup.parse("voorschool") == 0)
    #expect(SchoolGroup.parse("Groep 5") == 5)
    #expect(SchoolGroup.parse("klas 1") == 9)
    #expect(SchoolGroup.parse("vo6") == 14)
    #expect(SchoolGroup.parse("9") == nil)
    #expect(SchoolGroup.parse("klas 7") == nil)
    #expect(SchoolGroup.label(0, "nl") == "voorschool")
    #expect(SchoolGroup.label(5, "en") == "group 5")
    #expect(SchoolGroup.label(10, "nl") == "klas 2 vo")
  }
}
