import AmigoSchema

/// The period report's part on work without a child file: theme meetings, teacher support and
/// light contacts (docs/reports.md, "Work without a child file"). Counts of people and of
/// contacts are hidden when small (`Suppression`), as children's counts are; numbers of meetings
/// and minutes are shown.
extension PeriodReport {
  /// One row of the "light_work" table: key, label, whether it is hidden when small, its value.
  struct LightWorkRow {
    let key: String
    let label: String
    let counted: Bool
    let value: (LightWorkFigures) -> Int
    /// The rows it is the sum of (a breakdown's total).
    var parts: [String] = []
  }

  /// The table's rows; the theme rows are the themes of the light contacts in the period.
  static func lightWorkRows(_ all: LightWorkFigures, _ lang: Language) -> [LightWorkRow] {
    func breakdown(
      _ prefix: String, _ values: [EnumValue], _ path: KeyPath<LightWorkFigures, [String: Int]>
    ) -> [LightWorkRow] {
      let title =
        [
          Indicator.audience: lang("Attendance of", "Opkomst van"),
          Indicator.askedBy: lang("Asked by", "Gevraagd door"),
          Indicator.outcome: lang("Outcome", "Uitkomst"), Indicator.theme: lang("Theme", "Thema"),
        ][prefix] ?? prefix
      return values.map { v in
        LightWorkRow(
          key: Indicator.breakdown(prefix, v.value), label: "\(title): \(v.label(lang.code))",
          counted: true,
          value: { $0[keyPath: path][v.value] ?? 0 })
      }
    }
    let audiences = breakdown(Indicator.audience, Schemas.audience.values, \.attendanceByAudience)
    let who = breakdown(Indicator.askedBy, Schemas.asker.values, \.lightByWho)
    let outcomes = breakdown(Indicator.outcome, Schemas.lightOutcome.values, \.lightByOutcome)
    let themeValues = all.lightByTheme.keys.sorted().map { theme in
      Schemas.domain.values.first { $0.value == theme }
        ?? EnumValue(theme, en: theme, nl: theme)
    }
    let themes = breakdown(Indicator.theme, themeValues, \.lightByTheme)
    var rows = [
      LightWorkRow(
        key: Indicator.themeMeetings, label: lang("Theme meetings", "Themabijeenkomsten"),
        counted: false,
        value: { $0.themeMeetings }),
      LightWorkRow(
        key: Indicator.themeMeetingMinutes,
        label: lang("Minutes of theme meetings", "Minuten van themabijeenkomsten"),
        counted: false, value: { $0.themeMeetingMinutes }),
      LightWorkRow(
        key: Indicator.themeAttendance,
        label: lang(
          "Attendance at theme meetings (heads)", "Opkomst bij themabijeenkomsten (personen)"),
        counted: true, value: { $0.themeAttendance }, parts: audiences.map(\.key)),
    ]
    rows += audiences
    rows += [
      LightWorkRow(
        key: Indicator.teacherSupport,
        label: lang("Teacher support contacts", "Contacten ondersteuning leerkracht"),
        counted: false, value: { $0.teacherSupport }),
      LightWorkRow(
        key: Indicator.teacherSupportMinutes,
        label: lang("Minutes of teacher support", "Minuten ondersteuning leerkracht"),
        counted: false, value: { $0.teacherSupportMinutes }),
      LightWorkRow(
        key: Indicator.lightContacts, label: lang("Light contacts", "Lichte contacten"),
        counted: true,
        value: { $0.lightContacts }, parts: who.map(\.key)),
      LightWorkRow(
        key: Indicator.lightContactMinutes,
        label: lang("Minutes of light contacts", "Minuten van lichte contacten"),
        counted: false, value: { $0.lightContactMinutes }),
    ]
    rows += who + outcomes + themes
    rows.append(
      LightWorkRow(
        key: Indicator.parentsReached,
        label: lang(
          "Parents reached without a child file (contacts)",
          "Ouders bereikt zonder kinddossier (contacten)"), counted: true,
        value: { $0.parentsReached }))
    return rows
  }

  /// Adds the hidden-when-small counts of the light-work table to `suppression`, per programme,
  /// with the sums a reader knows (a breakdown adds up to its total; programmes to all).
  static func addLightWorkCounts(
    _ suppression: inout Suppression, _ figures: [Int: ActivityFigures], programmes: [Int]
  ) {
    guard let all = figures[0]?.light else { return }
    let rows = lightWorkRows(all, .en)
    let groups = [0] + programmes
    for row in rows where row.counted {
      let key = { Suppression.Key(table: TableID.lightWork, row: row.key, group: $0) }
      for g in groups { suppression.add(key(g), row.value(figures[g]?.light ?? .init())) }
      suppression.addSum(parts: programmes.map(key), total: key(0))
    }
    for row in rows where !row.parts.isEmpty {
      for g in groups {
        suppression.addSum(
          parts: row.parts.map { Suppression.Key(table: TableID.lightWork, row: $0, group: g) },
          total: Suppression.Key(table: TableID.lightWork, row: row.key, group: g))
      }
    }
    // Parents reached is the parents at theme meetings and the parents' light contacts: a
    // reader who sees two of the three has the third (a sum issue 25's solver check knows).
    for g in groups {
      let key = { Suppression.Key(table: TableID.lightWork, row: $0, group: g) }
      suppression.addSum(
        parts: [
          key(Indicator.breakdown(Indicator.audience, "parents")),
          key(Indicator.breakdown(Indicator.askedBy, "parent")),
        ], total: key(Indicator.parentsReached))
    }
    // The outcomes and the themes add up to the light contacts too.
    for prefix in [Indicator.outcome, Indicator.theme] {
      let parts = rows.filter { $0.key.hasPrefix(Indicator.breakdown(prefix, "")) }.map(\.key)
      for g in groups {
        suppression.addSum(
          parts: parts.map { Suppression.Key(table: TableID.lightWork, row: $0, group: g) },
          total: Suppression.Key(table: TableID.lightWork, row: Indicator.lightContacts, group: g))
      }
    }
  }

  /// The light-work table (one column per programme, and all) and its cells, or nil when the
  /// period holds no such work.
  static func lightWorkTable(
    _ figures: [Int: ActivityFigures], columns: [Column], indices: [Int],
    suppression: Suppression, lang: Language
  ) -> (table: Table, rows: [(String, String)], cell: (String, Int) -> Cell)? {
    guard let all = figures[0]?.light, all != LightWorkFigures() else { return nil }
    let rows = lightWorkRows(all, lang)
    func cell(_ key: String, _ g: Int) -> Cell {
      if key == Indicator.teacherSupportHours {
        return .number(
          Double((figures[g]?.light ?? .init()).teacherSupportMinutes) / 60, decimals: 1)
      }
      guard let row = rows.first(where: { $0.key == key }) else { return .empty }
      if row.counted {
        return suppression.cell(.init(table: TableID.lightWork, row: key, group: g))
      }
      return .int(row.value(figures[g]?.light ?? .init()))
    }
    var labels = rows.map { ($0.key, $0.label) }
    if let i = labels.firstIndex(where: { $0.0 == Indicator.teacherSupportMinutes }) {
      labels.insert(
        (
          Indicator.teacherSupportHours,
          lang("Hours of teacher support", "Uren ondersteuning leerkracht")
        ),
        at: i + 1)
    }
    let table = Table(
      id: TableID.lightWork,
      columns: [Column("indicator", lang("Indicator", "Indicator"))] + columns,
      rows: labels.map { key, label in [.code(key, label: label)] + indices.map { cell(key, $0) } })
    return (table, labels, cell)
  }
}
