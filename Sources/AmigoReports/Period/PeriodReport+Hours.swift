import AmigoSchema

/// The period report's contact hours beside the hours agreed (issue 19; the coordinator's
/// views are issue 25's): per school the hours of held sessions in the period beside the
/// school's agreed hours a week (`hours_per_week` in `schools:`), per worker the same beside
/// the worker's hours a week (`hours:` in `workers:`). Beside, never as a share: a period's
/// contact hours and a week's agreed hours measure different things (travel, consultation and
/// preparation are not contacts). Contact hours of fewer children than the small-numbers
/// threshold are hidden (`n<5`): they would give away a child's minutes.
extension PeriodReport {
  /// Minutes of held sessions dated in the period, of trajectories `include` accepts, and the
  /// number of trajectories they come from (their cases).
  /// With `school`, only the sessions dated while the child attended that school (a child who
  /// changed school counts at each, `SchoolHistory.swift`).
  func contactMinutes(
    school: String? = nil, _ include: (Trajectory) -> Bool
  ) -> (
    minutes: Int, cases: Int
  ) {
    var minutes = 0
    var cases = 0
    for t in trajectories where include(t) {
      let programme = config.programme(t.programme)
      var held = false
      for i in t.sessions.indices where t.sessions[i].isHeld {
        guard let date = t.sessions[i].date, period.contains(date) else { continue }
        if let school, t.school(on: date) != school { continue }
        held = true
        minutes += t.sessions[i].countedMinutes(programme) ?? 0
      }
      if held { cases += 1 }
    }
    return (minutes, cases)
  }

  /// Contact hours from `minutes` of `cases` trajectories: hidden from fewer than the
  /// threshold, empty from none.
  func hoursCell(_ minutes: Int, cases: Int) -> Cell {
    let threshold = config.smallNumbers
    if cases == 0 { return .empty }
    if cases < threshold { return .hidden(HiddenFigure(.tooFewCases, threshold: threshold)) }
    return .number(Double(minutes) / 60, decimals: 1)
  }

  /// Hours a week as written: whole hours without decimals, quarters with two (`2`, `2.25`).
  static func hours(_ value: Double) -> Cell {
    .number(value, decimals: value == value.rounded() ? 0 : 2)
  }

  /// The hours table of the workers: contact hours in the period beside hours a week; one row
  /// per worker with hours a week or a contact in the period.
  func workerHoursTable(_ lang: Language) -> Table? {
    var rows: [[Cell]] = []
    for w in config.workers {
      let contact = contactMinutes { $0.worker == w.id }
      let week = w.hours.compactMap(\.hoursPerWeek).reduce(0, +)
      guard contact.cases > 0 || !w.hours.isEmpty else { continue }
      rows.append([
        .code(w.id, label: w.name.isEmpty ? w.id : w.name),
        hoursCell(contact.minutes, cases: contact.cases),
        w.hours.isEmpty ? .empty : PeriodReport.hours(week),
      ])
    }
    guard !rows.isEmpty else { return nil }
    return Table(
      id: "worker_hours",
      columns: [
        Column("worker", lang("Worker", "Begeleider")),
        Column(
          "contact_hours", lang("Contact hours in the period", "Contacturen in de periode"),
          numeric: true),
        Column(
          "hours_per_week", lang("Hours a week (amigo.yaml)", "Uren per week (amigo.yaml)"),
          numeric: true),
      ], rows: rows)
  }

  /// The hours table of the schools: contact hours in the period (sessions of the
  /// trajectories at the school) beside the hours a week agreed with the school.
  func schoolHoursTable(_ lang: Language) -> Table? {
    var rows: [[Cell]] = []
    for s in config.schools {
      let contact = contactMinutes(school: s.id) { $0.allSchools.contains(s.id) }
      guard contact.cases > 0 || s.agreedHours != nil else { continue }
      rows.append([
        .code(s.id, label: s.name.isEmpty ? s.id : s.name),
        s.municipality.map(Cell.text) ?? .empty,
        hoursCell(contact.minutes, cases: contact.cases),
        s.agreedHours.map(PeriodReport.hours) ?? .empty,
      ])
    }
    guard !rows.isEmpty else { return nil }
    return Table(
      id: "school_hours",
      columns: [
        Column("school", lang("School", "School")),
        Column("municipality", lang("Municipality", "Gemeente")),
        Column(
          "contact_hours", lang("Contact hours in the period", "Contacturen in de periode"),
          numeric: true),
        Column(
          "agreed_hours_per_week", lang("Agreed hours a week", "Afgesproken uren per week"),
          numeric: true),
      ], rows: rows)
  }

  /// True when `amigo.yaml` records hours: a school's agreed hours or a worker's hours a week.
  /// Without any, the report has no hours part (there is nothing to put the contacts beside).
  var recordsHours: Bool {
    config.schools.contains { $0.agreedHours != nil }
      || config.workers.contains { !$0.hours.isEmpty }
  }

  /// The hours tables, when `amigo.yaml` records hours.
  func hoursTables(_ lang: Language) -> [Table] {
    recordsHours ? [schoolHoursTable(lang), workerHoursTable(lang)].compactMap { $0 } : []
  }

  /// The section "Hours", or nil when there is nothing to show.
  func hoursSection(_ lang: Language) -> Section? {
    let tables = hoursTables(lang)
    guard !tables.isEmpty else { return nil }
    return Section(
      id: "hours", title: lang("Contact hours and agreed hours", "Contacturen en afgesproken uren"),
      blocks: tables.map(Block.table) + (Legend(of: tables, lang).map { [.legend($0)] } ?? [])
        + [
          .paragraph(
            lang(
              "Contact hours are the minutes of sessions held in the period (a session without minutes counts the programme's default for its kind), beside the hours a week in amigo.yaml; they are not a share of them: preparation, travel and meetings about several children are not contacts. Hours from fewer children than the small-numbers threshold are hidden.",
              "Contacturen zijn de minuten van de in de periode gehouden sessies (een sessie zonder minuten telt de standaardduur van het programma voor die soort), naast de uren per week uit amigo.yaml; ze zijn daar geen deel van: voorbereiding, reistijd en overleggen over meerdere kinderen zijn geen contacten. Uren van minder kinderen dan de drempel voor kleine aantallen zijn verborgen."
            ))
        ])
  }

  /// The hours tables as rows of the CSV's long table (`figures`): table, group type (school
  /// or worker), group, municipality, indicator, value and unit, as `longTable` lays them out.
  func hoursCSVRows(_ lang: Language, columns: [Column]) -> [[Cell]] {
    var out: [[Cell]] = []
    let keys = columns.map(\.key)
    for table in hoursTables(lang) {
      let isSchool = table.id == "school_hours"
      let tableCell = Cell.code(
        table.id,
        label: isSchool
          ? lang("Contact hours per school", "Contacturen per school")
          : lang("Contact hours per worker", "Contacturen per begeleider"))
      let groupType = Cell.code(
        isSchool ? "school" : "worker",
        label: isSchool ? lang("school", "school") : lang("worker", "begeleider"))
      for r in table.rows {
        let municipality = isSchool ? r[1] : .empty
        for (i, column) in table.columns.enumerated() where column.numeric {
          let unit = column.key == "contact_hours" ? "hours" : "hours-per-week"
          var values: [String: Cell] = [
            "period": .text(period.name), "organisation": .text(config.organisation),
            "table": tableCell, "group_type": groupType, "group": r[0],
            "municipality": municipality, "indicator": .code(column.key, label: column.label),
            "unit": .code(unit, label: PeriodReport.unitLabel(unit, lang)),
          ]
          switch r[i].data {
          case .hidden(let h):
            // The marker in CSV; the coded hidden figure in JSON (as `longTable` does).
            values["hidden"] = .hidden(h)
            values["reason"] = .code(h.code, label: h.explanation(lang))
          case .int, .number, .percent: values["value"] = r[i].data
          default: break
          }
          out.append(keys.map { values[$0] ?? .empty })
        }
      }
    }
    return out
  }
}
