import AmigoSchema

/// A length of time as users type it: `1y` (or `1j`), `6m`, `2w`, `90d`.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
  public enum Unit: String, Sendable, Hashable {
    case days = "d"
    case weeks = "w"
    case months = "m"
    case years = "y"
  }

  public let count: Int
  public let unit: Unit

  public init(count: Int, unit: Unit) {
    self.count = count
    self.unit = unit
  }

  /// `90d`, `2w`, `6m`, `1y` (Dutch `1j` too); a number and a unit, nothing else.
  public init?(_ text: String) {
    let t = text.lowercased()
    guard let last = t.last, t.count >= 2, t.count <= 6 else { return nil }
    let digits = t.dropLast()
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
    let unit: Unit
    switch last {
    case "d": unit = .days
    case "w": unit = .weeks
    case "m": unit = .months
    case "y", "j": unit = .years
    default: return nil
    }
    self.init(count: n, unit: unit)
  }

  public static let hint =
    "Please provide a duration as a number and a unit: 90d (days), 2w (weeks), 6m (months) or 1y (years)."

  /// The date this long after `date`. Months and years keep the day of the month, or take the
  /// month's last day when it has no such day (31 March + 1m = 30 April).
  public func after(_ date: LocalDate) -> LocalDate {
    switch unit {
    case .days: return date.adding(days: count)
    case .weeks: return date.adding(days: 7 * count)
    case .months: return LocalDate.adding(months: count, to: date)
    case .years: return LocalDate.adding(months: 12 * count, to: date)
    }
  }

  public var description: String { "\(count)\(unit.rawValue)" }

  /// The time from `from` to `to` (none when `to` is not after it) in a unit a reader takes in
  /// at a glance: days under 60 days, whole months under two years, else whole years (rounded
  /// down: 20 years and 5 months is 20 years; the date itself is shown beside it).
  public static func span(from: LocalDate, to: LocalDate) -> Duration {
    let days = to.days(since: from)
    if days < 60 { return Duration(count: max(days, 0), unit: .days) }
    var months = 0
    while LocalDate.adding(months: months + 1, to: from) <= to { months += 1 }
    return months < 24
      ? Duration(count: months, unit: .months) : Duration(count: months / 12, unit: .years)
  }
}

/// When closed trajectories must be destroyed: the programme's `retention_years` after the
/// closure date (for a referral that never started: after its last date).
public enum Retention {
  /// One closed trajectory and where it stands.
  public struct Entry: Sendable, Hashable {
    public enum State: Sendable, Hashable {
      /// Past its retention period: `days` days after `destroyAfter`.
      case overdue(days: Int)
      /// Within the horizon: `days` days until `destroyAfter` (0: today).
      case due(days: Int)
      /// Its programme has no `retention_years` (or is not declared).
      case noRetentionPeriod
      /// Closed, but without a closure date (`amigo validate` reports it).
      case noClosureDate
    }

    public let id: String
    public let programme: String
    public let closure: LocalDate?
    public let destroyAfter: LocalDate?
    public let state: State
  }

  /// The last day the file may be kept: the closure date plus `years` (29 February becomes 28
  /// February in a year without it). The file is due for destruction the day after.
  public static func destroyAfter(closure: LocalDate, years: Int) -> LocalDate {
    LocalDate.adding(months: 12 * years, to: closure)
  }

  /// True for a trajectory that has ended: closed, never started, or with a closure date.
  public static func isClosed(_ t: Trajectory) -> Bool {
    t.status == .closed || t.status == .notStarted || t.closure?.date != nil
  }

  /// The day the retention period runs from: the last held contact, that is the closure date
  /// or the last follow-up after it (a contact, measure or rating: `Trajectory.lastFollowUp`);
  /// for a referral that never started without a closure, its last date by `today` (the
  /// referral or the last held contact).
  public static func endDate(_ t: Trajectory, today: LocalDate) -> LocalDate? {
    if let date = t.closure?.date { return max(date, t.lastFollowUp ?? date) }
    guard t.status == .notStarted else { return nil }
    let held = t.sessions.filter(\.isHeld).compactMap(\.date).filter { $0 <= today }
    return ([t.referral?.date].compactMap { $0 } + held).max()
  }

  /// The closed trajectories past their retention period on `today`, and with `horizon` also
  /// those due on or before `horizon`; closed trajectories whose retention cannot be computed
  /// are always listed. Overdue first (longest overdue first), then due (soonest first), then
  /// the rest by id.
  public static func entries(
    _ trajectories: [Trajectory], config: Config, today: LocalDate, horizon: LocalDate? = nil
  ) -> [Entry] {
    var out: [Entry] = []
    for t in trajectories where isClosed(t) {
      guard let closure = endDate(t, today: today) else {
        out.append(
          Entry(
            id: t.id, programme: t.programme, closure: nil, destroyAfter: nil,
            state: .noClosureDate))
        continue
      }
      guard let years = config.programme(t.programme)?.retentionYears else {
        out.append(
          Entry(
            id: t.id, programme: t.programme, closure: closure, destroyAfter: nil,
            state: .noRetentionPeriod))
        continue
      }
      let last = destroyAfter(closure: closure, years: years)
      if last < today {
        out.append(
          Entry(
            id: t.id, programme: t.programme, closure: closure, destroyAfter: last,
            state: .overdue(days: today.days(since: last))))
      } else if let horizon, last <= horizon {
        out.append(
          Entry(
            id: t.id, programme: t.programme, closure: closure, destroyAfter: last,
            state: .due(days: last.days(since: today))))
      }
    }
    func rank(_ e: Entry) -> (Int, Int, String) {
      switch e.state {
      case .overdue(let days): (0, -days, e.id)
      case .due(let days): (1, days, e.id)
      case .noRetentionPeriod: (2, 0, e.id)
      case .noClosureDate: (3, 0, e.id)
      }
    }
    return out.sorted { rank($0) < rank($1) }
  }
}

extension Retention {
  /// The activity files (meetings, groups) due with their children: an activity is kept as long
  /// as the longest retention of the children it names, so it is listed when every child it
  /// names is (overdue or due, `entries`), with the latest of their dates. One that names no
  /// child any more (all erased) holds no child's data and is not listed. Overdue first.
  public static func activityEntries(
    _ activities: [Activity], childEntries: [Entry], today: LocalDate
  ) -> [Entry] {
    let byID = Dictionary(childEntries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [Entry] = []
    for a in activities {
      let named = a.namedChildren
      guard !named.isEmpty else { continue }
      let entries = named.compactMap { byID[$0] }
      guard entries.count == named.count else { continue }
      let dates = entries.compactMap(\.destroyAfter)
      guard dates.count == entries.count, let last = dates.max() else { continue }
      let ended = a.occasions.map(\.date).max()
      let state: Entry.State =
        last < today ? .overdue(days: today.days(since: last)) : .due(days: last.days(since: today))
      out.append(
        Entry(id: a.id, programme: a.programme, closure: ended, destroyAfter: last, state: state))
    }
    return out.sorted { a, b in
      switch (a.state, b.state) {
      case (.overdue(let x), .overdue(let y)): return (-x, a.id) < (-y, b.id)
      case (.overdue, _): return true
      case (_, .overdue): return false
      case (.due(let x), .due(let y)): return (x, a.id) < (y, b.id)
      default: return a.id < b.id
      }
    }
  }
}

extension Retention.Entry {
  /// An entry (for callers outside the module; the memberwise initialiser is internal).
  public init(
    _ id: String, programme: String, closure: LocalDate?, destroyAfter: LocalDate?, state: State
  ) {
    self.id = id
    self.programme = programme
    self.closure = closure
    self.destroyAfter = destroyAfter
    self.state = state
  }
}
