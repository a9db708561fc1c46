extension Message {
  /// What the writing commands say they did (issue 28): `log-session`, `close`, `consent`,
  /// `start` and `goal`. Values a file holds are shown by their label in the language.
  static let confirmations: [Message: (en: String, nl: String)] = [
    // LogSession.swift
    .okLogged: ("Logged {0} on {1}", "Vastgelegd: {0} op {1}"),
    .okFollowUp: ("follow-up {0}", "{0} (follow-up)"),
    .okMinutes: (", {0} min", ", {0} min"),
    .okFor: (", for {0}", ", voor {0}"),
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
  ]
}
