/// A plain-text table whose columns line up in a terminal, also when cells hold accented,
/// combining, East Asian wide or emoji characters.
///
/// Widths are measured in terminal columns per grapheme cluster (see `displayWidth`), never in
/// `String.count` or bytes. Cells are plain text: control characters are replaced before
/// measuring, and colour is applied by the table (per cell `Style`) after padding, so escape
/// codes never disturb the alignment and file contents can never inject them.
///
/// ```swift
/// var table = TextTable([.init("id"), .init("minutes", alignment: .right)])
/// table.append(["g1", "20"])
/// print(table.render(color: false))
/// ```
public struct TextTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  /// How a cell is shown on a colour terminal.
  public enum Style: Sendable, Hashable {
    case plain, bold, dim, red, green, yellow, cyan

    var code: String? {
      switch self {
      case .plain: nil
      case .bold: "1"
      case .dim: "2"
      case .red: "31"
      case .green: "32"
      case .yellow: "33"
      case .cyan: "36"
      }
    }
  }

  /// What happens to text wider than a column's `maxWidth`.
  public enum Overflow: Sendable { case truncate, wrap }

  public struct Column: Sendable {
    public var header: String
    public var alignment: Alignment
    /// The widest the column may get, in terminal columns; nil for no limit.
    public var maxWidth: Int?
    public var overflow: Overflow

    public init(
      _ header: String = "", alignment: Alignment = .left, maxWidth: Int? = nil,
      overflow: Overflow = .truncate
    ) {
      self.header = header
      self.alignment = alignment
      self.maxWidth = maxWidth
      self.overflow = overflow
    }
  }

  public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
      self.text = text
      self.style = style
    }

    public init(stringLiteral value: String) { self.init(value) }
  }

  public var columns: [Column]
  public private(set) var rows: [[Cell]] = []
  /// Spaces between columns.
  public var gap = 2
  /// Spaces before every line.
  public var indent = 0
  /// Print the headers as the first line (only when at least one header is not empty).
  public var showsHeader = true
  public var headerStyle = Style.bold

  public init(_ columns: [Column]) { self.columns = columns }

  /// Adds a row. Missing cells are empty; cells beyond the last column are ignored.
  public mutating func append(_ row: [Cell]) {
    var cells = Array(row.prefix(columns.count))
    while cells.count < columns.count { cells.append(Cell("")) }
    rows.append(cells)
  }

  /// Adds a row of plain cells.
  public mutating func append(_ texts: [String]) { append(texts.map { Cell($0) }) }

  public var isEmpty: Bool { rows.isEmpty }

  /// The table as lines ending in `\n`, without trailing spaces. With `color`, styled cells
  /// and the header get ANSI escape codes.
  public func render(color: Bool = false) -> String {
    // Every cell as its lines (wrapping or truncating to the column's limit).
    var grid: [[[String]]] = []
    var styles: [[Style]] = []
    if showsHeader && columns.contains(where: { !$0.header.isEmpty }) {
      grid.append(columns.map { fit(Self.sanitize($0.header), $0) })
      styles.append(columns.map { _ in headerStyle })
    }
    for row in rows {
      grid.append(zip(row, columns).map { fit(Self.sanitize($0.text), $1) })
      styles.append(row.map(\.style))
    }
    var widths = Array(repeating: 0, count: columns.count)
    for row in grid {
      for (i, lines) in row.enumerated() {
        for line in lines { widths[i] = max(widths[i], Self.displayWidth(line)) }
      }
    }
    // Columns that are empty everywhere take no space.
    let visible = widths.indices.filter { widths[$0] > 0 }
    let margin = String(repeating: " ", count: indent)
    let space = String(repeating: " ", count: gap)
    var out = ""
    for (r, row) in grid.enumerated() {
      let height = row.map(\.count).max() ?? 1
      for l in 0..<max(height, 1) {
        var parts: [String] = []
        for i in visible {
          let text = l < row[i].count ? row[i][l] : ""
          let padded = Self.pad(text, to: widths[i], columns[i].alignment)
          parts.append(color ? Self.styled(padded, styles[r][i]) : padded)
        }
        var line = margin + parts.joined(separator: space)
        while line.last == " " { line.removeLast() }
        out += line + "\n"
      }
    }
    return out
  }

  func fit(_ text: String, _ column: Column) -> [String] {
    guard let limit = column.maxWidth, limit > 0, Self.displayWidth(text) > limit else {
      return [text]
    }
    switch column.overflow {
    case .truncate: return [Self.truncate(text, to: limit)]
    case .wrap: return Self.wrap(text, width: limit)
    }
  }

  /// Applies `style` to the text of a padded cell, leaving the padding outside the codes.
  static func styled(_ padded: String, _ style: Style) -> String {
    guard let code = style.code else { return padded }
    let leading = padded.prefix { $0 == " " }
    var body = Substring(padded.dropFirst(leading.count))
    var trailing = ""
    while body.last == " " {
      body.removeLast()
      trailing += " "
    }
    if body.isEmpty { return padded }
    return leading + "\u{1B}[\(code)m" + body + "\u{1B}[0m" + trailing
  }

  // MARK: - Measuring text

  /// Terminal columns `text` takes: the sum of `displayWidth` of its grapheme clusters.
  public static func displayWidth(_ text: String) -> Int {
    // Printable ASCII (most cells): one column a character, no Unicode tables needed.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + displayWidth($1) }
  }

  /// Terminal columns one grapheme cluster takes: 2 for emoji shown as pictures (including
  /// sequences joined with U+200D, flags, keycaps and text symbols followed by U+FE0F) and for
  /// East Asian wide and fullwidth characters; 0 for combining marks and other zero-width
  /// characters; otherwise 1. An accent stays on its letter: `é` is 1 column whether it is
  /// precomposed (U+00E9) or decomposed (`e` + U+0301).
  public static func displayWidth(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
    if let first = scalars.first, first.properties.isEmoji,
      scalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    return scalars.reduce(0) { $0 + displayWidth($1) }
  }

  /// Terminal columns a single scalar takes, outside an emoji sequence.
  public static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control: return 0
    case .format: return v == 0x00AD ? 1 : 0  // a soft hyphen shows; ZWJ, ZWSP, BOM do not
    default: break
    }
    // Hangul vowels and final consonants join the initial consonant's cell.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    for range in wideRanges where range.contains(v) { return 2 }
    return 1
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt (emoji
  /// are handled by their Emoji_Presentation property).
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Khitan, Kana supplements
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and beyond
  ]

  // MARK: - Shaping text

  /// `text` with line breaks and tabs as spaces, other control characters as U+FFFD, and
  /// bidirectional overrides removed, so that a cell is one line that cannot rearrange or
  /// restyle the terminal.
  public static func sanitize(_ text: String) -> String {
    // Printable ASCII has nothing to replace.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D, 0x2028, 0x2029, 0x85: out.append(" ")
      case 0x202A...0x202E, 0x2066...0x2069: continue
      default:
        if scalar.properties.generalCategory == .control {
          out.append("\u{FFFD}")
        } else {
          out.append(scalar)
        }
      }
    }
    return String(out)
  }

  /// `text` padded with spaces to `width` columns, on the right (left alignment) or the left.
  public static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
    let missing = width - displayWidth(text)
    guard missing > 0 else { return text }
    let spaces = String(repeating: " ", count: missing)
    return alignment == .left ? text + spaces : spaces + text
  }

  /// `text` cut to at most `width` columns, ending in `…` when something was cut. Never
  /// splits a grapheme cluster (an accent stays with its letter, an emoji stays whole).
  public static func truncate(_ text: String, to width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    guard width > 0 else { return "" }
    var out = ""
    var used = 0
    for character in text {
      let w = displayWidth(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    while out.last == " " { out.removeLast() }
    return out + "…"
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible; a word
  /// wider than `width` is split between grapheme clusters. Runs of spaces collapse at breaks.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = displayWidth(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while wordWidth > width {
        var head = ""
        var headWidth = 0
        var rest = Substring(word)
        while let c = rest.first, headWidth + displayWidth(c) <= width || head.isEmpty {
          head.append(c)
          headWidth += displayWidth(c)
          rest = rest.dropFirst()
        }
        lines.append(head)
        word = String(rest)
        wordWidth = displayWidth(word)
      }
      line = word
      lineWidth = wordWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
