import AmigoSchema
import Foundation
import Testing

@testable import AmigoCLI

/// Today comes from the C library's local time, as Foundation's Gregorian calendar in the
/// machine's time zone gives it (read on both sides of the call: a test run at midnight may
/// see either day).
@Suite struct LocalTodayTests {
  static func foundationToday() -> LocalDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  @Test func isTheLocalGregorianDate() {
    let before = Self.foundationToday()
    let today = Environment.localToday()
    let after = Self.foundationToday()
    #expect(today == before || today == after, "\(today) \(before) \(after)")
  }
}
