extension Message {
  /// What the writing commands say they did (issue 28): `log-session`, `close`, `consent`,
  /// `start` and `goal`. Values a file holds are shown by their label in the language.
  static let confirmations: [Message: (en: String, nl: String)] = [
    // LogSession.swift
    .okLogged: ("Logged {0} on {1}", "Vastgelegd: {0} op {1}"),
    .okFollowUp: ("follow-up {0}", "{0} als nazorg"),
    .okMinutes: (", {0} min", ", {0} min"),
    .okFor: (", for {0}", ", voor {0}"),
    .okWithoutMinutes: (", without minutes", ", zonder minuten"),
    .okWithoutMinutesNote: (
      "amigo: note: without --minutes this contact counts as 0 minutes in the reports; give its length with --minutes (or later with 'amigo edit')",
      "amigo: let op: zonder --minutes telt dit contact in de overzichten als 0 minuten; geef de duur met --minutes (of later met 'amigo edit')"
    ),
    .okScored: ("; scored {0} ({1})", "; scores {0} ({1})"),
    // Close.swift
    .okClosed: ("Closed {0} on {1}", "{0} afgesloten op {1}"),
    .okPlanned: (" (planned: {0})", " (gepland: {0})"),
    .okInWeek: (" in week {0}", " in week {0}"),
    .okWas: (" (was: {0})", " (was: {0})"),
    .okNext: ("; next: {0}", "; daarna: {0}"),
    .okResults: ("; results {0}", "; resultaten {0}"),
    // Consent.swift
    .okConsent: (
      "Recorded consent by {0} on {1} for {2}.", "Toestemming van {0} op {1} vastgelegd voor {2}."
    ),
    .okConsentForm: (
      "Recorded {0} consent by {1} on {2} for {3}.",
      "Toestemming ({0}) van {1} op {2} vastgelegd voor {3}."
    ),
    .okWithdrawn: (
      "Recorded that the consent of {0} was withdrawn{1} on {2} for {3}.",
      "Vastgelegd dat de toestemming van {0} is ingetrokken{1} op {2} voor {3}."
    ),
    .okWithdrawnOnly: (" ({0} only)", " (alleen {0})"),
    // Start.swift
    .okStarted: ("Started {0} on {1} (week {2})", "{0} gestart op {1} (week {2})"),
    .okPlannedWeeks: (", planned for {0} weeks", ", gepland voor {0} weken"),
    .okStatusActive: ("; status active.", "; status actief."),
    // Goal.swift
    .okGoalAdded: ("Added goal {0} to {1}", "Doel {0} toegevoegd aan {1}"),
    .okTarget: ("target {0}", "streefwaarde {0}"),
    .okBaseline: ("baseline {0} ({1}) on {2}", "beginmeting {0} ({1}) op {2}"),
    .okGoalResult: (
      "Set the result of {0} for {1} to {2}", "Resultaat van {0} voor {1} gezet op {2}"
    ),
    // LightWork.swift
    .okLightContact: (
      "Recorded a light contact on {0} ({1}, asked by {2}): {3}, {4} in {5}.",
      "Licht contact op {0} vastgelegd ({1}, gevraagd door {2}): {3}, {4} in {5}."
    ),
    .okOneMinute: ("1 minute", "1 minuut"),
    .okManyMinutes: ("{0} minutes", "{0} minuten"),
    .okOneContact: ("1 contact", "1 contact"),
    .okContacts: ("{0} contacts", "{0} contacten"),
    .okTeacherSupport: (
      "Recorded teacher support {0} on {1} ({2}): {3}.",
      "Ondersteuning van leerkracht {0} op {1} vastgelegd ({2}): {3}."
    ),
    .okThemeMeeting: (
      "Recorded theme meeting {0} on {1} ({2}{3}): {4}.",
      "Themabijeenkomst {0} op {1} vastgelegd ({2}{3}): {4}."
    ),
    .okAttending: (", {0} attending", ", {0} aanwezig"),
    // Share.swift
    .okReceived: (
      "Recorded information received from {0} on {1} ({2}) for {3}.",
      "Informatie ontvangen van {0} op {1} vastgelegd ({2}) voor {3}."
    ),
    .okGiven: (
      "Recorded information given to {0} on {1} ({2}){3} for {4}.",
      "Informatie gegeven aan {0} op {1} vastgelegd ({2}){3} voor {4}."
    ),
    .okOnBasis: (", on {0}", ", op grond van {0}"),
    // Measure.swift
    .okMeasure: (
      "Recorded {0} ({1}, {2}) on {3} for {4}: {5}.",
      "{0} ({1}, {2}) op {3} vastgelegd voor {4}: {5}."
    ),
    // Pause.swift, Move.swift, Handover.swift
    .okPaused: (
      "Paused {0} from {1}; status paused. Resume with: amigo resume {0}",
      "{0} gepauzeerd vanaf {1}; status gepauzeerd. Hervat met: amigo resume {0}"
    ),
    .okResumed: (
      "Resumed {0} on {1}{2} ({3} paused, not counted); status active.",
      "{0} hervat op {1}{2} ({3} gepauzeerd, niet geteld); status actief."
    ),
    .okAfterPause: (" after a pause from {0} to {1}", " na een pauze van {0} tot en met {1}"),
    .okOneSchoolWeek: ("1 school week", "1 schoolweek"),
    .okSchoolWeeks: ("{0} school weeks", "{0} schoolweken"),
    .okOneHolidayWeek: ("1 holiday week", "1 vakantieweek"),
    .okHolidayWeeks: ("{0} holiday weeks", "{0} vakantieweken"),
    .okAnd: ("{0} and {1}", "{0} en {1}"),
    .okMoved: ("Moved {0} from {1} to {2} on {3}.", "{0} overgestapt van {1} naar {2} op {3}."),
    .okHandedOver: ("Handed over {0} ({1}).", "{0} ({1}) overgedragen."),
    // Group.swift, Activities.swift
    .okGroupStartedOne: (
      "Started group {0} '{1}' with 1 participant: {2}.",
      "Groep {0} '{1}' gestart met 1 deelnemer: {2}."
    ),
    .okGroupStarted: (
      "Started group {0} '{1}' with {2} participants: {3}.",
      "Groep {0} '{1}' gestart met {2} deelnemers: {3}."
    ),
    .okAlreadyTakesPart: (
      "{0} already takes part in {1}; nothing was changed.",
      "{0} doet al mee aan {1}; er is niets veranderd."
    ),
    .okAlreadyTakePart: (
      "{0} already take part in {1}; nothing was changed.",
      "{0} doen al mee aan {1}; er is niets veranderd."
    ),
    .okAddedToGroupOne: (
      "Added {0} to group {1} (1 participant).",
      "{0} toegevoegd aan groep {1} (1 deelnemer)."
    ),
    .okAddedToGroup: (
      "Added {0} to group {1} ({2} participants).",
      "{0} toegevoegd aan groep {1} ({2} deelnemers)."
    ),
    .okCreatedInGroup: (
      "Created {0} for {1} (only in group {2}): {3}.",
      "{0} aangemaakt voor {1} (alleen in groep {2}): {3}."
    ),
    .okGroupMeeting: (
      "Recorded meeting of group {0} on {1} ({2}): {3} present, {4} absent, {5} excused.",
      "Bijeenkomst van groep {0} op {1} vastgelegd ({2}): {3} aanwezig, {4} afwezig, {5} afgemeld."
    ),
    .okMinutesAsMeetingOf: (
      "{0}, as at the meeting of {1}; give --minutes for another length",
      "{0}, zoals bij de bijeenkomst van {1}; geef --minutes voor een andere duur"
    ),
    .okUnnamedAbsent: (
      "amigo: note: recorded as absent (not named): {0}; use --excused for absence with notice",
      "amigo: let op: als afwezig vastgelegd (niet genoemd): {0}; gebruik --excused voor afwezigheid met afmelding"
    ),
    .okOutsideTrajectoryNotRecorded: (
      "amigo: note: not recorded (not named, and their trajectory was closed before {0} or referred after it): {1}",
      "amigo: let op: niet vastgelegd (niet genoemd, en het traject was voor {0} afgesloten of is daarna aangemeld): {1}"
    ),
    .okNoConsentNotRecorded: (
      "amigo: note: not recorded (not named, and no consent in force on {0}): {1}",
      "amigo: let op: niet vastgelegd (niet genoemd, en op {0} geen toestemming): {1}"
    ),
    .okOneChild: ("1 child", "1 kind"),
    .okChildren: ("{0} children", "{0} kinderen"),
    .okWithoutName: (" and {0} without a name", " en {0} zonder naam"),
    .okMeeting: (
      "Recorded meeting {0} on {1} ({2}) about {3}: {4}.",
      "Bijeenkomst {0} op {1} vastgelegd ({2}) over {3}: {4}."
    ),
    // Init.swift
    .inCreated: ("Created an amigo workspace in {0}:", "Amigo-werkmap aangemaakt in {0}:"),
    .inAboutConfig: (
      "the organisation, its programmes and norms, schools and workers",
      "de organisatie, haar programma's en normen, scholen en medewerkers"
    ),
    .inAboutTrajectories: ("one file per child (none yet)", "één bestand per kind (nog geen)"),
    .inAboutIgnore: (
      "keeps amigo's lock and temporary files out of git",
      "houdt de vergrendeling en tijdelijke bestanden van amigo buiten git"
    ),
    .inAboutAttributes: (
      "line endings; git merges trajectories with amigo",
      "regeleinden; git voegt trajecten samen met amigo"
    ),
    .inUpdated: ("added amigo's lines", "regels van amigo toegevoegd"),
    .inKept: ("already there", "was er al"),
    .inSchemas: (
      "JSON Schemas for editors, made from amigo.yaml",
      "JSON-schema's voor editors, gemaakt uit amigo.yaml"
    ),
    .inNewRepository: ("a new git repository (git init)", "een nieuwe git-repository (git init)"),
    .inNextSteps: ("Next steps:", "Volgende stappen:"),
    .inStepEdit: (
      "Edit amigo.yaml: your organisation's name, and your own schools and workers instead of the examples '{0}' and '{1}'. Then check it: amigo validate",
      "Pas amigo.yaml aan: de naam van je organisatie, en je eigen scholen en medewerkers in plaats van de voorbeelden '{0}' en '{1}'. Controleer het daarna: amigo validate"
    ),
    .inStepChild: (
      "Register a child: amigo new-child (on a terminal, amigo asks for the details)",
      "Meld een kind aan: amigo new-child (in een terminal vraagt amigo naar de gegevens)"
    ),
    .inStepCommit: (
      "Commit the workspace. Everyone who clones it runs amigo git-setup once in their clone.",
      "Leg de werkmap vast in git (commit). Wie haar kloont, voert in die kloon eenmaal amigo git-setup uit."
    ),
    .inStepGit: (
      "Keep the folder in git: git init, then amigo git-setup; commit it.",
      "Bewaar de map in git: git init, dan amigo git-setup; leg haar vast (commit)."
    ),
    .inNoSchemas: (
      "amigo: warning: the editors' schemas were not written ({0}); 'amigo git-setup' writes them",
      "amigo: waarschuwing: de schema's voor editors zijn niet geschreven ({0}); 'amigo git-setup' schrijft ze"
    ),
    .inNoGit: (
      "amigo: the workspace was created, but git was not set up: {0}; fix that, then run 'amigo git-setup'",
      "amigo: de werkmap is aangemaakt, maar git is niet ingesteld: {0}; herstel dat en voer dan 'amigo git-setup' uit"
    ),
    .inNested: (
      "amigo: warning: the new workspace lies inside the workspace in '{0}'; the two are separate",
      "amigo: waarschuwing: de nieuwe werkmap ligt in de werkmap in '{0}'; de twee staan los van elkaar"
    ),
  ]
}
