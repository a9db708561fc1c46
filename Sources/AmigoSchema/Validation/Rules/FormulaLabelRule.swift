import AmigoYAML

/// A child's label must not start like a spreadsheet formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return): labels go into every CSV report, and a spreadsheet would run `=1+1` or
/// `=HYPERLINK(…)` as a formula. The CSV writer also neutralises such cells (the OWASP rule);
/// this error stops them at the source.
enum FormulaLabelRule: TrajectoryRule {
  /// The first characters a spreadsheet reads as the start of a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// True when a spreadsheet would read `text` as the start of a formula.
  static func startsLikeFormula(_ text: String) -> Bool {
    text.unicodeScalars.first.map { formulaStarts.contains(Character($0)) } ?? false
  }

  static func check(_ c: RuleContext) -> [Diagnostic] {
    let label = c.trajectory.child.label
    guard startsLikeFormula(label) else { return [] }
    return [SchemaDiagnostics.formulaLabel(c.range(c.trajectory.child.labelSpan), label)]
  }
}
