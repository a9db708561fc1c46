import AmigoYAML

/// The programme profile's warnings: sessions of kinds the programme does not use, referrals
/// by someone the programme does not take children from, and contacts under consent the
/// parents did not give in a programme that requires theirs (`parents_consent: true`).
enum ProfileRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    if let kinds = programme.sessionKinds {
      var reported = Set<SessionKind>()
      for s in t.sessions {
        guard let kind = s.kind, !kinds.contains(kind), reported.insert(kind).inserted else {
          continue
        }
        out.append(
          SchemaDiagnostics.kindNotInProgramme(
            c.range(s.dateSpan), kind: kind, programme: programme))
      }
    }
    if !programme.referrers.isEmpty, let referral = t.referral, let by = referral.by,
      !programme.referrers.contains(by)
    {
      out.append(
        SchemaDiagnostics.referrerNotInProgramme(
          c.range(referral.bySpan), by: by,
          programme: programme))
    }
    if programme.parentsConsent, let first = withoutParents(t) {
      out.append(
        SchemaDiagnostics.consentWithoutParents(
          c.range(t.sessions[first.index].dateSpan), id: t.id, kind: t.sessions[first.index].kind,
          date: first.date, later: first.later, programme: programme))
    }
    return out
  }

  /// The first held contact that needs consent while the support in force was given without
  /// the parents (by the child alone, on a lawful exception), and how many more follow: one
  /// warning per file, not one per talk. A contact without the support in force is
  /// `ConsentRule`'s error, not this.
  static func withoutParents(_ t: Trajectory) -> (index: Int, date: LocalDate, later: Int)? {
    var first: (index: Int, date: LocalDate)?
    var later = 0
    for i in t.sessions.indices {
      let s = t.sessions[i]
      guard s.isHeld, let kind = s.kind, let date = s.date else { continue }
      let adult = t.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      guard !ConsentLaw.scopes(kind: kind, with: s.with, adult: adult).isEmpty,
        let givers = ConsentLaw.InForce(t.consent, on: date).givers(of: "support"),
        givers.isDisjoint(with: ["parents", "parent", "guardian"])
      else { continue }
      if first == nil { first = (i, date) } else { later += 1 }
    }
    return first.map { ($0.index, $0.date, later) }
  }
}

/// Fields the programme does not record (`not_recorded:`): a file that has one is refused.
enum NotRecordedRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme, !programme.notRecorded.isEmpty else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    for field in programme.notRecorded {
      let span: Span?
      switch field {
      case "child.born": span = t.child.born != nil ? t.child.bornSpan : nil
      case "child.gender":
        span = t.child.gender != nil ? t.child.genderSpan : nil
      case "child.group":
        span = t.child.group != nil ? t.child.groupSpan : nil
      case "referral.concerns":
        span = t.referral.map { $0.concerns.isEmpty ? nil : $0.concernsSpan } ?? nil
      case "referral.request": span = t.referral?.request != nil ? t.referral?.requestSpan : nil
      case "goals": span = t.goals.first.map(\.idSpan)
      case "closure.summary": span = t.closure?.summary != nil ? t.closure?.summarySpan : nil
      case "closure.satisfaction":
        span = t.closure.map { $0.satisfaction.isEmpty ? nil : $0.span } ?? nil
      default: span = nil
      }
      if let span {
        out.append(
          SchemaDiagnostics.fieldNotRecorded(
            c.range(span == .none ? t.programmeSpan : span), field: field, programme: programme))
      }
    }
    return out
  }
}
