import AmigoSchema
import AmigoYAML

/// The edit behind `amigo move` (`SchoolHistory.swift`).
extension TrajectoryEdits {
  /// The child attends `school` from `date` on: appends `{school, from}` to `schools:`
  /// (creating the history from the current `school:` since `since`, the referral date, when
  /// there is none) and sets `school:`. The caller checks the dates.
  public static func moveSchool(
    _ editor: inout YAMLEditor, _ t: Trajectory, to school: String, on date: LocalDate,
    since: LocalDate
  ) throws {
    func entry(_ school: String, _ from: LocalDate) -> YAMLContent {
      .mapping([("school", .literal(school)), ("from", .literal(from.description))])
    }
    if t.schools.isEmpty {
      try set(
        &editor, "schools", .sequence([entry(t.school, since), entry(school, date)]),
        spec: Schemas.trajectory)
    } else {
      try insertByDate(
        &editor, entry(school, date), date: date, list: "schools", spec: Schemas.trajectory)
    }
    try set(&editor, "school", .literal(school), spec: Schemas.trajectory)
  }
}
