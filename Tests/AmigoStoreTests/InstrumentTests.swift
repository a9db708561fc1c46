import AmigoSchema
import AmigoStore
import AmigoYAML
import Testing

/// The SDQ as `amigo init` ships it, measures on both decoding paths, bands and reliable change.
@Suite struct InstrumentTests {
  static func shippedSDQ(_ language: String) throws -> Instrument {
    let text = WorkspaceTemplate.config(organisation: "Stichting Voorbeeld", language: language)
    let (config, diagnostics) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.header))")
    return try #require(config?.instrument("sdq"))
  }

  @Test(arguments: ["nl", "en"])
  func initShipsTheSDQ(_ language: String) throws {
    let sdq = try Self.shippedSDQ(language)
    #expect(sdq.normsCountry == "UK")
    #expect(sdq.forms.ages == [.parent: 4...17, .teacher: 4...17, .selfReport: 11...17])
    #expect(
      sdq.scales.map(\.id) == [
        "total", "emotional", "conduct", "hyperactivity", "peer", "prosocial", "impact",
      ])
    let total = try #require(sdq.scale("total"))
    #expect(total.sumOf == ["emotional", "conduct", "hyperactivity", "peer"])
    #expect(total.direction == .lowerIsBetter)
    #expect(sdq.scale("prosocial")?.direction == .higherIsBetter)
    for informant in Informant.allCases {
      #expect(total.norms[informant]?.range == 0...40)
      for id in ["emotional", "conduct", "hyperactivity", "peer", "prosocial"] {
        #expect(sdq.scale(id)?.norms[informant]?.range == 0...10, "\(id) \(informant)")
      }
    }
    #expect(sdq.scale("impact")?.norms[.parent]?.range == 0...10)
    #expect(sdq.scale("impact")?.norms[.teacher]?.range == 0...6)
    #expect(sdq.scale("impact")?.norms[.selfReport]?.range == 0...10)
    // The UK parent total: 0-13 normal, 14-16 borderline, 17-40 abnormal (sdqinfo.org).
    let parentTotal = try #require(total.norms[.parent])
    #expect(parentTotal.band(of: 13, direction: .lowerIsBetter) == .normal)
    #expect(parentTotal.band(of: 14, direction: .lowerIsBetter) == .borderline)
    #expect(parentTotal.band(of: 16, direction: .lowerIsBetter) == .borderline)
    #expect(parentTotal.band(of: 17, direction: .lowerIsBetter) == .abnormal)
    // Prosocial counts down: 6-10 normal, 5 borderline, 0-4 abnormal.
    let prosocial = try #require(sdq.scale("prosocial")?.norms[.parent])
    #expect(prosocial.band(of: 6, direction: .higherIsBetter) == .normal)
    #expect(prosocial.band(of: 5, direction: .higherIsBetter) == .borderline)
    #expect(prosocial.band(of: 4, direction: .higherIsBetter) == .abnormal)
  }

  @Test func reliableChangeFollowsJacobsonAndTruax() throws {
    // (post − pre) / (√2 · SD · √(1 − r)), signed so that an improvement is positive.
    let rci = try #require(
      ReliableChange.index(pre: 20, post: 12, sd: 5.7, reliability: 0.82, direction: .lowerIsBetter)
    )
    let expected = 8 / ((2.0).squareRoot() * 5.7 * (0.18).squareRoot())
    #expect(abs(rci - expected) < 1e-12)
    #expect(ReliableChange.verdict(rci) == .improved)
    let worse = try #require(
      ReliableChange.index(pre: 6, post: 3, sd: 1.6, reliability: 0.65, direction: .higherIsBetter))
    #expect(worse < -1.96 && ReliableChange.verdict(worse) == .deteriorated)
    #expect(
      ReliableChange.index(pre: 1, post: 3, sd: nil, reliability: 0.5, direction: .lowerIsBetter)
        == nil)
  }

  static let file = """
    schema: amigo.trajectory/1
    id: T-2026-AB12
    programme: amigos-op-school
    school: s
    worker: w
    status: active
    child:
      label: Sam B.
    measures:
      - date: 2026-09-07
        instrument: sdq
        informant: parent
        timepoint: pre
        scores: {emotional: 3, conduct: 4, hyperactivity: 8, peer: 4, total: 19, prosocial: 6.5}
      - date: 2026-12-07
        instrument: sdq
        informant: self
        timepoint: follow-up
        scores: {total: 10}

    """

  @Test func measuresDecodeAlikeOnBothPathsAndEncodeBack() throws {
    let bytes = Array(Self.file.utf8)
    let fast = try #require(FastDecoder.trajectory(bytes), "the fast path reads measures")
    let full = SchemaDecoder.trajectory(YAMLDocument(bytes: bytes))
    #expect(fast == full)
    #expect(full.measures.count == 2)
    let pre = full.measures[0]
    #expect(pre.informant == .parent && pre.timepoint == .pre && pre.instrument == "sdq")
    #expect(
      pre.scores.map(\.scale) == [
        "emotional", "conduct", "hyperactivity", "peer", "total", "prosocial",
      ])
    #expect(pre.score("prosocial") == 6.5)
    #expect(full.measures[1].informant == .selfReport && full.measures[1].timepoint == .followUp)
    let text = try SchemaEncoder.document(full, Schemas.trajectory)
    #expect(
      text.contains(
        "    scores: {emotional: 3, conduct: 4, hyperactivity: 8, peer: 4, total: 19, prosocial: 6.5}\n"
      ))
    #expect(
      SchemaDecoder.trajectory(YAMLDocument(parsing: text)).measures.map(\.scores)
        == full.measures.map(\.scores))
  }

  @Test(arguments: [
    "{emotional: x}", "{emotional: 03}", "{emotional: }", "[4, 2]", "4", "{'': 2}", "{a b: 2}",
    "{emotional: 1e3}", "{emotional: [1]}",
  ])
  func badScoresAreSchemaErrorsOnBothPaths(_ scores: String) throws {
    let text = Self.file.replacingOccurrences(of: "{total: 10}", with: scores)
    let bytes = Array(text.utf8)
    let document = YAMLDocument(bytes: bytes)
    let full = Validator.validateTrajectory(
      document, fileName: "T-2026-AB12", config: nil, today: nil)
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "T-2026-AB12", config: nil, today: nil)
    #expect(full.1.contains { $0.severity == .error }, "\(scores) is accepted")
    #expect(quick.1 == full.1)
    #expect(FastDecoder.trajectory(bytes) == nil)
  }

  @Test func aTotalLeftOutIsTheSumOfItsScales() throws {
    let sdq = try Self.shippedSDQ("en")
    var m = Measure()
    m.scores = [
      ScaleScore(scale: "emotional", value: 3), ScaleScore(scale: "conduct", value: 2),
      ScaleScore(scale: "hyperactivity", value: 7), ScaleScore(scale: "peer", value: 1),
    ]
    #expect(m.value(of: sdq.scale("total")!) == 13)
    m.scores.removeLast()
    #expect(m.value(of: sdq.scale("total")!) == nil)
  }
}

/// The measure rules on cases beyond the catalogue's reproducers.
@Suite struct MeasureRuleTests {
  static let config: Config = {
    let text = WorkspaceTemplate.config(organisation: "Stichting Voorbeeld", language: "en")
      .replacingOccurrences(of: "  mijn-school:", with: "  s:")
    var c = Validator.validateConfig(YAMLDocument(parsing: text)).0!
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    return c
  }()

  /// The codes of the errors in a trajectory with `consent` and `measures` (YAML lines).
  static func errors(born: String = "2016-04", consent: String, measures: String) -> [String] {
    let text = """
      schema: amigo.trajectory/1
      id: T-2026-AB12
      programme: amigos-op-school
      school: s
      worker: w
      status: active
      child:
        label: Sam B.
        born: \(born)
      referral:
        date: 2026-08-20
        by: teacher
      consent:
      \(consent)
      plan:
        start: 2026-09-07
      measures:
      \(measures)

      """
    let bytes = Array(text.utf8)
    let full = Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: "T-2026-AB12", config: config,
      today: LocalDate("2026-11-19"))
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "T-2026-AB12", config: config, today: LocalDate("2026-11-19"))
    #expect(full.1 == quick.1, "the paths differ")
    return full.1.filter { $0.severity == .error }.map(\.code)
  }

  static let parents = """
      - date: 2026-09-01
        given_by: [parents]
        scope: [support, questionnaires]
    """

  static func m(
    _ date: String, _ informant: String, _ tp: String, _ scores: String = "{emotional: 3}"
  )
    -> String
  {
    """
      - date: \(date)
        instrument: sdq
        informant: \(informant)
        timepoint: \(tp)
        scores: \(scores)
    """
  }

  @Test func validMeasuresPass() {
    #expect(
      Self.errors(
        consent: Self.parents,
        measures: Self.m("2026-09-07", "parent", "pre") + "\n"
          + Self.m("2026-11-16", "parent", "post")
          + "\n" + Self.m("2026-11-17", "parent", "follow-up") + "\n"
          + Self.m("2026-11-18", "parent", "follow-up")) == [])
  }

  @Test func aFollowUpBeforeThePostAndAFutureMeasureAreErrors() {
    let codes = Self.errors(
      consent: Self.parents,
      measures: Self.m("2026-09-07", "parent", "pre") + "\n"
        + Self.m("2026-11-16", "parent", "post")
        + "\n" + Self.m("2026-11-10", "parent", "follow-up") + "\n"
        + Self.m("2026-11-20", "teacher", "pre"))
    #expect(codes.sorted() == ["date-in-future", "measure-order"])
  }

  @Test func aWithdrawnQuestionnairesScopeAndTheChildsOwnConsentCount() {
    let withdrawn =
      Self.parents + """

            withdrawn: 2026-10-01
            withdrawn_scope: [questionnaires]
        """
    #expect(
      Self.errors(consent: withdrawn, measures: Self.m("2026-10-05", "parent", "post"))
        == ["measure-without-consent"])
    // A child of 13: the parents' consent alone does not count (WGBO).
    let codes = Self.errors(
      born: "2013-03", consent: Self.parents, measures: Self.m("2026-09-07", "self", "pre"))
    #expect(codes.contains("consent-wrong-party"), "\(codes)")
  }

  @Test func emptyScoresAreOneErrorEach() {
    #expect(
      Self.errors(consent: Self.parents, measures: Self.m("2026-09-07", "parent", "pre", "{}"))
        == ["measure-without-scores"])
    #expect(
      Self.errors(consent: Self.parents, measures: Self.m("2026-09-07", "parent", "pre", ""))
        == ["missing-field"])
  }

  @Test func aTotalMustAddUpAndScoresStayInTheFormsRange() {
    #expect(
      Self.errors(
        consent: Self.parents,
        measures: Self.m(
          "2026-09-07", "teacher", "pre",
          "{emotional: 1, conduct: 1, hyperactivity: 1, peer: 1, total: 4, impact: 7}"))
        == ["score-out-of-range"])
    #expect(
      Self.errors(
        consent: Self.parents,
        measures: Self.m(
          "2026-09-07", "parent", "pre",
          "{emotional: 1, conduct: 1, hyperactivity: 1, peer: 1, total: 5, prosocial: 10.5}"))
        == ["total-mismatch", "score-out-of-range"])
  }

  @Test func anUnknownScaleIsTheSameErrorOnBothPaths() {
    for scores in ["{emotion: 3}", "{'emotion': 3}", "{conduct: 1, \"emotion\": 3}"] {
      #expect(
        Self.errors(consent: Self.parents, measures: Self.m("2026-09-07", "parent", "pre", scores))
          == ["unknown-scale"], "\(scores)")
    }
  }
}
