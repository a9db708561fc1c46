import AmigoYAML

/// After the closure only the follow-up is allowed (issue 23): sessions and goal ratings marked
/// `follow_up: true` and measures with `timepoint: follow-up`, dated within the programme's
/// follow-up period (`follow_up_months`, default 12) and each with consent for `follow-up` in
/// force on its date (`ConsentLaw`, as any contact's consent). A follow-up mark before the
/// closure is an error too. Referrals made (`referrals:`) lie between the child's referral
/// and the end of the follow-up period. (A session after the closure without the mark is
/// `DateOrderRule`'s `session-after-closure`.)
enum FollowUpRule: TrajectoryRule {
  static let scope = "follow-up"

  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    let closure = t.closure?.date
    var out: [Diagnostic] = []
    let months = c.programme?.effectiveFollowUpMonths ?? Programme.defaultFollowUpMonths
    let end = t.followUpEnd(months: months)
    let bothParents = c.config?.consentBothParents ?? false

    /// A follow-up item on `date`: within the period, with consent (unless `needsConsent` is
    /// false: a follow-up contact that was not held).
    func followUp(_ date: LocalDate, _ span: Span, what: Bilingual, needsConsent: Bool = true) {
      guard let closure, let end else { return }
      if date > end {
        out.append(
          SchemaDiagnostics.followUpAfterPeriod(
            c.range(span), what: what, closure: closure, end: end, months: months,
            programme: t.programme))
        return
      }
      guard needsConsent else { return }
      for problem in ConsentLaw.problems(
        needing: [scope], on: date, consents: t.consent, born: t.child.born,
        bothParents: bothParents)
      {
        out.append(
          ConsentRule.diagnostic(
            problem, what: what, needed: [scope], date: date, t: t, range: c.range(span),
            bothParents: bothParents))
      }
    }

    // The texts are made only for the few marked items: this runs for every session.
    for s in t.sessions where s.followUp {
      guard let date = s.date else { continue }
      if let closure, date > closure {
        let what = Bilingual(
          "follow-up \(s.kind?.policy.value.en ?? "contact") on \(date)",
          "\(s.kind?.policy.value.nl ?? "contact") als nazorg op \(date)")
        followUp(date, s.dateSpan, what: what, needsConsent: s.isHeld)
      } else {
        out.append(
          SchemaDiagnostics.followUpBeforeClosure(
            c.range(s.followUpSpan), what: Bilingual("session on \(date)", "sessie op \(date)"),
            closure: closure))
      }
    }
    for goal in t.goals {
      for r in goal.ratings {
        guard let date = r.date else { continue }
        if let closure, date > closure {
          if r.followUp {
            followUp(
              date, r.span,
              what: Bilingual(
                "follow-up rating of goal '\(goal.id)' on \(date)",
                "nazorgscore van doel '\(goal.id)' op \(date)"))
          } else {
            out.append(
              SchemaDiagnostics.ratingAfterClosure(
                c.range(r.span), goal: goal.id, date: date, closure: closure))
          }
        } else if r.followUp {
          out.append(
            SchemaDiagnostics.followUpBeforeClosure(
              c.range(r.span),
              what: Bilingual(
                "rating of goal '\(goal.id)' on \(date)", "score van doel '\(goal.id)' op \(date)"),
              closure: closure))
        }
      }
    }
    for m in t.measures {
      guard let date = m.date, let closure, date > closure else { continue }
      if m.timepoint == .followUp {
        followUp(
          date, m.dateSpan,
          what: Bilingual("follow-up ", "nazorg: ") + SchemaDiagnostics.measureName(m))
      } else if m.timepoint != nil {
        out.append(
          SchemaDiagnostics.measureAfterClosure(c.range(m.timepointSpan), m, closure: closure))
      }
    }
    // Referrals made: after the child's referral, and at the latest in the follow-up period.
    for r in t.referrals {
      guard let date = r.date else { continue }
      if let referral = t.referral?.date, date < referral {
        out.append(
          SchemaDiagnostics.referralMadeDate(
            c.range(r.dateSpan), date: date,
            problem: Bilingual(
              "is dated before the child's referral (\(referral))",
              "heeft een datum voor de aanmelding van het kind (\(referral))"),
            help: Bilingual(
              "check the date: a referral to other help follows the referral to this service",
              "controleer de datum: een verwijzing naar andere hulp volgt op de aanmelding bij deze dienst"
            )))
      } else if let closure, let end, date > end {
        out.append(
          SchemaDiagnostics.referralMadeDate(
            c.range(r.dateSpan), date: date,
            problem: Bilingual(
              "is after the follow-up period (the closure on \(closure) plus \(months) months: \(end))",
              "valt na de nazorgperiode (de afsluiting op \(closure) plus \(months) maanden: \(end))"
            ),
            help: Bilingual(
              "check the date; a referral made later belongs to a new trajectory (amigo new-child --previous \(t.id))",
              "controleer de datum; een latere verwijzing hoort bij een nieuw traject (amigo new-child --previous \(t.id))"
            )))
      }
      if let to = r.to, Closure.noReferral.contains(to) {
        out.append(SchemaDiagnostics.referralMadeTo(c.range(r.toSpan), to: to))
      }
    }
    return out
  }
}

/// A closure names where the child goes next: `destination` or `destinations`, never both;
/// `none` stands alone, and no destination is named twice.
enum DestinationRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let closure = c.trajectory.closure else { return [] }
    var out: [Diagnostic] = []
    if closure.destination != nil, !closure.destinations.isEmpty {
      out.append(SchemaDiagnostics.destinationTwice(c.range(closure.destinationsSpan)))
    } else if closure.destination == nil, closure.destinations.isEmpty {
      let span = closure.dateSpan == .none ? closure.span : closure.dateSpan
      out.append(SchemaDiagnostics.closureWithoutDestination(c.range(span)))
    }
    let list = closure.destinations
    if list.count > 1, list.contains("none") {
      out.append(SchemaDiagnostics.destinationNoneWithOthers(c.range(closure.destinationsSpan)))
    }
    if Set(list).count < list.count {
      out.append(
        SchemaDiagnostics.destinationNoneWithOthers(
          c.range(closure.destinationsSpan), repeated: true))
    }
    return out
  }
}
