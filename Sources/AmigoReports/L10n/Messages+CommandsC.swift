extension Message {
  /// The last English-only texts of the commands (issue 28): sync, the workspace lookups, the
  /// store's refusals, edit, new-child, fmt and the git hooks.
  static let commandsC: [Message: (en: String, nl: String)] = [
    // Sync.swift
    .ccSyncNoDriver: (
      "amigo's merge driver is not set up in this clone; run 'amigo git-setup' once, then 'amigo sync' again",
      "de samenvoeger van amigo is in deze kloon niet ingesteld; voer eenmaal 'amigo git-setup' uit en daarna opnieuw 'amigo sync'"
    ),
    // Validate.swift: a clone without the merge driver (told once per run, on stderr).
    .ccNoMergeDriverNote: (
      "amigo: note: this clone has no merge driver for amigo's files yet, so a pull would merge them line by line (with conflicts where colleagues added at the same place); run 'amigo git-setup' once in this clone",
      "amigo: let op: deze kloon heeft de samenvoeger van amigo nog niet, dus een pull zou de bestanden regel voor regel samenvoegen (met conflicten waar collega's op dezelfde plek iets toevoegden); voer eenmaal 'amigo git-setup' uit in deze kloon"
    ),
    .ccSyncMergeUnderWay: (
      "a merge is still under way in this clone; finish it (resolve the marked entries, then 'git commit') or undo it with 'git merge --abort', then 'amigo sync' again",
      "in deze kloon is nog een samenvoeging bezig; maak die af (los de gemarkeerde onderdelen op, dan 'git commit') of maak haar ongedaan met 'git merge --abort', en voer dan opnieuw 'amigo sync' uit"
    ),
    .ccSyncRebaseUnderWay: (
      "a rebase is still under way in this clone; finish it (resolve the marked entries, 'git add' them, then 'git rebase --continue') or undo it with 'git rebase --abort', then 'amigo sync' again",
      "in deze kloon is nog een rebase bezig; maak die af (los de gemarkeerde onderdelen op, 'git add' ze, dan 'git rebase --continue') of maak haar ongedaan met 'git rebase --abort', en voer dan opnieuw 'amigo sync' uit"
    ),
    .ccSyncDetached: (
      "this clone is not on a branch (detached HEAD); check out the team's branch first",
      "deze kloon staat niet op een tak (losse HEAD); haal eerst de tak van het team op (git checkout)"
    ),
    .ccSyncNoUpstream: (
      "branch '{0}' has no remote branch to sync with; set it once with 'git push -u origin {0}'",
      "tak '{0}' heeft geen tak op de server om mee te delen; stel die eenmaal in met 'git push -u origin {0}'"
    ),
    .ccSyncCommitMessage: ("amigo sync: {0} ({1})", "amigo sync: {0} ({1})"),
    .ccOneFile: ("1 file", "1 bestand"),
    .ccFiles: ("{0} files", "{0} bestanden"),
    .ccSyncNoName: (
      "git does not know your name yet; run once: git config user.name 'Your Name' && git config user.email you@example.org — then 'amigo sync' again (nothing was shared)",
      "git kent je naam nog niet; voer eenmaal uit: git config user.name 'Je Naam' && git config user.email jij@voorbeeld.nl — en dan opnieuw 'amigo sync' (er is niets gedeeld)"
    ),
    .ccSyncNotCommitted: (
      "your changes could not be committed ({0}); fix what amigo validate reports, then 'amigo sync' again (nothing was shared)",
      "je wijzigingen konden niet worden vastgelegd ({0}); herstel wat amigo validate meldt en voer dan opnieuw 'amigo sync' uit (er is niets gedeeld)"
    ),
    .ccSyncCommitted: ("Committed your changes: {0}.", "Je wijzigingen zijn vastgelegd: {0}."),
    .ccSyncConflictOne: (
      "a colleague changed the same entry differently; the pull was undone, your files are as they were (your changes are committed, not shared yet). Agree which is right, make your file say it (amigo edit), then run 'amigo sync' again",
      "een collega heeft hetzelfde onderdeel anders gewijzigd; het ophalen is teruggedraaid, je bestanden zijn zoals ze waren (je wijzigingen zijn vastgelegd, nog niet gedeeld). Spreek af wat klopt, zet dat in je bestand (amigo edit) en voer dan opnieuw 'amigo sync' uit"
    ),
    .ccSyncConflictMany: (
      "a colleague changed the same entries differently; the pull was undone, your files are as they were (your changes are committed, not shared yet). Agree which is right, make your file say it (amigo edit), then run 'amigo sync' again",
      "een collega heeft dezelfde onderdelen anders gewijzigd; het ophalen is teruggedraaid, je bestanden zijn zoals ze waren (je wijzigingen zijn vastgelegd, nog niet gedeeld). Spreek af wat klopt, zet dat in je bestand (amigo edit) en voer dan opnieuw 'amigo sync' uit"
    ),
    .ccSyncCannotPull: (
      "could not get the team's changes: {0}",
      "de wijzigingen van het team konden niet worden opgehaald: {0}"
    ),
    .ccSyncNoNew: ("no new changes", "geen nieuwe wijzigingen"),
    .ccSyncMerged: ("their changes merged", "hun wijzigingen zijn samengevoegd"),
    .ccSyncGot: ("Got the team's changes: {0}.", "Wijzigingen van het team opgehaald: {0}."),
    .ccSyncPushRace: (
      "a colleague shared changes a moment ago; run 'amigo sync' again",
      "een collega heeft zojuist wijzigingen gedeeld; voer opnieuw 'amigo sync' uit"
    ),
    .ccSyncCannotPush: (
      "could not share your changes: {0}", "je wijzigingen konden niet worden gedeeld: {0}"
    ),
    .ccSyncInvalid: (
      "nothing was pushed: {0} with errors ({1}); correct them ('amigo validate' shows each error and how), then run 'amigo sync' again, which commits the correction and pushes",
      "er is niets gedeeld: {0} met fouten ({1}); verbeter ze ('amigo validate' toont elke fout en hoe) en voer daarna opnieuw 'amigo sync' uit: dat legt de verbetering vast en deelt haar"
    ),
    .ccSyncMessageLabel: (
      "the commit message names {0} ('{1}'), and commit messages go to every clone of the workspace and stay in its history; nothing was committed: name a child by its trajectory id ({0}) or leave -m out",
      "het commitbericht noemt {0} ('{1}'), en commitberichten gaan naar elke kloon van de werkmap en blijven in de geschiedenis; er is niets vastgelegd: noem een kind bij de id van zijn traject ({0}) of laat -m weg"
    ),
    .ccSyncMessageIdentifier: (
      "the commit message looks like it contains {0}, and commit messages go to every clone of the workspace and stay in its history; nothing was committed: write it without, or leave -m out",
      "het commitbericht lijkt {0} te bevatten, en commitberichten gaan naar elke kloon van de werkmap en blijven in de geschiedenis; er is niets vastgelegd: schrijf het zonder, of laat -m weg"
    ),
    .ccSyncShared: (
      "Shared your changes with the team.", "Je wijzigingen zijn gedeeld met het team."
    ),
    .ccGitFailed: ("git failed", "git is mislukt"),
    .ccGitLogin: (
      "{0} (the remote wants a login: ask whoever set up the team's repository)",
      "{0} (de server vraagt om inloggen: vraag het aan wie de repository van het team heeft ingericht)"
    ),
    .ccGitOffline: (
      "{0} (no connection to the remote: check the network and try again)",
      "{0} (geen verbinding met de server: controleer het netwerk en probeer het opnieuw)"
    ),
    .ccConflictLine: (
      "amigo: {0}, {1}: yours {2}, the colleague's {3}",
      "amigo: {0}, {1}: bij jou {2}, bij de collega {3}"
    ),
    .ccConflictUnmergeable: (
      "amigo: {0}: changed on both sides in a way amigo cannot merge",
      "amigo: {0}: aan beide kanten gewijzigd op een manier die amigo niet kan samenvoegen"
    ),
    .ccConflictEntry: ("the entry '{0}'", "het onderdeel '{0}'"),
    .ccConflictIn: ("{0} in {1}", "{0} in {1}"),
    .ccConflictStart: ("the start of the file", "het begin van het bestand"),
    .ccConflictAtLine: ("{0} (line {1})", "{0} (regel {1})"),
    .ccNothing: ("(nothing)", "(niets)"),
    // WorkspaceContext.swift
    .ccNoTrajectory: (
      "no trajectory matches '{0}' (by id, id prefix or label); see 'amigo list'",
      "geen traject past bij '{0}' (op id, begin van het id of label); zie 'amigo list'"
    ),
    .ccSeveralTrajectories: (
      "'{0}' matches {1} trajectories:\n{2}{3}", "'{0}' past bij {1} trajecten:\n{2}{3}"
    ),
    .ccNameOneById: ("Name one by its id.", "Noem er een bij zijn id."),
    .ccSeveralTrajectoriesHead: (
      "'{0}' matches {1} trajectories:", "'{0}' past bij {1} trajecten:"
    ),
    .promptWhichOne: ("Which one (1-{0})? ", "Welke (1-{0})? "),
    .promptAnswerNumberOnly: (
      "  Please answer with a number from 1 to {0}.",
      "  Antwoord met een nummer van 1 tot en met {0}."
    ),
    .ccNameOneByIdErase: (
      "Name one by its id; nothing was erased.", "Noem er een bij zijn id; er is niets gewist."
    ),
    .ccConfigHasErrors: (
      "the workspace config has errors; fix them first (amigo validate)",
      "de instellingen van de werkmap (amigo.yaml) bevatten fouten; herstel die eerst (amigo validate)"
    ),
    .ccCannotWriteIn: ("cannot write in '{0}': {1}", "kan niet schrijven in '{0}': {1}"),
    .ccPeriodInFuture: (
      "the period {0} begins after today ({1}, today {2}): nothing in it has happened yet, so its figures say nothing",
      "de periode {0} begint na vandaag ({1}, vandaag is {2}): er is in die periode nog niets gebeurd, dus de cijfers zeggen niets"
    ),
    .ccFutureDate: (
      "amigo: warning: {0} is in the future", "amigo: waarschuwing: {0} ligt in de toekomst"
    ),
    // DiagnosticsError.swift: the store's refusals
    .ccFileHasErrors: (
      "{0} has errors; nothing was changed. Fix them first (amigo validate)",
      "{0} bevat fouten; er is niets veranderd. Herstel die eerst (amigo validate)"
    ),
    .ccNewFileWouldBeInvalid: (
      "the new file {0} would not be valid; nothing was written",
      "het nieuwe bestand {0} zou niet geldig zijn; er is niets geschreven"
    ),
    .ccWouldBeInvalid: (
      "this change would make {0} invalid; nothing was changed",
      "deze wijziging zou {0} ongeldig maken; er is niets veranderd"
    ),
    .ccWouldBreakActivities: (
      "this change to {0} would make {1} invalid: the activity names the child on a date the change no longer allows (above); nothing was changed. Choose a date that keeps it valid, or first correct the activity file (the child's entry in it, or its date)",
      "deze wijziging van {0} zou {1} ongeldig maken: de activiteit noemt het kind op een datum die de wijziging niet meer toelaat (hierboven); er is niets veranderd. Kies een datum waarbij ze geldig blijft, of verbeter eerst het activiteitenbestand (de vermelding van het kind, of de datum)"
    ),
    .ccCannotChange: ("cannot change {0}: {1}", "kan {0} niet wijzigen: {1}"),
    // Why the editor refused a change (`YAMLEditError`), after "cannot change FILE: ".
    .ccEditUnsafe: (
      "amigo cannot fit this change into the file's layout without changing what the file says; nothing was changed. Make the change by hand with 'amigo edit'",
      "amigo kan deze wijziging niet in de opmaak van het bestand passen zonder te veranderen wat er staat; er is niets veranderd. Maak de wijziging met de hand met 'amigo edit'"
    ),
    .ccEditInvalid: (
      "the file has YAML errors; nothing was changed. Fix them first (amigo validate)",
      "het bestand bevat YAML-fouten; er is niets veranderd. Herstel die eerst (amigo validate)"
    ),
    .ccEditUnexpected: (
      "{0} is not where or what amigo expects in the file; nothing was changed. Check the file with 'amigo validate', or make the change with 'amigo edit'",
      "{0} staat niet waar of zoals amigo verwacht in het bestand; er is niets veranderd. Controleer het bestand met 'amigo validate', of maak de wijziging met 'amigo edit'"
    ),
    .ccNothingChanged: ("{0}; nothing was changed", "{0}; er is niets veranderd"),
    .ccNothingErased: ("{0}; nothing was erased", "{0}; er is niets gewist"),
    .ccErasePartly: (
      "{0}; the trajectory file was not erased, and {1} could not be put back in: {2}. Put it back by hand (git checkout -- FILE) or run 'amigo erase' again once the problem is solved",
      "{0}; het trajectbestand is niet gewist, en {1} kon niet worden teruggezet in: {2}. Zet het met de hand terug (git checkout -- BESTAND) of voer 'amigo erase' opnieuw uit als het probleem is opgelost"
    ),
    .ccNothingImported: (
      "{0}; nothing was imported (the files written before it were removed)",
      "{0}; er is niets geïmporteerd (de bestanden die al geschreven waren, zijn weer verwijderd)"
    ),
    .ccNothingInAnyFile: (
      "{0}; nothing was changed in any file", "{0}; er is in geen enkel bestand iets veranderd"
    ),
    // Handover.swift: the store's "nothing was changed" said of every file, not twice
    .ccNothingChangedPhrase: ("nothing was changed", "er is niets veranderd"),
    .ccNothingInAnyFilePhrase: (
      "nothing was changed in any file", "er is in geen enkel bestand iets veranderd"
    ),
    // Import.swift: the problems of the CSV, by row
    .ciRow: ("row {0}: {1}", "rij {0}: {1}"),
    .ciRowColumn: ("row {0}, column '{1}': {2}", "rij {0}, kolom '{1}': {2}"),
    .ciUnknownColumn: (
      "unknown column {0}; rename it to one of: {1} (see 'amigo import --help'), or remove it",
      "onbekende kolom {0}; geef die een van deze namen: {1} (zie 'amigo import --help'), of haal haar weg"
    ),
    .ciUnknownColumns: (
      "unknown columns {0}; rename them to one of: {1} (see 'amigo import --help'), or remove them",
      "onbekende kolommen {0}; geef die een van deze namen: {1} (zie 'amigo import --help'), of haal ze weg"
    ),
    .ciDidYouMean: ("'{0}' (did you mean '{1}'?)", "'{0}' (bedoelde je '{1}'?)"),
    .ciNoColumn: (
      "the header has no column '{0}'; add one, named {1}",
      "de kopregel heeft geen kolom '{0}'; voeg er een toe, met als naam {1}"
    ),
    .ciSameColumnTwice: (
      "columns {0} '{1}' and {2} '{3}' are both '{4}'; keep one of them",
      "kolommen {0} '{1}' en {2} '{3}' zijn allebei '{4}'; houd er een van over"
    ),
    .ciUnclosedQuote: (
      "a value starts with a quote (\") that is never closed, so it takes every row after it along; close it, or remove the quote",
      "een waarde begint met een aanhalingsteken (\") dat nergens wordt gesloten, zodat ze alle rijen erna meeneemt; sluit het, of haal het weg"
    ),
    .ciValueWithoutHeader: (
      "column {0} holds '{1}' but has no header; give the column a name from 'amigo import --help', or remove the value",
      "kolom {0} bevat '{1}' maar heeft geen kop; geef de kolom een naam uit 'amigo import --help', of haal de waarde weg"
    ),
    .ciNoProgrammeInRow: (
      "empty; give the programme (an id or name from amigo.yaml), or --programme for rows without one",
      "leeg; geef het programma (een id of naam uit amigo.yaml), of --programme voor rijen zonder"
    ),
    .ciNoReferrerInRow: (
      "empty; give who referred the child ({0}), or --referred-by for rows without one",
      "leeg; geef wie het kind aanmeldde ({0}), of --referred-by voor rijen zonder"
    ),
    .ciSeveralProgrammes: (
      "the workspace has several programmes: add a column 'programme' or give --programme",
      "de werkmap heeft meerdere programma's: voeg een kolom 'programme' toe of geef --programme"
    ),
    .ciNoReferrer: (
      "who referred the children is not known: add a column 'referred by' or give --referred-by (teacher, parent, other, …)",
      "wie de kinderen heeft aangemeld is niet bekend: voeg een kolom 'aangemeld door' toe of geef --referred-by (teacher, parent, other, …)"
    ),
    .ciNotADate: (
      "'{0}' is not a date; write it as 2026-09-15 or 15-09-2026",
      "'{0}' is geen datum; schrijf haar als 2026-09-15 of 15-09-2026"
    ),
    .ciFuture: (
      "{0} lies in the future; give the day it happened",
      "{0} ligt in de toekomst; geef de dag waarop het gebeurde"
    ),
    .ciNoLabel: (
      "empty; give the child's label, a first name and an initial like 'Sam B.'",
      "leeg; geef het label van het kind, een voornaam en een initiaal zoals 'Sam B.'"
    ),
    .ciBornFullDate: (
      "'{0}' is a full date; give the year and month only (YYYY-MM)",
      "'{0}' is een volledige datum; geef alleen jaar en maand (JJJJ-MM)"
    ),
    .ciBornShape: (
      "'{0}' is not a year and month; write it as 2016-04",
      "'{0}' is geen jaar en maand; schrijf het als 2016-04"
    ),
    .ciEmptyReference: (
      "empty; give the {0} id from amigo.yaml", "leeg; geef het id van de {0} uit amigo.yaml"
    ),
    .ciUnknownReference: (
      "'{0}' is not a {1} in amigo.yaml; use one of: {2}",
      "'{0}' is geen {1} in amigo.yaml; gebruik een van: {2}"
    ),
    .ciSchool: ("school", "school"),
    .ciWorker: ("worker", "medewerker"),
    .ciProgramme: ("programme", "programma"),
    .ciNotAReferrer: (
      "'{0}' is not a referrer; use one of: {1}", "'{0}' is geen aanmelder; gebruik een van: {1}"
    ),
    .ciNoReferral: ("empty; give the referral date", "leeg; geef de aanmelddatum"),
    .ciNotACount: (
      "'{0}' is not a count; give the number of contacts held, e.g. 12",
      "'{0}' is geen aantal; geef het aantal gehouden contacten, bijvoorbeeld 12"
    ),
    .ciStartBeforeReferral: (
      "{0} is before the referral ({1}); correct one of them",
      "{0} ligt voor de aanmelding ({1}); verbeter een van beide"
    ),
    .ciNoStartOne: (
      "empty while 1 contact was held; give the start date",
      "leeg terwijl er 1 contact is gehouden; geef de startdatum"
    ),
    .ciNoStart: (
      "empty while {0} contacts were held; give the start date",
      "leeg terwijl er {0} contacten zijn gehouden; geef de startdatum"
    ),
    .ciWorkerLeft: (
      "'{0}' left on {1}; give the worker who has the child now (or hand over later with 'amigo handover')",
      "'{0}' is vertrokken op {1}; geef de medewerker die het kind nu heeft (of draag later over met 'amigo handover')"
    ),
    .ciAlreadyThere: (
      "'{0}' is in the workspace already ({1}); remove the row",
      "'{0}' staat al in de werkmap ({1}); haal de rij weg"
    ),
    .ciSameChild: (
      "the same child as row {0}; remove one of the rows",
      "hetzelfde kind als rij {0}; haal een van de rijen weg"
    ),
    .ciNoFreeId: ("no free id left for {0}", "geen vrij id meer voor {0}"),
    .ciStandardInput: ("standard input", "standaardinvoer"),
    .ciWouldWrite: ("row {0}: would write {1} ({2})", "rij {0}: zou {1} schrijven ({2})"),
    .ciDryRunOne: (
      "Dry run: 1 file would be written; nothing was written.",
      "Proefdraaien: 1 bestand zou worden geschreven; er is niets geschreven."
    ),
    .ciDryRun: (
      "Dry run: {0} files would be written; nothing was written.",
      "Proefdraaien: {0} bestanden zouden worden geschreven; er is niets geschreven."
    ),
    .ciImportedOne: (
      "Imported 1 trajectory, marked 'imported: {0}'.",
      "1 traject geïmporteerd, gemarkeerd met 'imported: {0}'."
    ),
    .ciImportedMany: (
      "Imported {0} trajectories, marked 'imported: {1}'.",
      "{0} trajecten geïmporteerd, gemarkeerd met 'imported: {1}'."
    ),
    // Edit.swift
    .ccEditorNotStarted: (
      "the editor '{0}' could not be started; set $VISUAL or $EDITOR. {1} is unchanged",
      "de editor '{0}' kon niet worden gestart; stel $VISUAL of $EDITOR in. {1} is niet veranderd"
    ),
    .ccEditorStatus: (
      "the editor exited with status {0}; {1} is unchanged",
      "de editor stopte met status {0}; {1} is niet veranderd"
    ),
    .ccEditCannotSave: (
      "{0}; amigo could not save an edit, so no editor was opened. {1} is unchanged",
      "{0}; amigo kan geen wijziging opslaan, dus er is geen editor geopend. {1} is niet veranderd"
    ),
    .ccIsUnchanged: ("{0}; {1} is unchanged", "{0}; {1} is niet veranderd"),
    .ccNoChangesTo: ("No changes to {0}.", "Geen wijzigingen in {0}."),
    .ccSaved: ("Saved {0}.", "{0} is opgeslagen."),
    .ccStillHasError: (
      "amigo: warning: {0} still has 1 error; see 'amigo validate {0}'",
      "amigo: waarschuwing: {0} bevat nog 1 fout; zie 'amigo validate {0}'"
    ),
    .ccStillHasErrors: (
      "amigo: warning: {0} still has {1} errors; see 'amigo validate {0}'",
      "amigo: waarschuwing: {0} bevat nog {1} fouten; zie 'amigo validate {0}'"
    ),
    // NewChild.swift
    .ccNothingAsked: (
      "{0}; nothing was asked and nothing was written",
      "{0}; er is niets gevraagd en niets geschreven"
    ),
    .ccTheAnswerFor: (" (the answer for {0})", " (het antwoord bij {0})"),
    .ccCreatedChild: ("Created {0} ({1}): {2}", "{0} ({1}) aangemaakt: {2}"),
    .ccWarningLine: ("amigo: warning: {0}", "amigo: waarschuwing: {0}"),
    // NewChild.swift: {0} the label, {1} the other trajectories' ids, {2} the new id.
    .ccSameLabel: (
      "{1} has the label '{0}' too: if it is the same child, keep one file (a new request after the other ended: 'amigo new-child --previous ID'; remove a file made by mistake with 'amigo erase {2}'); if it is another child, give one a label that tells them apart ('amigo edit')",
      "{1} heeft ook het label '{0}': is het hetzelfde kind, houd dan één bestand (een nieuwe aanvraag nadat het andere traject is afgelopen: 'amigo new-child --previous ID'; een per vergissing gemaakt bestand haal je weg met 'amigo erase {2}'); is het een ander kind, geef er dan een een label dat ze onderscheidt ('amigo edit')"
    ),
    // Format.swift
    .ccAlreadyFormatted: ("{0} already formatted", "{0} al netjes opgemaakt"),
    .ccWouldBeFormattedOne: ("1 file would be formatted", "1 bestand zou worden opgemaakt"),
    .ccWouldBeFormatted: ("{0} files would be formatted", "{0} bestanden zouden worden opgemaakt"),
    .ccFormatted: ("formatted {0}", "{0} opgemaakt"),
    .ccRunFmt: ("; run 'amigo fmt'", "; voer 'amigo fmt' uit"),
    .ccFmtUnsafe: (
      "amigo: warning: {0} left unchanged: tidying its white space would change its content (please report this)",
      "amigo: waarschuwing: {0} is niet veranderd: het opruimen van witruimte zou de inhoud veranderen (meld dit alsjeblieft)"
    ),
    .ccFileUnchanged: ("{0}; the file is unchanged", "{0}; het bestand is niet veranderd"),
    .ccFmtSameForMore: (
      "amigo: the same for {0} more; none of them was changed",
      "amigo: hetzelfde voor nog {0}; geen ervan is veranderd"
    ),
    .ccYAMLErrorsLeft: (
      "amigo: {0} with YAML errors left unchanged; fix them first (amigo validate)",
      "amigo: {0} met YAML-fouten niet veranderd; herstel die eerst (amigo validate)"
    ),
    // PreCommit.swift, PreReceive.swift
    .ccEarlierWarning: (
      "amigo: 1 warning these files had before this commit not shown (see 'amigo validate')",
      "amigo: 1 waarschuwing die deze bestanden al voor deze commit hadden, niet getoond (zie 'amigo validate')"
    ),
    .ccEarlierWarnings: (
      "amigo: {0} warnings these files had before this commit not shown (see 'amigo validate')",
      "amigo: {0} waarschuwingen die deze bestanden al voor deze commit hadden, niet getoond (zie 'amigo validate')"
    ),
    .ccCommitStopped: (
      "amigo: the commit was stopped: the staged files have errors. Fix them, 'git add' them and commit again",
      "amigo: de commit is tegengehouden: de klaargezette bestanden bevatten fouten. Herstel ze, voer 'git add' uit en commit opnieuw"
    ),
    .ccPushRefused: (
      "amigo: the push was refused: the pushed files have errors. Fix them (amigo validate), commit and push again",
      "amigo: het delen (push) is geweigerd: de gedeelde bestanden bevatten fouten. Herstel ze (amigo validate), commit en push opnieuw"
    ),
    // Environment.swift
    .ccCannotReadInput: (
      "cannot read standard input: {0}", "kan de standaardinvoer niet lezen: {0}"
    ),
    // Amigo.swift (WorkspaceLock.onWait)
    .ccWaitingForLock: (
      "amigo: another amigo command is writing in this workspace (it holds '{0}'); waiting until it is done. Press Ctrl-C to stop waiting (nothing is changed then)",
      "amigo: een ander amigo-commando schrijft in deze werkmap (het houdt '{0}' vast); amigo wacht tot het klaar is. Druk op Ctrl-C om niet te wachten (er verandert dan niets)"
    ),
    // OutputFile.swift
    .ccWrote: ("Wrote {0}.", "{0} geschreven."),
    .ccOutNameAFile: (
      "Please name a file, or '-' for standard output.",
      "Noem een bestand, of '-' voor de standaarduitvoer."
    ),
    .ccOutIsOwn: (
      "It is {0} of the workspace in '{1}'. amigo never writes output over a workspace's records or settings: name a file outside the workspace, or '-' for standard output.",
      "Het is {0} van de werkmap in '{1}'. amigo schrijft nooit uitvoer over de gegevens of instellingen van een werkmap: noem een bestand buiten de werkmap, of '-' voor de standaarduitvoer."
    ),
    .ccOutLiesInOwn: (
      "It lies in {0} of the workspace in '{1}'. amigo never writes output over a workspace's records or settings: name a file outside the workspace, or '-' for standard output.",
      "Het ligt in {0} van de werkmap in '{1}'. amigo schrijft nooit uitvoer over de gegevens of instellingen van een werkmap: noem een bestand buiten de werkmap, of '-' voor de standaarduitvoer."
    ),
    .ccOutFolder: (
      "It is a folder. Name a file in it (for example '{0}'), or '-' for standard output.",
      "Het is een map. Noem een bestand daarin (bijvoorbeeld '{0}'), of '-' voor de standaarduitvoer."
    ),
    .ccOutKind: (
      "It is {0}: amigo writes only to files, character devices (such as /dev/null) and pipes.",
      "Het is {0}: amigo schrijft alleen naar bestanden, tekenapparaten (zoals /dev/null) en pijpen."
    ),
    .ccOutInsideWorkspace: (
      "amigo: warning: {0} lies inside the workspace{1}: git would share it with everyone who has the repository. Move it out, or list it in .gitignore",
      "amigo: waarschuwing: {0} ligt in de werkmap{1}: git zou het delen met iedereen die de repository heeft. Verplaats het, of zet het in .gitignore"
    ),
    .ccOutInWorkspaceAt: (" in '{0}'", " in '{0}'"),
    // RecoveryFile.swift: what a failed command kept
    .ccKeptEdit: ("your edit", "je wijziging"),
    .ccKeptAnswers: ("your answers", "je antwoorden"),
    .ccKeptStatement: ("the statement", "de verklaring"),
    .ccKeptNote: ("your note", "je notitie"),
    .ccKeptIn: (
      "amigo: {0} is kept in {1} (only you can read it; delete it when done)",
      "amigo: {0} is bewaard in {1} (alleen jij kunt het lezen; verwijder het als je klaar bent)"
    ),
    .ccKeptInPlural: (
      "amigo: {0} are kept in {1} (only you can read it; delete it when done)",
      "amigo: {0} zijn bewaard in {1} (alleen jij kunt het lezen; verwijder het als je klaar bent)"
    ),
    .ccNotKept: (
      "amigo: {0} could not be kept in a file; here it is, copy it before you close this window:",
      "amigo: {0} kon niet in een bestand worden bewaard; hier staat het, kopieer het voordat je dit venster sluit:"
    ),
    // {0} what (your edit, your note), {1} the id, {2} the day it was erased.
    .ccNotKeptErased: (
      "amigo: {0} is not kept: {1} was erased on {2}, and nothing of an erased child stays behind",
      "amigo: {0} is niet bewaard: {1} is gewist op {2}, en van een gewist kind blijft niets achter"
    ),
    .ccReuseEdit: (
      "Copy what you need into the file with 'amigo edit {0}'.",
      "Neem wat je nodig hebt over in het bestand met 'amigo edit {0}'."
    ),
    .ccReuseAnswers: (
      "Run that command, changed where needed, to go on.",
      "Voer die opdracht uit, aangepast waar nodig, om verder te gaan."
    ),
    .ccReuseStatement: (
      "Fix what is wrong, then give it with --file '{0}'.",
      "Verbeter wat er mis is en geef het dan met --file '{0}'."
    ),
    .ccReuseNote: (
      "Fix what is wrong, then give it with --note-file '{0}'.",
      "Verbeter wat er mis is en geef het dan met --note-file '{0}'."
    ),
    .ccAnswersHeader: (
      "# Your answers to 'amigo new-child', as one command to run again:",
      "# Je antwoorden op 'amigo new-child', als één opdracht om opnieuw uit te voeren:"
    ),
    // MergeDriver.swift
    .ccMergeNotYAML: (
      "amigo: {0} is not valid YAML on one side; merging it line by line",
      "amigo: {0} is aan één kant geen geldige YAML; het wordt regel voor regel samengevoegd"
    ),
    .ccMergeRenumbered: (
      "amigo: {0}: note: goal '{1}' was added on both sides; theirs is now '{2}' (its ratings and sessions moved with it)",
      "amigo: {0}: let op: doel '{1}' is aan beide kanten toegevoegd; dat van de collega heet nu '{2}' (de scores en contacten zijn meeverhuisd)"
    ),
    .ccMergeRenumberedYours: (
      "amigo: {0}: note: goal '{1}' was added on both sides; yours (in the commit being rebased) is now '{2}' (its ratings and sessions moved with it)",
      "amigo: {0}: let op: doel '{1}' is aan beide kanten toegevoegd; dat van jou (in de commit die verplaatst wordt) heet nu '{2}' (de scores en contacten zijn meeverhuisd)"
    ),
    .ccMergeLabelUpstream: ("upstream", "upstream"),
    .ccMergeLabelYours: ("your commit", "jouw commit"),
    .ccMergeFollowed: (
      "amigo: {0}: note: goal '{1}' is '{2}' since an earlier merge (another goal took its id); the ratings and sessions added to it here moved with it",
      "amigo: {0}: let op: doel '{1}' heet sinds een eerdere samenvoeging '{2}' (een ander doel kreeg zijn id); de scores en contacten die hier zijn toegevoegd, zijn meeverhuisd"
    ),
    .ccMergeConflictAt: ("amigo: {0}: conflict at {1}", "amigo: {0}: conflict bij {1}"),
    .ccMergeConflict: (
      "amigo: {0}: 1 conflict; resolve it, then 'amigo validate'",
      "amigo: {0}: 1 conflict; los het op en voer dan 'amigo validate' uit"
    ),
    .ccMergeConflicts: (
      "amigo: {0}: {1} conflicts; resolve them, then 'amigo validate'",
      "amigo: {0}: {1} conflicten; los ze op en voer dan 'amigo validate' uit"
    ),
    .ccMergedHasErrors: (
      "amigo: the merged {0} has errors; fix them before committing",
      "amigo: het samengevoegde {0} bevat fouten; herstel die voor de commit"
    ),
    .ccMergedActivityHint: (
      " (both sides recorded the same meeting or child differently: keep one, then 'amigo validate')",
      " (beide kanten hebben dezelfde bijeenkomst of hetzelfde kind anders vastgelegd: houd er één, dan 'amigo validate')"
    ),
    .ccMergedTallyHint: (
      " (correct the lines named above and keep every light contact both sides added, then 'amigo validate')",
      " (verbeter de genoemde regels en houd elk licht contact dat beide kanten toevoegden, dan 'amigo validate')"
    ),
    .ccCannotMergeFile: (
      "amigo: cannot run git merge-file: {0}", "amigo: kan git merge-file niet uitvoeren: {0}"
    ),
    // LeftOutFiles.swift: a refusal for files that cannot be used
    .ccLeftPeriod: ("the period report", "de periode-rapportage"),
    .ccLeftExport: ("the export", "de export"),
    .ccLeftCombined: ("the combined period report", "de gecombineerde periode-rapportage"),
    .ccLeftUnreadableOne: (
      "1 file cannot be read as a trajectory", "1 bestand is niet te lezen als traject"
    ),
    .ccLeftUnreadableMany: (
      "{0} files cannot be read as trajectories", "{0} bestanden zijn niet te lezen als traject"
    ),
    .ccLeftRepeatOne: (
      "1 file repeats the trajectory id of another file",
      "1 bestand herhaalt de traject-id van een ander bestand"
    ),
    .ccLeftRepeatMany: (
      "{0} files repeat the trajectory id of another file",
      "{0} bestanden herhalen de traject-id van een ander bestand"
    ),
    .ccLeftRepeatRefusal: (
      "{0}, so {1} would count a trajectory twice; nothing was written: {2}. Remove the copy or give it an id of its own{3}, or give --skip-invalid to count each id once, from the file named after it",
      "{0}, dus {1} zou een traject dubbel tellen; er is niets geschreven: {2}. Verwijder de kopie of geef die een eigen id{3}, of geef --skip-invalid om elke id één keer te tellen, uit het bestand dat naar de id heet"
    ),
    .ccLeftErrorsOne: ("1 file has errors", "1 bestand bevat fouten"),
    .ccLeftErrorsMany: ("{0} files have errors", "{0} bestanden bevatten fouten"),
    .ccLeftRefusalOne: (
      "{0}, so {1} would be incomplete; nothing was written: {2}. Fix it{3}, or give --skip-invalid to go on without it",
      "{0}, dus {1} zou onvolledig zijn; er is niets geschreven: {2}. Herstel het{3}, of geef --skip-invalid om zonder dat bestand verder te gaan"
    ),
    .ccLeftRefusalMany: (
      "{0}, so {1} would be incomplete; nothing was written: {2}. Fix them{3}, or give --skip-invalid to go on without them",
      "{0}, dus {1} zou onvolledig zijn; er is niets geschreven: {2}. Herstel ze{3}, of geef --skip-invalid om zonder die bestanden verder te gaan"
    ),
    .ccLeftEveryProblem: (
      " ('amigo validate' shows every problem)", " ('amigo validate' toont alle problemen)"
    ),
    .ccLeftValidate: (" (amigo validate)", " (amigo validate)"),
    .ccNoRecordUnreadable: (
      "{0} cannot be read as a trajectory, so there is no record to export; fix it first (amigo validate)",
      "{0} is niet te lezen als traject, dus er is geen dossier om te exporteren; herstel het eerst (amigo validate)"
    ),
    .ccNoReportUnreadable: (
      "{0} cannot be read as a trajectory, so there is no report; fix it first (amigo validate)",
      "{0} is niet te lezen als traject, dus er is geen rapportage; herstel het eerst (amigo validate)"
    ),
    // Show.swift, LogSession.swift, Init.swift
    .ccNotATrajectory: (
      "{0} cannot be read as a trajectory; fix it first (amigo edit)",
      "{0} is niet te lezen als traject; herstel het eerst (amigo edit)"
    ),
    .ccNewConfigInvalid: (
      "internal error: the new amigo.yaml would not be valid; nothing was written",
      "interne fout: de nieuwe amigo.yaml zou niet geldig zijn; er is niets geschreven"
    ),
    // ConfigReference.swift, NewChild.swift: usage-error hints
    .ccRefNone: ("No {0} are declared in amigo.yaml.", "In amigo.yaml staan geen {0}."),
    .ccRefOneOf: (
      "Please provide one of the {0} declared in amigo.yaml: {1}.",
      "Kies een van de {0} uit amigo.yaml: {1}."
    ),
    .ccRefDidYouMean: (
      "Did you mean '{0}'? Please provide one of the {1} declared in amigo.yaml: {2}.",
      "Bedoelde je '{0}'? Kies een van de {1} uit amigo.yaml: {2}."
    ),
    .ccStartStatus: (
      "A new trajectory starts as {0}; later statuses need a start or a closure.",
      "Een nieuw traject begint als {0}; latere statussen vragen om een start of een afsluiting."
    ),
  ]
}

extension Language {
  /// `message` in this language, with `arguments` for `{0}`, `{1}`… (as `text(_:_:)`).
  public func text(_ message: Message, arguments: [String]) -> String {
    let entry = Message.catalogue[message] ?? (message.rawValue, message.rawValue)
    var text = code == "nl" ? entry.nl : entry.en
    for (i, argument) in arguments.enumerated() {
      text = text.replacing("{\(i)}", with: argument)
    }
    return text
  }

  /// `1 minute`, `45 minutes` / `1 minuut`, `45 minuten` (the confirmations of what was
  /// recorded).
  public func minutes(_ n: Int) -> String {
    n == 1 ? text(.okOneMinute) : text(.okManyMinutes, String(n))
  }

  /// `1 file`, `2 files` / `1 bestand`, `2 bestanden`.
  public func files(_ n: Int) -> String {
    n == 1 ? text(.ccOneFile) : text(.ccFiles, String(n))
  }
}
