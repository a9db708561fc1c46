import AmigoYAML

/// A zero-width character (`ControlCharacterRule.firstInvisible`) in the free text of a
/// trajectory file (the request, a goal's text, a session's or sharing note, an exception's
/// ground, the closure summary, an agreement) is a warning, `invisible-character`: nothing
/// finds or groups by such text, but the character hides a name or number inside a word from
/// the privacy lint. In the child's label it is an error (`ControlCharacterRule`). The family's
/// statements are kept as given, as the privacy lint leaves them.
enum InvisibleTextRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    func check(_ text: String?, _ span: Span, _ field: @autoclosure () -> Bilingual) {
      guard let text, let scalar = ControlCharacterRule.firstInvisible(in: text) else { return }
      out.append(SchemaDiagnostics.invisibleCharacter(c.range(span), field: field(), scalar))
    }
    func path(_ key: String) -> Bilingual { Bilingual(key, key) }
    check(t.referral?.request, t.referral?.requestSpan ?? .none, path("referral.request"))
    for goal in t.goals {
      check(goal.text, goal.textSpan, Bilingual("goal text", "doeltekst"))
    }
    // Read in place through the buffer: iterating `t.sessions` copies each session.
    t.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices {
        check(
          sessions[i].note, sessions[i].noteSpan,
          Bilingual("session note", "notitie van een contact"))
      }
    }
    for s in t.sharing {
      check(s.note, s.noteSpan, Bilingual("sharing note", "notitie bij het delen"))
    }
    for consent in t.consent {
      check(consent.exceptionGround, consent.exceptionGroundSpan, path("exception_ground"))
    }
    check(t.closure?.summary, t.closure?.summarySpan ?? .none, path("closure.summary"))
    for a in t.agreements {
      check(a.agreed, a.agreedSpan, Bilingual("agreement", "afspraak"))
    }
    return out
  }
}
