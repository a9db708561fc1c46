/// Information given about a child needs a basis that fits the recipient: the consent scope that
/// covers them, or a legal ground without consent (the meldcode towards Veilig Thuis; a vital
/// interest towards anyone). Information received needs none. `SharingRule`, `amigo share` and
/// the reports ask here.
extension ConsentLaw {
  /// The consent scope that covers giving information to `party` (a `Schemas.sharingParty`
  /// value); nil: no consent scope does (Veilig Thuis, others), only a legal ground.
  public static func sharingScope(for party: String) -> String? {
    switch party {
    case "teacher", "care-coordinator", "school": "school-consultation"
    case "shelter": "shelter-consultation"
    case "youth-health": "youth-health-consultation"
    case "social-team": "social-team-consultation"
    case "youth-care": "youth-care-consultation"
    default: nil
    }
  }

  /// Why information given on a basis does not stand.
  public enum SharingProblem: Sendable, Hashable {
    /// On consent, to parties no consent scope covers.
    case noScope(parties: [String])
    /// The meldcode, towards others than Veilig Thuis.
    case meldcodeBeyondSafetyServices(parties: [String])
    /// On consent, but the consent in force does not cover it (none, a scope, the party).
    case consent(Problem, needing: [String])
    /// A vital interest: allowed towards anyone, always worth a second look (a warning).
    case vitalInterest
  }

  /// The problems of one entry of the sharing log (none for information received).
  public static func problems(
    of sharing: Sharing, in t: Trajectory, bothParents: Bool
  ) -> [SharingProblem] {
    guard sharing.isGiven, let date = sharing.date else { return [] }
    switch sharing.effectiveBasis {
    case "meldcode":
      let others = sharing.with.filter { $0 != "safety-services" }
      return others.isEmpty ? [] : [.meldcodeBeyondSafetyServices(parties: others)]
    case "vital-interest":
      return [.vitalInterest]
    default:
      var out: [SharingProblem] = []
      let uncovered = sharing.with.filter { sharingScope(for: $0) == nil }
      if !uncovered.isEmpty { out.append(.noScope(parties: uncovered)) }
      let needed = Set(sharing.with.compactMap(sharingScope(for:)))
      let scopes = Schemas.consentScope.values.map(\.value).filter(needed.contains)
      out += ConsentLaw.problems(
        needing: scopes, on: date, consents: t.consent, born: t.child.born,
        bothParents: bothParents
      ).map { .consent($0, needing: scopes) }
      return out
    }
  }

  // MARK: Exceptions and age

  /// The ages an exception applies at: art. 7:465(2) BW from 12, art. 7:450(2) BW from 12 to 15.
  public static func exceptionAges(_ exception: String) -> ClosedRange<Int>? {
    switch exception {
    case "not-competent": 12...200
    case "without-parents": 12...15
    default: nil
    }
  }

  /// True when no age the child may have (`Age`: both ages in the birthday month) lies where
  /// the exception applies.
  public static func exceptionOutOfAge(_ exception: String, age: Age) -> Bool {
    guard let ages = exceptionAges(exception) else { return false }
    return !(age.low...age.high).contains(where: ages.contains)
  }
}
