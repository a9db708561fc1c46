import AmigoSchema

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
  /// The language of the text: numbers in text, Markdown and HTML follow it (`4,5` in Dutch),
  /// never in JSON, and in CSV only through the `;` delimiter.
  public var language: Language = .en
  /// How the text renderer lays the document out: as a report, or as one of the compact
  /// terminal screens of `show` and `list` (`TextLayout`). Other formats ignore it.
  public var textLayout: TextLayout = .report

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

  /// The same document, its text in `language`.
  public func written(in language: Language) -> ReportDocument {
    var copy = self
    copy.language = language
    return copy
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
  /// The heading of a CSV column written right after this one with the labels of its codes
  /// (`Cell.code`), in the report's language; nil writes the codes alone.
  public var labelColumn: String?
  /// How the column shows in the screen layout (`TextLayout.screen`); other layouts and
  /// formats ignore it.
  public var screen: ScreenColumn
  public init(
    _ key: String, _ label: String, numeric: Bool = false, labelColumn: String? = nil,
    screen: ScreenColumn = ScreenColumn()
  ) {
    self.key = key
    self.label = label
    self.numeric = numeric
    self.labelColumn = labelColumn
    self.screen = screen
  }
}

public struct Table: Sendable, Hashable {
  public var id: String
  public var columns: [Column]
  public var rows: [[Cell]]
  /// The screen layout's line for a table without rows (`Goals  none yet`: the first column's
  /// label, then this); nil prints nothing.
  public var whenEmpty: String?
  public init(id: String, columns: [Column], rows: [[Cell]], whenEmpty: String? = nil) {
    self.id = id
    self.columns = columns
    self.rows = rows
    self.whenEmpty = whenEmpty
  }
}

/// One value. JSON keeps its type; text and Markdown show `display`; CSV writes numbers as
/// numbers and codes as codes (with their labels in a column beside them, `Column.labelColumn`).
public indirect enum Cell: Sendable, Hashable {
  case text(String)
  case int(Int)
  case number(Double, decimals: Int)
  /// A percentage, 0-100: `92%` on screen, the number 92 in CSV and JSON.
  case percent(Double, decimals: Int)
  /// Two numbers as `a-b` (quartiles): `{"q1": a, "q3": b}` in JSON.
  case range(Double, Double, decimals: Int)
  /// A figure not shown, with the marker and the reason (`<5` small count, `n<5` too few
  /// cases, `x` withheld).
  case hidden(HiddenFigure)
  /// A stable code (an enum value, an id) with its label in the report's language: the label
  /// on screen, `{"code", "label"}` in JSON, the code in CSV (the label beside it).
  case code(String, label: String)
  /// Several values: joined by `, ` on screen and by spaces in CSV, an array in JSON.
  case list([Cell])
  /// Scores per goal, in order: `g1 6, g2 4.5` on screen, `{"g1": 6, "g2": 4.5}` in JSON.
  case scores([GoalScore])
  /// A span of dates (ISO `YYYY-MM-DD`), shown as `display`: `{"from", "to"}` in JSON.
  case dates(from: String, to: String, display: String)
  /// A value shown on screen as `display` (`week 11 of 16`, `2/2`), whose data is `value`
  /// (what CSV and JSON write).
  case shown(String, value: Cell)
  /// A value with an emphasis the text renderer shows in colour on a terminal (a status in
  /// green, a missing consent in yellow); data and every other format are the value's.
  case marked(Cell, Emphasis)
  case empty

  /// A goal's id and score.
  public struct GoalScore: Sendable, Hashable {
    public var goal: String
    public var value: Double
    public init(_ goal: String, _ value: Double) {
      self.goal = goal
      self.value = value
    }
  }

  /// The hidden figure, if the cell is one.
  public var hiddenFigure: HiddenFigure? {
    switch self {
    case .hidden(let h): h
    case .shown(_, let value), .marked(let value, _): value.hiddenFigure
    default: nil
    }
  }

  /// What the cell holds as data (`shown` cells: their value).
  public var data: Cell {
    if case .shown(_, let value) = self { return value.data }
    if case .marked(let value, _) = self { return value.data }
    return self
  }

  /// The cell as English text shows it (`4.5`); `display(_:)` in a language.
  public var display: String { display(.en) }

  /// The cell as text in `language`: numbers with a decimal comma in Dutch (`4,5`), through
  /// `Language.decimal`, the one rule `show` follows too.
  public func display(_ language: Language) -> String {
    switch self {
    case .text(let s): s
    case .int(let n): String(n)
    case .number(let d, let decimals): language.decimal(Cell.format(d, decimals: decimals))
    case .percent(let d, let decimals): language.decimal(Cell.format(d, decimals: decimals)) + "%"
    case .range(let a, let b, let decimals):
      language.decimal(Cell.format(a, decimals: decimals)) + "-"
        + language.decimal(Cell.format(b, decimals: decimals))
    case .hidden(let h): h.marker
    case .code(let code, let label): label.isEmpty ? code : label
    case .list(let items): items.map { $0.display(language) }.joined(separator: ", ")
    case .scores(let scores):
      scores.map { "\($0.goal) \(Cell.score($0.value).display(language))" }.joined(
        separator: ", ")
    case .dates(_, _, let display): display
    case .shown(let display, _): display
    case .marked(let value, _): value.display(language)
    case .empty: ""
    }
  }

  /// The emphasis of a marked cell, `nil` for a plain one.
  public var emphasis: Emphasis? {
    if case .marked(_, let emphasis) = self { return emphasis }
    return nil
  }

  /// The cell marked with `emphasis`; nil leaves it plain.
  public func marked(_ emphasis: Emphasis?) -> Cell {
    emphasis.map { .marked(self, $0) } ?? self
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
