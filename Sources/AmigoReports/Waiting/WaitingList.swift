import AmigoSchema

/// The waiting list (issue 25; docs/reports.md, "Waiting list"): the trajectories referred and
/// not yet started on a day, and how long each has waited. One definition for `amigo list`, the
/// week report and the period report.
public enum WaitingList {
  /// The statuses of a trajectory on the waiting list today: referred, waiting, intake.
  public static let statuses: Set<TrajectoryStatus> = [.referred, .waiting, .intake]

  /// True when `t` was waiting on `day`: referred on or before it, not started on or before it,
  /// and not ended on or before it. A trajectory that is waiting now (`statuses`) was waiting
  /// on every day since its referral; one that started or ended later was waiting until the
  /// day before its start or closure date. Without a referral date a wait cannot be dated, and
  /// a trajectory that started or ended without a date (no `plan.start`, no closure date) is
  /// not counted as waiting on any day.
  public static func isWaiting(_ t: Trajectory, on day: LocalDate) -> Bool {
    isWaiting(
      referred: t.referral?.date, status: t.status, start: t.plan.start,
      closed: t.closure?.date, on: day)
  }

  /// The same from the dates and status alone (a workspace index's summary, `amigo list`).
  public static func isWaiting(
    referred: LocalDate?, status: TrajectoryStatus?, start: LocalDate?, closed: LocalDate?,
    on day: LocalDate
  ) -> Bool {
    guard let referred, referred <= day, let status else { return false }
    if let start, start <= day { return false }
    if let closed, closed <= day { return false }
    if statuses.contains(status) { return true }
    // Started or ended since: waiting until then, when that date is known.
    switch status {
    case .active, .paused, .closing: return start != nil
    case .closed, .notStarted: return start != nil || closed != nil
    default: return false
    }
  }

  /// The days `t` had waited on `day` (`day` − referral date), when it was waiting then.
  public static func daysWaiting(_ t: Trajectory, on day: LocalDate) -> Int? {
    guard isWaiting(t, on: day), let referred = t.referral?.date else { return nil }
    return day.days(since: referred)
  }
}
