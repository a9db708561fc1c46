/// Outcome measures: standardised questionnaires (the SDQ and others) scored at fixed moments
/// of a trajectory. Only scale scores are stored, never items or answers. What an instrument
/// has (scales, ranges, norms, bands) is configuration (`Instrument`), never code.

/// Who filled in the form.
public enum Informant: String, Sendable, Hashable, CaseIterable {
  case parent, teacher
  case selfReport = "self"
}

/// When in the trajectory the form was filled in.
public enum Timepoint: String, Sendable, Hashable, CaseIterable {
  case pre, post
  case followUp = "follow-up"
}

/// Whether a lower or a higher score is better on a scale.
public enum ScaleDirection: String, Sendable, Hashable, CaseIterable {
  case lowerIsBetter = "lower-is-better"
  case higherIsBetter = "higher-is-better"
}

/// A band of scores with a published cut-off.
public enum ScoreBand: String, Sendable, Hashable, CaseIterable {
  case normal, borderline, abnormal
}

/// One scale score of a measure, as written.
public struct ScaleScore: Sendable, Hashable {
  public var scale: String
  public var value: Double
  public var span: Span
  public init(scale: String, value: Double, span: Span = .none) {
    self.scale = scale
    self.value = value
    self.span = span
  }
}

/// One completed form (`measures:` in a trajectory file).
public struct Measure: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var instrument: String = ""
  public var instrumentSpan = Span.none
  public var informant: Informant?
  public var informantSpan = Span.none
  public var timepoint: Timepoint?
  public var timepointSpan = Span.none
  public var scores: [ScaleScore] = []
  public var scoresSpan = Span.none
  public var span = Span.none

  /// The score written for `scale`, if any (the first, when a key is repeated).
  public func score(_ scale: String) -> Double? { scores.first { $0.scale == scale }?.value }
}

/// A scale's norms for one informant's form: valid range, norm SD, reliability, bands.
public struct ScaleNorms: Sendable, Hashable {
  public init() {}
  public var min: Double?
  public var max: Double?
  /// The norm group's standard deviation (for the reliable change index).
  public var sd: Double?
  /// The scale's reliability r (Cronbach's alpha or test-retest), 0-1.
  public var reliability: Double?
  /// Where the bands start, counting from the normal end: on a lower-is-better scale the
  /// borderline band is `borderline ..< abnormal` and the abnormal band `abnormal...`; on a
  /// higher-is-better scale the borderline band is `abnormal <.. borderline` and the abnormal
  /// band `...abnormal`. Nil: the scale has no bands for this form.
  public var borderline: Double?
  public var abnormal: Double?

  /// The valid range, when both ends are there and in order.
  public var range: ClosedRange<Double>? {
    guard let min, let max, min <= max else { return nil }
    return min...max
  }

  /// The band `score` falls in on a scale of `direction`, nil without bands.
  public func band(of score: Double, direction: ScaleDirection?) -> ScoreBand? {
    guard let borderline, let abnormal, let direction else { return nil }
    switch direction {
    case .lowerIsBetter:
      return score >= abnormal ? .abnormal : score >= borderline ? .borderline : .normal
    case .higherIsBetter:
      return score <= abnormal ? .abnormal : score <= borderline ? .borderline : .normal
    }
  }

  /// True when the cut-offs are in the order `direction` needs.
  public func bandsInOrder(_ direction: ScaleDirection?) -> Bool {
    guard let borderline, let abnormal, let direction else { return true }
    return direction == .lowerIsBetter ? borderline <= abnormal : borderline >= abnormal
  }
}

/// One scale of an instrument.
public struct InstrumentScale: Sendable, Hashable {
  public var id: String
  public var label: String = ""
  public var direction: ScaleDirection?
  /// The scales this one is the sum of (a total); empty: scored directly.
  public var sumOf: [String] = []
  /// The norms per informant; an informant without an entry does not score this scale.
  public var norms: [Informant: ScaleNorms] = [:]
  public init(id: String) { self.id = id }
}

/// The ages (in whole years on the measure's date) each informant's form is for.
public struct InstrumentForms: Sendable, Hashable {
  public init() {}
  public var ages: [Informant: ClosedRange<Int>] = [:]
}

/// A questionnaire declared in `amigo.yaml` (`instruments:`).
public struct Instrument: Sendable, Hashable {
  public var id: String
  public var label: String = ""
  /// Where the bands, SDs and reliabilities come from, and for which country.
  public var normsSource: String?
  public var normsCountry: String?
  /// The informants whose form exists, with the ages it is for.
  public var forms = InstrumentForms()
  public var scales: [InstrumentScale] = []
  public init(id: String) { self.id = id }

  public func scale(_ id: String) -> InstrumentScale? { scales.first { $0.id == id } }

  /// `UK`: the country of the bands, for reports (nil when the config names none).
  public var bandsLabel: String? { normsCountry }

  /// The informants with a form, in `Informant` order.
  public var informants: [Informant] { Informant.allCases.filter { forms.ages[$0] != nil } }
}

extension Measure {
  /// The value of `scale` on this form: as written, else (for a total) the sum of its parts
  /// when all are written.
  public func value(of scale: InstrumentScale) -> Double? {
    if let v = score(scale.id) { return v }
    guard !scale.sumOf.isEmpty else { return nil }
    var sum = 0.0
    for part in scale.sumOf {
      guard let v = score(part) else { return nil }
      sum += v
    }
    return sum
  }
}

/// The reliable change index (Jacobson & Truax 1991): the change divided by the standard error
/// of the difference, signed so that a positive index is an improvement.
public enum ReliableChange {
  /// The index, or nil without an SD or a reliability below 1.
  public static func index(
    pre: Double, post: Double, sd: Double?, reliability: Double?, direction: ScaleDirection?
  ) -> Double? {
    guard let sd, let r = reliability, sd > 0, r >= 0, r < 1 else { return nil }
    let sdiff = (2.0).squareRoot() * sd * (1 - r).squareRoot()
    let rci = (post - pre) / sdiff
    return direction == .lowerIsBetter ? -rci : rci
  }

  /// |RCI| above 1.96: a change unlikely (p < .05) to come from measurement error alone.
  public static let threshold = 1.96

  /// `improved`, `deteriorated` or `unchanged` for an index.
  public static func verdict(_ index: Double) -> Verdict {
    index > threshold ? .improved : index < -threshold ? .deteriorated : .unchanged
  }

  public enum Verdict: String, Sendable, Hashable {
    case improved, unchanged, deteriorated
  }
}
