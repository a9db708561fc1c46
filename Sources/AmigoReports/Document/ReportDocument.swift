/// A report as structured content: sections of paragraphs, lists and tables. Every renderer
/// (text, Markdown, CSV, JSON) works from this, so all formats show the same facts.
public struct ReportDocument: Sendable, Hashable {
  /// A stable machine name: `week`, `child`, `period`.
  public var kind: String
  public var title: String
  /// Key facts of the whole report (`week: 2026-W47`), as machine key, label and value.
  public var facts: [Fact]
  public var sections: [Section]
  /// The table CSV output shows (one table per CSV file).
  public var csvTable: Table?

  public init(
    kind: String, title: String, facts: [Fact] = [], sections: [Section] = [],
    csvTable: Table? = nil
  ) {
    self.kind = kind
    self.title = title
    self.facts = facts
    self.sections = sections
    self.csvTable = csvTable
  }
}

public struct Fact: Sendable, Hashable {
  public var key: String
  public var label: String
  public var value: Cell
  public init(_ key: String, _ label: String, _ value: Cell) {
    self.key = key
    self.label = label
    self.value = value
  }
}

public struct Section: Sendable, Hashable {
  /// A stable machine name, e.g. `worker:mvd`, `attention`.
  public var id: String
  public var title: String
  public var blocks: [Block]
  public init(id: String, title: String, blocks: [Block]) {
    self.id = id
    self.title = title
    self.blocks = blocks
  }
}

public enum Block: Sendable, Hashable {
  case paragraph(String)
  case list([String])
  case table(Table)
  case subsection(Section)
  /// What the markers of hidden figures in the section mean.
  case legend(Legend)
}

public struct Column: Sendable, Hashable {
  public var key: String
  public var label: String
  public var numeric: Bool
  public init(_ key: String, _ label: String, numeric: Bool = false) {
    self.key = key
    self.label = label
    self.numeric = numeric
  }
}

public struct Table: Sendable, Hashable {
  public var id: String
  public var columns: [Column]
  public var rows: [[Cell]]
  public init(id: String, columns: [Column], rows: [[Cell]]) {
    self.id = id
    self.columns = columns
    self.rows = rows
  }
}

/// One value. JSON keeps its type; text shows `display`.
public enum Cell: Sendable, Hashable {
  case text(String)
  case int(Int)
  case number(Double, decimals: Int)
  /// Two numbers as `a-b` (quartiles).
  case range(Double, Double, decimals: Int)
  /// A figure not shown, with the marker and the reason (`<5` small count, `n<5` too few
  /// cases, `x` withheld).
  case hidden(HiddenFigure)
  case empty

  /// The hidden figure, if the cell is one.
  public var hiddenFigure: HiddenFigure? {
    if case .hidden(let h) = self { return h }
    return nil
  }

  public var display: String {
    switch self {
    case .text(let s): s
    case .int(let n): String(n)
    case .number(let d, let decimals): Cell.format(d, decimals: decimals)
    case .range(let a, let b, let decimals):
      Cell.format(a, decimals: decimals) + "-" + Cell.format(b, decimals: decimals)
    case .hidden(let h): h.marker
    case .empty: ""
    }
  }

  /// A score or target (0-10 in steps of 0.5): whole numbers without decimals, others with one.
  static func score(_ d: Double) -> Cell { .number(d, decimals: d == d.rounded() ? 0 : 1) }

  static func format(_ d: Double, decimals: Int) -> String {
    if decimals == 0 { return String(Int(d.rounded())) }
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let scaled = (d * factor).rounded()
    let whole = Int(scaled) / Int(factor)
    let frac = abs(Int(scaled)) % Int(factor)
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    let fracText = String(frac)
    return sign + String(whole) + "." + String(repeating: "0", count: decimals - fracText.count)
      + fracText
  }
}
