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
    /// Work without a child file: its theme, and the people it reached (a theme meeting's
    /// head count, the number of light contacts).
    public var theme: String? = nil
    public var people: Int? = nil
    /// The activity's school id and name.
    public var school: String = ""
    public var schoolName: String = ""
  }

  /// The children an activity reached and on which day (`ActivityFigures.reached`, per day).
  static func contacts(in a: Activity) -> [(String, LocalDate)] {
    switch a.type {
    case .meeting?:
      guard let d = a.date, a.reachesChildren else { return [] }
      return a.children.map { ($0, d) }
    case .group?:
      return a.meetings.flatMap { m in m.date.map { d in m.present.map { ($0, d) } } ?? [] }
    case .themeMeeting?, .teacherSupport?, .lightContacts?:
      return []  // They name no child.
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
            children: a.children.count, unnamed: a.unnamed ?? 0, school: a.school))
      case .group:
        for m in a.meetings {
          guard let d = m.date, week.contains(d) else { continue }
          rows.append(
            ActivityRow(
              id: a.id, type: type, date: d, minutes: m.minutes ?? 0, name: a.name,
              children: m.present.count, unnamed: 0, school: a.school))
        }
      case .themeMeeting, .teacherSupport, .lightContacts:
        rows += lightWorkRows(a, type: type, week: week)
      }
    }
    return rows.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
  }

  /// The subsection listing a worker's meetings, group meetings and work without a child file
  /// of the week (theme meetings, teacher support, light contacts).
  func activitySection(_ rows: [ActivityRow], _ lang: Language) -> Section {
    let total = rows.reduce(0) { $0 + $1.minutes }
    let light = rows.contains { $0.type.namesNoChild }
    var columns = [
      Column("date", lang("Date", "Datum")), Column("id", "Id"),
      Column(
        "type", lang("Type", "Soort"), labelColumn: lang("Type (label)", "Soort (omschrijving)")),
      Column("name", lang("Name", "Naam")),
      Column("minutes", lang("Minutes", "Minuten"), numeric: true),
      Column("children", lang("Children", "Kinderen"), numeric: true),
      Column("unnamed", lang("Not identified", "Zonder naam"), numeric: true),
    ]
    if light {
      columns.insert(
        Column(
          "theme", lang("Theme", "Thema"),
          labelColumn: lang("Theme (label)", "Thema (omschrijving)")
        ), at: 4)
      columns.append(Column("people", lang("People", "Personen"), numeric: true))
    }
    let table = Table(
      id: "activities", columns: columns,
      rows: rows.map { r in
        var cells: [Cell] = [
          .text(r.date.description), .text(r.id),
          .code(r.type.rawValue, label: lang.label(r.type.rawValue, Schemas.activityType)),
          r.name.map { .text($0) } ?? .empty, .int(r.minutes),
          r.type.namesNoChild ? .empty : .int(r.children),
          r.type.namesNoChild ? .empty : .int(r.unnamed),
        ]
        if light {
          cells.insert(
            r.theme.map { .code($0, label: lang.label($0, Schemas.domain)) } ?? .empty, at: 4)
          cells.append(r.people.map { .int($0) } ?? .empty)
        }
        return cells
      })
    return Section(
      id: "activities",
      title: light
        ? lang(
          "Meetings, groups and work without a child file",
          "Overleggen, groepen en werk zonder kinddossier")
        : lang("Meetings and groups", "Overleggen en groepen"),
      blocks: [
        .table(table),
        .paragraph(
          lang(
            "\(total) minutes, counted once per meeting (not per child).",
            "\(total) minuten, één keer geteld per overleg of bijeenkomst (niet per kind).")),
      ])
  }
}
