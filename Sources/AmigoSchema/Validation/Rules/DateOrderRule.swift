import AmigoYAML

/// birth month ≤ referral ≤ every session and every other dated entry (`dated-before-referral`);
/// referral ≤ consent ≤ start ≤ every held session with the child ≤ closure, except follow-up
/// contacts (intake contacts with parents, teacher or care team may precede the start); a
/// consent is withdrawn after it was given. What each contact needs of the consent is
/// `ConsentRule`'s.
enum DateOrderRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    let referral = t.referral?.date
    let start = t.plan.start
    let closure = t.closure?.date
    // The child is born by the referral: a birth month after it makes every age below 0.
    if let born = t.child.born, let referral,
      let referred = YearMonth(year: referral.year, month: referral.month), referred < born
    {
      out.append(
        SchemaDiagnostics.dateOrder(
          "born-after-referral", c.range(t.child.bornSpan),
          Bilingual(
            "the child is born (\(born)) after the referral (\(referral))",
            "het kind is geboren (\(born)) na de aanmelding (\(referral))"),
          help: Bilingual(
            "check the birth month (YYYY-MM) and the referral date",
            "controleer de geboortemaand (JJJJ-MM) en de datum van de aanmelding")))
    }
    for consent in t.consent {
      guard let given = consent.date else { continue }
      if let referral, given < referral {
        out.append(
          SchemaDiagnostics.dateOrder(
            "consent-before-referral", c.range(consent.dateSpan),
            Bilingual(
              "consent (\(given)) is dated before the referral (\(referral))",
              "de toestemming (\(given)) heeft een datum voor de aanmelding (\(referral))"),
            help: Bilingual(
              "check both dates: consent follows the referral",
              "controleer beide datums: de toestemming volgt op de aanmelding")))
      }
      if let withdrawn = consent.withdrawn, withdrawn < given {
        out.append(
          SchemaDiagnostics.dateOrder(
            "consent-withdrawn-before-given", c.range(consent.withdrawnSpan),
            Bilingual(
              "consent is withdrawn (\(withdrawn)) before it was given (\(given))",
              "de toestemming is ingetrokken (\(withdrawn)) voordat ze gegeven is (\(given))"),
            help: Bilingual("check both dates", "controleer beide datums")))
      }
    }
    // Everything else dated in the file follows the referral as contacts and consent do: one
    // before it is warned about. Information shared and a meldcode step may have preceded it
    // (school shares what led to the referral); a measure, a goal and its ratings, the family's
    // statement, a pause, the import and an unconsented start or an unstarted closure cannot,
    // and are most often a slip of the month. Agreements of a meeting about several children
    // are left out: the care-team meeting that led to the referral may have agreed it.
    // Handovers and the school history have their own codes.
    if let referral {
      // The texts are made only for an entry before the referral (most files have none).
      func warn(
        _ date: LocalDate?, _ span: Span, _ what: @autoclosure () -> Bilingual,
        mayPrecede: Bool = false
      ) {
        guard let date, date < referral else { return }
        out.append(
          SchemaDiagnostics.beforeReferral(
            c.range(span), what: what(), date: date, referral: referral, mayPrecede: mayPrecede))
      }
      for s in t.sharing {
        warn(
          s.date, s.dateSpan, Bilingual("information shared", "gedeelde informatie"),
          mayPrecede: true)
      }
      for m in t.meldcode {
        warn(
          m.date, m.dateSpan, Bilingual("a meldcode step", "een stap van de meldcode"),
          mayPrecede: true)
      }
      for m in t.measures {
        warn(
          m.date, m.dateSpan,
          Bilingual(
            "a measure ('\(Diagnostic.quoted(m.instrument))')",
            "een meting ('\(Diagnostic.quoted(m.instrument))')"))
      }
      for goal in t.goals {
        warn(
          goal.agreedOn, goal.agreedOnSpan,
          Bilingual(
            "goal '\(Diagnostic.quoted(goal.id))', agreed",
            "doel '\(Diagnostic.quoted(goal.id))', afgesproken"))
        for r in goal.ratings {
          warn(
            r.date, r.span,
            Bilingual(
              "a rating of goal '\(Diagnostic.quoted(goal.id))'",
              "een score van doel '\(Diagnostic.quoted(goal.id))'"))
        }
      }
      for s in t.statements {
        warn(
          s.date, s.dateSpan, Bilingual("the family's statement", "de verklaring van de familie"))
      }
      for p in t.pauses { warn(p.from, p.fromSpan, Bilingual("a pause", "een pauze")) }
      if let imported = t.imported {
        warn(imported.date, imported.dateSpan, Bilingual("the import", "de import"))
      }
      // A start before the referral is `start-before-consent` or `consent-before-referral`
      // when consent is dated; a closure before it is `closure-before-start` when the start is.
      if let start, start < referral, t.firstConsent == nil {
        warn(start, t.plan.startSpan, Bilingual("the start", "de start"))
      }
      if start == nil, let closure = t.closure {
        warn(closure.date, closure.dateSpan, Bilingual("the closure", "de afsluiting"))
      }
    }
    if let start, let first = t.firstConsent, start < first {
      out.append(
        SchemaDiagnostics.dateOrder(
          "start-before-consent", c.range(t.plan.startSpan),
          Bilingual(
            "the trajectory starts (\(start)) before consent was given (\(first))",
            "het traject begint (\(start)) voordat er toestemming is (\(first))"),
          help: Bilingual(
            "the trajectory can start once consent is given",
            "het traject kan beginnen zodra er toestemming is")))
    }
    if let start, let closure, closure < start {
      out.append(
        SchemaDiagnostics.dateOrder(
          "closure-before-start", c.range(t.closure!.dateSpan),
          Bilingual(
            "the closure (\(closure)) is dated before the start (\(start))",
            "de afsluiting (\(closure)) heeft een datum voor de start (\(start))"),
          help: Bilingual("check both dates", "controleer beide datums")))
    }
    // Read in place through the buffer: iterating `t.sessions` copies each session (retaining
    // its texts and lists).
    t.sessions.withUnsafeBufferPointer { sessions in
      // No contact, held or not, comes before the referral.
      if let referral {
        for i in sessions.indices {
          guard let date = sessions[i].date, date < referral else { continue }
          out.append(
            SchemaDiagnostics.dateOrder(
              "contact-before-referral", c.range(sessions[i].dateSpan),
              Bilingual(
                "session on \(date) is dated before the referral (\(referral))",
                "de sessie op \(date) heeft een datum voor de aanmelding (\(referral))"),
              help: Bilingual(
                "every contact follows the referral: correct the session date or the referral date (amigo edit)",
                "elk contact volgt op de aanmelding: verbeter de datum van de sessie of van de aanmelding (amigo edit)"
              )))
        }
      }
      for i in sessions.indices where sessions[i].isHeld {
        guard let date = sessions[i].date else { continue }
        // Intake contacts (with parents, teacher, care team) may come before the start; nothing
        // with the child may.
        if let start, date < start, sessions[i].kind?.policy.involvesChild ?? true {
          out.append(
            SchemaDiagnostics.dateOrder(
              "session-before-start", c.range(sessions[i].dateSpan),
              Bilingual(
                "held session on \(date) is before the trajectory's start (\(start))",
                "de gehouden sessie op \(date) valt voor de start van het traject (\(start))"),
              help: Bilingual(
                "check the session date, or move plan.start back to the first contact",
                "controleer de datum van de sessie, of zet plan.start terug naar het eerste contact"
              ))
          )
        }
      }
      // After the closure only follow-up contacts (`FollowUpRule`); a cancelled or missed one is
      // no exception.
      if let closure {
        for i in sessions.indices where !sessions[i].followUp {
          guard let date = sessions[i].date, date > closure else { continue }
          let held = sessions[i].isHeld
          out.append(
            SchemaDiagnostics.dateOrder(
              "session-after-closure", c.range(sessions[i].dateSpan),
              Bilingual(
                "\(held ? "held " : "")session on \(date) is after the closure (\(closure))",
                "\(held ? "gehouden " : "")sessie op \(date) valt na de afsluiting (\(closure))"
              ),
              help: Bilingual(
                "a follow-up contact after the closure is marked 'follow_up: true' (amigo log-session --follow-up; it needs consent for 'follow-up'); otherwise check the session date, or the closure date",
                "een nazorgcontact na de afsluiting krijgt 'follow_up: true' (amigo log-session --follow-up; het heeft toestemming voor 'follow-up' nodig); controleer anders de datum van de sessie of van de afsluiting"
              )))
        }
      }
    }
    return out
  }
}
