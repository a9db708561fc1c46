import AmigoYAML

/// A closed trajectory has a closure date, reason and destination and a result for every goal;
/// a running one has a start.
enum ClosureRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    switch t.status {
    case .closed?:
      var missing: [Bilingual] = []
      if t.closure?.date == nil { missing.append(Bilingual("a date", "een datum")) }
      if t.closure?.reason == nil { missing.append(Bilingual("a reason", "een reden")) }
      if t.closure?.allDestinations.isEmpty ?? true {
        missing.append(Bilingual("a destination", "een bestemming"))
      }
      if !missing.isEmpty && t.closure == nil {
        out.append(SchemaDiagnostics.closedWithoutClosure(c.range(t.statusSpan), missing: missing))
      }
      for goal in t.goals where goal.result == nil && !goal.id.isEmpty {
        out.append(SchemaDiagnostics.goalWithoutResult(c.range(goal.idSpan), goal.id))
      }
    case let status? where t.closure != nil && status != .closing:
      out.append(
        SchemaDiagnostics.closureWhileOpen(c.range(t.statusSpan), status: status.rawValue))
    default:
      break
    }
    if let status = t.status, status == .active || status == .closing, t.plan.start == nil {
      out.append(SchemaDiagnostics.missingStart(c.range(t.statusSpan), status: status.rawValue))
    }
    return out
  }
}
