import AmigoYAML

/// Consent judged as the law does (`ConsentLaw`): every held contact lies within the consent in
/// force on its date, given by the party the child's age on that date requires.
enum ConsentRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    for session in t.sessions where session.isHeld {
      guard let kind = session.kind, let date = session.date else { continue }
      let problems = ConsentLaw.problems(of: session, in: t, bothParents: bothParents)
      guard !problems.isEmpty else { continue }
      let what = "\(kind.policy.value.en) on \(date)"
      let adult = t.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      let needed = ConsentLaw.scopes(kind: kind, with: session.with, adult: adult)
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
