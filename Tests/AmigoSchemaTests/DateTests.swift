import Testing
import _AmigoTestSupport

@testable import AmigoSchema

@Suite struct DateTests {
  @Test(arguments: ["2026-09-10", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
  func validDatesRoundTrip(_ text: String) throws {
    let date = try #require(LocalDate(text))
    #expect(date.description == text)
    #expect(LocalDate(dayNumber: date.dayNumber) == date)
  }

  @Test(arguments: [
    "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-9-10", "26-09-10",
    "2026-09-10 ", "２０２６-09-10", "", "2026/09/10",
  ])
  func invalidDatesAreRejected(_ text: String) {
    #expect(LocalDate(text) == nil)
  }

  /// The parse reads the eight digits together: it must accept and read exactly what a
  /// digit-by-digit parse with the calendar's checks does, on every day of four centuries with
  /// leap-year rules, each with its digits and dashes replaced by neighbouring bytes.
  @Test func parseMatchesTheDigitByDigitReference() {
    func reference(_ u: [UInt8]) -> LocalDate? {
      guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
      func number(_ from: Int, _ to: Int) -> Int? {
        var v = 0
        for c in u[from..<to] {
          guard c >= 0x30 && c <= 0x39 else { return nil }
          v = v * 10 + Int(c - 0x30)
        }
        return v
      }
      guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
      return LocalDate(year: y, month: m, day: d)
    }
    func parse(_ u: [UInt8]) -> LocalDate? { u.withUnsafeBufferPointer { LocalDate(utf8: $0) } }
    var rng = SeededGenerator(seed: 31_2026_12_11)
    var checked = 0
    for year in [1, 4, 99, 100, 400, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999] {
      for month in 0...13 {
        for day in 0...32 {
          let text = Array(
            (String(repeating: "0", count: 4 - String(year).count) + String(year) + "-"
              + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "")
              + String(day)).utf8)
          #expect(parse(text) == reference(text), "\(String(decoding: text, as: UTF8.self))")
          var changed = text
          let at = Int.random(in: 0..<10, using: &rng)
          changed[at] = [0x2F, 0x3A, 0x2D, 0x20, 0x00, 0xFF, 0x35].randomElement(using: &rng)!
          #expect(parse(changed) == reference(changed))
          #expect(parse(Array(text.prefix(9))) == nil)
          #expect(parse(text + [0x30]) == nil)
          checked += 1
        }
      }
    }
    #expect(checked > 6_000)
  }

  @Test func weekdaysAndISOWeeks() throws {
    let d = try #require(LocalDate("2026-11-19"))
    #expect(d.weekday == 4)  // Thursday
    #expect(d.isoWeek == ISOWeek(year: 2026, week: 47))
    #expect(d.isoWeek.description == "2026-W47")
    #expect(ISOWeek(year: 2026, week: 47).monday == LocalDate("2026-11-16"))
    #expect(ISOWeek(year: 2026, week: 47).sunday == LocalDate("2026-11-22"))
    // Years whose first days belong to the previous ISO year, and 53-week years.
    #expect(LocalDate("2027-01-01")!.isoWeek == ISOWeek(year: 2026, week: 53))
    #expect(ISOWeek.weeks(in: 2026) == 53)
    #expect(ISOWeek.weeks(in: 2025) == 52)
    #expect(LocalDate("2024-12-30")!.isoWeek == ISOWeek(year: 2025, week: 1))
    #expect(ISOWeek(year: 2026, week: 53).adding(weeks: 1) == ISOWeek(year: 2027, week: 1))
  }

  /// The ends of the range of dates: 0001-01-01's week begins in year 0 (a Monday), and
  /// 9999-12-31's week is of 9999; neither traps.
  @Test func isoWeeksAtTheEndsOfTheCalendar() throws {
    let first = try #require(LocalDate("0001-01-01"))
    #expect(first.weekday == 1)
    #expect(first.isoWeek == ISOWeek(year: 1, week: 1))
    #expect(first.isoWeek.monday == first)
    let second = try #require(LocalDate("0001-01-07"))
    #expect(second.isoWeek == ISOWeek(year: 1, week: 1))
    let last = try #require(LocalDate("9999-12-31"))
    #expect(last.isoWeek == ISOWeek(year: 9999, week: 52))
    #expect(ISOWeek.weeks(in: 9999) == 52)
    // The Sunday before 0001-01-01 (as a week's arithmetic reaches it) lies in year 0.
    let before = first.adding(days: -1)
    #expect(before.isoWeek == ISOWeek(year: 0, week: 52))
  }

  /// `ISOWeek.following` (week by week, for the norm weeks) is `adding(weeks: 1)`, across every
  /// year end of two centuries, 53-week years among them.
  @Test func followingWeekIsAddingOne() throws {
    var week = try #require(LocalDate("1900-01-01")).isoWeek
    var mondays = 0
    while week.year < 2101 {
      let next = week.following
      #expect(next == week.adding(weeks: 1), "\(week)")
      week = next
      mondays += 1
    }
    #expect(mondays > 10_000)
  }

  @Test func dayArithmetic() throws {
    let d = try #require(LocalDate("2026-02-27"))
    #expect(d.adding(days: 2) == LocalDate("2026-03-01"))
    #expect(LocalDate("2026-03-01")!.days(since: d) == 2)
    #expect(LocalDate("1970-01-01")!.dayNumber == 0)
    #expect(LocalDate("1969-12-31")!.dayNumber == -1)
  }

  @Test func ageCountsWholeYearsByMonth() throws {
    let born = try #require(YearMonth("2016-03"))
    #expect(born.age(on: LocalDate("2026-02-28")!) == 9)
    #expect(born.age(on: LocalDate("2026-03-01")!) == 10)
    #expect(YearMonth("2016-13") == nil)
    #expect(YearMonth("2016-3") == nil)
  }
}

@Suite struct DayNumberConversionTests {
  /// The fast civil-from-days gives the reference algorithm's date for every day of 16 000
  /// years around today, both edges of its range and random days far beyond them.
  @Test func fastConversionMatchesTheReference() {
    func check(_ n: Int) {
      let fast = LocalDate(dayNumber: n)
      #expect(fast == LocalDate(civil: n), "day \(n)")
      #expect(fast.dayNumber == n, "day \(n) round trip")
    }
    // Every day: counted, not expected one by one (six million expectations are slow).
    var n = -3_000_000
    var mismatches = 0
    while n <= 3_000_000 {
      if LocalDate(dayNumber: n) != LocalDate(civil: n) { mismatches += 1 }
      n += 1
    }
    #expect(mismatches == 0)
    let limit = LocalDate.fastDayLimit
    for edge in [-limit - 2, -limit - 1, -limit, -limit + 1, limit - 1, limit, limit + 1] {
      check(edge)
    }
    var generator = SeededGenerator(seed: 19_700_101)
    for _ in 0..<20_000 {
      check(Int.random(in: -20_000_000...20_000_000, using: &generator))
    }
    // Month ends, leap days and the turn of centuries.
    for text in [
      "1600-02-29", "1700-02-28", "1900-03-01", "2000-02-29", "2026-12-31", "9999-12-31",
    ] {
      let date = LocalDate(text)!
      check(date.dayNumber)
      #expect(LocalDate(dayNumber: date.dayNumber) == date)
    }
  }
}

/// `LocalDate.description` writes `YYYY-MM-DD` as ten bytes for years 0-9999: the same text as
/// the padded pieces it was made of, for every day of those years, and for years beyond them.
@Suite struct DateDescriptionTests {
  /// The text as it was made before: padded pieces joined.
  static func reference(_ d: LocalDate) -> String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
    return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
  }

  @Test func everyDayOfYearsZeroToNineThousandNineHundredNinetyNine() throws {
    let first = LocalDate(dayNumber: try #require(LocalDate("0001-01-01")).dayNumber - 366)
    #expect(first.year == 0)
    let last = try #require(LocalDate("9999-12-31")).dayNumber
    // Counted, not expected one by one (3.6 million days).
    var mismatches = 0
    for n in first.dayNumber...last {
      let d = LocalDate(dayNumber: n)
      if d.description != Self.reference(d) { mismatches += 1 }
    }
    #expect(mismatches == 0)
    #expect(LocalDate("2026-09-10")!.description == "2026-09-10")
    #expect(LocalDate("0001-01-01")!.description == "0001-01-01")
  }

  @Test func yearsOutsideFourDigits() {
    for n in [-800_000, -1, 3_000_000, 4_000_000, -30_000_000, 30_000_000] {
      let d = LocalDate(dayNumber: n)
      #expect(d.description == Self.reference(d), "day \(n)")
    }
  }
}
