import AmigoSchema

/// The period report follows the programme profiles (issue 25): a programme's column shows the
/// optional figures its profile lists (`figures:`, `Schemas.reportFigure`), and a row or part
/// no programme of the report lists is left out. The totals (all programmes, the schools and
/// municipalities) count every trajectory all the same: leaving a figure out of a programme's
/// column hides nothing from the total.
extension PeriodReport {
  /// The `figures:` value a row of a table belongs to, or nil for a row every programme shows
  /// (its own keys decide it: `required_contacts`, `goals`, the dose).
  static func profileFigure(table: String, row: String) -> String? {
    switch table {
    case TableID.indicators:
      switch row {
      case Indicator.families: return ReportFigure.families
      case Indicator.waiting, Indicator.waitMedian, Indicator.waitLongest:
        return ReportFigure.waiting
      case Indicator.networkTalks: return ReportFigure.networkTalks
      default:
        return row.hasPrefix(Indicator.satisfactionPrefix) ? ReportFigure.satisfaction : nil
      }
    case TableID.activities: return ReportFigure.meetingsAndGroups
    case TableID.lightWork:
      if row == Indicator.themeMeetings || row == Indicator.themeMeetingMinutes
        || row == Indicator.themeAttendance
        || row.hasPrefix(Indicator.breakdown(Indicator.audience, ""))
      {
        return ReportFigure.themeMeetings
      }
      if row.hasPrefix(Indicator.teacherSupport) { return ReportFigure.teacherSupport }
      // Parents reached adds the parents at theme meetings to the parents' light contacts: it
      // needs both.
      if row == Indicator.parentsReached {
        return ReportFigure.lightContacts + "+" + ReportFigure.themeMeetings
      }
      return ReportFigure.lightContacts
    default: return nil
    }
  }

  /// True when `programme` shows the figure (`profileFigure`): every part listed.
  static func shows(_ figure: String?, _ programme: Programme?) -> Bool {
    guard let figure, let programme else { return true }
    return figure.split(separator: "+").allSatisfy { programme.shows(String($0)) }
  }

  /// True when the row belongs in the report: some declared programme shows it (or none is
  /// declared).
  func rowShown(table: String, row: String) -> Bool {
    let figure = PeriodReport.profileFigure(table: table, row: row)
    return config.programmes.isEmpty
      || config.programmes.contains { PeriodReport.shows(figure, $0) }
  }

  /// True when the cell of a programme column (`kind` "programme", its `id`) shows the row;
  /// the other columns show every row the report has.
  func cellShown(table: String, row: String, kind: String, id: String) -> Bool {
    kind != "programme"
      || PeriodReport.shows(
        PeriodReport.profileFigure(table: table, row: row), config.programme(id))
  }
}
