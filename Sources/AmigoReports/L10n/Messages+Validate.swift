extension Message {
  /// The summary line under `validate`'s diagnostics (and the git hooks').
  static let validate: [Message: (en: String, nl: String)] = [
    .valNoProblems: ("amigo: {0} checked, no problems", "amigo: {0} gecontroleerd, geen problemen"),
    .valProblems: ("amigo: {0} in {1} of {2}", "amigo: {0} in {1} van de {2}"),
    .valProblemsInOne: ("amigo: {0} in {1} of {2}", "amigo: {0} in {1} van {2}"),
    .valMoreNotShown: ("; more in {0} not shown", "; meer in {0} niet getoond"),
    .valFile: ("{0} file", "{0} bestand"),
    .valFiles: ("{0} files", "{0} bestanden"),
    .valError: ("{0} error", "{0} fout"),
    .valErrors: ("{0} errors", "{0} fouten"),
    .valWarning: ("{0} warning", "{0} waarschuwing"),
    .valWarnings: ("{0} warnings", "{0} waarschuwingen"),
    .valAnd: ("{0} and {1}", "{0} en {1}"),
    .valStaged: ("{0} (staged)", "{0} (gestaged)"),
    .valPushed: ("{0} (pushed)", "{0} (gepusht)"),
  ]
}
