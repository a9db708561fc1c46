/// The optional figures of a programme's part of the period report (`figures:` in a programme
/// of `amigo.yaml`, issue 25): what the programme's profile lists. Without `figures:` a
/// programme shows every one (as before profiles could list them).
extension Schemas {
  public static let reportFigure = EnumSpec(
    "report figure",
    [
      EnumValue(
        "families", en: "families reached", nl: "gezinnen bereikt",
        doc: "Families reached (siblings counted once), in the all-programmes column."),
      EnumValue(
        "waiting", en: "waiting list", nl: "wachtlijst",
        doc: "Waiting at the end of the period and the days waited (median, longest)."),
      EnumValue(
        "satisfaction", en: "satisfaction", nl: "tevredenheid",
        doc: "Mean satisfaction scores at the closure, per party."),
      EnumValue(
        "network-talks", en: "network talks", nl: "netwerkgesprekken",
        doc:
          "Network talks (`network-talk`) held in the period per child reached, as a mean: for a programme that looks for help in the child's own network first."
      ),
      EnumValue(
        "meetings-and-groups", en: "meetings and groups", nl: "overleggen en groepen",
        doc: "The part \"Meetings and groups\" (activities about several children)."),
      EnumValue(
        "theme-meetings", en: "theme meetings", nl: "themabijeenkomsten",
        doc:
          "Theme meetings, their minutes and attendance per audience (\"Work without a child file\")."
      ),
      EnumValue(
        "teacher-support", en: "teacher support", nl: "ondersteuning leerkracht",
        doc: "Teacher support contacts and their minutes and hours (\"Work without a child file\")."
      ),
      EnumValue(
        "light-contacts", en: "light contacts", nl: "lichte contacten",
        doc:
          "Light contacts by who asked, outcome and theme (\"Work without a child file\"); with theme meetings also parents reached without a child file."
      ),
    ])

  static let programmeFigures = Field(
    "figures", .list(.enumeration(reportFigure)),
    "The optional figures the programme's part of `report --period` shows (default: all of them). The contacts it requires (`required_contacts`), goals (`goals`) and child talks (`session_kinds`, the dose) follow their own keys."
  ) { (p: inout Programme, v) in p.figures = v.list { $0.string } }
}

extension Programme {
  /// True when the programme's part of the period report shows `figure` (a `figures:` value):
  /// listed, or no `figures:` at all.
  public func shows(_ figure: String) -> Bool { figures?.contains(figure) ?? true }
}
