extension Message {
  /// The words of `amigo changes` and `amigo history`. Dates stay as written in files
  /// (YYYY-MM-DD), ids, codes and field names as they are; values with a label are shown by it.
  static let changes: [Message: (en: String, nl: String)] = [
    .chCreated: ("created", "aangemaakt"),
    .chImported: ("imported{0}{1}", "geïmporteerd{0}{1}"),
    .chContactsBefore: (" ({0} contacts before)", " ({0} contacten ervoor)"),
    .chContactBefore: (" ({0} contact before)", " ({0} contact ervoor)"),
    .chCreatedBy: ("created (referred by {0})", "aangemaakt (aangemeld door {0})"),
    .chDeleted: ("deleted", "verwijderd"),
    .chField: ("{0} {1} → {2}", "{0} {1} → {2}"),
    .chPart: ("changed {0} ({1})", "{0} gewijzigd ({1})"),
    .chStatus: ("status {0} → {1}", "status {0} → {1}"),
    .chNone: ("none", "geen"),
    .chStarted: ("started {0}", "gestart {0}"),
    .chStartMoved: ("start moved {0} → {1}", "start verplaatst {0} → {1}"),
    .chStartRemoved: ("start {0} removed", "start {0} verwijderd"),
    .chPlanWeeks: ("changed plan (weeks)", "plan gewijzigd (weken)"),
    .chReviewPlanned: ("review planned {0}", "evaluatie gepland {0}"),
    .chReviewRemoved: ("review {0} removed", "evaluatie {0} verwijderd"),
    .chConsentGiven: ("consent given{0}", "toestemming gegeven{0}"),
    .chConsentWithdrawn: ("consent withdrawn{0}", "toestemming ingetrokken{0}"),
    .chConsentChanged: ("changed consent{0} ({1})", "toestemming{0} gewijzigd ({1})"),
    .chConsentRemoved: ("removed consent{0}", "toestemming{0} verwijderd"),
    .chGoalAdded: ("added goal {0}", "doel {0} toegevoegd"),
    .chGoalRemoved: ("removed goal {0}", "doel {0} verwijderd"),
    .chGoalChanged: ("changed goal {0} ({1})", "doel {0} gewijzigd ({1})"),
    .chGoalResult: ("goal {0}: result {1}", "doel {0}: resultaat {1}"),
    .chGoalResultChanged: ("goal {0}: result {1} → {2}", "doel {0}: resultaat {1} → {2}"),
    .chRemoved: ("removed", "verwijderd"),
    .chRated: ("rated {0} {1}{2}", "score {0} {1}{2}"),
    .chRatingChanged: (
      "changed rating {0}{1}{2}: {3} → {4}", "score {0}{1}{2} gewijzigd: {3} → {4}"
    ),
    .chRatingRemoved: ("removed rating {0}{1}{2}", "score {0}{1}{2} verwijderd"),
    .chSessionLogged: ("logged {0}{1}", "{0}{1} vastgelegd"),
    .chMinutes: (", {0} min", ", {0} min"),
    .chNotHeld: (" (not held: {0})", " (niet doorgegaan: {0})"),
    .chSessionChanged: ("changed session{0}{1} ({2})", "sessie{0}{1} gewijzigd ({2})"),
    .chSessionRemoved: ("removed session{0}{1}", "sessie{0}{1} verwijderd"),
    .chSession: ("session", "sessie"),
    .chClosed: ("closed", "afgesloten"),
    .chClosedBecause: ("closed: {0}", "afgesloten: {0}"),
    .chClosedNext: ("; next: {0}", "; daarna: {0}"),
    .chClosureChanged: ("changed closure ({0})", "afsluiting gewijzigd ({0})"),
    .chReopened: ("reopened (closure removed)", "heropend (afsluiting verwijderd)"),
    .chHandedOver: ("handed over from {0} to {1}{2}", "overgedragen van {0} aan {1}{2}"),
    .chOnDate: (" on {0}", " op {0}"),
    .chCreatedWithErrors: (
      "created; the file has errors (amigo validate)",
      "aangemaakt; het bestand heeft fouten (amigo validate)"
    ),
    .chNowHasErrors: (
      "the file now has errors (amigo validate)", "het bestand heeft nu fouten (amigo validate)"
    ),
    .chErrorsFixed: (
      "errors fixed (the file is readable again)",
      "fouten hersteld (het bestand is weer leesbaar)"
    ),
    .chNoDataChange: (
      "no change to the data (layout or comments)",
      "geen wijziging in de gegevens (opmaak of commentaar)"
    ),
    .chHasErrors: (
      "the file has errors (amigo validate)", "het bestand heeft fouten (amigo validate)"
    ),
    .chNoSettingsChange: (
      "no change to the settings (layout or comments)",
      "geen wijziging in de instellingen (opmaak of commentaar)"
    ),
    .chHistoryHeading: ("History of {0}{1}: {2}, {3}", "Geschiedenis van {0}{1}: {2}, {3}"),
    .chCommitCount: ("1 commit", "1 commit"),
    .chCommitsCount: ("{0} commits", "{0} commits"),
    .chOldestFirst: ("oldest first", "oudste eerst"),
    .chNewestFirst: ("newest first", "nieuwste eerst"),
    .chNoContentChange: ("no change to the file's content", "geen wijziging in de inhoud"),
    .chMerge: ("merge: {0}", "samenvoeging: {0}"),
    .chNoCommitsYet: (
      "{0}: {1} has no commits yet (see 'amigo changes')",
      "{0}: {1} heeft nog geen commits (zie 'amigo changes')"
    ),
    .chNoMatch: (
      "no trajectory matches '{0}', in the workspace or in its git history",
      "geen traject past bij '{0}', in de werkmap of in de git-geschiedenis"
    ),
    .chFromTo: ("Changes from {0} to {1}", "Wijzigingen van {0} tot {1}"),
    .chSinceDiverged: (" (since they diverged)", " (sinds ze uiteengingen)"),
    .chWorkingTreeSince: (
      "Changes in the working tree since {0}", "Wijzigingen in de werkmap sinds {0}"
    ),
    .chWorkingTreeSinceHEAD: (
      "Changes in the working tree since HEAD (staged and not staged)",
      "Wijzigingen in de werkmap sinds HEAD (klaargezet en niet klaargezet)"
    ),
    .chWorkingTreeNoCommits: (
      "Changes in the working tree (no commits yet)",
      "Wijzigingen in de werkmap (nog geen commits)"
    ),
    .chRenamedFrom: (" (renamed from {0})", " (hernoemd van {0})"),
    .chNothing: (
      "  no changes to amigo.yaml, trajectories/ or activities/",
      "  geen wijzigingen in amigo.yaml, trajectories/ of activities/"
    ),
  ]
}
