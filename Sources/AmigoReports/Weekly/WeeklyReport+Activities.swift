import AmigoSchema

extension WeeklyReport {
  /// One occasion of work about several children in the week: a meeting, or one meeting of a
  /// group. Its minutes are counted once, for every worker who took part.
  public struct ActivityRow: Sendable, Hashable {
    public var id: String
    public var type: ActivityType
    public var date: LocalDate
    public var minutes: Int
    /// The group's name (a meeting has none).
    public var name: String?
    /// Children named: discussed in the meeting, or present at the group meeting.
    public var children: Int
    /// Pupils discussed without a name.
    public var unnamed: Int
  }

  /// The children an activity reached and on which day (`ActivityFigures.reached`, per day).
  static func contacts(in a: Activity) -> [(String, LocalDate)] {
    switch a.type {
    case .meeting?:
      guard let d = a.date, a.reachesChildren else { return [] }
      return a.children.map { ($0, d) }
    case .group?:
      return a.meetings.flatMap { m in m.date.map { d in m.present.map { ($0, d) } } ?? [] }
    case nil:
      return []
    }
  }

  /// The occasions of `activities` in `week` that `worker` took part in, by date.
  static func activityRows(
    _ activities: [Activity], worker: String, week: ISOWeek
  )
    -> [ActivityRow]
  {
    var rows: [ActivityRow] = []
    for a in activities where a.workers.contains(worker) {
      guard let type = a.type else { continue }
      switch type {
      case .meeting:
        guard let d = a.date, week.contains(d) else { continue }
        rows.append(
          ActivityRow(
            id: a.id, type: type, date: d, minutes: a.minutes ?? 0, name: nil,
            children: a.children.count, unnamed: a.unnamed ?? 0))
      case .group:
        for m in a.meetings {
          guard let d = m.date, week.contains(d) else { continue }
          rows.append(
            ActivityRow(
              id: a.id, type: type, date: d, minutes: m.minutes ?? 0, name: a.name,
              children: m.present.count, unnamed: 0))
        }
      }
    }
    return rows.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
  }

  /// The subsection listing a worker's meetings and group meetings of the week.
  func activitySection(_ rows: [ActivityRow], _ lang: Language) -> Section {
    let total = rows.reduce(0) { $0 + $1.minutes }
    let table = Table(
      id: "activities",
      columns: [
        Column("date", lang("Date", "Datum")), Column("id", "Id"),
        Column(
          "type", lang("Type", "Soort"), labelColumn: lang("Type (label)", "Soort (omschrijving)")),
        Column("name", lang("Name", "Naam")),
        Column("minutes", lang("Minutes", "Minuten"), numeric: true),
        Column("children", lang("Children", "Kinderen"), numeric: true),
        Column("unnamed", lang("Not identified", "Zonder naam"), numeric: true),
      ],
      rows: rows.map { r in
        [
          .text(r.date.description), .text(r.id),
          .code(r.type.rawValue, label: lang.label(r.type.rawValue, Schemas.activityType)),
          r.name.map { .text($0) } ?? .empty, .int(r.minutes), .int(r.children), .int(r.unnamed),
        ]
      })
    return Section(
      id: "activities", title: lang("Meetings and groups", "Overleggen en groepen"),
      blocks: [
        .table(table),
        .paragraph(
          lang(
            "\(total) minutes, counted once per meeting (not per child).",
            "\(total) minuten, één keer geteld per overleg of bijeenkomst (niet per kind).")),
      ])
  }
}
