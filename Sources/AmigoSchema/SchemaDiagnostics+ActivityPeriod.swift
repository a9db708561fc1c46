import AmigoYAML

/// A meeting or group meeting that names a child outside its trajectory: before the referral
/// (`activity-before-referral`) or after the closure (`activity-after-closure`), as
/// `contact-before-referral` and `session-after-closure` judge the child's own sessions.
extension SchemaDiagnostics {
  /// Where a date lies outside a trajectory, and the date it passes.
  public enum Outside: Sendable, Hashable {
    case beforeReferral(LocalDate)
    case afterClosure(LocalDate)
  }

  static func activityOutsideTrajectory(
    _ r: SourceRange, _ id: String, type: ActivityType, date: LocalDate, outside: Outside
  ) -> Diagnostic {
    let what =
      type == .group
      ? Bilingual(
        "\(id) is named at a group meeting on \(date)",
        "\(id) staat bij een groepsbijeenkomst op \(date)")
      : Bilingual(
        "\(id) is named in a meeting on \(date)", "\(id) wordt genoemd in een overleg op \(date)")
    switch outside {
    case .beforeReferral(let referral):
      return Diagnostic(
        code: "activity-before-referral",
        message: what
          + Bilingual(
            ", before the trajectory's referral (\(referral))",
            ", voor de aanmelding van het traject (\(referral))"),
        range: r,
        help: Bilingual(
          "check the activity's date and the referral date (amigo edit \(id)); a child discussed before its referral is counted under 'unnamed', not named",
          "controleer de datum van de activiteit en de aanmeldingsdatum (amigo edit \(id)); een kind dat voor de aanmelding besproken is, telt mee onder 'unnamed', zonder naam"
        ))
    case .afterClosure(let closure):
      return Diagnostic(
        code: "activity-after-closure",
        message: what
          + Bilingual(
            ", after the trajectory's closure (\(closure))",
            ", na de afsluiting van het traject (\(closure))"),
        range: r,
        help: Bilingual(
          "check the activity's date and the closure date (amigo edit \(id)); a closed trajectory's child is left out of later meetings, and a follow-up contact goes in the child's own file (amigo log-session --follow-up)",
          "controleer de datum van de activiteit en de afsluitdatum (amigo edit \(id)); een kind met een afgesloten traject hoort niet bij latere bijeenkomsten, en een nazorgcontact staat in het eigen dossier (amigo log-session --follow-up)"
        ))
    }
  }
}
