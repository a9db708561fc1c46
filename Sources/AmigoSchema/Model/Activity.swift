/// Work about several children, as a record of its own (`activities/<id>.yaml`, format
/// `amigo.activity/1`): a meeting about several children or a group module. Each child is named
/// by its trajectory id only, never by name; minutes are counted once per activity, never
/// copied into the children's files.
public struct Activity: Sendable, Hashable {
  public var id: String = ""
  public var idSpan = Span.none
  public var type: ActivityType?
  public var typeSpan = Span.none
  public var programme: String = ""
  public var programmeSpan = Span.none
  public var school: String = ""
  public var schoolSpan = Span.none
  public var workers: [String] = []
  public var workerSpans: [Span] = []
  // A meeting about several children.
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var minutes: Int?
  /// Who was present besides the workers (`Schemas.participant` values).
  public var with: [String] = []
  public var withSpans: [Span] = []
  /// The trajectories discussed (ids).
  public var children: [String] = []
  public var childSpans: [Span] = []
  /// Pupils discussed without being named: a count, never reached.
  public var unnamed: Int?
  // A group module.
  public var name: String?
  public var nameSpan = Span.none
  /// What the group is about (`Schemas.domain` value).
  public var theme: String?
  /// The trajectories taking part (ids).
  public var participants: [String] = []
  public var participantSpans: [Span] = []
  public var meetings: [GroupMeeting] = []
  // Work without a child file: a theme meeting, teacher support, a tally of light contacts.
  /// Theme meeting: who it was for (`Schemas.audience` value).
  public var audience: String?
  public var audienceSpan = Span.none
  /// Theme meeting: how many came (a count, never names).
  public var attendance: Int?
  /// Teacher support: the role of the staff member supported (`Schemas.teacherRole` value).
  public var teacher: String?
  /// Light contacts: the tally's entries, anonymous.
  public var contacts: [LightContact] = []
  public var note: String?
  public var noteSpan = Span.none

  public init() {}

  /// Every trajectory id the activity names, each once, in file order.
  /// Adds the trajectory ids the activity names (`namedChildren`) to `named`, without lists
  /// made on the way (a workspace's thousands of activities, on one core).
  public func addNamedChildren(to named: inout Set<String>) {
    for id in children { named.insert(id) }
    for id in participants { named.insert(id) }
    for m in meetings {
      for id in m.present { named.insert(id) }
      for id in m.absent { named.insert(id) }
      for id in m.excused { named.insert(id) }
    }
  }

  public var namedChildren: [String] {
    var seen = Set<String>()
    let all =
      children + participants + meetings.flatMap { $0.present + $0.absent + $0.excused }
    return all.filter { seen.insert($0).inserted }
  }

  /// Minutes of the activity's held meetings (one meeting, or a group's meetings), counted once.
  public func minutes(from: LocalDate? = nil, to: LocalDate? = nil) -> Int {
    func inside(_ d: LocalDate?) -> Bool {
      guard let d else { return false }
      return (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true)
    }
    switch type {
    case .meeting?: return inside(date) ? (minutes ?? 0) : 0
    case .group?: return meetings.filter { inside($0.date) }.reduce(0) { $0 + ($1.minutes ?? 0) }
    case .themeMeeting?, .teacherSupport?: return inside(date) ? (minutes ?? 0) : 0
    case .lightContacts?:
      return contacts.filter { inside($0.date) }.reduce(0) { $0 + ($1.minutes ?? 0) }
    case nil: return 0
    }
  }

  /// The dated occasions of the activity: the meeting itself, or each group meeting.
  public var occasions: [(date: LocalDate, minutes: Int)] {
    switch type {
    case .meeting?: return date.map { [($0, minutes ?? 0)] } ?? []
    case .group?: return meetings.compactMap { m in m.date.map { ($0, m.minutes ?? 0) } }
    case .themeMeeting?, .teacherSupport?: return date.map { [($0, minutes ?? 0)] } ?? []
    case .lightContacts?: return contacts.compactMap { c in c.date.map { ($0, c.minutes ?? 0) } }
    case nil: return []
    }
  }

  /// True when the meeting was a contact with the children or their parents (so the children
  /// it names are reached), not only a talk about them.
  public var reachesChildren: Bool {
    with.contains { p in
      let group = ConsentLaw.Group.of(p)
      return group == .child || group == .parents
    }
  }

  /// The same activity without `child` (erasure).
  public func removing(_ child: String) -> Activity {
    var a = self
    func drop(_ ids: [String], _ spans: [Span]) -> ([String], [Span]) {
      let keep = ids.indices.filter { ids[$0] != child }
      return (keep.map { ids[$0] }, keep.map { $0 < spans.count ? spans[$0] : .none })
    }
    (a.children, a.childSpans) = drop(children, childSpans)
    (a.participants, a.participantSpans) = drop(participants, participantSpans)
    for i in a.meetings.indices {
      (a.meetings[i].present, a.meetings[i].presentSpans) = drop(
        a.meetings[i].present, a.meetings[i].presentSpans)
      (a.meetings[i].absent, a.meetings[i].absentSpans) = drop(
        a.meetings[i].absent, a.meetings[i].absentSpans)
      (a.meetings[i].excused, a.meetings[i].excusedSpans) = drop(
        a.meetings[i].excused, a.meetings[i].excusedSpans)
    }
    return a
  }
}

/// One meeting of a group module, with each participant's attendance.
public struct GroupMeeting: Sendable, Hashable {
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var minutes: Int?
  public var present: [String] = []
  public var presentSpans: [Span] = []
  public var absent: [String] = []
  public var absentSpans: [Span] = []
  public var excused: [String] = []
  public var excusedSpans: [Span] = []
  public var note: String?
  public var noteSpan = Span.none
  public var span = Span.none

  public init() {}

  /// Every child whose attendance is recorded, with the attendance and the position.
  public var attendance: [(id: String, attendance: Attendance, span: Span)] {
    func rows(_ ids: [String], _ spans: [Span], _ a: Attendance) -> [(String, Attendance, Span)] {
      ids.indices.map { (ids[$0], a, $0 < spans.count ? spans[$0] : .none) }
    }
    return rows(present, presentSpans, .present) + rows(absent, absentSpans, .absent)
      + rows(excused, excusedSpans, .excused)
  }
}

/// A participant's attendance at one group meeting.
public enum Attendance: String, Sendable, Hashable, CaseIterable {
  case present, absent, excused
}

/// The kinds of activity. Adding one is a case here, its entry in `policy` and, when it needs
/// them, its own fields in `Schemas.activity`: the type rule, the commands' help and the docs
/// read the table.
public enum ActivityType: String, Sendable, Hashable, CaseIterable {
  /// A meeting about several children (consultation round, care-team meeting, family contact
  /// about siblings).
  case meeting
  /// A group module: a series of meetings with the same children.
  case group
  /// A theme meeting (parents' evening, class talk): audience and a head count, no names.
  case themeMeeting = "theme-meeting"
  /// Support of a teacher or other school staff, about no child in particular.
  case teacherSupport = "teacher-support"
  /// A worker's tally of light contacts in one month: anonymous questions answered without a
  /// child file (`L-<yyyy>-<mm>-<worker>`).
  case lightContacts = "light-contacts"
}

/// What is true of one activity type.
public struct ActivityTypePolicy: Sendable {
  /// The value in files, labels and Dutch input words.
  public let value: EnumValue
  /// The fields of `Schemas.activity` this type must have (besides those of every activity).
  public let required: [String]
  /// The fields this type may have (besides those of every activity); any other is an error.
  public let fields: [String]
  /// The consent naming a child in this activity needs is that of a contact of this kind
  /// (`ConsentLaw.scopes`), with the roles present (`with`).
  public let consentKind: SessionKind
  /// The prefix of new ids (`M-2026-7KQ4`).
  public let idPrefix: String
}

extension ActivityType {
  /// Fields every activity has, whatever its type.
  public static let commonFields = [
    "schema", "id", "type", "programme", "school", "workers", "note",
  ]

  @inline(__always) public var policy: ActivityTypePolicy { Self.policies[self]! }

  /// The fields a file of each type may hold (`commonFields` and its policy's), made once.
  static let allowedFields = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, Set(commonFields + $0.policy.fields)) })

  static let policies = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.entry) })

  private var entry: ActivityTypePolicy {
    switch self {
    case .meeting:
      ActivityTypePolicy(
        value: EnumValue(
          rawValue, en: "meeting about several children", nl: "overleg over meerdere kinderen",
          aliases: ["overleg", "bespreking"],
          doc:
            "a consultation round, care-team meeting or family contact about siblings: `date`, `minutes`, `with` (roles present), `children` (trajectories discussed), `unnamed` (pupils discussed without a name)"
        ),
        required: ["date", "minutes"], fields: ["date", "minutes", "with", "children", "unnamed"],
        consentKind: .networkTalk, idPrefix: "M")
    case .group:
      ActivityTypePolicy(
        value: EnumValue(
          rawValue, en: "group module", nl: "groepsmodule", aliases: ["groep", "groepsmodule"],
          doc:
            "a series of group meetings: `name`, `theme`, `participants` (trajectories), `meetings` with attendance"
        ),
        required: ["name"], fields: ["name", "theme", "participants", "meetings"],
        consentKind: .groupSession, idPrefix: "G")
    case .themeMeeting, .teacherSupport, .lightContacts:
      lightWorkEntry
    }
  }
}

extension Activity {
  /// The keys whose values are text that may span lines, so hold tabs and line breaks however
  /// they are written (`\t` in double quotes as well as in block text), as a trajectory's
  /// session note does: the notes of the activity and of a group's meetings.
  public static let multilineKeys: Set<String> = ["note"]
}
