import AmigoSchema

/// The figures of work without a child file: theme meetings, teacher support and light
/// contacts, counted once each. Defined in docs/reports.md ("Work without a child file").
public struct LightWorkFigures: Sendable, Hashable {
  public var themeMeetings = 0
  public var themeMeetingMinutes = 0
  /// Head counts at theme meetings, summed.
  public var themeAttendance = 0
  /// Head counts at theme meetings, by audience (`Schemas.audience` value).
  public var attendanceByAudience: [String: Int] = [:]
  public var teacherSupport = 0
  public var teacherSupportMinutes = 0
  public var lightContacts = 0
  public var lightContactMinutes = 0
  /// Light contacts by who asked, by outcome (none recorded: `""`) and by theme.
  public var lightByWho: [String: Int] = [:]
  public var lightByOutcome: [String: Int] = [:]
  public var lightByTheme: [String: Int] = [:]

  public init() {}

  /// Parents reached without a child file: heads at theme meetings for parents plus light
  /// contacts a parent asked (contacts, so one parent who came twice counts twice).
  public var parentsReached: Int {
    (attendanceByAudience["parents"] ?? 0) + (lightByWho["parent"] ?? 0)
  }

  /// Minutes of all work without a child file.
  public var minutes: Int { themeMeetingMinutes + teacherSupportMinutes + lightContactMinutes }
}

extension ActivityFigures {
  mutating func addLightWork(_ a: Activity, inside: (LocalDate?) -> Bool) {
    switch a.type {
    case .themeMeeting?:
      guard inside(a.date) else { return }
      light.themeMeetings += 1
      light.themeMeetingMinutes += a.minutes ?? 0
      light.themeAttendance += a.attendance ?? 0
      light.attendanceByAudience[a.audience ?? "", default: 0] += a.attendance ?? 0
    case .teacherSupport?:
      guard inside(a.date) else { return }
      light.teacherSupport += 1
      light.teacherSupportMinutes += a.minutes ?? 0
    case .lightContacts?:
      for c in a.contacts where inside(c.date) {
        light.lightContacts += 1
        light.lightContactMinutes += c.minutes ?? 0
        light.lightByWho[c.who ?? "", default: 0] += 1
        light.lightByOutcome[c.outcome ?? "", default: 0] += 1
        light.lightByTheme[c.theme ?? "", default: 0] += 1
      }
    default:
      return
    }
  }
}
