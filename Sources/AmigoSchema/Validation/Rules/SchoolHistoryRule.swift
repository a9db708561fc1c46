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
      message: Bilingual(
        "this school change on \(from) is not after the one before it ('\(Diagnostic.quoted(school))' from \(previous))",
        "deze schoolwissel op \(from) valt niet na de vorige ('\(Diagnostic.quoted(school))' vanaf \(previous))"
      ),
      range: r,
      help: Bilingual(
        "list the schools oldest first, each from a later date; a change on the same day replaces the entry before it",
        "zet de scholen op volgorde, de oudste eerst, elk vanaf een latere datum; een wissel op dezelfde dag vervangt de regel ervoor"
      ))
  }

  static func beforeReferral(
    _ r: SourceRange, from: LocalDate, referral: LocalDate
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "school-history-before-referral",
      message: Bilingual(
        "this school is dated from \(from), before the referral (\(referral))",
        "deze school heeft als datum \(from), voor de aanmelding (\(referral))"),
      range: r,
      help: Bilingual(
        "the history covers the trajectory only: date the school the child attended when referred from the referral (\(referral)), and later schools from the day they start there",
        "de geschiedenis gaat alleen over het traject: geef de school waar het kind bij de aanmelding zat de datum van de aanmelding (\(referral)), en latere scholen de dag waarop het kind daar begint"
      ))
  }

  static func current(_ r: SourceRange, last: String, school: String, id: String) -> Diagnostic {
    Diagnostic(
      code: "school-history-current",
      message: Bilingual(
        "the last school in 'schools' is '\(Diagnostic.quoted(last))', but 'school' says '\(Diagnostic.quoted(school))'",
        "de laatste school in 'schools' is '\(Diagnostic.quoted(last))', maar 'school' zegt '\(Diagnostic.quoted(school))'"
      ),
      range: r,
      help: Bilingual(
        "'school' is the current school, so it is the last entry of 'schools' too: correct the one that is wrong (amigo edit \(id)); amigo move keeps both in step",
        "'school' is de huidige school, dus ook de laatste regel van 'schools': verbeter de verkeerde (amigo edit \(id)); amigo move houdt beide gelijk"
      ))
  }
}
