import AmigoSchema

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
  public internal(set) var rows: [[Cell]] = []
  /// Spaces between columns.
  public var gap = 2
  /// Spaces before every line.
  public var indent = 0
  /// Print the headers as the first line (only when at least one header is not empty).
  public var showsHeader = true
  public var headerStyle = Style.bold
  /// Draw a line of dashes under the header (report tables).
  public var headerRule = false
  /// The widest a line may get, in terminal columns (the terminal's width); nil for no limit.
  /// A table wider than this is split into blocks of columns, each repeating the first column,
  /// one under the other; a text column that cannot fit even beside the first one wraps.
  /// Header words never break.
  public var width: Int?

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
  /// and the header get ANSI escape codes. With a `width`, no line is wider than it (as far as
  /// the first column and one other fit; see `width`).
  public func render(color: Bool = false) -> String {
    // Without a width (not a terminal) the widths are measured once, by `renderAll`.
    guard let width else { return renderAll(color: color) }
    let natural = naturalWidths()
    let visible = natural.indices.filter { natural[$0] > 0 }
    guard lineWidth(visible, natural) > width, visible.count > 1 else {
      return renderAll(color: color)
    }
    // Column blocks: the first column, then as many further columns as fit.
    let first = visible[0]
    var blocks: [[Int]] = []
    var current = [first]
    for i in visible.dropFirst() {
      if current.count > 1 && lineWidth(current + [i], natural) > width {
        blocks.append(current)
        current = [first]
      }
      current.append(i)
    }
    blocks.append(current)
    return blocks.map { block -> String in
      var part = TextTable(block.map { columns[$0] })
      part.gap = gap
      part.indent = indent
      part.showsHeader = showsHeader
      part.headerStyle = headerStyle
      part.headerRule = headerRule
      part.rows = rows.map { row in block.map { row[$0] } }
      // A block still too wide: its widest text column wraps into the room that is left
      // (never narrower than the longest header word). Only a column of words wraps: one
      // whose every cell is a single word (an id, a date, a code) is never broken, so the
      // line stays wider and the terminal's width folds it between columns instead.
      if lineWidth(block, natural) > width,
        let widest = block.filter({ columns[$0].alignment == .left && holdsWords($0) }).max(by: {
          natural[$0] < natural[$1]
        })
      {
        let others = block.filter { $0 != widest }
        let room = width - lineWidth(others, natural) - gap
        let headerWord =
          columns[widest].header.split(separator: " ").map { Self.displayWidth(String($0)) }
          .max() ?? 0
        // Nor narrower than its longest word: a date or an id in a text stays whole.
        let longestWord =
          rows.lazy.flatMap { row in
            widest < row.count ? row[widest].text.split(separator: " ") : []
          }.map { Self.displayWidth(String($0)) }.max() ?? 0
        let k = block.firstIndex(of: widest)!
        part.columns[k].maxWidth = max(room, headerWord, min(longestWord, width), 8)
        part.columns[k].overflow = .wrap
      }
      return part.renderAll(color: color)
    }.joined(separator: "\n")
  }

  /// Whether some cell of column `i` holds more than one word (a space between two words), so
  /// that wrapping it breaks lines between words rather than inside an id or a date.
  func holdsWords(_ i: Int) -> Bool {
    rows.contains { row in
      i < row.count && row[i].text.split(separator: " ", maxSplits: 1).count > 1
    }
  }

  /// Each column's width without a terminal limit (0 for a column empty everywhere).
  func naturalWidths() -> [Int] {
    var widths = Array(repeating: 0, count: columns.count)
    if hasHeaderLine {
      for (i, c) in columns.enumerated() {
        for line in fit(Self.sanitize(c.header), c) {
          widths[i] = max(widths[i], Self.displayWidth(line))
        }
      }
    }
    for row in rows {
      for (i, cell) in row.enumerated() {
        for line in fit(Self.sanitize(cell.text), columns[i]) {
          widths[i] = max(widths[i], Self.displayWidth(line))
        }
      }
    }
    return widths
  }

  /// The width of a line holding `indices`' columns at `widths`.
  func lineWidth(_ indices: [Int], _ widths: [Int]) -> Int {
    indent + indices.reduce(0) { $0 + widths[$1] } + gap * max(indices.count - 1, 0)
  }

  var hasHeaderLine: Bool { showsHeader && columns.contains(where: { !$0.header.isEmpty }) }

  /// The whole table in one block, ignoring `width`.
  func renderAll(color: Bool) -> String {
    // No column wraps (report tables without a terminal width, `list`): every cell is one line.
    if !columns.isEmpty && !columns.contains(where: { $0.maxWidth != nil && $0.overflow == .wrap })
    {
      return renderOneLineCells(color: color)
    }
    return renderGrid(color: color)
  }

  /// `renderGrid` for a table whose cells are one line each (no column wraps), without an array
  /// per cell: the cells' texts and widths in two flat arrays, a row after the other (the
  /// header first), each cell made safe, cut to its column and measured once.
  func renderOneLineCells(color: Bool) -> String {
    let n = columns.count
    let header = hasHeaderLine
    let lines = rows.count + (header ? 1 : 0)
    // Large tables (a list of thousands of trajectories) are laid out in parts of rows on every
    // core: each part's cells are fitted and measured, the widths joined, then each part's
    // lines made; the same bytes as one pass.
    let part = 512
    let parts = max(1, (lines + part - 1) / part)
    @Sendable func range(_ p: Int) -> Range<Int> { (p * part)..<min(lines, (p + 1) * part) }
    /// The fitted text of every cell of table lines `r` (line 0: the header, when shown), and
    /// each one's width.
    @Sendable func cells(_ r: Range<Int>) -> (texts: [String], measured: [Int]) {
      var texts: [String] = []
      texts.reserveCapacity(r.count * n)
      for line in r {
        for i in 0..<n {
          let text = header && line == 0 ? columns[i].header : rows[line - (header ? 1 : 0)][i].text
          texts.append(fitted(Self.sanitize(text), columns[i]))
        }
      }
      return (texts, texts.map(Self.displayWidth))
    }
    let measuredParts =
      parts == 1 ? [cells(0..<lines)] : concurrentMap(parts) { p in cells(range(p)) }
    var widest = Array(repeating: 0, count: n)
    for m in measuredParts {
      for (k, w) in m.measured.enumerated() where w > widest[k % n] { widest[k % n] = w }
    }
    let widths = widest
    // Columns that are empty everywhere take no space.
    let visible = widths.indices.filter { widths[$0] > 0 }
    /// The lines of part `p`, as bytes.
    @Sendable func text(_ p: Int) -> [UInt8] {
      let (texts, measured) = measuredParts[p]
      let first = range(p).lowerBound
      var out: [UInt8] = []
      out.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count } + (indent + 1) * texts.count / n)
      var line: [UInt8] = []
      for k in 0..<(texts.count / n) {
        let r = first + k
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: repeatElement(0x20, count: indent))
        for (j, i) in visible.enumerated() {
          if j > 0 { line.append(contentsOf: repeatElement(0x20, count: gap)) }
          Self.appendCell(
            texts[k * n + i], missing: max(widths[i] - measured[k * n + i], 0),
            columns[i].alignment,
            style: color
              ? (header && r == 0 ? headerStyle : rows[r - (header ? 1 : 0)][i].style) : .plain,
            to: &line)
        }
        Self.appendTrimmed(line, to: &out)
        out.append(0x0A)
        // The line of dashes under the header: plain, as wide as each column.
        if r == 0 && header && headerRule {
          line.removeAll(keepingCapacity: true)
          line.append(contentsOf: repeatElement(0x20, count: indent))
          for (j, i) in visible.enumerated() {
            if j > 0 { line.append(contentsOf: repeatElement(0x20, count: gap)) }
            line.append(contentsOf: repeatElement(0x2D, count: widths[i]))
          }
          Self.appendTrimmed(line, to: &out)
          out.append(0x0A)
        }
      }
      return out
    }
    if parts == 1 { return String(decoding: text(0), as: UTF8.self) }
    let pieces = concurrentMap(parts) { p in text(p) }
    var out: [UInt8] = []
    out.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    for piece in pieces { out.append(contentsOf: piece) }
    return String(decoding: out, as: UTF8.self)
  }

  /// A cell's text padded with `missing` spaces on the side its alignment leaves free, the
  /// text (not the padding) in its style's escape codes (`.plain` for none).
  static func appendCell(
    _ text: String, missing: Int, _ alignment: Alignment, style: Style, to line: inout [UInt8]
  ) {
    if style.code != nil {
      let padded =
        alignment == .left
        ? text + String(repeating: " ", count: missing)
        : String(repeating: " ", count: missing) + text
      line.append(contentsOf: Self.styled(padded, style).utf8)
    } else if alignment == .left {
      line.append(contentsOf: text.utf8)
      line.append(contentsOf: repeatElement(0x20, count: missing))
    } else {
      line.append(contentsOf: repeatElement(0x20, count: missing))
      line.append(contentsOf: text.utf8)
    }
  }

  /// The whole table in one block, ignoring `width`, each cell as its lines (wrapping or
  /// cutting to its column).
  func renderGrid(color: Bool) -> String {
    // Every cell as its lines (wrapping or truncating to the column's limit).
    var grid: [[[String]]] = []
    var styles: [[Style]] = []
    if hasHeaderLine {
      grid.append(columns.map { fit(Self.sanitize($0.header), $0) })
      styles.append(columns.map { _ in headerStyle })
    }
    for row in rows {
      grid.append(zip(row, columns).map { fit(Self.sanitize($0.text), $1) })
      styles.append(row.map(\.style))
    }
    // Each line's display width, measured once (for the column widths and the padding).
    var measured = grid.map { row in row.map { lines in lines.map(Self.displayWidth) } }
    var widths = Array(repeating: 0, count: columns.count)
    for row in measured {
      for (i, lines) in row.enumerated() {
        for w in lines { widths[i] = max(widths[i], w) }
      }
    }
    // Columns that are empty everywhere take no space.
    let visible = widths.indices.filter { widths[$0] > 0 }
    if headerRule && hasHeaderLine {
      grid.insert(columns.indices.map { [String(repeating: "-", count: widths[$0])] }, at: 1)
      measured.insert(columns.indices.map { [widths[$0]] }, at: 1)
      styles.insert(columns.map { _ in .plain }, at: 1)
    }
    // The lines are put together as UTF-8 bytes: the same text as joining padded strings.
    var out: [UInt8] = []
    var line: [UInt8] = []
    for (r, row) in grid.enumerated() {
      let height = row.map(\.count).max() ?? 1
      for l in 0..<max(height, 1) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: repeatElement(0x20, count: indent))
        for (k, i) in visible.enumerated() {
          if k > 0 { line.append(contentsOf: repeatElement(0x20, count: gap)) }
          let text = l < row[i].count ? row[i][l] : ""
          let missing = max(widths[i] - (l < row[i].count ? measured[r][i][l] : 0), 0)
          Self.appendCell(
            text, missing: missing, columns[i].alignment, style: color ? styles[r][i] : .plain,
            to: &line)
        }
        Self.appendTrimmed(line, to: &out)
        out.append(0x0A)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `line` without its trailing spaces, as `while line.last == " " { removeLast() }`
  /// on the string would: spaces after an ASCII character (or at the start) are each a
  /// character of their own; after any other, the string decides (a prepended mark and a space
  /// can make one character).
  static func appendTrimmed(_ line: [UInt8], to out: inout [UInt8]) {
    var end = line.count
    while end > 0 && line[end - 1] == 0x20 { end -= 1 }
    if end == 0 || line[end - 1] < 0x80 {
      out.append(contentsOf: line[0..<end])
      return
    }
    var text = String(decoding: line, as: UTF8.self)
    while text.last == " " { text.removeLast() }
    out.append(contentsOf: text.utf8)
  }

  /// `text` cut to `column`'s limit where it is wider and the column does not wrap (`fit`'s
  /// one line).
  func fitted(_ text: String, _ column: Column) -> String {
    guard let limit = column.maxWidth, limit > 0, Self.displayWidth(text) > limit else {
      return text
    }
    return Self.truncate(text, to: limit)
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

  /// Terminal columns `text` takes (`TextWidth.of`, the one measure of reports and tables).
  public static func displayWidth(_ text: String) -> Int { TextWidth.of(text) }

  // MARK: - Shaping text

  /// `text` with line breaks and tabs as spaces, other control characters as U+FFFD, and
  /// bidirectional overrides removed, so that a cell is one line that cannot rearrange or
  /// restyle the terminal.
  public static func sanitize(_ text: String) -> String { SafeText.oneLine(text) }

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
      let w = TextWidth.of(character)
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
        while let c = rest.first, headWidth + TextWidth.of(c) <= width || head.isEmpty {
          head.append(c)
          headWidth += TextWidth.of(c)
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
