import AmigoYAML

/// The checks of work without a child file (theme meetings, teacher support, light contacts):
/// each light contact's theme is a concern of the workspace, no contact is dated after today,
/// and a tally is one worker's.
extension ActivityValidator {
  static func lightWork(_ c: Context) -> [Diagnostic] {
    guard c.activity.type == .lightContacts else { return [] }
    var out: [Diagnostic] = []
    let spec = c.config?.vocabulary(Schemas.domain) ?? Schemas.domain
    for contact in c.activity.contacts {
      if let theme = contact.theme, !theme.isEmpty, !spec.contains(theme) {
        out.append(VocabularyRule.unknown(c.range(contact.themeSpan), theme, spec))
      }
      if let today = c.today, let d = contact.date, d > today {
        out.append(
          SchemaDiagnostics.dateInFuture(
            c.range(contact.dateSpan), what: Bilingual("a light contact", "een licht contact"),
            date: d, today: today,
            help: Bilingual(
              "record a contact on or after its day (in a file, correct the date by hand and run 'amigo validate')",
              "leg een contact vast op of na zijn dag (in een bestand verbeter je de datum met de hand en voer je 'amigo validate' uit)"
            )))
      }
    }
    if c.activity.workers.count > 1, let range = c.syntax.valueRange("workers") {
      out.append(
        Diagnostic(
          code: "invalid-value",
          message: Bilingual(
            "a tally of light contacts is one worker's, but this one names \(c.activity.workers.count) workers",
            "een telling van lichte contacten is van één medewerker, maar deze noemt \(c.activity.workers.count) medewerkers"
          ),
          range: range,
          help: Bilingual(
            "keep one file per worker, month, programme and school (as 'amigo contact --light' writes): move the other workers' contacts to their own tallies",
            "houd één bestand per medewerker, maand, programma en school (zoals 'amigo contact --light' schrijft): zet de contacten van de andere medewerkers in hun eigen telling"
          )))
    }
    return out
  }
}

extension ActivityValidator {
  /// What took place with `minutes: 0` (`zero-minutes`, a warning): a meeting, a group meeting,
  /// a theme meeting, teacher support or a light contact. The commands refuse `--minutes 0`
  /// for them; a file edited by hand may hold it, and then counts a meeting of no time.
  static func zeroMinutes(_ c: Context) -> [Diagnostic] {
    let a = c.activity
    var out: [Diagnostic] = []
    func warn(_ range: SourceRange?, _ what: Bilingual, _ date: LocalDate?) {
      guard let range else { return }
      out.append(
        SchemaDiagnostics.zeroMinutes(
          range, what: what, date: date, help: SchemaDiagnostics.zeroMinutesActivityHelp))
    }
    switch a.type {
    case .meeting?, .themeMeeting?, .teacherSupport?:
      guard a.minutes == 0 else { break }
      let what =
        a.type == .meeting
        ? Bilingual("a meeting", "een overleg")
        : a.type == .themeMeeting
          ? Bilingual("a theme meeting", "een themabijeenkomst")
          : Bilingual("teacher support", "ondersteuning van een leerkracht")
      warn(c.syntax.valueRange("minutes"), what, a.date)
    case .group?:
      for m in a.meetings where m.minutes == 0 {
        warn(c.range(m.dateSpan), Bilingual("a group meeting", "een groepsbijeenkomst"), m.date)
      }
    case .lightContacts?:
      for contact in a.contacts where contact.minutes == 0 {
        warn(
          c.range(contact.dateSpan), Bilingual("a light contact", "een licht contact"),
          contact.date)
      }
    case nil: break
    }
    return out
  }
}
