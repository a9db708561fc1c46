import AmigoYAML

/// The values of the open lists (concerns, participants, goal parties, raters, methods) are the
/// built-in ones or the workspace's own (`vocabularies:` in `amigo.yaml`), nothing else. The
/// schema check lets any identifier through in an open list; this rule, which knows the config,
/// decides. Without a config only the built-in values are valid.
enum VocabularyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    // Built-in values are looked up in a set made once; only a value outside it is looked for
    // among the workspace's own, and only a value outside both builds the list for the message.
    func check(_ values: [String], _ list: OpenList, _ span: Span) {
      for v in values where !v.isEmpty && !list.builtIn.contains(v) {
        let spec = list.spec
        if let extra = c.config?.vocabularies[spec.openKey!],
          extra.contains(where: { $0.value == v })
        {
          continue
        }
        out.append(unknown(c.range(span), v, c.config?.vocabulary(spec) ?? spec))
      }
    }
    if let r = t.referral { check(r.concerns, .domain, r.concernsSpan) }
    for goal in t.goals {
      if let d = goal.domain { check([d], .domain, goal.domainSpan) }
      check(goal.agreedWith, .goalParty, goal.agreedWithSpan)
      for r in goal.ratings {
        if let rater = r.rater { check([rater], .rater, r.span) }
      }
    }
    // Read in place through the buffer: iterating `t.sessions` copies each session (retaining
    // its texts and lists).
    t.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices {
        check(sessions[i].with, .participant, sessions[i].withSpan)
        check(sessions[i].methods, .method, sessions[i].methodsSpan)
      }
    }
    return out
  }

  /// An open list with its built-in values as a set.
  struct OpenList: Sendable {
    let spec: EnumSpec
    let builtIn: Set<String>
    init(_ spec: EnumSpec) {
      self.spec = spec
      builtIn = Set(spec.values.map(\.value))
    }
    static let domain = OpenList(Schemas.domain)
    static let goalParty = OpenList(Schemas.goalParty)
    static let rater = OpenList(Schemas.rater)
    static let participant = OpenList(Schemas.participant)
    static let method = OpenList(Schemas.method)
  }

  static func unknown(_ r: SourceRange, _ value: String, _ list: EnumSpec) -> Diagnostic {
    let suggestion = list.resolve(value) ?? Suggestions.nearest(value, in: list.values.map(\.value))
    var d = SchemaDiagnostics.invalidValue(
      r, value, choices: SchemaDiagnostics.choices(list), name: SchemaDiagnostics.name(list.name),
      suggestion: suggestion)
    if let key = list.openKey {
      let declare = "'vocabularies: {\(key): {\(value): {nl: ...}}}'"
      d.helpText =
        (d.helpText ?? Bilingual("", ""))
        + Bilingual(
          "; or, if your organisation uses it, declare it in amigo.yaml under \(declare)",
          "; of, als je organisatie het gebruikt, neem het op in amigo.yaml onder \(declare)")
    }
    return d
  }
}
