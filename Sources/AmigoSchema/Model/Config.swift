/// A programme and its norms (`programmes:` in `amigo.yaml`).
public struct Programme: Sendable, Hashable {
  public var id: String
  public var label: String = ""
  public var age: ClosedRange<Int>?
  public var weeks: ClosedRange<Int>?
  /// The dose norm: sessions of `doseKind` per school week (`child_sessions_per_week:`).
  public var childSessionsPerWeek: Int?
  /// Default minutes of a session of `doseKind` (`session_minutes:`).
  public var sessionMinutes: Int?
  /// The session kind the dose norm counts and `session_minutes` is for (`dose_kind:`,
  /// default child-talk): every message and report column about the dose names it.
  public var doseKind: SessionKind = .childTalk
  public var requiredContacts: [SessionKind] = []
  public var retentionYears: Int?
  /// Months after the closure in which follow-up contacts and measures are allowed
  /// (`follow_up_months:`); nil: `Programme.defaultFollowUpMonths`.
  public var followUpMonths: Int?
  /// The session kinds the programme uses (`session_kinds:`); nil: every kind.
  public var sessionKinds: [SessionKind]?
  /// Whether goals are agreed and rated in this programme (`goals:`, default true).
  public var goalsExpected = true
  /// Whether the programme requires the parents' consent for its contacts at every age
  /// (`parents_consent:`, default false): beyond the law, which lets a child of 12 to 15 be
  /// helped without them (art. 7:450(2) BW) and from 16 consent alone.
  public var parentsConsent = false
  /// The referrers the programme takes children from (`referred_by:`, file values); empty: any.
  public var referrers: [String] = []
  /// Trajectory fields the programme does not record (`not_recorded:`, `Schemas.recordable`
  /// values): a file that has one is refused.
  public var notRecorded: [String] = []
  /// The optional figures of the programme's part of the period report (`figures:`,
  /// `Schemas.reportFigure` values); nil: all of them.
  public var figures: [String]?

  public init(id: String) { self.id = id }

  /// True when the programme uses sessions of `kind` (see `sessionKinds`).
  public func uses(_ kind: SessionKind) -> Bool { sessionKinds?.contains(kind) ?? true }

  /// True when the programme has a dose norm (sessions of `doseKind` per school week).
  public var hasDoseNorm: Bool { (childSessionsPerWeek ?? 0) > 0 }

  /// True when reports give `kind` a column or figure of its own for this programme: its dose
  /// norm counts the kind, or it names the kind in `session_kinds:` (a programme that declares
  /// no kinds and no norm gets none: it did not say it works with that kind). The one rule
  /// behind the week report's dose column and the period report's child-talk figure.
  public func counts(_ kind: SessionKind) -> Bool {
    (hasDoseNorm && doseKind == kind) || sessionKinds?.contains(kind) == true
  }

  /// Amigo's op School: 2 × 20 minutes a week, 12-20 weeks, age 8-13, a home visit, a classroom
  /// observation, a parent talk and a teacher talk before a completed closure; its period
  /// report shows families, the waiting list and satisfaction (`figures:`).
  public static let amigosOpSchool: Programme = {
    var p = Programme(id: "amigos-op-school")
    p.label = "Amigo's op School"
    p.age = 8...13
    p.weeks = 12...20
    p.childSessionsPerWeek = 2
    p.sessionMinutes = 20
    p.requiredContacts = [.homeVisit, .classroomObservation, .parentTalk, .teacherTalk]
    p.retentionYears = 20
    p.figures = ["families", "waiting", "satisfaction"]
    return p
  }()
}

public struct School: Sendable, Hashable {
  public var id: String
  public var name: String = ""
  public var municipality: String?
  public var area: String?
  /// The hours a week agreed with the school (`hours_per_week`).
  public var agreedHours: Double?
  /// The school's weighting (schoolweging, CBS), when recorded.
  public var weighting: Double?
  public init(id: String) { self.id = id }
}

public struct Worker: Sendable, Hashable {
  public var id: String
  public var name: String = ""
  /// Level and training, as the organisation writes it (`HBO social work`).
  public var qualification: String?
  /// Extra trainings with the day each was completed.
  public var trainings: [Training] = []
  /// Hours a week per school (`schools:`), in file order.
  public var hours: [WorkerHours] = []
  /// The worker's last working day: a former worker stays valid in old files, but gets no new
  /// children or contacts after it (`FormerWorkerRule`).
  public var end: LocalDate?
  public init(id: String) { self.id = id }

  /// True when the worker had left by `date` (worked until the day before, or earlier).
  public func hasLeft(by date: LocalDate) -> Bool { end.map { $0 < date } ?? false }
}

/// A training a worker completed (`trainings:`).
public struct Training: Sendable, Hashable {
  public var label = ""
  public var date: LocalDate?
  public init() {}
}

/// A worker's hours a week at one school.
public struct WorkerHours: Sendable, Hashable {
  public var school = ""
  public var hoursPerWeek: Double?
  public init() {}
}

/// A school holiday; its days do not count against anyone.
public struct Holiday: Sendable, Hashable {
  public var label: String
  public var from: LocalDate
  public var to: LocalDate

  public init(label: String, from: LocalDate, to: LocalDate) {
    self.label = label
    self.from = from
    self.to = to
  }

  public func contains(_ date: LocalDate) -> Bool { date >= from && date <= to }
}

/// The workspace configuration, `amigo.yaml`.
public struct Config: Sendable, Hashable {
  public var organisation: String = ""
  public var language: String = "nl"
  public var smallNumbers: Int = 5
  public var idPrefix: String = "T"
  public var programmes: [Programme] = []
  public var schools: [School] = []
  public var workers: [Worker] = [] {
    didSet { workerIndex = Config.firstIndices(of: workers.map(\.id)) }
  }
  /// The index in `workers` of each id (the first, should one repeat), precomputed: rules look
  /// the worker of every file up, and a search compared the id with every worker's.
  private var workerIndex: [String: Int] = [:]
  public var holidays: [Holiday] = [] {
    didSet { holidayWeekMondays = Config.holidayWeeks(holidays) }
  }
  /// Day numbers of the Mondays of school weeks that lie entirely in holidays (precomputed:
  /// rules ask this for every week of every trajectory).
  private var holidayWeekMondays: Set<Int> = []
  /// `privacy: {strict: true}`: the identifier lint reports errors instead of warnings.
  public var strictPrivacy = false
  /// `consent: {both_parents: true}`: one parent's consent is not enough for a child under 16.
  public var consentBothParents = false
  /// Questionnaires for outcome measures (`instruments:`).
  public var instruments: [Instrument] = []
  /// The organisation's own values of the open lists (`vocabularies:`), by the list's key
  /// (`EnumSpec.openKey`: `concerns`, `participants`, `goal_parties`, `raters`, `methods`).
  public var vocabularies: [String: [EnumValue]] = [:]

  public init() {}

  /// The values a file of this workspace may use for `spec`: the built-in ones and, for an
  /// open list, the organisation's own (closed lists such as closure reasons never grow).
  public func vocabulary(_ spec: EnumSpec) -> EnumSpec {
    guard let key = spec.openKey, let extra = vocabularies[key], !extra.isEmpty else { return spec }
    return spec.adding(extra)
  }

  // Compared in place: `first(where:)` copies every item it passes (retaining its texts), and
  // every file looks its worker up among hundreds.
  public func programme(_ id: String) -> Programme? {
    programmes.withUnsafeBufferPointer { b in b.indices.first { b[$0].id == id }.map { b[$0] } }
  }
  public func school(_ id: String) -> School? {
    schools.withUnsafeBufferPointer { b in b.indices.first { b[$0].id == id }.map { b[$0] } }
  }
  public func worker(_ id: String) -> Worker? { workerIndex[id].map { workers[$0] } }

  /// The index of the first of each value.
  static func firstIndices(of ids: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(ids.count)
    for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
    return index
  }
  public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

  /// The workers who had not left by `date` (new children go to them).
  public func currentWorkers(on date: LocalDate) -> [Worker] {
    workers.filter { !$0.hasLeft(by: date) }
  }

  /// The holiday `date` falls in, if any.
  public func holiday(on date: LocalDate) -> Holiday? { holidays.first { $0.contains(date) } }

  /// True when the school week (Monday to Friday) of `week` lies entirely in holidays.
  public func isHolidayWeek(_ week: ISOWeek) -> Bool {
    isHolidayWeek(monday: week.monday.dayNumber)
  }

  /// The same, for the week whose Monday has day number `monday`.
  public func isHolidayWeek(monday: Int) -> Bool { holidayWeekMondays.contains(monday) }

  static func holidayWeeks(_ holidays: [Holiday]) -> Set<Int> {
    var mondays: Set<Int> = []
    for h in holidays where h.from <= h.to && h.to.days(since: h.from) < 400 {
      var monday = h.from.dayNumber - (h.from.weekday - 1)
      while monday <= h.to.dayNumber {
        let covered = (0..<5).allSatisfy { d in
          holidays.contains { $0.contains(LocalDate(dayNumber: monday + d)) }
        }
        if covered { mondays.insert(monday) }
        monday += 7
      }
    }
    return mondays
  }

  /// The holiday that covers the school week `week`, if one does.
  public func holiday(covering week: ISOWeek) -> Holiday? {
    isHolidayWeek(week) ? holiday(on: week.monday) ?? holiday(on: week.monday.adding(days: 4)) : nil
  }
}
