import AmigoYAML

/// The diagnostics of activity files (`ActivityValidator`); their codes are listed in
/// `SchemaDiagnostics.codes` under "Activities".
extension SchemaDiagnostics {
  static func fieldNotForType(_ r: SourceRange, _ name: String, type: ActivityType) -> Diagnostic {
    let own = type.policy.fields.map { "'\($0)'" }.joined(separator: ", ")
    let others = ActivityType.allCases.filter { $0.policy.fields.contains(name) }
    let q = Diagnostic.quoted(name)
    let belongs =
      others.isEmpty
      ? Bilingual("", "")
      : Bilingual(
        "; '\(name)' belongs to a "
          + others.map { "\($0.policy.value.en) (type: \($0.rawValue))" }.joined(separator: " or "),
        "; '\(name)' hoort bij een "
          + others.map { "\($0.policy.value.nl) (type: \($0.rawValue))" }.joined(separator: " of "))
    return Diagnostic(
      code: "field-not-for-type",
      message: Bilingual(
        "'\(q)' is not a field of a \(type.policy.value.en) (type: \(type.rawValue))",
        "'\(q)' is geen veld van een \(type.policy.value.nl) (type: \(type.rawValue))"),
      range: r,
      help: Bilingual(
        "a \(type.policy.value.en) has \(own)", "een \(type.policy.value.nl) heeft \(own)")
        + belongs
        + Bilingual(
          ": remove the field or correct 'type'", ": haal het veld weg of verbeter 'type'"))
  }

  static func unknownTrajectory(
    _ r: SourceRange, _ id: String, suggestion: String?, erasedOn: LocalDate? = nil
  ) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    if let erasedOn {
      return Diagnostic(
        code: "unknown-trajectory",
        message: Bilingual(
          "trajectory '\(q)' was erased on \(erasedOn)", "traject '\(q)' is gewist op \(erasedOn)"),
        range: r,
        help: Bilingual(
          "remove the id from this activity ('amigo erase' does so for the activity files it finds; this one came back, from a copy or an older version)",
          "haal de id weg uit deze activiteit ('amigo erase' doet dat in de activiteitbestanden die het vindt; deze is teruggekomen, uit een kopie of een oudere versie)"
        ))
    }
    return Diagnostic(
      code: "unknown-trajectory",
      message: Bilingual(
        "no trajectory '\(q)' in this workspace (trajectories/)",
        "geen traject '\(q)' in deze werkmap (trajectories/)"),
      range: r,
      help: didYouMean(suggestion)
        + Bilingual(
          "name a child by the id of its trajectory ('amigo list' shows them); a child without one gets a minimal trajectory with 'amigo group join GROUP --new …' or 'amigo new-child'",
          "noem een kind bij de id van zijn traject ('amigo list' toont ze); een kind zonder traject krijgt een minimaal traject met 'amigo group join GROEP --new …' of 'amigo new-child'"
        ))
  }

  /// `list` names the list the child is in (`children`), in both languages.
  static func childNamedTwice(_ r: SourceRange, _ id: String, in list: Bilingual) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "child-named-twice",
      message: Bilingual(
        "'\(q)' is named twice in \(list.en)", "'\(q)' wordt twee keer genoemd in \(list.nl)"),
      range: r,
      help: Bilingual(
        "name each child once, so that it is counted once: remove the second mention",
        "noem elk kind één keer, zodat het één keer geteld wordt: haal de tweede vermelding weg"))
  }

  static func notAParticipant(_ r: SourceRange, _ id: String, activity: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    let group = activity.isEmpty ? "GROUP" : activity
    let groupNL = activity.isEmpty ? "GROEP" : activity
    return Diagnostic(
      code: "not-a-participant",
      message: Bilingual(
        "'\(q)' has attendance recorded but is not a participant of the group",
        "bij '\(q)' is aanwezigheid vastgelegd, maar het is geen deelnemer van de groep"),
      range: r,
      help: Bilingual(
        "add the child to 'participants' first ('amigo group join \(group) \(id)'), or correct the id",
        "voeg het kind eerst toe aan 'participants' ('amigo group join \(groupNL) \(id)'), of verbeter de id"
      ))
  }

  /// A child's label (from its trajectory) written in an activity file, in free text or a
  /// comment: erasing the child removes its id from the activity, not this text.
  static func childLabelInActivity(
    _ r: SourceRange, id: String, label: String, strict: Bool
  ) -> Diagnostic {
    let q = Diagnostic.quoted(label)
    return Diagnostic(
      severity: strict ? .error : .warning, code: "child-label-in-activity",
      message: Bilingual(
        "the label of \(id) ('\(q)') is written in this activity file",
        "het label van \(id) ('\(q)') staat in dit activiteitbestand"),
      range: r,
      help: Bilingual(
        "name a child in an activity by its trajectory id only, also in comments: 'amigo erase' removes the id, not a label in the text; the label belongs in the child's own file",
        "noem een kind in een activiteit alleen met de id van zijn traject, ook in commentaar: 'amigo erase' haalt de id weg, niet een label in de tekst; het label hoort in het eigen bestand van het kind"
      ))
  }

  /// A trajectory id written in an activity's name, a note or a comment: erasing the child
  /// removes it from the lists that name children, never from this text.
  static func childIDInActivityText(_ r: SourceRange, id: String, strict: Bool) -> Diagnostic {
    Diagnostic(
      severity: strict ? .error : .warning, code: "child-label-in-activity",
      message: Bilingual(
        "the trajectory id \(id) is written in a name, note or comment of this activity file",
        "de traject-id \(id) staat in een naam, notitie of commentaar van dit activiteitbestand"),
      range: r,
      help: Bilingual(
        "name a child only in the lists that name children ('children', 'participants', the attendance): 'amigo erase' removes it there, never from a name, note or comment",
        "noem een kind alleen in de lijsten die kinderen noemen ('children', 'participants', de aanwezigheid): 'amigo erase' haalt het daar weg, nooit uit een naam, notitie of commentaar"
      ))
  }

  /// How an activity names a child, for the consent error's wording.
  public enum Naming: Sendable, Hashable {
    /// In a meeting's `children`.
    case discussed
    /// In a group meeting's attendance.
    case attendance(Attendance)
    /// In a group's `participants`, no meeting naming it yet (judged on today).
    case participant
  }

  static func activityWithoutConsent(
    _ r: SourceRange, _ id: String, type: ActivityType, date: LocalDate, needed: [String],
    problem: ConsentLaw.Problem, born: YearMonth?, consents: [Consent],
    naming: Naming = .discussed
  ) -> Diagnostic {
    let scopes = needed.map { "'\($0)'" }.joined(separator: ", ")
    let what: Bilingual
    switch (type, naming) {
    case (.meeting, _), (_, .discussed):
      what = Bilingual(
        "\(id) is named in a meeting on \(date)", "\(id) wordt genoemd in een overleg op \(date)")
    case (_, .attendance(.present)):
      what = Bilingual(
        "\(id) took part in a group meeting on \(date)",
        "\(id) deed mee aan een groepsbijeenkomst op \(date)")
    case (_, .attendance(.absent)):
      what = Bilingual(
        "\(id) is recorded as absent at a group meeting on \(date)",
        "\(id) staat als afwezig bij een groepsbijeenkomst op \(date)")
    case (_, .attendance(.excused)):
      what = Bilingual(
        "\(id) is recorded as excused at a group meeting on \(date)",
        "\(id) staat als afgemeld bij een groepsbijeenkomst op \(date)")
    case (_, .participant):
      what = Bilingual(
        "\(id) is a participant of the group on \(date) (today; no meeting records its attendance yet)",
        "\(id) is deelnemer van de groep op \(date) (vandaag; nog geen bijeenkomst noemt het kind)")
    }
    let instead =
      type == .meeting
      ? Bilingual(
        "or, when the child was discussed without consent, leave it out of 'children' and count it under 'unnamed'",
        "of, als het kind zonder toestemming besproken is, laat het weg uit 'children' en tel het onder 'unnamed'"
      )
      : Bilingual(
        "or leave the child out of the group until consent is given",
        "of laat het kind buiten de groep tot er toestemming is")
    switch problem {
    case .none(let withdrawn):
      return Diagnostic(
        code: "activity-without-consent",
        message: Bilingual(
          "\(what.en), which needs consent (\(scopes)), but none is in force"
            + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? ""),
          "\(what.nl), waarvoor toestemming nodig is (\(scopes)), maar er geldt geen"
            + (withdrawn.map { " (de toestemming is ingetrokken op \($0))" } ?? "")),
        range: r,
        help: Bilingual(
          "record the consent in the child's file: amigo consent \(id) --given-by … --scope \(needed.joined(separator: ",")) --date \(date); \(instead.en)",
          "leg de toestemming vast in het bestand van het kind: amigo consent \(id) --given-by … --scope \(needed.joined(separator: ",")) --date \(date); \(instead.nl)"
        ))
    case .party(let party):
      let age = born.map { ConsentLaw.Age(born: $0, on: date) } ?? ConsentLaw.Age(0, 0)
      let rule = ConsentLaw.ruleText(for: party, age: age)
      return Diagnostic(
        code: "activity-without-consent",
        message: Bilingual(
          "\(what.en): the child is \(age.description) and \(rule.en) (WGBO art. 7:450 and 7:465 BW)",
          "\(what.nl): het kind is \(age.descriptionNL) en \(rule.nl) (WGBO art. 7:450 en 7:465 BW)"
        ),
        range: r,
        help: ConsentLaw.remedyText(for: party, id: id, date: date) + Bilingual("; ", "; ")
          + instead)
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      let need = missing.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        code: "activity-without-consent",
        message: Bilingual(
          "\(what.en), which needs consent for \(need); the consent in force covers \(covers.isEmpty ? "nothing" : covers)",
          "\(what.nl), waarvoor toestemming nodig is voor \(need); de geldende toestemming dekt \(covers.isEmpty ? "niets" : covers)"
        ),
        range: r,
        help: Bilingual(
          "record consent that covers it: amigo consent \(id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date); \(instead.en)",
          "leg toestemming vast die het dekt: amigo consent \(id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date); \(instead.nl)"
        ))
    }
  }
}
