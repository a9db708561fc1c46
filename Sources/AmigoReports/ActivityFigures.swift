import AmigoSchema

/// The figures of work about several children (`activities/`), counted once per activity:
/// a meeting's minutes once for the meeting, a group meeting's once for the group, never per
/// child. Defined in docs/reports.md ("Meetings and groups").
public struct ActivityFigures: Sendable, Hashable {
  /// Meetings about several children held in the range.
  public var meetings = 0
  public var meetingMinutes = 0
  /// Groups with a meeting in the range, and those meetings.
  public var groups = 0
  public var groupMeetings = 0
  public var groupMinutes = 0
  /// Children whose attendance at a group meeting in the range is recorded.
  public var participants: Set<String> = []
  /// Attendance recorded at group meetings in the range: present, and all (present, absent,
  /// excused).
  public var present = 0
  public var recorded = 0
  /// Children reached through an activity: present at a group meeting, or named in a meeting
  /// the child or its parents attended.
  public var reached: Set<String> = []
  /// Children named in a meeting without the child or its parents (discussed only).
  public var discussed: Set<String> = []
  /// Pupils discussed without a name (`unnamed`), summed over the meetings.
  public var unnamed = 0
  /// Work without a child file (`ActivityFigures+LightWork.swift`).
  public var light = LightWorkFigures()

  public init() {}

  /// The figures of `activities` in `range` (nil: all dates), of those `include` accepts.
  public init(
    _ activities: [Activity], in range: DateRange?, include: (Activity) -> Bool = { _ in true }
  ) {
    func inside(_ d: LocalDate?) -> Bool {
      guard let d else { return false }
      return range?.contains(d) ?? true
    }
    for a in activities where include(a) {
      switch a.type {
      case .meeting?:
        guard inside(a.date) else { continue }
        meetings += 1
        meetingMinutes += a.minutes ?? 0
        unnamed += a.unnamed ?? 0
        if a.reachesChildren {
          reached.formUnion(a.children)
        } else {
          discussed.formUnion(a.children)
        }
      case .group?:
        let held = a.meetings.filter { inside($0.date) }
        guard !held.isEmpty else { continue }
        groups += 1
        for m in held {
          groupMeetings += 1
          groupMinutes += m.minutes ?? 0
          for row in m.attendance {
            participants.insert(row.id)
            recorded += 1
            if row.attendance == .present {
              present += 1
              reached.insert(row.id)
            }
          }
        }
      case .themeMeeting?, .teacherSupport?, .lightContacts?:
        addLightWork(a, inside: inside)
      case nil:
        continue
      }
    }
    // A child reached through one activity is not "discussed only" because of another.
    discussed.subtract(reached)
  }

  /// Minutes of all activities, once each.
  public var minutes: Int { meetingMinutes + groupMinutes }

  /// Present among the attendance recorded, in per cent (nil without any).
  public var attendanceRate: Double? {
    recorded == 0 ? nil : Double(present) * 100 / Double(recorded)
  }
}
