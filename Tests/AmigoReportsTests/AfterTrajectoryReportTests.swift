import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// Issue 23 in the reports: several destinations as a breakdown that does not add up, the part
/// "After the trajectory", the child report's follow-up, and retention from the last follow-up.
@Suite struct AfterTrajectoryReportTests {
  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    c.schools = [School(id: "s")]
    c.workers = [Worker(id: "w")]
    c.smallNumbers = 5
    return c
  }

  func closed(
    _ id: String, _ destinations: [String], on date: String = "2026-06-12"
  )
    -> Trajectory
  {
    var t = Trajectory()
    t.id = id
    t.child.label = "Kind \(id)"
    t.programme = "amigos-op-school"
    t.school = "s"
    t.worker = "w"
    t.status = .closed
    t.plan.start = LocalDate("2026-02-02")
    var r = Referral()
    r.date = LocalDate("2026-01-12")
    t.referral = r
    var s = Session()
    s.date = LocalDate("2026-02-03")
    s.kind = .childTalk
    s.minutes = 20
    t.sessions = [s]
    var c = Closure()
    c.date = LocalDate(date)
    c.reason = .completed
    if destinations.count == 1 {
      c.destination = destinations[0]
    } else {
      c.destinations = destinations
    }
    t.closure = c
    return t
  }

  func period(_ ts: [Trajectory]) -> ReportDocument {
    PeriodReport(
      trajectories: ts, config: config,
      period: DateRange(from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026"),
      today: LocalDate("2026-12-31")!
    ).document(.en)
  }

  func table(_ doc: ReportDocument, _ id: String) -> Table? {
    for section in doc.sections {
      for block in section.blocks {
        if case .table(let t) = block, t.id == id { return t }
      }
    }
    return nil
  }

  /// The cell of `row` in the all-programmes column.
  func cell(_ doc: ReportDocument, _ table: String, _ row: String) -> Cell? {
    self.table(doc, table)?.rows.first {
      if case .code(row, _) = $0[0] { return true }
      return false
    }?[1]
  }

  @Test func severalDestinationsCountUnderEachAndDoNotAddUp() {
    // Six closed, all to youth care, two of them also to the child's own network: the
    // categories add up to 8, not 6. Read as a breakdown that adds up, youth care (6) would
    // give the hidden own-network count away as 0 and be withheld.
    let ts =
      (1...4).map { closed("T-\($0)", ["youth-care"]) }
      + (5...6).map { closed("T-\($0)", ["youth-care", "own-network"]) }
    let doc = period(ts)
    #expect(cell(doc, "destination", "youth-care") == .int(6))
    #expect(cell(doc, "destination", "own-network")?.hiddenFigure?.code == "small-count")
    #expect(cell(doc, "indicators", "closed") == .int(6))
    // The share without further help is withheld while a destination it reads is hidden.
    #expect(cell(doc, "indicators", "without_help")?.hiddenFigure?.code == "withheld")
  }

  @Test func continuesWithoutHelpWhenEveryDestinationIsNoFurtherHelp() {
    let ts =
      (1...5).map { closed("T-\($0)", ["own-network", "general-provision"]) }
      + (6...10).map { closed("T-\($0)", ["social-team", "own-network"]) }
    let doc = period(ts)
    #expect(cell(doc, "indicators", "without_help") == .percent(50, decimals: 0))
  }

  @Test func theAfterTrajectoryPartCountsReferralsRepeatsAndFollowUp() {
    var ts = (1...5).map { closed("T-\($0)", ["youth-mental-health"]) }
    for i in 0..<5 {
      var r = ReferralMade()
      r.date = LocalDate("2026-05-01")
      r.to = "youth-care"
      r.status = .accepted
      ts[i].referrals = [r]
      var f = Session()
      f.date = LocalDate("2026-10-01")
      f.kind = .parentTalk
      f.minutes = 30
      f.followUp = true
      ts[i].sessions.append(f)
    }
    // Five repeat requests: earlier closure 2026-06-12, new referral within 12 months; one more
    // whose earlier trajectory closed too long before does not count.
    for i in 1...5 {
      var t = closed("N-\(i)", ["none"])
      t.status = .referred
      t.closure = nil
      t.referral?.date = LocalDate("2026-11-02")
      t.previous = "T-\(i)"
      ts.append(t)
    }
    var old = closed("O-1", ["none"], on: "2025-01-10")
    old.id = "O-1"
    ts.append(old)
    var late = closed("N-6", ["none"])
    late.status = .referred
    late.closure = nil
    late.referral?.date = LocalDate("2026-11-02")
    late.previous = "O-1"
    ts.append(late)
    let doc = period(ts)
    #expect(cell(doc, "after_trajectory", "referrals_made") == .int(5))
    #expect(cell(doc, "after_trajectory", "referred_youth_care") == .int(5))
    #expect(cell(doc, "after_trajectory", "referred_youth_mental_health") == .int(5))
    #expect(cell(doc, "after_trajectory", "repeat_requests") == .int(5))
    #expect(cell(doc, "after_trajectory", "follow_up") == .int(5))
    // Follow-up contacts are no support: the closed children are not reached in October only.
    let october = PeriodReport(
      trajectories: Array(ts.prefix(5)), config: config,
      period: DateRange(
        from: LocalDate("2026-10-01")!, to: LocalDate("2026-10-31")!, name: "2026-10"),
      today: LocalDate("2026-12-31")!
    ).document(.en)
    #expect(cell(october, "indicators", "reached") == .int(0))
    #expect(cell(october, "after_trajectory", "follow_up") == .int(5))
  }

  @Test func theChildReportShowsTheFollowUp() {
    var t = closed("T-1", ["youth-care", "own-network"])
    var f = Session()
    f.date = LocalDate("2026-10-01")
    f.kind = .parentTalk
    f.minutes = 30
    f.followUp = true
    t.sessions.append(f)
    var r = ReferralMade()
    r.date = LocalDate("2026-05-01")
    r.to = "youth-care"
    t.referrals = [r]
    let doc = ChildReport(trajectory: t, config: config, today: LocalDate("2026-12-31")!)
      .document(.en)
    let section = doc.sections.first { $0.id == "after_trajectory" }
    guard case .list(let items)? = section?.blocks.first else {
      Issue.record("no after-the-trajectory section")
      return
    }
    #expect(
      items.contains { $0.contains("Referred to youth care") && $0.contains("not yet known") })
    #expect(items.contains { $0.hasPrefix("Follow-up until") && $0.contains("2027") })
    #expect(items.contains { $0.hasPrefix("Follow-up contact") && $0.contains("30 min") })
    let closure = doc.sections.first { $0.id == "closure" }
    guard case .list(let lines)? = closure?.blocks.first else { return }
    #expect(lines.contains { $0.contains("youth care, help in the child's own network") })
  }

  @Test func aFollowUpMovesTheRetentionDate() {
    var config = self.config
    config.programmes[0].retentionYears = 1
    var t = closed("T-1", ["none"])
    #expect(Retention.endDate(t, today: LocalDate("2027-12-31")!) == LocalDate("2026-06-12"))
    var f = Session()
    f.date = LocalDate("2026-10-01")
    f.kind = .parentTalk
    f.followUp = true
    t.sessions.append(f)
    #expect(Retention.endDate(t, today: LocalDate("2027-12-31")!) == LocalDate("2026-10-01"))
    let entries = Retention.entries([t], config: config, today: LocalDate("2027-07-01")!)
    #expect(entries.isEmpty, "due only from 2027-10-02")
  }
}
