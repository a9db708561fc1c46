import AmigoYAML

/// The diagnostics of activity files (`ActivityValidator`); their codes are listed in
/// `SchemaDiagnostics.codes` under "Activities".
extension SchemaDiagnostics {
  static func fieldNotForType(_ r: SourceRange, _ name: String, type: ActivityType) -> Diagnostic {
    let own = type.policy.fields.map { "'\($0)'" }.joined(separator: ", ")
    let others = ActivityType.allCases.filter { $0.policy.fields.contains(name) }
    return Diagnostic(
      code: "field-not-for-type",
      message:
        "'\(Diagnostic.quoted(name))' is not a field of a \(type.policy.value.en) (type: \(type.rawValue))",
      range: r,
      help: "a \(type.policy.value.en) has \(own)"
        + (others.isEmpty
          ? ""
          : "; '\(name)' belongs to a "
            + others.map { "\($0.policy.value.en) (type: \($0.rawValue))" }.joined(
              separator: " or "))
        + ": remove the field or correct 'type'")
  }

  static func unknownTrajectory(
    _ r: SourceRange, _ id: String, suggestion: String?, erasedOn: LocalDate? = nil
  ) -> Diagnostic {
    if let erasedOn {
      return Diagnostic(
        code: "unknown-trajectory",
        message: "trajectory '\(Diagnostic.quoted(id))' was erased on \(erasedOn)",
        range: r,
        help:
          "remove the id from this activity ('amigo erase' does so for the activity files it finds; this one came back, from a copy or an older version)"
      )
    }
    return Diagnostic(
      code: "unknown-trajectory",
      message: "no trajectory '\(Diagnostic.quoted(id))' in this workspace (trajectories/)",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "")
        + "name a child by the id of its trajectory ('amigo list' shows them); a child without one gets a minimal trajectory with 'amigo group join GROUP --new …' or 'amigo new-child'"
    )
  }

  static func childNamedTwice(_ r: SourceRange, _ id: String, in list: String) -> Diagnostic {
    Diagnostic(
      code: "child-named-twice",
      message: "'\(Diagnostic.quoted(id))' is named twice in \(list)",
      range: r,
      help: "name each child once, so that it is counted once: remove the second mention")
  }

  static func notAParticipant(_ r: SourceRange, _ id: String, activity: String) -> Diagnostic {
    Diagnostic(
      code: "not-a-participant",
      message:
        "'\(Diagnostic.quoted(id))' has attendance recorded but is not a participant of the group",
      range: r,
      help:
        "add the child to 'participants' first ('amigo group join \(activity.isEmpty ? "GROUP" : activity) \(id)'), or correct the id"
    )
  }

  static func activityWithoutConsent(
    _ r: SourceRange, _ id: String, type: ActivityType, date: LocalDate, needed: [String],
    problem: ConsentLaw.Problem, born: YearMonth?, consents: [Consent]
  ) -> Diagnostic {
    let scopes = needed.map { "'\($0)'" }.joined(separator: ", ")
    let what =
      type == .meeting
      ? "\(id) is named in a meeting on \(date)" : "\(id) took part in a group meeting on \(date)"
    let instead =
      type == .meeting
      ? "or, when the child was discussed without consent, leave it out of 'children' and count it under 'unnamed'"
      : "or leave the child out of the group until consent is given"
    switch problem {
    case .none(let withdrawn):
      return Diagnostic(
        code: "activity-without-consent",
        message: "\(what), which needs consent (\(scopes)), but none is in force"
          + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? ""),
        range: r,
        help:
          "record the consent in the child's file: amigo consent \(id) --given-by … --scope \(needed.joined(separator: ",")) --date \(date); \(instead)"
      )
    case .party(let party):
      let age = born.map { ConsentLaw.Age(born: $0, on: date) } ?? ConsentLaw.Age(0, 0)
      return Diagnostic(
        code: "activity-without-consent",
        message:
          "\(what): the child is \(age.description) and \(ConsentLaw.rule(for: party, age: age)) (WGBO art. 7:450 and 7:465 BW)",
        range: r, help: ConsentLaw.remedy(for: party, id: id, date: date) + "; \(instead)")
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        code: "activity-without-consent",
        message:
          "\(what), which needs consent for \(missing.map { "'\($0)'" }.joined(separator: ", ")); the consent in force covers \(covers.isEmpty ? "nothing" : covers)",
        range: r,
        help:
          "record consent that covers it: amigo consent \(id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date); \(instead)"
      )
    }
  }
}
