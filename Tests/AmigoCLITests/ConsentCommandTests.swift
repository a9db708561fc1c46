import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// `consent`, `start` and `log-session` judge consent as the law does (issue 16), in a copy of
/// `Examples/caseload`: Emma J. (AOS-2026-W6ZA) is born 2017-08, referred, without consent.
@Suite struct ConsentCommandTests {
  final class Workspace: CommandWorkspace {

    var file: String {
      (try? String(
        contentsOf: work.appendingPathComponent("trajectories/AOS-2026-W6ZA.yaml"),
        encoding: .utf8)) ?? ""
    }
  }

  /// Withdrawing some scopes warned about nothing, even when the rest no longer covers a
  /// contact the programme asks for; withdrawing all did (`cdConsentNoneLeft`). Yara M.
  /// (AOS-2026-9TFX, Amigo's op School, running) has had no classroom observation yet.
  @Test func aPartialWithdrawalSaysWhatTheProgrammeCanNoLongerRecord() throws {
    let w = try Workspace()
    let (status, _, err) = w.run([
      "consent", "9TFX", "--withdraw", "--scope", "school-consultation", "--date", "2026-11-19",
    ])
    #expect(status == .success, "\(err)")
    #expect(
      err.contains(
        "amigo: waarschuwing: AOS-2026-9TFX: nu de toestemming voor overleg met school is ingetrokken, kunnen er geen klasobservaties meer worden vastgelegd, die Amigo's op School vraagt"
      ), "\(err)")
    // What the programme does not ask for (research), or a contact held already (the home
    // visit), is no reason to warn.
    let (_, _, research) = w.run([
      "consent", "K7Q4", "--withdraw", "--scope", "research", "--date", "2026-11-19",
    ])
    #expect(!research.contains("waarschuwing"), "\(research)")
    let (held, _, home) = try Workspace().run([
      "consent", "9TFX", "--withdraw", "--scope", "home-visit", "--date", "2026-11-19",
    ])
    #expect(held == .success, "\(home)")
    #expect(!home.contains("waarschuwing"), "\(home)")
  }

  @Test func theChildAloneIsRefusedUnder12() throws {
    let w = try Workspace()
    let before = w.file
    let (status, out, err) = w.run([
      "consent", "W6ZA", "--given-by", "kind", "--date", "2026-11-18",
    ])
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(err.contains("het kind is 9 op 2026-11-18"), "\(err)")
    #expect(err.contains("--given-by parents"))
    #expect(w.file == before)
    // With the parents, the child's agreement may be recorded too.
    let (ok, _, _) = w.run([
      "consent", "W6ZA", "--given-by", "ouders,kind", "--scope", "support", "--date", "2026-11-18",
    ])
    #expect(ok == .success)
    #expect(w.file.contains("given_by: [parents, child]"))
  }

  /// In the month of the 12th birthday (Emma: 2029-08) the child may be 12, so a contact needs
  /// the child's own consent beside the parents' (consent-wrong-party tells to record it with
  /// `--given-by child`): that command is taken when the parents' consent is in force, and
  /// still refused when it is not.
  @Test func theChildsOwnConsentIsTakenInThe12thBirthdayMonth() throws {
    let w = try Workspace()
    let alone = w.run(
      ["consent", "W6ZA", "--given-by", "child", "--date", "2029-08-03"], today: "2029-08-10")
    #expect(alone.0 == .dataError, "\(alone.2)")
    #expect(alone.2.contains("--given-by parents"), "\(alone.2)")
    #expect(
      w.run(
        ["consent", "W6ZA", "--given-by", "parents", "--date", "2029-07-01"], today: "2029-08-10"
      ).0 == .success)
    let (status, _, err) = w.run(
      ["consent", "W6ZA", "--given-by", "child", "--date", "2029-08-03"], today: "2029-08-10")
    #expect(status == .success, "\(err)")
    #expect(w.file.contains("given_by: [child]"))
    // Before the birthday month the child is under 12: its agreement alone is still refused.
    let (before, _, _) = w.run(
      ["consent", "W6ZA", "--given-by", "child", "--date", "2029-07-20"], today: "2029-08-10")
    #expect(before == .dataError)
  }

  @Test func aContactOutsideTheScopeIsRefused() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support", "--date", "2026-11-18",
      ])
      .0 == .success)
    let before = w.file
    let (status, _, err) = w.run([
      "log-session", "W6ZA", "--kind", "teacher-talk", "--with", "teacher", "--date", "2026-11-19",
    ])
    #expect(status == .dataError)
    #expect(err.contains("error[consent-scope-missing]"), "\(err)")
    #expect(w.file == before)
    // A talk with the referrer about the referral needs none.
    let (referral, _, referralErr) = w.run([
      "log-session", "W6ZA", "--kind", "teacher-talk", "--with", "referrer", "--date", "2026-11-19",
    ])
    #expect(referral == .success, "\(referralErr)")
  }

  @Test func aScopeCanBeWithdrawnAlone() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support,home-visit",
        "--date", "2026-11-17",
      ]).0 == .success)
    let (status, out, _) = w.run([
      "consent", "W6ZA", "--withdraw", "--scope", "home-visit", "--date", "2026-11-18",
    ])
    #expect(status == .success)
    #expect(out.contains("ingetrokken (alleen huisbezoek) op 2026-11-18"), "\(out)")
    #expect(w.file.contains("withdrawn_scope: [home-visit]"))
    let (visit, _, err) = w.run([
      "log-session", "W6ZA", "--kind", "home-visit", "--with", "mother", "--date", "2026-11-19",
    ])
    #expect(visit == .dataError)
    #expect(err.contains("'home-visit' ingetrokken per 2026-11-18"), "\(err)")
    // The rest stays in force; a second withdrawal on the same entry would lose the first.
    let before = w.file
    let (again, _, againErr) = w.run(["consent", "W6ZA", "--withdraw", "--date", "2026-11-19"])
    #expect(again == .dataError)
    #expect(againErr.contains("heeft al een intrekking op 2026-11-18"), "\(againErr)")
    #expect(w.file == before)
  }

  @Test func aScopeNotGivenCannotBeWithdrawn() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support", "--date", "2026-11-17",
      ])
      .0 == .success)
    let before = w.file
    let (status, _, err) = w.run([
      "consent", "W6ZA", "--withdraw", "--scope", "home-visit", "--date", "2026-11-18",
    ])
    #expect(status == .dataError)
    #expect(err.contains("dekt home-visit niet"), "\(err)")
    #expect(w.file == before)
  }

  /// The warning after `consent` judges the consent in force once the entry is recorded, as
  /// `start` does (programme-fit audit): a 14-year-old's own consent alone is told that a parent
  /// consents too, and the parents' consent after the child's is not told the child must
  /// consent (it did).
  @Test func theConsentWarningJudgesTheConsentInForce() throws {
    let w = try Workspace()
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-W6ZA.yaml")
    try w.file.replacingOccurrences(of: "born: 2017-08", with: "born: 2012-03")
      .write(to: path, atomically: true, encoding: .utf8)
    let (child, _, childErr) = w.run([
      "consent", "W6ZA", "--given-by", "child", "--date", "2026-11-17",
    ])
    #expect(child == .success)
    #expect(
      childErr.contains(
        "het kind is 14 op 2026-11-17: van 12 tot en met 15 geeft ook een ouder met gezag"),
      "\(childErr)")
    let (parents, _, parentsErr) = w.run([
      "consent", "W6ZA", "--given-by", "parents", "--date", "2026-11-18",
    ])
    #expect(parents == .success)
    #expect(!parentsErr.contains("toestemming"), "\(parentsErr)")
    #expect(w.run(["start", "W6ZA", "--date", "2026-11-19"]).0 == .success)
  }

  @Test func startNeedsTheLawfulParty() throws {
    let w = try Workspace()
    // A 14-year-old whose parents consented, but not the child: start is refused.
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-W6ZA.yaml")
    try w.file.replacingOccurrences(of: "born: 2017-08", with: "born: 2012-03")
      .write(to: path, atomically: true, encoding: .utf8)
    #expect(
      w.run(["consent", "W6ZA", "--given-by", "parents", "--date", "2026-11-18"]).0 == .success)
    let before = w.file
    let (status, _, err) = w.run(["start", "W6ZA", "--date", "2026-11-19"])
    #expect(status == .dataError)
    // In the workspace's language (Dutch), the rule and the remedy too.
    #expect(err.contains("het kind is 14 en vanaf 12 geeft het kind ook toestemming"), "\(err)")
    #expect(err.contains("er is niets veranderd. Te doen: leg de eigen toestemming"), "\(err)")
    #expect(err.contains("--given-by child"))
    #expect(w.file == before)
    #expect(
      w.run(["consent", "W6ZA", "--given-by", "child", "--date", "2026-11-19"]).0 == .success)
    #expect(w.run(["start", "W6ZA", "--date", "2026-11-19"]).0 == .success)
  }

  @Test func anExceptionIsRecordedAndShown() throws {
    let w = try Workspace()
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-W6ZA.yaml")
    try w.file.replacingOccurrences(of: "born: 2017-08", with: "born: 2013-02")
      .write(to: path, atomically: true, encoding: .utf8)
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--exception", "wilsonbekwaam",
        "--date", "2026-11-18",
      ]).0 == .success)
    #expect(w.file.contains("exception: not-competent"))
    #expect(w.run(["start", "W6ZA", "--date", "2026-11-19"]).0 == .success)
    let (_, out, _) = w.run(["show", "W6ZA", "--lang", "en"])
    #expect(out.contains("exception: child of"), "\(out)")
    #expect(out.contains("7:465(2)"))
  }

  @Test func showSaysWhatTheConsentCovers() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents,child", "--scope", "support", "--date",
        "2026-11-18",
      ]).0
        == .success)
    let (_, out, _) = w.run(["show", "W6ZA", "--lang", "en"])
    #expect(!out.contains("12 and older"))
    #expect(out.contains("In force"), "\(out)")
    #expect(out.contains("support; by both parents with custody, the child (child 9)"), "\(out)")
  }

  /// A withdrawal ends the consent on every entry that gave it (QA, session 12): the support
  /// withdrawn from the latest entry alone stayed in force through an older one.
  @Test func aWithdrawalEndsEveryEntryThatGaveIt() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support", "--date", "2026-11-16",
      ]).0 == .success)
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support,home-visit",
        "--date", "2026-11-17",
      ]).0 == .success)
    let (status, out, err) = w.run([
      "consent", "W6ZA", "--withdraw", "--scope", "support", "--date", "2026-11-18",
    ])
    #expect(status == .success, "\(err)")
    #expect(out.contains("2026-11-16 en 2026-11-17"), "\(out)")
    // The older entry gave only the support: withdrawn wholly; the newer keeps its home visit.
    let t = try #require(FastDecoder.trajectory(Array(w.file.utf8)))
    #expect(t.consent.map(\.withdrawn) == [LocalDate("2026-11-18"), LocalDate("2026-11-18")])
    #expect(t.consent.map(\.withdrawnScope) == [[], ["support"]])
    let (talk, _, talkErr) = w.run(["log-session", "W6ZA", "--date", "2026-11-19"])
    #expect(talk == .dataError, "a child talk after the support was withdrawn")
    #expect(talkErr.contains("support"), "\(talkErr)")
  }

  @Test func aWholeWithdrawalEndsEveryEntryInForce() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "support", "--date", "2026-11-16",
      ]).0 == .success)
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents", "--scope", "home-visit", "--date", "2026-11-17",
      ]).0 == .success)
    #expect(w.run(["consent", "W6ZA", "--withdraw", "--date", "2026-11-18"]).0 == .success)
    let t = try #require(FastDecoder.trajectory(Array(w.file.utf8)))
    #expect(t.consent.allSatisfy { $0.withdrawn == LocalDate("2026-11-18") })
    #expect(t.consent.allSatisfy { $0.withdrawnScope.isEmpty })
    #expect(!t.hasConsent(on: LocalDate("2026-11-19")!))
  }

  /// `show` tells which scope the wrong party gave when the entries differ (a 13-year-old who
  /// consented to the support, the parents alone to home visits).
  @Test func showJudgesEachScopeByWhoGaveIt() throws {
    let w = try Workspace()
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-W6ZA.yaml")
    try w.file.replacingOccurrences(of: "born: 2017-08", with: "born: 2013-02")
      .write(to: path, atomically: true, encoding: .utf8)
    #expect(
      w.run([
        "consent", "W6ZA", "--given-by", "parents,child", "--scope", "support",
        "--date", "2026-11-17",
      ]).0 == .success)
    let (extra, _, warning) = w.run([
      "consent", "W6ZA", "--given-by", "parents", "--scope", "home-visit", "--date", "2026-11-18",
    ])
    #expect(extra == .success)
    #expect(warning.contains("vanaf 12 geeft het kind ook toestemming"), "\(warning)")
    let (_, shown, _) = w.run(["show", "W6ZA", "--lang", "en"])
    // As one line: `show` wraps to the terminal's width.
    let out = shown.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(out.contains("support; by both parents with custody, the child"), "\(out)")
    #expect(out.contains("home visits; by both parents with custody (child 13)"), "\(out)")
    #expect(
      out.contains("does not count for home visits: from 12 the child consents too"), "\(out)")
    let (visit, _, err) = w.run([
      "log-session", "W6ZA", "--kind", "home-visit", "--with", "mother", "--date", "2026-11-19",
    ])
    #expect(visit == .dataError)
    #expect(err.contains("'home-visit'"), "\(err)")
  }
}
