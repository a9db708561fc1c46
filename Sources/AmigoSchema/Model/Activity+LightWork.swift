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
            "one worker's tally of light contacts in one month for one programme and school (`L-<yyyy>-<mm>-<worker>`, or `L-<yyyy>-<mm>-<worker>-<programme>-<school>` in a workspace with more than one programme or school): `contacts`, each with `date`, `who` asked, `theme`, `minutes` and `outcome`; nothing identifying"
        ),
        required: ["contacts"], fields: ["contacts"], consentKind: .networkTalk, idPrefix: "L")
    case .meeting, .group:
      preconditionFailure("not work without a child file")
    }
  }

  /// The id of `worker`'s tally of light contacts in `month` for `programme` at `school`: one
  /// file per worker, month, programme and school, so two workers never write the same file
  /// and a contact is counted for the programme and school it was for.
  /// `L-<yyyy>-<mm>-<worker>` when the workspace declares one programme and one school (`only`:
  /// there is nothing to tell apart), else `L-<yyyy>-<mm>-<worker>-<programme>-<school>`. The
  /// name depends on these facts alone, so two clones begin the same tally under one name.
  public static func lightContactsID(
    worker: String, month: YearMonth, programme: String, school: String, only: Bool
  ) -> String {
    let short = "L-\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)-\(worker)"
    return only ? short : short + "-\(programme)-\(school)"
  }

  /// The tally `lightContactsID` names when the workspace declares one programme and one
  /// school: before amigo named tallies by programme and school, every tally had this name.
  public static func lightContactsID(worker: String, month: YearMonth) -> String {
    lightContactsID(worker: worker, month: month, programme: "", school: "", only: true)
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
