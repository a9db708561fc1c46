import AmigoYAML

/// The programme profile's warnings: sessions of kinds the programme does not use, and
/// referrals by someone the programme does not take children from.
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
    return out
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
