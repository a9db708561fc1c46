import AmigoYAML

/// A contact held inside a dated pause (`Pause`), as a warning: the support was paused then,
/// so either the trajectory resumed earlier than the file says or the date is wrong. Sessions
/// not held (cancelled, no-show, school closed) are not contacts and are left alone.
enum ContactInPauseRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.pauses.isEmpty else { return [] }
    var out: [Diagnostic] = []
    for i in t.sessions.indices where t.sessions[i].isHeld {
      guard let date = t.sessions[i].date,
        let pause = t.pauses.first(where: { $0.contains(date) }), let from = pause.from
      else { continue }
      out.append(
        SchemaDiagnostics.contactInPause(
          c.range(t.sessions[i].dateSpan), id: t.id, kind: t.sessions[i].kind, date: date,
          from: from, to: pause.to))
    }
    return out
  }
}

extension SchemaDiagnostics {
  /// A held contact on `date`, inside the pause from `from` (through `to`, or still open).
  static func contactInPause(
    _ r: SourceRange, id: String, kind: SessionKind?, date: LocalDate, from: LocalDate,
    to: LocalDate?
  ) -> Diagnostic {
    let what = kind.map { "a \($0.policy.value.en)" } ?? "a contact"
    let whatNL = kind.map { "een \($0.policy.value.nl)" } ?? "een contact"
    let pause = to.map { "the pause from \(from) to \($0)" } ?? "the pause since \(from)"
    let pauseNL = to.map { "de pauze van \(from) tot en met \($0)" } ?? "de pauze sinds \(from)"
    let resume =
      to == nil
      ? Bilingual(
        "amigo resume \(id) --date \(date) (the support resumed that day)",
        "amigo resume \(id) --date \(date) (de hulp is die dag hervat)")
      : Bilingual(
        "end the pause before \(date) ('to' in 'pauses')",
        "laat de pauze eindigen voor \(date) ('to' in 'pauses')")
    return Diagnostic(
      severity: .warning, code: "contact-in-pause",
      message: Bilingual(
        "\(what) held on \(date), inside \(pause)",
        "\(whatNL) gehouden op \(date), binnen \(pauseNL)"),
      range: r,
      help: Bilingual(
        "the support was paused that day: resume first — \(resume.en) — or correct the session's date",
        "de hulp was die dag gepauzeerd: hervat eerst — \(resume.nl) — of verbeter de datum van de sessie"
      ))
  }
}
