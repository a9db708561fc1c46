import AmigoYAML

/// The values of the open lists (concerns, participants, goal parties, raters, methods) are the
/// built-in ones or the workspace's own (`vocabularies:` in `amigo.yaml`), nothing else. The
/// schema check lets any identifier through in an open list; this rule, which knows the config,
/// decides. Without a config only the built-in values are valid.
enum VocabularyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    // Built-in values are looked up in a table made once; only a value outside it is looked
    // for among the workspace's own, and only a value outside both builds the list for the
    // message.
    func check(_ v: String, _ list: OpenList, _ span: Span) {
      guard !v.isEmpty, !list.builtIn.contains(v) else { return }
      let spec = list.spec
      if let extra = c.config?.vocabularies[spec.openKey!],
        extra.contains(where: { $0.value == v })
      {
        return
      }
      out.append(unknown(c.range(span), v, c.config?.vocabulary(spec) ?? spec))
    }
    func check(_ values: [String], _ list: OpenList, _ span: Span) {
      for v in values { check(v, list, span) }
    }
    if let r = t.referral { check(r.concerns, .domain, r.concernsSpan) }
    for goal in t.goals {
      if let d = goal.domain { check(d, .domain, goal.domainSpan) }
      check(goal.agreedWith, .goalParty, goal.agreedWithSpan)
      for r in goal.ratings {
        if let rater = r.rater { check(rater, .rater, r.span) }
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

  /// An open list with its built-in values, looked up by their length in bytes first: the
  /// lists are short and their values differ in length, so a value costs a comparison or two
  /// instead of a string hash (once per participant and method of every session).
  struct OpenList: Sendable {
    let spec: EnumSpec
    let builtIn: BuiltIn
    init(_ spec: EnumSpec) {
      self.spec = spec
      builtIn = BuiltIn(spec.values.map(\.value))
    }
    static let domain = OpenList(Schemas.domain)
    static let goalParty = OpenList(Schemas.goalParty)
    static let rater = OpenList(Schemas.rater)
    static let participant = OpenList(Schemas.participant)
    static let method = OpenList(Schemas.method)
  }

  /// A few strings, by their UTF-8 length. The built-in values are lowercase ASCII words with
  /// hyphens, which no other text equals as a `String` (canonical equivalence maps no other
  /// character to a lowercase letter, digit or hyphen): comparing lengths first finds what
  /// `Set.contains` found.
  struct BuiltIn: Sendable {
    private let values: [(count: Int, value: String)]

    init(_ values: [String]) {
      self.values = values.map { ($0.utf8.count, $0) }
    }

    func contains(_ v: String) -> Bool {
      let count = v.utf8.count
      for entry in values where entry.count == count && entry.value == v { return true }
      return false
    }
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
