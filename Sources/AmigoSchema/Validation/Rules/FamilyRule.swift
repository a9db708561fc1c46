import AmigoYAML

/// A family id is pseudonymous: it has the shape of a generated id (letters and at least one
/// digit, such as `F-7KQ4`), so that no surname ends up in it.
enum FamilyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let family = c.trajectory.family, !family.isEmpty,
      !family.contains(where: \.isNumber)
    else { return [] }
    return [
      Diagnostic(
        severity: .warning, code: "family-id-shape",
        message: Bilingual(
          "the family id '\(Diagnostic.quoted(family))' has no digit and may be a name",
          "de gezins-id '\(Diagnostic.quoted(family))' heeft geen cijfer en is misschien een naam"),
        range: c.range(c.trajectory.familySpan),
        help: Bilingual(
          "a family id links siblings without naming them: use a made-up id with digits, such as F-7KQ4, the same in each sibling's file (amigo edit)",
          "een gezins-id verbindt broers en zussen zonder ze te noemen: gebruik een verzonnen id met cijfers, zoals F-7KQ4, dezelfde in het bestand van elk kind (amigo edit)"
        ))
    ]
  }
}
