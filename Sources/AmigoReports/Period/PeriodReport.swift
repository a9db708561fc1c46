import AmigoSchema

/// The figures a municipality funds on, for a period: per programme and per school, aggregates
/// only. Counts from 1 to the threshold minus 1 show as `<N`, and counts or figures that would
/// give one of those away as `x` (`Suppression`); figures computed from fewer cases than the
/// threshold show as `n<N`, figures from no case are empty (`HiddenFigure`). No labels, no ids.
public struct PeriodReport: Sendable {
  public let period: DateRange
  public let config: Config
  public let today: LocalDate
  public let trajectories: [Trajectory]
  /// Work about several children (`activities/`); counted once per activity.
  public let activities: [Activity]
  /// The children reached in the period through an activity (`ActivityFigures.reached`), with
  /// the days they were reached: at a school, a child counts for the school of such a day.
  var reachedInActivities: [String: [LocalDate]]
  /// Figures given instead of counted from `trajectories`: the sum of several workspaces'
  /// (`CombinedPeriodReport`); nil for a workspace's own report.
  var given: GivenFigures?

  public init(
    trajectories: [Trajectory], activities: [Activity] = [], config: Config, period: DateRange,
    today: LocalDate
  ) {
    self.trajectories = trajectories
    self.activities = activities
    self.config = config
    self.period = period
    self.today = today
    var reached: [String: [LocalDate]] = [:]
    for a in activities {
      for (child, day) in WeeklyReport.contacts(in: a) where period.contains(day) {
        reached[child, default: []].append(day)
      }
    }
    reachedInActivities = reached
  }

  /// The trajectories with a held contact of their own with the child or its parents in
  /// `period` (`Session.reachesChildOrParents`; follow-up contacts after the closure are no
  /// support): reached, as the figure `reached` counts them.
  static func reachedByOwnContacts(
    _ trajectories: [Trajectory], in period: DateRange
  ) -> Set<
    String
  > {
    var ids = Set<String>()
    for t in trajectories
    where t.sessions.contains(where: {
      $0.reachesChildOrParents && !$0.followUp && $0.date.map(period.contains) == true
    }) {
      ids.insert(t.id)
    }
    return ids
  }

  /// The figures of one group of trajectories.
  public struct Figures: Sendable, Hashable {
    public var reached = 0
    /// The families of the trajectories reached: a `family:` id, or the trajectory's own id
    /// when it has none (siblings count once).
    public var reachedFamilies: Set<String> = []
    public var families: Int { reachedFamilies.count }
    public var new = 0
    public var running = 0
    public var closed = 0
    public var referrals = 0
    public var referralSources: [String: Int] = [:]
    public var daysToStart: [Double] = []
    /// Waiting at the period's last day, or today (`WaitingList`), and the days each had
    /// waited then.
    public var waiting = 0
    public var waitingDays: [Double] = []
    public var durationWeeks: [Double] = []
    public var childTalks: [Double] = []
    public var contactMinutes: [Double] = []
    /// Network talks held in the period, per child reached by a contact of its own (the
    /// optional figure `network-talks`).
    public var networkTalks: [Double] = []
    /// False when a part of these figures came from an aggregate written before amigo counted
    /// network talks: their mean would be of some of the children only, so none is shown.
    public var networkTalksKnown = true
    /// Closed trajectories in which a contact of the kind was held (for the programmes'
    /// required contacts).
    public var closedWith: [SessionKind: Int] = [:]
    public var reasons: [ClosureReason: Int] = [:]
    public var destinations: [String: Int] = [:]
    /// Closed trajectories whose every destination is no further help
    /// (`Closure.continuesWithoutHelp`).
    public var withoutHelp = 0
    public var goalsWithResult = 0
    public var goalsAchieved = 0
    /// Closed trajectories with at least one goal result: the cases of "goals achieved".
    public var closedWithGoalResults = 0
    public var satisfaction: [Party: [Double]] = [:]

    /// Adds another group's figures to these.
    mutating func add(_ o: Figures) {
      reached += o.reached
      reachedFamilies.formUnion(o.reachedFamilies)
      new += o.new
      running += o.running
      closed += o.closed
      referrals += o.referrals
      for (k, v) in o.referralSources { referralSources[k, default: 0] += v }
      daysToStart += o.daysToStart
      waiting += o.waiting
      waitingDays += o.waitingDays
      durationWeeks += o.durationWeeks
      childTalks += o.childTalks
      contactMinutes += o.contactMinutes
      networkTalks += o.networkTalks
      networkTalksKnown = networkTalksKnown && o.networkTalksKnown
      for (k, v) in o.closedWith { closedWith[k, default: 0] += v }
      for (k, v) in o.reasons { reasons[k, default: 0] += v }
      for (k, v) in o.destinations { destinations[k, default: 0] += v }
      withoutHelp += o.withoutHelp
      goalsWithResult += o.goalsWithResult
      goalsAchieved += o.goalsAchieved
      closedWithGoalResults += o.closedWithGoalResults
      for (k, v) in o.satisfaction { satisfaction[k, default: []] += v }
    }

    /// Adds one trajectory's facts (`PeriodReport.facts`) to these.
    mutating func add(_ c: Contribution) {
      if c.reached {
        reached += 1
        if let family = c.family { reachedFamilies.insert(family) }
        if c.ownContacts {
          childTalks.append(Double(c.childTalks))
          contactMinutes.append(Double(c.contactMinutes))
          networkTalks.append(Double(c.networkTalks))
        }
      }
      if let source = c.referralSource {
        referrals += 1
        referralSources[source, default: 0] += 1
      }
      if let days = c.waitingDays {
        waiting += 1
        waitingDays.append(Double(days))
      }
      if c.new {
        new += 1
        if let days = c.daysToStart { daysToStart.append(Double(days)) }
      }
      if c.running { running += 1 }
      guard let closure = c.closure else { return }
      closed += 1
      if let weeks = c.durationWeeks { durationWeeks.append(weeks) }
      if c.closedWith != 0 {
        for kind in SessionKind.allCases where c.closedWith & (1 << UInt64(kind.ordinal & 63)) != 0
        {
          closedWith[kind, default: 0] += 1
        }
      }
      if let reason = closure.reason { reasons[reason, default: 0] += 1 }
      for d in c.destinations { destinations[d, default: 0] += 1 }
      if closure.continuesWithoutHelp { withoutHelp += 1 }
      goalsWithResult += c.goalsWithResult
      goalsAchieved += c.goalsAchieved
      if c.goalsWithResult > 0 { closedWithGoalResults += 1 }
      for (party, score) in closure.satisfaction {
        satisfaction[party, default: []].append(Double(score))
      }
    }
  }

  /// The figures of one trajectory alone.
  func contribution(
    _ t: Trajectory, at school: String? = nil, among schools: Set<String>? = nil
  ) -> Figures {
    var f = Figures()
    f.add(facts(t, at: school, among: schools))
    return f
  }

  /// What one trajectory adds to a group's figures, held without sets or dictionaries of its
  /// own: `figures(of:)` adds it to up to four groups (`Figures.add(_:)`), and `contribution`
  /// makes a group of one of it.
  struct Contribution {
    /// Reached: by a held contact of its own (`ownContacts`), or in an activity only.
    var reached = false
    /// Reached by a held contact of its own: its talks and minutes count in the means.
    var ownContacts = false
    /// The family key of a trajectory reached, however it was reached
    /// (`Figures.reachedFamilies`).
    var family: String?
    var childTalks = 0
    var contactMinutes = 0
    var networkTalks = 0
    /// The referrer of a referral in the period ("other" when not recorded).
    var referralSource: String?
    var waitingDays: Int?
    var new = false
    var daysToStart: Int?
    var running = false
    /// The closure of a trajectory closed in the period (its reason, satisfaction).
    var closure: Closure?
    var durationWeeks: Double?
    /// The kinds of the held contacts of a trajectory closed in the period, by `ordinal`.
    var closedWith: UInt64 = 0
    /// Its destinations, each once.
    var destinations: [String] = []
    var goalsWithResult = 0
    var goalsAchieved = 0
  }

  /// The facts of one trajectory for a group's figures. At one school of a child who changed
  /// school (`SchoolHistory.swift`), or at one of `schools` (a municipality's): each fact counts
  /// for the school of its date; nil: the whole trajectory.
  func facts(
    _ t: Trajectory, at school: String? = nil, among schools: Set<String>? = nil
  ) -> Contribution {
    var f = Contribution()
    let whole = school == nil && schools == nil
    let here = { (date: LocalDate) in
      if whole { return true }
      if let schools { return schools.contains(t.school(on: date)) }
      return t.school(on: date) == school
    }
    // Counted by index, reading fields in place (copying sessions would retain their texts).
    var reaching = false
    var childTalks = 0
    var networkTalks = 0
    var minutes = 0
    let programme = config.programme(t.programme)
    // Follow-up contacts after the closure are no support: counted under "After the
    // trajectory" (`PeriodReport+FollowUp`), not here.
    for i in t.sessions.indices where t.sessions[i].isHeld && !t.sessions[i].followUp {
      guard let date = t.sessions[i].date, period.contains(date), here(date) else { continue }
      if t.sessions[i].reachesChildOrParents { reaching = true }
      if t.sessions[i].kind == .childTalk { childTalks += 1 }
      if t.sessions[i].kind == .networkTalk { networkTalks += 1 }
      minutes += t.sessions[i].countedMinutes(programme) ?? 0
    }
    let end = min(period.to, today)
    // Reached by a contact with the child or its parents; a trajectory with only teacher
    // talks or consultations in the period was discussed, not reached (DOMAIN.md).
    if reaching {
      f.reached = true
      f.ownContacts = true
      f.childTalks = childTalks
      f.contactMinutes = minutes
      f.networkTalks = networkTalks
    } else if reachedInActivities[t.id]?.contains(where: { period.contains($0) && here($0) })
      == true
    {
      // Reached in a group or a meeting with the child or its parents only: reached, without
      // talks or minutes of its own (those are the activity's, counted once), at the school of
      // the day of the meeting, as a contact of its own.
      f.reached = true
    }
    // Families are those of exactly the trajectories reached, however they were reached.
    if f.reached { f.family = t.family.map { "family " + $0 } ?? "trajectory " + t.id }
    if let r = t.referral?.date, period.contains(r), here(r) {
      f.referralSource = t.referral?.by ?? "other"
    }
    if let days = WaitingList.daysWaiting(t, on: end), here(end) {
      f.waitingDays = days
    }
    if let s = t.plan.start, period.contains(s), here(s) {
      f.new = true
      if let r = t.referral?.date { f.daysToStart = s.days(since: r) }
    }
    // Running on the period's last day, or today when the period has not ended: not closed by
    // then (a closure after the period does not count against it).
    if let s = t.plan.start, s <= end, t.status != .notStarted, here(end) {
      let closedBy = t.closure?.date.map { $0 <= end } ?? (t.status == .closed)
      if !closedBy { f.running = true }
    }
    if t.status == .closed, let c = t.closure, let date = c.date, period.contains(date),
      here(date)
    {
      f.closure = c
      if let s = t.plan.start {
        // Paused weeks do not count (`Pause`).
        let days = date.days(since: s) - 7 * t.pausedWeeks(through: date)
        f.durationWeeks = Double(days) / 7
      }
      for i in t.sessions.indices where t.sessions[i].isHeld && !t.sessions[i].followUp {
        if let kind = t.sessions[i].kind { f.closedWith |= 1 << UInt64(kind.ordinal & 63) }
      }
      // Several destinations each count once (the breakdown does not add up to "closed").
      let all = c.allDestinations
      f.destinations = all
      for i in all.indices.dropFirst() where all[..<i].contains(all[i]) {
        f.destinations = Array(Set(all))
        break
      }
      for g in t.goals where g.result != nil {
        f.goalsWithResult += 1
        if g.result == .achieved { f.goalsAchieved += 1 }
      }
    }
    return f
  }

  /// The contact kinds the declared programmes require, each once, in the programmes' order.
  static func requiredContactKinds(_ config: Config) -> [SessionKind] {
    var kinds: [SessionKind] = []
    for p in config.programmes {
      for k in p.requiredContacts where !kinds.contains(k) { kinds.append(k) }
    }
    return kinds
  }

  /// The indicator key of "closed with a contact of `kind`": `home_visit` and `observation`
  /// as before profiles, else the kind's file value with underscores (`three_way_talk`).
  static func contactIndicator(_ kind: SessionKind) -> String {
    switch kind {
    case .homeVisit: "home_visit"
    case .classroomObservation: "observation"
    default: String(kind.rawValue.map { $0 == "-" ? "_" : $0 })
    }
  }

  /// Median and quartiles (linear interpolation between order statistics).
  public static func quantile(_ values: [Double], _ q: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let position = q * Double(sorted.count - 1)
    let lower = Int(position)
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
  }

  public func document(_ lang: Language) -> ReportDocument {
    let threshold = config.smallNumbers
    var groups: [(kind: String, id: String, name: String, members: [Trajectory])] = [
      ("total", "all", lang("All", "Alle"), trajectories)
    ]
    for p in config.programmes {
      groups.append(("programme", p.id, p.label.isEmpty ? p.id : p.label, []))
    }
    for s in config.schools {
      groups.append(("school", s.id, s.name.isEmpty ? s.id : s.name, []))
    }
    // The municipalities of the schools, in the schools' order (`PeriodReport+Municipalities`).
    let towns = municipalities()
    for m in towns { groups.append(("municipality", m.name, m.name, [])) }
    let named: [(kind: String, id: String, name: String)] = groups.map { ($0.kind, $0.id, $0.name) }
    let programmeParts = Array(
      groups.indices.filter { groups[$0].kind == "programme" })
    // The sections that read neither the figures nor their suppression (contact hours,
    // measures, after the trajectory) are built on a thread of their own while the figures
    // are found on every core.
    let ((groupFigures, movers), (hours, measures, afterTrajectory)) = concurrentPair(
      { figures(of: groups.map { ($0.kind, $0.id) }) },
      { [self] in
        (
          hoursSection(lang), measuresTable(lang),
          followUpPart(lang, groups: named, programmes: programmeParts)
        )
      })
    func index(of kind: String) -> [String: Int] {
      Dictionary(
        groups.indices.filter { groups[$0].kind == kind }.map { (groups[$0].id, $0) },
        uniquingKeysWith: { a, _ in a })
    }
    let schoolIndex = index(of: "school")
    let townIndex = index(of: "municipality")

    let programmeIdx = groups.indices.filter {
      groups[$0].kind == "total" || groups[$0].kind == "programme"
    }
    let schoolIdx = [0] + groups.indices.filter { groups[$0].kind == "school" }
    let townIdx = [0] + groups.indices.filter { groups[$0].kind == "municipality" }
    let sources = Schemas.referrer.values.map { ($0.value, $0.label(lang.code)) }
    let reasons = Schemas.closureReason.values.map { ($0.value, $0.label(lang.code)) }
    let destinations = Schemas.destination.values.map { ($0.value, $0.label(lang.code)) }

    // Meetings and groups, per programme (and all).
    var activityFigures: [Int: ActivityFigures] = [:]
    if !activities.isEmpty {
      for g in programmeIdx {
        let id = groups[g].id
        activityFigures[g] = ActivityFigures(
          activities, in: period, include: { g == 0 || $0.programme == id })
      }
      // "Discussed only" is a child not reached at all: one with a held contact of its own in
      // the period is reached (docs/reports.md), whatever a meeting without it discussed.
      let reachedOwn = PeriodReport.reachedByOwnContacts(trajectories, in: period)
      for g in activityFigures.keys { activityFigures[g]?.discussed.subtract(reachedOwn) }
    }
    let suppression = PeriodReport.suppression(
      groupFigures, programmes: Array(programmeIdx.dropFirst()),
      schools: Array(schoolIdx.dropFirst()), threshold: threshold, activities: activityFigures,
      schoolsAddUp: !movers,
      municipalities: towns.map { m in
        (townIndex[m.name]!, m.schools.compactMap { schoolIndex[$0] })
      })
    func counted(_ row: String, _ group: Int) -> Cell {
      suppression.cell(.init(table: TableID.indicators, row: row, group: group))
    }
    func hidden(_ reason: HiddenFigure.Reason) -> Cell {
      .hidden(HiddenFigure(reason, threshold: threshold))
    }
    // A figure computed from `cases` trajectories: none from no case, `n<5` from fewer than
    // the threshold.
    func computed(from cases: Int, _ figure: () -> Cell) -> Cell {
      cases == 0 ? .empty : cases < threshold ? hidden(.tooFewCases) : figure()
    }
    /// `part` of `whole` in per cent; `cases` is the number of trajectories behind `whole`
    /// (the same, unless `whole` counts something else, such as goals). A share whose part or
    /// remainder is a small count would give that count away: withheld (`x`).
    func share(
      _ part: Int, of whole: Int, cases: Int? = nil, linked: [Suppression.Key] = []
    )
      -> Cell
    {
      let small = { (n: Int) in n > 0 && n < threshold }
      return computed(from: cases ?? whole) {
        // A share of counts a breakdown shows hidden (`<5` or `x`) would give them away.
        if small(part) || small(whole - part) || linked.contains(where: suppression.hides) {
          return hidden(.withheld)
        }
        return .percent(Double(part) * 100 / Double(whole), decimals: 0)
      }
    }
    func stat(_ values: [Double], _ q: Double, decimals: Int = 0) -> Cell {
      computed(from: values.count) {
        .number(PeriodReport.quantile(values, q)!, decimals: decimals)
      }
    }
    func mean(_ values: [Double], decimals: Int = 1) -> Cell {
      computed(from: values.count) {
        .number(values.reduce(0, +) / Double(values.count), decimals: decimals)
      }
    }
    func range(_ values: [Double]) -> Cell {
      computed(from: values.count) {
        let a = PeriodReport.quantile(values, 0.25)!
        let b = PeriodReport.quantile(values, 0.75)!
        return .range(a, b, decimals: 1)
      }
    }

    // The waits (`WaitingList`): of those waiting at the end, to the end; of those started in
    // the period, to the start. Computed from two counts, so whether it is empty, `n<5` or
    // shown tells their sum's size: shown while neither count is hidden, or while the cases
    // of a shown one alone reach the threshold (then nothing is told of the other); else
    // withheld.
    func waitFigure(_ group: Int, _ q: Double) -> Cell {
      let f = groupFigures[group]
      let shows = { (row: String) in
        !suppression.hides(.init(table: TableID.indicators, row: row, group: group))
      }
      let safe =
        (shows(Indicator.waiting) && shows(Indicator.new))
        || (shows(Indicator.waiting) && f.waitingDays.count >= threshold)
        || (shows(Indicator.new) && f.daysToStart.count >= threshold)
      if !safe { return hidden(.withheld) }
      return stat(f.waitingDays + f.daysToStart, q)
    }

    // Indicator rows: key, label, value per group.
    var indicators: [(String, String, (Int) -> Cell)] = [
      (
        Indicator.reached,
        lang(
          "Children reached (contact with child or parents)",
          "Kinderen bereikt (contact met kind of ouders)"),
        { counted(Indicator.reached, $0) }
      ),
      (
        Indicator.families,
        lang(
          "Families reached (siblings counted once)", "Gezinnen bereikt (broers en zussen één keer)"
        ),
        // Only in the total column: per programme or school families do not add up, and
        // beside a withheld count of children reached they would give it away.
        { g in
          g != 0
            ? .empty
            : suppression.withholds(
              .init(table: TableID.indicators, row: Indicator.reached, group: 0))
              ? counted(Indicator.reached, 0) : counted(Indicator.families, 0)
        }
      ),
      (Indicator.new, lang("Started", "Gestart"), { counted(Indicator.new, $0) }),
      (
        Indicator.running,
        lang("Running at the end of the period", "Lopend aan het eind van de periode"),
        { counted(Indicator.running, $0) }
      ),
      (Indicator.closed, lang("Closed", "Afgesloten"), { counted(Indicator.closed, $0) }),
      (
        Indicator.referrals, lang("Referrals received", "Aanmeldingen ontvangen"),
        { counted(Indicator.referrals, $0) }
      ),
      (
        Indicator.daysToStart,
        lang("Days from referral to start (median)", "Dagen van aanmelding tot start (mediaan)"),
        { stat(groupFigures[$0].daysToStart, 0.5) }
      ),
      (
        Indicator.waiting,
        lang("Waiting at the end of the period", "Wachtend aan het eind van de periode"),
        { counted(Indicator.waiting, $0) }
      ),
      (
        Indicator.waitMedian,
        lang(
          "Days waited, waiting at the end or started (median)",
          "Dagen gewacht, wachtend aan het eind of gestart (mediaan)"),
        { waitFigure($0, 0.5) }
      ),
      (
        Indicator.waitLongest,
        lang(
          "Days waited, waiting at the end or started (longest)",
          "Dagen gewacht, wachtend aan het eind of gestart (langste)"),
        { waitFigure($0, 1) }
      ),
      (
        Indicator.durationMedian, lang("Duration in weeks (median)", "Duur in weken (mediaan)"),
        { stat(groupFigures[$0].durationWeeks, 0.5, decimals: 1) }
      ),
      (
        Indicator.durationIQR, lang("Duration in weeks (quartiles)", "Duur in weken (kwartielen)"),
        { range(groupFigures[$0].durationWeeks) }
      ),
      (
        Indicator.childTalks,
        lang("Child talks per child reached (mean)", "Kindgesprekken per bereikt kind (gemiddeld)"),
        { mean(groupFigures[$0].childTalks) }
      ),
      (
        Indicator.contactMinutes,
        lang(
          "Contact minutes per child reached (mean)", "Contactminuten per bereikt kind (gemiddeld)"),
        { mean(groupFigures[$0].contactMinutes, decimals: 0) }
      ),
      (
        Indicator.networkTalks,
        lang(
          "Network talks per child reached (mean)", "Netwerkgesprekken per bereikt kind (gemiddeld)"
        ),
        { group in
          groupFigures[group].networkTalksKnown ? mean(groupFigures[group].networkTalks) : .empty
        }
      ),
      (
        Indicator.dropOut, lang("Drop-out (ended by the client)", "Uitval (beëindigd door cliënt)"),
        {
          share(
            groupFigures[$0].reasons[.endedByClient] ?? 0, of: groupFigures[$0].closed,
            linked: [
              .init(
                table: TableID.closureReason, row: ClosureReason.endedByClient.rawValue, group: $0)
            ])
        }
      ),
      (
        Indicator.withoutHelp, lang("Continues without further help", "Zonder hulp verder"),
        { group in
          share(
            groupFigures[group].withoutHelp, of: groupFigures[group].closed,
            linked: Closure.withoutFurtherHelp.sorted().map {
              Suppression.Key(table: TableID.destination, row: $0, group: group)
            })
        }
      ),
      (
        Indicator.goalsAchieved, lang("Goals achieved", "Doelen behaald"),
        {
          share(
            groupFigures[$0].goalsAchieved, of: groupFigures[$0].goalsWithResult,
            cases: groupFigures[$0].closedWithGoalResults)
        }
      ),
    ]
    // One row per contact kind a programme requires, in the programmes' order: the share of
    // closed trajectories in which one was held; blank for a programme that does not require it.
    let contactKinds = PeriodReport.requiredContactKinds(config)
    let dropOut = indicators.firstIndex { $0.0 == Indicator.dropOut } ?? indicators.count
    indicators.insert(
      contentsOf: contactKinds.map { kind in
        (
          PeriodReport.contactIndicator(kind),
          lang("Closed with a ", "Afgesloten met een ")
            + lang.label(kind.rawValue, Schemas.sessionKind),
          { (group: Int) -> Cell in
            share(groupFigures[group].closedWith[kind] ?? 0, of: groupFigures[group].closed)
          }
        )
      }, at: dropOut)
    // No goal figure when no programme agrees goals.
    if !config.programmes.contains(where: \.goalsExpected) {
      indicators.removeAll { $0.0 == Indicator.goalsAchieved }
    }
    // No dose figure for child talks when no programme counts them (`Programme.counts`, the
    // rule the week report's dose column follows).
    if !config.programmes.contains(where: { $0.counts(.childTalk) }) {
      indicators.removeAll { $0.0 == Indicator.childTalks }
    }
    for party in [Party.child, .parents, .teacher] {
      indicators.append(
        (
          Indicator.satisfaction(party),
          lang("Satisfaction, ", "Tevredenheid, ") + lang.label(party.rawValue, Schemas.party)
            + lang(" (mean 1-10)", " (gemiddeld 1-10)"),
          { mean(groupFigures[$0].satisfaction[party] ?? []) }
        ))
    }
    // The optional figures no programme's profile lists (`figures:`).
    indicators.removeAll { !rowShown(table: TableID.indicators, row: $0.0) }

    // A figure computed from the trajectories behind a count tells how many there are (none,
    // fewer than the threshold, or more): withheld with the count where that would tell too
    // much (`Suppression`).
    // The count whose trajectories each computed figure is computed from.
    var countBehind: [String: String] = [Indicator.daysToStart: Indicator.new]
    for key in [Indicator.childTalks, Indicator.contactMinutes, Indicator.networkTalks] {
      countBehind[key] = Indicator.reached
    }
    for key in [
      Indicator.durationMedian, Indicator.durationIQR, Indicator.dropOut, Indicator.withoutHelp,
      Indicator.goalsAchieved,
    ] + contactKinds.map(PeriodReport.contactIndicator)
      + [Party.child, .parents, .teacher].map(Indicator.satisfaction)
    {
      countBehind[key] = Indicator.closed
    }
    // A contact row is blank in the column of a programme that does not require the contact.
    let contactKeys = Dictionary(
      uniqueKeysWithValues: contactKinds.map { (PeriodReport.contactIndicator($0), $0) })
    func baseFigure(_ key: String, _ value: (Int) -> Cell, _ group: Int) -> Cell {
      if let kind = contactKeys[key], groups[group].kind == "programme",
        !(config.programme(groups[group].id)?.requiredContacts.contains(kind) ?? false)
      {
        return .empty
      }
      // Nor in the columns of all programmes, a school or a municipality where a programme does
      // not require it: a share of all their closures would count trajectories that never
      // needed the contact (a kansencoach's closures would lower Amigo's op School's share of
      // home visits), and beside the programme's own share it would name the others' count.
      if let kind = contactKeys[key], groups[group].kind != "programme",
        !config.programmes.allSatisfy({ $0.requiredContacts.contains(kind) })
      {
        return .empty
      }
      // Nor a goal figure for a programme without goal work.
      if key == Indicator.goalsAchieved, groups[group].kind == "programme",
        config.programme(groups[group].id)?.goalsExpected == false
      {
        return .empty
      }
      // Nor child talks for a programme that does not count them (`Programme.counts`, the rule
      // that leaves the row out when no programme counts them).
      if key == Indicator.childTalks, groups[group].kind == "programme",
        config.programme(groups[group].id)?.counts(.childTalk) == false
      {
        return .empty
      }
      // Nor a figure the programme's profile does not list (`figures:`).
      if !cellShown(
        table: TableID.indicators, row: key, kind: groups[group].kind, id: groups[group].id)
      {
        return .empty
      }
      if let count = countBehind[key],
        suppression.withholdsFigures(.init(table: TableID.indicators, row: count, group: group))
      {
        return hidden(.withheld)
      }
      return value(group)
    }
    // A share shown names its part and remainder (share times the count it is a share of),
    // and those add up across columns as the counts do: the programmes to all, the schools to
    // all and to their municipality, the municipalities to all. Where a sum's members are all
    // known but one, that one is worked out: the share shown with the smallest count behind it
    // is withheld too (else the total's), until no sum is down to one unknown member.
    let sharesWithheld = PeriodReport.withheldShares(
      rows: Set(PeriodReport.shareRows(contactKinds)),
      indicators: indicators.map { key, _, value in
        (key, { (group: Int) in baseFigure(key, value, group) })
      },
      whole: { _, group in groupFigures[group].closed },
      wholeShown: { group in
        if case .int = counted(Indicator.closed, group).data { return true }
        return false
      },
      part: { row, group in
        let f = groupFigures[group]
        switch row {
        case Indicator.dropOut: return f.reasons[.endedByClient] ?? 0
        case Indicator.withoutHelp: return f.withoutHelp
        default: return contactKeys[row].map { f.closedWith[$0] ?? 0 } ?? 0
        }
      },
      sums: [(0, Array(programmeIdx.dropFirst())), (0, Array(schoolIdx.dropFirst()))]
        + towns.map { m in (townIndex[m.name]!, m.schools.compactMap { schoolIndex[$0] }) }
        + [
          (
            0,
            towns.map { townIndex[$0.name]! }
              + schoolIdx.dropFirst().filter { s in
                !towns.contains { $0.schools.contains(groups[s].id) }
              }
          )
        ])
    func figure(_ key: String, _ value: (Int) -> Cell, _ group: Int) -> Cell {
      if sharesWithheld.contains(PeriodReport.ShareCell(row: key, group: group)) {
        return hidden(.withheld)
      }
      return baseFigure(key, value, group)
    }
    // The groups' columns. The first, all trajectories, is headed by what the table's other
    // columns divide it into: all programmes, or all schools.
    func groupColumns(_ indices: [Int], total: String) -> [Column] {
      indices.map { Column(groups[$0].id, $0 == 0 ? total : groups[$0].name, numeric: true) }
    }
    let allProgrammes = lang("All programmes", "Alle programma's")
    let allSchools = lang("All schools", "Alle scholen")
    func indicatorTable(_ indices: [Int], total: String) -> Table {
      Table(
        id: TableID.indicators,
        columns: [Column("indicator", lang("Indicator", "Indicator"))]
          + groupColumns(indices, total: total),
        rows: indicators.map { key, label, value in
          [.code(key, label: label)] + indices.map { figure(key, value, $0) }
        })
    }
    func breakdown(
      _ id: String, _ title: String, _ values: [(String, String)], indices: [Int]
    ) -> Table {
      Table(
        id: id,
        columns: [Column(id, title)] + groupColumns(indices, total: allProgrammes),
        rows: values.map { value, label in
          [.code(value, label: label)]
            + indices.map { suppression.cell(.init(table: id, row: value, group: $0)) }
        })
    }

    /// A section of tables, with the legend of the markers they show.
    func tables(id: String, title: String, _ tables: [Table]) -> Section {
      Section(
        id: id, title: title,
        blocks: tables.map(Block.table) + (Legend(of: tables, lang).map { [.legend($0)] } ?? []))
    }
    var sections: [Section] = []
    sections.append(
      tables(
        id: "programmes", title: lang("Per programme", "Per programma"),
        [
          indicatorTable(programmeIdx, total: allProgrammes),
          breakdown(
            TableID.referralSource, lang("Referred by", "Aangemeld door"), sources,
            indices: programmeIdx),
          breakdown(
            TableID.closureReason, lang("Closure reason", "Reden van afsluiting"), reasons,
            indices: programmeIdx),
          breakdown(
            TableID.destination, lang("Destination", "Vervolg"), destinations, indices: programmeIdx
          ),
        ]))
    sections.append(
      tables(
        id: "schools", title: lang("Per school", "Per school"),
        [indicatorTable(schoolIdx, total: allSchools)]))
    if !towns.isEmpty {
      sections.append(
        tables(
          id: "municipalities", title: lang("Per municipality", "Per gemeente"),
          [indicatorTable(townIdx, total: lang("All municipalities", "Alle gemeenten"))]))
    }
    if let hours { sections.append(hours) }
    let sharing = sharingPart(
      lang, groups: named, programmes: Array(programmeIdx.dropFirst()),
      startedWithheld: {
        suppression.withholdsFigures(
          .init(table: TableID.indicators, row: Indicator.new, group: $0))
      },
      startedShown: {
        if case .int = counted(Indicator.new, $0).data { return true }
        return false
      })
    if let sharing { sections.append(sharing.section) }
    if let measures { sections.append(measuresSection(measures, lang)) }
    if let afterTrajectory { sections.append(afterTrajectory.section) }
    // A table of the programmes' columns with only the rows and cells their profiles show
    // (`figures:`), or nil when no row remains.
    func profiled(
      _ id: String, rows: [(String, String)], cell: @escaping (String, Int) -> Cell
    ) -> (table: Table, rows: [(String, String)], cell: (String, Int) -> Cell)? {
      let shownRows = rows.filter { rowShown(table: id, row: $0.0) }
      guard !shownRows.isEmpty else { return nil }
      let shownCell = { (row: String, g: Int) -> Cell in
        cellShown(table: id, row: row, kind: groups[g].kind, id: groups[g].id)
          ? cell(row, g) : .empty
      }
      let table = Table(
        id: id,
        columns: [Column("indicator", lang("Indicator", "Indicator"))]
          + groupColumns(programmeIdx, total: allProgrammes),
        rows: shownRows.map { key, label in
          [.code(key, label: label)] + programmeIdx.map { shownCell(key, $0) }
        })
      return (table, shownRows, shownCell)
    }
    let activityTable = PeriodReport.activityTable(
      activityFigures, columns: groupColumns(programmeIdx, total: allProgrammes),
      indices: programmeIdx, suppression: suppression, threshold: threshold, lang: lang)
    let activityPart =
      activities.isEmpty
      ? nil
      : profiled(
        TableID.activities, rows: PeriodReport.activityRowLabels(lang), cell: activityTable.cell)
    if let activityPart {
      sections.append(
        tables(
          id: "activities",
          title: lang("Meetings and groups", "Overleggen en groepen"), [activityPart.table]))
    }
    let lightWork = PeriodReport.lightWorkTable(
      activityFigures, columns: groupColumns(programmeIdx, total: allProgrammes),
      indices: programmeIdx, suppression: suppression, lang: lang
    ).flatMap { profiled(TableID.lightWork, rows: $0.rows, cell: $0.cell) }
    if let lightWork {
      sections.append(
        tables(
          id: "light_work",
          title: lang("Work without a child file", "Werk zonder kinddossier"), [lightWork.table]))
    }
    // A child who changed school: the schools need not add up (`contribution(_:at:)`).
    let moversNote: [Block] =
      movers
      ? [
        .paragraph(
          lang(
            "A child who changed school in the period counts per school for what happened there (contacts by their date), once under all schools: the schools' children reached may add up to more.",
            "Een kind dat in de periode van school wisselde, telt per school voor wat daar gebeurde (contacten naar hun datum), en één keer bij alle scholen: de bereikte kinderen van de scholen samen kunnen meer zijn."
          ))
      ] : []
    sections.append(
      Section(
        id: "notes", title: lang("Notes", "Toelichting"),
        blocks: [
          .list([
            lang(
              "Counts are of distinct trajectories (one per child per period of support). Small numbers are hidden: the legend under each part says what each mark means. A figure without any case is left empty.",
              "Aantallen zijn unieke trajecten (één per kind per begeleidingsperiode). Kleine aantallen zijn verborgen: de legenda onder elk deel zegt wat elk teken betekent. Een cijfer zonder enig geval blijft leeg."
            ),
            lang(
              "Referrals counted are this service's own referrals, not the total inflow into youth care.",
              "De getelde aanmeldingen zijn die bij deze dienst, niet de totale instroom in de jeugdhulp."
            ),
            lang(
              "Change in scores without a control group is no proof of effect.",
              "Verandering in scores zonder controlegroep is geen bewijs van effect."),
          ])
        ] + moversNote))

    // CSV: one row per table, group and row (long format, easy to pivot), with the period,
    // the organisation, the group's name and municipality, the value as a number with its
    // unit, quartiles in two columns, and the reason a hidden figure is hidden.
    var csv = longTable(
      lang, groups: groups.map { ($0.kind, $0.id, $0.name) },
      indicators: indicators.map { key, label, value in
        (key, label, { figure(key, value, $0) })
      },
      breakdowns: [
        (
          TableID.referralSource, lang("Referred by", "Aangemeld door"), sources.map { $0 },
          programmeIdx
        ),
        (
          TableID.closureReason, lang("Closure reason", "Reden van afsluiting"), reasons.map { $0 },
          programmeIdx
        ),
        (
          TableID.destination, lang("Destination", "Vervolg"), destinations.map { $0 }, programmeIdx
        ),
      ]
        + (activityPart.map {
          [
            (
              TableID.activities, lang("Meetings and groups", "Overleggen en groepen"), $0.rows,
              programmeIdx
            )
          ]
        } ?? [])
        + (lightWork.map {
          [
            (
              TableID.lightWork, lang("Work without a child file", "Werk zonder kinddossier"),
              $0.rows,
              programmeIdx
            )
          ]
        } ?? []),
      cell: { table, row, group in
        table == TableID.activities
          ? activityPart?.cell(row, group) ?? .empty
          : table == TableID.lightWork
            ? lightWork?.cell(row, group) ?? .empty
            : suppression.cell(.init(table: table, row: row, group: group))
      },
      extra: measures.map { PeriodReport.measureRows($0, lang) } ?? [])

    if let sharing { csv.rows += sharing.csv.rows }
    csv.rows += hoursCSVRows(lang, columns: csv.columns)
    if let afterTrajectory { csv.rows += afterTrajectory.csv.rows }
    return ReportDocument(
      kind: "period", title: lang("Period report \(period.name)", "Periodeverslag \(period.name)"),
      facts: PeriodReport.periodFacts(period, config: config, lang)
        + [
          Fact(
            "small_numbers", lang("Small numbers below", "Kleine aantallen onder"),
            .int(threshold)),
          Fact("as_of", lang("As of", "Stand per"), .text(today.description)),
        ], sections: sections, csvTable: csv
    ).written(in: lang)
  }

  /// The facts every report about a period opens with: its name, its dates, the organisation
  /// (the period report, the coordinator's views).
  static func periodFacts(_ period: DateRange, config: Config, _ lang: Language) -> [Fact] {
    [
      Fact("period", lang("Period", "Periode"), .text(period.name)),
      Fact(
        "dates", lang("Dates", "Data"),
        .dates(
          from: period.from.description, to: period.to.description,
          display: lang.date(period.from) + " - " + lang.date(period.to))),
      Fact("organisation", lang("Organisation", "Organisatie"), .text(config.organisation)),
    ]
  }
}
