import AmigoReports
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 19, school changes with a date, in a copy of `Examples/ruggensteun` (schools
/// bs-de-linde and bs-de-wilg): `amigo move`, the history's validation, and "moved from A to B
/// on D" in `changes` and `history`.
@Suite struct SchoolMoveTests {
  final class Workspace: CommandWorkspace {
    init() throws { try super.init("ruggensteun") }

    func file(_ id: String) -> String {
      (try? String(
        contentsOf: work.appendingPathComponent("trajectories/\(id).yaml"), encoding: .utf8))
        ?? ""
    }

    func write(_ id: String, _ text: String) throws {
      try Data(text.utf8).write(to: work.appendingPathComponent("trajectories/\(id).yaml"))
    }
  }

  static let ayla = "HWC-2026-J7AA"  // at bs-de-linde, referred 2026-09-07, running

  static func trajectory(_ text: String) -> Trajectory? {
    Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: nil, config: nil, today: LocalDate("2026-11-19")!
    ).0
  }

  @Test func moveCreatesTheHistoryAndSetsTheSchool() throws {
    let w = try Workspace()
    let before = w.file(Self.ayla)
    let (status, out, err) = w.run(["move", "J7AA", "--school", "wilg", "--date", "2026-11-02"])
    #expect(status == .success, "\(err)")
    #expect(out == "\(Self.ayla) overgestapt van bs-de-linde naar bs-de-wilg op 2026-11-02.\n")
    let after = w.file(Self.ayla)
    #expect(
      after.contains(
        """
        school: bs-de-wilg
        schools:
          - school: bs-de-linde
            from: 2026-09-07
          - school: bs-de-wilg
            from: 2026-11-02
        worker: nk
        """), "\(after)")
    let (valid, _, problems) = w.run(["validate", "--strict"])
    #expect(valid == .success, "\(problems)")
    let t = try #require(Self.trajectory(after))
    #expect(t.school(on: LocalDate("2026-10-07")!) == "bs-de-linde")
    #expect(t.school(on: LocalDate("2026-11-04")!) == "bs-de-wilg")
    // changes/history: in words, not as a bare school change.
    let words = TrajectoryChanges.compare(Self.trajectory(before), t).map { $0.text(.en) }
    #expect(words == ["moved from bs-de-linde to bs-de-wilg on 2026-11-02"], "\(words)")

    // show and the child report name the move (the workspace's language is Dutch).
    let (_, shown, _) = w.run(["show", "J7AA"])
    #expect(
      shown.contains("van Basisschool De Linde naar Basisschool De Wilg op 2026-11-02"),
      "\(shown)")
    let (_, report, _) = w.run(["report", "--child", "J7AA", "--lang", "en", "--format", "json"])
    #expect(
      report.contains(
        "from Basisschool De Linde to Basisschool De Wilg on 2026-11-02"), "\(report)")

    // A second move appends; the history is kept.
    let (again, _, err2) = w.run(["move", "J7AA", "--school", "linde", "--date", "2026-11-16"])
    #expect(again == .success, "\(err2)")
    let third = w.file(Self.ayla)
    #expect(third.contains("school: bs-de-linde\nschools:\n"))
    #expect(third.contains("  - school: bs-de-linde\n    from: 2026-11-16\nworker: nk"), "\(third)")
    let moved = TrajectoryChanges.compare(t, Self.trajectory(third)).map { $0.text(.en) }
    #expect(moved == ["moved from bs-de-wilg to bs-de-linde on 2026-11-16"], "\(moved)")
    #expect(w.run(["validate", "--strict"]).0 == .success)
  }

  @Test(arguments: [
    // (arguments, what the message says)
    (["--school", "linde"], "zit al op 'bs-de-linde'"),
    (["--school", "wilg", "--date", "2026-09-07"], "op of voor die dag is geen overstap"),
    (["--school", "wilg", "--date", "2026-09-01"], "op of voor die dag is geen overstap"),
  ])
  func aMoveThatCannotBeIsRefusedAndChangesNothing(_ c: ([String], String)) throws {
    let w = try Workspace()
    let before = w.file(Self.ayla)
    let (status, _, err) = w.run(["move", "J7AA"] + c.0)
    #expect(status == .dataError)
    #expect(err.contains(c.1), "\(err)")
    #expect(err.contains("er is niets veranderd"))
    #expect(w.file(Self.ayla) == before)
  }

  /// A school change recorded late, after the closure, but made before it: recorded in the
  /// closed trajectory, so its contacts count for the school of their date.
  @Test func aClosedTrajectoryRecordsAMoveMadeBeforeItsClosure() throws {
    let w = try Workspace()
    let (status, out, err) = w.run(["move", "H4HZ", "--school", "linde", "--date", "2026-10-12"])
    #expect(status == .success, "\(err)")
    #expect(out.contains("2026-10-12"), "\(out)")
    let t = try #require(Self.trajectory(w.file("HWC-2026-H4HZ")))
    #expect(t.school == "bs-de-linde")
    #expect(t.schools.map(\.school) == ["bs-de-wilg", "bs-de-linde"])
    #expect(t.status == .closed)
    #expect(w.run(["validate"]).0 == .success)
  }

  @Test func aMoveBeforeTheLastOneOrOfAClosedTrajectoryIsRefused() throws {
    let w = try Workspace()
    #expect(w.run(["move", "J7AA", "--school", "wilg", "--date", "2026-11-02"]).0 == .success)
    let before = w.file(Self.ayla)
    let (status, _, err) = w.run(["move", "J7AA", "--school", "linde", "--date", "2026-11-02"])
    #expect(status == .dataError)
    #expect(err.contains("wisselde van school op 2026-11-02"), "\(err)")
    #expect(w.file(Self.ayla) == before)
    // Rayan B. is closed on 2026-11-13: a move after the closure is refused.
    let rayan = w.file("HWC-2026-H4HZ")
    let (closed, _, why) = w.run(["move", "H4HZ", "--school", "linde", "--date", "2026-11-19"])
    #expect(closed == .dataError)
    #expect(
      why.contains("is afgesloten op 2026-11-13; een overstap na de afsluiting (2026-11-19)"),
      "\(why)")
    #expect(w.file("HWC-2026-H4HZ") == rayan)
    // A move after today is refused: 'school' is the school of today, so the child would be at
    // the new school at once (it was recorded, with a warning).
    let (ahead, _, aheadWhy) = w.run(["move", "J7AA", "--school", "linde", "--date", "2026-11-20"])
    #expect(ahead == .dataError)
    #expect(
      aheadWhy.contains(
        "2026-11-20 ligt na vandaag (2026-11-19): 'school' is de school van het kind vandaag, dus een overstap leg je vast op de dag zelf; voer 'amigo move' dan uit; er is niets veranderd"
      ), "\(aheadWhy)")
    #expect(w.file(Self.ayla) == before)
    // An unknown school is a usage error naming the schools.
    let (unknown, _, what) = w.run(["move", "J7AA", "--school", "zeester"])
    #expect(unknown != .success)
    #expect(what.contains("bs-de-linde"), "\(what)")
  }

  /// The history is validated: known schools, dates in order and not before the referral, the
  /// last entry the current school.
  @Test func theHistoryIsValidated() throws {
    let w = try Workspace()
    let text = w.file(Self.ayla)
    func check(_ history: String, school: String = "bs-de-wilg") throws -> String {
      try w.write(
        Self.ayla,
        text.replacingOccurrences(
          of: "school: bs-de-linde\n", with: "school: \(school)\nschools:\n\(history)"))
      let (status, out, err) = w.run(["validate"])
      #expect(status == .failure)
      return out + err
    }
    let unknown = try check(
      "  - {school: bs-de-linde, from: 2026-09-07}\n  - {school: bs-de-eik, from: 2026-11-02}\n",
      school: "bs-de-eik")
    #expect(unknown.contains("error[unknown-school]: school 'bs-de-eik'"), "\(unknown)")
    #expect(
      unknown.contains("J7AA.yaml:8:14: error[unknown-school]"),
      "the position of the history's entry: \(unknown)")
    let order = try check(
      "  - {school: bs-de-linde, from: 2026-10-07}\n  - {school: bs-de-wilg, from: 2026-10-07}\n")
    #expect(order.contains("error[school-history-order]"), "\(order)")
    let early = try check(
      "  - {school: bs-de-linde, from: 2026-08-24}\n  - {school: bs-de-wilg, from: 2026-11-02}\n")
    #expect(early.contains("error[school-history-before-referral]"), "\(early)")
    let current = try check(
      "  - {school: bs-de-linde, from: 2026-09-07}\n  - {school: bs-de-wilg, from: 2026-11-02}\n",
      school: "bs-de-linde")
    #expect(current.contains("error[school-history-current]"), "\(current)")
    let missing = try check("  - {school: bs-de-wilg}\n")
    #expect(missing.contains("error[missing-field]"), "\(missing)")
  }

  /// Old files (no `schools:`) keep their meaning: every contact counts for `school:`.
  @Test func aFileWithoutHistoryCountsForItsSchool() throws {
    let t = try #require(Self.trajectory(try Workspace().file(Self.ayla)))
    #expect(t.schools.isEmpty)
    #expect(t.school(on: LocalDate("2026-09-01")!) == "bs-de-linde")
    #expect(t.allSchools == ["bs-de-linde"])
  }
}
