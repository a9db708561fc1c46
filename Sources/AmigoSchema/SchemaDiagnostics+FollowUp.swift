import AmigoYAML

/// The diagnostics of what comes after the trajectory (`FollowUpRule`, `DestinationRule`, the
/// `previous:` check); their codes are listed in `SchemaDiagnostics.codes` under "After the
/// trajectory".
extension SchemaDiagnostics {
  /// `what` names the contact, rating or measure in both languages.
  static func followUpAfterPeriod(
    _ r: SourceRange, what: Bilingual, closure: LocalDate, end: LocalDate, months: Int,
    programme: String
  ) -> Diagnostic {
    Diagnostic(
      code: "follow-up-after-period",
      message: Bilingual(
        "\(what.en) is after the follow-up period (the closure on \(closure) plus \(months) months: \(end))",
        "\(what.nl) valt na de nazorgperiode (de afsluiting op \(closure) plus \(months) maanden: \(end))"
      ),
      range: r,
      help: months == 0
        ? Bilingual(
          "programme '\(programme)' has no follow-up ('follow_up_months: 0' in amigo.yaml): remove it, or set the months the programme follows children up",
          "programma '\(programme)' heeft geen nazorg ('follow_up_months: 0' in amigo.yaml): haal het weg, of stel in hoeveel maanden het programma kinderen nazorg geeft"
        )
        : Bilingual(
          "check the date; a longer follow-up is set per programme in amigo.yaml ('follow_up_months'), a new request is a new trajectory (amigo new-child --previous)",
          "controleer de datum; een langere nazorg stel je per programma in in amigo.yaml ('follow_up_months'), een nieuwe hulpvraag is een nieuw traject (amigo new-child --previous)"
        ))
  }

  static func followUpBeforeClosure(
    _ r: SourceRange, what: Bilingual, closure: LocalDate?
  ) -> Diagnostic {
    Diagnostic(
      code: "follow-up-before-closure",
      message: closure.map {
        Bilingual(
          "\(what.en) is marked as follow-up, but is not after the closure (\($0))",
          "\(what.nl) is gemarkeerd als nazorg, maar valt niet na de afsluiting (\($0))")
      }
        ?? Bilingual(
          "\(what.en) is marked as follow-up, but the trajectory has no closure",
          "\(what.nl) is gemarkeerd als nazorg, maar het traject heeft geen afsluiting"),
      range: r,
      help: Bilingual(
        "follow-up comes after the closure: remove 'follow_up: true', or check the date",
        "nazorg komt na de afsluiting: haal 'follow_up: true' weg, of controleer de datum"))
  }

  static func ratingAfterClosure(
    _ r: SourceRange, goal: String, date: LocalDate, closure: LocalDate
  ) -> Diagnostic {
    Diagnostic(
      code: "rating-after-closure",
      message: Bilingual(
        "rating of goal '\(goal)' on \(date) is after the closure (\(closure))",
        "de score van doel '\(goal)' op \(date) valt na de afsluiting (\(closure))"),
      range: r,
      help: Bilingual(
        "a rating after the closure counts only as follow-up: give it with 'amigo goal rate … --follow-up', or add 'follow_up: true' to it ({date: \(date), value: …, rater: …, follow_up: true}; it then needs consent for 'follow-up'), or correct its date (earlier amigo versions accepted this silently)",
        "een score na de afsluiting telt alleen als nazorg: geef die met 'amigo goal rate … --follow-up', of voeg er 'follow_up: true' aan toe ({date: \(date), value: …, rater: …, follow_up: true}; dan is toestemming voor 'follow-up' nodig), of verbeter de datum (eerdere versies van amigo accepteerden dit zonder melding)"
      ))
  }

  static func measureAfterClosure(
    _ r: SourceRange, _ m: Measure, closure: LocalDate
  ) -> Diagnostic {
    let name = measureName(m)
    return Diagnostic(
      code: "measure-after-closure",
      message: Bilingual(
        "\(name.en) is after the closure (\(closure))",
        "\(name.nl) valt na de afsluiting (\(closure))"),
      range: r,
      help: Bilingual(
        "a measure after the closure is a follow-up: write 'timepoint: follow-up' (it then needs consent for 'follow-up'), or correct its date",
        "een meting na de afsluiting is nazorg: schrijf 'timepoint: follow-up' (dan is toestemming voor 'follow-up' nodig), of verbeter de datum"
      ))
  }

  /// `problem` says what is wrong with the date, in both languages.
  static func referralMadeDate(
    _ r: SourceRange, date: LocalDate, problem: Bilingual, help: Bilingual
  ) -> Diagnostic {
    Diagnostic(
      code: "referral-made-date",
      message: Bilingual(
        "the referral made on \(date) \(problem.en)", "de verwijzing op \(date) \(problem.nl)"),
      range: r, help: help)
  }

  static func referralMadeTo(_ r: SourceRange, to: String) -> Diagnostic {
    Diagnostic(
      code: "referral-made-to",
      message: Bilingual(
        "a referral cannot be made to '\(to)'", "er kan niet worden verwezen naar '\(to)'"),
      range: r,
      help: Bilingual(
        "'referrals' lists referrals to other help (e.g. youth-care, youth-mental-health, social-team); 'none' and 'own-network' belong in the closure's destinations",
        "'referrals' noemt verwijzingen naar andere hulp (bijv. youth-care, youth-mental-health, social-team); 'none' en 'own-network' horen bij de bestemmingen van de afsluiting"
      ))
  }

  static func destinationTwice(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "destination-twice",
      message: Bilingual(
        "the closure has both 'destination' and 'destinations'",
        "de afsluiting heeft zowel 'destination' als 'destinations'"),
      range: r,
      help: Bilingual(
        "keep one: move the single destination into the list ('destinations: [a, b]') and remove 'destination'",
        "houd er één: zet de losse bestemming in de lijst ('destinations: [a, b]') en haal 'destination' weg"
      ))
  }

  static func closureWithoutDestination(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "closure-without-destination",
      message: Bilingual(
        "the closure names no destination", "de afsluiting noemt geen bestemming"),
      range: r,
      help: Bilingual(
        "write where the child goes next: 'destination: none' (or another value), or several in 'destinations: [youth-care, own-network]'",
        "schrijf waar het kind hierna heen gaat: 'destination: none' (of een andere waarde), of meer in 'destinations: [youth-care, own-network]'"
      ))
  }

  static func destinationNoneWithOthers(_ r: SourceRange, repeated: Bool = false) -> Diagnostic {
    Diagnostic(
      code: "destination-conflict",
      message: repeated
        ? Bilingual(
          "'destinations' names a destination twice",
          "'destinations' noemt een bestemming twee keer")
        : Bilingual(
          "'destinations' names 'none' together with other destinations",
          "'destinations' noemt 'none' samen met andere bestemmingen"),
      range: r,
      help: repeated
        ? Bilingual("name each destination once", "noem elke bestemming één keer")
        : Bilingual(
          "'none' means no further help: remove it, or remove the others",
          "'none' betekent geen verdere hulp: haal het weg, of haal de andere weg"))
  }

  /// A trajectory file whose id the ledger of erased ids (`.amigo/erased.yaml`) names: a copy
  /// from before the erasure (an old clone that pushed, a backup) brought the child back.
  public static func erasedTrajectory(
    _ r: SourceRange, _ id: String, erasedOn: LocalDate
  )
    -> Diagnostic
  {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "erased-trajectory",
      message: Bilingual(
        "trajectory '\(q)' was erased on \(erasedOn) (.amigo/erased.yaml), but this file holds it again",
        "traject '\(q)' is gewist op \(erasedOn) (.amigo/erased.yaml), maar dit bestand bevat het weer"
      ),
      range: r,
      help: Bilingual(
        "a copy from before the erasure brought it back (a clone that was not made anew, a backup): erase it again with 'amigo erase \(q)' and follow docs/erasure.md; a new child gets a new id from 'amigo new-child'",
        "een kopie van voor het wissen heeft het teruggebracht (een kloon die niet opnieuw is gemaakt, een back-up): wis het opnieuw met 'amigo erase \(q)' en volg docs/erasure.md; een nieuw kind krijgt een nieuw id van 'amigo new-child'"
      ))
  }

  public static func unknownPrevious(
    _ r: SourceRange, _ id: String, erasedOn: LocalDate?, suggestion: String?
  ) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    if let erasedOn {
      return Diagnostic(
        severity: .note, code: "previous-erased",
        message: Bilingual(
          "previous trajectory '\(q)' was erased on \(erasedOn)",
          "vorig traject '\(q)' is gewist op \(erasedOn)"),
        range: r,
        help: Bilingual(
          "nothing to do: the id stays as the link (it holds no name); reports count the repeat request, but cannot date the earlier closure",
          "niets te doen: de id blijft als verwijzing (er staat geen naam in); rapporten tellen de herhaalde hulpvraag, maar kennen de datum van de eerdere afsluiting niet"
        ))
    }
    return Diagnostic(
      code: "unknown-previous",
      message: Bilingual(
        "previous trajectory '\(q)' is not in this workspace",
        "vorig traject '\(q)' staat niet in deze werkmap"),
      range: r,
      help: didYouMean(suggestion)
        + Bilingual(
          "name the id of the child's earlier trajectory (a file in trajectories/), or remove 'previous'",
          "noem de id van het eerdere traject van het kind (een bestand in trajectories/), of haal 'previous' weg"
        ))
  }

  public static func previousIsSelf(_ r: SourceRange, _ id: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "previous-is-self",
      message: Bilingual(
        "trajectory '\(q)' names itself as previous",
        "traject '\(q)' noemt zichzelf als vorig traject"),
      range: r,
      help: Bilingual(
        "'previous' names the child's earlier trajectory: correct the id, or remove it",
        "'previous' noemt het eerdere traject van het kind: verbeter de id, of haal hem weg"))
  }
}
