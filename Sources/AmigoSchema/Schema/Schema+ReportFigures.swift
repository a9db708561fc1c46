/// The values of `figures:` (`Schemas.reportFigure`), declared once: the schema, the period
/// report's profiles (`PeriodReport.profileFigure`) and the programme templates name them by
/// these.
public enum ReportFigure {
  public static let families = "families"
  public static let waiting = "waiting"
  public static let satisfaction = "satisfaction"
  public static let networkTalks = "network-talks"
  public static let meetingsAndGroups = "meetings-and-groups"
  public static let themeMeetings = "theme-meetings"
  public static let teacherSupport = "teacher-support"
  public static let lightContacts = "light-contacts"
}

/// The optional figures of a programme's part of the period report (`figures:` in a programme
/// of `amigo.yaml`, issue 25): what the programme's profile lists. Without `figures:` a
/// programme shows every one (as before profiles could list them).
extension Schemas {
  public static let reportFigure = EnumSpec(
    "report figure",
    [
      EnumValue(
        ReportFigure.families, en: "families reached", nl: "gezinnen bereikt",
        doc: "Families reached (siblings counted once), in the all-programmes column."),
      EnumValue(
        ReportFigure.waiting, en: "waiting list", nl: "wachtlijst",
        doc: "Waiting at the end of the period and the days waited (median, longest)."),
      EnumValue(
        ReportFigure.satisfaction, en: "satisfaction", nl: "tevredenheid",
        doc: "Mean satisfaction scores at the closure, per party."),
      EnumValue(
        ReportFigure.networkTalks, en: "network talks", nl: "netwerkgesprekken",
        doc:
          "Network talks (`network-talk`) held in the period per child reached, as a mean: for a programme that looks for help in the child's own network first."
      ),
      EnumValue(
        ReportFigure.meetingsAndGroups, en: "meetings and groups", nl: "overleggen en groepen",
        doc: "The part \"Meetings and groups\" (activities about several children)."),
      EnumValue(
        ReportFigure.themeMeetings, en: "theme meetings", nl: "themabijeenkomsten",
        doc:
          "Theme meetings, their minutes and attendance per audience (\"Work without a child file\")."
      ),
      EnumValue(
        ReportFigure.teacherSupport, en: "teacher support", nl: "ondersteuning leerkracht",
        doc: "Teacher support contacts and their minutes and hours (\"Work without a child file\")."
      ),
      EnumValue(
        ReportFigure.lightContacts, en: "light contacts", nl: "lichte contacten",
        doc:
          "Light contacts by who asked, outcome and theme (\"Work without a child file\"); with theme meetings also parents reached without a child file."
      ),
    ])

  static let programmeFigures = Field(
    Programme.Key.figures, .list(.enumeration(reportFigure)),
    "The optional figures the programme's part of `report --period` shows (default: all of them). The contacts it requires (`required_contacts`), goals (`goals`) and child talks (`session_kinds`, the dose) follow their own keys."
  ) { (p: inout Programme, v) in p.figures = v.list { $0.string } }
}

extension Programme {
  /// True when the programme's part of the period report shows `figure` (a `figures:` value):
  /// listed, or no `figures:` at all.
  public func shows(_ figure: String) -> Bool { figures?.contains(figure) ?? true }
}
