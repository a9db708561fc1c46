import AmigoYAML

/// Goal ids are unique in the file, and sessions only refer to declared goals.
enum GoalRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let goals = c.trajectory.goals
    // A file has a handful of goals and every session refers to some: the ids are searched
    // in a short list (each first occurrence with its position), without hashing a string per
    // reference; a file with many goals gets a dictionary.
    var ids: [String] = []
    var spans: [Span] = []
    ids.reserveCapacity(goals.count)
    spans.reserveCapacity(goals.count)
    let hashed = goals.count > 16
    var byID: [String: Int] = [:]
    func first(_ id: String) -> Int? {
      if hashed { return byID[id] }
      for k in ids.indices where ids[k] == id { return k }
      return nil
    }
    for goal in goals where !goal.id.isEmpty {
      if let k = first(goal.id) {
        out.append(
          SchemaDiagnostics.duplicateGoal(
            c.range(goal.idSpan), goal.id, firstLine: c.range(spans[k]).start.line))
      } else {
        if hashed { byID[goal.id] = ids.count }
        ids.append(goal.id)
        spans.append(goal.idSpan)
      }
    }
    let known = goals.map(\.id).filter { !$0.isEmpty }
    // Read in place through the buffer: iterating the sessions copies each one.
    c.trajectory.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices {
        let references = sessions[i].goals
        guard !references.isEmpty else { continue }
        for (id, span) in zip(references, sessions[i].goalSpans) where first(id) == nil {
          out.append(SchemaDiagnostics.unknownGoal(c.range(span), id, known: known))
        }
      }
    }
    return out
  }
}
