import AmigoYAML

/// Programme fidelity, as warnings: the dose (sessions of the programme's dose kind) per school
/// week, length, required contacts,
/// the child's age, and baseline ratings.
enum FidelityRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme, let config = c.config else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    guard let start = t.plan.start else { return out }

    // Age at the start.
    if let band = programme.age, let born = t.child.born {
      let age = ConsentLaw.Age(born: born, on: start)
      if !age.overlaps(band) {
        out.append(
          SchemaDiagnostics.ageOutsideBand(c.range(t.child.bornSpan), age: age, band: band))
      }
    }

    // Sessions of the dose kind per school week, for complete weeks (see `Trajectory.normWeeks`).
    // One warning per file, however many weeks: past weeks cannot be fixed, and a block per
    // week buried real errors.
    if let norm = programme.childSessionsPerWeek, norm > 0, let end = t.normsEnd(today: c.today) {
      let below = t.normWeeks(config: config, through: end).filter { $0.heldChildTalks < norm }
      if let first = below.first {
        let at = first.firstSession.map { t.sessions[$0].dateSpan } ?? t.plan.startSpan
        out.append(
          SchemaDiagnostics.belowSessionNorm(
            c.range(at), weeks: below.map { ($0.week, $0.heldChildTalks) }, norm: norm,
            kind: programme.doseKind))
      }
    }

    // Length.
    if let maxWeeks = programme.weeks?.upperBound {
      if let status = t.status, status.isRunning, let today = c.today, let week = t.week(of: today),
        week > maxWeeks
      {
        out.append(
          SchemaDiagnostics.pastMaximumWeeks(
            c.range(t.statusSpan), weeks: week, maximum: maxWeeks, closed: false))
      } else if t.status == .closed, let closure = t.closure, let date = closure.date,
        let week = t.week(of: date),
        week > maxWeeks
      {
        out.append(
          SchemaDiagnostics.pastMaximumWeeks(
            c.range(closure.dateSpan), weeks: week, maximum: maxWeeks, closed: true))
      }
    }

    // A completed closure before the programme's minimum length.
    if let minWeeks = programme.weeks?.lowerBound, t.status == .closed, let closure = t.closure,
      closure.reason == .completed, let date = closure.date, let week = t.week(of: date),
      week < minWeeks
    {
      out.append(
        SchemaDiagnostics.completedBelowMinimumWeeks(
          c.range(closure.reasonSpan), weeks: week, minimum: minWeeks))
    }

    // Required contacts before a completed closure; not for an imported trajectory, whose
    // contacts before the import are only a count (`imported:`).
    if t.status == .closed, t.imported == nil, let closure = t.closure,
      closure.reason == .completed
    {
      // The kinds held, a bit per kind (`SessionKind.ordinal`): no hashing per session.
      var held: UInt64 = 0
      for i in t.sessions.indices where t.sessions[i].status == .held {
        if let kind = t.sessions[i].kind { held |= 1 << UInt64(kind.ordinal & 63) }
      }
      let missing = programme.requiredContacts.filter {
        held & (1 << UInt64($0.ordinal & 63)) == 0
      }
      if !missing.isEmpty {
        out.append(
          SchemaDiagnostics.missingRequiredContact(
            c.range(closure.reasonSpan),
            missing: missing.map { Schemas.sessionKind[$0.rawValue]?.en ?? $0.rawValue },
            missingNL: missing.map { Schemas.sessionKind[$0.rawValue]?.nl ?? $0.rawValue }))
      }
    }

    // A baseline rating three weeks after the start.
    if let today = c.today, today.days(since: start) >= 21, t.status != .notStarted {
      for goal in t.goals where goal.ratings.isEmpty && !goal.id.isEmpty {
        out.append(SchemaDiagnostics.goalWithoutBaseline(c.range(goal.idSpan), goal.id))
      }
    }
    return out
  }
}
