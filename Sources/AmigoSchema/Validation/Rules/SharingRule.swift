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
      let withNL = SchemaDiagnostics.listJoined(s.with.map(labelNL), "en")
      let what = Bilingual(
        "information given to \(with) on \(date)", "informatie gegeven aan \(withNL) op \(date)")
      let range = c.range(s.dateSpan)
      for problem in ConsentLaw.problems(of: s, in: t, bothParents: bothParents) {
        switch problem {
        case .noScope(let parties):
          out.append(
            Diagnostic(
              code: "sharing-basis-mismatch",
              message: Bilingual(
                "\(what.en) rests on consent, but no consent scope covers \(SchemaDiagnostics.listJoined(parties.map(label)))",
                "\(what.nl) steunt op toestemming, maar geen reikwijdte van de toestemming dekt \(SchemaDiagnostics.listJoined(parties.map(labelNL), "en"))"
              ),
              range: range,
              help: parties.contains("safety-services")
                ? Bilingual(
                  "information for Veilig Thuis is given under the meldcode: set 'basis: meldcode' and record the procedure's steps under 'meldcode'",
                  "informatie voor Veilig Thuis wordt gegeven onder de meldcode: zet 'basis: meldcode' en leg de stappen van de procedure vast onder 'meldcode'"
                )
                : Bilingual(
                  "name the recipient more precisely (\(coveredParties)), or record the legal ground ('basis: vital-interest') if there is one",
                  "noem de ontvanger preciezer (\(coveredParties)), of leg de wettelijke grondslag vast ('basis: vital-interest') als die er is"
                )))
        case .meldcodeBeyondSafetyServices(let parties):
          out.append(
            Diagnostic(
              code: "sharing-basis-mismatch",
              message: Bilingual(
                "\(what.en) rests on the meldcode, which is a basis towards Veilig Thuis only, not towards \(SchemaDiagnostics.listJoined(parties.map(label)))",
                "\(what.nl) steunt op de meldcode, die alleen een grondslag is tegenover Veilig Thuis, niet tegenover \(SchemaDiagnostics.listJoined(parties.map(labelNL), "en"))"
              ),
              range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
              help: Bilingual(
                "share with others on consent (amigo consent \(t.id) --scope …), or record them in a separate entry with the basis that fits them",
                "deel met anderen op basis van toestemming (amigo consent \(t.id) --scope …), of leg hen vast in een aparte regel met de grondslag die bij hen past"
              )))
        case .consent(let problem, let needing):
          out.append(
            consentDiagnostic(problem, needing: needing, what: what, date: date, t: t, range: range)
          )
        case .vitalInterest:
          out.append(
            Diagnostic(
              severity: .warning, code: "sharing-vital-interest",
              message: Bilingual(
                "\(what.en) rests on a vital interest (a conflict of duties), without consent",
                "\(what.nl) steunt op een vitaal belang (conflict van plichten), zonder toestemming"
              ),
              range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
              help: Bilingual(
                "this is lawful only to prevent serious harm that cannot be prevented otherwise: check it with a colleague and record why (briefly) in 'note'; where the meldcode applies, follow it ('basis: meldcode' towards Veilig Thuis)",
                "dit mag alleen om ernstige schade te voorkomen die niet anders te voorkomen is: overleg met een collega en leg (kort) in 'note' vast waarom; waar de meldcode geldt, volg die ('basis: meldcode' tegenover Veilig Thuis)"
              )))
        }
      }
      if s.effectiveBasis == "meldcode", s.isGiven,
        !t.meldcode.contains(where: { $0.date.map { $0 <= date } ?? false })
      {
        out.append(
          Diagnostic(
            severity: .warning, code: "meldcode-steps-missing",
            message: Bilingual(
              "\(what.en) rests on the meldcode, but no meldcode step is recorded on or before \(date)",
              "\(what.nl) steunt op de meldcode, maar er is op of voor \(date) geen stap van de meldcode vastgelegd"
            ),
            range: c.range(s.basisSpan == .none ? s.dateSpan : s.basisSpan),
            help: Bilingual(
              "record the steps of the procedure under 'meldcode' (at least the consultation of Veilig Thuis on \(date): '- {date: \(date), step: safety-services-consulted}')",
              "leg de stappen van de procedure vast onder 'meldcode' (ten minste het overleg met Veilig Thuis op \(date): '- {date: \(date), step: safety-services-consulted}')"
            )))
      }
    }
    for m in t.meldcode {
      if m.step == "decision", m.outcome == nil, let date = m.date {
        out.append(
          Diagnostic(
            code: "meldcode-outcome",
            message: Bilingual(
              "the meldcode decision of \(date) does not record its outcome",
              "het besluit in de meldcode van \(date) legt de uitkomst niet vast"),
            range: c.range(m.stepSpan),
            help: Bilingual(
              "add 'outcome:' with \(Schemas.meldcodeOutcome.choices)",
              "voeg 'outcome:' toe met \(SchemaDiagnostics.choices(Schemas.meldcodeOutcome).nl)")))
      } else if let step = m.step, step != "decision", m.outcome != nil {
        out.append(
          Diagnostic(
            code: "meldcode-outcome",
            message: Bilingual(
              "an outcome belongs to the decision step, not to '\(step)'\(m.date.map { " (\($0))" } ?? "")",
              "een uitkomst hoort bij de stap van het besluit, niet bij '\(step)'\(m.date.map { " (\($0))" } ?? "")"
            ),
            range: c.range(m.outcomeSpan),
            help: Bilingual(
              "record the decision as a step of its own ('step: decision' with its 'outcome'), and remove 'outcome' here",
              "leg het besluit vast als eigen stap ('step: decision' met zijn 'outcome'), en haal 'outcome' hier weg"
            )))
      }
    }
    return out
  }

  static func label(_ party: String) -> String { Schemas.sharingParty[party]?.en ?? party }

  static func labelNL(_ party: String) -> String { Schemas.sharingParty[party]?.nl ?? party }

  static let coveredParties = Schemas.sharingParty.values.map(\.value).filter {
    ConsentLaw.sharingScope(for: $0) != nil
  }.joined(separator: ", ")

  static func consentDiagnostic(
    _ problem: ConsentLaw.Problem, needing: [String], what: Bilingual, date: LocalDate,
    t: Trajectory, range: SourceRange
  ) -> Diagnostic {
    let scopes = needing.map { "'\($0)'" }.joined(separator: ", ")
    let message: Bilingual
    let help: Bilingual
    switch problem {
    case .none(let withdrawn):
      let command =
        "amigo consent \(t.id) --given-by … --scope \(needing.joined(separator: ",")) --date \(date)"
      message = Bilingual(
        "\(what.en) needs consent (\(scopes)), but none is in force"
          + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? ""),
        "\(what.nl) heeft toestemming nodig (\(scopes)), maar er geldt geen"
          + (withdrawn.map { " (de toestemming is ingetrokken op \($0))" } ?? ""))
      help = Bilingual(
        "record the consent first: \(command); without consent, only the meldcode (towards Veilig Thuis) or a vital interest is a basis",
        "leg eerst de toestemming vast: \(command); zonder toestemming is alleen de meldcode (tegenover Veilig Thuis) of een vitaal belang een grondslag"
      )
    case .party(let party):
      let age = ConsentLaw.Age(born: t.child.born!, on: date)
      let rule = ConsentLaw.ruleText(for: party, age: age)
      message = Bilingual(
        "\(what.en): the child is \(age.description) and the consent in force is not given by the lawful party; \(rule.en)",
        "\(what.nl): het kind is \(age.descriptionNL) en de geldende toestemming is niet gegeven door de partij die de wet vraagt; \(rule.nl)"
      )
      help = ConsentLaw.remedyText(for: party, id: t.id, date: date)
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      let need = missing.map { "'\($0)'" }.joined(separator: ", ")
      let command =
        "amigo consent \(t.id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date)"
      message = Bilingual(
        "\(what.en) needs consent for \(need); the consent in force covers \(covers.isEmpty ? "nothing" : covers)",
        "\(what.nl) heeft toestemming nodig voor \(need); de geldende toestemming dekt \(covers.isEmpty ? "niets" : covers)"
      )
      help = Bilingual(
        "record consent that covers it: \(command), or record the legal ground in 'basis'",
        "leg toestemming vast die het dekt: \(command), of leg de wettelijke grondslag vast in 'basis'"
      )
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
        ? Bilingual("from \(ages.lowerBound)", "vanaf \(ages.lowerBound)")
        : Bilingual(
          "from \(ages.lowerBound) to \(ages.upperBound)",
          "van \(ages.lowerBound) tot en met \(ages.upperBound)")
      let rule: Bilingual
      if age.high < 12 {
        rule = Bilingual(
          "under 12 the parents with authority (or a guardian) consent anyway",
          "onder de 12 geven de ouders met gezag (of een voogd) hoe dan ook toestemming")
      } else {
        rule = Bilingual(
          "from 16 the child consents alone; an exception for the parents no longer applies",
          "vanaf 16 geeft het kind alleen toestemming; een uitzondering voor de ouders geldt dan niet meer"
        )
      }
      let note = ConsentLaw.birthMonthNoteText
      let articleNL = e == "not-competent" ? "art. 7:465 lid 2 BW" : "art. 7:450 lid 2 BW"
      out.append(
        Diagnostic(
          severity: .warning, code: "consent-exception-age",
          message: Bilingual(
            "the exception '\(e)' (\(article)) applies to a child \(applies.en), but the child is \(age.description) on \(date); \(rule.en)",
            "de uitzondering '\(e)' (\(articleNL)) geldt voor een kind \(applies.nl), maar het kind is \(age.descriptionNL) op \(date); \(rule.nl)"
          ),
          range: c.range(consent.exceptionSpan),
          help: Bilingual(
            "remove 'exception' (and 'exception_ground') from the consent of \(date), or check the birth month and the date (\(note.en))",
            "haal 'exception' (en 'exception_ground') weg uit de toestemming van \(date), of controleer de geboortemaand en de datum (\(note.nl))"
          )))
    }
    return out
  }
}
