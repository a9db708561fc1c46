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
      let week = start.weekday == 1 ? start.isoWeek : start.isoWeek.adding(weeks: 1)
      // Per week of the range (by its Monday): held child talks, the first session's position,
      // and whether the school was closed. Counted once, by index, reading fields in place.
      struct Week {
        var held = 0
        var first: Span?
        var schoolClosed = false
      }
      let firstMonday = week.monday.dayNumber
      let count = max(0, min(520, (lastWeek.monday.dayNumber - firstMonday) / 7 + 1))
      if t.status != .paused && count > 0 {
        var weeks = [Week](repeating: Week(), count: count)
        for i in t.sessions.indices {
          guard let d = t.sessions[i].date else { continue }
          let offset = d.dayNumber - (d.weekday - 1) - firstMonday
          guard offset >= 0, offset / 7 < count else { continue }
          let status = t.sessions[i].status
          if t.sessions[i].kind == .childTalk && status == .held { weeks[offset / 7].held += 1 }
          if weeks[offset / 7].first == nil { weeks[offset / 7].first = t.sessions[i].dateSpan }
          if status == .schoolClosed { weeks[offset / 7].schoolClosed = true }
        }
        for k in 0..<count {
          if config.isHolidayWeek(monday: firstMonday + 7 * k) { continue }
          let w = weeks[k]
          if w.schoolClosed { continue }
          if w.held < norm {
            let at = w.first ?? t.plan.startSpan
            out.append(
              SchemaDiagnostics.belowSessionNorm(
                c.range(at), week: week.adding(weeks: k), held: w.held, norm: norm))
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
