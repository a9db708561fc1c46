extension Trajectory {
  /// What `report --week` reads of a trajectory (`LoadDetail.week`), and nothing else: the
  /// week report, the waiting list in it, its norms, pauses, school history and consent
  /// checks, and the checks of activity files against the trajectories the report loaded
  /// (`TrajectoryIndex.Entry`). Everything else is empty, every position `Span.none` but the
  /// id's (a repeated id is shown at it). The loader gives the week report this projection
  /// whether it decoded the file or took it from the index (`WorkspaceIndex.WeekFacts`), so
  /// what the report sees is the same on both paths; a test compares every week report made
  /// from it with the report made from whole trajectories.
  public var weekFacts: Trajectory {
    var t = Trajectory()
    t.id = id
    t.idSpan = idSpan
    t.programme = programme
    t.school = school
    t.schools = schools.map { s in
      var c = SchoolChange()
      c.school = s.school
      c.from = s.from
      return c
    }
    t.worker = worker
    t.workers = workers
    t.status = status
    t.child.label = child.label
    t.child.born = child.born
    if let referral {
      var r = Referral()
      r.date = referral.date
      r.by = referral.by
      t.referral = r
    }
    t.consent = consent.map { c in
      var k = Consent()
      k.date = c.date
      k.givenBy = c.givenBy
      k.form = c.form
      k.scope = c.scope
      k.exception = c.exception
      k.withdrawn = c.withdrawn
      k.withdrawnScope = c.withdrawnScope
      return k
    }
    t.plan.start = plan.start
    t.plan.weeks = plan.weeks
    t.plan.reviews = plan.reviews
    t.pauses = pauses.map { p in
      var q = Pause()
      q.from = p.from
      q.to = p.to
      return q
    }
    t.goals = goals.map { g in
      var h = Goal()
      h.id = g.id
      h.agreedOn = g.agreedOn
      h.ratings = g.ratings.map { r in
        var s = Rating()
        s.date = r.date
        s.value = r.value
        s.rater = r.rater
        return s
      }
      return h
    }
    t.sessions.reserveCapacity(sessions.count)
    for i in sessions.indices {
      var s = Session()
      s.date = sessions[i].date
      s.kind = sessions[i].kind
      s.status = sessions[i].status
      s.minutes = sessions[i].minutes
      t.sessions.append(s)
    }
    if let closure {
      var c = Closure()
      c.date = closure.date
      c.reason = closure.reason
      t.closure = c
    }
    return t
  }
}
