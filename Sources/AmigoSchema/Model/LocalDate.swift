/// A calendar date without time or zone, as written in files: `2026-09-10`.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  // Stored small: a workspace holds hundreds of thousands of dates.
  private let storedYear: Int32
  private let storedMonth: UInt8
  private let storedDay: UInt8

  public var year: Int { Int(storedYear) }
  public var month: Int { Int(storedMonth) }
  public var day: Int { Int(storedDay) }

  /// A day of any year (of the proleptic calendar, year 0 too), for the calendar's arithmetic
  /// at the ends of the range dates have (ISO weeks of 0001-01-01, 9999-12-31).
  init(unchecked year: Int, _ month: Int, _ day: Int) {
    storedYear = Int32(truncatingIfNeeded: year)
    storedMonth = UInt8(truncatingIfNeeded: month)
    storedDay = UInt8(truncatingIfNeeded: day)
  }

  /// A valid date, or nil (`2026-02-30` is nil).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.init(unchecked: year, month, day)
  }

  /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded) and checks the calendar.
  public init?(_ text: String) {
    var text = text
    guard let date = text.withUTF8({ LocalDate(utf8: $0) }) else { return nil }
    self = date
  }

  /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes. (The strict decoder reads every date of
  /// every file here, twice: the eight digits are checked together, each as its distance from
  /// `0`, which wraps to a large number below it; a day up to 28 needs no calendar.)
  public init?(utf8 u: UnsafeBufferPointer<UInt8>) {
    guard u.count == 10, let p = u.baseAddress, p[4] == 0x2D, p[7] == 0x2D else { return nil }
    @inline(__always) func digit(_ i: Int) -> UInt32 { UInt32(p[i]) &- 0x30 }
    let (y0, y1, y2, y3) = (digit(0), digit(1), digit(2), digit(3))
    let (m0, m1, d0, d1) = (digit(5), digit(6), digit(8), digit(9))
    guard max(max(max(y0, y1), max(y2, y3)), max(max(m0, m1), max(d0, d1))) < 10 else {
      return nil
    }
    // Digits below 10: no sum can overflow.
    let year = Int(y0 &* 1000 &+ y1 &* 100 &+ y2 &* 10 &+ y3)
    let month = Int(m0 &* 10 &+ m1)
    let day = Int(d0 &* 10 &+ d1)
    guard year >= 1, month >= 1, month <= 12, day >= 1,
      day <= 28 || day <= LocalDate.daysIn(month: month, year: year)
    else { return nil }
    self.init(unchecked: year, month, day)
  }

  @inline(__always)
  static func digits(_ u: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var v = 0
    for i in from..<to {
      let c = u[i]
      guard c >= 0x30 && c <= 0x39 else { return nil }
      v = v * 10 + Int(c - 0x30)
    }
    return v
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date `z0` days after 1970-01-01 (before it when negative).
  public init(dayNumber z0: Int) {
    // Neri and Schneider's civil-from-days ("Euclidean affine functions and their
    // application to calendar algorithms", 2022): multiplications and shifts on unsigned
    // 32-bit numbers, counting from 0000-03-01 on a calendar moved 82 × 400 years on so that
    // every day of the range is positive. A week report decodes millions of dates from the
    // workspace index: this is on its hot path. Outside the range: `init(civil:)`.
    guard z0 > -LocalDate.fastDayLimit, z0 < LocalDate.fastDayLimit else {
      self.init(civil: z0)
      return
    }
    let n = UInt32(truncatingIfNeeded: z0 + 719_468 + 146_097 * 82)
    let n1 = 4 &* n &+ 3
    let century = n1 / 146_097
    let dayOfCentury = n1 % 146_097 / 4
    let n2 = 4 &* dayOfCentury &+ 3
    let p2 = UInt64(2_939_745) &* UInt64(n2)
    let yearOfCentury = UInt32(truncatingIfNeeded: p2 >> 32)
    let dayOfYear = UInt32(truncatingIfNeeded: p2) / 2_939_745 / 4
    let n3 = 2141 &* dayOfYear &+ 197_913
    let month = n3 >> 16
    let day = (n3 & 0xFFFF) / 2141
    // Counted from March: January and February belong to the next year.
    let january = dayOfYear >= 306
    self.init(
      unchecked: Int(100 &* century &+ yearOfCentury) - 82 * 400 + (january ? 1 : 0),
      Int(january ? month - 12 : month), Int(day) + 1)
  }

  /// `init(dayNumber:)` computes day numbers within this distance of 1970-01-01 (about
  /// 30 000 years) in 32 bits; the others by `init(civil:)`.
  static let fastDayLimit = 11_000_000

  /// Howard Hinnant's civil_from_days: the reference for `init(dayNumber:)`, and its path far
  /// from today.
  init(civil z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.init(unchecked: y, m, d)
  }

  public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

  public func days(since other: LocalDate) -> Int { dayNumber - other.dayNumber }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 when Monday = 0)
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The Monday of this date's ISO week.
  public var startOfWeek: LocalDate { adding(days: 1 - weekday) }

  /// The ISO week this date falls in.
  public var isoWeek: ISOWeek {
    let thursday = adding(days: 4 - weekday)
    // Any year: the Thursday of 0001-01-01's week lies in year 0 (proleptic).
    let jan1 = LocalDate(unchecked: thursday.year, 1, 1)
    return ISOWeek(year: thursday.year, week: thursday.days(since: jan1) / 7 + 1)
  }

  public static func < (a: LocalDate, b: LocalDate) -> Bool {
    (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
  }

  public var description: String {
    // `YYYY-MM-DD` written as ten bytes at once (a list prints two dates a row; building it
    // from padded pieces made four strings); a year outside 0...9999 (a date from a day number
    // far away) as before.
    guard (0...9999).contains(year) else {
      return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
    let (y, m, d) = (year, month, day)
    return String(unsafeUninitializedCapacity: 10) { b in
      b[0] = UInt8(0x30 + y / 1000)
      b[1] = UInt8(0x30 + y / 100 % 10)
      b[2] = UInt8(0x30 + y / 10 % 10)
      b[3] = UInt8(0x30 + y % 10)
      b[4] = 0x2D
      b[5] = UInt8(0x30 + m / 10)
      b[6] = UInt8(0x30 + m % 10)
      b[7] = 0x2D
      b[8] = UInt8(0x30 + d / 10)
      b[9] = UInt8(0x30 + d % 10)
      return 10
    }
  }
}

/// A year and month, as children's birth months are recorded: `2016-03`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// Parses exactly `YYYY-MM`.
  public init?(_ text: String) {
    var text = text
    guard let value = text.withUTF8({ YearMonth(utf8: $0) }) else { return nil }
    self = value
  }

  /// Parses exactly `YYYY-MM` from UTF-8 bytes.
  public init?(utf8 u: UnsafeBufferPointer<UInt8>) {
    guard u.count == 7, u[4] == 0x2D, let y = LocalDate.digits(u, 0, 4),
      let m = LocalDate.digits(u, 5, 7)
    else { return nil }
    self.init(year: y, month: m)
  }

  /// Age in whole years on `date`, counting a birthday as reached on the first of its month.
  public func age(on date: LocalDate) -> Int {
    date.year - year - (date.month < month ? 1 : 0)
  }

  public static func < (a: YearMonth, b: YearMonth) -> Bool {
    (a.year, a.month) < (b.year, b.month)
  }

  public var description: String { pad(year, 4) + "-" + pad(month, 2) }
}

/// An ISO 8601 week, Monday to Sunday: `2026-W47`.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let week: Int

  public init(year: Int, week: Int) {
    self.year = year
    self.week = week
  }

  /// The Monday of the week.
  public var monday: LocalDate {
    let jan4 = LocalDate(unchecked: year, 1, 4)
    return jan4.startOfWeek.adding(days: (week - 1) * 7)
  }

  public var sunday: LocalDate { monday.adding(days: 6) }

  /// Number of ISO weeks in `year` (52 or 53).
  public static func weeks(in year: Int) -> Int {
    LocalDate(unchecked: year, 12, 28).isoWeek.week
  }

  public func contains(_ date: LocalDate) -> Bool { date >= monday && date <= sunday }

  public func adding(weeks: Int) -> ISOWeek { monday.adding(days: 7 * weeks).isoWeek }

  /// The next week, `adding(weeks: 1)` without going through dates: only a week 52 or 53 asks
  /// how many weeks its year has.
  public var following: ISOWeek {
    week < 52 || week < ISOWeek.weeks(in: year)
      ? ISOWeek(year: year, week: week + 1) : ISOWeek(year: year + 1, week: 1)
  }

  public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

  public var description: String { pad(year, 4) + "-W" + pad(week, 2) }
}

func pad(_ n: Int, _ width: Int) -> String {
  let s = String(n)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
