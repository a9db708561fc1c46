import AmigoYAML

/// Information given needs a basis that fits the recipient (`ConsentLaw.problems(of:in:)`): the
/// consent in force on its date covering the recipient, the meldcode towards Veilig Thuis only,
/// or a vital interest (always a warning). And a meldcode procedure's decision records its
/// outcome.
enum SharingRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.sharing.isEmpty || !t.meldcode.isEmpty else { return [] }
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    for s in t.sharing {
      guard let date = s.date else { continue }
      let with = SchemaDiagnostics.listJoined(s.with.map(label))
      let what = "information given to \(with) on \(date)"
      let range = c.range(s.dateSpan)
      for problem in ConsentLaw.problems(of: s, in: t, bothParents: bothParents) {
        switch problem {
        case .noScope(let parties):
          out.append(
            Diagnostic(
              code: "sharing-basis-mismatch",
              message:
                "\(what) rests on consent, but no consent scope covers \(SchemaDiagnostics.listJoined(parties.map(label)))",
              range: range,
              help: parties.contains("safety-services")
                ? "information for Veilig Thuis is given under the meldcode: set 'basis: meldcode' and record the procedure's steps under 'meldcode'"
                : "name the recipient more precisely (\(coveredParties)), or record the legal ground ('basis: vital-interest') if there is one"
            ))
        case .meldcodeBeyondSafetyServices(let parties):
          out.append(
            Diagnostic(
              code: "sharing-basis-mismatch",
              message:
                "\(what) rests on the meldcode, which is a basis towards Veilig Thuis only, not towards \(SchemaDiagnostics.listJoined(parties.map(label)))",
              range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
              help:
                "share with others on consent (amigo consent \(t.id) --scope …), or record them in a separate entry with the basis that fits them"
            ))
        case .consent(let problem, let needing):
          out.append(
            consentDiagnostic(problem, needing: needing, what: what, date: date, t: t, range: range)
          )
        case .vitalInterest:
          out.append(
            Diagnostic(
              severity: .warning, code: "sharing-vital-interest",
              message:
                "\(what) rests on a vital interest (a conflict of duties), without consent",
              range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
              help:
                "this is lawful only to prevent serious harm that cannot be prevented otherwise: check it with a colleague and record why (briefly) in 'note'; where the meldcode applies, follow it ('basis: meldcode' towards Veilig Thuis)"
            ))
        }
      }
      if s.effectiveBasis == "meldcode", s.isGiven,
        !t.meldcode.contains(where: { $0.date.map { $0 <= date } ?? false })
      {
        out.append(
          Diagnostic(
            severity: .warning, code: "meldcode-steps-missing",
            message:
              "\(what) rests on the meldcode, but no meldcode step is recorded on or before \(date)",
            range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
            help:
              "record the steps of the procedure under 'meldcode' (at least the consultation of Veilig Thuis on \(date): '- {date: \(date), step: safety-services-consulted}')"
          ))
      }
    }
    for m in t.meldcode {
      if m.step == "decision", m.outcome == nil, let date = m.date {
        out.append(
          Diagnostic(
            code: "meldcode-outcome",
            message: "the meldcode decision of \(date) does not record its outcome",
            range: c.range(m.stepSpan),
            help: "add 'outcome:' with \(Schemas.meldcodeOutcome.choices)"))
      } else if let step = m.step, step != "decision", m.outcome != nil {
        out.append(
          Diagnostic(
            code: "meldcode-outcome",
            message:
              "an outcome belongs to the decision step, not to '\(step)'\(m.date.map { " (\($0))" } ?? "")",
            range: c.range(m.outcomeSpan),
            help:
              "record the decision as a step of its own ('step: decision' with its 'outcome'), and remove 'outcome' here"
          ))
      }
    }
    return out
  }

  static func label(_ party: String) -> String { Schemas.sharingParty[party]?.en ?? party }

  static let coveredParties = Schemas.sharingParty.values.map(\.value).filter {
    ConsentLaw.sharingScope(for: $0) != nil
  }.joined(separator: ", ")

  static func consentDiagnostic(
    _ problem: ConsentLaw.Problem, needing: [String], what: String, date: LocalDate,
    t: Trajectory, range: SourceRange
  ) -> Diagnostic {
    let scopes = needing.map { "'\($0)'" }.joined(separator: ", ")
    let message: String
    let help: String
    switch problem {
    case .none(let withdrawn):
      message =
        "\(what) needs consent (\(scopes)), but none is in force"
        + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? "")
      help =
        "record the consent first: amigo consent \(t.id) --given-by … --scope \(needing.joined(separator: ",")) --date \(date); without consent, only the meldcode (towards Veilig Thuis) or a vital interest is a basis"
    case .party(let party):
      let age = ConsentLaw.Age(born: t.child.born!, on: date)
      message =
        "\(what): the child is \(age.description) and the consent in force is not given by the lawful party; \(ConsentLaw.rule(for: party, age: age))"
      help = ConsentLaw.remedy(for: party, id: t.id, date: date)
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      message =
        "\(what) needs consent for \(missing.map { "'\($0)'" }.joined(separator: ", ")); the consent in force covers \(covers.isEmpty ? "nothing" : covers)"
      help =
        "record consent that covers it: amigo consent \(t.id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date), or record the legal ground in 'basis'"
    }
    return Diagnostic(code: "sharing-without-consent", message: message, range: range, help: help)
  }
}

/// A lawful exception recorded at an age where it does not apply: art. 7:465(2) BW from 12,
/// art. 7:450(2) BW from 12 to 15 (`ConsentLaw.exceptionAges`). A warning: the consent is then
/// judged by the plain rule for the age.
enum ConsentExceptionRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard let born = t.child.born else { return [] }
    var out: [Diagnostic] = []
    for consent in t.consent {
      guard let e = consent.exception, let date = consent.date,
        let ages = ConsentLaw.exceptionAges(e)
      else { continue }
      let age = ConsentLaw.Age(born: born, on: date)
      guard ConsentLaw.exceptionOutOfAge(e, age: age) else { continue }
      let article = e == "not-competent" ? "art. 7:465(2) BW" : "art. 7:450(2) BW"
      let applies =
        ages.upperBound >= 200
        ? "from \(ages.lowerBound)" : "from \(ages.lowerBound) to \(ages.upperBound)"
      let rule: String
      if age.high < 12 {
        rule = "under 12 the parents with authority (or a guardian) consent anyway"
      } else {
        rule = "from 16 the child consents alone; an exception for the parents no longer applies"
      }
      out.append(
        Diagnostic(
          severity: .warning, code: "consent-exception-age",
          message:
            "the exception '\(e)' (\(article)) applies to a child \(applies), but the child is \(age.description) on \(date); \(rule)",
          range: c.range(consent.exceptionSpan),
          help:
            "remove 'exception' (and 'exception_ground') from the consent of \(date), or check the birth month and the date (\(ConsentLaw.birthMonthNote))"
        ))
    }
    return out
  }
}
