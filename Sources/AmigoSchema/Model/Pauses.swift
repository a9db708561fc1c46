/// A period the support was paused (`pauses:`), written by `amigo pause` and `amigo resume`.
///
/// The rule, defined once here for validation and every report:
/// - A school week (Monday to Friday) counts as **paused** when the pauses cover all five of
///   its school days. A paused week does not count for the trajectory's length (`week(of:)`):
///   week numbers, the programme's maximum and minimum length, and the reports' weeks skip it.
/// - A **partly paused** week (some school days paused) is left out of the norm for child talks
///   (`normWeeks`), as the first and last incomplete weeks of a trajectory are: a shortfall
///   there is not the worker's. It does count for the length: support ran in it.
/// - A pause without `to` lasts through today: the trajectory is paused still.
public struct Pause: Sendable, Hashable {
  public init() {}
  public var from: LocalDate?
  public var fromSpan = Span.none
  /// The last paused day; nil while the pause lasts.
  public var to: LocalDate?
  public var toSpan = Span.none

  /// True when `date` lies in the pause.
  public func contains(_ date: LocalDate) -> Bool {
    guard let from, from <= date else { return false }
    return to.map { date <= $0 } ?? true
  }
}

extension Trajectory {
  /// True when a pause covers `date`.
  public func isPaused(on date: LocalDate) -> Bool { pauses.contains { $0.contains(date) } }

  /// The paused school days (0-5) of the school week whose Monday has day number `monday`.
  public func pausedSchoolDays(monday: Int) -> Int {
    guard !pauses.isEmpty else { return 0 }
    return (0..<5).filter { isPaused(on: LocalDate(dayNumber: monday + $0)) }.count
  }

  /// True when the pauses cover every school day of the week with Monday `monday`.
  public func isPausedWeek(monday: Int) -> Bool { pausedSchoolDays(monday: monday) == 5 }

  /// The open pause (without `to`), if any: the trajectory is paused since its `from`.
  public var openPause: Pause? { pauses.last { $0.from != nil && $0.to == nil } }

  /// The number of paused weeks (wholly covered) from the start's week through `date`'s week.
  public func pausedWeeks(through date: LocalDate) -> Int {
    guard let start = plan.start, !pauses.isEmpty else { return 0 }
    var count = 0
    var monday = start.startOfWeek.dayNumber
    let last = date.startOfWeek.dayNumber
    var seen = 0
    while monday <= last && seen < 520 {
      if isPausedWeek(monday: monday) { count += 1 }
      monday += 7
      seen += 1
    }
    return count
  }
}
