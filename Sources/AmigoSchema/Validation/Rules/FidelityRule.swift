import AmigoYAML

/// Programme fidelity, as warnings: child talks per school week, length, required contacts,
/// the child's age, and baseline ratings.
enum FidelityRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme, let config = c.config else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    guard let start = t.plan.start else { return out }

    // Age at the start.
    if let band = programme.age, let born = t.child.born {
      let age = born.age(on: start)
      if !band.contains(age) {
        out.append(
          SchemaDiagnostics.ageOutsideBand(c.range(t.child.bornSpan), age: age, band: band))
      }
    }

    // The last day that counts: the closure, else yesterday.
    let end: LocalDate?
    if t.status == .closed {
      end = t.closure?.date
    } else if let status = t.status, status.isRunning, let today = c.today {
      end = today.adding(days: -1)
    } else {
      end = nil
    }

    // Child talks per school week, for complete weeks: from the start week (when the start is
    // a Monday) or the week after, to the last week that ended.
    if let norm = programme.childSessionsPerWeek, norm > 0, let end {
      let lastWeek = end.weekday == 7 ? end.isoWeek : end.isoWeek.adding(weeks: -1)
      var week = start.weekday == 1 ? start.isoWeek : start.isoWeek.adding(weeks: 1)
      // Per week (by Monday's day number): held child talks, the first session's position, and
      // whether the school was closed. Counted once, without copying sessions.
      struct Week {
        var held = 0
        var first: Span?
        var schoolClosed = false
      }
      var weeks: [Int: Week] = [:]
      weeks.reserveCapacity(32)
      // By index, reading fields in place: copying a session would retain its texts.
      for i in t.sessions.indices {
        guard let d = t.sessions[i].date else { continue }
        let monday = d.dayNumber - (d.weekday - 1)
        let status = t.sessions[i].status
        var w = weeks[monday] ?? Week()
        if t.sessions[i].kind == .childTalk && status == .held { w.held += 1 }
        if w.first == nil { w.first = t.sessions[i].dateSpan }
        if status == .schoolClosed { w.schoolClosed = true }
        weeks[monday] = w
      }
      var guardCount = 0
      if t.status != .paused {
        while week <= lastWeek && guardCount < 520 {
          guardCount += 1
          defer { week = week.adding(weeks: 1) }
          if config.isHolidayWeek(week) { continue }
          let w = weeks[week.monday.dayNumber] ?? Week()
          if w.schoolClosed { continue }
          if w.held < norm {
            let at = w.first ?? t.plan.startSpan
            out.append(
              SchemaDiagnostics.belowSessionNorm(c.range(at), week: week, held: w.held, norm: norm))
          }
        }
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

    // Required contacts before a completed closure.
    if t.status == .closed, let closure = t.closure, closure.reason == .completed {
      var held = Set<SessionKind>()
      for i in t.sessions.indices where t.sessions[i].status == .held {
        if let kind = t.sessions[i].kind { held.insert(kind) }
      }
      let missing = programme.requiredContacts.filter { !held.contains($0) }
      if !missing.isEmpty {
        out.append(
          SchemaDiagnostics.missingRequiredContact(
            c.range(closure.reasonSpan),
            missing: missing.map { Schemas.sessionKind[$0.rawValue]?.en ?? $0.rawValue }))
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
