import AmigoSchema

/// Compares two versions of an activity file (either may be missing) and says what changed,
/// in words for `amigo history` and `amigo changes`: meeting added, child added to a group,
/// attendance recorded. Like `TrajectoryChanges`, the words name dates, types, ids, codes and
/// field names, never free text (notes) or names; group meetings are matched by their date,
/// the identity the schema declares (`Schemas.activity`, `meetings`).
public enum ActivityChanges {
  public static func compare(_ old: Activity?, _ new: Activity?) -> [String] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let a?): return [created(a)]
    case (_?, nil): return ["deleted"]
    case (let a?, let b?): return compare(a, b)
    }
  }

  static func what(_ type: ActivityType?) -> String {
    type?.policy.value.en ?? "activity"
  }

  static func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }

  static func created(_ a: Activity) -> String {
    switch a.type {
    case .meeting?:
      var parts: [String] = []
      if let m = a.minutes { parts.append("\(m) min") }
      parts.append(count(a.children.count, "child named", "children named"))
      if let u = a.unnamed, u > 0 { parts.append("\(u) without a name") }
      return "created \(what(a.type))" + (a.date.map { " \($0)" } ?? "")
        + " (\(parts.joined(separator: ", ")))"
    case .group?:
      return "created \(what(a.type)) ("
        + count(a.participants.count, "participant", "participants") + ", "
        + count(a.meetings.count, "meeting", "meetings") + ")"
    case .themeMeeting?, .teacherSupport?:
      var parts: [String] = []
      if let m = a.minutes { parts.append("\(m) min") }
      if let n = a.attendance { parts.append(count(n, "attending", "attending")) }
      return "created \(what(a.type))" + (a.date.map { " \($0)" } ?? "")
        + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    case .lightContacts?:
      return "created \(what(a.type)) (" + count(a.contacts.count, "contact", "contacts") + ")"
    case nil:
      return "created activity"
    }
  }

  static func compare(_ old: Activity, _ new: Activity) -> [String] {
    var out: [String] = []
    for (name, a, b) in [
      ("id", old.id, new.id), ("type", old.type?.rawValue ?? "", new.type?.rawValue ?? ""),
      ("programme", old.programme, new.programme), ("school", old.school, new.school),
    ] where a != b {
      out.append("\(name) \(a.isEmpty ? "none" : a) → \(b.isEmpty ? "none" : b)")
    }
    out += listChanges(old.workers, new.workers, added: "added worker", removed: "removed worker")
    // A meeting about several children.
    if old.date != new.date {
      out.append(
        "meeting date \(old.date?.description ?? "none") → \(new.date?.description ?? "none")")
    }
    if old.minutes != new.minutes {
      out.append(
        "minutes \(old.minutes.map(String.init) ?? "none") → \(new.minutes.map(String.init) ?? "none")"
      )
    }
    out += listChanges(
      old.with, new.with, added: "present at the meeting:", removed: "no longer present:")
    out += listChanges(
      old.children, new.children, added: "child discussed added:",
      removed: "child discussed removed:")
    if old.unnamed != new.unnamed {
      out.append(
        "discussed without a name \(old.unnamed.map(String.init) ?? "none") → \(new.unnamed.map(String.init) ?? "none")"
      )
    }
    // A group module.
    if old.name != new.name { out.append("changed name") }
    if old.theme != new.theme {
      out.append("theme \(old.theme ?? "none") → \(new.theme ?? "none")")
    }
    out += listChanges(
      old.participants, new.participants, added: "child added to group:",
      removed: "child removed from group:")
    out += meetings(old.meetings, new.meetings)
    // A theme meeting, teacher support, a tally of light contacts: counts, never people.
    if old.audience != new.audience {
      out.append("audience \(old.audience ?? "none") → \(new.audience ?? "none")")
    }
    if old.attendance != new.attendance {
      out.append(
        "attendance \(old.attendance.map(String.init) ?? "none") → \(new.attendance.map(String.init) ?? "none")"
      )
    }
    if old.teacher != new.teacher {
      out.append("teacher \(old.teacher ?? "none") → \(new.teacher ?? "none")")
    }
    if old.contacts.count != new.contacts.count {
      let d = new.contacts.count - old.contacts.count
      out.append(
        d > 0
          ? count(d, "light contact added", "light contacts added")
          : count(-d, "light contact removed", "light contacts removed"))
    }
    if old.note != new.note { out.append("changed note") }
    return out
  }

  /// `added X` / `removed Y` for ids that came or went, in the new (then the old) order.
  static func listChanges(
    _ old: [String], _ new: [String], added: String, removed: String
  ) -> [String] {
    let before = Set(old)
    let after = Set(new)
    return new.filter { !before.contains($0) }.map { "\(added) \($0)" }
      + old.filter { !after.contains($0) }.map { "\(removed) \($0)" }
  }

  /// Group meetings matched by date (the n-th of a date with the n-th): added, removed, and
  /// what changed in one: minutes, attendance per child, note.
  static func meetings(_ old: [GroupMeeting], _ new: [GroupMeeting]) -> [String] {
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
    var out: [String] = []
    for (key, m) in after {
      guard let b = beforeByKey[key] else {
        var parts: [String] = []
        if let minutes = m.minutes { parts.append("\(minutes) min") }
        for a in Attendance.allCases {
          let n = m.attendance.filter { $0.attendance == a }.count
          if n > 0 { parts.append("\(a.rawValue) \(n)") }
        }
        out.append(
          "group meeting added \(key)"
            + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"))
        continue
      }
      if b.minutes != m.minutes {
        out.append(
          "group meeting \(key): minutes \(b.minutes.map(String.init) ?? "none") → \(m.minutes.map(String.init) ?? "none")"
        )
      }
      let was = Dictionary(
        b.attendance.map { ($0.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
      let now = Dictionary(
        m.attendance.map { ($0.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
      var recorded: [String] = []
      var changed: [String] = []
      for row in m.attendance {
        switch was[row.id] {
        case nil: recorded.append("\(row.id) \(row.attendance.rawValue)")
        case let before? where before != row.attendance:
          changed.append("\(row.id) \(before.rawValue) → \(row.attendance.rawValue)")
        default: break
        }
      }
      let dropped = b.attendance.filter { now[$0.id] == nil }.map(\.id)
      if !recorded.isEmpty {
        out.append("attendance recorded \(key): \(recorded.joined(separator: ", "))")
      }
      if !changed.isEmpty {
        out.append("attendance changed \(key): \(changed.joined(separator: ", "))")
      }
      if !dropped.isEmpty {
        out.append("attendance removed \(key): \(dropped.joined(separator: ", "))")
      }
      if b.note != m.note { out.append("group meeting \(key): changed note") }
    }
    for (key, _) in before where !afterKeys.contains(key) {
      out.append("group meeting removed \(key)")
    }
    return out
  }
}
