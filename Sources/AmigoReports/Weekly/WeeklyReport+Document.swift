import AmigoSchema

extension WeeklyReport {
  /// The report as a document in `lang`; without `dataTable`, with no data table (`csvTable`:
  /// only CSV and JSON print it, so text, Markdown and HTML need not build it).
  public func document(_ lang: Language, dataTable: Bool = true) -> ReportDocument {
    var facts = [
      Fact("week", lang("Week", "Week"), .text(week.description)),
      Fact(
        "dates", lang("Dates", "Data"),
        .dates(
          from: week.monday.description, to: week.sunday.description,
          display: lang.range(week.monday, week.sunday))),
      Fact("as_of", lang("As of", "Stand per"), .text(today.description)),
    ]
    if let holiday {
      facts.append(Fact("holiday", lang("Holiday", "Vakantie"), .text(holiday.label)))
    }
    var sections: [Section] = []
    if let holiday {
      sections.append(
        Section(
          id: "holiday", title: lang("School holiday", "Schoolvakantie"),
          blocks: [
            .paragraph(
              lang(
                "Week \(week.week) is \(holiday.label): it is not counted against anyone.",
                "Week \(week.week) is \(holiday.label): deze week telt voor niemand mee."))
          ]))
    }
    if workers.isEmpty {
      sections.append(
        Section(
          id: "empty", title: lang("No trajectories", "Geen trajecten"),
          blocks: [.paragraph(lang("Nothing ran in this week.", "In deze week liep er niets."))]))
    }
    // Each worker's section and data rows on their own, on all cores, joined in order.
    let parts = concurrentMap(workers.count) { k in
      (workerSection(workers[k], lang), dataTable ? csvRows(workers[k], lang) : [])
    }
    sections += parts.map(\.0)
    return ReportDocument(
      kind: "week", title: lang("Week report \(week)", "Weekoverzicht \(week)"), facts: facts,
      sections: sections,
      csvTable: dataTable
        ? Table(id: "trajectories", columns: csvColumns(lang), rows: parts.flatMap(\.1)) : nil
    ).written(in: lang)
  }

  /// A worker's section: their table, attention list, activities, waiting list, time and
  /// events.
  func workerSection(_ ww: WorkerWeek, _ lang: Language) -> Section {
    var blocks: [Block] = []
    if !ww.rows.isEmpty { blocks.append(.table(table(ww.rows, lang))) }
    let attention = ww.rows.flatMap { row in
      row.attention.map { "\(row.label) (\(row.id)): " + describe($0, lang) }
    }
    blocks.append(
      .subsection(
        Section(
          id: "attention", title: lang("Attention", "Aandacht"),
          blocks: attention.isEmpty
            ? [.paragraph(lang("Nothing needs attention.", "Niets vraagt aandacht."))]
            : [.list(attention)]
        )))
    if !ww.activities.isEmpty {
      blocks.append(.subsection(activitySection(ww.activities, lang)))
    }
    if !ww.waiting.isEmpty { blocks.append(.subsection(waitingSection(ww.waiting, lang))) }
    blocks.append(timeParagraph(ww, lang))
    if !ww.events.isEmpty {
      blocks.append(
        .subsection(
          Section(
            id: "events", title: lang("This week", "Deze week"),
            blocks: [.list(ww.events.map { describe($0, lang) })])))
    }
    let count = ww.rows.count
    let title = ww.worker.name.isEmpty ? ww.worker.id : "\(ww.worker.name) (\(ww.worker.id))"
    return Section(
      id: "worker:\(ww.worker.id)",
      title: title + " — "
        + lang(
          Counted.of(count, "trajectory", "trajectories"),
          Counted.of(count, "traject", "trajecten")),
      blocks: blocks)
  }

  /// The dose column's heading: the plural label of the rows' dose kind (`Programme.doseKind`),
  /// or "Dose" when the rows count different kinds.
  func doseHeading(_ rows: [Row], _ lang: Language) -> String {
    doseHeading(Set(rows.map(\.doseKind)), lang)
  }

  /// `doseHeading` of rows with these dose kinds.
  func doseHeading(_ kinds: Set<SessionKind>, _ lang: Language) -> String {
    guard kinds.count <= 1 else { return lang("Dose", "Dosis") }
    let kind = kinds.first ?? .childTalk
    return lang(kind.pluralEn.capitalizedFirst, kind.pluralNl.capitalizedFirst)
  }

  func columns(_ lang: Language, dose: String) -> [Column] {
    [
      Column("child", lang("Child", "Kind")), Column("id", "Id"),
      Column(
        "school", lang("School", "School"), labelColumn: lang("School (name)", "School (naam)")),
      Column("week", lang("Week", "Week")),
      Column("dose", dose, numeric: true),
      Column("minutes", lang("Minutes", "Minuten"), numeric: true),
      Column(
        "other_contacts", lang("Other contacts", "Andere contacten"),
        labelColumn: lang("Other contacts (label)", "Andere contacten (omschrijving)")),
      Column("last_scores", lang("Last scores", "Laatste scores")),
    ]
  }

  /// A worker's table. Without a programme that counts its dose kind among its rows (no norm
  /// for it, the kind not used and none held), it has no dose column; the column is headed by
  /// the kind it counts.
  func table(_ rows: [Row], _ lang: Language) -> Table {
    let talks = rows.contains(where: \.showsDose)
    let goals = rows.contains(where: \.showsScores)
    return Table(
      id: "trajectories",
      columns: columns(lang, dose: doseHeading(rows.filter(\.showsDose), lang)).filter {
        (talks || $0.key != "dose") && (goals || $0.key != "last_scores")
      },
      rows: rows.map { r in
        [
          .text(r.label), .text(r.id), school(r),
          .shown(weekText(r, lang), value: r.trajectoryWeek.map { .int($0) } ?? .empty),
        ] + (talks ? [.shown(talksText(r, lang), value: .int(r.dose))] : []) + [
          .int(r.minutes), contacts(r, lang),
        ] + (goals ? [scores(r)] : [])
      })
  }

  func weekText(_ r: Row, _ lang: Language) -> String {
    guard let tw = r.trajectoryWeek else { return preStartText(r, lang) }
    var s = "week \(tw)"
    if let planned = r.plannedWeeks {
      s = "week " + lang(PartOf.en(tw, planned), PartOf.nl(tw, planned))
    }
    if r.status == .paused { s += lang(" (paused)", " (gepauzeerd)") }
    if r.status == .closed { s += lang(" (closed)", " (afgesloten)") }
    return s
  }

  /// The other held contacts, as codes with their labels.
  func contacts(_ r: Row, _ lang: Language) -> Cell {
    .list(
      r.otherContacts.map {
        .code($0.rawValue, label: lang.label($0.rawValue, Schemas.sessionKind))
      })
  }

  /// The school: its id, with its name beside it in CSV (the name on screen).
  func school(_ r: Row) -> Cell {
    r.schoolID.isEmpty ? .text(r.school) : .code(r.schoolID, label: r.school)
  }

  func scores(_ r: Row) -> Cell {
    .scores(r.lastScores.map { Cell.GoalScore($0.0, $0.1) })
  }

  func talksText(_ r: Row, _ lang: Language) -> String {
    guard let norm = r.norm else { return String(r.dose) }
    return "\(r.dose)/\(norm)"
  }

  /// The data table's columns (CSV and JSON): the ISO week and its Monday first (as the period
  /// report's `period`, so that weeks pasted together can be told apart), then the worker, the
  /// dose kind and norm beside the dose, the attention and activity last.
  func csvColumns(_ lang: Language) -> [Column] {
    var columns =
      [
        Column("iso_week", lang("ISO week", "ISO-week")),
        Column("week_start", lang("Week start", "Begin van de week")),
        Column(
          "worker", lang("Worker", "Begeleider"),
          labelColumn: lang("Worker (name)", "Begeleider (naam)")),
      ]
      + self.columns(
        lang,
        dose: doseHeading(
          Set(
            workers.lazy.flatMap {
              $0.rows.lazy.filter { $0.hasDose || $0.dose > 0 }.map(\.doseKind)
            }), lang))
    columns.insert(
      Column(
        "dose_kind", lang("Dose kind", "Soort dosis"),
        labelColumn: lang("Dose kind (label)", "Soort dosis (omschrijving)")),
      at: 7)
    columns.insert(Column("norm", lang("Norm", "Norm"), numeric: true), at: 9)
    columns.append(
      Column(
        "attention", lang("Attention", "Aandacht"),
        labelColumn: lang("Attention (description)", "Aandacht (omschrijving)")))
    columns.append(
      Column(
        "activity", lang("Activity", "Activiteit"),
        labelColumn: lang("Activity (type)", "Activiteit (soort)")))
    return columns
  }

  /// The cells every row of the data table starts with: the ISO week (`2026-W47`, as `--week`
  /// takes it) and its Monday (`2026-11-16`, which spreadsheets read as a date).
  var weekCells: [Cell] { [.text(week.description), .text(week.monday.description)] }

  /// A worker's rows of the data table: their trajectories, then their activities, each after
  /// the week's cells.
  func csvRows(_ ww: WorkerWeek, _ lang: Language) -> [[Cell]] {
    var rows: [[Cell]] = []
    for r in ww.rows {
      rows.append([
        .code(ww.worker.id, label: ww.worker.name), .text(r.label), .text(r.id), school(r),
        r.trajectoryWeek.map { .int($0) } ?? .empty,
        // A programme without a dose (Tijd voor Toekomst) has no dose kind and no dose count.
        r.hasDose || r.dose > 0
          ? .code(r.doseKind.rawValue, label: lang.label(r.doseKind.rawValue, Schemas.sessionKind))
          : .empty,
        r.hasDose || r.dose > 0 ? .int(r.dose) : .empty,
        r.norm.map { .int($0) } ?? .empty, .int(r.minutes),
        contacts(r, lang), scores(r),
        .list(r.attention.map { .code($0.code, label: describe($0, lang)) }), .empty,
      ])
    }
    return (rows + activityDataRows(ww, lang)).map { weekCells + $0 }
  }

  func describe(_ a: Attention, _ lang: Language) -> String {
    switch a {
    case .belowNorm(let held, let norm, let inProgress, let kind):
      return inProgress
        ? lang(
          PartOf.en(held, norm, kind.nounsEn) + " so far this week",
          PartOf.nl(held, norm, kind.nounsNl) + " tot nu toe deze week")
        : lang(
          PartOf.en(held, norm, kind.nounsEn) + " this week",
          PartOf.nl(held, norm, kind.nounsNl) + " deze week")
    case .nearMaximum(let week, let maximum):
      return lang(
        "week \(week) of at most \(maximum): plan the closure",
        "week \(week) van maximaal \(maximum): plan de afsluiting")
    case .pastMaximum(let week, let maximum):
      return lang(
        "week \(week), past the maximum of \(maximum) weeks",
        "week \(week), voorbij het maximum van \(maximum) weken")
    case .missingContacts(let kinds):
      let names = kinds.map { lang.label($0.rawValue, Schemas.sessionKind) }
      return lang(
        "no \(names.joined(separator: " or ")) yet", "nog geen \(names.joined(separator: " of "))")
    case .noConsent(let withdrawn):
      if let withdrawn {
        return lang(
          "consent withdrawn on \(lang.date(withdrawn))",
          "toestemming ingetrokken op \(lang.date(withdrawn))")
      }
      return lang("no consent recorded", "geen toestemming vastgelegd")
    case .consentAge(let age, let month):
      return lang(
        "turns \(age) in \(month): record the child's own consent (amigo consent … --given-by child)",
        "wordt \(age) in \(month): leg de eigen toestemming van het kind vast (amigo consent … --given-by kind)"
      )
    case .consentParty(let party):
      return lang(
        "consent in force does not count: \(ConsentLaw.short(party, "en"))",
        "geldende toestemming telt niet: \(ConsentLaw.short(party, "nl"))")
    case .unscoredGoals(let ids):
      return ids.count == 1
        ? lang("goal \(ids[0]) has no score yet", "doel \(ids[0]) heeft nog geen score")
        : lang(
          "goals \(ids.joined(separator: ", ")) have no score yet",
          "doelen \(ids.joined(separator: ", ")) hebben nog geen score")
    case .noGoals:
      return lang("no goals agreed yet", "nog geen doelen afgesproken")
    case .noContact(let since):
      if let since {
        return lang(
          "no contact since \(lang.date(since))", "geen contact sinds \(lang.date(since))")
      }
      return lang("no contact yet", "nog geen contact")
    case .reviewDue(let date):
      return lang("review due on \(lang.date(date))", "evaluatie gepland op \(lang.date(date))")
    }
  }

  func describe(_ e: Event, _ lang: Language) -> String {
    switch e {
    case .referred(let id, let label, let by):
      let who = by.map { lang.label($0, Schemas.referrer) }
      return lang("referred: \(label) (\(id))", "aangemeld: \(label) (\(id))")
        + (who.map { lang(", by \($0)", ", door \($0)") } ?? "")
    case .started(let id, let label):
      return lang("started: \(label) (\(id))", "gestart: \(label) (\(id))")
    case .closed(let id, let label, let reason):
      return lang("closed: \(label) (\(id))", "afgesloten: \(label) (\(id))")
        + (reason.map { ", " + lang.label($0.rawValue, Schemas.closureReason) } ?? "")
    }
  }
}

extension String {
  /// The text with its first letter capitalised ("child talks" → "Child talks").
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
