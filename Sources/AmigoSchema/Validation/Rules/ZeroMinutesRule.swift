import AmigoYAML

/// A held session of 0 minutes: `log-session` refuses `--minutes 0` for a session that took
/// place, but a file edited by hand or imported may hold it, and the session then counts as
/// held (for the dose norm, for "reached") with no time in the contact hours. A warning: the
/// schema allows 0, which a session not held may have (`zero-minutes`).
enum ZeroMinutesRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // Read in place through the buffer: iterating `sessions` copies each session.
    c.trajectory.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices where sessions[i].minutes == 0 && sessions[i].isHeld {
        out.append(
          SchemaDiagnostics.zeroMinutes(
            c.range(sessions[i].dateSpan), what: Bilingual("a session", "een sessie"),
            date: sessions[i].date, help: SchemaDiagnostics.zeroMinutesSessionHelp))
      }
    }
    return out
  }
}
