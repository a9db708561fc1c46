extension Message {
  /// The hints under usage errors: what to give instead.
  static let hints: [Message: (en: String, nl: String)] = [
    .hintDate: (
      "Please provide a date as YYYY-MM-DD, 'today', 'yesterday' or a weekday name (also in Dutch).",
      "Geef een datum als JJJJ-MM-DD, 'vandaag', 'gisteren' of de naam van een weekdag (ook in het Engels)."
    ),
    .hintDateOnly: ("Please provide a date as YYYY-MM-DD.", "Geef een datum als JJJJ-MM-DD."),
    .hintNoSuchDay: (
      "There is no day {0} in {1} {2} (it has {3} days). Please provide a date as YYYY-MM-DD.",
      "{1} {2} heeft geen {0}e dag (de maand heeft {3} dagen). Geef een datum als JJJJ-MM-DD."
    ),
    .hintNoSuchWeek: (
      "{0} has no week {1} (it has {2} weeks). Please provide a week as 2026-W47, 47 or W47.",
      "{0} heeft geen week {1} (het jaar heeft {2} weken). Geef een week als 2026-W47, 47 of W47."
    ),
    .hintWrittenAs: (
      "Did you mean '{0}'? Please provide a date as YYYY-MM-DD (two digits for the month and the day).",
      "Bedoelde je '{0}'? Geef een datum als JJJJ-MM-DD (twee cijfers voor de maand en de dag)."
    ),
    .hintYearFirst: (
      "Did you mean '{0}'? Please provide a date as YYYY-MM-DD (year first).",
      "Bedoelde je '{0}'? Geef een datum als JJJJ-MM-DD (het jaar eerst)."
    ),
    .hintWholeNumber: (
      "Please provide a whole number from {0} to {1}.",
      "Geef een heel getal van {0} tot en met {1}."
    ),
    .hintChangedNoPaths: (
      "--changed checks the files git sees changed; give no paths with it.",
      "--changed controleert de bestanden die git gewijzigd ziet; noem er geen paden bij."
    ),
    .hintTeamIsPeriod: (
      "The team table is a view of a period: amigo report --period 2025/2026 --team",
      "De teamtabel hoort bij een periode: amigo report --period 2025/2026 --team"
    ),
    .hintPeriodReversed: (
      "The period ends before it begins ({1} is before {0}); give the earlier date first: {1}..{0}.",
      "De periode eindigt voordat ze begint ({1} ligt voor {0}); zet de vroegste datum eerst: {1}..{0}."
    ),
    .hintPeriod: (
      "Please provide a period as 2026, 2026-Q3, 2026-09, a school year 2025/2026, or FROM..TO (2026-01-01..2026-06-30).",
      "Geef een periode als 2026, 2026-Q3, 2026-09, een schooljaar 2025/2026, of VAN..TOT (2026-01-01..2026-06-30)."
    ),
    .hintWeek: (
      "Please provide a week as 2026-W47, 47 or W47 (the week 47 nearest to today), 'this', 'last', or a date in the week (also 'today', 'yesterday' or a weekday).",
      "Geef een week als 2026-W47, 47 of W47 (de week 47 die het dichtst bij vandaag ligt), 'deze', 'vorige', of een datum in de week (ook 'vandaag', 'gisteren' of een weekdag)."
    ),
    .hintDuration: (
      "Please provide a duration as a number and a unit: 90d (days), 2w (weeks), 6m (months) or 1y (years).",
      "Geef een duur als getal en eenheid: 90d (dagen), 2w (weken), 6m (maanden) of 1j (jaren)."
    ),
    .hintLanguage: ("Please provide 'nl' or 'en'.", "Geef 'nl' of 'en'."),
    .hintNoneAlone: (
      "Please give 'none' alone: it means no further help.",
      "Geef 'geen-vervolg' ('none') alleen: het betekent dat er geen verdere hulp is."
    ),
    .hintOneOf: ("Please provide one of {0}.", "Geef een van {0}."),
    .hintControlInValue: (
      "It holds the control character U+{0}, which no text in a file may hold: give it again without it. Nothing was changed.",
      "Er staat het stuurteken U+{0} in, dat in geen tekst in een bestand mag staan: geef het opnieuw, zonder dat teken. Er is niets veranderd."
    ),
    .hintTabInOneLine: (
      "It is one line of text: give it again without tabs or line breaks. Nothing was changed.",
      "Het is één regel tekst: geef het opnieuw, zonder tabs of regeleinden. Er is niets veranderd."
    ),
    .hintRealDay: ("Please give a real day.", "Geef een bestaande dag."),
    .hintGoalScore: (
      "Please write a goal id and a score from 0 to 10 in steps of 0.5, e.g. g1=6 or g1=6.5.",
      "Schrijf een doel-id en een score van 0 tot en met 10 in stappen van 0,5, bijv. g1=6 of g1=6,5."
    ),
    .hintScoreOnce: (
      "Please score {0} once; a goal gets one score per session.",
      "Geef {0} één score; een doel krijgt één score per sessie."
    ),
    .hintNoteOrFile: (
      "Give either --note or --note-file, not both.", "Geef --note of --note-file, niet allebei."
    ),
    .hintNotACommit: (
      "'{0}' is not a commit in this repository.", "'{0}' is geen commit in deze repository."
    ),
  ]
}
