import AmigoSchema

/// A trajectory's measures of one instrument by one informant: the pre, the post and the
/// follow-ups, compared scale by scale (`docs/reports.md`, "Outcome measures"). Forms by
/// different informants are never compared with each other.
public struct MeasureSeries: Sendable {
  public let instrument: Instrument
  public let informant: Informant
  /// The first `pre` and the first `post` (there is one of each in a valid file).
  public let pre: Measure?
  public let post: Measure?
  public let followUps: [Measure]

  /// The scales of the instrument on this informant's form, in the instrument's order.
  public var scales: [InstrumentScale] {
    instrument.scales.filter { $0.norms[informant] != nil }
  }

  /// The series of `t`, by instrument (config order) and informant (`Informant` order);
  /// measures of an instrument the config does not declare are left out.
  public static func of(_ t: Trajectory, config: Config) -> [MeasureSeries] {
    var out: [MeasureSeries] = []
    for instrument in config.instruments {
      for informant in Informant.allCases {
        let ms = t.measures.filter { $0.instrument == instrument.id && $0.informant == informant }
        guard !ms.isEmpty else { continue }
        func dated(_ tp: Timepoint) -> [Measure] {
          ms.enumerated().filter { $0.element.timepoint == tp }
            .sorted {
              ($0.element.date ?? .init(dayNumber: 0), $0.offset) < (
                $1.element.date ?? .init(dayNumber: 0), $1.offset
              )
            }
            .map(\.element)
        }
        out.append(
          MeasureSeries(
            instrument: instrument, informant: informant, pre: dated(.pre).first,
            post: dated(.post).first, followUps: dated(.followUp)))
      }
    }
    return out
  }

  /// One scale's pre → post comparison.
  public struct Change: Sendable {
    public let pre: Double
    public let post: Double
    public let preBand: ScoreBand?
    public let postBand: ScoreBand?
    /// Post minus pre, as measured (not signed by direction).
    public var difference: Double { post - pre }
    /// The reliable change index, positive for an improvement; nil without SD or reliability.
    public let rci: Double?
    public var verdict: ReliableChange.Verdict? { rci.map(ReliableChange.verdict) }
    /// Started in the borderline or abnormal band.
    public var startedOutsideNormal: Bool { preBand == .borderline || preBand == .abnormal }
    /// Started outside the normal band and ended in it.
    public var movedToNormal: Bool { startedOutsideNormal && postBand == .normal }
  }

  /// The band of `value` on `scale` for this informant's form.
  public func band(_ value: Double?, _ scale: InstrumentScale) -> ScoreBand? {
    guard let value else { return nil }
    return scale.norms[informant]?.band(of: value, direction: scale.direction)
  }

  /// The pre → post change of `scale`, when both have a value for it.
  public func change(_ scale: InstrumentScale) -> Change? { change(scale, to: post) }

  /// The change of `scale` from the pre to `later` (the post, or a follow-up).
  public func change(_ scale: InstrumentScale, to later: Measure?) -> Change? {
    guard let a = pre?.value(of: scale), let b = later?.value(of: scale) else { return nil }
    let norms = scale.norms[informant]
    return Change(
      pre: a, post: b, preBand: band(a, scale), postBand: band(b, scale),
      rci: ReliableChange.index(
        pre: a, post: b, sd: norms?.sd, reliability: norms?.reliability,
        direction: scale.direction))
  }
}

extension ScoreBand {
  func label(_ lang: Language) -> String {
    switch self {
    case .normal: lang("normal", "normaal")
    case .borderline: lang("borderline", "grensgebied")
    case .abnormal: lang("abnormal", "afwijkend")
    }
  }
}

extension ReliableChange.Verdict {
  func label(_ lang: Language) -> String {
    switch self {
    case .improved: lang("improved", "verbeterd")
    case .unchanged: lang("unchanged", "onveranderd")
    case .deteriorated: lang("worse", "verslechterd")
    }
  }
}

extension Informant {
  func label(_ lang: Language) -> String { lang.label(rawValue, Schemas.informant) }
}
