import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// Issue 25: the coordinator's internal views (`report --period P --team`, `--worker W`).
@Suite struct CoordinatorReportTests {
  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    // Declared out of id order: the table follows the ids, never the order or a figure.
    c.workers = [Worker(id: "zb"), Worker(id: "ab"), Worker(id: "mk")]
    return c
  }

  func day(_ s: String) -> LocalDate { LocalDate(s)! }

  func trajectory(
    _ id: String, worker: String, workers: [String] = [], talks: [String] = []
  )
    -> Trajectory
  {
    var t = Trajectory()
    t.id = id
    t.child.label = "Kind \(id)"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = worker
    t.workers = workers
    t.status = .active
    t.plan.start = day("2026-09-07")
    var r = Referral()
    r.date = day("2026-08-24")
    t.referral = r
    t.sessions = talks.map {
      var s = Session()
      s.date = day($0)
      s.kind = .childTalk
      s.minutes = 30
      return s
    }
    return t
  }

  var period: DateRange {
    DateRange(from: day("2026-09-01"), to: day("2026-09-30"), name: "2026-09")
  }

  func rows(_ doc: ReportDocument, _ table: String = "team") -> [[Cell]] {
    for section in doc.sections {
      for block in section.blocks {
        if case .table(let t) = block, t.id == table { return t.rows }
      }
    }
    return []
  }

  @Test func workersAreInIdOrderNeverRankedAndNeverSuppressed() {
    // zb has the most hours; ab one trajectory (a small count, shown as it is).
    let ts = [
      trajectory("A", worker: "zb", talks: ["2026-09-08", "2026-09-15", "2026-09-22"]),
      trajectory("B", worker: "zb", talks: ["2026-09-08"]),
      trajectory("C", worker: "ab", talks: ["2026-09-08"]),
    ]
    let doc = CoordinatorReport(
      trajectories: ts, config: config, period: period, today: day("2026-12-01")
    ).document(.en)
    #expect(doc.kind == "coordinator")
    #expect(doc.title.hasPrefix("Internal"))
    let team = rows(doc)
    #expect(team.map { $0[0] } == [.code("ab", label: "ab"), .code("zb", label: "zb")])
    #expect(team[0][1] == .int(1))
    #expect(team[1][1] == .int(2))
    // 4 talks of 30 minutes: 2 hours.
    #expect(team[1][4] == .number(2, decimals: 1))
    // No marks: nothing hidden in the coordinator's view.
    #expect(!team.joined().contains { $0.hiddenFigure != nil })
  }

  @Test func weeksAtTheNormCountTheCompleteSchoolWeeksInThePeriod() {
    // Amigo's op School: 2 child talks a week. Start Monday 7 Sep; complete school weeks in
    // September through Friday 25 Sep (the 30th is a Wednesday): weeks 37, 38, 39. Met in 37
    // (two talks) only.
    let t = trajectory(
      "A", worker: "ab", talks: ["2026-09-07", "2026-09-09", "2026-09-15", "2026-09-22"])
    let doc = CoordinatorReport(
      trajectories: [t], config: config, period: period, today: day("2026-12-01")
    ).document(.en)
    let row = rows(doc)[0]
    #expect(row[6].data == .percent(100.0 / 3, decimals: 0))
    #expect(row[6].display(.en) == "33% (1/3)")
  }

  @Test func aTrajectoryWithTwoWorkersCountsForEach() {
    let ts = [trajectory("A", worker: "ab", workers: ["mk"], talks: ["2026-09-08"])]
    let doc = CoordinatorReport(
      trajectories: ts, config: config, period: period, today: day("2026-12-01")
    ).document(.en)
    #expect(rows(doc).map { $0[1] } == [.int(1), .int(1)])
  }

  @Test func oneWorkersViewListsTheirTrajectoriesOnly() {
    var waiting = trajectory("W", worker: "ab")
    waiting.status = .waiting
    waiting.plan.start = nil
    let ts = [
      trajectory("A", worker: "ab", talks: ["2026-09-08"]), trajectory("B", worker: "zb"), waiting,
    ]
    let doc = CoordinatorReport(
      trajectories: ts, config: config, period: period, today: day("2026-12-01"), worker: "ab"
    ).document(.nl)
    #expect(doc.title.hasPrefix("Intern"))
    #expect(rows(doc).count == 1)
    #expect(rows(doc, "worker_trajectories").map { $0[0] } == [.text("A"), .text("W")])
    // Waiting on 30 September since 24 August: 37 days.
    #expect(rows(doc)[0][7] == .int(1))
    #expect(rows(doc)[0][8] == .int(37))
  }
}
