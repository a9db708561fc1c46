import AmigoSchema

extension Message {
  /// Questions on a terminal, their hints when an answer is not understood, and confirmations.
  static let prompts: [Message: (en: String, nl: String)] = [
    .promptNoAnswer: ("no answer; nothing was changed", "geen antwoord; er is niets veranderd"),
    .promptAnswerOneOf: (
      "  Please answer one of {0} (or in Dutch).", "  Antwoord met een van {0} (of in het Engels)."
    ),
    .promptAnswerNumber: (
      "  Please answer with a number from 1 to {0} or a name.",
      "  Antwoord met een nummer van 1 tot en met {0} of een naam."
    ),
    .promptAnswerOneOrMore: (
      "  Please answer one or more of {0}, comma-separated (or in Dutch).",
      "  Antwoord met een of meer van {0}, gescheiden door komma's (of in het Engels)."
    ),
    .promptAnswerWholeNumber: (
      "  Please answer a whole number from {0} to {1}.",
      "  Antwoord met een heel getal van {0} tot en met {1}."
    ),
    .promptAnswerNeeded: ("  An answer is needed.", "  Een antwoord is nodig."),
    .promptAnswerControl: (
      "  The answer holds the control character U+{0}, which no text in a file may hold: answer again without it.",
      "  In het antwoord staat het stuurteken U+{0}, dat in geen tekst in een bestand mag staan: antwoord opnieuw, zonder dat teken."
    ),
    .promptAnswerOneLine: (
      "  The answer is one line of text: answer again without tabs.",
      "  Het antwoord is één regel tekst: antwoord opnieuw, zonder tabs."
    ),
    .promptNotValid: ("  '{0}' is not valid. {1}", "  '{0}' is niet geldig. {1}"),
    .promptAnswerAgain: (
      "  Please answer again; nothing you answered before is lost.",
      "  Antwoord opnieuw; wat je eerder antwoordde, blijft bewaard."
    ),
    .promptKeepAnyway: ("  Keep '{0}' anyway? [y/N] ", "  '{0}' toch houden? [j/N] "),
    .promptInputEnded: (
      "input ended at the question for {0}; nothing was written (give it as '{0}' to answer it without a prompt)",
      "de invoer hield op bij de vraag voor {0}; er is niets geschreven (geef '{0}' mee om zonder vraag te antwoorden)"
    ),
    .promptAnswerIdAbove: (
      "Please answer with one of the ids above.", "Antwoord met een van de ids hierboven."
    ),
    .promptAnswerWithOneOf: ("Please answer with one of: {0}.", "Antwoord met een van: {0}."),
    .promptAnswerValuesFrom: (
      "Please answer with values from: {0}.", "Antwoord met waarden uit: {0}."
    ),
    .promptLabel: (
      "Label (first name and initial, e.g. Sam B.)", "Label (voornaam en initiaal, bijv. Sam B.)"
    ),
    .promptLabelInvalid: (
      "Please give a short label on one line, like 'Sam B.'.",
      "Geef een kort label op één regel, zoals 'Sam B.'."
    ),
    .promptBorn: ("Born (YYYY-MM, optional)", "Geboren (JJJJ-MM, mag leeg)"),
    .promptBornInvalid: (
      "Please give the year and month of birth as YYYY-MM, not in the future.",
      "Geef jaar en maand van geboorte als JJJJ-MM, niet in de toekomst."
    ),
    .promptGender: ("Gender ({0}; optional)", "Gender ({0}; mag leeg)"),
    .promptSchoolGroup: (
      "School group (1-8, 0 or voorschool, klas 1-6; optional)",
      "Groep (1-8, 0 of voorschool, klas 1-6; mag leeg)"
    ),
    .promptSchoolGroupInvalid: (
      "Please give a school group: 1-8, 0 or 'voorschool', or 'klas 1' to 'klas 6'.",
      "Geef een groep: 1-8, 0 of 'voorschool', of 'klas 1' tot en met 'klas 6'."
    ),
    .promptSchool: ("School", "School"),
    .promptWorker: ("Worker", "Medewerker"),
    .promptProgramme: ("Programme", "Programma"),
    .promptReferralDate: ("Referral date", "Datum aanmelding"),
    .promptReferredBy: ("Referred by ({0})", "Aangemeld door ({0})"),
    .promptConcerns: (
      "Concerns (comma-separated: {0}; optional)",
      "Zorgen (gescheiden door komma's: {0}; mag leeg)"
    ),
    .promptRequest: (
      "Request for help, in the family's words (optional)",
      "Hulpvraag, in de woorden van het gezin (mag leeg)"
    ),
    .promptStatus: ("Status ({0})", "Status ({0})"),
    .promptEraseConfirm: ("Type the id to confirm: ", "Typ de id ter bevestiging: "),
    .promptEraseNoAnswer: ("no answer; nothing was erased", "geen antwoord; er is niets gewist"),
    .promptEraseNothingTyped: (
      "nothing was typed; nothing was erased", "er is niets getypt; er is niets gewist"
    ),
    .promptEraseMismatch: (
      "'{0}' is not '{1}'; nothing was erased", "'{0}' is niet '{1}'; er is niets gewist"
    ),
    .promptClosing: ("Closing {0}{1} on {2}.", "{0}{1} wordt afgesloten op {2}."),
    .promptCloseReasonTitle: ("Why does the support end?", "Waarom stopt de begeleiding?"),
    .promptCloseReason: ("Reason: ", "Reden: "),
    .promptDestinationTitle: ("Where does the child go next?", "Waar gaat het kind hierna heen?"),
    .promptDestination: ("Destination: ", "Vervolg: "),
    .promptGoalResult: ("Result of {0} ({1}): ", "Resultaat van {0} ({1}): "),
    .promptMeldcodeStepTitle: ("Which step of the meldcode?", "Welke stap van de meldcode?"),
    .promptMeldcodeStep: ("Step: ", "Stap: "),
    .promptMeldcodeOutcomeTitle: ("What was decided?", "Wat is er besloten?"),
    .promptMeldcodeOutcome: ("Outcome: ", "Besluit: "),
    .promptGroupName: (
      "Name of the group (no child's name): ", "Naam van de groep (geen naam van een kind): "
    ),
    .promptGroupNameAgain: ("  Please give a name on one line.", "  Geef een naam op één regel."),
    .promptPresent: (
      "Present (of {0}), comma-separated: ", "Aanwezig (van {0}), gescheiden door komma's: "
    ),
    .promptPresentAgain: (
      "  Please name the children present.", "  Noem de kinderen die er waren."
    ),
    .promptOwner: ("{0} ({1}): ", "{0} ({1}): "),
    .promptOwnerAgain: (
      "  Please answer one of the {0} declared in amigo.yaml.",
      "  Antwoord met een van de {0} uit amigo.yaml."
    ),
    .ownerProgrammes: ("programmes", "programma's"),
    .ownerSchools: ("schools", "scholen"),
    .ownerWorkers: ("workers", "medewerkers"),
    .ownerProgramme: ("Programme", "Programma"),
    .ownerSchool: ("School", "School"),
    .ownerWorker: ("Worker", "Medewerker"),
    .promptMeetingMinutes: (
      "Minutes (for the whole meeting, once): ", "Minuten (voor het hele overleg, één keer): "
    ),
    .promptMinutes: ("Minutes: ", "Minuten: "),
    .promptChildrenDiscussed: (
      "Children discussed (ids or labels, comma-separated): ",
      "Besproken kinderen (ids of labels, gescheiden door komma's): "
    ),
    .promptNameOneChild: ("  Please name at least one child.", "  Noem ten minste één kind."),
    .promptWithWhom: (
      "Who was present besides you (e.g. ib, jgz, ouders; empty: nobody): ",
      "Wie was er behalve jij (bijv. ib, jgz, ouders; leeg: niemand): "
    ),
    .promptWithWhomAgain: (
      "  Please answer roles such as {0}.", "  Antwoord met rollen zoals {0}."
    ),
    .promptListValue: ("{0} ({1}): ", "{0} ({1}): "),
    .promptListValueOptional: ("{0} ({1}; empty: none): ", "{0} ({1}; leeg: geen): "),
    .promptAttendance: (
      "How many came (a number; no names): ", "Hoeveel kwamen er (een aantal; geen namen): "
    ),
    .promptAgreed: (
      "What was agreed for {0} (naming no other child): ",
      "Wat is er afgesproken voor {0} (zonder een ander kind te noemen): "
    ),
    .promptAgreedAgain: ("  Please write what was agreed.", "  Schrijf op wat is afgesproken."),
    .promptProgrammesTitle: ("Which programmes do you run?", "Welke programma's voer je uit?"),
    .promptProgrammes: (
      "Numbers or names, separated by commas [1]: ",
      "Nummers of namen, gescheiden door komma's [1]: "
    ),
    .promptProgrammesAgain: (
      "  Please answer with numbers from 1 to {0} or names, separated by commas.",
      "  Antwoord met nummers van 1 tot en met {0} of namen, gescheiden door komma's."
    ),
    .promptEditReopen: (
      "amigo: your edit adds {0}. Re-open the editor? [Y/n] ",
      "amigo: je wijziging voegt {0} toe. De editor opnieuw openen? [J/n] "
    ),
    .promptScoreHint: (
      "Please provide a score from 0 to 10 in steps of 0.5, e.g. 6 or 6,5.",
      "Geef een score van 0 tot en met 10 in stappen van 0,5, bijv. 6 of 6,5."
    ),
    .promptTheme: ("Theme", "Thema"),
    .promptForWhom: ("For whom", "Voor wie"),
    .promptWhoAsked: ("Who asked", "Wie vroeg"),
    .promptLightOutcome: ("Outcome", "Uitkomst"),
    .promptTeacherRole: ("Role of the one supported", "Rol van wie ondersteund werd"),
    .promptReceivedFrom: ("Received from whom? ", "Van wie ontvangen? "),
    .promptSharedWith: ("Shared with whom? ", "Met wie gedeeld? "),
    .promptSharedWhat: ("What (categories)? ", "Wat (categorieën)? "),
    .promptGoalLine: ("Goal {0}: {1}", "Doel {0}: {1}"),
    .promptGoalTarget: ("target {0}", "streefwaarde {0}"),
    .promptGoalLastRating: ("last rating {0}", "laatste score {0}"),
    .promptGoalLastRatings: ("last scores {0}", "laatste scores {0}"),
    .promptEraseSummary: (
      "This removes {0}{1}\nfrom the workspace. amigo cannot undo this.",
      "Dit verwijdert {0}{1}\nuit de werkmap. amigo kan dit niet ongedaan maken."
    ),
    .promptEraseStatus: ("status {0}", "status {0}"),
    .promptEraseClosedOn: ("closed on {0}", "afgesloten op {0}"),
    .countAnError: ("an error", "een fout"),
    .countErrors: ("{0} errors", "{0} fouten"),
  ]
}

extension Language {
  /// The values of `spec` as a person types them, comma-separated: in Dutch each value's first
  /// Dutch word (or the value), in English the values.
  public func words(_ spec: EnumSpec) -> String {
    spec.values.map { code == "nl" ? ($0.aliases.first ?? $0.value) : $0.value }
      .joined(separator: ", ")
  }

  /// The values of `spec`, quoted, joined with "or"/"of": Dutch words first in Dutch.
  public func quotedWords(_ spec: EnumSpec) -> String {
    SchemaDiagnostics.listJoined(
      spec.values.map { "'\(code == "nl" ? ($0.aliases.first ?? $0.value) : $0.value)'" },
      code == "nl" ? "of" : "or")
  }
}
