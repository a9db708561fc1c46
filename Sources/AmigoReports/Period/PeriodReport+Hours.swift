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
    contactMinutes(schools: school.map { [$0] }, include)
  }

  /// The same, with `schools`: only the sessions dated while the child attended one of them (a
  /// municipality's schools).
  func contactMinutes(
    schools: Set<String>?, _ include: (Trajectory) -> Bool
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
        if let schools, !schools.contains(t.school(on: date)) { continue }
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
          Indicator.contactHours,
          lang("Contact hours in the period", "Contacturen in de periode"),
          numeric: true),
        Column(
          Indicator.hoursPerWeek, lang("Hours a week (amigo.yaml)", "Uren per week (amigo.yaml)"),
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
          Indicator.contactHours,
          lang("Contact hours in the period", "Contacturen in de periode"),
          numeric: true),
        Column(
          Indicator.agreedHoursPerWeek,
          lang("Agreed hours a week", "Afgesproken uren per week"),
          numeric: true),
      ], rows: rows)
  }

  /// The hours table of the municipalities (the schools' `municipality`): contact hours in the
  /// period at that municipality's schools beside the sum of their agreed hours a week. Its
  /// cases are the trajectories with a contact at one of those schools (a child counted once
  /// however many of them it attended), so a municipality of several schools can show hours
  /// its schools hide, and never tells fewer children than the threshold apart.
  func municipalityHoursTable(_ lang: Language) -> Table? {
    var order: [String] = []
    var schoolsOf: [String: [School]] = [:]
    for s in config.schools {
      guard let m = s.municipality, !m.isEmpty else { continue }
      if schoolsOf[m] == nil { order.append(m) }
      schoolsOf[m, default: []].append(s)
    }
    var rows: [[Cell]] = []
    for m in order {
      let schools = schoolsOf[m] ?? []
      let ids = Set(schools.map(\.id))
      let contact = contactMinutes(schools: ids) { !ids.isDisjoint(with: $0.allSchools) }
      let agreed = schools.compactMap(\.agreedHours)
      guard contact.cases > 0 || !agreed.isEmpty else { continue }
      rows.append([
        .text(m),
        hoursCell(contact.minutes, cases: contact.cases),
        agreed.isEmpty ? .empty : PeriodReport.hours(agreed.reduce(0, +)),
      ])
    }
    guard !rows.isEmpty else { return nil }
    return Table(
      id: "municipality_hours",
      columns: [
        Column("municipality", lang("Municipality", "Gemeente")),
        Column(
          Indicator.contactHours,
          lang("Contact hours in the period", "Contacturen in de periode"),
          numeric: true),
        Column(
          Indicator.agreedHoursPerWeek,
          lang("Agreed hours a week (its schools)", "Afgesproken uren per week (haar scholen)"),
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
    recordsHours
      ? [schoolHoursTable(lang), municipalityHoursTable(lang), workerHoursTable(lang)].compactMap {
        $0
      } : []
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
      let isMunicipality = table.id == "municipality_hours"
      let tableCell = Cell.code(
        table.id,
        label: isSchool
          ? lang("Contact hours per school", "Contacturen per school")
          : isMunicipality
            ? lang("Contact hours per municipality", "Contacturen per gemeente")
            : lang("Contact hours per worker", "Contacturen per begeleider"))
      let groupType = Cell.code(
        isSchool ? "school" : isMunicipality ? "municipality" : "worker",
        label: isSchool
          ? lang("school", "school")
          : isMunicipality ? lang("municipality", "gemeente") : lang("worker", "begeleider"))
      for r in table.rows {
        let municipality = isSchool ? r[1] : isMunicipality ? r[0] : .empty
        // A municipality's group is coded by its name, as in the indicators' rows.
        var group = r[0]
        if isMunicipality, case .text(let name) = r[0] { group = .code(name, label: name) }
        for (i, column) in table.columns.enumerated() where column.numeric {
          let unit = PeriodReport.unit(of: column.key)
          var values: [String: Cell] = [
            "period": .text(period.name), "organisation": .text(config.organisation),
            "table": tableCell, "group_type": groupType, "group": group,
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
