import AmigoSchema

extension PeriodReport {
  /// What an indicator's value counts or measures: its unit code.
  static func unit(of indicator: String) -> String {
    switch indicator {
    case Indicator.daysToStart, Indicator.daysToSchool, Indicator.waitMedian,
      Indicator.waitLongest:
      "days"
    case Indicator.schoolInformed: "percent"
    case Indicator.durationMedian, Indicator.durationIQR: "weeks"
    case Indicator.childTalks: "talks-per-child"
    case Indicator.networkTalks: "network-talks-per-child"
    case Indicator.contactMinutes: "minutes-per-child"
    case Indicator.contactHours, Indicator.teacherSupportHours: "hours"
    case Indicator.meetingMinutes, Indicator.groupMinutes, Indicator.activityMinutes,
      Indicator.themeMeetingMinutes, Indicator.teacherSupportMinutes,
      Indicator.lightContactMinutes:
      "minutes"
    case Indicator.attendanceRate: "percent"
    case Indicator.hoursPerWeek, Indicator.agreedHoursPerWeek: "hours-per-week"
    case Indicator.dropOut, Indicator.withoutHelp, Indicator.goalsAchieved: "percent"
    case let key
    where SessionKind.allCases.contains(where: { contactIndicator($0) == key }): "percent"
    case let key where key.hasPrefix(Indicator.satisfactionPrefix): "score-1-10"
    default: "count"
    }
  }

  static func unitLabel(_ unit: String, _ lang: Language) -> String {
    switch unit {
    case "days": lang("days", "dagen")
    case "weeks": lang("weeks", "weken")
    case "talks-per-child": lang("child talks per child", "kindgesprekken per kind")
    case "network-talks-per-child": lang("network talks per child", "netwerkgesprekken per kind")
    case "minutes-per-child": lang("minutes per child", "minuten per kind")
    case "minutes": lang("minutes", "minuten")
    case "hours": lang("hours", "uren")
    case "hours-per-week": lang("hours a week", "uren per week")
    case "percent": lang("per cent", "procent")
    case "score-1-10": lang("score 1-10", "score 1-10")
    case "score-change": lang("mean improvement in score", "gemiddelde verbetering in score")
    default: lang("count", "aantal")
    }
  }

  /// The period's every figure as one long table, for spreadsheets and scripts: one row per
  /// table, group and row, with the period, the organisation, the group's name and (for a
  /// school) municipality, the value as a number and its unit, quartiles in two columns, and
  /// for a hidden figure its marker and reason. Codes carry their labels beside them in CSV.
  func longTable(
    _ lang: Language, groups: [(kind: String, id: String, name: String)],
    indicators: [(key: String, label: String, value: (Int) -> Cell)],
    breakdowns: [(id: String, title: String, rows: [(String, String)], groups: [Int])],
    cell: (String, String, Int) -> Cell,
    extra: [(table: Cell, row: Cell, unit: String, value: Cell)] = []
  ) -> Table {
    let columns = [
      Column("period", lang("Period", "Periode")),
      Column("organisation", lang("Organisation", "Organisatie")),
      Column("table", lang("Table", "Tabel"), labelColumn: lang("Table (name)", "Tabel (naam)")),
      Column(
        "group_type", lang("Group type", "Soort groep"),
        labelColumn: lang("Group type (label)", "Soort groep (omschrijving)")),
      Column("group", lang("Group", "Groep"), labelColumn: lang("Group (name)", "Groep (naam)")),
      Column("municipality", lang("Municipality", "Gemeente")),
      Column(
        "indicator", lang("Indicator", "Indicator"),
        labelColumn: lang("Description", "Omschrijving")),
      Column("value", lang("Value", "Waarde"), numeric: true),
      Column("q1", lang("First quartile", "Eerste kwartiel"), numeric: true),
      Column("q3", lang("Third quartile", "Derde kwartiel"), numeric: true),
      Column(
        "unit", lang("Unit", "Eenheid"), labelColumn: lang("Unit (label)", "Eenheid (omschrijving)")
      ),
      Column("hidden", lang("Shown as", "Getoond als")),
      Column(
        "reason", lang("Reason hidden", "Reden verborgen"), labelColumn: lang("Legend", "Legenda")),
    ]
    let groupTypes = [
      "total": lang("all", "alle"), "programme": lang("programme", "programma"),
      "school": lang("school", "school"), "municipality": lang("municipality", "gemeente"),
    ]
    func row(table: Cell, group i: Int, row: Cell, unit: String, _ value: Cell) -> [Cell] {
      let g = groups[i]
      let municipality =
        g.kind == "school"
        ? config.school(g.id)?.municipality.map(Cell.text) ?? .empty
        : g.kind == "municipality" ? .text(g.id) : .empty
      var number: Cell = .empty
      var q1: Cell = .empty
      var q3: Cell = .empty
      var shown: Cell = .empty
      var reason: Cell = .empty
      switch value.data {
      case .range(let a, let b, let decimals):
        q1 = .number(a, decimals: decimals)
        q3 = .number(b, decimals: decimals)
      case .hidden(let h):
        // The marker in CSV; the coded hidden figure in JSON.
        shown = .hidden(h)
        reason = .code(h.code, label: h.explanation(lang))
      case .int, .number, .percent: number = value.data
      default: break
      }
      return [
        .text(period.name), .text(config.organisation), table,
        .code(g.kind, label: groupTypes[g.kind] ?? g.kind), .code(g.id, label: g.name),
        municipality, row, number, q1, q3,
        .code(unit, label: PeriodReport.unitLabel(unit, lang)), shown, reason,
      ]
    }
    var rows: [[Cell]] = []
    let indicatorsTable = Cell.code(TableID.indicators, label: lang("Indicators", "Indicatoren"))
    // Each indicator's unit found once, not once per group.
    let units = indicators.map { PeriodReport.unit(of: $0.key) }
    for i in groups.indices {
      for (n, (key, label, value)) in indicators.enumerated() {
        rows.append(
          row(
            table: indicatorsTable, group: i, row: .code(key, label: label), unit: units[n],
            value(i)))
      }
    }
    for (id, title, values, indices) in breakdowns {
      // The categories of a breakdown are counts; the tables of meetings and groups and of work
      // without a child file also hold minutes, hours and a rate.
      let mixed = id == TableID.activities || id == TableID.lightWork
      let units = values.map { mixed ? PeriodReport.unit(of: $0.0) : "count" }
      for i in indices {
        for (n, (value, label)) in values.enumerated() {
          rows.append(
            row(
              table: .code(id, label: title), group: i, row: .code(value, label: label),
              unit: units[n], cell(id, value, i)))
        }
      }
    }
    // Further tables of all trajectories (the outcome measures).
    for e in extra { rows.append(row(table: e.table, group: 0, row: e.row, unit: e.unit, e.value)) }
    return Table(id: "figures", columns: columns, rows: rows)
  }
}
