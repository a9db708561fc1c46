import AmigoYAML

/// What is recorded once it happened is not dated after today: the referral, a consent, a held
/// session or a no-show, a rating, a measure, information shared, a meldcode step, the family's
/// statement, a handover to another worker and the closure. A session cancelled in advance (or a day the
/// school is closed) may be dated ahead, and so may the planned start and reviews. Without a
/// date for today (`RuleContext.today` nil) nothing is checked.
enum FutureDateRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let today = c.today else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    // The texts are made only for a date after today (most files have none).
    func check(
      _ date: LocalDate?, _ span: Span, _ what: @autoclosure () -> Bilingual,
      _ help: @autoclosure () -> Bilingual
    ) {
      guard let date, date > today else { return }
      out.append(
        SchemaDiagnostics.dateInFuture(
          c.range(span), what: what(), date: date, today: today, help: help()))
    }
    if let referral = t.referral {
      check(
        referral.date, referral.dateSpan, Bilingual("the referral", "de aanmelding"),
        Bilingual(
          "the referral date is the day the child was referred (in a file, correct it with 'amigo edit')",
          "de datum van aanmelding is de dag waarop het kind is aangemeld (in een bestand verbeter je hem met 'amigo edit')"
        ))
    }
    for consent in t.consent {
      check(
        consent.date, consent.dateSpan, Bilingual("consent", "de toestemming"),
        Bilingual(
          "record consent on or after the day it is given (in a file, correct the date with 'amigo edit')",
          "leg toestemming vast op of na de dag waarop ze gegeven is (in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    // Read in place through the buffer: iterating `t.sessions` copies each session (retaining
    // its texts and lists).
    t.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices
      where sessions[i].status == .held || sessions[i].status == .noShow {
        check(
          sessions[i].date, sessions[i].dateSpan,
          sessions[i].isHeld
            ? Bilingual("a held session", "een gehouden sessie")
            : Bilingual("a no-show", "een niet-verschenen afspraak"),
          Bilingual(
            "log a session on or after its day (in a file, correct the date with 'amigo edit'); only a session cancelled in advance may be dated ahead (status cancelled-by-family, cancelled-by-worker or school-closed)",
            "leg een sessie vast op of na haar dag (in een bestand verbeter je de datum met 'amigo edit'); alleen een vooraf afgezegde sessie mag een latere datum hebben (status cancelled-by-family, cancelled-by-worker of school-closed)"
          ))
      }
    }
    for goal in t.goals {
      for rating in goal.ratings {
        check(
          rating.date, rating.span,
          Bilingual(
            "a rating of goal '\(Diagnostic.quoted(goal.id))'",
            "een score van doel '\(Diagnostic.quoted(goal.id))'"),
          Bilingual(
            "rate a goal on or after the day the score was given (in a file, correct the date with 'amigo edit')",
            "leg een score vast op of na de dag waarop ze gegeven is (in een bestand verbeter je de datum met 'amigo edit')"
          ))
      }
    }
    for s in t.sharing {
      check(
        s.date, s.dateSpan, Bilingual("information shared", "gedeelde informatie"),
        Bilingual(
          "record sharing on or after the day it happened (in a file, correct the date with 'amigo edit')",
          "leg delen vast op of na de dag waarop het gebeurde (in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    for m in t.meldcode {
      check(
        m.date, m.dateSpan, Bilingual("a meldcode step", "een stap van de meldcode"),
        Bilingual(
          "record a meldcode step on or after the day it was taken (in a file, correct the date with 'amigo edit')",
          "leg een stap van de meldcode vast op of na de dag waarop hij gezet is (in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    for measure in t.measures {
      check(
        measure.date, measure.dateSpan,
        Bilingual(
          "a measure (\(Diagnostic.quoted(measure.instrument)))",
          "een meting (\(Diagnostic.quoted(measure.instrument)))"),
        Bilingual(
          "record a questionnaire on or after the day it was filled in (in a file, correct the date with 'amigo edit')",
          "leg een vragenlijst vast op of na de dag waarop hij is ingevuld (in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    for statement in t.statements {
      check(
        statement.date, statement.dateSpan,
        Bilingual("a statement", "een verklaring"),
        Bilingual(
          "date a statement on the day the family gave it ('amigo statement --date'; in a file, correct it with 'amigo edit')",
          "dateer een verklaring op de dag waarop de familie haar gaf ('amigo statement --date'; in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    for handover in t.handovers {
      check(
        handover.date, handover.dateSpan,
        Bilingual("a handover to another worker", "een overdracht aan een andere begeleider"),
        Bilingual(
          "hand a trajectory over on the day it happens: the file names the new worker from then on ('amigo handover --date'; in a file, correct the date with 'amigo edit')",
          "draag een traject over op de dag waarop het gebeurt: het bestand noemt vanaf dan de nieuwe begeleider ('amigo handover --date'; in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    if let closure = t.closure {
      check(
        closure.date, closure.dateSpan, Bilingual("the closure", "de afsluiting"),
        Bilingual(
          "close the trajectory on the day it ends; an intended end goes in the plan ('plan.weeks'), not in the closure (in a file, correct the date with 'amigo edit')",
          "sluit het traject af op de dag waarop het eindigt; een beoogd einde hoort in het plan ('plan.weeks'), niet in de afsluiting (in een bestand verbeter je de datum met 'amigo edit')"
        ))
    }
    return out
  }
}
