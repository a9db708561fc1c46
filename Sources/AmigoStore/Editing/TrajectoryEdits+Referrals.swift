import AmigoSchema
import AmigoYAML

extension TrajectoryEdits {
  /// A referral made to other help (`Schemas.referralMade`), keys in schema order.
  public static func referralMade(date: LocalDate, to: String, status: String) -> YAMLContent {
    .mapping([
      ("date", .literal(date.description)), ("to", .literal(to)), ("status", .literal(status)),
    ])
  }

  /// Adds a referral made, after every one dated on or before it.
  public static func addReferralMade(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate
  ) throws {
    try addItem(&editor, item, date: date, list: "referrals")
  }

  /// Sets the status of the referral made at `index` of `referrals`.
  public static func setReferralStatus(
    _ editor: inout YAMLEditor, index: Int, _ status: String
  ) throws {
    try set(
      &editor, "status", .literal(status), in: ["referrals", .index(index)],
      spec: Schemas.referralMade)
  }
}
