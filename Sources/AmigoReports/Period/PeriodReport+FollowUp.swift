import AmigoSchema

/// After the trajectory in the period report (issue 23), per programme, with the small-numbers
/// rules of the rest of the report (`Suppression`, `HiddenFigure`): this service's referrals to
/// youth care and youth mental health care, repeat requests within twelve months of an earlier
/// closure, and the follow-up. Defined in docs/reports.md.
extension PeriodReport {
  /// The rows of the part, in order: each a count of trajectories.
  static let followUpRows = [
    Indicator.referralsMade, Indicator.referredYouthCare, Indicator.referredYouthMentalHealth,
    Indicator.repeatRequests, Indicator.followUp,
  ]

  /// How far back an earlier closure makes a new referral a repeat request: twelve months.
  static let repeatRequestMonths = 12

  /// The rows `t` counts in: a set of `followUpRows`.
  func followUpContribution(_ t: Trajectory, closures: [String: LocalDate]) -> Set<String> {
    var rows = Set<String>()
    let made = t.referrals.filter { $0.date.map(period.contains) ?? false }
    if !made.isEmpty { rows.insert(Indicator.referralsMade) }
    // Referred during the trajectory (a referral made in the period) or at closure (closed in
    // the period with that destination).
    var places = Set(made.compactMap(\.to))
    if t.status == .closed, let c = t.closure, let date = c.date, period.contains(date) {
      places.formUnion(c.allDestinations)
    }
    if places.contains("youth-care") { rows.insert(Indicator.referredYouthCare) }
    if places.contains("youth-mental-health") { rows.insert(Indicator.referredYouthMentalHealth) }
    if let previous = t.previous, let referral = t.referral?.date, period.contains(referral),
      let closed = closures[previous], closed <= referral,
      referral <= LocalDate.adding(months: PeriodReport.repeatRequestMonths, to: closed)
    {
      rows.insert(Indicator.repeatRequests)
    }
    let followUp =
      t.followUpSessions.compactMap(\.date) + t.followUpMeasures.compactMap(\.date)
      + t.goals.flatMap { $0.ratings.filter(\.followUp).compactMap(\.date) }
    if followUp.contains(where: period.contains) { rows.insert(Indicator.followUp) }
    return rows
  }

  /// The section and its rows for the CSV's long table; nil when no trajectory of the report
  /// records referrals made, a follow-up or a repeat request. `groups`: the report's groups
  /// (0: all); `programmes`: the programme groups' indices.
  func followUpPart(
    _ lang: Language, groups: [(kind: String, id: String, name: String)], programmes: [Int]
  ) -> (section: Section, csv: Table)? {
    guard
      trajectories.contains(where: { t in
        !t.referrals.isEmpty || t.previous != nil || t.sessions.contains(where: \.followUp)
          || !t.followUpMeasures.isEmpty
          || t.goals.contains { $0.ratings.contains(where: \.followUp) }
      })
    else { return nil }
    let threshold = config.smallNumbers
    let columns = [0] + programmes
    var column: [String: Int] = [:]
    for (c, g) in columns.enumerated() where c > 0 { column[groups[g].id] = c }
    var closures: [String: LocalDate] = [:]
    for t in trajectories {
      if let date = t.closure?.date, !t.id.isEmpty { closures[t.id] = date }
    }
    var counts = Array(repeating: [String: Int](), count: columns.count)
    for t in trajectories {
      for row in followUpContribution(t, closures: closures) {
        counts[0][row, default: 0] += 1
        if let c = column[t.programme] { counts[c][row, default: 0] += 1 }
      }
    }
    var suppression = Suppression(threshold: threshold)
    func key(_ row: String, _ c: Int) -> Suppression.Key {
      .init(table: "after_trajectory", row: row, group: c)
    }
    let parts = Array(columns.indices.dropFirst())
    for row in PeriodReport.followUpRows {
      for c in columns.indices { suppression.add(key(row, c), counts[c][row] ?? 0) }
      suppression.addSum(parts: parts.map { key(row, $0) }, total: key(row, 0))
    }
    suppression.complete()
    let labels: [String: String] = [
      Indicator.referralsMade: lang(
        "Trajectories with a referral made by this service in the period",
        "Trajecten met een verwijzing door deze dienst in de periode"),
      Indicator.referredYouthCare: lang(
        "Referred by this service to youth care (during the trajectory or at closure)",
        "Door deze dienst verwezen naar jeugdhulp (tijdens het traject of bij afsluiting)"),
      Indicator.referredYouthMentalHealth: lang(
        "Referred by this service to youth mental health care (during the trajectory or at closure)",
        "Door deze dienst verwezen naar jeugd-ggz (tijdens het traject of bij afsluiting)"),
      Indicator.repeatRequests: lang(
        "New requests within 12 months of an earlier closure",
        "Nieuwe aanmeldingen binnen 12 maanden na een eerdere afsluiting"),
      Indicator.followUp: lang(
        "Trajectories with a follow-up after closure in the period",
        "Trajecten met nazorg na afsluiting in de periode"),
    ]
    let indicators: [(key: String, label: String, value: (Int) -> Cell)] =
      PeriodReport.followUpRows.map { row in
        (row, labels[row] ?? row, { suppression.cell(key(row, $0)) })
      }
    let groupColumns = columns.enumerated().map { c, g in
      Column(
        groups[g].id, c == 0 ? lang("All programmes", "Alle programma's") : groups[g].name,
        numeric: true)
    }
    let table = Table(
      id: "after_trajectory",
      columns: [Column("indicator", lang("Indicator", "Indicator"))] + groupColumns,
      rows: indicators.map { key, label, value in
        [.code(key, label: label)] + columns.indices.map(value)
      })
    // The follow-up results: pre → follow-up measures, as the outcome measures.
    let measures = measuresTable(lang, followUp: true)
    let tables = [table] + (measures.map { [$0] } ?? [])
    var notes = [
      lang(
        "Referrals are this service's own referrals of the children it supports, not the municipality's inflow into youth care or youth mental health care.",
        "Verwijzingen zijn die van deze dienst voor de kinderen die zij begeleidt, niet de instroom van de gemeente in jeugdhulp of jeugd-ggz."
      )
    ]
    if measures != nil {
      notes.append(
        lang(
          "Follow-up measures: trajectories with a pre and a follow-up measure of the same instrument and informant, the first follow-up dated in the period; the figures as in the outcome measures.",
          "Follow-upmetingen: trajecten met een voormeting en een follow-upmeting van hetzelfde instrument en dezelfde informant, de eerste follow-up in de periode; de cijfers als bij de effectmetingen."
        ))
    }
    let section = Section(
      id: "after_trajectory", title: lang("After the trajectory", "Na het traject"),
      blocks: tables.map(Block.table) + (Legend(of: tables, lang).map { [.legend($0)] } ?? [])
        + [.list(notes)])
    let csv = longTable(
      lang, groups: columns.map { groups[$0] }, indicators: indicators, breakdowns: [],
      cell: { _, _, _ in .empty },
      extra: measures.map { PeriodReport.measureRows($0, lang) } ?? [])
    return (section, csv)
  }
}
