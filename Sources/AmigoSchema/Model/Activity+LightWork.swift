/// Work without a child file (issue 21): a theme meeting, support of a teacher and a tally of
/// light contacts. None names a child or needs consent; none has a retention limit of its own,
/// since none holds anything identifying (counts, roles and themes only).
extension ActivityType {
  /// The types that name no child: their minutes are the worker's, never a child's.
  public var namesNoChild: Bool {
    switch self {
    case .meeting, .group: false
    case .themeMeeting, .teacherSupport, .lightContacts: true
    }
  }

  var lightWorkEntry: ActivityTypePolicy {
    switch self {
    case .themeMeeting:
      ActivityTypePolicy(
        value: EnumValue(
          rawValue, en: "theme meeting", nl: "themabijeenkomst",
          aliases: ["themabijeenkomst", "thema-avond", "themaochtend", "voorlichting"],
          doc:
            "a meeting on a theme for parents, teachers or children: `date`, `minutes`, `theme`, `audience`, `attendance` (a head count, no names)"
        ),
        required: ["date", "minutes", "theme", "audience"],
        fields: ["date", "minutes", "theme", "audience", "attendance"],
        consentKind: .networkTalk, idPrefix: "T")
    case .teacherSupport:
      ActivityTypePolicy(
        value: EnumValue(
          rawValue, en: "teacher support", nl: "ondersteuning leerkracht",
          aliases: ["coaching", "coachen", "leerkrachtondersteuning"],
          doc:
            "coaching or advice for a teacher or other school staff, about no child in particular: `date`, `minutes`, `teacher` (the role), `theme`"
        ),
        required: ["date", "minutes", "teacher"], fields: ["date", "minutes", "teacher", "theme"],
        consentKind: .networkTalk, idPrefix: "C")
    case .lightContacts:
      ActivityTypePolicy(
        value: EnumValue(
          rawValue, en: "light contacts", nl: "lichte contacten",
          aliases: ["licht", "lichte-contacten", "turflijst"],
          doc:
            "one worker's tally of light contacts in one month (`L-<yyyy>-<mm>-<worker>`): `contacts`, each with `date`, `who` asked, `theme`, `minutes` and `outcome`; nothing identifying"
        ),
        required: ["contacts"], fields: ["contacts"], consentKind: .networkTalk, idPrefix: "L")
    case .meeting, .group:
      preconditionFailure("not work without a child file")
    }
  }

  /// The id of `worker`'s tally of light contacts in `month`: one file per worker per month, so
  /// two workers never write the same file.
  public static func lightContactsID(worker: String, month: YearMonth) -> String {
    "L-\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)-\(worker)"
  }
}

/// One light contact: a question answered without a child file. Anonymous by construction:
/// who asked is a role, what about a theme; there is no free text.
public struct LightContact: Sendable, Hashable {
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// Who asked (`Schemas.asker` value).
  public var who: String?
  /// What about (`Schemas.domain` value, or one the workspace declares).
  public var theme: String?
  public var themeSpan = Span.none
  public var minutes: Int?
  /// What came of it (`Schemas.lightOutcome` value).
  public var outcome: String?
  public var span = Span.none

  public init() {}
}
