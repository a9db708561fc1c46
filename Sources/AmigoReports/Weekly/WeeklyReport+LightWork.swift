import AmigoSchema

/// The week's contact time beyond the running trajectories: intake contacts of referrals not yet
/// started, theme meetings, teacher support and light contacts; and the worker's total, each
/// minute once.
extension WeeklyReport {
  /// The week's rows of a theme meeting, a teacher's support or a tally of light contacts (one
  /// row per day with contacts).
  static func lightWorkRows(_ a: Activity, type: ActivityType, week: ISOWeek) -> [ActivityRow] {
    switch type {
    case .themeMeeting, .teacherSupport:
      guard let d = a.date, week.contains(d) else { return [] }
      return [
        ActivityRow(
          id: a.id, type: type, date: d, minutes: a.minutes ?? 0, name: nil, children: 0,
          unnamed: 0, theme: a.theme, people: type == .themeMeeting ? a.attendance : nil,
          school: a.school)
      ]
    case .lightContacts:
      var byDay: [LocalDate: (minutes: Int, count: Int)] = [:]
      for c in a.contacts {
        guard let d = c.date, week.contains(d) else { continue }
        byDay[d, default: (0, 0)].minutes += c.minutes ?? 0
        byDay[d, default: (0, 0)].count += 1
      }
      return byDay.keys.sorted().map { d in
        ActivityRow(
          id: a.id, type: type, date: d, minutes: byDay[d]!.minutes, name: nil, children: 0,
          unnamed: 0, people: byDay[d]!.count, school: a.school)
      }
    case .meeting, .group:
      return []
    }
  }

  /// The row of a trajectory that has not started by the week's end but had held contacts in
  /// the week (an intake talk on a referral): its minutes count for the worker, no norm applies.
  static func intakeRow(
    _ t: Trajectory, config: Config, monday: LocalDate, sunday: LocalDate
  ) -> Row? {
    if let start = t.plan.start, start <= sunday { return nil }
    let programme = config.programme(t.programme)
    var minutes = 0
    var held = false
    var otherContacts: [SessionKind] = []
    let doseKind = programme?.doseKind ?? .childTalk
    var dose = 0
    for s in t.sessions {
      guard let d = s.date, d >= monday, d <= sunday, s.isHeld else { continue }
      held = true
      minutes += s.countedMinutes(programme) ?? 0
      if let kind = s.kind {
        if kind == doseKind { dose += 1 } else { otherContacts.append(kind) }
      }
    }
    guard held else { return nil }
    // Ended without a start after this week: in intake then.
    var status = t.status ?? .referred
    if status == .notStarted || status == .closed, let c = t.closure?.date, c > sunday {
      status = .intake
    }
    let school = t.school(on: sunday)
    var row = Row(
      id: t.id, label: t.child.label, school: config.school(school)?.name ?? school,
      trajectoryWeek: nil, plannedWeeks: nil, status: status,
      dose: dose, norm: nil, minutes: minutes, otherContacts: otherContacts,
      lastScores: [], attention: [])
    row.schoolID = school
    row.doseKind = doseKind
    row.hasDose = programme?.counts(doseKind) ?? true
    row.showsDose = dose > 0
    row.showsScores = false
    return row
  }

  /// The text of the week column of a row that has not started: what stage it is in.
  func preStartText(_ r: Row, _ lang: Language) -> String {
    guard let status = r.status, r.trajectoryWeek == nil else { return "" }
    switch status {
    case .referred, .waiting, .intake:
      return lang("intake (not started)", "intake (nog niet gestart)")
    case .notStarted:
      return lang("not started", "niet gestart")
    default:
      return ""
    }
  }

  /// The worker's contact time of the week, each minute once: trajectories (with intake
  /// contacts), meetings and groups, work without a child file.
  func timeParagraph(_ ww: WorkerWeek, _ lang: Language) -> Block {
    let trajectories = ww.rows.reduce(0) { $0 + $1.minutes }
    let shared = ww.activities.filter { !$0.type.namesNoChild }.reduce(0) { $0 + $1.minutes }
    let light = ww.activities.filter { $0.type.namesNoChild }.reduce(0) { $0 + $1.minutes }
    let total = ww.contactMinutes
    return .paragraph(
      lang(
        "Contact time this week: \(total) minutes in all (trajectories \(trajectories), meetings and groups \(shared), work without a child file \(light)).",
        "Contacttijd deze week: \(total) minuten samen (trajecten \(trajectories), overleggen en groepen \(shared), werk zonder kinddossier \(light))."
      ))
  }

  /// The data table's rows of a worker's activities, from the worker on (`csvRows` puts the
  /// week before them): one per occasion, the minutes once, no child; the `activity` column
  /// says which type.
  func activityDataRows(_ ww: WorkerWeek, _ lang: Language) -> [[Cell]] {
    ww.activities.map { r in
      [
        .code(ww.worker.id, label: ww.worker.name), .empty, .text(r.id),
        r.school.isEmpty ? .empty : .code(r.school, label: r.schoolName),
        // week, dose kind, dose, norm: none for an activity.
        .empty, .empty, .empty, .empty, .int(r.minutes), .empty, .empty, .list([]),
        .code(r.type.rawValue, label: lang.label(r.type.rawValue, Schemas.activityType)),
      ]
    }
  }
}

extension WeeklyReport.WorkerWeek {
  /// The worker's contact time of the week, each minute once: the trajectories' held contacts
  /// (intake contacts too) and every activity occasion.
  public var contactMinutes: Int {
    rows.reduce(0) { $0 + $1.minutes } + activities.reduce(0) { $0 + $1.minutes }
  }
}
