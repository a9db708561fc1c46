import AmigoYAML

extension Session {
  /// The norms this session, just logged in `t` (as written), breaks without making the file
  /// invalid: a date after `today`, on a Saturday or Sunday or in a school holiday, a contact while paused without a
  /// date or while not running, a dose session of other than the programme's minutes, a kind
  /// the programme does not use. `log-session` shows them as warnings; the file's own rules
  /// (`Validator`) report the rest. `counted`: false for a session that does not count for the
  /// norms (not held, or a follow-up contact).
  public func loggingWarnings(
    in t: Trajectory, config: Config, today: LocalDate, counted: Bool
  ) -> [Diagnostic] {
    guard let date else { return [] }
    var out: [Diagnostic] = []
    func warn(_ code: String, _ message: Bilingual) {
      out.append(Diagnostic(severity: .warning, code: code, message: message))
    }
    if date > today {
      warn("date-in-future", Bilingual("\(date) is in the future", "\(date) ligt in de toekomst"))
    }
    if let weekend = Diagnostic.onWeekend(date) { out.append(weekend) }
    if let holiday = config.holiday(on: date) {
      warn(
        "session-in-holiday",
        Bilingual("\(date) falls in \(holiday.label)", "\(date) valt in \(holiday.label)"))
    }
    // A contact inside a dated pause is the rule's warning (contact-in-pause); one while paused
    // without a date is said here, whatever its kind.
    if counted, t.status == .paused, t.openPause == nil {
      warn(
        "contact-in-pause",
        Bilingual(
          "\(t.id) is paused: resume first (amigo resume \(t.id) --date \(date) --since FIRST-PAUSED-DAY) or correct the session's date",
          "\(t.id) is gepauzeerd: hervat eerst (amigo resume \(t.id) --date \(date) --since EERSTE-GEPAUZEERDE-DAG) of verbeter de datum van de sessie"
        ))
    } else if let status = t.status, !status.isRunning, status != .paused, counted,
      kind == .childTalk
    {
      warn(
        "session-while-not-active",
        Bilingual(
          "\(t.id) has status '\(status.rawValue)', not active",
          "\(t.id) heeft status '\(status.rawValue)', niet actief"))
    }
    let programme = config.programme(t.programme)
    if let programme, counted, kind == programme.doseKind, let norm = programme.sessionMinutes,
      let minutes = t.sessions.last(where: { $0.date == date && $0.kind == kind })?.minutes,
      minutes != norm
    {
      warn(
        "session-minutes",
        Bilingual(
          "the programme's \(programme.doseKind.pluralEn) last \(norm) minutes; this one \(minutes)",
          "de \(programme.doseKind.pluralNl) van het programma duren \(norm) minuten; deze \(minutes)"
        ))
    }
    if let programme, let kinds = programme.sessionKinds, let kind, !kinds.contains(kind) {
      warn(
        "kind-not-in-programme",
        Bilingual(
          "a \(kind.policy.value.en) is not one of the session kinds of \(programme.label) ("
            + kinds.map(\.rawValue).joined(separator: ", ") + ")",
          "een \(kind.policy.value.nl) is geen van de soorten sessies van \(programme.label) ("
            + kinds.map(\.rawValue).joined(separator: ", ") + ")"))
    }
    return out
  }
}

extension Consent {
  /// What the consent just recorded in `t` leaves to check, without being wrong: a date after
  /// `today`, or consent in force for what it covers that still lacks the party the child's age
  /// asks: the child from 12, a parent with custody from 12 to 15 (`amigo consent`; the other
  /// party may follow in an entry of its own).
  public func recordingWarnings(in t: Trajectory, today: LocalDate) -> [Diagnostic] {
    guard let date else { return [] }
    var out: [Diagnostic] = []
    if date > today {
      out.append(
        Diagnostic(
          severity: .warning, code: "date-in-future",
          message: Bilingual("\(date) is in the future", "\(date) ligt in de toekomst")))
    }
    if let born = t.child.born {
      // Judged on the consent in force once this entry is recorded, for what it covers, as
      // `start` and `log-session` judge it: the child's consent given earlier counts beside the
      // parents' now, and the parents' earlier beside the child's. In the birthday month the
      // age is either of two (`ConsentLaw.Age`); both ages' rules are asked.
      let age = ConsentLaw.Age(born: born, on: date)
      let problem = ConsentLaw.partyProblem(
        needing: scope.isEmpty ? ["support"] : scope,
        inForce: ConsentLaw.InForce(t.consent, on: date), age: age, bothParents: false)
      let message: Bilingual? =
        switch problem?.party {
        case .childMissing:
          age.high >= 16
            ? Bilingual(
              "the child is \(age.description) on \(date): from 16 the child gives consent",
              "het kind is \(age.descriptionNL) op \(date): vanaf 16 geeft het kind toestemming")
            : Bilingual(
              "the child is \(age.description) on \(date): from 12 the child gives consent too (--given-by parents,child)",
              "het kind is \(age.descriptionNL) op \(date): vanaf 12 geeft het kind ook toestemming (--given-by parents,child)"
            )
        case .parentMissing:
          Bilingual(
            "the child is \(age.description) on \(date): from 12 to 15 a parent with custody (or a guardian) consents too (--given-by parents,child), unless the exception 'without-parents' applies",
            "het kind is \(age.descriptionNL) op \(date): van 12 tot en met 15 geeft ook een ouder met gezag (of een voogd) toestemming (--given-by parents,child), tenzij de uitzondering 'without-parents' geldt"
          )
        default: nil
        }
      if let message {
        out.append(Diagnostic(severity: .warning, code: "consent-wrong-party", message: message))
      }
    }
    return out
  }
}

extension Plan {
  /// What the plan just started in `t` leaves to check: a start after `today`, or planned weeks
  /// outside the programme's range (`amigo start`).
  public func startingWarnings(in t: Trajectory, config: Config, today: LocalDate) -> [Diagnostic] {
    var out: [Diagnostic] = []
    if let start, start > today {
      out.append(
        Diagnostic(
          severity: .warning, code: "date-in-future",
          message: Bilingual("\(start) is in the future", "\(start) ligt in de toekomst"))
      )
    }
    if let weeks, let range = config.programme(t.programme)?.weeks, !range.contains(weeks) {
      out.append(
        Diagnostic(
          severity: .warning, code: "past-maximum-weeks",
          message: Bilingual(
            "the programme plans \(range.lowerBound)-\(range.upperBound) weeks; this plan has \(weeks)",
            "het programma plant \(range.lowerBound)-\(range.upperBound) weken; dit plan heeft er \(weeks)"
          )
        ))
    }
    return out
  }
}

extension Diagnostic {
  /// A contact dated on a Saturday or Sunday, as a warning (`session-on-weekend`); nil on a
  /// weekday. School-based work falls on school days: a weekend date is most often a wrong one
  /// ('--date zondag' for Friday's talk, or the default today on a Sunday evening). A warning,
  /// not a refusal: a home visit, a call or a parents' evening at the weekend can happen.
  /// `log-session` and the commands that record a meeting, group meeting or light contact say it.
  public static func onWeekend(_ date: LocalDate) -> Diagnostic? {
    guard date.weekday >= 6 else { return nil }
    let (en, nl) = date.weekday == 6 ? ("Saturday", "zaterdag") : ("Sunday", "zondag")
    return Diagnostic(
      severity: .warning, code: "session-on-weekend",
      message: Bilingual(
        "\(date) is a \(en), not a school day: check the date (--date)",
        "\(date) is een \(nl), geen schooldag: controleer de datum (--date)"))
  }
}
