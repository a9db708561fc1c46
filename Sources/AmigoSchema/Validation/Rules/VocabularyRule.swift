import AmigoYAML

/// The values of the open lists (concerns, participants, goal parties, raters, methods) are the
/// built-in ones or the workspace's own (`vocabularies:` in `amigo.yaml`), nothing else. The
/// schema check lets any identifier through in an open list; this rule, which knows the config,
/// decides. Without a config only the built-in values are valid.
enum VocabularyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    let lists = Dictionary(
      uniqueKeysWithValues: Schemas.openLists.map { spec in
        (spec.openKey!, c.config?.vocabulary(spec) ?? spec)
      })
    var out: [Diagnostic] = []
    func check(_ values: [String], _ spec: EnumSpec, _ span: Span) {
      let list = lists[spec.openKey!]!
      for v in values where !v.isEmpty && !list.contains(v) {
        out.append(unknown(c.range(span), v, list))
      }
    }
    if let r = t.referral { check(r.concerns, Schemas.domain, r.concernsSpan) }
    for goal in t.goals {
      if let d = goal.domain { check([d], Schemas.domain, goal.domainSpan) }
      check(goal.agreedWith, Schemas.goalParty, goal.agreedWithSpan)
      for r in goal.ratings {
        if let rater = r.rater { check([rater], Schemas.rater, r.span) }
      }
    }
    for s in t.sessions {
      check(s.with, Schemas.participant, s.withSpan)
      check(s.methods, Schemas.method, s.methodsSpan)
    }
    return out
  }

  static func unknown(_ r: SourceRange, _ value: String, _ list: EnumSpec) -> Diagnostic {
    let suggestion = list.resolve(value) ?? Suggestions.nearest(value, in: list.values.map(\.value))
    var d = SchemaDiagnostics.invalidValue(
      r, value, choices: list.choices, name: list.name, suggestion: suggestion)
    if let key = list.openKey {
      d.help =
        (d.help ?? "")
        + "; or, if your organisation uses it, declare it in amigo.yaml under 'vocabularies: {\(key): {\(value): {nl: ...}}}'"
    }
    return d
  }
}
