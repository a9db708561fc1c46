import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// A valid trajectory to mutate in tests.
let validTrajectory = """
  schema: amigo.trajectory/1
  id: T-1
  programme: amigos-op-school
  school: de-akker
  worker: mv
  status: active
  child:
    label: Sam B.
    born: 2016-03
    group: 6
  referral:
    date: 2026-09-01
    by: teacher
  consent:
    - date: 2026-09-04
      given_by: [parents]
  plan:
    start: 2026-09-07
  goals:
    - id: g1
      text: Speelt samen in de pauze
      ratings:
        - {date: 2026-09-08, value: 3, rater: child}
  sessions:
    - date: 2026-09-08
      kind: child-talk
      minutes: 20
      goals: [g1]

  """

let testConfig: Config = {
  var c = Config()
  c.organisation = "Test"
  c.programmes = [Programme.amigosOpSchool]
  c.schools = [School(id: "de-akker")]
  c.workers = [Worker(id: "mv")]
  return c
}()

func codes(_ text: String, today: String? = nil, config: Config? = testConfig) -> [String] {
  let (_, diagnostics) = Validator.validateTrajectory(
    YAMLDocument(parsing: text), fileName: "T-1", config: config,
    today: today.flatMap(LocalDate.init))
  return diagnostics.map(\.code)
}

func replacing(_ a: String, _ b: String) -> String {
  if !validTrajectory.contains(a) { Issue.record("fixture lacks \(a)") }
  return validTrajectory.replacingOccurrences(of: a, with: b)
}

@Suite struct ValidatorTests {
  @Test func theBaseFixtureIsValid() {
    #expect(codes(validTrajectory) == [])
  }

  @Test func schemaProblemsAreAllReported() {
    let text = replacing("status: active", "status: actief\nextra: 1").replacingOccurrences(
      of: "born: 2016-03", with: "born: 2016-03-01")
    #expect(codes(text) == ["invalid-value", "unknown-field", "invalid-year-month"])
  }

  @Test func missingRequiredFields() {
    let text = replacing("worker: mv\n", "")
    #expect(codes(text) == ["missing-field"])
  }

  @Test func unknownDeclarations() {
    #expect(codes(replacing("school: de-akker", "school: akker")) == ["unknown-school"])
    #expect(codes(replacing("worker: mv", "worker: xx")) == ["unknown-worker"])
    #expect(
      codes(replacing("programme: amigos-op-school", "programme: amigo")) == ["unknown-programme"])
  }

  @Test func idMustMatchTheFileName() {
    #expect(codes(replacing("id: T-1", "id: T-2")) == ["id-mismatch"])
  }

  @Test func dateOrder() {
    #expect(
      codes(replacing("  - date: 2026-09-04", "  - date: 2026-08-30")) == [
        "consent-before-referral"
      ])
    #expect(
      codes(replacing("  start: 2026-09-07", "  start: 2026-09-03")) == ["start-before-consent"])
    #expect(
      codes(replacing("  - date: 2026-09-08\n    kind", "  - date: 2026-09-06\n    kind")) == [
        "session-before-start"
      ])
  }

  @Test func childTalkNeedsConsentInForce() {
    let withdrawn = replacing(
      "    given_by: [parents]", "    given_by: [parents]\n    withdrawn: 2026-09-05")
    #expect(codes(withdrawn) == ["session-before-consent"])
    // A parent talk without consent is fine.
    let parentTalk = withdrawn.replacingOccurrences(
      of: "kind: child-talk", with: "kind: parent-talk")
    #expect(codes(parentTalk) == [])
  }

  @Test func sessionsReferToDeclaredGoals() {
    #expect(codes(replacing("goals: [g1]", "goals: [g1, g9]")) == ["unknown-goal"])
  }

  @Test func closedTrajectoriesNeedAClosureAndResults() {
    let closed = replacing("status: active", "status: closed")
    #expect(codes(closed) == ["closed-without-closure", "goal-without-result"])
    let complete =
      closed.replacingOccurrences(of: "rater: child}", with: "rater: child}\n    result: achieved")
      + "closure:\n  date: 2026-12-18\n  reason: ended-by-client\n  destination: none\n"
    #expect(codes(complete, config: nil) == [])
  }

  @Test func fidelityWarnings() {
    // Three weeks later: one child talk in week 37 and none in 38; the goal has a rating.
    let found = codes(validTrajectory, today: "2026-09-23")
    #expect(found == ["below-session-norm"])
    // One warning for both weeks (issue 26, p19).
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: validTrajectory), fileName: "T-1", config: testConfig,
      today: LocalDate("2026-09-23"))
    #expect(
      diagnostics.map(\.message) == [
        "fewer than 2 child talks held in 2 weeks: 2026-W37 (1), W38 (0)"
      ])
    // Holiday weeks do not count.
    var config = testConfig
    config.holidays = [
      Holiday(label: "x", from: LocalDate("2026-09-12")!, to: LocalDate("2026-09-20")!)
    ]
    #expect(codes(validTrajectory, today: "2026-09-23", config: config) == ["below-session-norm"])
  }

  @Test func ageOutsideTheBand() {
    #expect(codes(replacing("born: 2016-03", "born: 2020-03")) == ["age-outside-band"])
  }

  @Test func privacyLint() {
    for (note, code) in [
      ("BSN 111222333 genoemd", "possible-citizen-number"),
      ("mail j.jansen@example.nl", "possible-email"), ("mail v@voorbeeld.nl.", "possible-email"),
      ("bel 06-12345678", "possible-phone-number"), ("bel +31 6 12345678", "possible-phone-number"),
      ("bel (010) 123 45 67", "possible-phone-number"),
    ] {
      #expect(codes(replacing("    goals: [g1]", "    goals: [g1]\n    note: \(note)")) == [code])
    }
    // Nine digits failing the eleven-test, dates and minutes are not flagged.
    #expect(
      codes(
        replacing(
          "    goals: [g1]", "    goals: [g1]\n    note: nummer 123456789, 20 min op 2026-09-08"))
        == [])
  }

  /// A label a spreadsheet would run as a formula is an error, in every YAML style; the same
  /// characters inside a label are fine (issue 27).
  @Test func aLabelThatStartsLikeAFormulaIsRefused() {
    for label in [
      "=1+1", "'=HYPERLINK(\"x\";\"Sam B.\")'", "\"+31 6\"", "\"-2+3\"", "\"@SUM(1;2)\"",
      "\"\\t=1\"", "\"\\r=1\"", "'-Sam B.'",
    ] {
      // A tab or carriage return in a label is a control character there as well.
      let control = label.contains("\\t") || label.contains("\\r")
      #expect(
        codes(replacing("label: Sam B.", "label: \(label)"))
          == ["formula-label"] + (control ? ["control-character-in-value"] : []), "\(label)")
    }
    for label in ["Sam-B.", "Sam B. (=)", "Zoë @S.", "\"Sam +1\""] {
      #expect(codes(replacing("label: Sam B.", "label: \(label)")) == [], "\(label)")
    }
    // Reports skip the warning-only rules; this error stays.
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: replacing("label: Sam B.", "label: \"=1+1\"")), fileName: "T-1",
      config: testConfig, today: nil, warnings: false)
    #expect(diagnostics.map(\.code) == ["formula-label"])
    #expect(diagnostics.first?.severity == .error)
  }

  @Test func elevenTest() {
    #expect(IdentifierLint.passesElevenTest([1, 1, 1, 2, 2, 2, 3, 3, 3]))
    #expect(!IdentifierLint.passesElevenTest([1, 2, 3, 4, 5, 6, 7, 8, 9]))
    #expect(!IdentifierLint.passesElevenTest([0, 0, 0, 0, 0, 0, 0, 0, 0]))
  }

  @Test func swiftEnumsMatchTheSchema() {
    #expect(TrajectoryStatus.allCases.map(\.rawValue) == Schemas.status.values.map(\.value))
    #expect(SessionKind.allCases.map(\.rawValue) == Schemas.sessionKind.values.map(\.value))
    #expect(SessionStatus.allCases.map(\.rawValue) == Schemas.sessionStatus.values.map(\.value))
    #expect(Party.allCases.map(\.rawValue) == Schemas.party.values.map(\.value))
    #expect(GoalResult.allCases.map(\.rawValue) == Schemas.goalResult.values.map(\.value))
    #expect(ClosureReason.allCases.map(\.rawValue) == Schemas.closureReason.values.map(\.value))
  }

  /// Every session kind has its policy complete: labels in both languages, a Dutch input word,
  /// a default place that is a place, and its own research-export column.
  @Test func everySessionKindHasACompletePolicy() {
    var columns: Set<String> = []
    for kind in SessionKind.allCases {
      let policy = kind.policy
      #expect(policy.value.value == kind.rawValue, "\(kind)")
      #expect(!policy.value.en.isEmpty, "\(kind) has no English label")
      #expect(!policy.value.nl.isEmpty, "\(kind) has no Dutch label")
      #expect(
        policy.value.aliases.contains { Schemas.sessionKind.resolve($0) == kind.rawValue },
        "\(kind) has no Dutch input word")
      if let place = policy.defaultPlace {
        #expect(Schemas.place.contains(place), "\(kind): default place '\(place)' is no place")
      }
      #expect(!policy.exportColumn.isEmpty, "\(kind) has no export column")
      #expect(columns.insert(policy.exportColumn).inserted, "\(kind): export column taken")
    }
    #expect(Schemas.sessionKind.values == SessionKind.allCases.map(\.policy.value))
  }

  @Test func dutchAliasesResolve() {
    #expect(Schemas.sessionKind.resolve("kindgesprek") == "child-talk")
    #expect(Schemas.sessionKind.resolve("Klasobservatie") == "classroom-observation")
    #expect(Schemas.status.resolve("afgesloten") == "closed")
    #expect(Schemas.closureReason.resolve("uitval") == "ended-by-client")
    #expect(Schemas.sessionKind.resolve("onzin") == nil)
  }
}

/// Issue 26, items 4 and 9: dates that cannot be, and data that was probably entered twice.
@Suite struct IntegrityRuleTests {
  @Test func whatHappenedIsNotDatedAfterToday() {
    let today = "2026-09-10"
    #expect(!codes(validTrajectory, today: today).contains("date-in-future"))
    let future: [(String, String)] = [
      ("date: 2026-09-01\n  by", "date: 2026-09-11\n  by"),  // referral
      ("- date: 2026-09-04\n    given_by", "- date: 2026-09-11\n    given_by"),  // consent
      ("{date: 2026-09-08, value: 3", "{date: 2026-09-12, value: 3"),  // rating
      ("- date: 2026-09-08\n    kind", "- date: 2026-09-11\n    kind"),  // held session
      (
        "    goals: [g1]\n",
        "    goals: [g1]\n  - {date: 2026-09-14, kind: child-talk, status: no-show}\n"
      ),
    ]
    for (a, b) in future {
      #expect(codes(replacing(a, b), today: today).contains("date-in-future"), "\(b)")
    }
    let closed =
      replacing("status: active", "status: closed")
      .replacingOccurrences(of: "    ratings:", with: "    result: achieved\n    ratings:")
      + "closure: {date: 2027-06-30, reason: completed, destination: none}\n"
    #expect(codes(closed, today: today).contains("date-in-future"))
    #expect(!codes(closed, today: "2027-06-30").contains("date-in-future"))
    // Without a date for today, nothing is judged.
    #expect(!codes(closed).contains("date-in-future"))
  }

  @Test func aSessionCancelledInAdvanceOrAPlannedStartMayLieAhead() {
    let today = "2026-09-10"
    for status in ["cancelled-by-family", "cancelled-by-worker", "school-closed"] {
      let text = replacing(
        "    goals: [g1]\n",
        "    goals: [g1]\n  - {date: 2026-12-14, kind: child-talk, status: \(status)}\n")
      #expect(codes(text, today: today) == [], "\(status)")
    }
    let planned = replacing("status: active", "status: referred")
      .replacingOccurrences(of: "start: 2026-09-07", with: "start: 2026-10-05")
      .replacingOccurrences(
        of:
          "sessions:\n  - date: 2026-09-08\n    kind: child-talk\n    minutes: 20\n    goals: [g1]\n",
        with: ""
      )
      .replacingOccurrences(
        of: "    ratings:\n      - {date: 2026-09-08, value: 3, rater: child}\n", with: "")
    #expect(!codes(planned, today: today).contains("date-in-future"))
  }

  @Test func aContactBeforeTheReferralIsAnError() {
    let text = replacing(
      "sessions:\n", "sessions:\n  - date: 2026-08-28\n    kind: teacher-talk\n")
    #expect(codes(text).contains("contact-before-referral"))
    #expect(!codes(validTrajectory).contains("contact-before-referral"))
  }

  /// The diagnostics of `text` with the code `dated-before-referral`.
  func beforeReferral(_ text: String) -> [Diagnostic] {
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    return diagnostics.filter { $0.code == "dated-before-referral" }
  }

  /// Every other dated entry that cannot precede the referral (2026-09-01) is warned about,
  /// named in the message with the referral date; an entry on or after it is not.
  @Test(arguments: [
    (
      "measures:\n  - date: 2026-08-17\n    instrument: sdq\n    informant: parent\n"
        + "    timepoint: pre\n    scores: {total: 12}\n",
      "a measure ('sdq') on 2026-08-17", 11
    ),
    (
      "statements:\n  - date: 2026-08-17\n    by: parents\n    text: Wij willen dit toevoegen.\n",
      "the family's statement on 2026-08-17", 11
    ),
    ("pauses:\n  - from: 2026-08-17\n    to: 2026-08-20\n", "a pause on 2026-08-17", 11),
    ("imported: {date: 2026-08-17, sessions: 2}\n", "the import on 2026-08-17", 18),
  ])
  func anEntryBeforeTheReferralIsWarnedAbout(
    _ entry: String, _ what: String, _ column: Int
  )
    throws
  {
    let found = beforeReferral(validTrajectory + entry)
    #expect(found.count == 1, "\(found)")
    let d = try #require(found.first)
    #expect(d.severity == .warning)
    #expect(d.message == "\(what) is dated before the referral (2026-09-01)")
    #expect(d.help?.contains("correct its date or the referral date (2026-09-01)") == true)
    #expect(d.range?.start.column == column, "\(String(describing: d.range))")
    let onTime = (validTrajectory + entry).replacingOccurrences(
      of: "2026-08-17", with: "2026-09-17")
    #expect(beforeReferral(onTime).isEmpty)
  }

  @Test func aGoalOrItsRatingBeforeTheReferralIsWarnedAbout() {
    let rating = replacing(
      "{date: 2026-09-08, value: 3, rater: child}", "{date: 2026-08-08, value: 3, rater: child}")
    #expect(
      beforeReferral(rating).map(\.message) == [
        "a rating of goal 'g1' on 2026-08-08 is dated before the referral (2026-09-01)"
      ])
    let agreed = replacing(
      "    text: Speelt samen in de pauze\n",
      "    text: Speelt samen in de pauze\n    agreed_on: 2026-08-08\n")
    let found = beforeReferral(agreed)
    #expect(
      found.map { $0.message("nl") } == [
        "doel 'g1', afgesproken op 2026-08-08 heeft een datum voor de aanmelding (2026-09-01)"
      ])
    #expect(found.first?.range?.start.line == 22)
    #expect(beforeReferral(validTrajectory).isEmpty)
  }

  /// The start and the closure are warned about only where no other code says it: a start
  /// before the referral with dated consent is `start-before-consent` or
  /// `consent-before-referral`, a closure before it with a start `closure-before-start`.
  @Test func aStartOrClosureBeforeTheReferralIsWarnedAboutOnce() {
    let unconsented = replacing(
      "consent:\n  - date: 2026-09-04\n    given_by: [parents]\n", ""
    ).replacingOccurrences(of: "start: 2026-09-07", with: "start: 2026-08-31")
    #expect(
      beforeReferral(unconsented).map(\.message) == [
        "the start on 2026-08-31 is dated before the referral (2026-09-01)"
      ])
    let consented = replacing("start: 2026-09-07", "start: 2026-08-31")
    #expect(beforeReferral(consented).isEmpty)
    #expect(codes(consented).contains("start-before-consent"))
    let closedUnstarted =
      replacing("plan:\n  start: 2026-09-07\n", "plan:\n  weeks: 12\n")
      + "closure:\n  date: 2026-08-31\n  reason: completed\n"
    #expect(
      beforeReferral(closedUnstarted).map(\.message) == [
        "the closure on 2026-08-31 is dated before the referral (2026-09-01)"
      ])
    let closedStarted = validTrajectory + "closure:\n  date: 2026-08-31\n  reason: completed\n"
    #expect(beforeReferral(closedStarted).isEmpty)
    #expect(codes(closedStarted).contains("closure-before-start"))
  }

  @Test func aMeldcodeStepOrSharingBeforeTheReferralIsWarnedAbout() {
    // A meldcode step of 2026-01-07 with a referral of 2026-09-01 (a slip for 2026-09-07).
    let step = validTrajectory + "meldcode:\n  - date: 2026-01-07\n    step: signals-mapped\n"
    #expect(codes(step) == ["dated-before-referral"])
    let onTime = validTrajectory + "meldcode:\n  - date: 2026-09-07\n    step: signals-mapped\n"
    #expect(!codes(onTime).contains("dated-before-referral"))
    let shared =
      validTrajectory
      + "sharing:\n  - date: 2026-08-20\n    direction: given\n    with: [teacher]\n"
      + "    what: [progress]\n"
    #expect(codes(shared).contains("dated-before-referral"))
  }

  @Test func anIdenticalSecondConsentIsAPossibleDuplicate() {
    let twice = replacing(
      "consent:\n", "consent:\n  - date: 2026-09-04\n    given_by: [parents]\n")
    #expect(codes(twice) == ["possible-duplicate"])
    // Given by other people, or on another day: two entries.
    let other = replacing(
      "consent:\n", "consent:\n  - date: 2026-09-04\n    given_by: [parents, child]\n")
    #expect(!codes(other).contains("possible-duplicate"))
    let later = replacing(
      "consent:\n", "consent:\n  - date: 2026-09-05\n    given_by: [parents]\n")
    #expect(!codes(later).contains("possible-duplicate"))
  }

  @Test func anIdenticalSecondMeldcodeStepOrSharingIsAPossibleDuplicate() {
    let step = "  - date: 2026-09-10\n    step: signals-mapped\n"
    #expect(codes(validTrajectory + "meldcode:\n" + step + step) == ["possible-duplicate"])
    let next = step.replacingOccurrences(of: "signals-mapped", with: "colleague-consulted")
    #expect(codes(validTrajectory + "meldcode:\n" + step + next) == [])
    let shared = "  - date: 2026-09-10\n    direction: received\n    with: [teacher]\n"
    let twice =
      validTrajectory + "sharing:\n" + shared + "    what: [progress]\n" + shared
      + "    what: [progress]\n"
    #expect(codes(twice) == ["possible-duplicate"])
    let other =
      validTrajectory + "sharing:\n" + shared + "    what: [progress]\n" + shared
      + "    what: [attendance]\n"
    #expect(codes(other) == [])
  }

  @Test func anIdenticalSecondSessionIsAPossibleDuplicate() {
    let session = "  - date: 2026-09-08\n    kind: child-talk\n    minutes: 20\n    goals: [g1]\n"
    let twice = validTrajectory + session
    #expect(codes(twice).filter { $0 == "possible-duplicate" }.count == 1)
    // Other minutes or other participants: two sessions.
    let other =
      validTrajectory + session.replacingOccurrences(of: "minutes: 20", with: "minutes: 30")
    #expect(!codes(other).contains("possible-duplicate"))
    let withParents = validTrajectory + session + "    with: [parents]\n"
    #expect(!codes(withParents).contains("possible-duplicate"))
  }

  /// Whatever the caller keeps of the trajectory (`validate` keeps nothing, reports the facts),
  /// the fast path reads the participants, and finds the same possible duplicates (and every
  /// other diagnostic) as when it keeps everything.
  @Test(arguments: [TrajectoryDetail.nothing, .facts])
  func aDuplicateIsFoundWhateverIsKept(_ keep: TrajectoryDetail) throws {
    let session = "  - date: 2026-09-08\n    kind: child-talk\n    minutes: 20\n    goals: [g1]\n"
    for (text, duplicates) in [
      (validTrajectory + session, 1),
      (validTrajectory + session + "    with: [parents]\n", 0),
      (validTrajectory + session + "    with: [parents]\n" + session + "    with: [parents]\n", 1),
      (
        validTrajectory + session + "    with: [parents]\n    methods: [scaling]\n" + session
          + "    with: [parents]\n    place: school\n", 1
      ),
    ] {
      // The fast path answers for these files.
      _ = try #require(FastDecoder.trajectory(Array(text.utf8)))
      func diagnostics(_ keep: TrajectoryDetail) -> [Diagnostic] {
        Validator.validateTrajectory(
          bytes: Array(text.utf8), fileName: nil, config: testConfig,
          today: LocalDate("2026-11-19"), keep: keep
        ).1
      }
      let kept = diagnostics(keep)
      #expect(kept.filter { $0.code == "possible-duplicate" }.count == duplicates)
      #expect(kept == diagnostics(.everything))
    }
  }

  @Test func completedBeforeTheMinimumLengthWarns() {
    func closed(on date: String) -> String {
      replacing("status: active", "status: closed")
        .replacingOccurrences(of: "    ratings:", with: "    result: achieved\n    ratings:")
        + "closure: {date: \(date), reason: completed, destination: none}\n"
    }
    // Started in week 1 on 2026-09-07; the programme asks for 12-20 weeks.
    #expect(
      codes(closed(on: "2026-11-20"), today: "2027-01-01").contains("completed-below-minimum-weeks")
    )
    #expect(
      !codes(closed(on: "2026-11-23"), today: "2027-01-01").contains(
        "completed-below-minimum-weeks"))
    let early = closed(on: "2026-11-20").replacingOccurrences(
      of: "reason: completed", with: "reason: ended-by-agreement")
    #expect(!codes(early, today: "2027-01-01").contains("completed-below-minimum-weeks"))
  }
}

/// Issue 26, item 5: one YAML error does not hide the rest.
@Suite struct RecoveryValidationTests {
  @Test func aDuplicateKeyAndABadDateAreBothReported() {
    let text = replacing("    minutes: 20\n", "    minutes: 20\n    minutes: 25\n")
      .replacingOccurrences(
        of: "- date: 2026-09-08\n    kind", with: "- date: 2026-09-35\n    kind")
    #expect(Set(codes(text)) == ["duplicate-key", "invalid-date"], "\(codes(text))")
    // The file is not handed out as a trajectory while it has the duplicate.
    let (trajectory, _) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(trajectory == nil)
  }

  @Test func aTabInIndentationGivesNoFollowOnErrors() {
    let text = replacing("  label: Sam B.\n", "\tlabel: Sam B.\n")
      .replacingOccurrences(of: "  born: 2016-03\n", with: "  born: 2016-13\n")
    #expect(codes(text) == ["tab-indentation", "invalid-year-month"], "\(codes(text))")
  }
}
