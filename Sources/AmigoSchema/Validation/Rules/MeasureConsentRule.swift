import AmigoYAML

/// A measure needs consent for `questionnaires` in force on its date, given by the party the
/// child's age requires (`ConsentLaw`), as any contact does for what it needs.
enum MeasureConsentRule: TrajectoryRule {
  static let scope = "questionnaires"

  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.measures.isEmpty else { return [] }
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    for m in t.measures {
      guard let date = m.date else { continue }
      let inForce = ConsentLaw.InForce(t.consent, on: date)
      let problems = ConsentLaw.problems(
        needing: [scope], inForce: inForce, on: date, born: t.child.born,
        bothParents: bothParents)
      let range = c.range(m.dateSpan)
      for problem in problems {
        switch problem {
        case .none, .scopes:
          out.append(
            SchemaDiagnostics.measureWithoutConsent(range, m, inForce: inForce, id: t.id))
        case .party:
          out.append(
            ConsentRule.diagnostic(
              problem, what: SchemaDiagnostics.measureName(m), needed: [scope], date: date,
              t: t, range: range, bothParents: bothParents))
        }
      }
    }
    return out
  }
}
