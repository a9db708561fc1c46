extension Programme {
  /// The keys of a programme in `amigo.yaml` (`Schemas.programme`), declared once: the schema,
  /// the aggregate file (`amigo.aggregate/1` carries each profile under the same keys), the
  /// combined report's list of differences, the programme templates and the messages name them
  /// by these.
  public enum Key {
    public static let label = "label"
    public static let age = "age"
    public static let weeks = "weeks"
    public static let childSessionsPerWeek = "child_sessions_per_week"
    public static let sessionMinutes = "session_minutes"
    public static let doseKind = "dose_kind"
    public static let requiredContacts = "required_contacts"
    public static let retentionYears = "retention_years"
    public static let followUpMonths = "follow_up_months"
    public static let sessionKinds = "session_kinds"
    public static let goals = "goals"
    public static let parentsConsent = "parents_consent"
    public static let referredBy = "referred_by"
    public static let notRecorded = "not_recorded"
    public static let figures = "figures"
  }
}
