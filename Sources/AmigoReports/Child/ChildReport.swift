import AmigoSchema

/// One trajectory on one page: dates and status, dose, fidelity against the programme, each
/// goal's scores over time, and the closure. Never shows note texts.
public struct ChildReport: Sendable {
  public let trajectory: Trajectory
  public let config: Config
  public let today: LocalDate
  /// The activities that name this child (`activities/`); the report shows them without the
  /// other children in them.
  public let activities: [Activity]

  public init(
    trajectory: Trajectory, activities: [Activity] = [], config: Config, today: LocalDate
  ) {
    self.trajectory = trajectory
    self.activities = activities.filter { $0.namedChildren.contains(trajectory.id) }
    self.config = config
    self.today = today
  }

  /// `▁▂▃▄▅▆▇█` for scores 0-10.
  public static func sparkline(_ values: [Double]) -> String {
    let bars = Array("▁▂▃▄▅▆▇█")
    return String(values.map { bars[min(7, max(0, Int(($0 / 10 * 7).rounded())))] })
  }

  public func document(_ lang: Language) -> ReportDocument {
    let t = trajectory
    let programme = config.programme(t.programme)
    let end = t.closure?.date ?? today
    var facts: [Fact] = [
      Fact("id", "Id", .text(t.id)),
      Fact("child", lang("Child", "Kind"), .text(t.child.label)),
      Fact(
        "programme", lang("Programme", "Programma"),
        .code(t.programme, label: programme?.label ?? t.programme)),
      Fact(
        "school", lang("School", "School"),
        .code(t.school, label: config.school(t.school)?.name ?? t.school)),
      Fact(
        "worker", lang("Worker", "Begeleider"),
        .code(t.worker, label: config.worker(t.worker)?.name ?? t.worker)),
      Fact(
        "status", lang("Status", "Status"),
        t.status.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.status)) }
          ?? .empty),
    ]
    // School changes with a date (`schools:`): the school column above is the current one.
    if !t.schoolMoves.isEmpty {
      let name = { (id: String) in config.school(id)?.name ?? id }
      facts.append(
        Fact(
          "school_changes", lang("School changes", "Schoolwissels"),
          .text(
            t.schoolMoves.map {
              lang(
                "from \(name($0.from)) to \(name($0.to)) on \($0.date)",
                "van \(name($0.from)) naar \(name($0.to)) op \($0.date)")
            }.joined(separator: "; "))))
    }
    if let born = t.child.born, let start = t.plan.start ?? t.referral?.date {
      // In the birthday month both ages, as the consent line says them (`ConsentLaw.Age`);
      // JSON and CSV keep the whole number (the birthday counted from the month's first day).
      let age = ConsentLaw.Age(born: born, on: start)
      facts.append(
        Fact(
          "age", lang("Age at start", "Leeftijd bij start"),
          age.low == age.high
            ? .int(age.high)
            : .shown(lang(age.description, age.descriptionNL), value: .int(age.high))))
    }
    if let r = t.referral?.date {
      facts.append(Fact("referral", lang("Referral", "Aanmelding"), .text(r.description)))
    }
    if let c = t.firstConsent {
      facts.append(Fact("consent", lang("Consent", "Toestemming"), .text(c.description)))
      // What the consent in force covers (on the closure date once closed), judged as the law
      // does, with the exceptions recorded (`ConsentLaw`).
      let on = min(end, today)
      let summary = ConsentLaw.Summary(t, on: on, bothParents: config.consentBothParents)
      facts.append(
        Fact(
          "consent_covers", lang("Consent in force", "Toestemming van kracht"),
          .text(lang("on ", "op ") + lang.date(on) + ": " + summary.text(lang.code))))
      if let grounds = exceptionGrounds(on: on, lang) { facts.append(grounds) }
    }
    if let s = t.plan.start {
      facts.append(Fact("start", lang("Start", "Start"), .text(s.description)))
    }
    if let w = t.week(of: end) {
      let planned = t.plan.weeks ?? programme?.weeks?.upperBound
      facts.append(
        Fact(
          "week", lang("Week", "Week"),
          .shown(
            // Under the heading "Week": "7 of 20", not "week 7 of 20" (qa-walk p22).
            planned.map { lang(PartOf.en(w, $0), PartOf.nl(w, $0)) } ?? "\(w)",
            value: .int(w))))
      if let planned {
        facts.append(Fact("planned_weeks", lang("Planned weeks", "Geplande weken"), .int(planned)))
      }
    }
    if let c = t.closure?.date {
      facts.append(Fact("closure", lang("Closure", "Afsluiting"), .text(c.description)))
    }

    var sections: [Section] = []
    sections.append(
      Section(id: "dose", title: lang("Dose", "Inzet"), blocks: [.table(doseTable(lang))]))
    sections.append(
      Section(
        id: "fidelity", title: lang("Fidelity", "Programmatrouw"),
        blocks: [.list(fidelity(lang, programme: programme, end: end))]))
    // No goals section for a programme without goal work, unless the child has goals.
    if programme?.goalsExpected ?? true || !t.goals.isEmpty {
      sections.append(
        Section(id: "goals", title: lang("Goals", "Doelen"), blocks: [.table(goalTable(lang))]))
    }
    sections += sharingSections(lang)
    if let measures = measuresSection(lang) { sections.append(measures) }
    if let closure = t.closure {
      var items: [String] = []
      if let reason = closure.reason {
        items.append(
          lang("Reason: ", "Reden: ") + lang.label(reason.rawValue, Schemas.closureReason))
      }
      let destinations = closure.allDestinations
      if !destinations.isEmpty {
        items.append(
          lang("Destination: ", "Vervolg: ")
            + destinations.map { lang.label($0, Schemas.destination) }.joined(separator: ", "))
      }
      let parties: [Party] = [.child, .parents, .teacher]
      let scores = parties.compactMap { p in
        closure.satisfaction[p].map { lang.label(p.rawValue, Schemas.party) + " " + String($0) }
      }
      if !scores.isEmpty {
        items.append(lang("Satisfaction: ", "Tevredenheid: ") + scores.joined(separator: ", "))
      }
      sections.append(
        Section(id: "closure", title: lang("Closure", "Afsluiting"), blocks: [.list(items)]))
    }
    if let followUp = followUpSection(lang) { sections.append(followUp) }
    if !activities.isEmpty {
      sections.append(activitySection(lang))
    }
    if !t.agreements.isEmpty {
      sections.append(agreementSection(lang))
    }
    return ReportDocument(
      kind: "child", title: lang("Trajectory \(t.id)", "Traject \(t.id)"), facts: facts,
      sections: sections,
      csvTable: sessionTable(lang)
    ).written(in: lang)
  }

  func doseTable(_ lang: Language) -> Table {
    let programme = config.programme(trajectory.programme)
    var rows: [[Cell]] = []
    for kind in SessionKind.allCases {
      // Follow-up contacts after the closure are no part of the dose (`followUpSection`).
      let sessions = trajectory.sessions.filter { $0.kind == kind && !$0.followUp }
      guard !sessions.isEmpty else { continue }
      let held = sessions.filter(\.isHeld)
      rows.append([
        .code(kind.rawValue, label: lang.label(kind.rawValue, Schemas.sessionKind)),
        .int(held.count),
        .int(sessions.count - held.count),
        .int(held.compactMap { $0.countedMinutes(programme) }.reduce(0, +)),
      ])
    }
    let held = trajectory.sessions.filter(\.isHeld)
    rows.append([
      .code("total", label: lang("Total", "Totaal")), .int(held.count),
      .int(trajectory.sessions.count - held.count),
      .int(held.compactMap { $0.countedMinutes(programme) }.reduce(0, +)),
    ])
    return Table(
      id: "dose",
      columns: [
        Column("kind", lang("Kind", "Soort")),
        Column("held", lang("Held", "Gehouden"), numeric: true),
        Column("not_held", lang("Not held", "Niet gehouden"), numeric: true),
        Column("minutes", lang("Minutes", "Minuten"), numeric: true),
      ], rows: rows)
  }

  func fidelity(_ lang: Language, programme: Programme?, end: LocalDate) -> [String] {
    let t = trajectory
    var out: [String] = []
    func mark(_ ok: Bool) -> String { ok ? "[x] " : "[ ] " }
    let held = t.sessions.filter(\.isHeld)
    for kind in programme?.requiredContacts ?? [] {
      let first = held.filter { $0.kind == kind }.compactMap(\.date).min()
      out.append(
        mark(first != nil) + lang.label(kind.rawValue, Schemas.sessionKind)
          + (first.map { " (\(lang.date($0)))" } ?? ""))
    }
    // Every held contact within the consent in force on its date, given by the lawful party
    // for the child's age then (`ConsentLaw`, as `validate` judges it).
    let needing = held.filter { s in
      guard let kind = s.kind, let date = s.date else { return false }
      let adult = t.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      return !ConsentLaw.scopes(kind: kind, with: s.with, adult: adult).isEmpty
    }
    if !needing.isEmpty {
      let outside = needing.filter {
        !ConsentLaw.problems(of: $0, in: t, bothParents: config.consentBothParents).isEmpty
      }.count
      out.append(
        mark(outside == 0)
          + lang(
            "every contact within the consent in force, given by whom the child's age requires",
            "elk contact binnen de geldende toestemming, gegeven door wie de leeftijd vraagt")
          + (outside == 0
            ? ""
            : lang(
              " (\(PartOf.en(outside, needing.count)) not)",
              " (\(PartOf.nl(outside, needing.count)) niet)")))
    }
    if let norm = programme?.childSessionsPerWeek, norm > 0, t.plan.start != nil,
      let kind = programme?.doseKind
    {
      // The complete school weeks the norm applies to (as the fidelity warnings count them).
      if let normsEnd = t.normsEnd(today: today) {
        let weeks = t.normWeeks(config: config, through: normsEnd)
        let talks = weeks.reduce(0) { $0 + $1.heldChildTalks }
        let perWeek = weeks.isEmpty ? 0 : Double(talks) / Double(weeks.count)
        let rate = lang.decimal(Cell.format(perWeek, decimals: 1))
        if weeks.isEmpty {
          out.append(
            lang(
              "\(kind.pluralEn) per week: no complete school week yet (norm \(norm))",
              "\(kind.pluralNl) per week: nog geen volledige schoolweek (norm \(norm))"))
        } else {
          out.append(
            mark(perWeek >= Double(norm) - 0.05)
              + lang(
                "\(talks) \(kind.pluralEn) in \(weeks.count) complete school weeks: \(rate) a week (norm \(norm))",
                "\(talks) \(kind.pluralNl) in \(weeks.count) volledige schoolweken: \(rate) per week (norm \(norm))"
              ))
        }
      } else if t.status == .paused {
        out.append(
          lang(
            "\(kind.pluralEn) per week: not counted while paused (norm \(norm))",
            "\(kind.pluralNl) per week: niet geteld zolang het traject gepauzeerd is (norm \(norm))"
          ))
      }
    }
    if let band = programme?.weeks, let w = t.week(of: end) {
      let ok = t.status == .closed ? band.contains(w) : w <= band.upperBound
      out.append(
        mark(ok)
          + lang(
            "length: week \(w) (\(band.lowerBound)-\(band.upperBound) weeks)",
            "duur: week \(w) (\(band.lowerBound)-\(band.upperBound) weken)"))
    }
    if let band = programme?.age, let born = t.child.born, let start = t.plan.start {
      let age = ConsentLaw.Age(born: born, on: start)
      out.append(
        mark(age.overlaps(band))
          + lang(
            "age \(age.description) (\(band.lowerBound)-\(band.upperBound))",
            "leeftijd \(age.descriptionNL) (\(band.lowerBound)-\(band.upperBound))"))
    }
    if !t.goals.isEmpty {
      let unrated = t.goals.filter { $0.ratings.isEmpty }.count
      out.append(
        mark(unrated == 0)
          + lang("every goal has a baseline score", "elk doel heeft een beginscore"))
    }
    return out
  }

  /// One row per goal and rater: scores by different informants are never compared (the
  /// baseline's rater first). A goal without scores has one row.
  func goalTable(_ lang: Language) -> Table {
    var rows: [[Cell]] = []
    for g in trajectory.goals {
      let raters = g.raters
      for rater in raters.isEmpty ? [nil] : raters {
        let values = raters.isEmpty ? [] : g.scores(by: rater).map(\.value)
        let first = values.first.map { Cell.score($0).display(lang) }
        let last = values.last.map { Cell.score($0).display(lang) }
        rows.append([
          .text(g.id),
          g.domain.map { .code($0, label: lang.label($0, config.vocabulary(Schemas.domain))) }
            ?? .empty,
          g.target.map(Cell.score) ?? .empty,
          rater.map { .code($0, label: lang.label($0, config.vocabulary(Schemas.rater))) }
            ?? .empty,
          .shown(
            values.isEmpty
              ? ""
              : ChildReport.sparkline(values) + " "
                + (first == last ? (last ?? "") : "\(first!) → \(last!)"),
            value: .list(values.map(Cell.score))),
          .int(values.count),
          g.result.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.goalResult)) }
            ?? .empty,
        ])
      }
    }
    return Table(
      id: "goals",
      columns: [
        Column("goal", lang("Goal", "Doel")), Column("domain", lang("About", "Over")),
        Column("target", lang("Target", "Streef"), numeric: true),
        Column("rater", lang("Rated by", "Gescoord door")),
        Column("scores", lang("Scores over time", "Scores in de tijd")),
        Column("ratings", lang("Ratings", "Metingen"), numeric: true),
        Column("result", lang("Result", "Resultaat")),
      ], rows: rows)
  }

  func sessionTable(_ lang: Language) -> Table {
    let programme = config.programme(trajectory.programme)
    return Table(
      id: "sessions",
      columns: [
        Column("date", lang("Date", "Datum")),
        Column(
          "kind", lang("Kind", "Soort"), labelColumn: lang("Kind (label)", "Soort (omschrijving)")),
        Column(
          "status", lang("Status", "Status"),
          labelColumn: lang("Status (label)", "Status (omschrijving)")),
        Column("minutes", lang("Minutes", "Minuten"), numeric: true),
        Column("goals", lang("Goals", "Doelen")),
      ],
      rows: trajectory.sessions.map { s in
        [
          .text(s.date?.description ?? ""),
          s.kind.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.sessionKind)) }
            ?? .empty,
          .code(s.status.rawValue, label: lang.label(s.status.rawValue, Schemas.sessionStatus)),
          s.countedMinutes(programme).map { .int($0) } ?? .empty,
          .list(s.goals.map(Cell.text)),
        ]
      })
  }
}
