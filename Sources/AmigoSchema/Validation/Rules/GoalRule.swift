import AmigoYAML

/// Goal ids are unique in the file, and sessions only refer to declared goals.
enum GoalRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var seen: [String: Span] = [:]
    for goal in c.trajectory.goals where !goal.id.isEmpty {
      if let first = seen[goal.id] {
        out.append(
          SchemaDiagnostics.duplicateGoal(
            c.range(goal.idSpan), goal.id, firstLine: c.range(first).start.line))
      } else {
        seen[goal.id] = goal.idSpan
      }
    }
    let known = c.trajectory.goals.map(\.id).filter { !$0.isEmpty }
    for session in c.trajectory.sessions {
      for (id, span) in zip(session.goals, session.goalSpans) where seen[id] == nil {
        out.append(SchemaDiagnostics.unknownGoal(c.range(span), id, known: known))
      }
    }
    return out
  }
}
