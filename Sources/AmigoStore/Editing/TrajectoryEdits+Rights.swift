import AmigoSchema
import AmigoYAML

/// The edit behind `amigo statement` (issue 33; `Model/Rights.swift`).
extension TrajectoryEdits {
  /// Adds the family's statement, dated, after the statements of that day or before.
  public static func addStatement(
    _ editor: inout YAMLEditor, date: LocalDate, by: String, text: String
  ) throws {
    var statement = Statement()
    (statement.date, statement.by, statement.text) = (date, by, text)
    var file = TrajectoryEditor(editor, Trajectory())
    try file.add(statement)
    editor = file.editor
  }
}
