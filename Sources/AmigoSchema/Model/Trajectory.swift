/// Byte offsets of a value in its file, so rules can point at it.
public struct Span: Sendable, Hashable {
  // Stored small (files are far below 2 GB): a workspace holds millions of spans.
  private var storedStart: Int32
  private var storedEnd: Int32
  public var start: Int {
    get { Int(storedStart) }
    set { storedStart = Int32(clamping: newValue) }
  }
  public var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = Int32(clamping: newValue) }
  }
  public init(_ start: Int, _ end: Int) {
    storedStart = Int32(clamping: start)
    storedEnd = Int32(clamping: end)
  }
  public static let none = Span(0, 0)
}

public enum TrajectoryStatus: String, Sendable, Hashable, CaseIterable {
  case referred, waiting, intake, active, paused, closing, closed
  case notStarted = "not-started"

  /// True while support is under way (counted in weekly overviews).
  public var isRunning: Bool { self == .active || self == .closing }
}

public enum SessionStatus: String, Sendable, Hashable, CaseIterable {
  case held
  case noShow = "no-show"
  case cancelledByFamily = "cancelled-by-family"
  case cancelledByWorker = "cancelled-by-worker"
  case schoolClosed = "school-closed"
}

public enum Party: String, Sendable, Hashable, CaseIterable {
  case child, parents, teacher, worker
}

public enum GoalResult: String, Sendable, Hashable, CaseIterable {
  case achieved, partly
  case notAchieved = "not-achieved"
  case dropped
}

public enum ClosureReason: String, Sendable, Hashable, CaseIterable {
  case completed
  case endedByAgreement = "ended-by-agreement"
  case endedByClient = "ended-by-client"
  case endedByProvider = "ended-by-provider"
  case externalCircumstances = "external-circumstances"
}

public struct Child: Sendable, Hashable {
  public init() {}
  public var label: String = ""
  public var labelSpan = Span.none
  public var born: YearMonth?
  public var bornSpan = Span.none
  public var gender: String?
  public var genderSpan = Span.none
  /// The school group in `SchoolGroup` notation (0 preschool, 1-8 primary, 9-14 secondary).
  public var group: Int?
  public var groupSpan = Span.none
}

public struct Referral: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var by: String?
  public var bySpan = Span.none
  public var concerns: [String] = []
  /// The position of the `concerns` list.
  public var concernsSpan = Span.none
  public var request: String?
  public var requestSpan = Span.none
}

public struct Consent: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var givenBy: [String] = []
  public var form: String?
  public var scope: [String] = []
  public var exception: String?
  public var exceptionSpan = Span.none
  /// A short reason for the exception (`exception_ground`), never more.
  public var exceptionGround: String?
  public var exceptionGroundSpan = Span.none
  public var withdrawn: LocalDate?
  public var withdrawnSpan = Span.none
  /// The scopes withdrawn on `withdrawn`; empty: the whole consent.
  public var withdrawnScope: [String] = []
}

public struct Plan: Sendable, Hashable {
  public init() {}
  public var start: LocalDate?
  public var startSpan = Span.none
  public var weeks: Int?
  public var reviews: [LocalDate] = []
}

public struct Rating: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var value: Double?
  /// Who gave the score (`Schemas.rater`, or a workspace's own rater).
  public var rater: String?
  /// A rating given after the closure, in the follow-up period (`follow_up: true`).
  public var followUp = false
  public var span = Span.none
}

public struct Goal: Sendable, Hashable {
  public init() {}
  public var id: String = ""
  public var idSpan = Span.none
  public var domain: String?
  public var domainSpan = Span.none
  public var text: String = ""
  public var textSpan = Span.none
  public var agreedWith: [String] = []
  public var agreedWithSpan = Span.none
  /// The day the goal was agreed; nil in files written before `goal add` wrote it.
  public var agreedOn: LocalDate?
  public var agreedOnSpan = Span.none
  public var target: Double?
  public var ratings: [Rating] = []
  public var result: GoalResult?
  public var span = Span.none
}

public struct Session: Sendable, Hashable {
  public init() {}
  // In this order the fields pack into 48 bytes (a whole workspace holds hundreds of
  // thousands of sessions: `report --period` holds every one).
  /// Stored in 32 bits, `Int32.min` standing for none: the schema allows 0-600, and a value
  /// beyond ±2 147 483 647 (a schema error either way) is kept at that bound.
  private var storedMinutes = Int32.min
  public var minutes: Int? {
    get { storedMinutes == .min ? nil : Int(storedMinutes) }
    set {
      storedMinutes = newValue.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min
    }
  }
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var kind: SessionKind?
  public var status: SessionStatus = .held
  /// A follow-up contact after the closure (`follow_up: true`, `FollowUpRule`).
  public var followUp = false
  /// The groups `with` names (`ConsentLaw.Group.mask`), worked out once when it is set: kept
  /// when `dropDetails()` drops the list, for `reachesChildOrParents`, and read by
  /// `ConsentRule` for every held contact.
  private(set) var participantGroups: UInt8 = 0
  public var followUpSpan = Span.none
  public var span = Span.none
  /// The place, participants, methods, goal references and note: kept apart, in one box,
  /// because a whole workspace holds hundreds of thousands of sessions and reports drop these
  /// (`dropDetails()`); a session without them is a third of the size.
  private var details = SessionDetails.Storage()

  public var place: String? {
    get { details.box?.value.place }
    set { details.modify { $0.place = newValue } }
  }
  public var with: [String] {
    get { details.box?.value.with ?? [] }
    set {
      details.modify { $0.with = newValue }
      participantGroups = ConsentLaw.Group.mask(newValue)
    }
  }
  /// The positions of the `with` and `methods` lists.
  public var withSpan: Span {
    get { details.box?.value.withSpan ?? .none }
    set { details.modify { $0.withSpan = newValue } }
  }
  public var methods: [String] {
    get { details.box?.value.methods ?? [] }
    set { details.modify { $0.methods = newValue } }
  }
  public var methodsSpan: Span {
    get { details.box?.value.methodsSpan ?? .none }
    set { details.modify { $0.methodsSpan = newValue } }
  }
  public var goals: [String] {
    get { details.box?.value.goals ?? [] }
    set { details.modify { $0.goals = newValue } }
  }
  public var goalSpans: [Span] {
    get { details.box?.value.goalSpans ?? [] }
    set { details.modify { $0.goalSpans = newValue } }
  }
  public var note: String? {
    get { details.box?.value.note }
    set { details.modify { $0.note = newValue } }
  }
  public var noteSpan: Span {
    get { details.box?.value.noteSpan ?? .none }
    set { details.modify { $0.noteSpan = newValue } }
  }

  public var isHeld: Bool { status == .held }

  /// A held contact with the child or its parents: what "reached" counts (DOMAIN.md: a child
  /// who is only discussed has not been reached). A kind in which the child takes part or that
  /// is a contact with the parents, or any kind with the child or a parent among `with` (a
  /// phone call with the mother); a teacher talk or a consultation about the child is not.
  public var reachesChildOrParents: Bool {
    guard isHeld else { return false }
    guard let kind else { return true }
    let policy = kind.policy
    let childOrParents = ConsentLaw.Group.bit(.child) | ConsentLaw.Group.bit(.parents)
    return policy.involvesChild || policy.consent.withParents
      || participantGroups & childOrParents != 0
  }

  /// See `Trajectory.dropDetails()`.
  public mutating func dropDetails() {
    details = SessionDetails.Storage()
  }
}

/// What `Session.dropDetails()` drops, stored apart from the session's facts.
struct SessionDetails: Hashable {
  var place: String?
  var with: [String] = []
  var withSpan = Span.none
  var methods: [String] = []
  var methodsSpan = Span.none
  var goals: [String] = []
  var goalSpans: [Span] = []
  var note: String?
  var noteSpan = Span.none

  /// Never changed once shared (copied on write), so safe to send.
  final class Box: @unchecked Sendable {
    var value: SessionDetails
    init(_ value: SessionDetails) { self.value = value }
  }

  /// The details of one session: none (nil) is the same as all empty, for equality and hashing.
  struct Storage: Hashable, Sendable {
    var box: Box?

    @inline(__always) mutating func modify(_ change: (inout SessionDetails) -> Void) {
      if box == nil {
        box = Box(SessionDetails())
      } else if !isKnownUniquelyReferenced(&box) {
        box = Box(box!.value)
      }
      change(&box!.value)
    }

    static func == (a: Storage, b: Storage) -> Bool {
      if a.box === b.box { return true }
      return (a.box?.value ?? SessionDetails()) == (b.box?.value ?? SessionDetails())
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(box?.value ?? SessionDetails())
    }
  }
}

public struct Closure: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var reason: ClosureReason?
  public var reasonSpan = Span.none
  /// The single destination (`destination:`); see `allDestinations`.
  public var destination: String?
  public var destinationSpan = Span.none
  /// Several destinations (`destinations:`); a file has this or `destination`, not both.
  public var destinations: [String] = []
  public var destinationsSpan = Span.none
  public var summary: String?
  public var summarySpan = Span.none
  public var satisfaction: [Party: Int] = [:]
  public var span = Span.none
}

/// One child's trajectory, decoded from its file. Fields that were missing or invalid are nil or
/// empty (the schema check reports them); everything present and valid is here.
public struct Trajectory: Sendable, Hashable {
  public var id: String = ""
  public var idSpan = Span.none
  public var programme: String = ""
  public var programmeSpan = Span.none
  public var school: String = ""
  public var schoolSpan = Span.none
  /// The dated school history, oldest first (`schools:`; `SchoolHistory.swift`).
  public var schools: [SchoolChange] = []
  public var worker: String = ""
  public var workerSpan = Span.none
  /// A pseudonymous family id linking siblings' trajectories (never a surname).
  public var family: String?
  public var familySpan = Span.none
  public var status: TrajectoryStatus?
  public var statusSpan = Span.none
  public var child = Child()
  public var referral: Referral?
  public var consent: [Consent] = []
  public var plan = Plan()
  /// Dated pauses, oldest first (`Pauses.swift`).
  public var pauses: [Pause] = []
  public var goals: [Goal] = []
  public var sessions: [Session] = []
  /// What meetings about several children agreed for this child (`Agreement`).
  public var agreements: [Agreement] = []
  /// What was shared with whom (`Sharing`).
  public var sharing: [Sharing] = []
  /// The steps of a meldcode procedure (`MeldcodeStep`).
  public var meldcode: [MeldcodeStep] = []
  public var measures: [Measure] = []
  /// Referrals this service made to other help (`ReferralMade`).
  public var referrals: [ReferralMade] = []
  public var closure: Closure?
  /// Further workers beside `worker` (`workers:`; `Rights.swift`).
  public var workers: [String] = []
  public var workerSpans: [Span] = []
  /// Handovers from one worker to another, oldest first (`Rights.swift`).
  public var handovers: [Handover] = []
  /// The family's own statements, oldest first (`Rights.swift`).
  public var statements: [Statement] = []
  /// Set when the trajectory was imported from another system (`Rights.swift`).
  public var imported: Imported?
  /// The earlier trajectory of the same child, for a repeat request (`previous:`).
  public var previous: String?
  public var previousSpan = Span.none

  public init() {}

  /// Keeps only the facts that counts and workspace reports read, to hold a whole workspace
  /// in less memory: drops the free texts (session notes, the referral's request, the closure
  /// summary) and the sessions' place, participants, methods and goal references.
  public mutating func dropDetails() {
    if referral != nil {
      referral!.request = nil
      referral!.requestSpan = .none
    }
    if closure != nil {
      closure!.summary = nil
      closure!.summarySpan = .none
    }
    for i in sessions.indices {
      sessions[i].dropDetails()
    }
    for i in agreements.indices {
      agreements[i].agreed = nil
      agreements[i].agreedSpan = .none
    }
    for i in consent.indices {
      consent[i].exceptionGround = nil
      consent[i].exceptionGroundSpan = .none
    }
    for i in sharing.indices {
      sharing[i].note = nil
      sharing[i].noteSpan = .none
    }
    for i in statements.indices {
      statements[i].text = ""
      statements[i].textSpan = .none
    }
  }

  /// The first consent given (nil when there is none).
  public var firstConsent: LocalDate? { consent.compactMap(\.date).min() }

  /// True when a consent is in force on `date`: given on or before it and not withdrawn by then.
  public func hasConsent(on date: LocalDate) -> Bool {
    consent.contains { c in
      guard let given = c.date, given <= date else { return false }
      // Withdrawn on a day: still in force that day (the withdrawal ends it after).
      if let w = c.withdrawn, w < date, c.withdrawnScope.isEmpty { return false }
      return true
    }
  }

  /// Week number within the trajectory (week 1 is the ISO week of the start), or nil. Paused
  /// weeks (`Pause`) do not count: the week after a three-week pause has the number the week
  /// before it had, plus one.
  public func week(of date: LocalDate) -> Int? {
    guard let start = plan.start else { return nil }
    let calendar = (date.startOfWeek.dayNumber - start.startOfWeek.dayNumber) / 7 + 1
    guard !pauses.isEmpty, calendar > 0 else { return calendar }
    return max(1, calendar - pausedWeeks(through: date))
  }
}

extension Goal {
  /// True when the goal existed on `date`: agreed on or before it, or, without an agreed date,
  /// rated on or before it. A goal with neither cannot be placed in time and counts as always
  /// there (as before goals had a date).
  public func existed(on date: LocalDate) -> Bool {
    if let agreedOn { return agreedOn <= date }
    let rated = ratings.compactMap(\.date)
    if rated.isEmpty { return true }
    return rated.contains { $0 <= date }
  }
}
