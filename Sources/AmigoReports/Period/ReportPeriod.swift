import AmigoSchema

/// Which week a weekly report covers: `2026-W47`, `47`, `W47` or `week 47` (the nearest week
/// 47), `this`, `last`, or any date inside the week.
public enum WeekSpec {
  public static func parse(_ text: String, today: LocalDate) -> ISOWeek? {
    let t = text.lowercased()
    switch t {
    case "this", "deze", "current", "huidige": return today.isoWeek
    case "last", "vorige", "previous": return today.isoWeek.adding(weeks: -1)
    case "next", "volgende": return today.isoWeek.adding(weeks: 1)
    default: break
    }
    if let date = LocalDate(text) { return date.isoWeek }
    let u = Array(t.utf8)
    if u.count == 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "w"),
      let y = Int(String(t.prefix(4))), (1...9999).contains(y),
      let w = Int(String(t.suffix(2))), (1...ISOWeek.weeks(in: y)).contains(w)
    {
      return ISOWeek(year: y, week: w)
    }
    if let w = Int(bareNumber(t)) { return nearest(week: w, today: today) }
    return nil
  }

  /// For `2027-W53` in a year of 52 weeks: the year, the week asked for and the year's number
  /// of weeks, for a hint that says so; nil for any other text.
  public static func missingWeek(_ text: String) -> (year: Int, week: Int, weeks: Int)? {
    let t = text.lowercased()
    let u = Array(t.utf8)
    guard u.count == 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "w"),
      let y = Int(String(t.prefix(4))), (1...9999).contains(y),
      let w = Int(String(t.suffix(2))), w == 53, ISOWeek.weeks(in: y) < w
    else { return nil }
    return (y, w, ISOWeek.weeks(in: y))
  }

  /// Week `w` of the ISO year before, of or after today's that lies nearest to this week, the
  /// earlier on a tie: `52` in January is last year's week 52, not one 51 weeks ahead; `1` in
  /// the last days of December is the coming week 1. Nil when no year has a week `w`.
  public static func nearest(week w: Int, today: LocalDate) -> ISOWeek? {
    let now = today.isoWeek
    let candidates = [now.year - 1, now.year, now.year + 1]
      .filter { (1...ISOWeek.weeks(in: $0)).contains(w) }
      .map { ISOWeek(year: $0, week: w) }
    return candidates.min { a, b in
      let da = abs(a.monday.days(since: now.monday))
      let db = abs(b.monday.days(since: now.monday))
      return da != db ? da < db : a < b
    }
  }

  /// `47` of `47`, `W47`, `week 47` or `wk47` (lowercased): a week number without its year.
  static func bareNumber(_ text: String) -> Substring {
    var number = Substring(text)
    for prefix in ["week", "wk", "w"] where number.hasPrefix(prefix) {
      number = number.dropFirst(prefix.count).drop { $0 == " " }
      break
    }
    return number
  }

  /// True when `text` is a week number without a year (`52`, `W52`, `week 52`), whose year
  /// amigo chooses.
  public static func isBareNumber(_ text: String) -> Bool {
    let number = bareNumber(text.lowercased())
    return !number.isEmpty && number.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  public static let hint =
    "Please provide a week as 2026-W47, 47 or W47 (the week 47 nearest to today), 'this', 'last', or a date in the week (also 'today', 'yesterday' or a weekday)."
}

/// A closed range of days a period report covers, with a label for headings.
public struct DateRange: Sendable, Hashable {
  public let from: LocalDate
  public let to: LocalDate
  /// How the user named it: `2026-Q3`, `2025/2026`.
  public let name: String

  public init(from: LocalDate, to: LocalDate, name: String) {
    self.from = from
    self.to = to
    self.name = name
  }

  public func contains(_ d: LocalDate) -> Bool { d >= from && d <= to }
}

/// Periods: `2026`, `2026-Q3`, `2026-09`, a school year `2025/2026` (1 Aug - 31 Jul), or
/// `FROM..TO` (two dates).
public enum PeriodSpec {
  public static func parse(_ text: String) -> DateRange? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 3 && parts[1].isEmpty {
      guard let a = LocalDate(String(parts[0])), let b = LocalDate(String(parts[2])), a <= b else {
        return nil
      }
      return DateRange(from: a, to: b, name: text)
    }
    let u = Array(text.utf8)
    // A year of four digits from 0001 (there is no year 0 in a date).
    func number(_ s: Substring) -> Int? {
      s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) ? Int(s) : nil
    }
    func year(_ s: Substring) -> Int? { number(s).flatMap { $0 >= 1 ? $0 : nil } }
    if u.count == 4, let y = year(text[...]) {
      return DateRange(
        from: LocalDate(year: y, month: 1, day: 1)!, to: LocalDate(year: y, month: 12, day: 31)!,
        name: text)
    }
    if u.count == 9, u[4] == UInt8(ascii: "/"), let a = year(text.prefix(4)),
      let b = year(text.suffix(4)), b == a + 1
    {
      return DateRange(
        from: LocalDate(year: a, month: 8, day: 1)!, to: LocalDate(year: b, month: 7, day: 31)!,
        name: text)
    }
    if u.count == 7, u[4] == UInt8(ascii: "-"), let y = year(text.prefix(4)) {
      let rest = text.suffix(2)
      if rest.first == "Q" || rest.first == "q", let q = number(rest.suffix(1)), (1...4).contains(q)
      {
        let m = (q - 1) * 3 + 1
        let last = LocalDate(year: y, month: m + 2, day: LocalDate.daysIn(month: m + 2, year: y))!
        return DateRange(from: LocalDate(year: y, month: m, day: 1)!, to: last, name: text)
      }
      if let m = number(rest), (1...12).contains(m) {
        return DateRange(
          from: LocalDate(year: y, month: m, day: 1)!,
          to: LocalDate(year: y, month: m, day: LocalDate.daysIn(month: m, year: y))!,
          name: text)
      }
    }
    return nil
  }

  /// The two dates of `FROM..TO` whose TO is before its FROM, for a hint that says so; nil for
  /// any other text.
  public static func reversed(_ text: String) -> (from: LocalDate, to: LocalDate)? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1].isEmpty, let a = LocalDate(String(parts[0])),
      let b = LocalDate(String(parts[2])), b < a
    else { return nil }
    return (a, b)
  }

  public static let hint =
    "Please provide a period as 2026, 2026-Q3, 2026-09, a school year 2025/2026, or FROM..TO (2026-01-01..2026-06-30)."
}

extension Config {
  /// The weeks from `first` through `last` that are not holiday weeks (nor `skipping`, such as
  /// a trajectory's paused weeks), counting at most `limit` weeks from `first`.
  func schoolWeeks(
    from first: ISOWeek, through last: ISOWeek, limit: Int,
    skipping: (ISOWeek) -> Bool = { _ in false }
  ) -> Int {
    var count = 0
    var week = first
    var seen = 0
    while week <= last && seen < limit {
      if !isHolidayWeek(week) && !skipping(week) { count += 1 }
      week = week.adding(weeks: 1)
      seen += 1
    }
    return count
  }
}
