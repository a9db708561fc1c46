import AmigoYAML

extension Validator {
  /// The keys of `amigo.yaml` whose values are names and labels that reports show: the
  /// organisation, a programme's, instrument's or scale's `label`, a school's or worker's
  /// `name`, a school's municipality and area, a holiday's `label`, and an own word's `nl`
  /// and `en`.
  static let configLabelKeys: Set<String> = [
    "organisation", "label", "name", "municipality", "area", "nl", "en",
  ]

  /// Names and labels in `amigo.yaml` that start like a spreadsheet formula (`=`, `+`, `-`,
  /// `@`, a tab or a carriage return): a warning. The CSV writer puts a `'` before such a cell,
  /// so no spreadsheet runs it, but the `'` then shows; a child's label or a group's name is
  /// refused (`formula-label`), since commands write those from what a user types.
  static func formulaConfigLabels(_ root: YAMLMapping, _ document: YAMLDocument) -> [Diagnostic] {
    func walk(_ node: YAMLNode, _ path: String) -> [Diagnostic] {
      switch node {
      case .scalar: return []
      case .sequence(let q): return q.items.flatMap { walk($0.value, path) }
      case .mapping(let m):
        return m.entries.flatMap { e -> [Diagnostic] in
          let here = path.isEmpty ? e.key.value : path + "." + e.key.value
          if configLabelKeys.contains(e.key.value), case .scalar(let s) = e.value {
            guard FormulaLabelRule.startsLikeFormula(s.value) else { return [] }
            return [SchemaDiagnostics.formulaConfigLabel(document.range(of: s), here, s.value)]
          }
          return walk(e.value, here)
        }
      }
    }
    return walk(.mapping(root), "")
  }
}
