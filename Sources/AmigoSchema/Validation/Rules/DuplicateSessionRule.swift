import AmigoYAML

/// A session that repeats an earlier one (the same date, kind, minutes, status and
/// participants) was probably logged twice: a warning, since two short talks on one day happen.
enum DuplicateSessionRule: TrajectoryRule {
  struct Key: Hashable {
    let date: LocalDate
    let kind: SessionKind?
    let minutes: Int?
    let status: SessionStatus
    let with: [String]
  }

  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var seen: [Key: Span] = [:]
    for session in c.trajectory.sessions {
      guard let date = session.date else { continue }
      let key = Key(
        date: date, kind: session.kind, minutes: session.minutes, status: session.status,
        with: session.with.sorted())
      if let first = seen[key] {
        out.append(
          SchemaDiagnostics.possibleDuplicate(
            c.range(session.dateSpan), date: date, firstLine: c.range(first).start.line))
      } else {
        seen[key] = session.dateSpan
      }
    }
    return out
  }
}
