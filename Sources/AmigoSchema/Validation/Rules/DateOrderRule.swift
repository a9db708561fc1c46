import AmigoYAML

/// referral ≤ every session; referral ≤ consent ≤ start ≤ every held session with the child ≤
/// closure, except follow-up contacts (intake contacts with parents, teacher or care team may precede the start); a
/// consent is withdrawn after it was given. What each contact needs of the consent is
/// `ConsentRule`'s.
enum DateOrderRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    let referral = t.referral?.date
    let start = t.plan.start
    let closure = t.closure?.date
    for consent in t.consent {
      guard let given = consent.date else { continue }
      if let referral, given < referral {
        out.append(
          SchemaDiagnostics.dateOrder(
            "consent-before-referral", c.range(consent.dateSpan),
            "consent (\(given)) is dated before the referral (\(referral))",
            help: "check both dates: consent follows the referral"))
      }
      if let withdrawn = consent.withdrawn, withdrawn < given {
        out.append(
          SchemaDiagnostics.dateOrder(
            "consent-withdrawn-before-given", c.range(consent.withdrawnSpan),
            "consent is withdrawn (\(withdrawn)) before it was given (\(given))",
            help: "check both dates"))
      }
    }
    if let start, let first = t.firstConsent, start < first {
      out.append(
        SchemaDiagnostics.dateOrder(
          "start-before-consent", c.range(t.plan.startSpan),
          "the trajectory starts (\(start)) before consent was given (\(first))",
          help: "the trajectory can start once consent is given"))
    }
    if let start, let closure, closure < start {
      out.append(
        SchemaDiagnostics.dateOrder(
          "closure-before-start", c.range(t.closure!.dateSpan),
          "the closure (\(closure)) is dated before the start (\(start))",
          help: "check both dates"))
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
              "session on \(date) is dated before the referral (\(referral))",
              help:
                "every contact follows the referral: correct the session date or the referral date (amigo edit)"
            ))
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
              "held session on \(date) is before the trajectory's start (\(start))",
              help: "check the session date, or move plan.start back to the first contact"))
        }
      }
      // After the closure only follow-up contacts (`FollowUpRule`); a cancelled or missed one is
      // no exception.
      if let closure {
        for i in sessions.indices where !sessions[i].followUp {
          guard let date = sessions[i].date, date > closure else { continue }
          out.append(
            SchemaDiagnostics.dateOrder(
              "session-after-closure", c.range(sessions[i].dateSpan),
              "\(sessions[i].isHeld ? "held " : "")session on \(date) is after the closure (\(closure))",
              help:
                "a follow-up contact after the closure is marked 'follow_up: true' (amigo log-session --follow-up; it needs consent for 'follow-up'); otherwise check the session date, or the closure date"
            ))
        }
      }
    }
    return out
  }
}
