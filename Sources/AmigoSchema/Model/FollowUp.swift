/// After the trajectory (issue 23): follow-up contacts and measures after the closure, referrals
/// made to other help, several destinations at closure, and the link from a repeat request to
/// the earlier trajectory (`previous:`). Declared in the schema in `Schema+V1+FollowUp.swift`.

/// What became of a referral made to other help.
public enum ReferralStatus: String, Sendable, Hashable, CaseIterable {
  case pending, accepted, declined
}

/// A referral this service made during (or, in the follow-up period, after) the trajectory:
/// `referrals:` in a trajectory file. Not the child's own referral to this service
/// (`Referral`).
public struct ReferralMade: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// Where to (`Schemas.destination` value).
  public var to: String?
  public var toSpan = Span.none
  /// Nil in the file: `pending`.
  public var status: ReferralStatus?
  public var statusSpan = Span.none
  public var span = Span.none

  /// The status, `pending` when none is written.
  public var effectiveStatus: ReferralStatus { status ?? .pending }
}

extension Programme {
  /// The follow-up period when `follow_up_months` is not set: twelve months after the closure.
  public static let defaultFollowUpMonths = 12

  /// The follow-up period in months (`follow_up_months`, default 12; 0: no follow-up).
  public var effectiveFollowUpMonths: Int { followUpMonths ?? Self.defaultFollowUpMonths }
}

extension Closure {
  /// Where the child goes next: `destinations`, or the single `destination`.
  public var allDestinations: [String] {
    if !destinations.isEmpty { return destinations }
    return destination.map { [$0] } ?? []
  }

  /// True when the child continues without further help: every destination is `none`,
  /// `general-provision` or `own-network` (help found in the child's own network). With several
  /// destinations, one other destination (school support, social team, youth care, …) is
  /// enough to count as further help.
  public var continuesWithoutHelp: Bool {
    let all = allDestinations
    return !all.isEmpty && all.allSatisfy { Self.withoutFurtherHelp.contains($0) }
  }

  /// The destinations that count as "continues without further help".
  public static let withoutFurtherHelp: Set<String> = ["none", "general-provision", "own-network"]

  /// The destinations no referral can be made to (`referrals:`): they are no other help.
  public static let noReferral: Set<String> = ["none", "own-network"]
}

extension Trajectory {
  /// The last day of the follow-up period after the closure (nil without a closure date).
  /// `months` 0: the closure day itself (no follow-up).
  public func followUpEnd(months: Int) -> LocalDate? {
    guard let closure = closure?.date else { return nil }
    return LocalDate.adding(months: months, to: closure)
  }

  /// True when something on `date` lies after the closure.
  public func isAfterClosure(_ date: LocalDate) -> Bool {
    guard let closure = closure?.date else { return false }
    return date > closure
  }

  /// The held follow-up contacts (sessions marked `follow_up: true`), in file order.
  public var followUpSessions: [Session] { sessions.filter { $0.followUp && $0.isHeld } }

  /// The follow-up measures (`timepoint: follow-up`).
  public var followUpMeasures: [Measure] { measures.filter { $0.timepoint == .followUp } }

  /// The last day with a held contact or a measure after the closure (the follow-up), if any.
  public var lastFollowUp: LocalDate? {
    guard let closure = closure?.date else { return nil }
    let dates =
      sessions.filter(\.isHeld).compactMap(\.date) + measures.compactMap(\.date)
      + goals.flatMap { $0.ratings.compactMap(\.date) }
    return dates.filter { $0 > closure }.max()
  }
}

extension LocalDate {
  /// `date` plus `months` calendar months, clamped to the end of the month (31 March + 1 = 30
  /// April).
  public static func adding(months: Int, to date: LocalDate) -> LocalDate {
    let index = date.year * 12 + (date.month - 1) + months
    let year = index / 12
    let month = index % 12 + 1
    let day = min(date.day, LocalDate.daysIn(month: month, year: year))
    return LocalDate(year: year, month: month, day: day) ?? date
  }
}
