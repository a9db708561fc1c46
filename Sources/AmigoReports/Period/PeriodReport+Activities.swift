import AmigoSchema

/// The period report's part on work about several children (`activities/`): meetings and
/// groups, counted once per activity (docs/reports.md, "Meetings and groups").
extension PeriodReport {
  /// The rows of the "activities" table: key, English and Dutch label, whether it counts
  /// children (hidden when small, `Suppression`) and its value in a group's figures.
  static let activityRows:
    [(
      key: String, en: String, nl: String, children: Bool, value: @Sendable (ActivityFigures) -> Int
    )] = [
      (
        "meetings", "Meetings about several children", "Overleggen over meerdere kinderen", false,
        { $0.meetings }
      ),
      (
        Indicator.meetingMinutes, "Minutes of those meetings (once per meeting)",
        "Minuten van die overleggen (één keer per overleg)", false, { $0.meetingMinutes }
      ),
      (
        "children_discussed", "Children discussed only (not reached)",
        "Kinderen alleen besproken (niet bereikt)", true, { $0.discussed.count }
      ),
      (
        "discussed_not_identified", "Pupils discussed, not identified",
        "Leerlingen besproken zonder naam", true, { $0.unnamed }
      ),
      (
        "groups", "Groups with a meeting in the period",
        "Groepen met een bijeenkomst in de periode", false, { $0.groups }
      ),
      ("group_meetings", "Group meetings", "Groepsbijeenkomsten", false, { $0.groupMeetings }),
      (
        Indicator.groupMinutes, "Minutes of group meetings (once per meeting)",
        "Minuten van groepsbijeenkomsten (één keer per bijeenkomst)", false, { $0.groupMinutes }
      ),
      (
        Indicator.groupParticipants, "Group participants", "Deelnemers aan groepen", true,
        { $0.participants.count }
      ),
      (
        "reached_in_activities", "Children reached in meetings and groups",
        "Kinderen bereikt in overleggen en groepen", true, { $0.reached.count }
      ),
    ]

  /// Adds the children counts of the activities table to `suppression`: per programme, and the
  /// programmes' sum where it is one (a child in the activities of two programmes is counted in
  /// each; their sum is then no sum a reader can use).
  static func addActivityCounts(
    _ suppression: inout Suppression, _ figures: [Int: ActivityFigures], programmes: [Int]
  ) {
    for row in activityRows where row.children {
      let key = { Suppression.Key(table: TableID.activities, row: row.key, group: $0) }
      // In the order of the groups: the suppression's reasoning follows the order counts are
      // added, and a dictionary's order changes from run to run (hashing is seeded per process).
      for g in figures.keys.sorted() {
        suppression.add(key(g), row.value(figures[g]!), hasFigures: true)
      }
      let parts = programmes.reduce(0) { $0 + (figures[$1].map(row.value) ?? 0) }
      if parts == figures[0].map(row.value) ?? 0 {
        suppression.addSum(parts: programmes.map(key), total: key(0))
      }
    }
  }

  /// The activities table: one column per programme (and all), one row per figure; children
  /// counts through `suppression`, the attendance rate from the participants behind it.
  static func activityTable(
    _ figures: [Int: ActivityFigures], columns: [Column], indices: [Int],
    suppression: Suppression, threshold: Int, lang: Language
  ) -> (table: Table, cell: (String, Int) -> Cell) {
    func cell(_ key: String, _ g: Int) -> Cell {
      let f = figures[g] ?? ActivityFigures()
      if key == Indicator.attendanceRate {
        let participants = Suppression.Key(
          table: TableID.activities, row: Indicator.groupParticipants, group: g)
        if suppression.withholdsFigures(participants) {
          return .hidden(HiddenFigure(.withheld, threshold: threshold))
        }
        let n = f.participants.count
        guard let rate = f.attendanceRate, n > 0 else { return .empty }
        return n < threshold
          ? .hidden(HiddenFigure(.tooFewCases, threshold: threshold))
          : .percent(rate, decimals: 0)
      }
      guard let row = activityRows.first(where: { $0.key == key }) else { return .empty }
      if row.children {
        return suppression.cell(.init(table: TableID.activities, row: key, group: g))
      }
      return .int(row.value(f))
    }
    let rows = activityRowLabels(lang)
    func value(_ key: String, _ g: Int) -> Cell {
      key == Indicator.activityMinutes
        ? .int((figures[g] ?? ActivityFigures()).minutes) : cell(key, g)
    }
    let table = Table(
      id: TableID.activities,
      columns: [Column("indicator", lang("Indicator", "Indicator"))] + columns,
      rows: rows.map { key, label in [.code(key, label: label)] + indices.map { value(key, $0) } })
    return (table, value)
  }

  /// The rows of the activities table as the CSV's long table lists them.
  static func activityRowLabels(_ lang: Language) -> [(String, String)] {
    var rows = activityRows.map { ($0.key, lang($0.en, $0.nl)) }
    let participants = rows.firstIndex { $0.0 == Indicator.groupParticipants }! + 1
    rows.insert(
      (
        Indicator.attendanceRate,
        lang("Attendance at group meetings", "Aanwezigheid bij groepsbijeenkomsten")
      ),
      at: participants)
    rows.append(
      (
        Indicator.activityMinutes,
        lang("Minutes of meetings and groups, in all", "Minuten van overleggen en groepen, samen")
      ))
    return rows
  }
}
