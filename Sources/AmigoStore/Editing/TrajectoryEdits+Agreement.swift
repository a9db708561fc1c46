import AmigoSchema
import AmigoYAML

/// The edit behind `amigo agree`.
extension TrajectoryEdits {
  /// Adds what the activity `activity` agreed on `date` for this child to `agreements`, in
  /// date order (no minutes: the activity counts them once).
  public static func addAgreement(
    _ editor: inout YAMLEditor, date: LocalDate, activity: String, agreed: String
  ) throws {
    let item: YAMLContent = .mapping([
      ("date", .literal(date.description)), ("activity", .literal(activity)),
      ("agreed", .text(agreed)),
    ])
    try insertByDate(&editor, item, date: date, list: "agreements", spec: Schemas.trajectory)
  }
}
