/// One entry of the sharing log (`Schemas.sharing`): on a day, information was given to or
/// received from someone around the child, by category, with the basis it was given on. Never
/// the content: a short note at most.
public struct Sharing: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// `given` or `received` (`Schemas.sharingDirection`).
  public var direction: String?
  /// The other side (`Schemas.sharingParty` values).
  public var with: [String] = []
  public var withSpan = Span.none
  /// The categories of what was shared (`Schemas.sharingTopic` values).
  public var what: [String] = []
  /// Why it could be given (`Schemas.sharingBasis`); nil: on consent.
  public var basis: String?
  public var basisSpan = Span.none
  public var note: String?
  public var noteSpan = Span.none
  public var span = Span.none

  /// True for information given (received information needs no basis).
  public var isGiven: Bool { direction == "given" }

  /// The basis it was given on: `consent` unless another is recorded.
  public var effectiveBasis: String { basis ?? "consent" }
}

/// One dated step of a meldcode procedure (`Schemas.meldcodeStep`): categories and dates only,
/// never what was seen or said.
public struct MeldcodeStep: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// `Schemas.meldcodeStepKind` values.
  public var step: String?
  public var stepSpan = Span.none
  /// The decision's outcome (`Schemas.meldcodeOutcome`), on a `decision` step only.
  public var outcome: String?
  public var outcomeSpan = Span.none
  public var span = Span.none
}

extension Trajectory {
  /// Recipients that are school staff or the school: "school informed".
  public static let schoolRecipients: Set<String> = ["teacher", "care-coordinator", "school"]

  /// The first day information was given to school, or nil.
  public var firstSharingWithSchool: LocalDate? {
    sharing.filter { $0.isGiven && $0.with.contains(where: Trajectory.schoolRecipients.contains) }
      .compactMap(\.date).min()
  }

  /// The outcome of the latest meldcode decision, `open` when steps are recorded without a
  /// decision, nil without a meldcode procedure.
  public var meldcodeOutcome: String? {
    guard !meldcode.isEmpty else { return nil }
    let decisions = meldcode.filter { $0.step == "decision" && $0.outcome != nil }
    guard
      let last = decisions.max(by: {
        ($0.date?.dayNumber ?? Int.min) < ($1.date?.dayNumber ?? Int.min)
      })
    else { return "open" }
    return last.outcome
  }
}
