import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Issue 19: dated pauses. A school week is paused when the pauses cover all its school days:
/// it counts neither for the length nor for the norm. A partly paused week is left out of the
/// norm but counts for the length.
@Suite struct PauseTests {
  /// A trajectory started Monday 2026-09-07, with two child talks in every week but those in
  /// `skip` (ISO weeks of 2026).
  func trajectory(pauses: [(String, String?)], skip: Set<Int> = []) -> Trajectory {
    var t = Trajectory()
    t.status = .active
    t.plan.start = LocalDate("2026-09-07")
    var monday = LocalDate("2026-09-07")!
    while monday < LocalDate("2026-12-14")! {
      if !skip.contains(monday.isoWeek.week) {
        for d in [0, 2] {
          var s = Session()
          s.date = monday.adding(days: d)
          s.kind = .childTalk
          t.sessions.append(s)
        }
      }
      monday = monday.adding(days: 7)
    }
    t.pauses = pauses.map { from, to in
      var p = Pause()
      p.from = LocalDate(from)
      p.to = to.flatMap(LocalDate.init)
      return p
    }
    return t
  }

  let config: Config = {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    return c
  }()

  @Test func aWhollyPausedWeekCountsForNeitherLengthNorNorm() {
    // Paused Monday 2026-10-05 to Sunday 10-18: ISO weeks 41 and 42, no talks then.
    let t = trajectory(pauses: [("2026-10-05", "2026-10-18")], skip: [41, 42])
    #expect(t.week(of: LocalDate("2026-10-02")!) == 4)
    #expect(t.week(of: LocalDate("2026-10-19")!) == 5)
    let weeks = t.normWeeks(config: config, through: LocalDate("2026-10-30")!)
    #expect(!weeks.map(\.week.week).contains(41))
    #expect(!weeks.map(\.week.week).contains(42))
    #expect(weeks.allSatisfy { $0.heldChildTalks == 2 })
    // Without the pause both weeks are shortfalls and count for the length.
    let unpaused = trajectory(pauses: [], skip: [41, 42])
    #expect(unpaused.week(of: LocalDate("2026-10-19")!) == 7)
    #expect(
      unpaused.normWeeks(config: config, through: LocalDate("2026-10-30")!).filter {
        $0.heldChildTalks < 2
      }.count == 2)
  }

  @Test func aPartlyPausedWeekIsLeftOutOfTheNormButCountsForTheLength() {
    // Paused Wednesday 2026-10-07 to Tuesday 10-13: no school week is wholly paused.
    let t = trajectory(pauses: [("2026-10-07", "2026-10-13")], skip: [41, 42])
    #expect(t.week(of: LocalDate("2026-10-19")!) == 7)
    let weeks = t.normWeeks(config: config, through: LocalDate("2026-10-30")!).map(\.week.week)
    #expect(!weeks.contains(41) && !weeks.contains(42))
    #expect(weeks.contains(40) && weeks.contains(43))
    // A pause over a weekend only touches no school day.
    let weekend = trajectory(pauses: [("2026-10-10", "2026-10-11")])
    #expect(weekend.pausedSchoolDays(monday: LocalDate("2026-10-05")!.dayNumber) == 0)
  }

  @Test func anOpenPauseLastsAndItsTrajectoryIsJudgedBeforeIt() {
    var t = trajectory(pauses: [("2026-10-05", nil)], skip: [38])
    t.status = .paused
    let today = LocalDate("2026-11-19")!
    #expect(t.isPaused(on: today))
    #expect(t.normsEnd(today: today) == LocalDate("2026-11-18"))
    // The shortfall before the pause still shows; the weeks since do not.
    let below = t.normWeeks(config: config, through: t.normsEnd(today: today)!).filter {
      $0.heldChildTalks < 2
    }
    #expect(below.map(\.week.week) == [38])
    // Paused by hand without a date: not judged, as before.
    t.pauses = []
    #expect(t.normsEnd(today: today) == nil)
  }

  @Test func pausedWithoutADateIsValidWithANote() throws {
    let text = replacing("status: active", "status: paused")
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(diagnostics.map(\.code) == ["undated-pause"])
    #expect(diagnostics[0].severity == .note)
    #expect(diagnostics[0].help?.contains("amigo pause T-1 --date DATE") == true)
    let dated = text.replacingOccurrences(
      of: "\ngoals:\n", with: "\npauses:\n  - from: 2026-09-21\ngoals:\n")
    #expect(codes(dated) == [])
  }

  @Test func pauseDatesAreInOrder() {
    func with(_ pauses: String) -> [String] {
      codes(replacing("\ngoals:\n", "\npauses:\n" + pauses + "goals:\n"))
    }
    #expect(with("  - {from: 2026-09-21, to: 2026-09-20}\n") == ["pause-dates"])
    #expect(
      with("  - {from: 2026-09-21, to: 2026-10-04}\n  - {from: 2026-10-01, to: 2026-10-09}\n")
        == ["pause-dates"])
    #expect(
      with("  - {from: 2026-09-21, to: 2026-10-04}\n  - {from: 2026-10-05, to: 2026-10-09}\n")
        == [])
  }
}
