import AmigoSchema

/// The coordinator's views of a period (issue 25): `report --period P --team`, a table per
/// worker, and `report --period P --worker W`, one worker with their trajectories. Internal:
/// never suppressed (the coordinator knows the caseloads), titled as internal, never part of
/// the funder's period report or of `--publish`. Figures about named employees: rows are in
/// the order of the workers' ids, never ranked by a figure (docs/reports.md, "Coordinator
/// views"; appraisal with them needs the works council's consent, WOR art. 27).
public struct CoordinatorReport: Sendable {
  public let period: DateRange
  public let config: Config
  public let today: LocalDate
  public let trajectories: [Trajectory]
  /// One worker's view (`--worker`), or nil for the team (`--team`).
  public let worker: String?

  public init(
    trajectories: [Trajectory], config: Config, period: DateRange, today: LocalDate,
    worker: String? = nil
  ) {
    self.trajectories = trajectories
    self.config = config
    self.period = period
    self.today = today
    self.worker = worker
  }

  /// The period's last day, or today for a period that has not ended.
  var end: LocalDate { min(period.to, today) }

  /// One worker's figures in the period.
  public struct Figures: Sendable, Hashable {
    /// Trajectories that ran in the period: started on or before its end and not closed
    /// before its first day.
    public var trajectories = 0
    public var started = 0
    public var closed = 0
    /// Minutes of held sessions dated in the period (intake contacts too).
    public var contactMinutes = 0
    /// Complete school weeks in the period in which the dose norm applied, and those in
    /// which it was met (`Trajectory.normWeeks`).
    public var normWeeks = 0
    public var normWeeksMet = 0
    /// Waiting at the end (`WaitingList`), and the longest wait then in days.
    public var waiting = 0
    public var longestWait: Int?
  }

  /// True when `t` ran in the period: started by its end, not closed before it began.
  func ranInPeriod(_ t: Trajectory) -> Bool {
    guard let start = t.plan.start, start <= end else { return false }
    if let closed = t.closure?.date, closed < period.from { return false }
    // Closed without a date: when it ran cannot be told.
    return !(t.status == .closed && t.closure?.date == nil)
  }

  /// The norm weeks of `t` that fall in the period: (weeks, weeks with the norm met).
  func normWeeks(_ t: Trajectory) -> (weeks: Int, met: Int) {
    guard let norm = config.programme(t.programme)?.childSessionsPerWeek, norm > 0,
      let normsEnd = t.normsEnd(today: today)
    else { return (0, 0) }
    let through = min(normsEnd, period.to)
    var weeks = 0
    var met = 0
    for w in t.normWeeks(config: config, through: through) where w.week.monday >= period.from {
      weeks += 1
      if w.heldChildTalks >= norm { met += 1 }
    }
    return (weeks, met)
  }

  /// The figures of one trajectory alone.
  func contribution(_ t: Trajectory) -> Figures {
    var f = Figures()
    if ranInPeriod(t) { f.trajectories = 1 }
    if let s = t.plan.start, period.contains(s), s <= today { f.started = 1 }
    if t.status == .closed, let c = t.closure?.date, period.contains(c) { f.closed = 1 }
    let programme = config.programme(t.programme)
    for i in t.sessions.indices where t.sessions[i].isHeld {
      guard let d = t.sessions[i].date, period.contains(d) else { continue }
      f.contactMinutes += t.sessions[i].countedMinutes(programme) ?? 0
    }
    (f.normWeeks, f.normWeeksMet) = normWeeks(t)
    if let days = WaitingList.daysWaiting(t, on: end) {
      f.waiting = 1
      f.longestWait = days
    }
    return f
  }

  /// The workers shown, in the order of their ids: `worker` alone, or every worker of
  /// `amigo.yaml` with a trajectory in the period, a contact, a waiting child or hours a week.
  public func figures() -> [(worker: Worker, figures: Figures)] {
    var byWorker: [String: Figures] = [:]
    for t in trajectories {
      let c = contribution(t)
      // A trajectory with several workers is in each one's caseload (as in the week report).
      for id in t.allWorkers {
        var f = byWorker[id] ?? Figures()
        f.trajectories += c.trajectories
        f.started += c.started
        f.closed += c.closed
        f.contactMinutes += c.contactMinutes
        f.normWeeks += c.normWeeks
        f.normWeeksMet += c.normWeeksMet
        f.waiting += c.waiting
        if let w = c.longestWait { f.longestWait = max(f.longestWait ?? w, w) }
        byWorker[id] = f
      }
    }
    return config.workers.filter { worker == nil || $0.id == worker }
      .sorted { $0.id < $1.id }
      .compactMap { w in
        let f = byWorker[w.id] ?? Figures()
        if worker == nil && f == Figures() && w.hours.isEmpty { return nil }
        return (w, f)
      }
  }

  /// Hours a week from `amigo.yaml` (the sum of the worker's `schools:` hours).
  static func hoursPerWeek(_ w: Worker) -> Cell {
    w.hours.isEmpty ? .empty : PeriodReport.hours(w.hours.compactMap(\.hoursPerWeek).reduce(0, +))
  }

  func teamTable(_ lang: Language) -> Table {
    Table(
      id: "team",
      columns: [
        Column("worker", lang("Worker", "Begeleider")),
        Column("trajectories", lang("Trajectories", "Trajecten"), numeric: true),
        Column("started", lang("Started", "Gestart"), numeric: true),
        Column("closed", lang("Closed", "Afgesloten"), numeric: true),
        Column("contact_hours", lang("Contact hours", "Contacturen"), numeric: true),
        Column("hours_per_week", lang("Hours a week", "Uren per week"), numeric: true),
        Column("fidelity", lang("Weeks at the norm", "Weken op norm"), numeric: true),
        Column("waiting", lang("Waiting", "Wachtend"), numeric: true),
        Column(
          "longest_wait", lang("Longest wait (days)", "Langste wachttijd (dagen)"), numeric: true),
      ],
      rows: figures().map { w, f in
        [
          .code(w.id, label: w.name.isEmpty ? w.id : w.name),
          .int(f.trajectories), .int(f.started), .int(f.closed),
          .number(Double(f.contactMinutes) / 60, decimals: 1),
          CoordinatorReport.hoursPerWeek(w),
          f.normWeeks == 0
            ? .empty
            : .shown(
              lang.decimal(
                Cell.format(Double(f.normWeeksMet) * 100 / Double(f.normWeeks), decimals: 0))
                + "% (\(f.normWeeksMet)/\(f.normWeeks))",
              value: .percent(Double(f.normWeeksMet) * 100 / Double(f.normWeeks), decimals: 0)),
          .int(f.waiting), f.longestWait.map(Cell.int) ?? .empty,
        ]
      })
  }

  /// One worker's trajectories in the period (`--worker`): ids, no names.
  func trajectoryTable(_ lang: Language, worker: String) -> Table {
    var rows: [[Cell]] = []
    let mine = trajectories.filter { $0.allWorkers.contains(worker) }.sorted { $0.id < $1.id }
    for t in mine {
      let f = contribution(t)
      guard f != Figures() else { continue }
      rows.append([
        .text(t.id),
        t.status.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.status)) }
          ?? .empty,
        .code(t.school, label: config.school(t.school)?.name ?? t.school),
        .number(Double(f.contactMinutes) / 60, decimals: 1),
        f.normWeeks == 0
          ? .empty : .shown("\(f.normWeeksMet)/\(f.normWeeks)", value: .int(f.normWeeksMet)),
        f.longestWait.map(Cell.int) ?? .empty,
      ])
    }
    return Table(
      id: "worker_trajectories",
      columns: [
        Column("id", "Id"), Column("status", lang("Status", "Status")),
        Column("school", lang("School", "School")),
        Column("contact_hours", lang("Contact hours", "Contacturen"), numeric: true),
        Column("fidelity", lang("Weeks at the norm", "Weken op norm"), numeric: true),
        Column("days_waiting", lang("Days waiting", "Dagen wachtend"), numeric: true),
      ], rows: rows)
  }

  public func document(_ lang: Language) -> ReportDocument {
    let team = teamTable(lang)
    var sections = [
      Section(
        id: "internal", title: lang("Internal", "Intern"),
        blocks: [
          .paragraph(
            lang(
              "Internal, for the coordinator: figures about named employees, not for funders and not suppressed. Workers are in the order of their ids, not ranked. Using these figures to appraise or monitor workers needs the consent of the works council (WOR art. 27).",
              "Intern, voor de coördinator: cijfers over medewerkers met naam, niet voor financiers en niet afgeschermd. Begeleiders staan in de volgorde van hun id, niet gerangschikt. Deze cijfers gebruiken om medewerkers te beoordelen of te volgen vraagt instemming van de ondernemingsraad (WOR art. 27)."
            ))
        ]),
      Section(
        id: "team", title: worker == nil ? lang("Team", "Team") : lang("Worker", "Begeleider"),
        blocks: [.table(team)]),
    ]
    if let worker {
      sections.append(
        Section(
          id: "trajectories", title: lang("Trajectories", "Trajecten"),
          blocks: [.table(trajectoryTable(lang, worker: worker))]))
    }
    sections.append(
      Section(
        id: "notes", title: lang("Notes", "Toelichting"),
        blocks: [
          .list([
            lang(
              "Trajectories: those that ran in the period (started by its end, not closed before it). A trajectory with several workers counts for each: the rows do not add up to the team's total.",
              "Trajecten: die in de periode liepen (gestart voor het eind, niet eerder afgesloten). Een traject met meer begeleiders telt bij elk van hen: de rijen tellen niet op tot het totaal van het team."
            ),
            lang(
              "Contact hours: held sessions dated in the period, beside the hours a week in amigo.yaml, not a share of them.",
              "Contacturen: gehouden sessies in de periode, naast de uren per week uit amigo.yaml, geen deel daarvan."
            ),
            lang(
              "Weeks at the norm: of the complete school weeks in the period in which the programme's dose norm applied, those in which it was met.",
              "Weken op norm: van de volledige schoolweken in de periode waarin de dosisnorm van het programma gold, die waarin die gehaald is."
            ),
            lang(
              "Waiting: referred and not started at the period's end (or today); the longest wait in days then.",
              "Wachtend: aangemeld en niet gestart aan het eind van de periode (of vandaag); de langste wachttijd in dagen op dat moment."
            ),
          ])
        ]))
    let name = worker.map { id in
      config.workers.first { $0.id == id }.map { $0.name.isEmpty ? id : $0.name } ?? id
    }
    let title =
      lang("Internal: ", "Intern: ")
      + (name.map {
        lang("worker \($0), period \(period.name)", "begeleider \($0), periode \(period.name)")
      } ?? lang("team, period \(period.name)", "team, periode \(period.name)"))
    return ReportDocument(
      kind: "coordinator", title: title,
      facts: PeriodReport.periodFacts(period, config: config, lang)
        + [Fact("as_of", lang("As of", "Stand per"), .text(today.description))]
        + (worker.map { id in
          [Fact("worker", lang("Worker", "Begeleider"), .code(id, label: name ?? id))]
        } ?? []),
      sections: sections, csvTable: team
    ).written(in: lang)
  }
}
