import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Findings of the QA walk (`qa-walk.md`) still open on a later main, each on a copy of the
/// example caseload (Dutch, today 2026-11-19).
@Suite struct QAWalkTests {
  /// A copy of the example caseload, removed by `done`.
  struct Workspace {
    let root: URL
    init() throws {
      let fm = FileManager.default
      root = fm.temporaryDirectory.appendingPathComponent("amigo-qawalk-\(UUID().uuidString)")
      try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/caseload"), to: root)
    }
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: root.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    func text(_ relative: String) throws -> String {
      try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
    func done() { try? FileManager.default.removeItem(at: root) }
  }

  /// p1: more child talks than the norm read "3, norm 2", never "3 of 2".
  @Test func moreTalksThanTheNormAreNoThreeOfTwo() throws {
    let w = try Workspace()
    defer { w.done() }
    #expect(w.run(["show", "K7Q4"]).1.contains("Deze week    2 van 2 kindgesprekken (2026-W47)"))
    #expect(w.run(["log-session", "K7Q4", "-d", "2026-11-19"]).0 == .success)
    let (_, show, _) = w.run(["show", "K7Q4"])
    #expect(show.contains("Deze week    3 kindgesprekken, norm 2 (2026-W47)"), "\(show)")
  }

  /// p20: a goal cannot be added to a closed trajectory, and amigo says that, not the rule the
  /// new goal would break ("goal g2 has no result").
  @Test func aGoalForAClosedTrajectoryIsRefusedAsSuch() throws {
    let w = try Workspace()
    defer { w.done() }
    let before = try w.text("trajectories/AOS-2026-5KPW.yaml")
    let (status, out, err) = w.run([
      "goal", "add", "5KPW", "--text", "Durft te vragen", "--domain", "zelfvertrouwen",
    ])
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(
      err
        == "amigo: AOS-2026-5KPW is afgesloten op 2026-10-30: aan een afgesloten traject kan geen doel meer worden toegevoegd; er is niets veranderd\n"
    )
    #expect(try w.text("trajectories/AOS-2026-5KPW.yaml") == before)
  }

  /// p10: every new top-level list is set off by a blank line, as `consent:` and `plan:` are:
  /// `sessions:` after `plan:` too.
  @Test func aNewListIsSetOffLikeTheOtherSections() throws {
    let w = try Workspace()
    defer { w.done() }
    // A referral with consent and a start, but no sessions yet.
    let (status, out, _) = w.run([
      "new-child", "--programme", "amigos-op-school", "--label", "Bo K.", "--born", "2016-04",
      "--school", "de-zeester",
      "--worker", "mvd", "--referred-by", "ib", "--referral-date", "2026-11-02",
    ])
    #expect(status == .success)
    let id = try #require(out.firstMatch(of: /AOS-2026-[0-9A-Z]+/)).output
    #expect(
      w.run([
        "consent", String(id), "--given-by", "ouders", "--form", "schriftelijk", "--scope",
        "begeleiding", "-d", "2026-11-02",
      ]).0 == .success)
    #expect(w.run(["start", String(id), "-d", "2026-11-03"]).0 == .success)
    #expect(w.run(["log-session", String(id), "-d", "2026-11-04"]).0 == .success)
    let text = try w.text("trajectories/\(id).yaml")
    #expect(text.contains("\n\nplan:\n  start: 2026-11-03\n\nsessions:\n"), "\(text)")
  }
}
