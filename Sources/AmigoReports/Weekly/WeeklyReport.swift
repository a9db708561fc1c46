import AmigoSchema

/// The worker's week: per worker, every running trajectory with this week's dose against the
/// programme norm, an attention list, and the referrals, starts and closures of the week.
public struct WeeklyReport: Sendable {
  public struct Row: Sendable, Hashable {
    public var id: String
    public var label: String
    /// The school's name (its id when it has none).
    public var school: String
    /// Week of the trajectory this ISO week is (1 = the week of the start).
    public var trajectoryWeek: Int?
    /// Planned weeks, or the programme's maximum.
    public var plannedWeeks: Int?
    public var status: TrajectoryStatus?
    /// Held sessions of the dose kind this week.
    public var dose: Int
    /// The dose norm for the week, where it applies.
    public var norm: Int?
    public var minutes: Int
    /// Other held contacts this week, as session kinds.
    public var otherContacts: [SessionKind]
    /// The latest score per goal (as of the week's end): goal id and value.
    public var lastScores: [(String, Double)]
    public var attention: [Attention]
    /// The school's id.
    public var schoolID = ""
    /// The session kind the row's programme's dose norm counts (`Programme.doseKind`; child
    /// talks without a programme).
    public var doseKind: SessionKind = .childTalk
    /// The row's programme counts its dose kind (`Programme.counts`), or the week had such
    /// sessions: screen tables show the column.
    public var showsDose = true
    /// The row's programme counts its dose kind (`Programme.counts`; true without a
    /// programme): the data table gives its dose kind and count, empty for a programme
    /// without a dose (Tijd voor Toekomst) where the week held none.
    public var hasDose = true
    /// The row's programme agrees goals, or the row has scores: screen tables show the column.
    public var showsScores = true

    public static func == (a: Row, b: Row) -> Bool {
      a.id == b.id && a.dose == b.dose && a.minutes == b.minutes
        && a.attention == b.attention
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
  }

  /// Something a worker should look at.
  public enum Attention: Sendable, Hashable {
    case belowNorm(held: Int, norm: Int, inProgress: Bool, kind: SessionKind = .childTalk)
    case nearMaximum(week: Int, maximum: Int)
    case pastMaximum(week: Int, maximum: Int)
    case missingContacts([SessionKind])
    case noConsent(withdrawn: LocalDate?)
    /// The child turns `age` (12 or 16) next month and has not consented themselves yet.
    case consentAge(age: Int, month: YearMonth)
    /// Consent is in force but not given by the lawful party for the child's age (the child
    /// turned 12 or 16 and has not consented, say): the support goes on without lawful consent.
    case consentParty(ConsentLaw.Party)
    case unscoredGoals([String])
    case noGoals
    case noContact(since: LocalDate?)
    case reviewDue(LocalDate)

    /// A stable code for CSV and JSON.
    public var code: String {
      switch self {
      case .belowNorm: "below-norm"
      case .nearMaximum: "near-maximum"
      case .pastMaximum: "past-maximum"
      case .missingContacts: "missing-contacts"
      case .noConsent: "no-consent"
      case .consentAge: "consent-age"
      case .consentParty: "consent-party"
      case .unscoredGoals: "unscored-goals"
      case .noGoals: "no-goals"
      case .noContact: "no-contact"
      case .reviewDue: "review-due"
      }
    }
  }

  public enum Event: Sendable, Hashable {
    case referred(id: String, label: String, by: String?)
    case started(id: String, label: String)
    case closed(id: String, label: String, reason: ClosureReason?)
  }

  public struct WorkerWeek: Sendable {
    public var worker: Worker
    public var rows: [Row]
    public var events: [Event]
    /// Meetings, group meetings and work without a child file of the week the worker took part
    /// in (`activities/`).
    public var activities: [ActivityRow] = []
    /// The worker's children on the waiting list at the week's end, or today (`WaitingList`).
    public var waiting: [WaitingRow] = []
  }

  public let week: ISOWeek
  public let today: LocalDate
  public let holiday: Holiday?
  public let workers: [WorkerWeek]

  /// From the week after a start, a trajectory should have had a home visit and a classroom
  /// observation by this week of the trajectory.
  public static let contactsDueByWeek = 4

  public init(
    trajectories: [Trajectory], activities: [Activity] = [], config: Config, week: ISOWeek,
    today: LocalDate, worker: String? = nil
  ) {
    self.week = week
    self.today = today
    let holiday = config.holiday(covering: week)
    self.holiday = holiday
    let sunday = week.sunday
    let inProgress = today <= sunday
    let asOf = min(today, sunday)
    let workers = config.workers.filter { worker == nil || $0.id == worker }
    // Grouped once (by index: a trajectory is copied only when it is looked at).
    // The days each child was reached in a meeting or group (contacts of their own).
    var activityContacts: [String: [LocalDate]] = [:]
    for a in activities {
      for (id, date) in WeeklyReport.contacts(in: a) {
        activityContacts[id, default: []].append(date)
      }
    }
    var byWorker: [String: [Int]] = [:]
    // A trajectory with several workers (`workers:`) is in each one's part (docs/reports.md).
    for i in trajectories.indices {
      for id in trajectories[i].allWorkers { byWorker[id, default: []].append(i) }
    }
    // Each worker's part on its own, on all cores, joined in the workers' order (the same
    // output as one core's).
    let (contacts, grouped) = (activityContacts, byWorker)
    let parts = concurrentMap(workers.count) { k in
      WeeklyReport.workerWeek(
        workers[k], mine: grouped[workers[k].id] ?? [], trajectories: trajectories,
        activities: activities, activityContacts: contacts, config: config, week: week,
        holiday: holiday, inProgress: inProgress, asOf: asOf)
    }
    self.workers = parts.compactMap { $0 }
  }

  /// One worker's week (nil when it has nothing to show): `indices` are the worker's
  /// trajectories in `trajectories`.
  static func workerWeek(
    _ w: Worker, mine indices: [Int], trajectories: [Trajectory], activities: [Activity],
    activityContacts: [String: [LocalDate]], config: Config, week: ISOWeek, holiday: Holiday?,
    inProgress: Bool, asOf: LocalDate
  ) -> WorkerWeek? {
    let monday = week.monday
    let sunday = week.sunday
    let mine = indices.sorted {
      (trajectories[$0].child.label, trajectories[$0].id)
        < (trajectories[$1].child.label, trajectories[$1].id)
    }
    var rows: [Row] = []
    var events: [Event] = []
    for index in mine {
      let t = trajectories[index]
      if let r = t.referral?.date, week.contains(r) {
        events.append(.referred(id: t.id, label: t.child.label, by: t.referral?.by))
      }
      if let s = t.plan.start, week.contains(s) {
        events.append(.started(id: t.id, label: t.child.label))
      }
      if let c = t.closure?.date, week.contains(c) {
        events.append(.closed(id: t.id, label: t.child.label, reason: t.closure?.reason))
      }
      guard let start = t.plan.start, start <= sunday, var status = t.status,
        status.isRunning || status == .paused || status == .closed
      else {
        // Not started by the week's end: its intake contacts count all the same.
        if let row = WeeklyReport.intakeRow(t, config: config, monday: monday, sunday: sunday) {
          rows.append(row)
        }
        continue
      }
      if let closed = t.closure?.date, closed < monday { continue }
      if status == .closed {
        // Closed after this week: it was running then.
        guard let closed = t.closure?.date else { continue }
        if closed > sunday { status = .active }
      }
      // Dated pauses say what the week was: paused while they cover all its school days,
      // running in a week before a pause that lasts now (`Pause`).
      let pausedDays = t.pausedSchoolDays(monday: monday.dayNumber)
      if pausedDays == 5, status.isRunning {
        status = .paused
      } else if status == .paused, pausedDays == 0, t.openPause != nil {
        status = .active
      }
      let programme = config.programme(t.programme)
      // The week's held sessions, by index, reading fields in place (no copies).
      let doseKind = programme?.doseKind ?? .childTalk
      var dose = 0
      var minutes = 0
      var otherContacts: [SessionKind] = []
      var schoolClosed = false
      for i in t.sessions.indices {
        guard let d = t.sessions[i].date, d >= monday, d <= sunday else { continue }
        if t.sessions[i].status == .schoolClosed { schoolClosed = true }
        guard t.sessions[i].isHeld else { continue }
        minutes += t.sessions[i].countedMinutes(programme) ?? 0
        if let kind = t.sessions[i].kind {
          if kind == doseKind { dose += 1 } else { otherContacts.append(kind) }
        }
      }
      // The norm applies while running, outside holidays, weeks the school was closed,
      // (partly) paused weeks and the incomplete first week (a start after its Monday), as
      // in the complete school weeks of the child report and `validate`.
      let completeWeek = t.plan.start.map { $0.weekday == 1 || $0 < monday } ?? false
      let normApplies =
        status.isRunning && holiday == nil && !schoolClosed && pausedDays == 0 && completeWeek
      // The school the child attends at the week's end (`Trajectory.school(on:)`).
      let school = t.school(on: sunday)
      var row = Row(
        id: t.id, label: t.child.label, school: config.school(school)?.name ?? school,
        trajectoryWeek: t.week(of: monday),
        plannedWeeks: t.plan.weeks ?? programme?.weeks?.upperBound, status: status,
        dose: dose, norm: normApplies ? programme?.childSessionsPerWeek : nil,
        minutes: minutes, otherContacts: otherContacts, lastScores: [],
        attention: [])
      row.schoolID = school
      row.doseKind = doseKind
      row.hasDose = programme?.counts(doseKind) ?? true
      row.showsDose = dose > 0 || row.hasDose
      for goal in t.goals where !goal.id.isEmpty && goal.existed(on: sunday) {
        if let last = goal.latestScore(onOrBefore: sunday) {
          row.lastScores.append((goal.id, last))
        }
      }
      row.showsScores = programme?.goalsExpected ?? true || !row.lastScores.isEmpty
      if status.isRunning {
        row.attention = WeeklyReport.attention(
          t, row: row, config: config, programme: programme, week: week, inProgress: inProgress,
          asOf: asOf, activityContacts: activityContacts[t.id] ?? [])
      }
      rows.append(row)
    }
    let activityRows = WeeklyReport.activityRows(activities, worker: w.id, week: week).map {
      var r = $0
      r.schoolName = config.school(r.school)?.name ?? r.school
      return r
    }
    let waiting = WeeklyReport.waitingRows(trajectories, mine, on: asOf)
    guard !rows.isEmpty || !events.isEmpty || !activityRows.isEmpty || !waiting.isEmpty else {
      return nil
    }
    return WorkerWeek(
      worker: w, rows: rows, events: events, activities: activityRows, waiting: waiting)
  }

  static func attention(
    _ t: Trajectory, row: Row, config: Config, programme: Programme?, week: ISOWeek,
    inProgress: Bool, asOf: LocalDate, activityContacts: [LocalDate] = []
  ) -> [Attention] {
    var out: [Attention] = []
    // Held contacts up to `asOf` (their kinds, the latest date) and whether the school was
    // closed this week: one pass by index, reading fields in place.
    var heldKinds = Set<SessionKind>()
    var lastContact: LocalDate?
    for i in t.sessions.indices {
      guard let d = t.sessions[i].date, t.sessions[i].isHeld, d <= asOf else { continue }
      if let kind = t.sessions[i].kind { heldKinds.insert(kind) }
      if lastContact.map({ d > $0 }) ?? true { lastContact = d }
    }
    // Reached in a meeting or group counts as a contact too.
    for d in activityContacts where d <= asOf && (lastContact.map { d > $0 } ?? true) {
      lastContact = d
    }
    // Below the norm (where it applies: from the first complete week), once the week has begun.
    if let norm = row.norm, norm > 0, asOf >= week.monday, row.dose < norm {
      out.append(
        .belowNorm(held: row.dose, norm: norm, inProgress: inProgress, kind: row.doseKind))
    }
    // Length.
    if let maximum = programme?.weeks?.upperBound, let tw = row.trajectoryWeek {
      if tw > maximum {
        out.append(.pastMaximum(week: tw, maximum: maximum))
      } else if tw >= maximum - 1 {
        out.append(.nearMaximum(week: tw, maximum: maximum))
      }
    }
    // The programme's required contacts that involve the child (a home visit, a classroom
    // observation, a three-way talk): due early, so a missing one is a point of attention.
    if let tw = row.trajectoryWeek, tw >= contactsDueByWeek {
      let required = programme?.requiredContacts ?? [.homeVisit, .classroomObservation]
      let missing = required.filter { !heldKinds.contains($0) && $0.policy.involvesChild }
      if !missing.isEmpty { out.append(.missingContacts(missing)) }
    }
    // Consent.
    if !t.hasConsent(on: asOf) {
      out.append(
        .noConsent(withdrawn: t.consent.compactMap(\.withdrawn).filter { $0 <= asOf }.max()))
    } else if let born = t.child.born,
      let party = ConsentLaw.partyProblem(
        ConsentLaw.InForce(t.consent, on: asOf), age: ConsentLaw.Age(born: born, on: asOf),
        bothParents: config.consentBothParents)
    {
      // Consent is in force, but the support's is not given by the party the child's age now
      // asks for: from the birthday month on, until the child (or the parents) consent.
      out.append(.consentParty(party))
    } else if let born = t.child.born {
      // The month before the 12th or 16th birthday: from then the child's own consent counts
      // (`ConsentLaw`); remind the worker while it is not recorded.
      let next = asOf.month == 12 ? (asOf.year + 1, 1) : (asOf.year, asOf.month + 1)
      let age = next.0 - born.year
      if next.1 == born.month, age == 12 || age == 16,
        !ConsentLaw.InForce(t.consent, on: asOf).givers.contains("child"),
        let month = YearMonth(year: next.0, month: next.1)
      {
        out.append(.consentAge(age: age, month: month))
      }
    }
    // Goals: those agreed by then (a past week does not list goals agreed later).
    let goals = t.goals.filter { $0.existed(on: asOf) }
    if goals.isEmpty {
      if programme?.goalsExpected ?? true, let tw = row.trajectoryWeek, tw >= 3 {
        out.append(.noGoals)
      }
    } else {
      let unscored = goals.filter { g in
        !g.id.isEmpty && !g.ratings.contains { $0.date.map { $0 <= asOf } ?? false }
      }
      if !unscored.isEmpty { out.append(.unscoredGoals(unscored.map(\.id))) }
    }
    // No contact for two school weeks.
    let lastComplete = inProgress ? week.adding(weeks: -1) : week
    let since = (lastContact ?? t.plan.start ?? asOf).isoWeek
    let schoolWeeks = config.schoolWeeks(
      from: since.adding(weeks: lastContact == nil ? 0 : 1), through: lastComplete, limit: 200
    ) { t.isPausedWeek(monday: $0.monday.dayNumber) }
    if schoolWeeks >= 2 { out.append(.noContact(since: lastContact)) }
    // Reviews this week.
    for review in t.plan.reviews where week.contains(review) { out.append(.reviewDue(review)) }
    return out
  }
}
