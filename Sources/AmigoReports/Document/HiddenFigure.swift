/// A figure a report does not show, and why. This is the one representation of a hidden figure:
/// the document builds it once, and every renderer reads its marker (text, Markdown, CSV) and
/// its reason code (CSV, JSON) from it; no renderer works the reason out again.
public struct HiddenFigure: Sendable, Hashable {
  /// Why a figure is hidden; the raw value is the stable code CSV and JSON carry.
  public enum Reason: String, Sendable, Hashable, CaseIterable {
    /// A count from 1 to the threshold minus 1: `<5`. Only counts are ever hidden this way.
    case smallCount = "small-count"
    /// A median, mean, quartiles, share or total (contact hours) computed from 1 to the
    /// threshold minus 1 cases:
    /// `n<5`. Says nothing about the size of the figure itself.
    case tooFewCases = "too-few-cases"
    /// A count or figure that would give a small count away (a total minus the others, a share
    /// whose count or remainder is small): `x`. It may be any value, 0 included.
    case withheld
  }

  public var reason: Reason
  /// The workspace's `small_numbers`: counts below it are small.
  public var threshold: Int

  public init(_ reason: Reason, threshold: Int) {
    self.reason = reason
    self.threshold = threshold
  }

  /// What a reader sees in the cell: `<5`, `n<5` or `x`.
  public var marker: String {
    switch reason {
    case .smallCount: "<\(threshold)"
    case .tooFewCases: "n<\(threshold)"
    case .withheld: "x"
    }
  }

  /// The stable machine code of the reason (`small-count`, `too-few-cases`, `withheld`).
  public var code: String { reason.rawValue }

  /// What the marker means, for a legend.
  public func explanation(_ lang: Language) -> String {
    let most = threshold - 1
    switch reason {
    case .smallCount:
      return most == 1
        ? lang("a count of 1", "een aantal van 1")
        : lang("a count from 1 to \(most)", "een aantal van 1 tot en met \(most)")
    case .tooFewCases:
      return lang(
        "a median, mean, percentage or total (contact hours) from fewer than \(threshold) cases (trajectories), not shown; not a small value",
        "een mediaan, gemiddelde, percentage of totaal (contacturen) uit minder dan \(threshold) gevallen (trajecten), niet getoond; geen kleine waarde"
      )
    case .withheld:
      return lang(
        "withheld because it would give a small count away; may be any value, 0 included",
        "weggelaten omdat er een klein aantal uit af te leiden is; kan elke waarde zijn, ook 0")
    }
  }
}

/// The meaning of each marker that appears in a part of a report, in the report's language.
public struct Legend: Sendable, Hashable {
  public struct Entry: Sendable, Hashable {
    public var figure: HiddenFigure
    public var text: String
  }

  public var title: String
  public var entries: [Entry]

  /// The legend of the markers in `tables`, in the order of `HiddenFigure.Reason`; nil when
  /// they show none.
  public init?(of tables: [Table], _ lang: Language) {
    var seen = Set<HiddenFigure>()
    for t in tables {
      for row in t.rows {
        for cell in row { if let h = cell.hiddenFigure { seen.insert(h) } }
      }
    }
    guard !seen.isEmpty else { return nil }
    title = lang("Legend", "Legenda")
    entries = seen.sorted {
      let a = HiddenFigure.Reason.allCases.firstIndex(of: $0.reason)!
      let b = HiddenFigure.Reason.allCases.firstIndex(of: $1.reason)!
      return (a, $0.threshold) < (b, $1.threshold)
    }
    .map { Entry(figure: $0, text: $0.explanation(lang)) }
  }
}
