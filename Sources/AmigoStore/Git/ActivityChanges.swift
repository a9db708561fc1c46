import AmigoSchema

/// One change to an activity file, in words for `changes` and `history` (`AmigoCLI` words it
/// in either language): dates, types, ids, codes, counts and field names, never free text
/// (notes) or names.
public enum ActivityFileChange: Sendable, Hashable {
  /// What a created activity holds, counted.
  public enum Count: Sendable, Hashable {
    case minutes(Int), childrenNamed(Int), withoutName(Int), participants(Int), meetings(Int)
    case attending(Int), contacts(Int)
  }

  /// A field of one value: `minutes 60 → 90`.
  public enum Field: String, Sendable, Hashable {
    case id, type, programme, school, date, minutes, unnamed, theme, audience, attendance
    case teacher
  }

  /// A list of ids: `child added to group: T-…`.
  public enum List: Sendable, Hashable { case workers, present, children, participants }

  case created(ActivityType?, date: LocalDate?, [Count])
  case deleted
  /// `from`/`to` nil: none.
  case field(Field, from: String?, to: String?)
  case added(List, String)
  case removed(List, String)
  case nameChanged
  case noteChanged
  case lightContactsAdded(Int)
  case lightContactsRemoved(Int)
  /// A group meeting, by its key (its date, `(2)` for a second on one date).
  case meetingAdded(String, minutes: Int?, attendance: [Attendance: Int])
  case meetingMinutes(String, from: Int?, to: Int?)
  case attendanceRecorded(String, [AttendanceChange])
  case attendanceChanged(String, [AttendanceChange])
  case attendanceRemoved(String, [String])
  case meetingNoteChanged(String)
  case meetingRemoved(String)

  /// One child's attendance at a group meeting: `T-… present`, `T-… absent → present`.
  public struct AttendanceChange: Sendable, Hashable {
    public let id: String
    public let from: Attendance?
    public let to: Attendance
  }
}

/// Compares two versions of an activity file (either may be missing) and says what changed:
/// meeting added, child added to a group, attendance recorded. Like `TrajectoryChanges`, the
/// changes name dates, types, ids, codes and field names, never free text (notes) or names;
/// group meetings are matched by their date, the identity the schema declares
/// (`Schemas.activity`, `meetings`).
public enum ActivityChanges {
  public static func compare(_ old: Activity?, _ new: Activity?) -> [ActivityFileChange] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let a?): return [created(a)]
    case (_?, nil): return [.deleted]
    case (let a?, let b?): return compare(a, b)
    }
  }

  static func created(_ a: Activity) -> ActivityFileChange {
    var counts: [ActivityFileChange.Count] = []
    switch a.type {
    case .meeting?:
      if let m = a.minutes { counts.append(.minutes(m)) }
      counts.append(.childrenNamed(a.children.count))
      if let u = a.unnamed, u > 0 { counts.append(.withoutName(u)) }
    case .group?:
      counts += [.participants(a.participants.count), .meetings(a.meetings.count)]
      return .created(a.type, date: nil, counts)
    case .themeMeeting?, .teacherSupport?:
      if let m = a.minutes { counts.append(.minutes(m)) }
      if let n = a.attendance { counts.append(.attending(n)) }
    case .lightContacts?:
      return .created(a.type, date: nil, [.contacts(a.contacts.count)])
    case nil:
      return .created(nil, date: nil, [])
    }
    return .created(a.type, date: a.date, counts)
  }

  static func compare(_ old: Activity, _ new: Activity) -> [ActivityFileChange] {
    var out: [ActivityFileChange] = []
    func field(_ f: ActivityFileChange.Field, _ a: String?, _ b: String?) {
      let (a, b) = (a.flatMap { $0.isEmpty ? nil : $0 }, b.flatMap { $0.isEmpty ? nil : $0 })
      if a != b { out.append(.field(f, from: a, to: b)) }
    }
    field(.id, old.id, new.id)
    field(.type, old.type?.rawValue, new.type?.rawValue)
    field(.programme, old.programme, new.programme)
    field(.school, old.school, new.school)
    out += listChanges(old.workers, new.workers, .workers)
    // A meeting about several children.
    field(.date, old.date?.description, new.date?.description)
    field(.minutes, old.minutes.map(String.init), new.minutes.map(String.init))
    out += listChanges(old.with, new.with, .present)
    out += listChanges(old.children, new.children, .children)
    field(.unnamed, old.unnamed.map(String.init), new.unnamed.map(String.init))
    // A group module.
    if old.name != new.name { out.append(.nameChanged) }
    field(.theme, old.theme, new.theme)
    out += listChanges(old.participants, new.participants, .participants)
    out += meetings(old.meetings, new.meetings)
    // A theme meeting, teacher support, a tally of light contacts: counts, never people.
    field(.audience, old.audience, new.audience)
    field(.attendance, old.attendance.map(String.init), new.attendance.map(String.init))
    field(.teacher, old.teacher, new.teacher)
    if old.contacts.count != new.contacts.count {
      let d = new.contacts.count - old.contacts.count
      out.append(d > 0 ? .lightContactsAdded(d) : .lightContactsRemoved(-d))
    }
    if old.note != new.note { out.append(.noteChanged) }
    return out
  }

  /// Ids that came or went, in the new (then the old) order.
  static func listChanges(
    _ old: [String], _ new: [String], _ list: ActivityFileChange.List
  ) -> [ActivityFileChange] {
    let before = Set(old)
    let after = Set(new)
    return new.filter { !before.contains($0) }.map { .added(list, $0) }
      + old.filter { !after.contains($0) }.map { .removed(list, $0) }
  }

  /// Group meetings matched by date (the n-th of a date with the n-th): added, removed, and
  /// what changed in one: minutes, attendance per child, note.
  static func meetings(_ old: [GroupMeeting], _ new: [GroupMeeting]) -> [ActivityFileChange] {
    func keyed(_ items: [GroupMeeting]) -> [(String, GroupMeeting)] {
      var seen: [String: Int] = [:]
      return items.map { m in
        let base = m.date?.description ?? "undated"
        seen[base, default: 0] += 1
        return (base + (seen[base]! > 1 ? " (\(seen[base]!))" : ""), m)
      }
    }
    let before = keyed(old)
    let after = keyed(new)
    let beforeByKey = Dictionary(before, uniquingKeysWith: { a, _ in a })
    let afterKeys = Set(after.map(\.0))
    var out: [ActivityFileChange] = []
    for (key, m) in after {
      guard let b = beforeByKey[key] else {
        var counts: [Attendance: Int] = [:]
        for row in m.attendance { counts[row.attendance, default: 0] += 1 }
        out.append(.meetingAdded(key, minutes: m.minutes, attendance: counts))
        continue
      }
      if b.minutes != m.minutes { out.append(.meetingMinutes(key, from: b.minutes, to: m.minutes)) }
      let was = Dictionary(
        b.attendance.map { ($0.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
      let now = Dictionary(
        m.attendance.map { ($0.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
      var recorded: [ActivityFileChange.AttendanceChange] = []
      var changed: [ActivityFileChange.AttendanceChange] = []
      for row in m.attendance {
        switch was[row.id] {
        case nil: recorded.append(.init(id: row.id, from: nil, to: row.attendance))
        case let before? where before != row.attendance:
          changed.append(.init(id: row.id, from: before, to: row.attendance))
        default: break
        }
      }
      let dropped = b.attendance.filter { now[$0.id] == nil }.map(\.id)
      if !recorded.isEmpty { out.append(.attendanceRecorded(key, recorded)) }
      if !changed.isEmpty { out.append(.attendanceChanged(key, changed)) }
      if !dropped.isEmpty { out.append(.attendanceRemoved(key, dropped)) }
      if b.note != m.note { out.append(.meetingNoteChanged(key)) }
    }
    for (key, _) in before where !afterKeys.contains(key) {
      out.append(.meetingRemoved(key))
    }
    return out
  }
}
