import AmigoYAML

/// `agreements:` refer to the workspace's activity files: the activity exists, names this
/// child, and was held on the agreement's date. Checked when the caller knows the workspace's
/// activities (`RuleContext.activities`); a single file outside a workspace is not.
enum AgreementRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let index = c.activities else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    for a in t.agreements where !a.activity.isEmpty {
      guard index.contains(a.activity) else {
        out.append(
          SchemaDiagnostics.unknownActivity(
            c.range(a.activitySpan), a.activity, child: t.id,
            suggestion: Suggestions.nearest(a.activity, in: index.ids)))
        continue
      }
      // An activity file that could not be read has its own diagnostics.
      guard let entry = index.entries[a.activity] else { continue }
      if !t.id.isEmpty, !entry.named.contains(t.id) {
        out.append(
          SchemaDiagnostics.agreementNotNamed(c.range(a.activitySpan), a.activity, child: t.id))
      } else if let date = a.date, !entry.dates.isEmpty, !entry.dates.contains(date) {
        out.append(
          SchemaDiagnostics.agreementDate(
            c.range(a.dateSpan), a.activity, date: date, held: entry.dates.sorted()))
      }
    }
    return out
  }
}

extension SchemaDiagnostics {
  static func unknownActivity(
    _ r: SourceRange, _ id: String, child: String, suggestion: String?
  ) -> Diagnostic {
    Diagnostic(
      code: "unknown-activity",
      message: Bilingual(
        "the agreement refers to activity '\(Diagnostic.quoted(id))', which is not in this workspace (activities/)",
        "de afspraak verwijst naar activiteit '\(Diagnostic.quoted(id))', die niet in deze werkmap staat (activities/)"
      ),
      range: r,
      help: SchemaDiagnostics.didYouMean(suggestion)
        + Bilingual(
          "correct the activity id, or, when the activity was erased, remove the agreement from this file ('amigo edit \(child.isEmpty ? "ID" : child)') and write what still holds in a session note",
          "verbeter de id van de activiteit, of, als de activiteit gewist is, haal de afspraak uit dit bestand ('amigo edit \(child.isEmpty ? "ID" : child)') en schrijf wat nog geldt in een notitie bij een sessie"
        ))
  }

  static func agreementNotNamed(_ r: SourceRange, _ id: String, child: String) -> Diagnostic {
    Diagnostic(
      code: "agreement-not-named",
      message: Bilingual(
        "the agreement refers to activity '\(Diagnostic.quoted(id))', which does not name \(child)",
        "de afspraak verwijst naar activiteit '\(Diagnostic.quoted(id))', die \(child) niet noemt"),
      range: r,
      help: Bilingual(
        "an agreement belongs to a child the meeting discussed: add \(child) to the activity ('children:' of a meeting, the attendance of a group meeting), or correct the activity id",
        "een afspraak hoort bij een kind dat in het overleg besproken is: voeg \(child) toe aan de activiteit ('children:' van een overleg, de aanwezigheid van een groepsbijeenkomst), of verbeter de id van de activiteit"
      ))
  }

  static func agreementDate(
    _ r: SourceRange, _ id: String, date: LocalDate, held: [LocalDate]
  ) -> Diagnostic {
    let days =
      held.prefix(6).map(\.description).joined(separator: ", ")
      + (held.count > 6 ? ", …" : "")
    return Diagnostic(
      code: "agreement-date",
      message: Bilingual(
        "activity '\(Diagnostic.quoted(id))' was not held on \(date) (it was on \(days))",
        "activiteit '\(Diagnostic.quoted(id))' is niet gehouden op \(date) (wel op \(days))"),
      range: r,
      help: Bilingual(
        "write the date of the meeting that made the agreement",
        "schrijf de datum van de bijeenkomst waar de afspraak gemaakt is"))
  }

  static func meetingTwice(_ r: SourceRange, _ date: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "meeting-twice",
      message: Bilingual(
        "the group has two meetings on \(date); a meeting is identified by its date",
        "de groep heeft twee bijeenkomsten op \(date); een bijeenkomst wordt herkend aan haar datum"
      ),
      range: r,
      help: Bilingual(
        "keep one meeting for \(date), with its minutes once and each child's attendance once (two workers may each have recorded it)",
        "houd één bijeenkomst op \(date), met haar minuten één keer en de aanwezigheid van elk kind één keer (misschien hebben twee medewerkers haar elk vastgelegd)"
      ))
  }
}
