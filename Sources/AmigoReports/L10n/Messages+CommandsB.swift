extension Message {
  /// Failures and usage-error hints of the second half of the commands (issue 28): init,
  /// light work, log, measure, meldcode, new-child, pause, refer, report, share, statement.
  static let commandsB: [Message: (en: String, nl: String)] = [
    // init
    .cbOrgOneLine: (
      "Give the organisation's name on one line, without tabs, control or invisible characters.",
      "Geef de naam van de organisatie op één regel, zonder tabs, stuurtekens of onzichtbare tekens."
    ),
    .cbCurrentFolder: ("the current folder", "de huidige map"),
    .cbInTrajectoriesFolder: (
      "'{0}' lies in the trajectories folder of the workspace in '{1}'; choose a folder outside it",
      "'{0}' ligt in de map met trajecten van de werkmap in '{1}'; kies een map daarbuiten"
    ),
    .cbInitNotAFolder: (
      "'{0}' is {1}, not a folder; name a new or empty folder for the workspace; nothing was written",
      "'{0}' is {1}, geen map; noem een nieuwe of lege map voor de werkmap; er is niets geschreven"
    ),
    .cbHasWorkspace: (
      "{0} already has an amigo workspace (amigo.yaml); nothing was changed",
      "{0} heeft al een amigo-werkmap (amigo.yaml); er is niets veranderd"
    ),
    // log
    .cbNoteUnreadable: (
      "cannot read the note file '{0}'", "kan het notitiebestand '{0}' niet lezen"
    ),
    .cbNoteNotUTF8: (
      "the note file '{0}' is not UTF-8 text", "het notitiebestand '{0}' is geen UTF-8-tekst"
    ),
    // meldcode
    .cbOutcomeDecision: (
      "An outcome belongs to the decision: record it with --step decision.",
      "Een uitkomst hoort bij het besluit: leg die vast met --step besluit."
    ),
    // share
    .cbReceivedNoBasis: (
      "Information received needs no basis; leave out --basis or --received.",
      "Ontvangen informatie heeft geen grondslag nodig; laat --basis of --received weg."
    ),
    .cbSharingNoteOneLine: (
      "A sharing note is one short line; the content of what was shared is not recorded.",
      "Een notitie bij het delen is één korte regel; de inhoud van wat gedeeld is, wordt niet vastgelegd."
    ),
    // statement
    .cbStatementUnreadable: (
      "cannot read the statement file '{0}'; check the path",
      "kan het bestand met de verklaring '{0}' niet lezen; controleer het pad"
    ),
    .cbTextFileControl: (
      "'{0}' holds the control character U+{1} on line {2}, which no text holds (is it a document or a UTF-16 file?); save it as plain text (UTF-8) and try again; nothing was changed",
      "'{0}' bevat het stuurteken U+{1} op regel {2}, dat in geen tekst thuishoort (is het een document of een UTF-16-bestand?); sla het op als platte tekst (UTF-8) en probeer het opnieuw; er is niets veranderd"
    ),
    .cbStatementNotUTF8: (
      "the statement file '{0}' is not UTF-8 text; save it as UTF-8 and try again",
      "het bestand met de verklaring '{0}' is geen UTF-8-tekst; sla het op als UTF-8 en probeer het opnieuw"
    ),
    .cbStatementEmpty: (
      "the statement file '{0}' is empty; nothing was changed",
      "het bestand met de verklaring '{0}' is leeg; er is niets veranderd"
    ),
    // report
    .cbPublishPeriodOnly: (
      "Only a period report is published: amigo report --period 2025/2026 --publish",
      "Alleen een perioderapport wordt gepubliceerd: amigo report --period 2025/2026 --publish"
    ),
    .cbDelimiter: (
      "Please provide ',', ';', '|' or 'tab'.", "Geef ',', ';', '|' of 'tab'."
    ),
    .cbPublishIncompleteOne: (
      "a published report must be complete: 1 file is left out (it could not be read, has errors or repeats another file's trajectory id); fix it (amigo validate) and publish again; nothing was published",
      "een gepubliceerd rapport moet volledig zijn: 1 bestand is weggelaten (het kon niet gelezen worden, bevat fouten of herhaalt de traject-id van een ander bestand); herstel het (amigo validate) en publiceer opnieuw; er is niets gepubliceerd"
    ),
    .cbPublishIncompleteMany: (
      "a published report must be complete: {0} files are left out (they could not be read, have errors or repeat another file's trajectory id); fix them (amigo validate) and publish again; nothing was published",
      "een gepubliceerd rapport moet volledig zijn: {0} bestanden zijn weggelaten (ze konden niet gelezen worden, bevatten fouten of herhalen de traject-id van een ander bestand); herstel ze (amigo validate) en publiceer opnieuw; er is niets gepubliceerd"
    ),
    .cbPublishKeeps: (
      "{0} keeps the figures published on {1}; to publish these instead, remove it first (git keeps the old one in its history)",
      "{0} bewaart de cijfers die op {1} gepubliceerd zijn; verwijder het eerst om deze te publiceren (git bewaart het oude in zijn geschiedenis)"
    ),
    // new-child (family)
    .cbFamilyOrSibling: (
      "Give --family or --sibling-of, not both: --sibling-of takes the sibling's family id.",
      "Geef --family of --sibling-of, niet allebei: --sibling-of neemt het gezins-id van de broer of zus over."
    ),
    .cbFamilyIdShape: (
      "A family id has the shape amigo makes: 'F-' and four characters of 0-9 and A-Z without I, L, O and U, at least one a digit (F-7KQ4), so that it never holds a surname or other name. '--family new' makes one; '--sibling-of CHILD' takes a sibling's.",
      "Een gezins-id heeft de vorm die amigo maakt: 'F-' en vier tekens uit 0-9 en A-Z zonder I, L, O en U, minstens één een cijfer (F-7KQ4), zodat er nooit een achternaam of andere naam in staat. '--family new' maakt er een; '--sibling-of KIND' neemt dat van een broer of zus over."
    ),
    .cbNoFreeFamilyId: (
      "no free family id left; give one with --family",
      "er is geen vrij gezins-id meer; geef er een met --family"
    ),
    // pause / resume
    .cbNotPaused: (
      "{0} is not paused (status {1}); nothing was changed",
      "{0} is niet gepauzeerd (status {1}); er is niets veranderd"
    ),
    .cbPausedSinceNot: (
      "{0} is paused since {1}, not {2}; nothing was changed (leave out --since)",
      "{0} is gepauzeerd sinds {1}, niet {2}; er is niets veranderd (laat --since weg)"
    ),
    .cbResumesAfter: (
      "{0} is paused since {1}; it resumes after that day, not on {2}; nothing was changed",
      "{0} is gepauzeerd sinds {1}; het traject gaat na die dag verder, niet op {2}; er is niets veranderd"
    ),
    .cbPausedNoDate: (
      "{0} is paused without a date, so its paused weeks are unknown; nothing was changed. Give the first paused day: amigo resume {0} --since DATE",
      "{0} is gepauzeerd zonder datum, dus de gepauzeerde weken zijn onbekend; er is niets veranderd. Geef de eerste gepauzeerde dag: amigo resume {0} --since DATUM"
    ),
    .cbSinceBetween: (
      "--since {0} must lie after the start and before the day it resumes ({1}); nothing was changed",
      "--since {0} moet na de start liggen en vóór de dag waarop het traject verdergaat ({1}); er is niets veranderd"
    ),
    // light work
    .cbNotLightTally: (
      "{0} is not a tally of light contacts (type: {1}); nothing was written",
      "{0} is geen telling van lichte contacten (type: {1}); er is niets geschreven"
    ),
    .cbTallyOtherOwner: (
      "{0} is the tally of programme '{1}' at school '{2}', not of '{3}' at '{4}'; nothing was written",
      "{0} is de telling van programma '{1}' op school '{2}', niet van '{3}' op '{4}'; er is niets geschreven"
    ),
    .cbThemeNoChild: (
      "a theme meeting (--audience, --attendance, --theme) names no child: leave out --children and --unnamed, or leave out those three for a meeting about children; nothing was written",
      "een themabijeenkomst (--audience, --attendance, --theme) noemt geen kind: laat --children en --unnamed weg, of laat die drie weg voor een overleg over kinderen; er is niets geschreven"
    ),
    // measure
    .cbInstrumentId: (
      "Please provide the instrument's id from amigo.yaml, e.g. sdq.",
      "Geef het id van het instrument uit amigo.yaml, bijvoorbeeld sdq."
    ),
    .cbFollowUpAlone: (
      "Please give --follow-up alone, or --timepoint follow-up: a follow-up is its own timepoint.",
      "Geef --follow-up alleen, of --timepoint follow-up: een follow-up is een eigen meetmoment."
    ),
    .cbScoreShape: (
      "Please write each score as scale=value, e.g. emotional=3 or prosocial=6.5.",
      "Schrijf elke score als schaal=waarde, bijvoorbeeld emotional=3 of prosocial=6.5."
    ),
    .cbScaleId: (
      "Please name the scale by its id in amigo.yaml, e.g. emotional.",
      "Noem de schaal bij haar id in amigo.yaml, bijvoorbeeld emotional."
    ),
    .cbScoreNumber: (
      "The score must be a number, e.g. emotional=3 or prosocial=6.5.",
      "De score moet een getal zijn, bijvoorbeeld emotional=3 of prosocial=6.5."
    ),
    .cbScoreBeyond: (
      "No scale of an instrument goes beyond -1000 to 1000; check the score on the form.",
      "Geen schaal van een instrument gaat verder dan -1000 tot 1000; controleer de score op het formulier."
    ),
    .cbScaleTwice: ("'{0}' is given twice.", "'{0}' is twee keer gegeven."),
    .cbMeasureExists: (
      "{0} already has a measure of {1} by the {2} on {3}; correct it with 'amigo edit', or give another --date",
      "{0} heeft al een meting van {1} door {2} op {3}; verbeter die met 'amigo edit', of geef een andere --date"
    ),
    // refer
    .cbOtherHelp: (
      "Please name other help (youth-care, youth-mental-health, social-team, …); 'none' and 'own-network' are destinations at closure (amigo close --destination).",
      "Noem andere hulp (jeugdhulp, jeugd-ggz, wijkteam, …); 'geen-vervolg' en 'eigen-netwerk' zijn bestemmingen bij afsluiting (amigo close --destination)."
    ),
    .cbWhichReferral: (
      "There are {0} referrals to {1} ({2}); please give --date to say which one.",
      "Er zijn {0} verwijzingen naar {1} ({2}); geef --date om te zeggen welke."
    ),
    .cbReferralRecorded: (
      "The referral to {0} on {1} is recorded already; give --status to update it.",
      "De verwijzing naar {0} op {1} is al vastgelegd; geef --status om die bij te werken."
    ),
    // new-child
    .cbIdChars: (
      "An id uses letters, digits, '-', '_' and '.', and never contains a name.",
      "Een id bestaat uit letters, cijfers, '-', '_' en '.', en bevat nooit een naam."
    ),
    .cbIdShape: (
      "An id has the shape of a generated one: {0}-<year>-<code>, like {0}-2026-7KQ4 (the code: 3 to 8 of 0-9 and A-Z without I, L, O and U, at least one a digit); a name never goes into an id. Leave out --id for a new one.",
      "Een id heeft de vorm van een gemaakt id: {0}-<jaar>-<code>, zoals {0}-2026-7KQ4 (de code: 3 tot 8 tekens uit 0-9 en A-Z zonder I, L, O en U, minstens één een cijfer); een naam komt nooit in een id. Laat --id weg voor een nieuw id."
    ),
    .cbIdExists: (
      "A trajectory with this id exists already; leave out --id for a new one.",
      "Er bestaat al een traject met dit id; laat --id weg voor een nieuw id."
    ),
    .cbIdErased: (
      "A trajectory with this id was erased on {0} ('amigo erase'); an id is never used again. Leave out --id for a new one.",
      "Een traject met dit id is gewist op {0} ('amigo erase'); een id wordt nooit opnieuw gebruikt. Laat --id weg voor een nieuw id."
    ),
    .cbFirstMeetingMinutes: (
      "No earlier meeting of this group has minutes to take over: give this meeting's length, for example --minutes 90.",
      "Geen eerdere bijeenkomst van deze groep heeft minuten om over te nemen: geef de duur van deze bijeenkomst, bijvoorbeeld --minutes 90."
    ),
    .cbGroup: (
      "Please give 1-8 (groep), 0 or 'voorschool', or 'klas 1' to 'klas 6' (secondary school).",
      "Geef 1-8 (groep), 0 of 'voorschool', of 'klas 1' tot en met 'klas 6' (voortgezet onderwijs)."
    ),
    .cbGroupSecondaryNumber: (
      "A file writes klas {0} as {1}; on the command line a number is a primary group (0-8): please give 'klas {0}'.",
      "Een bestand schrijft klas {0} als {1}; op de opdrachtregel is een getal een groep (0-8): geef 'klas {0}'."
    ),
    .cbWorkerLeft: (
      "'{0}' left on {1} (end: in amigo.yaml); new children go to a current worker{2}",
      "'{0}' is vertrokken op {1} (end: in amigo.yaml); nieuwe kinderen gaan naar een huidige begeleider{2}"
    ),
    .cbNoFreeId: (
      "no free id left for {0}; give one with --id",
      "er is geen vrij id meer voor {0}; geef er een met --id"
    ),
    .cbNewWouldBeInvalid: (
      "the new trajectory would not be valid; nothing was written",
      "het nieuwe traject zou niet geldig zijn; er is niets geschreven"
    ),
    .cbNoFreeIdFor: (
      "could not find a free id for {0}; try again",
      "kon geen vrij id vinden voor {0}; probeer het opnieuw"
    ),
    .cbLabelOneLine: (
      "Please give a short label on one line: a first name and an initial, like 'Sam B.'.",
      "Geef een kort label op één regel: een voornaam en een initiaal, zoals 'Sam B.'."
    ),
    .cbBornNoDay: (
      "Please give the year and month only (YYYY-MM): never the full date of birth.",
      "Geef alleen het jaar en de maand (JJJJ-MM): nooit de volledige geboortedatum."
    ),
    .cbBornShape: (
      "Please give the year and month of birth as YYYY-MM, e.g. 2016-05.",
      "Geef het geboortejaar en de geboortemaand als JJJJ-MM, bijvoorbeeld 2016-05."
    ),
    .cbBornFuture: ("The birth month lies in the future.", "De geboortemaand ligt in de toekomst."),
  ]
}
