import AmigoYAML

/// Consent judged as the law does (`ConsentLaw`): every held contact lies within the consent in
/// force on its date, given by the party the child's age on that date requires.
enum ConsentRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    // The consent in force changes only on the dates consent is given or withdrawn: work it
    // out once for each stretch between them (by how many of those dates lie before the
    // contact), and what a kind of contact needs once for each kind and participants.
    let given = t.consent.compactMap(\.date)
    let withdrawn = t.consent.compactMap(\.withdrawn)
    var inForceByStretch: [Int: ConsentLaw.InForce] = [:]
    struct Need: Hashable {
      let kind: SessionKind
      let with: [String]
      let adult: Bool
    }
    var scopesByNeed: [Need: [String]] = [:]
    for session in t.sessions where session.isHeld {
      guard let kind = session.kind, let date = session.date else { continue }
      let adult = t.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      let need = Need(kind: kind, with: session.with, adult: adult)
      let needed =
        scopesByNeed[need]
        ?? {
          let s = ConsentLaw.scopes(kind: kind, with: session.with, adult: adult)
          scopesByNeed[need] = s
          return s
        }()
      guard !needed.isEmpty else { continue }
      let stretch =
        given.count(where: { $0 <= date }) * 1024 + withdrawn.count(where: { $0 < date })
      let inForce =
        inForceByStretch[stretch]
        ?? {
          let f = ConsentLaw.InForce(t.consent, on: date)
          inForceByStretch[stretch] = f
          return f
        }()
      let problems = ConsentLaw.problems(
        needing: needed, inForce: inForce, on: date, born: t.child.born, bothParents: bothParents)
      guard !problems.isEmpty else { continue }
      let what = "\(kind.policy.value.en) on \(date)"
      for problem in problems {
        out.append(
          diagnostic(
            problem, what: what, needed: needed, date: date, t: t, range: c.range(session.dateSpan))
        )
      }
    }
    return out
  }

  static func diagnostic(
    _ problem: ConsentLaw.Problem, what: String, needed: [String], date: LocalDate,
    t: Trajectory, range: SourceRange
  ) -> Diagnostic {
    let scopes = needed.map { "'\($0)'" }.joined(separator: ", ")
    switch problem {
    case .none(let withdrawn):
      return Diagnostic(
        code: "session-before-consent",
        message: "\(what) needs consent (\(scopes)), but none is in force"
          + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? ""),
        range: range,
        help:
          "no contact that needs consent before it is given: record it with 'amigo consent \(t.id) --given-by … --scope \(needed.joined(separator: ",")) --date \(date)' (or under 'consent'), or check the date"
      )
    case .party(let party):
      let age = ConsentLaw.Age(born: t.child.born!, on: date)
      let inForce = ConsentLaw.InForce(t.consent, on: date)
      let givers = SchemaDiagnostics.listJoined(
        Schemas.consentGiver.values.filter { inForce.givers.contains($0.value) }.map(\.en))
      return Diagnostic(
        code: "consent-wrong-party",
        message:
          "\(what): the child is \(age.description) and the consent in force is given by \(givers) only; \(ConsentLaw.rule(for: party, age: age)) (WGBO art. 7:450 and 7:465 BW)",
        range: range,
        help: ConsentLaw.remedy(for: party, id: t.id, date: date)
          + " (\(ConsentLaw.birthMonthNote))")
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      let withdrawn = missing.filter(inForce.withdrawnScopes.contains)
      var message =
        "\(what) needs consent for \(missing.map { "'\($0)'" }.joined(separator: ", ")); the consent in force covers \(covers.isEmpty ? "nothing" : covers)"
      if !withdrawn.isEmpty, let w = inForce.lastWithdrawal {
        message += " (\(withdrawn.map { "'\($0)'" }.joined(separator: ", ")) withdrawn by \(w))"
      }
      return Diagnostic(
        code: "consent-scope-missing", message: message, range: range,
        help:
          "record consent that covers it: amigo consent \(t.id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date), or check the kind and who took part ('with'); the table of what each contact needs is in schema/fields.md"
      )
    }
  }
}
