/// The programme's norms applied to a trajectory, defined once for the rules (fidelity
/// warnings) and the reports (weekly overview, child report, period figures, research export).

extension Programme {
  /// The minutes a held session of `kind` lasts when none are written: the programme's
  /// `session_minutes` for a session of its dose kind (`doseKind`, child-talk unless
  /// `dose_kind:` says otherwise), else nil. The one home of the default-minutes rule
  /// (`log-session` writes it, reports count it).
  public func defaultMinutes(_ kind: SessionKind?) -> Int? {
    kind == doseKind ? sessionMinutes : nil
  }
}

extension Session {
  /// The minutes a session counts for: its own `minutes`, else, when held, the programme's
  /// default for its kind (`Programme.defaultMinutes`); otherwise nil.
  public func countedMinutes(_ programme: Programme?) -> Int? {
    if let minutes { return minutes }
    return isHeld ? programme?.defaultMinutes(kind) : nil
  }
}

/// A school week in which the programme's dose norm applies, with what was held.
public struct NormWeek: Sendable, Hashable {
  public let week: ISOWeek
  /// Sessions of the programme's dose kind (`Programme.doseKind`) held in the week.
  public var heldChildTalks = 0
  /// The index in `sessions` of the week's first session, if it has one.
  public var firstSession: Int?

  public init(week: ISOWeek) { self.week = week }
}

extension Trajectory {
  /// The complete school weeks in which the dose norm applies, counting held sessions of the
  /// programme's dose kind (child talks without a programme), in order: from the
  /// week of the start when the start is a Monday, else the week after, through the last school
  /// week whose Friday is on or before `end` (a trajectory closed on a Friday had that whole
  /// school week; one running on a Saturday has finished its week). Holiday weeks
  /// and weeks the school was closed (a session with status school-closed) are left out; at
  /// most 520 weeks are looked at. Empty without a start. For an imported trajectory the weeks
  /// begin at the import day (`imported:`), as if it were the start.
  public func normWeeks(config: Config, through end: LocalDate) -> [NormWeek] {
    guard let planned = plan.start else { return [] }
    // An imported trajectory (`imported:`) is held to the norm from the import day on: the
    // weeks before it are only a count of contacts.
    let start = imported?.date.map { max($0, planned) } ?? planned
    let first = start.weekday == 1 ? start.isoWeek : start.isoWeek.adding(weeks: 1)
    let last = end.weekday >= 5 ? end.isoWeek : end.isoWeek.adding(weeks: -1)
    let firstMonday = first.monday.dayNumber
    let count = max(0, min(520, (last.monday.dayNumber - firstMonday) / 7 + 1))
    guard count > 0 else { return [] }
    // Week by week (`ISOWeek.following`), not through a date per week.
    var weeks: [NormWeek] = []
    weeks.reserveCapacity(count)
    var week = first
    for _ in 0..<count {
      weeks.append(NormWeek(week: week))
      week = week.following
    }
    let doseKind = config.programme(programme)?.doseKind ?? .childTalk
    var schoolClosed = [Bool](repeating: false, count: count)
    // One pass by index, reading fields in place.
    for i in sessions.indices {
      guard let d = sessions[i].date else { continue }
      // The day number of the session's Monday: `d.dayNumber - (d.weekday - 1)`, with the
      // day number worked out once.
      let day = d.dayNumber
      let fromMonday = (day + 3) % 7  // 1970-01-01 was a Thursday (`LocalDate.weekday`)
      let offset = day - (fromMonday < 0 ? fromMonday + 7 : fromMonday) - firstMonday
      guard offset >= 0, offset / 7 < count else { continue }
      let k = offset / 7
      if sessions[i].kind == doseKind && sessions[i].status == .held {
        weeks[k].heldChildTalks += 1
      }
      if weeks[k].firstSession == nil { weeks[k].firstSession = i }
      if sessions[i].status == .schoolClosed { schoolClosed[k] = true }
    }
    // A week with a paused school day is left out, like an incomplete first or last week
    // (`Pause`).
    return weeks.indices.compactMap { k in
      let monday = firstMonday + 7 * k
      return schoolClosed[k] || config.isHolidayWeek(monday: monday)
        || pausedSchoolDays(monday: monday) > 0 ? nil : weeks[k]
    }
  }

  /// The last day that counts for the norms: the closure date of a closed trajectory, else the
  /// day before `today` while it runs (today is not over yet) or is paused with a dated pause
  /// (the paused weeks are left out); nil while it is paused without a date (the weeks since
  /// the pause cannot be told apart) or before it started.
  public func normsEnd(today: LocalDate?) -> LocalDate? {
    switch status {
    case .closed?: closure?.date
    case let status? where status.isRunning: today?.adding(days: -1)
    case .paused? where openPause != nil: today?.adding(days: -1)
    default: nil
    }
  }
}

extension Goal {
  /// The goal's dated scores by one rater, in date order (file order within a day): scores by
  /// different informants are never compared with each other.
  public func scores(by rater: String?) -> [(date: LocalDate, value: Double)] {
    let dated = ratings.enumerated().compactMap { i, r -> (Int, LocalDate, Double)? in
      guard r.rater == rater, let date = r.date, let value = r.value else { return nil }
      return (i, date, value)
    }
    return dated.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { ($0.1, $0.2) }
  }

  /// The raters who scored the goal, the baseline's rater (of the earliest dated score) first,
  /// then the others in the order of their first score.
  public var raters: [String?] {
    let dated = ratings.enumerated().filter { $0.element.date != nil && $0.element.value != nil }
    let ordered = dated.sorted { ($0.element.date!, $0.offset) < ($1.element.date!, $1.offset) }
    var out: [String?] = []
    for r in ordered where !out.contains(r.element.rater) { out.append(r.element.rater) }
    return out
  }

  /// The latest score on or before `date` by the baseline's rater (the goal's main series).
  /// (`raters.first`, then `scores(by:)`'s last on or before `date`, in one pass each without
  /// a list: the week report asks it of every goal of every running trajectory.)
  public func latestScore(onOrBefore date: LocalDate) -> Double? {
    // The baseline's rater: of the earliest dated score, the first in the file among equals.
    var earliest: LocalDate? = nil
    var rater: String? = nil
    for r in ratings {
      guard let d = r.date, r.value != nil else { continue }
      if earliest == nil || d < earliest! {
        earliest = d
        rater = r.rater
      }
    }
    guard earliest != nil else { return nil }
    // Their latest score on or before `date`, the last in the file among equals.
    var latest: (date: LocalDate, value: Double)? = nil
    for r in ratings where r.rater == rater {
      guard let d = r.date, let v = r.value, d <= date else { continue }
      if latest == nil || d >= latest!.date { latest = (d, v) }
    }
    return latest?.value
  }
}
