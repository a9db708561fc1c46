import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Issue 23: after the closure only the follow-up, within the programme's period and with
/// consent for it; several destinations; referrals made.
@Suite struct FollowUpTests {
  /// A closed trajectory (closure 2026-03-13) with a slot for extra ratings, sessions,
  /// referrals and the closure's destination lines.
  static func file(
    ratings: String = "", sessions: String = "", referrals: String = "",
    destination: String = "  destination: none\n", scope: String = "[support, follow-up]"
  ) -> String {
    """
    schema: amigo.trajectory/1
    id: T-1
    programme: amigos-op-school
    school: de-akker
    worker: mv
    status: closed
    child:
      label: Sam B.
      born: 2016-03
      group: 6
    referral:
      date: 2026-01-05
      by: teacher
    consent:
      - date: 2026-01-08
        given_by: [parents]
        scope: \(scope)
    plan:
      start: 2026-01-12
    goals:
      - id: g1
        text: Speelt samen in de pauze
        ratings:
          - {date: 2026-01-13, value: 3, rater: child}
    \(ratings)    result: partly
    sessions:
      - date: 2026-01-13
        kind: child-talk
        minutes: 20
    \(sessions)\(referrals)closure:
      date: 2026-03-13
      reason: ended-by-agreement
    \(destination)
    """
  }

  /// The codes of the errors and notes (programme norms warn, and are not the point here).
  static func errors(_ text: String, config: Config = testConfig) -> [String] {
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: config,
      today: LocalDate("2027-12-31"))
    return diagnostics.filter { $0.severity != .warning }.map(\.code)
  }

  static func session(_ date: String, followUp: Bool = true, status: String? = nil) -> String {
    "  - date: \(date)\n    kind: parent-talk\n    minutes: 30\n"
      + (status.map { "    status: \($0)\n" } ?? "")
      + (followUp ? "    follow_up: true\n" : "")
  }

  @Test func theBaseIsValid() {
    #expect(Self.errors(Self.file()) == [])
  }

  @Test func aFollowUpContactWithinThePeriodWithConsentIsAccepted() {
    #expect(Self.errors(Self.file(sessions: Self.session("2026-09-14"))) == [])
    // The last day of the default twelve months.
    #expect(Self.errors(Self.file(sessions: Self.session("2027-03-13"))) == [])
  }

  @Test func aContactAfterTheClosureWithoutTheMarkIsAnError() {
    let text = Self.file(sessions: Self.session("2026-09-14", followUp: false))
    #expect(Self.errors(text) == ["session-after-closure"])
    // Not held: no exception.
    let missed = Self.file(sessions: Self.session("2026-09-14", followUp: false, status: "no-show"))
    #expect(Self.errors(missed) == ["session-after-closure"])
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(diagnostics.contains { $0.help?.contains("follow_up: true") ?? false })
  }

  @Test func aFollowUpAfterThePeriodIsAnError() {
    #expect(
      Self.errors(Self.file(sessions: Self.session("2027-03-14"))) == ["follow-up-after-period"])
    // Not held: still within the period, but needs no consent.
    #expect(
      Self.errors(Self.file(sessions: Self.session("2027-03-14", status: "no-show"))) == [
        "follow-up-after-period"
      ])
    #expect(
      Self.errors(
        Self.file(sessions: Self.session("2026-09-14", status: "no-show"), scope: "[support]"))
        == [])
    var config = testConfig
    config.programmes[0].followUpMonths = 3
    #expect(Self.errors(Self.file(sessions: Self.session("2026-06-13")), config: config) == [])
    #expect(
      Self.errors(Self.file(sessions: Self.session("2026-06-14")), config: config) == [
        "follow-up-after-period"
      ])
    config.programmes[0].followUpMonths = 0
    #expect(
      Self.errors(Self.file(sessions: Self.session("2026-03-14")), config: config) == [
        "follow-up-after-period"
      ])
  }

  @Test func aFollowUpNeedsConsentForIt() {
    let text = Self.file(sessions: Self.session("2026-09-14"), scope: "[support]")
    #expect(Self.errors(text) == ["consent-scope-missing"])
    let withdrawn = Self.file(sessions: Self.session("2026-09-14"))
      .replacingOccurrences(
        of: "    scope: [support, follow-up]\n",
        with: "    scope: [support, follow-up]\n    withdrawn: 2026-06-01\n")
    #expect(Self.errors(withdrawn) == ["session-before-consent"])
  }

  @Test func aFollowUpMarkBeforeTheClosureIsAnError() {
    #expect(
      Self.errors(Self.file(sessions: Self.session("2026-03-12"))) == ["follow-up-before-closure"])
    let open = Self.file(sessions: Self.session("2026-03-12"))
      .replacingOccurrences(of: "status: closed", with: "status: active")
      .replacingOccurrences(
        of: "closure:\n  date: 2026-03-13\n  reason: ended-by-agreement\n  destination: none\n",
        with: "")
    #expect(Self.errors(open) == ["follow-up-before-closure"])
  }

  @Test func aRatingAfterTheClosureMustBeFollowUp() {
    let late = "      - {date: 2026-09-14, value: 6, rater: child}\n"
    let text = Self.file(ratings: late)
    #expect(Self.errors(text) == ["rating-after-closure"])
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(diagnostics.first?.help?.contains("follow_up: true") == true)
    let marked = "      - {date: 2026-09-14, value: 6, rater: child, follow_up: true}\n"
    #expect(Self.errors(Self.file(ratings: marked)) == [])
    #expect(
      Self.errors(Self.file(ratings: marked, scope: "[support]")) == ["consent-scope-missing"])
    let early = "      - {date: 2026-02-14, value: 6, rater: child, follow_up: true}\n"
    #expect(Self.errors(Self.file(ratings: early)) == ["follow-up-before-closure"])
  }

  @Test func severalDestinations() {
    let two = "  destinations: [youth-care, own-network]\n"
    #expect(Self.errors(Self.file(destination: two)) == [])
    let trajectory = SchemaDecoder.trajectory(YAMLDocument(parsing: Self.file(destination: two)))
    #expect(trajectory.closure?.allDestinations == ["youth-care", "own-network"])
    #expect(trajectory.closure?.continuesWithoutHelp == false)
    let both = "  destination: none\n  destinations: [youth-care]\n"
    #expect(Self.errors(Self.file(destination: both)) == ["destination-twice"])
    let noneAndMore = "  destinations: [none, youth-care]\n"
    #expect(Self.errors(Self.file(destination: noneAndMore)) == ["destination-conflict"])
    let twice = "  destinations: [youth-care, youth-care]\n"
    #expect(Self.errors(Self.file(destination: twice)) == ["destination-conflict"])
    #expect(Self.errors(Self.file(destination: "")) == ["closure-without-destination"])
    let own = SchemaDecoder.trajectory(
      YAMLDocument(parsing: Self.file(destination: "  destination: own-network\n")))
    #expect(own.closure?.continuesWithoutHelp == true)
  }

  @Test func referralsMade() {
    func referral(_ date: String, _ to: String, _ status: String? = nil) -> String {
      "referrals:\n  - date: \(date)\n    to: \(to)\n"
        + (status.map { "    status: \($0)\n" } ?? "")
    }
    let made = Self.file(referrals: referral("2026-02-20", "youth-mental-health", "accepted"))
    #expect(Self.errors(made) == [])
    let t = SchemaDecoder.trajectory(YAMLDocument(parsing: made))
    #expect(t.referrals.first?.to == "youth-mental-health")
    #expect(t.referrals.first?.effectiveStatus == .accepted)
    #expect(Self.errors(Self.file(referrals: referral("2026-09-01", "youth-care"))) == [])
    #expect(
      Self.errors(Self.file(referrals: referral("2026-01-01", "youth-care"))) == [
        "referral-made-date"
      ])
    #expect(
      Self.errors(Self.file(referrals: referral("2027-03-14", "youth-care"))) == [
        "referral-made-date"
      ])
    #expect(
      Self.errors(Self.file(referrals: referral("2026-02-20", "none"))) == ["referral-made-to"])
    #expect(
      Self.errors(Self.file(referrals: referral("2026-02-20", "youth-care", "maybe"))) == [
        "invalid-value"
      ])
  }
}
