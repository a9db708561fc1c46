import AmigoSchema
import AmigoYAML
import Testing

/// qa-walk p14: a contact logged on a Saturday or Sunday (`--date zondag`, or the default
/// today on a Sunday evening) is most often a wrong date in school-based work. `log-session`
/// warns, without refusing: a home visit or a call at the weekend can happen.
@Suite struct WeekendWarningTests {
  static func warnings(on day: String, kind: SessionKind = .childTalk) -> [Diagnostic] {
    var t = Trajectory()
    t.id = "T-2026-7KQ4"
    t.status = .active
    var s = Session()
    s.date = LocalDate(day)
    s.kind = kind
    t.sessions = [s]
    return s.loggingWarnings(
      in: t, config: Config(), today: LocalDate("2026-11-30")!, counted: true)
  }

  @Test(arguments: [
    ("2026-11-21", "Saturday", "zaterdag"), ("2026-11-22", "Sunday", "zondag"),
  ])
  func aWeekendDayIsWarned(day: String, en: String, nl: String) {
    for kind in [SessionKind.childTalk, .homeVisit] {
      let found = Self.warnings(on: day, kind: kind).filter { $0.code == "session-on-weekend" }
      #expect(found.count == 1)
      #expect(found.first?.severity == .warning)
      #expect(
        found.first?.message("en") == "\(day) is a \(en), not a school day: check the date (--date)"
      )
      #expect(
        found.first?.message("nl")
          == "\(day) is een \(nl), geen schooldag: controleer de datum (--date)")
    }
  }

  @Test(arguments: ["2026-11-16", "2026-11-18", "2026-11-20"])
  func aSchoolDayIsNot(day: String) {
    #expect(!Self.warnings(on: day).contains { $0.code == "session-on-weekend" })
    #expect(Diagnostic.onWeekend(LocalDate(day)!) == nil)
  }
}
