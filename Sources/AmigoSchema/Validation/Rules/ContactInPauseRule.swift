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
    let pause = to.map { "the pause from \(from) to \($0)" } ?? "the pause since \(from)"
    let resume =
      to == nil
      ? "amigo resume \(id) --date \(date) (the support resumed that day)"
      : "end the pause before \(date) ('to' in 'pauses')"
    return Diagnostic(
      severity: .warning, code: "contact-in-pause",
      message: "\(what) held on \(date), inside \(pause)",
      range: r,
      help:
        "the support was paused that day: resume first — \(resume) — or correct the session's date"
    )
  }
}
