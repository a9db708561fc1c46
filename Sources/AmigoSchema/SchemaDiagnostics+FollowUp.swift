import AmigoYAML

/// The diagnostics of what comes after the trajectory (`FollowUpRule`, `DestinationRule`, the
/// `previous:` check); their codes are listed in `SchemaDiagnostics.codes` under "After the
/// trajectory".
extension SchemaDiagnostics {
  static func followUpAfterPeriod(
    _ r: SourceRange, what: String, closure: LocalDate, end: LocalDate, months: Int,
    programme: String
  ) -> Diagnostic {
    Diagnostic(
      code: "follow-up-after-period",
      message:
        "\(what) is after the follow-up period (the closure on \(closure) plus \(months) months: \(end))",
      range: r,
      help: months == 0
        ? "programme '\(programme)' has no follow-up ('follow_up_months: 0' in amigo.yaml): remove it, or set the months the programme follows children up"
        : "check the date; a longer follow-up is set per programme in amigo.yaml ('follow_up_months'), a new request is a new trajectory (amigo new-child --previous)"
    )
  }

  static func followUpBeforeClosure(
    _ r: SourceRange, what: String, closure: LocalDate?
  ) -> Diagnostic {
    Diagnostic(
      code: "follow-up-before-closure",
      message: closure.map {
        "\(what) is marked as follow-up, but is not after the closure (\($0))"
      }
        ?? "\(what) is marked as follow-up, but the trajectory has no closure",
      range: r,
      help:
        "follow-up comes after the closure: remove 'follow_up: true', or check the date")
  }

  static func ratingAfterClosure(
    _ r: SourceRange, goal: String, date: LocalDate, closure: LocalDate
  ) -> Diagnostic {
    Diagnostic(
      code: "rating-after-closure",
      message: "rating of goal '\(goal)' on \(date) is after the closure (\(closure))",
      range: r,
      help:
        "a rating after the closure counts only as follow-up: add 'follow_up: true' to it ({date: \(date), value: …, rater: …, follow_up: true}; it then needs consent for 'follow-up'), or correct its date (earlier amigo versions accepted this silently)"
    )
  }

  static func measureAfterClosure(
    _ r: SourceRange, _ m: Measure, closure: LocalDate
  ) -> Diagnostic {
    Diagnostic(
      code: "measure-after-closure",
      message: "\(measureName(m)) is after the closure (\(closure))",
      range: r,
      help:
        "a measure after the closure is a follow-up: write 'timepoint: follow-up' (it then needs consent for 'follow-up'), or correct its date"
    )
  }

  static func referralMadeDate(
    _ r: SourceRange, date: LocalDate, problem: String, help: String
  ) -> Diagnostic {
    Diagnostic(
      code: "referral-made-date", message: "the referral made on \(date) \(problem)", range: r,
      help: help)
  }

  static func referralMadeTo(_ r: SourceRange, to: String) -> Diagnostic {
    Diagnostic(
      code: "referral-made-to",
      message: "a referral cannot be made to '\(to)'",
      range: r,
      help:
        "'referrals' lists referrals to other help (e.g. youth-care, youth-mental-health, social-team); 'none' and 'own-network' belong in the closure's destinations"
    )
  }

  static func destinationTwice(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "destination-twice",
      message: "the closure has both 'destination' and 'destinations'",
      range: r,
      help:
        "keep one: move the single destination into the list ('destinations: [a, b]') and remove 'destination'"
    )
  }

  static func closureWithoutDestination(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "closure-without-destination",
      message: "the closure names no destination",
      range: r,
      help:
        "write where the child goes next: 'destination: none' (or another value), or several in 'destinations: [youth-care, own-network]'"
    )
  }

  static func destinationNoneWithOthers(_ r: SourceRange, repeated: Bool = false) -> Diagnostic {
    Diagnostic(
      code: "destination-conflict",
      message: repeated
        ? "'destinations' names a destination twice"
        : "'destinations' names 'none' together with other destinations",
      range: r,
      help: repeated
        ? "name each destination once"
        : "'none' means no further help: remove it, or remove the others")
  }

  public static func unknownPrevious(
    _ r: SourceRange, _ id: String, erasedOn: LocalDate?, suggestion: String?
  ) -> Diagnostic {
    if let erasedOn {
      return Diagnostic(
        severity: .note, code: "previous-erased",
        message: "previous trajectory '\(Diagnostic.quoted(id))' was erased on \(erasedOn)",
        range: r,
        help:
          "nothing to do: the id stays as the link (it holds no name); reports count the repeat request, but cannot date the earlier closure"
      )
    }
    return Diagnostic(
      code: "unknown-previous",
      message: "previous trajectory '\(Diagnostic.quoted(id))' is not in this workspace",
      range: r,
      help: (suggestion.map { "did you mean '\($0)'? " } ?? "")
        + "name the id of the child's earlier trajectory (a file in trajectories/), or remove 'previous'"
    )
  }

  public static func previousIsSelf(_ r: SourceRange, _ id: String) -> Diagnostic {
    Diagnostic(
      code: "previous-is-self",
      message: "trajectory '\(Diagnostic.quoted(id))' names itself as previous",
      range: r,
      help: "'previous' names the child's earlier trajectory: correct the id, or remove it")
  }
}
