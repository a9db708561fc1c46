extension Message {
  /// The last English texts of Dutch workspaces (issue 28, second pass): start's and close's
  /// refusals, refer, retention, and the warnings of export, list, show, report and consent.
  static let commandsD: [Message: (en: String, nl: String)] = [
    // Start.swift
    .cdStartClosed: (
      "{0} was closed and cannot start again; nothing was changed",
      "{0} is afgesloten en kan niet opnieuw starten; er is niets veranderd"
    ),
    .cdStartClosedOn: (
      "{0} was closed on {1} and cannot start again; nothing was changed",
      "{0} is afgesloten op {1} en kan niet opnieuw starten; er is niets veranderd"
    ),
    .cdStartAlready: (
      "{0} already started on {1} (status {2}); nothing was changed. To correct the start date, edit plan.start (amigo edit {0})",
      "{0} is al gestart op {1} (status {2}); er is niets veranderd. Verbeter de startdatum in plan.start (amigo edit {0})"
    ),
    .cdStartResume: ("; to resume: amigo resume {0}", "; hervatten: amigo resume {0}"),
    .cdStartNoConsent: (
      "cannot start {0} on {1}: no consent is in force{2}; nothing was changed. Record consent first: amigo consent {0} --given-by {3}",
      "{0} kan niet starten op {1}: er geldt geen toestemming{2}; er is niets veranderd. Leg eerst toestemming vast: amigo consent {0} --given-by {3}"
    ),
    .cdStartWrongParty: (
      "cannot start {0} on {1}: the child is {2} and {3} (WGBO art. 7:450 and 7:465 BW); nothing was changed. To do: {4}",
      "{0} kan niet starten op {1}: het kind is {2} en {3} (WGBO art. 7:450 en 7:465 BW); er is niets veranderd. Te doen: {4}"
    ),
    .cdConsentGivenLater: (" (consent was given on {0})", " (toestemming is gegeven op {0})"),
    .cdConsentWithdrawnOn: (
      " (consent was withdrawn on {0})", " (toestemming is ingetrokken op {0})"
    ),
    // Close.swift
    .cdCloseGoalNoResult: (
      "cannot close {0}: goal {1} has no result yet; nothing was changed",
      "{0} kan niet worden afgesloten: doel {1} heeft nog geen resultaat; er is niets veranderd"
    ),
    .cdCloseGoalsNoResult: (
      "cannot close {0}: goals {1} have no result yet; nothing was changed",
      "{0} kan niet worden afgesloten: doelen {1} hebben nog geen resultaat; er is niets veranderd"
    ),
    .cdCloseGiveResults: (
      "Give each goal a result, e.g. {0} ({1}),",
      "Geef elk doel een resultaat, bijvoorbeeld {0} ({1}),"
    ),
    .cdCloseOrFirst: (
      "or first with 'amigo goal result {0} {1} achieved'.",
      "of eerst met 'amigo goal result {0} {1} achieved'."
    ),
    // Refer.swift
    .cdReferUpdated: (
      "Updated the referral to {0} of {1}: {2} (was: {3}) for {4}.",
      "Doorverwijzing naar {0} van {1} bijgewerkt: {2} (was: {3}) voor {4}."
    ),
    .cdReferRecorded: (
      "Recorded a referral to {0} on {1} ({2}) for {3}.",
      "Doorverwijzing naar {0} op {1} vastgelegd ({2}) voor {3}."
    ),
    // Retention.swift
    .cdRetId: ("id", "id"),
    .cdRetProgramme: ("programme", "programma"),
    .cdRetEnded: ("ended", "beëindigd"),
    .cdRetDestroyAfter: ("destroy after", "vernietigen na"),
    .cdRetOverdue: ("when", "wanneer"),
    .cdRetDueToday: ("due today", "vandaag"),
    .cdRetOverdueBy: ("{0} overdue", "{0} te laat"),
    .cdRetDueIn: ("due in {0}", "over {0}"),
    .cdRetDay: ("1 day", "1 dag"),
    .cdRetDays: ("{0} days", "{0} dagen"),
    .cdRetWeek: ("1 week", "1 week"),
    .cdRetWeeks: ("{0} weeks", "{0} weken"),
    .cdRetMonth: ("1 month", "1 maand"),
    .cdRetMonths: ("{0} months", "{0} maanden"),
    .cdRetYear: ("1 year", "1 jaar"),
    .cdRetYears: ("{0} years", "{0} jaar"),
    .cdRetNoPeriod: ("no retention period configured", "geen bewaartermijn ingesteld"),
    .cdRetCannotRead: ("cannot be read: {0}", "niet te lezen: {0}"),
    .cdRetNoneOverdue: (
      "No ended trajectory is past its retention period on {0}.",
      "Geen beëindigd traject is op {0} over zijn bewaartermijn."
    ),
    .cdRetOverdueOne: (
      "1 trajectory past its retention period on {0}.",
      "1 traject over zijn bewaartermijn op {0}."
    ),
    .cdRetOverdueMany: (
      "{0} trajectories past their retention period on {1}.",
      "{0} trajecten over hun bewaartermijn op {1}."
    ),
    .cdRetNoneDue: (
      "None is due within {0} (by {1}).", "Geen enkel traject is binnen {0} aan de beurt (tot {1})."
    ),
    .cdRetDueOne: (
      "1 trajectory due within {0} (by {1}).", "1 traject binnen {0} aan de beurt (tot {1})."
    ),
    .cdRetDueMany: (
      "{0} trajectories due within {1} (by {2}).",
      "{0} trajecten binnen {1} aan de beurt (tot {2})."
    ),
    .cdRetNoPeriodOne: (
      "1 trajectory without a retention period or closure date: set retention_years for the programme in amigo.yaml, or complete the closure.",
      "1 traject zonder bewaartermijn of afsluitdatum: stel retention_years van het programma in amigo.yaml in, of maak de afsluiting compleet."
    ),
    .cdRetNoPeriodMany: (
      "{0} trajectories without a retention period or closure date: set retention_years for the programme in amigo.yaml, or complete the closure.",
      "{0} trajecten zonder bewaartermijn of afsluitdatum: stel retention_years van het programma in amigo.yaml in, of maak de afsluiting compleet."
    ),
    .cdRetUnreadableOne: (
      "1 trajectory could not be read, so whether it is due is unknown: fix it (amigo validate) and run 'amigo retention' again.",
      "1 traject is niet te lezen, dus of het aan de beurt is, is onbekend: herstel het (amigo validate) en voer opnieuw 'amigo retention' uit."
    ),
    .cdRetUnreadableMany: (
      "{0} trajectories could not be read, so whether they are due is unknown: fix them (amigo validate) and run 'amigo retention' again.",
      "{0} trajecten zijn niet te lezen, dus of ze aan de beurt zijn, is onbekend: herstel ze (amigo validate) en voer opnieuw 'amigo retention' uit."
    ),
    .cdRetDestroy: (
      "Destroy each with 'amigo erase ID' and the git procedure it prints (docs/erasure.md).",
      "Vernietig elk met 'amigo erase ID' en de git-stappen die het toont (docs/erasure.md)."
    ),
    .cdRetWarnUnreadable: (
      "{0} could not be read: {1}; run 'amigo validate'",
      "{0} niet te lezen: {1}; voer 'amigo validate' uit"
    ),
    .cdRetNoClosure: ("no closure date", "geen afsluitdatum"),
    .cdRetActivityOne: (
      "1 activity file (meetings, groups) names only children listed here: destroy it with the last of them (remove the file and purge it from git as docs/erasure.md says).",
      "1 activiteitenbestand (overleggen, groepen) noemt alleen kinderen uit deze lijst: vernietig het met het laatste van hen (verwijder het bestand en haal het uit git zoals docs/erasure.md beschrijft)."
    ),
    .cdRetActivityMany: (
      "{0} activity files (meetings, groups) name only children listed here: destroy them with the last of them (remove the file and purge it from git as docs/erasure.md says).",
      "{0} activiteitenbestanden (overleggen, groepen) noemen alleen kinderen uit deze lijst: vernietig ze met het laatste van hen (verwijder het bestand en haal het uit git zoals docs/erasure.md beschrijft)."
    ),
    .cdOneFile: ("1 file", "1 bestand"),
    .cdFiles: ("{0} files", "{0} bestanden"),
    // Show.swift, List.swift, Report.swift, Consent.swift
    .cdShowHasError: (
      "{0} has 1 error; what is shown may be incomplete. See 'amigo validate {0}'",
      "{0} heeft 1 fout; wat hier staat kan onvolledig zijn. Zie 'amigo validate {0}'"
    ),
    .cdShowHasErrors: (
      "{0} has {1} errors; what is shown may be incomplete. See 'amigo validate {0}'",
      "{0} heeft {1} fouten; wat hier staat kan onvolledig zijn. Zie 'amigo validate {0}'"
    ),
    .cdListOneError: (
      "amigo: 1 file has errors (marked !){0}; see 'amigo validate'",
      "amigo: 1 bestand heeft fouten (gemarkeerd met !){0}; zie 'amigo validate'"
    ),
    .cdListErrors: (
      "amigo: {0} files have errors (marked !){1}; see 'amigo validate'",
      "amigo: {0} bestanden hebben fouten (gemarkeerd met !){1}; zie 'amigo validate'"
    ),
    .cdListNotListed: (
      ", {0} of them not listed here", ", waarvan {0} hier niet in de lijst"
    ),
    .cdTrajectoriesUnreadableOne: (
      "amigo: warning: 1 file could not be read as a trajectory and is left out of the {0}: {1}; run 'amigo validate'",
      "amigo: waarschuwing: 1 bestand is niet als traject te lezen en telt niet mee in de {0}: {1}; voer 'amigo validate' uit"
    ),
    .cdTrajectoriesUnreadableMany: (
      "amigo: warning: {0} files could not be read as trajectories and are left out of the {1}: {2}; run 'amigo validate'",
      "amigo: waarschuwing: {0} bestanden zijn niet als traject te lezen en tellen niet mee in de {1}: {2}; voer 'amigo validate' uit"
    ),
    .cdTrajectoriesRepeatOne: (
      "amigo: warning: 1 file repeats the trajectory id of another file and is left out of the {0}; the trajectory counts once: {1}; run 'amigo validate'",
      "amigo: waarschuwing: 1 bestand herhaalt de traject-id van een ander bestand en telt niet mee in de {0}; het traject telt één keer: {1}; voer 'amigo validate' uit"
    ),
    .cdTrajectoriesRepeatMany: (
      "amigo: warning: {0} files repeat the trajectory id of another file and are left out of the {1}; each trajectory counts once: {2}; run 'amigo validate'",
      "amigo: waarschuwing: {0} bestanden herhalen de traject-id van een ander bestand en tellen niet mee in de {1}; elk traject telt één keer: {2}; voer 'amigo validate' uit"
    ),
    .cdActivitiesUnreadable: (
      "amigo: warning: {0} cannot be read as an activity and is left out; run 'amigo validate'",
      "amigo: waarschuwing: {0} is niet als activiteit te lezen en telt niet mee; voer 'amigo validate' uit"
    ),
    .cdRecordHasErrors: (
      "amigo: warning: {0} has errors; the record shows the file as it is. Correct it (amigo validate) and export again before handing it over if a fact is wrong",
      "amigo: waarschuwing: {0} bevat fouten; het dossier toont het bestand zoals het is. Verbeter het (amigo validate) en exporteer opnieuw voordat je het overhandigt als een gegeven niet klopt"
    ),
    .cdActivityLeftOutOne: (
      "amigo: warning: {0} has errors and is left out of the figures (the report names it); run 'amigo validate'",
      "amigo: waarschuwing: {0} bevat fouten en telt niet mee in de cijfers (de rapportage noemt het bestand); voer 'amigo validate' uit"
    ),
    .cdActivitiesLeftOut: (
      "amigo: warning: {0} activity files have errors and are left out of the figures (the report names them): {1}; run 'amigo validate'",
      "amigo: waarschuwing: {0} activiteitenbestanden bevatten fouten en tellen niet mee in de cijfers (de rapportage noemt ze): {1}; voer 'amigo validate' uit"
    ),
    .cdReportCountedOne: (
      "1 file has errors and may be counted wrongly; run 'amigo validate'",
      "1 bestand heeft fouten en telt misschien verkeerd mee; voer 'amigo validate' uit"
    ),
    .cdReportCountedMany: (
      "{0} files have errors and may be counted wrongly; run 'amigo validate'",
      "{0} bestanden hebben fouten en tellen misschien verkeerd mee; voer 'amigo validate' uit"
    ),
    .cdReportOtherCountedOne: (
      "1 other file has errors and may be counted wrongly; run 'amigo validate'",
      "1 ander bestand heeft fouten en telt misschien verkeerd mee; voer 'amigo validate' uit"
    ),
    .cdReportOtherCountedMany: (
      "{0} other files have errors and may be counted wrongly; run 'amigo validate'",
      "{0} andere bestanden hebben fouten en tellen misschien verkeerd mee; voer 'amigo validate' uit"
    ),
    .cdReportWeekNearest: (
      "amigo: note: week {0} is {1} ({2} to {3}), the week {0} nearest to today; give the year for another: --week {4}",
      "amigo: let op: week {0} is {1} ({2} t/m {3}), de week {0} die het dichtst bij vandaag ligt; geef het jaar voor een andere: --week {4}"
    ),
    // Consent.swift: {0} id, {1} the scopes withdrawn, {2} the contacts (plural), {3} programme.
    .cdConsentScopeNeeded: (
      "{0}: with consent for {1} withdrawn, no more {2} can be logged, which {3} asks for; record consent again if it is given (amigo consent {0} --scope …), or close the trajectory without them when the support ends (amigo close {0} --reason …)",
      "{0}: nu de toestemming voor {1} is ingetrokken, kunnen er geen {2} meer worden vastgelegd, die {3} vraagt; leg opnieuw toestemming vast als die gegeven wordt (amigo consent {0} --scope …), of sluit het traject af zonder ze als de begeleiding stopt (amigo close {0} --reason …)"
    ),
    .cdConsentNoneLeft: (
      "{0} is {1} without consent: no more child talks, talks with school or home visits can be logged, nor information given on consent (talks with the parents need none); close it when the support ends (amigo close {0} --reason …)",
      "{0} is {1} zonder toestemming: er kunnen geen kindgesprekken, gesprekken met school of huisbezoeken meer worden vastgelegd, en geen informatie op grond van toestemming gegeven (gesprekken met de ouders hebben die niet nodig); sluit het af als de begeleiding stopt (amigo close {0} --reason …)"
    ),
    // Export.swift
    .cdExpTrajectory: ("1 trajectory", "1 traject"),
    .cdExpTrajectories: ("{0} trajectories", "{0} trajecten"),
    .cdExpRating: ("1 goal rating", "1 doelscore"),
    .cdExpRatings: ("{0} goal ratings", "{0} doelscores"),
    .cdExpMeasure: ("1 outcome measure", "1 effectmeting"),
    .cdExpMeasures: ("{0} outcome measures", "{0} effectmetingen"),
    .cdExpAnd: ("{0} and {1}", "{0} en {1}"),
    .cdExpOf: ("{0} (of {1})", "{0} (van {1})"),
    .cdExpExported: ("Exported {0}", "{0} geëxporteerd"),
    .cdExpOverlapping: (" overlapping {0}", " voor periode {0}"),
    .cdExpRandomSalt: (
      ", pseudonymised with a random salt (the ids cannot be linked to any other export).",
      ", gepseudonimiseerd met een willekeurig zout (de id's zijn aan geen andere export te koppelen)."
    ),
    .cdExpGivenSalt: (
      ", pseudonymised with the given salt (the same ids in every export with it; keep it secret).",
      ", gepseudonimiseerd met het opgegeven zout (dezelfde id's in elke export ermee; houd het geheim)."
    ),
    .cdExpNoConsentOne: (
      "amigo: 1 trajectory was left out: no consent for research ('research') is in force. Record it where the family agreed: amigo consent CHILD --given-by … --scope research (see docs/research-export.md)",
      "amigo: 1 traject is weggelaten: er geldt geen toestemming voor onderzoek ('research'). Leg die vast als het gezin ermee instemde: amigo consent KIND --given-by … --scope research (zie docs/research-export.md)"
    ),
    .cdExpNoConsentMany: (
      "amigo: {0} trajectories were left out: no consent for research ('research') is in force. Record it where the family agreed: amigo consent CHILD --given-by … --scope research (see docs/research-export.md)",
      "amigo: {0} trajecten zijn weggelaten: er geldt geen toestemming voor onderzoek ('research'). Leg die vast als het gezin ermee instemde: amigo consent KIND --given-by … --scope research (zie docs/research-export.md)"
    ),
    .cdExpShortSalt: (
      "a salt of fewer than {0} characters can be guessed, and with it every pseudonym can be traced back to its id",
      "een zout van minder dan {0} tekens is te raden, en daarmee is elk pseudoniem terug te voeren op zijn id"
    ),
    .cdExpBrokenOne: (
      "{0} with errors was left out ({1}): {2}; run 'amigo validate'",
      "{0} met fouten is weggelaten ({1}): {2}; voer 'amigo validate' uit"
    ),
    .cdExpBrokenMany: (
      "{0} with errors were left out ({1}): {2}; run 'amigo validate'",
      "{0} met fouten zijn weggelaten ({1}): {2}; voer 'amigo validate' uit"
    ),
    .cdExpInFacts: ("counted in the facts", "geteld in de feiten"),
    .cdExpCSVCannotSay: ("a CSV export cannot say so", "een CSV-export kan dat niet vermelden"),
    // Pause.swift
    .cdPauseStatusIs: ("its status is {0}", "de status is {0}"),
    .cdPauseNoStatus: ("it has no status", "het heeft geen status"),
    .cdPauseNotRunning: (
      "{0} cannot pause: {1}; only a started, running trajectory pauses; nothing was changed",
      "{0} kan niet pauzeren: {1}; alleen een gestart, lopend traject pauzeert; er is niets veranderd"
    ),
    .cdPauseAlready: (
      "{0} is paused already since {1}; nothing was changed. Resume with: amigo resume {0}",
      "{0} is al gepauzeerd sinds {1}; er is niets veranderd. Hervat met: amigo resume {0}"
    ),
    .cdPauseBeforeStart: (
      "{0} started on {1}; a pause cannot start before it ({2}); nothing was changed",
      "{0} is gestart op {1}; een pauze kan niet eerder beginnen ({2}); er is niets veranderd"
    ),
    .cdPauseInFuture: (
      "{0} is after today ({1}): the status a file holds is today's, so a pause or its end is recorded on the day it happens; run 'amigo {2}' then; nothing was changed",
      "{0} ligt na vandaag ({1}): de status in een bestand is die van vandaag, dus een pauze of het einde ervan leg je vast op de dag zelf; voer 'amigo {2}' dan uit; er is niets veranderd"
    ),
    .cdMoveInFuture: (
      "{0} is after today ({1}): 'school' is the child's school today, so a move is recorded on the day it happens; run 'amigo move' then; nothing was changed",
      "{0} ligt na vandaag ({1}): 'school' is de school van het kind vandaag, dus een overstap leg je vast op de dag zelf; voer 'amigo move' dan uit; er is niets veranderd"
    ),
    .cdPauseAfterLast: (
      "{0} was paused until {1}; a new pause starts after it ({2} is not); nothing was changed",
      "{0} was gepauzeerd tot {1}; een nieuwe pauze begint daarna ({2} niet); er is niets veranderd"
    ),
    // Statement.swift, Meldcode.swift, Agree.swift
    .cdStatementAdded: (
      "Added the statement of {0} of {1} to {2} ({3}). 'amigo show {2}' and 'amigo export --record {2}' show it.",
      "Verklaring van {0} van {1} toegevoegd aan {2} ({3}). 'amigo show {2}' en 'amigo export --record {2}' tonen haar."
    ),
    .cdTheChild: ("the child", "het kind"),
    .cdTheParents: ("the parents", "de ouders"),
    .cdLine: ("1 line", "1 regel"),
    .cdLines: ("{0} lines", "{0} regels"),
    .cdMeldcodeRecorded: (
      "Recorded the meldcode step '{0}'{1} on {2} for {3}.",
      "Meldcodestap '{0}'{1} op {2} vastgelegd voor {3}."
    ),
    .cdAgreeRecorded: (
      "Recorded the agreement of {0} on {1} in {2} (no minutes: the meeting counts once).",
      "Afspraak uit {0} op {1} vastgelegd in {2} (geen minuten: het overleg telt één keer)."
    ),
    // Amigo.swift
    .cdCannotWriteOutput: (
      "amigo: cannot write to {0}{1}: {2}", "amigo: kan niet schrijven naar {0}{1}: {2}"
    ),
    .cdStandardOutput: ("standard output", "standaarduitvoer"),
    // Report+Publish.swift
    .cdPublished: (
      "amigo: published the figures of {0} in {1} (counts only, no ids); commit it with the workspace. Later runs of this period say how they differ from it.",
      "amigo: de cijfers van {0} zijn gepubliceerd in {1} (alleen aantallen, geen id's); leg het vast (commit) met de werkmap. Latere rapportages over deze periode zeggen hoe ze ervan verschillen."
    ),
    .cdPublishedOverlap: (
      "amigo: warning: {0} overlaps {1}, published before: whoever has both reports can subtract one from the other and find the figures of the days in one of them only, and small numbers are not hidden in those. Publish periods that do not overlap where you can (the school year, or its quarters).",
      "amigo: waarschuwing: {0} overlapt met {1}, dat eerder is gepubliceerd: wie beide rapportages heeft, kan ze van elkaar aftrekken en zo de cijfers vinden van de dagen die maar in één ervan vallen, en daarin zijn kleine aantallen niet verborgen. Publiceer waar het kan perioden die elkaar niet overlappen (het schooljaar, of de kwartalen ervan)."
    ),
    .cdPublishedSame: (
      "amigo: the same figures as published on {0} ({1}).",
      "amigo: dezelfde cijfers als gepubliceerd op {0} ({1})."
    ),
    .cdPublishedDiffOne: (
      "amigo: note: 1 figure differs from the report published on {0} ({1}), published → now (after erasures, corrections or late entries):",
      "amigo: let op: 1 cijfer verschilt van de rapportage gepubliceerd op {0} ({1}), gepubliceerd → nu (na wissingen, correcties of late invoer):"
    ),
    .cdPublishedDiffMany: (
      "amigo: note: {0} figures differ from the report published on {1} ({2}), published → now (after erasures, corrections or late entries):",
      "amigo: let op: {0} cijfers verschillen van de rapportage gepubliceerd op {1} ({2}), gepubliceerd → nu (na wissingen, correcties of late invoer):"
    ),
    .cdAndMore: ("  … and {0} more", "  … en nog {0}"),
    .cdNone: ("(none)", "(geen)"),
  ]
}
