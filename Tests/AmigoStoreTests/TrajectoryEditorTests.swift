import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing

/// The domain edits of `TrajectoryEditor` on small texts: model values in, encoded by the
/// schema's `encode:` bindings, spliced into the text line by line.
@Suite struct TrajectoryEditorTests {
  static let separated = """
    schema: amigo.trajectory/1
    status: referred

    child:
      label: Emma J.

    referral:
      date: 2026-11-16
      by: teacher

    """

  static let day = LocalDate("2026-11-19")!

  func edit(_ text: String, _ body: (inout TrajectoryEditor) throws -> Void) throws -> String {
    var file = try TrajectoryEditor(parsing: text)
    try body(&file)
    return file.text
  }

  func goal(
    _ id: String, text: String, domain: String? = nil, agreedWith: [String] = []
  )
    -> Goal
  {
    var goal = Goal()
    (goal.id, goal.text, goal.domain, goal.agreedWith) = (id, text, domain, agreedWith)
    return goal
  }

  func rating(_ value: Double, _ rater: String, on date: LocalDate = day) -> Rating {
    var rating = Rating()
    (rating.date, rating.value, rating.rater) = (date, value, rater)
    return rating
  }

  func session(_ date: LocalDate, minutes: Int?) -> Session {
    var session = Session()
    (session.date, session.kind, session.minutes) = (date, .childTalk, minutes)
    return session
  }

  // MARK: - Layout (as the writers before the encoder wrote it)

  @Test func aNewSectionIsSetOffLikeTheOthers() throws {
    let out = try edit(Self.separated) {
      var g = goal("g1", text: "Ik speel mee.")
      g.target = 7
      try $0.add(g)
    }
    #expect(
      out == Self.separated + "\ngoals:\n  - id: g1\n    text: Ik speel mee.\n    target: 7\n")
  }

  @Test func aNewSectionInTheMiddleGetsTheBlankLineAbove() throws {
    let text = Self.separated + "\nsessions:\n  - date: 2026-11-17\n    kind: phone-call\n"
    let out = try edit(text) {
      var consent = Consent()
      (consent.date, consent.givenBy) = (LocalDate("2026-11-18")!, ["parents"])
      try $0.add(consent)
    }
    #expect(
      out == Self.separated
        + "\nconsent:\n  - date: 2026-11-18\n    given_by: [parents]\n"
        + "\nsessions:\n  - date: 2026-11-17\n    kind: phone-call\n")
  }

  @Test func aCompactFileStaysCompact() throws {
    let text = "status: referred\nchild:\n  label: Emma J.\nreferral:\n  date: 2026-11-16\n"
    let out = try edit(text) {
      try $0.update { t in
        t.plan.start = Self.day
        t.status = .active
      }
    }
    #expect(
      out == "status: active\nchild:\n  label: Emma J.\nreferral:\n  date: 2026-11-16\n"
        + "plan:\n  start: 2026-11-19\n")
  }

  @Test func crlfFilesKeepTheirLineEndings() throws {
    let text = Self.separated.replacingOccurrences(of: "\n", with: "\r\n")
    let out = try edit(text) {
      try $0.update { t in
        (t.plan.start, t.plan.weeks, t.status) = (Self.day, 16, .active)
      }
    }
    #expect(
      out
        == (Self.separated.replacingOccurrences(of: "referred", with: "active")
        + "\nplan:\n  start: 2026-11-19\n  weeks: 16\n").replacingOccurrences(
          of: "\n", with: "\r\n"))
  }

  @Test func anEmptyFlowListBecomesABlockListAndKeepsItsComment() throws {
    let text = "status: referred\n\ngoals: []  # none yet\n\nsessions: []\n"
    let out = try edit(text) {
      try $0.add(goal("g1", text: "t", domain: "bullying", agreedWith: ["child"]))
    }
    #expect(
      out
        == "status: referred\n\ngoals:  # none yet\n  - id: g1\n    domain: bullying\n    text: t\n"
        + "    agreed_with: [child]\n\nsessions: []\n")
  }

  @Test(arguments: ["", "  # none yet"])
  func aRatingGoesIntoAnEmptyFlowListAndKeepsItsComment(comment: String) throws {
    let text = "goals:\n  - id: g1\n    text: t\n    ratings: []\(comment)\n    result: partly\n"
    let out = try edit(text) { try $0.rate(goal: "g1", rating(6.5, "child")) }
    #expect(
      out == "goals:\n  - id: g1\n    text: t\n    ratings:\(comment)\n"
        + "      - {date: 2026-11-19, value: 6.5, rater: child}\n    result: partly\n")
  }

  @Test func aBaselineIsTheGoalsFirstRatingOnOneLine() throws {
    let out = try edit("status: active\n") {
      var g = goal("g1", text: "t")
      g.ratings = [rating(4, "child")]
      try $0.add(g)
    }
    #expect(
      out == "status: active\ngoals:\n  - id: g1\n    text: t\n    ratings:\n"
        + "      - {date: 2026-11-19, value: 4, rater: child}\n")
  }

  @Test func aSessionGoesIntoAnEmptyFlowListAndKeepsItsComment() throws {
    let text = "status: active\n\nsessions: []  # none yet\n"
    let out = try edit(text) { try $0.append(session(Self.day, minutes: 20)) }
    #expect(
      out
        == "status: active\n\nsessions:  # none yet\n  - date: 2026-11-19\n    kind: child-talk\n"
        + "    minutes: 20\n")
  }

  @Test func aSessionWritesEveryFieldInSchemaOrderAndLeavesOutTheDefaults() throws {
    var s = session(Self.day, minutes: nil)
    (s.place, s.status, s.with, s.methods) = ("home", .noShow, ["mother"], ["play", "drawing"])
    (s.goals, s.note, s.followUp) = (["g1"], "Kwam niet: ziek.", true)
    var held = session(LocalDate("2026-11-20")!, minutes: 20)
    held.note = nil
    let out = try edit("status: active\nsessions:\n") {
      try $0.append(held)
      try $0.append(s)
    }
    #expect(
      out == """
        status: active
        sessions:
          - date: 2026-11-19
            kind: child-talk
            place: home
            status: no-show
            with: [mother]
            methods: [play, drawing]
            goals: [g1]
            note: 'Kwam niet: ziek.'
            follow_up: true
          - date: 2026-11-20
            kind: child-talk
            minutes: 20

        """)
  }

  @Test func startGoesAboveThePlansFirstKeyAndItsComment() throws {
    let text = "status: intake\n\nplan:\n  # agreed at the intake\n  weeks: 14\n"
    let out = try edit(text) {
      try $0.update { t in (t.plan.start, t.status) = (Self.day, .active) }
    }
    #expect(
      out == "status: active\n\nplan:\n  start: 2026-11-19\n  # agreed at the intake\n  weeks: 14\n"
    )
  }

  @Test func closeFillsAnEarlierClosureKeyByKey() throws {
    let text = """
      status: closing

      closure:
        date: 2026-11-26  # planned
        reason: completed

      """
    let out = try edit(text) {
      try $0.update { t in
        t.status = .closed
        var closure = t.closure ?? Closure()
        (closure.date, closure.destination) = (Self.day, "none")
        closure.satisfaction = [.teacher: 7, .child: 8]
        t.closure = closure
      }
    }
    #expect(
      out == """
        status: closed

        closure:
          date: 2026-11-19  # planned
          reason: completed
          destination: none
          satisfaction:
            child: 8
            teacher: 7

        """)
  }

  @Test func oneDestinationReplacesAListAndKeepsTheComments() throws {
    let text = """
      status: closing
      closure:
        # agreed with the family
        reason: completed
        destinations: [social-team, youth-care]
        summary: Goed afgerond.

      """
    let out = try edit(text) {
      try $0.update { t in
        t.closure?.destinations = []
        t.closure?.destination = "social-team"
      }
    }
    #expect(
      out == """
        status: closing
        closure:
          # agreed with the family
          reason: completed
          destination: social-team
          summary: Goed afgerond.

        """)
  }

  // MARK: - Which entry an edit changes

  @Test(arguments: [
    ("goals:\n  - {id: g1, text: a}\n  - {id: g3, text: b}", "g4"),
    ("goals:\n  - id: g2\n    text: a\n  - id: doel\n    text: b", "g3"),
    ("status: referred", "g1"),
  ])
  func nextGoalIDFollowsTheHighest(_ text: String, _ expected: String) throws {
    #expect(YAMLDocument(parsing: text).isValid)
    #expect(try TrajectoryEditor(parsing: text).nextGoalID == expected)
  }

  @Test func theLatestConsentInForceIsTheOneWithdrawn() throws {
    let file = try TrajectoryEditor(
      parsing: """
        consent:
          - date: 2026-09-01
            given_by: [parents]
          - date: 2026-09-10
            given_by: [parents, child]
          - date: 2026-09-20
            given_by: [parents]
            withdrawn: 2026-10-01
          - date: 2026-12-01
            given_by: [parents]
        """)
    let t = file.trajectory
    #expect(t.consentToWithdraw(on: LocalDate("2026-08-31")!) == nil)
    #expect(t.consentToWithdraw(on: LocalDate("2026-09-05")!) == 0)
    #expect(t.consentToWithdraw(on: LocalDate("2026-09-25")!) == 2)
    #expect(t.consentToWithdraw(on: LocalDate("2026-10-01")!) == 1)
    #expect(t.consentToWithdraw(on: LocalDate("2026-12-01")!) == 3)
  }

  /// The model leaves out an entry it cannot read (here a scalar): an edit of the model's n-th
  /// entry changes the file's entry with the same identity, not the file's n-th.
  @Test func anEntryIsFoundByItsIdentityNotItsPosition() throws {
    let text = """
      consent:
        - oops
        - date: 2026-09-01
          given_by: [parents]
      referrals:
        - date: 2026-10-01
          to: youth-care
        - date: 2026-10-01
          to: social-team

      """
    let out = try edit(text) {
      #expect($0.trajectory.consent.count == 1)
      try $0.updateConsent(at: 0) { $0.withdrawn = Self.day }
      let index = $0.trajectory.referrals.firstIndex { $0.to == "social-team" }!
      try $0.updateReferral(at: index) { $0.status = .accepted }
    }
    #expect(
      out == """
        consent:
          - oops
          - date: 2026-09-01
            given_by: [parents]
            withdrawn: 2026-11-19
        referrals:
          - date: 2026-10-01
            to: youth-care
          - date: 2026-10-01
            to: social-team
            status: accepted

        """)
  }

  @Test func aHandoverRenamesTheFurtherWorkerAndIsOneLine() throws {
    let text = "worker: anna\nworkers: [bram, cas]\nstatus: active\n"
    let out = try edit(text) {
      var handover = Handover()
      (handover.date, handover.from, handover.to) = (Self.day, "bram", "dirk")
      try $0.handOver(handover)
    }
    #expect(
      out == "worker: anna\nworkers: [dirk, cas]\n"
        + "handovers:\n  - {date: 2026-11-19, from: bram, to: dirk}\nstatus: active\n")
  }

  @Test func aFirstMoveStartsTheSchoolHistory() throws {
    let text = "school: de-linde\nworker: anna\n"
    let out = try edit(text) {
      try $0.moveSchool(to: "het-anker", on: Self.day, since: LocalDate("2026-09-01")!)
    }
    #expect(
      out == "school: het-anker\nschools:\n  - school: de-linde\n    from: 2026-09-01\n"
        + "  - school: het-anker\n    from: 2026-11-19\nworker: anna\n")
  }
}
