import AmigoReports
import AmigoSchema
import AmigoStore

extension TrajectoryChange {
  /// The change in `language`, from the catalogue (`Message`): dates as in files, ids, codes
  /// and field names as they are, values with a label (status, kind, result, reason) by their
  /// label in `language`.
  func text(_ language: Language) -> String {
    func t(_ m: Message, _ a: String...) -> String {
      var text = language.text(m)
      for (i, arg) in a.enumerated() { text = text.replacing("{\(i)}", with: arg) }
      return text
    }
    func day(_ date: LocalDate?) -> String { date.map { " \($0)" } ?? "" }
    func fields(_ f: [String]) -> String { f.joined(separator: ", ") }
    func rater(_ r: String?) -> String {
      r.map { " (\(language.label($0, Schemas.rater)))" } ?? ""
    }
    func score(_ value: Double?) -> String {
      guard let value else { return "?" }
      return language.decimal(
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
    }
    func kind(_ k: SessionKind?) -> String {
      k.flatMap { Schemas.sessionKind[$0.rawValue]?.label(language.code) } ?? t(.chSession)
    }
    let none = t(.chNone)
    switch self {
    case .created(let by):
      return by.map { t(.chCreatedBy, language.label($0, Schemas.referrer)) } ?? t(.chCreated)
    case .imported(let date, let before):
      return t(
        .chImported, day(date),
        before.map { t($0 == 1 ? .chContactBefore : .chContactsBefore, String($0)) } ?? "")
    case .deleted: return t(.chDeleted)
    case .field(let name, let from, let to):
      return t(.chField, name, from == "none" ? none : from, to == "none" ? none : to)
    case .part(let name, let f): return t(.chPart, name, fields(f))
    case .status(let from, let to):
      func label(_ s: TrajectoryStatus?) -> String {
        s.map { language.label($0.rawValue, Schemas.status) } ?? none
      }
      return t(.chStatus, label(from), label(to))
    case .started(let date): return t(.chStarted, date.description)
    case .startMoved(let from, let to):
      return to.map { t(.chStartMoved, from.description, $0.description) }
        ?? t(.chStartRemoved, from.description)
    case .planWeeks: return t(.chPlanWeeks)
    case .reviewPlanned(let date): return t(.chReviewPlanned, date.description)
    case .reviewRemoved(let date): return t(.chReviewRemoved, date.description)
    case .consentGiven(let date): return t(.chConsentGiven, day(date))
    case .consentWithdrawn(let date): return t(.chConsentWithdrawn, day(date))
    case .consentChanged(let date, let f): return t(.chConsentChanged, day(date), fields(f))
    case .consentRemoved(let date): return t(.chConsentRemoved, day(date))
    case .goalAdded(let id): return t(.chGoalAdded, id)
    case .goalRemoved(let id): return t(.chGoalRemoved, id)
    case .goalChanged(let id, let f): return t(.chGoalChanged, id, fields(f))
    case .goalResult(let id, let result, let before):
      func label(_ r: GoalResult) -> String { language.label(r.rawValue, Schemas.goalResult) }
      let now = result.map(label) ?? t(.chRemoved)
      return before.map { t(.chGoalResultChanged, id, label($0), now) } ?? t(.chGoalResult, id, now)
    case .rated(let goal, let value, let r): return t(.chRated, goal, score(value), rater(r))
    case .ratingChanged(let goal, let date, let r, let from, let to):
      return t(.chRatingChanged, goal, day(date), rater(r), score(from), score(to))
    case .ratingRemoved(let goal, let date, let r):
      return t(.chRatingRemoved, goal, day(date), rater(r))
    case .sessionLogged(let date, let k, let minutes, let status):
      let details = day(date) + (minutes.map { t(.chMinutes, String($0)) } ?? "")
      var s = t(.chSessionLogged, kind(k), details)
      if status != .held {
        s += t(.chNotHeld, language.label(status.rawValue, Schemas.sessionStatus))
      }
      return s
    case .sessionChanged(let date, let k, let f):
      return t(.chSessionChanged, day(date), k.map { ", " + kind($0) } ?? "", fields(f))
    case .sessionRemoved(let date, let k):
      return t(.chSessionRemoved, day(date), k.map { ", " + kind($0) } ?? "")
    case .handedOver(let from, let to, let date):
      return t(.chHandedOver, from, to, date.map { t(.chOnDate, $0.description) } ?? "")
    case .closed(let reason, let date, let destinations):
      var s =
        reason.map { t(.chClosedBecause, language.label($0.rawValue, Schemas.closureReason)) }
        ?? t(.chClosed)
      if let date { s += t(.chOnDate, date.description) }
      if !destinations.isEmpty {
        s += t(
          .chClosedNext,
          destinations.map { language.label($0, Schemas.destination) }.joined(separator: ", "))
      }
      return s
    case .closureChanged(let f): return t(.chClosureChanged, fields(f))
    case .reopened: return t(.chReopened)
    case .schoolMoved(let from, let to, let date):
      return t(.scMoved, from, to, date.description)
    case .schoolMoveRemoved(let from, let to, let date):
      return t(.scMoveRemoved, from, to, date.description)
    case .schoolsChanged: return t(.scSchoolsChanged)
    case .other(let change): return change.text(language)
    }
  }
}

extension SchemaChange {
  /// The change in `language`: field names and list keys as they are.
  func text(_ language: Language) -> String {
    func fields(_ f: [String]) -> String { f.joined(separator: ", ") }
    switch self {
    case .added(let name): return language.text(.scAdded, name)
    case .removed(let name): return language.text(.scRemoved, name)
    case .changed(let name, let f):
      return f.isEmpty
        ? language.text(.scChanged, name) : language.text(.scChangedFields, name, fields(f))
    case .entryAdded(let name, let key): return language.text(.scEntryAdded, name, key)
    case .entryChanged(let name, let key, let f):
      return f.isEmpty
        ? language.text(.scEntryChanged, name, key)
        : language.text(.scEntryChangedFields, name, key, fields(f))
    case .entryRemoved(let name, let key): return language.text(.scEntryRemoved, name, key)
    }
  }
}

extension ConfigChange {
  /// The change in `language`: field names and ids as they are.
  func text(_ language: Language) -> String {
    func entry(_ e: Entry) -> String {
      switch e {
      case .programme: language.text(.cfProgramme)
      case .school: language.text(.cfSchool)
      case .worker: language.text(.cfWorker)
      }
    }
    switch self {
    case .created: return language.text(.chCreated)
    case .deleted: return language.text(.chDeleted)
    case .changed(let name): return language.text(.cfChanged, name)
    case .entryAdded(let e, let id): return language.text(.cfAdded, entry(e), id)
    case .entryChanged(let e, let id, let fields):
      return fields.isEmpty
        ? language.text(.cfEntryChanged, entry(e), id)
        : language.text(.cfEntryChangedFields, entry(e), id, fields.joined(separator: ", "))
    case .entryRemoved(let e, let id): return language.text(.cfRemoved, entry(e), id)
    }
  }
}

extension ActivityFileChange {
  /// The change in `language`: ids, dates, codes and counts as they are, activity types by
  /// their label in `language`.
  func text(_ language: Language) -> String {
    func none(_ value: String?) -> String { value ?? language.text(.chNone) }
    func minutes(_ m: Int?) -> String { none(m.map(String.init)) }
    func count(_ n: Int, _ one: Message, _ many: Message) -> String {
      language.text(n == 1 ? one : many, String(n))
    }
    func attendance(_ a: Attendance) -> String {
      switch a {
      case .present: language.text(.acPresent)
      case .absent: language.text(.acAbsent)
      case .excused: language.text(.acExcused)
      }
    }
    func rows(_ changes: [AttendanceChange]) -> String {
      changes.map { c in
        "\(c.id) " + (c.from.map { attendance($0) + " → " } ?? "") + attendance(c.to)
      }.joined(separator: ", ")
    }
    switch self {
    case .created(let type, let date, let counts):
      let what =
        type.map { language.label($0.rawValue, Schemas.activityType) }
        ?? language.text(.acActivity)
      let parts = counts.map { c -> String in
        switch c {
        case .minutes(let m): language.text(.acMinutes, String(m))
        case .childrenNamed(let n): count(n, .acChildNamed, .acChildrenNamed)
        case .withoutName(let n): language.text(.acWithoutName, String(n))
        case .participants(let n): count(n, .acParticipant, .acParticipants)
        case .meetings(let n): count(n, .acMeeting, .acMeetings)
        case .attending(let n): language.text(.acAttending, String(n))
        case .contacts(let n): count(n, .acContact, .acContacts)
        }
      }
      return language.text(
        .acCreated, what, date.map { " \($0)" } ?? "",
        parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    case .deleted: return language.text(.chDeleted)
    case .field(let field, let from, let to):
      let name: String
      switch field {
      case .id, .type, .programme, .school: name = field.rawValue
      case .date: name = language.text(.acFieldDate)
      case .minutes: name = language.text(.acFieldMinutes)
      case .unnamed: name = language.text(.acFieldUnnamed)
      case .theme: name = language.text(.acFieldTheme)
      case .audience: name = language.text(.acFieldAudience)
      case .attendance: name = language.text(.acFieldAttendance)
      case .teacher: name = language.text(.acFieldTeacher)
      }
      return language.text(.acField, name, none(from), none(to))
    case .added(let list, let id):
      switch list {
      case .workers: return language.text(.acWorkerAdded, id)
      case .present: return language.text(.acPresentAdded, id)
      case .children: return language.text(.acChildAdded, id)
      case .participants: return language.text(.acParticipantAdded, id)
      }
    case .removed(let list, let id):
      switch list {
      case .workers: return language.text(.acWorkerRemoved, id)
      case .present: return language.text(.acPresentRemoved, id)
      case .children: return language.text(.acChildRemoved, id)
      case .participants: return language.text(.acParticipantRemoved, id)
      }
    case .nameChanged: return language.text(.acNameChanged)
    case .noteChanged: return language.text(.acNoteChanged)
    case .lightContactsAdded(let n): return count(n, .acLightAdded, .acLightAddedMany)
    case .lightContactsRemoved(let n): return count(n, .acLightRemoved, .acLightRemovedMany)
    case .meetingAdded(let key, let m, let counts):
      var parts: [String] = []
      if let m { parts.append(language.text(.acMinutes, String(m))) }
      for a in Attendance.allCases {
        if let n = counts[a], n > 0 { parts.append("\(attendance(a)) \(n)") }
      }
      return language.text(
        .acMeetingAdded, key, parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    case .meetingMinutes(let key, let from, let to):
      return language.text(.acMeetingMinutes, key, minutes(from), minutes(to))
    case .attendanceRecorded(let key, let changes):
      return language.text(.acAttendanceRecorded, key, rows(changes))
    case .attendanceChanged(let key, let changes):
      return language.text(.acAttendanceChanged, key, rows(changes))
    case .attendanceRemoved(let key, let ids):
      return language.text(.acAttendanceRemoved, key, ids.joined(separator: ", "))
    case .meetingNoteChanged(let key): return language.text(.acMeetingNote, key)
    case .meetingRemoved(let key): return language.text(.acMeetingRemoved, key)
    }
  }
}
