import AmigoSchema

extension ChildReport {
  /// The child's meetings and group meetings: date, activity, the child's part in it and the
  /// activity's minutes (the activity's, once; never the other children named in it). `day`
  /// writes a date: ISO here, in words in the record (`RecordExport`).
  func activitySection(_ lang: Language, day: (LocalDate) -> String = isoDay) -> Section {
    let id = trajectory.id
    var rows: [(LocalDate, [Cell])] = []
    for a in activities {
      guard let type = a.type else { continue }
      let kind = Cell.code(type.rawValue, label: lang.label(type.rawValue, Schemas.activityType))
      switch type {
      case .meeting:
        guard let d = a.date, a.children.contains(id) else { continue }
        let part =
          a.reachesChildren
          ? lang("discussed, with the child or parents", "besproken, met kind of ouders")
          : lang("discussed", "besproken")
        rows.append(
          (
            d,
            [.text(day(d)), .text(a.id), kind, .empty, .text(part), .int(a.minutes ?? 0)]
          ))
      case .themeMeeting, .teacherSupport, .lightContacts:
        continue  // They name no child.
      case .group:
        for m in a.meetings {
          guard let d = m.date, let row = m.attendance.first(where: { $0.id == id }) else {
            continue
          }
          let part: String
          switch row.attendance {
          case .present: part = lang("present", "aanwezig")
          case .absent: part = lang("absent", "afwezig")
          case .excused: part = lang("excused", "afgemeld")
          }
          rows.append(
            (
              d,
              [
                .text(day(d)), .text(a.id), kind, a.name.map { .text($0) } ?? .empty,
                .text(part), .int(m.minutes ?? 0),
              ]
            ))
        }
      }
    }
    let table = Table(
      id: "activities",
      columns: [
        Column("date", lang("Date", "Datum")), Column("id", "Id"),
        Column(
          "type", lang("Type", "Soort"), labelColumn: lang("Type (label)", "Soort (omschrijving)")),
        Column("name", lang("Name", "Naam")), Column("part", lang("Child", "Kind")),
        Column(
          "minutes", lang("Minutes (of the meeting)", "Minuten (van het overleg)"), numeric: true),
      ],
      rows: rows.sorted { $0.0 < $1.0 }.map(\.1))
    return Section(
      id: "activities", title: lang("Meetings and groups", "Overleggen en groepen"),
      blocks: [.table(table)])
  }

  /// What meetings about several children agreed for this child (`agreements:` in its own
  /// file): date, activity and what was agreed; no minutes (the activity's count once, above).
  func agreementSection(_ lang: Language, day: (LocalDate) -> String = isoDay) -> Section {
    let rows = trajectory.agreements.sorted {
      ($0.date?.dayNumber ?? 0) < ($1.date?.dayNumber ?? 0)
    }
    .map { a -> [Cell] in
      [
        a.date.map { .text(day($0)) } ?? .empty, .text(a.activity),
        a.agreed.map { .text($0) } ?? .empty,
      ]
    }
    let table = Table(
      id: "agreements",
      columns: [
        Column("date", lang("Date", "Datum")), Column("activity", lang("Activity", "Activiteit")),
        Column("agreed", lang("Agreed", "Afgesproken")),
      ], rows: rows)
    return Section(
      id: "agreements", title: lang("Agreed in meetings", "Afspraken uit overleggen"),
      blocks: [.table(table)])
  }

  /// A date in this report's tables: ISO (`2026-10-14`).
  static func isoDay(_ date: LocalDate) -> String { date.description }
}
