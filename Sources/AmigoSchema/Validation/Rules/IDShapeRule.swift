import AmigoYAML

/// A trajectory id that does not have the generated shape (`T-2026-7KQ4`) and holds a word may
/// hold a name,
/// which then stays in git history as a file name. Such files stay valid (they were written
/// before amigo checked this), with a warning; `new-child --id` refuses such ids.
enum IDShapeRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let id = c.trajectory.id
    guard !id.isEmpty, Identifier.isValid(id), TrajectoryIDShape.mightHoldName(id) else {
      return []
    }
    return [
      SchemaDiagnostics.idShape(
        c.range(c.trajectory.idSpan), id, prefix: c.config?.idPrefix ?? "T")
    ]
  }
}
