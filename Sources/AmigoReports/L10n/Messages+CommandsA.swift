extension Message {
  /// Failures and usage-error hints of the commands `activities` to `import` (issue 28).
  static let commandsA: [Message: (en: String, nl: String)] = [
    // Activities.swift
    .caNoActivityMatches: (
      "no {0} matches '{1}' (by id, id prefix or name) in {2}/",
      "geen {0} past bij '{1}' (op id, begin van het id of naam) in {2}/"
    ),
    .caActivity: ("activity", "activiteit"),
    .caSeveralActivities: (
      "'{0}' matches {1} activities:\n{2}Name one by its id.",
      "'{0}' past bij {1} activiteiten:\n{2}Noem er een bij zijn id."
    ),
    .caNoFreeID: (
      "could not find a free id; nothing was written",
      "geen vrij id gevonden; er is niets geschreven"
    ),
    // Agree.swift
    .caAgreementExists: (
      "{0} has an agreement of {1} on {2} already; nothing was changed. Add to it with: amigo edit {0}",
      "{0} heeft al een afspraak van {1} op {2}; er is niets veranderd. Vul die aan met: amigo edit {0}"
    ),
    .caNotReadableActivity: (
      "{0} is not a readable activity; fix it first (amigo validate)",
      "{0} is geen leesbare activiteit; herstel die eerst (amigo validate)"
    ),
    .caNotNamingChild: (
      "{0} does not name {1}; an agreement belongs to a child the meeting discussed. Nothing was changed.",
      "{0} noemt {1} niet; een afspraak hoort bij een kind dat in de bijeenkomst besproken is. Er is niets veranderd."
    ),
    .caNotHeldOn: (
      "{0} was not held on {1}; nothing was changed",
      "{0} is niet gehouden op {1}; er is niets veranderd"
    ),
    .caNotHeldOnWas: (
      "{0} was not held on {1} (it was on {2}); nothing was changed",
      "{0} is niet gehouden op {1} (wel op {2}); er is niets veranderd"
    ),
    .caNoAttendance: (
      "no meeting of {0} recorded {1}'s attendance; give the day with --date. Nothing was changed.",
      "geen bijeenkomst van {0} heeft de aanwezigheid van {1} vastgelegd; geef de dag met --date. Er is niets veranderd."
    ),
    .caNoDate: (
      "{0} has no date; fix it first (amigo validate)",
      "{0} heeft geen datum; herstel dat eerst (amigo validate)"
    ),
    // Close.swift
    .caAlreadyClosed: (
      "{0} is already closed; nothing was changed", "{0} is al afgesloten; er is niets veranderd"
    ),
    .caAlreadyClosedOn: (
      "{0} is already closed on {1}; nothing was changed",
      "{0} is al afgesloten op {1}; er is niets veranderd"
    ),
    .caNotStarted: (
      "{0} has not started (status {1}); nothing was changed. A referral that will not start gets the status 'not-started': set it with 'amigo edit'",
      "{0} is niet begonnen (status {1}); er is niets veranderd. Een aanmelding die niet start krijgt de status 'not-started': zet die met 'amigo edit'"
    ),
    .caGoalNotDefinedNoGoals: (
      "goal '{0}' is not defined in {1}; it has no goals",
      "doel '{0}' staat niet in {1}; het traject heeft geen doelen"
    ),
    .caGoalNotDefined: (
      "goal '{0}' is not defined in {1}; goals: {2}",
      "doel '{0}' staat niet in {1}; doelen: {2}"
    ),
    .caHintSatisfaction: (
      "Please write party=score with a whole score from 1 to 10 for child, parents or teacher (once each), e.g. child=8,parents=7.",
      "Schrijf partij=score met een heel getal van 1 tot 10 voor kind, ouders of leerkracht (elk één keer), bijvoorbeeld kind=8,ouders=7."
    ),
    .caHintResults: (
      "Please write a goal id and its result (once per goal), e.g. g1=achieved; results: {0}.",
      "Schrijf een doel-id en het resultaat (één keer per doel), bijvoorbeeld g1=behaald; resultaten: {0}."
    ),
    // Consent.swift
    .caNoConsentToWithdraw: (
      "{0} has no consent in force on {1} to withdraw; nothing was changed",
      "{0} heeft op {1} geen geldende toestemming om in te trekken; er is niets veranderd"
    ),
    .caWithdrawnAlready: (
      "the consent of {0} for {1} already records a withdrawal on {2} (withdrawn_scope), and a consent holds one withdrawal; nothing was changed. Do not move that date to {3}: the contacts in between would look allowed. Hold no contact the withdrawal on {3} covers, and write it down in the next session's note",
      "de toestemming van {0} voor {1} heeft al een intrekking op {2} (withdrawn_scope), en een toestemming houdt één intrekking; er is niets veranderd. Verschuif die datum niet naar {3}: de contacten ertussen zouden dan toegestaan lijken. Houd geen contact waarvoor de intrekking van {3} geldt, en schrijf haar op in de notitie van de volgende sessie"
    ),
    .caConsentDoesNotCover: (
      "the consent of {0} for {1} does not cover {2}; nothing was changed. It covers {3}",
      "de toestemming van {0} voor {1} dekt {2} niet; er is niets veranderd. Ze dekt {3}"
    ),
    .caHintWithdrawOnlyDate: (
      "'--{0}' describes a new consent; '--withdraw' takes only --date.",
      "'--{0}' beschrijft een nieuwe toestemming; '--withdraw' neemt alleen --date."
    ),
    .caHintGroundNeedsException: (
      "A ground belongs to an exception: give --exception too.",
      "Een grond hoort bij een uitzondering: geef ook --exception."
    ),
    .caHintGroundShort: (
      "Please keep the ground to one short line (at most {0} characters): the reason, not the content.",
      "Houd de grond op één korte regel (hooguit {0} tekens): de reden, niet de inhoud."
    ),
    // Edit.swift
    .caEditedCopyGone: (
      "the edited copy of {0} is gone ({1}); {0} is unchanged",
      "de bewerkte kopie van {0} is weg ({1}); {0} is niet veranderd"
    ),
    .caEditWouldAdd: (
      "your edit would add {0} to {1}; {1} is unchanged",
      "je bewerking zou {0} toevoegen aan {1}; {1} is niet veranderd"
    ),
    .caNoEditor: (
      "no editor to run: set $VISUAL or $EDITOR (amigo starts vi only on a terminal)",
      "geen editor om te starten: zet $VISUAL of $EDITOR (amigo start vi alleen in een terminal)"
    ),
    .caEditorDoesNotWait: (
      "the editor '{0}' (${1}) hands the file back at once, before you have edited it, so amigo would never see your edit; set ${1}='{2}', which waits until you close the file",
      "de editor '{0}' (${1}) geeft het bestand meteen terug, voordat je het hebt bewerkt, dus amigo zou je bewerking nooit zien; zet ${1}='{2}', dat wacht tot je het bestand sluit"
    ),
    .caChangedOnDisk: (
      "{0} changed on disk while you were editing it; your edit was not saved over it",
      "{0} is op schijf veranderd terwijl je het bewerkte; je bewerking is er niet overheen bewaard"
    ),
    .caNoPrivateFolder: (
      "cannot make a private folder for the edited copy: {0}",
      "kan geen afgeschermde map maken voor de bewerkte kopie: {0}"
    ),
    .caCannotStartEditor: (
      "cannot start the editor: {0}", "kan de editor niet starten: {0}"
    ),
    .caLostEditor: ("lost track of the editor: {0}", "de editor is uit beeld geraakt: {0}"),
    // Erase.swift
    .caEraseFullID: (
      "with --yes, name the trajectory by its full id ('{0}' for '{1}'); nothing was erased",
      "noem met --yes het traject bij zijn volledige id ('{0}' voor '{1}'); er is niets gewist"
    ),
    .caEraseNeedsConfirmation: (
      "erasing needs a confirmation: run 'amigo erase' on a terminal, or add --yes with the full id; nothing was erased",
      "wissen vraagt om een bevestiging: voer 'amigo erase' uit in een terminal, of voeg --yes toe met het volledige id; er is niets gewist"
    ),
    // Export.swift, Export+Record.swift
    .caNameTheExport: (
      "name the export: 'amigo export --research' (for researchers) or 'amigo export --record CHILD' (for the family)",
      "noem de export: 'amigo export --research' (voor onderzoekers) of 'amigo export --record KIND' (voor het gezin)"
    ),
    .caHintSalt: (
      "Leave out --salt for a random salt, or give a long secret one.",
      "Laat --salt weg voor een willekeurige salt, of geef een lange geheime."
    ),
    .caSaltFileUnreadable: (
      "cannot read the salt file '{0}': {1}", "kan het zoutbestand '{0}' niet lezen: {1}"
    ),
    .caSaltFileOpen: (
      "other users of this computer can read the salt file '{0}', and with the salt undo every pseudonym: make it private with 'chmod 600 {1}'",
      "andere gebruikers van deze computer kunnen het zoutbestand '{0}' lezen, en met het zout elk pseudoniem terugvoeren: maak het privé met 'chmod 600 {1}'"
    ),
    .caSaltFileEmpty: (
      "the salt file '{0}' is empty: write a long secret salt in it, or leave out --salt-file for a random salt",
      "het zoutbestand '{0}' is leeg: zet er een lang geheim zout in, of laat --salt-file weg voor een willekeurig zout"
    ),
    .caHintRecordFormat: (
      "The record is 'markdown' (default) or 'html'.",
      "Het dossier is 'markdown' (standaard) of 'html'."
    ),
    // GitSetup.swift
    .caNotBare: (
      "'{0}' is not a bare repository; --server is for the repository people push to (on the server). In a clone, run 'amigo git-setup' without it",
      "'{0}' is geen bare repository; --server is voor de repository waar mensen naar pushen (op de server). Voer in een clone 'amigo git-setup' uit zonder --server"
    ),
    .caNotInGit: (
      "'{0}' is not in a git repository; to keep it in git: git init && amigo git-setup",
      "'{0}' staat niet in een git-repository; om het in git te bewaren: git init && amigo git-setup"
    ),
    .caCannotMakePrivate: (
      "cannot make '{0}' private: {1}", "kan '{0}' niet afschermen: {1}"
    ),
    // Goal.swift
    .caHintGoalDidYouMean: ("Did you mean '{0}'?", "Bedoelde je '{0}'?"),
    .caHintGoalAction: (
      "Please provide one of 'add', 'rate' or 'result'.", "Kies een van 'add', 'rate' of 'result'."
    ),
    .caHintGoalOneLine: (
      "Please write the goal as one short line, in the child's own words.",
      "Schrijf het doel als één korte regel, in de eigen woorden van het kind."
    ),
    .caHintGoalID: (
      "Please provide a short id of letters and digits, e.g. g3.",
      "Geef een kort id van letters en cijfers, bijvoorbeeld g3."
    ),
    .caHintGoesWithBaseline: (
      "When adding a goal, '--{0}' goes with '--baseline'.",
      "Bij een nieuw doel hoort '--{0}' bij '--baseline'."
    ),
    .caGoalClosed: (
      "{0} is closed: a goal cannot be added to a closed trajectory; nothing was changed",
      "{0} is afgesloten: aan een afgesloten traject kan geen doel meer worden toegevoegd; er is niets veranderd"
    ),
    .caGoalClosedOn: (
      "{0} was closed on {1}: a goal cannot be added to a closed trajectory; nothing was changed",
      "{0} is afgesloten op {1}: aan een afgesloten traject kan geen doel meer worden toegevoegd; er is niets veranderd"
    ),
    .caGoalExists: (
      "{0} already has a goal '{1}' (goals: {2}); choose another --id, or leave it out for the next free one",
      "{0} heeft al een doel '{1}' (doelen: {2}); kies een ander --id, of laat het weg voor het volgende vrije"
    ),
    .caGoalNotDefinedNoGoalsYet: (
      "goal '{0}' is not defined in {1}; it has no goals yet (add one with 'amigo goal add')",
      "doel '{0}' staat niet in {1}; het traject heeft nog geen doelen (voeg er een toe met 'amigo goal add')"
    ),
    // Group.swift
    .caHintGroupAction: (
      "Please provide one of 'new', 'join' or 'meet' (nieuw, doe-mee, bijeenkomst).",
      "Kies een van 'nieuw', 'doe-mee' of 'bijeenkomst' (in het Engels: 'new', 'join' of 'meet')."
    ),
    .caHintGroupNewOptions: (
      "'group new' takes its values as options: --name, --theme, --children.",
      "'group new' neemt zijn waarden als opties: --name, --theme, --children."
    ),
    .caJoinClosed: (
      "{0} was closed on {1}: a child takes part in a group between its referral and its closure. Nothing was changed. (A new request is a new trajectory: amigo new-child --previous {0}.)",
      "{0} is afgesloten op {1}: een kind doet mee aan een groep tussen zijn aanmelding en zijn afsluiting. Er is niets veranderd. (Een nieuwe aanmelding is een nieuw traject: amigo new-child --previous {0}.)"
    ),
    .caNotAGroup: (
      "{0} is not a group; nothing was changed", "{0} is geen groep; er is niets veranderd"
    ),
    .caCannotRead: ("cannot read {0}", "kan {0} niet lezen"),
    .caMeetingExists: (
      "{0} has a meeting on {1} already; nothing was changed (correct it by hand and run 'amigo validate')",
      "{0} heeft al een bijeenkomst op {1}; er is niets veranderd (verbeter het met de hand en voer 'amigo validate' uit)"
    ),
    // Handover.swift
    .caSameWorker: (
      "--from and --to are the same worker ('{0}'); nothing was changed",
      "--from en --to zijn dezelfde begeleider ('{0}'); er is niets veranderd"
    ),
    .caWorkerLeft: (
      "'{0}' left on {1} (end: in amigo.yaml) and cannot take over on {2}; hand over to {3}; nothing was changed",
      "'{0}' is vertrokken op {1} (end: in amigo.yaml) en kan op {2} niet overnemen; draag over aan {3}; er is niets veranderd"
    ),
    .caWorkerWithoutEnd: ("a worker without an end date", "een begeleider zonder einddatum"),
    .caUnreadableOne: (
      "{0} cannot be read, so amigo cannot tell whose it is; fix it first (amigo validate) or name the children to hand over; nothing was changed",
      "{0} is niet te lezen, dus amigo weet niet van wie het is; herstel het eerst (amigo validate) of noem de kinderen die over moeten; er is niets veranderd"
    ),
    .caUnreadableMany: (
      "{0} cannot be read, so amigo cannot tell whose they are; fix them first (amigo validate) or name the children to hand over; nothing was changed",
      "{0} zijn niet te lezen, dus amigo weet niet van wie ze zijn; herstel ze eerst (amigo validate) of noem de kinderen die over moeten; er is niets veranderd"
    ),
    .caNotWorkers: (
      "{0} is not '{1}''s (worker: {2}); nothing was changed in any file",
      "{0} is niet van '{1}' (begeleider: {2}); er is in geen enkel bestand iets veranderd"
    ),
    .caHandedOverAlready: (
      "{0} was handed over on {1} already; a handover on {2} would come before it; nothing was changed in any file",
      "{0} is al overgedragen op {1}; een overdracht op {2} zou daarvoor liggen; er is in geen enkel bestand iets veranderd"
    ),
    .caNothingToHandOver: (
      "'{0}' has no open trajectories; nothing to hand over.",
      "'{0}' heeft geen lopende trajecten; er is niets over te dragen."
    ),
    // Import.swift
    .caCannotReadCheckPath: (
      "cannot read '{0}'; check the path", "kan '{0}' niet lezen; controleer het pad"
    ),
    .caNotUTF8: (
      "'{0}' is not UTF-8 text (line {1} is the first that is not); save it from the spreadsheet as 'CSV UTF-8' and try again",
      "'{0}' is geen UTF-8-tekst (regel {1} is de eerste die het niet is); sla het in het spreadsheet op als 'CSV UTF-8' en probeer het opnieuw"
    ),
    .caNoRows: (
      "'{0}' has no rows below its header; nothing was written",
      "'{0}' heeft geen rijen onder de kopregel; er is niets geschreven"
    ),
    .caInternalError: ("internal error: {0}", "interne fout: {0}"),
    .caImportProblem: (
      "1 problem in '{0}'; nothing was written. Correct the CSV and run 'amigo import {0} --dry-run' again",
      "1 probleem in '{0}'; er is niets geschreven. Verbeter de CSV en voer 'amigo import {0} --dry-run' opnieuw uit"
    ),
    .caImportProblems: (
      "{1} problems in '{0}'; nothing was written. Correct the CSV and run 'amigo import {0} --dry-run' again",
      "{1} problemen in '{0}'; er is niets geschreven. Verbeter de CSV en voer 'amigo import {0} --dry-run' opnieuw uit"
    ),
    .caHintReferrer: ("Please provide one of: {0}.", "Kies een van: {0}."),
  ]
}
