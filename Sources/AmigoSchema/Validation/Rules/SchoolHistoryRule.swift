import AmigoYAML

/// The dated school history (`schools:`, `SchoolChange`): every school is declared in
/// `amigo.yaml`, the dates follow each other and none lies before the referral, and the last
/// entry is the current school (`school:`), so that reports and `school:` agree.
enum SchoolHistoryRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.schools.isEmpty else { return [] }
    var out: [Diagnostic] = []
    if let config = c.config {
      for s in t.schools where !s.school.isEmpty && config.school(s.school) == nil {
        out.append(
          SchemaDiagnostics.unknownReference(
            c.range(s.schoolSpan), kind: "school", value: s.school,
            known: config.schools.map(\.id)))
      }
    }
    var previous: SchoolChange?
    for s in t.schools {
      guard let from = s.from else { continue }
      if let referral = t.referral?.date, from < referral {
        out.append(beforeReferral(c.range(s.fromSpan), from: from, referral: referral))
      }
      if let previous, let before = previous.from, from <= before {
        out.append(
          order(c.range(s.fromSpan), from: from, previous: before, school: previous.school))
      }
      previous = s
    }
    if let last = t.schools.last, !last.school.isEmpty, !t.school.isEmpty, last.school != t.school {
      out.append(
        current(c.range(last.schoolSpan), last: last.school, school: t.school, id: t.id))
    }
    return out
  }

  static func order(
    _ r: SourceRange, from: LocalDate, previous: LocalDate, school: String
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "school-history-order",
      message:
        "this school change on \(from) is not after the one before it ('\(Diagnostic.quoted(school))' from \(previous))",
      range: r,
      help:
        "list the schools oldest first, each from a later date; a change on the same day replaces the entry before it"
    )
  }

  static func beforeReferral(
    _ r: SourceRange, from: LocalDate, referral: LocalDate
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "school-history-before-referral",
      message: "this school is dated from \(from), before the referral (\(referral))",
      range: r,
      help:
        "the history covers the trajectory only: date the school the child attended when referred from the referral (\(referral)), and later schools from the day they start there"
    )
  }

  static func current(_ r: SourceRange, last: String, school: String, id: String) -> Diagnostic {
    Diagnostic(
      code: "school-history-current",
      message:
        "the last school in 'schools' is '\(Diagnostic.quoted(last))', but 'school' says '\(Diagnostic.quoted(school))'",
      range: r,
      help:
        "'school' is the current school, so it is the last entry of 'schools' too: correct the one that is wrong (amigo edit \(id)); amigo move keeps both in step"
    )
  }
}
