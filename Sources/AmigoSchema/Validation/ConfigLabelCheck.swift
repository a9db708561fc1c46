import AmigoYAML

extension Validator {
  /// The keys of `amigo.yaml` whose values are names and labels that reports show: the
  /// organisation, a programme's, instrument's or scale's `label`, a school's or worker's
  /// `name`, a school's municipality and area, a holiday's `label`, and an own word's `nl`
  /// and `en`.
  static let configLabelKeys: Set<String> = [
    "organisation", "label", "name", "municipality", "area", "nl", "en",
  ]

  /// The names and labels of `amigo.yaml` (`configLabelKeys`, and an own word's `aliases`),
  /// each with its key path.
  static func configLabels(_ root: YAMLMapping) -> [(path: String, value: YAMLScalar)] {
    var out: [(path: String, value: YAMLScalar)] = []
    func walk(_ node: YAMLNode, _ path: String) {
      switch node {
      case .scalar: return
      case .sequence(let q): for item in q.items { walk(item.value, path) }
      case .mapping(let m):
        for e in m.entries {
          let here = path.isEmpty ? e.key.value : path + "." + e.key.value
          if configLabelKeys.contains(e.key.value), case .scalar(let s) = e.value {
            out.append((here, s))
          } else if e.key.value == "aliases", case .sequence(let q) = e.value {
            for item in q.items { if case .scalar(let s) = item.value { out.append((here, s)) } }
          } else {
            walk(e.value, here)
          }
        }
      }
    }
    walk(.mapping(root), "")
    return out
  }

  /// Names and labels in `amigo.yaml` that start like a spreadsheet formula (`=`, `+`, `-`,
  /// `@`, a tab or a carriage return): a warning. The CSV writer puts a `'` before such a cell,
  /// so no spreadsheet runs it, but the `'` then shows; a child's label or a group's name is
  /// refused (`formula-label`), since commands write those from what a user types. (An own
  /// word's aliases are never shown.)
  static func formulaConfigLabels(_ root: YAMLMapping, _ document: YAMLDocument) -> [Diagnostic] {
    configLabels(root).compactMap { path, s in
      guard !path.hasSuffix(".aliases"), FormulaLabelRule.startsLikeFormula(s.value) else {
        return nil
      }
      return SchemaDiagnostics.formulaConfigLabel(document.range(of: s), path, s.value)
    }
  }

  /// Names and labels in `amigo.yaml` that hold a zero-width character: an error, as in a
  /// child's label. A school, worker or programme is named on the command line by its name
  /// (`--school 'OBS De Akker'`), an own word by its words, and reports group by municipality
  /// and area: a name with an invisible character looks the same and matches nothing.
  static func invisibleConfigLabels(
    _ root: YAMLMapping, _ document: YAMLDocument
  )
    -> [Diagnostic]
  {
    configLabels(root).compactMap { path, s in
      guard let scalar = ControlCharacterRule.firstInvisible(in: s.value) else { return nil }
      return SchemaDiagnostics.controlCharacterInValue(
        document.range(of: s), field: path, scalar, name: true)
    }
  }
}
