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
