import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// Issue 25: the waiting list, one definition (`WaitingList`) for `list`, the week report and the
/// period report.
@Suite struct WaitingListTests {
  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    c.smallNumbers = 5
    return c
  }

  func trajectory(
    _ id: String, _ status: TrajectoryStatus, referred: String?, start: String? = nil,
    closed: String? = nil
  ) -> Trajectory {
    var t = Trajectory()
    t.id = id
    t.child.label = "Kind \(id)"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = status
    if let referred {
      var r = Referral()
      r.date = LocalDate(referred)
      t.referral = r
    }
    t.plan.start = start.flatMap(LocalDate.init)
    if let closed {
      var c = Closure()
      c.date = LocalDate(closed)
      t.closure = c
    }
    return t
  }

  func day(_ s: String) -> LocalDate { LocalDate(s)! }

  @Test func waitingNowFromTheReferralOn() {
    for status in [TrajectoryStatus.referred, .waiting, .intake] {
      let t = trajectory("A", status, referred: "2026-03-02")
      #expect(!WaitingList.isWaiting(t, on: day("2026-03-01")))
      #expect(WaitingList.daysWaiting(t, on: day("2026-03-02")) == 0)
      #expect(WaitingList.daysWaiting(t, on: day("2026-04-01")) == 30)
    }
  }

  @Test func startedOrEndedLaterWasWaitingUntilTheDayBefore() {
    let started = trajectory("A", .active, referred: "2026-03-02", start: "2026-04-06")
    #expect(WaitingList.daysWaiting(started, on: day("2026-04-05")) == 34)
    #expect(!WaitingList.isWaiting(started, on: day("2026-04-06")))
    // A closed trajectory that started: waiting until its start, not until its closure.
    let closed = trajectory(
      "B", .closed, referred: "2026-03-02", start: "2026-04-06", closed: "2026-09-01")
    #expect(WaitingList.isWaiting(closed, on: day("2026-04-01")))
    #expect(!WaitingList.isWaiting(closed, on: day("2026-05-01")))
    // Not started, ended with a date: waiting until that date.
    let ended = trajectory("C", .notStarted, referred: "2026-03-02", closed: "2026-03-20")
    #expect(WaitingList.isWaiting(ended, on: day("2026-03-19")))
    #expect(!WaitingList.isWaiting(ended, on: day("2026-03-20")))
  }

  @Test func undatedWaitsAreNotCounted() {
    // No referral date: the wait cannot be dated.
    #expect(!WaitingList.isWaiting(trajectory("A", .waiting, referred: nil), on: day("2026-05-01")))
    // Ended or started without a date: when the wait ended is unknown.
    #expect(
      !WaitingList.isWaiting(
        trajectory("B", .notStarted, referred: "2026-03-02"), on: day("2026-05-01")))
    #expect(
      !WaitingList.isWaiting(
        trajectory("C", .active, referred: "2026-03-02"), on: day("2026-05-01")))
    // Started on or before the day, whatever the status says.
    #expect(
      !WaitingList.isWaiting(
        trajectory("D", .intake, referred: "2026-03-02", start: "2026-03-09"),
        on: day("2026-05-01")))
  }

  func period(_ ts: [Trajectory], today: String = "2026-12-31") -> ReportDocument {
    PeriodReport(
      trajectories: ts, config: config,
      period: DateRange(from: day("2026-01-01"), to: day("2026-06-30"), name: "2026-H1"),
      today: day(today)
    ).document(.en)
  }

  func indicator(_ doc: ReportDocument, _ row: String) -> Cell? {
    for section in doc.sections {
      for block in section.blocks {
        guard case .table(let t) = block, t.id == "indicators" else { continue }
        for r in t.rows {
          if case .code(row, _) = r[0] { return r[1] }
        }
      }
    }
    return nil
  }

  @Test func periodCountsTheWaitingAtItsEndAndTheirWaits() {
    // Six waiting on 30 June (referred 10 to 60 days before), one started in the period after
    // 14 days, one referred after the period (not counted), one started before the period's end
    // (not waiting then).
    var ts = (1...6).map {
      trajectory("W\($0)", .waiting, referred: day("2026-06-30").adding(days: -10 * $0).description)
    }
    ts.append(trajectory("S", .active, referred: "2026-03-02", start: "2026-03-16"))
    ts.append(trajectory("L", .referred, referred: "2026-07-01"))
    // Started after the period: waiting on 30 June, 91 days.
    ts.append(trajectory("T", .active, referred: "2026-03-31", start: "2026-08-31"))
    let doc = period(ts)
    #expect(indicator(doc, "waiting") == .int(7))
    // Waits 10, 20, 30, 40, 50, 60, 91 (waiting at the end) and 14 (started): median 35.
    #expect(indicator(doc, "wait_median") == .number(35, decimals: 0))
    #expect(indicator(doc, "wait_longest") == .number(91, decimals: 0))
  }

  @Test func aSmallWaitingListHidesTheWaitsThatWouldTellItsSize() {
    // Two waiting (`<5`) and nobody started: the waits, from two cases, would say that the
    // hidden count is below 5 whatever it is, but they are withheld, never shown beside it.
    let ts = [
      trajectory("A", .waiting, referred: "2026-05-01"),
      trajectory("B", .waiting, referred: "2026-06-01"),
    ]
    let doc = period(ts)
    #expect(indicator(doc, "waiting")?.hiddenFigure?.reason == .smallCount)
    #expect(indicator(doc, "wait_median")?.hiddenFigure?.reason == .withheld)
    #expect(indicator(doc, "wait_longest")?.hiddenFigure?.reason == .withheld)
  }

  @Test func aPeriodNotEndedCountsToToday() {
    let ts = (1...5).map { trajectory("W\($0)", .waiting, referred: "2026-05-0\($0)") }
    let doc = period(ts, today: "2026-05-11")
    #expect(indicator(doc, "waiting") == .int(5))
    #expect(indicator(doc, "wait_longest") == .number(10, decimals: 0))
  }

  @Test func weekReportListsTheWorkersWaitingChildrenLongestFirst() {
    let ts = [
      trajectory("A", .waiting, referred: "2026-11-02"),
      trajectory("B", .referred, referred: "2026-11-16"),
      trajectory("C", .intake, referred: "2026-10-05"),
      trajectory("D", .active, referred: "2026-09-01", start: "2026-09-14"),
    ]
    let report = WeeklyReport(
      trajectories: ts, config: config, week: ISOWeek(year: 2026, week: 47),
      today: day("2026-11-18"))
    let waiting = report.workers.first?.waiting ?? []
    #expect(waiting.map(\.id) == ["C", "A", "B"])
    #expect(waiting.map(\.days) == [44, 16, 2])
  }
}
