import AmigoSchema

/// Output formats of every report.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, csv, json, html
}

public enum ReportRenderer {
  /// `keep`: given the safe copy of the document the text, Markdown and CSV renderers print, so
  /// that a command can leave it to the process's exit to free (a list of ten thousand rows is
  /// a hundred thousand values); by default it is freed on return.
  public static func render(
    _ doc: ReportDocument, as format: ReportFormat, color: Bool = false,
    csvDelimiter: Character = ",", bom: Bool = true, width: Int? = nil,
    keep: (ReportDocument) -> Void = { _ in }
  ) -> String {
    func safe() -> ReportDocument {
      let copy = doc.safeText()
      keep(copy)
      return copy
    }
    // JSON escapes control characters itself; the others print text as it is.
    return switch format {
    case .text:
      if case .screen(let showsTitle) = doc.textLayout {
        ScreenRenderer(color: color, width: width).render(safe(), showsTitle: showsTitle)
      } else {
        TextRenderer(color: color, width: width).renderSafe(doc)
      }
    case .markdown: MarkdownRenderer().render(safe())
    case .csv: CSVRenderer(delimiter: csvDelimiter, bom: bom).render(safe())
    case .json: JSONRenderer().render(doc)
    // Without charts and in Dutch; `report` uses `html(_:lang:charts:)`.
    case .html: HTMLRenderer(lang: .nl).render(doc)
    }
  }

  /// The HTML report in `lang`, with the report's charts (`HTMLRenderer`).
  public static func html(
    _ doc: ReportDocument, lang: Language, charts: [String: [Chart]] = [:]
  ) -> String {
    HTMLRenderer(lang: lang, charts: charts).render(doc)
  }
}

/// Aligned plain text for the terminal; bold headings when `color`. With a `width` (the
/// terminal's), text wraps and tables split into column blocks (`TextTable.width`) so that no
/// line is wider.
struct TextRenderer {
  var color: Bool
  var width: Int? = nil

  /// `text` as lines of at most `width` columns, each starting with `first` (the first line)
  /// or `rest` (the lines after it).
  func wrapped(_ text: String, first: String = "", rest: String = "") -> String {
    guard let width, TextWidth.of(first + text) > width else { return first + text + "\n" }
    let room = max(width - max(TextWidth.of(first), TextWidth.of(rest)), 20)
    return TextTable.wrap(text, width: room).enumerated().map {
      ($0.offset == 0 ? first : rest) + $0.element + "\n"
    }.joined()
  }

  func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }

  func render(_ doc: ReportDocument) -> String {
    var out = bold(doc.title) + "\n"
    if !doc.facts.isEmpty {
      let width = doc.facts.map { TextWidth.of($0.label) }.max() ?? 0
      for f in doc.facts {
        let label = TextWidth.pad(f.label + ":", to: width + 1) + " "
        out += wrapped(
          f.value.display(doc.language), first: label,
          rest: String(repeating: " ", count: TextWidth.of(label)))
      }
    }
    for section in doc.sections { out += "\n" + render(section, level: 0, doc.language) }
    return out
  }

  /// `render(doc.safeText())`, with each section made safe and laid out on its own, on all
  /// cores, joined in order (the same text); the data table, which text does not show, is left
  /// as it is.
  func renderSafe(_ doc: ReportDocument) -> String {
    var head = doc
    head.sections = []
    head.csvTable = nil
    let parts = concurrentMap(doc.sections.count) { i in
      "\n" + render(doc.sections[i].safeText(), level: 0, doc.language)
    }
    return render(head.safeText()) + parts.joined()
  }

  func render(_ section: Section, level: Int, _ language: Language) -> String {
    var out = bold(level == 0 ? section.title : section.title) + "\n"
    if level == 0 {
      out += String(repeating: "=", count: TextWidth.of(section.title)) + "\n"
    } else {
      out += String(repeating: "-", count: TextWidth.of(section.title)) + "\n"
    }
    var first = true
    for block in section.blocks {
      if !first { out += "\n" }
      first = false
      switch block {
      case .paragraph(let p): out += wrapped(p)
      case .list(let items): for item in items { out += wrapped(item, first: "  - ", rest: "    ") }
      case .table(let t): out += table(t, language)
      case .subsection(let s): out += render(s, level: level + 1, language)
      case .legend(let l):
        out += wrapped(l.title + ":")
        let width = l.entries.map { TextWidth.of($0.figure.marker) }.max() ?? 0
        for e in l.entries {
          out += wrapped(
            e.text, first: "  " + TextWidth.pad(e.figure.marker, to: width) + "  ",
            rest: String(repeating: " ", count: width + 4))
        }
      }
    }
    return out
  }

  /// A report table through the one table engine (`TextTable`): numbers right-aligned, a line
  /// of dashes under the header, split into column blocks when wider than `width`.
  func table(_ t: Table, _ language: Language) -> String {
    var table = TextTable(
      t.columns.map { TextTable.Column($0.label, alignment: $0.numeric ? .right : .left) })
    table.indent = 2
    table.headerStyle = .plain
    table.headerRule = true
    table.width = width
    table.rows.reserveCapacity(t.rows.count)
    for row in t.rows { table.append(row.map { $0.display(language) }) }
    return table.render(color: false)
  }
}

/// The fidelity checklist: a list whose every item starts `[x] ` (met) or `[ ] ` (not met),
/// as the child report writes it. Text shows it as written; Markdown and HTML as boxes.
enum Checklist {
  /// Each item's state and text without its box; nil for any other list.
  static func items(_ items: [String]) -> [(done: Bool, text: String)]? {
    guard !items.isEmpty, items.allSatisfy({ $0.hasPrefix("[x] ") || $0.hasPrefix("[ ] ") })
    else { return nil }
    return items.map { ($0.hasPrefix("[x] "), String($0.dropFirst(4))) }
  }
}

/// GitHub-flavoured Markdown, for pasting into a mail or a wiki.
struct MarkdownRenderer {
  func render(_ doc: ReportDocument) -> String {
    var out = "# " + escape(doc.title) + "\n"
    if !doc.facts.isEmpty {
      out += "\n"
      for f in doc.facts {
        out += "- **" + escape(f.label) + ":** " + escape(f.value.display(doc.language)) + "\n"
      }
    }
    for s in doc.sections { out += "\n" + render(s, level: 2, doc.language) }
    return out
  }

  func render(_ section: Section, level: Int, _ language: Language) -> String {
    // A screen's sections may have no title (`show`, `list`): no heading then.
    var out =
      section.title.isEmpty
      ? "" : String(repeating: "#", count: level) + " " + escape(section.title) + "\n"
    for (i, block) in section.blocks.enumerated() {
      if !(section.title.isEmpty && i == 0) { out += "\n" }
      switch block {
      case .paragraph(let p): out += lines(p) + "\n"
      case .list(let items):
        // The fidelity checklist as a GFM task list (a ticked or an empty box), not as
        // the literal text `[x]`.
        if let checks = Checklist.items(items) {
          for c in checks {
            out += (c.done ? "- [x] " : "- [ ] ") + blockStart(escape(c.text)) + "\n"
          }
        } else {
          for item in items { out += "- " + blockStart(escape(item)) + "\n" }
        }
      case .table(let whole):
        let t = whole.shown
        if t.rows.isEmpty, let text = t.whenEmpty {
          out += "**" + escape(t.columns.first?.label ?? "") + ":** " + escape(text) + "\n"
          continue
        }
        out += "| " + t.columns.map { escape($0.label) }.joined(separator: " | ") + " |\n"
        out +=
          "|" + t.columns.map { $0.numeric ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in t.rows {
          out += "| " + row.map { escape($0.display(language)) }.joined(separator: " | ") + " |\n"
        }
      case .subsection(let s): out += render(s, level: min(level + 1, 6), language)
      case .legend(let l):
        out += "**" + escape(l.title) + ":**\n\n"
        for e in l.entries { out += "- `" + e.figure.marker + "`: " + escape(e.text) + "\n" }
      }
    }
    return out
  }

  /// A paragraph's text: each line as written (a hard line break, `\` at the end of the
  /// line before), and none read as the start of a list, a heading or a code fence.
  func lines(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: false).map {
      blockStart(escape(String($0)))
    }.joined(separator: "\\\n")
  }

  /// Escapes what Markdown reads as a block at the start of a line, once `escape` has run:
  /// a list marker (`- `, `+ `, `1. `, `1) `), a rule or setext underline (`---`, `===`) or a
  /// `~~~` fence. Text that only looks alike (`-5`, `=SUM`, `1.5 uur`) stays as it is. The
  /// line's indent becomes non-breaking spaces (a tab four): Markdown drops a paragraph's
  /// leading spaces, and four of them or a tab made the text a code block.
  func blockStart(_ line: String) -> String {
    let spaces = line.prefix { $0 == " " || $0 == "\t" }
    let indent = String(
      repeating: "\u{A0}", count: spaces.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) })
    var rest = line.dropFirst(spaces.count)
    guard let first = rest.first else { return indent }
    let marked = rest.dropFirst()
    let endsMarker = marked.first.map { $0 == " " || $0 == "\t" } ?? true
    let rule = rest.allSatisfy { $0 == first || $0 == " " }
    if ((first == "-" || first == "+") && (endsMarker || rule)) || (first == "=" && rule)
      || rest.hasPrefix("~~~")
    {
      return indent + "\\" + rest
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    rest = rest.dropFirst(digits.count)
    if (1...9).contains(digits.count), let mark = rest.first, mark == "." || mark == ")",
      rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
    {
      return indent + digits + "\\" + rest
    }
    return indent + line.dropFirst(spaces.count)
  }

  func escape(_ s: String) -> String {
    var out = ""
    var rest = Substring(s)
    while let c = rest.popFirst() {
      switch c {
      case "|", "*", "_", "`", "[", "]", "<", ">", "#", "\\": out += "\\" + String(c)
      case "\n": out += " "
      // `&amp;` or `&#60;` as written, not the character Markdown would make of it.
      case "&" where MarkdownRenderer.startsEntity(rest): out += "\\&"
      default: out.append(c)
      }
    }
    return out
  }

  /// True when the text after a `&` reads as an HTML entity (`amp;`, `#60;`, `#x3C;`).
  static func startsEntity(_ text: Substring) -> Bool {
    let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    return !name.isEmpty && name.count <= 32 && text.dropFirst(name.count).first == ";"
  }
}

/// RFC 4180 CSV of the report's data table: CRLF line ends, fields quoted when needed.
///
/// Numbers are written as numbers (with a decimal comma when the delimiter is `;`, for Dutch
/// spreadsheets), codes as codes, with their labels in the column `Column.labelColumn` names.
/// Every other field is text, and text that a spreadsheet would read as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front (the OWASP rule
/// for CSV injection); numbers are never changed, negative ones included. A `;` file starts
/// with a UTF-8 byte order mark, so that Excel reads it as UTF-8, unless `bom` is false.
public struct CSVRenderer: Sendable {
  public var delimiter: Character
  public var bom: Bool

  public init(delimiter: Character = ",", bom: Bool = true) {
    self.delimiter = delimiter
    self.bom = bom
  }

  /// The UTF-8 byte order mark, as the first character of the text.
  public static let byteOrderMark = "\u{FEFF}"

  /// The characters a spreadsheet reads as the start of a formula.
  public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  public func render(_ doc: ReportDocument) -> String {
    guard let t = doc.csvTable else { return "" }
    return render(t)
  }

  public func render(_ t: Table) -> String {
    var header: [String] = []
    for c in t.columns {
      header.append(field(CSVRenderer.neutralised(c.label)))
      if let labels = c.labelColumn { header.append(field(CSVRenderer.neutralised(labels))) }
    }
    var out = (bom && delimiter == ";" ? CSVRenderer.byteOrderMark : "")
    out += header.joined(separator: String(delimiter)) + "\r\n"
    for row in t.rows {
      var fields: [String] = []
      for (column, cell) in zip(t.columns, row) {
        fields.append(field(value(cell)))
        if column.labelColumn != nil { fields.append(field(CSVRenderer.neutralised(label(cell)))) }
      }
      out += fields.joined(separator: String(delimiter)) + "\r\n"
    }
    return out
  }

  /// A number as CSV writes it: a decimal comma with `;`.
  func number(_ d: Double, decimals: Int) -> String {
    let text = Cell.format(d, decimals: decimals)
    return delimiter == ";" ? text.replacingAll(".", with: ",") : text
  }

  /// The field of a cell, before quoting: numbers as numbers, all text neutralised.
  func value(_ cell: Cell) -> String {
    switch cell {
    case .int(let n): String(n)
    case .number(let d, let decimals), .percent(let d, let decimals): number(d, decimals: decimals)
    case .empty: ""
    case .shown(_, let value), .marked(let value, _): self.value(value)
    default: CSVRenderer.neutralised(text(cell))
    }
  }

  /// The text of a non-numeric cell (not yet neutralised).
  func text(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): s
    case .int(let n): String(n)
    case .number(let d, let decimals), .percent(let d, let decimals): number(d, decimals: decimals)
    case .range(let a, let b, let decimals):
      number(a, decimals: decimals) + "-" + number(b, decimals: decimals)
    case .hidden(let h): h.marker
    case .code(let code, _): code
    case .list(let items): items.map(text).joined(separator: " ")
    case .scores(let scores):
      scores.map {
        "\($0.goal)=" + number($0.value, decimals: $0.value == $0.value.rounded() ? 0 : 1)
      }.joined(separator: " ")
    case .dates(let from, let to, _): from + "/" + to
    case .shown(_, let value), .marked(let value, _): text(value)
    case .empty: ""
    }
  }

  /// The labels of a cell's codes, for the column beside it.
  func label(_ cell: Cell) -> String {
    switch cell {
    case .code(let code, let label): label.isEmpty ? code : label
    case .list(let items): items.map(label).filter { !$0.isEmpty }.joined(separator: ", ")
    case .shown(_, let value), .marked(let value, _): label(value)
    default: ""
    }
  }

  /// `text` with a `'` in front when a spreadsheet would read it as a formula, also after
  /// leading spaces and line breaks (`SafeText` turns a tab or carriage return into one, and
  /// some spreadsheets trim white space before they look at the first character).
  public static func neutralised(_ text: String) -> String {
    guard
      let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\n" }),
      formulaStarts.contains(Character(first))
    else {
      return text
    }
    return "'" + text
  }

  func field(_ s: String) -> String {
    let needsQuotes =
      s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r")
      || s.hasPrefix(" ") || s.hasSuffix(" ")
    return needsQuotes ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
  }
}

/// JSON with a stable shape (documented in README): `{"report", "title", "facts": {…},
/// "sections": [{"id", "title", "blocks": [...]}]}`; tables as `{"type": "table", "id",
/// "columns": [{"key", "label"}], "rows": [{key: value}]}`; `"data"` is the report's data
/// table (the rows CSV gives) with machine keys and typed values. Numbers (counts, means,
/// percentages 0-100) are numbers; quartiles `{"q1", "q3"}`; a code `{"code", "label"}`; a list
/// an array; scores `{"g1": 6}`; dates `{"from", "to"}`; a hidden figure is `{"marker": "<5",
/// "reason": "small-count"}` (`HiddenFigure`); an empty cell is `null`; a legend is
/// `{"type": "legend", "title", "items": [{"marker", "reason", "text"}]}`.
/// `schema/report.schema.json` describes it.
struct JSONRenderer {
  func render(_ doc: ReportDocument) -> String {
    var out = "{\n"
    out += "  \"report\": \(string(doc.kind)),\n"
    out += "  \"title\": \(string(doc.title)),\n"
    out += "  \"facts\": {"
    out += doc.facts.map { "\n    \(string($0.key)): \(value($0.value))" }.joined(separator: ",")
    out += doc.facts.isEmpty ? "},\n" : "\n  },\n"
    out += "  \"sections\": ["
    out += doc.sections.map { "\n" + section($0, indent: "    ") }.joined(separator: ",")
    out += doc.sections.isEmpty ? "]" : "\n  ]"
    if let data = doc.csvTable {
      // The report's data table, with typed values and stable keys (the same rows as CSV).
      out += ",\n  \"data\":\n" + block(.table(data), indent: "  ")
    }
    return out + "\n}\n"
  }

  func section(_ s: Section, indent: String) -> String {
    var out = indent + "{\"id\": \(string(s.id)), \"title\": \(string(s.title)), \"blocks\": ["
    let inner = indent + "  "
    out += s.blocks.map { "\n" + block($0, indent: inner) }.joined(separator: ",")
    out += s.blocks.isEmpty ? "]}" : "\n" + indent + "]}"
    return out
  }

  func block(_ b: Block, indent: String) -> String {
    switch b {
    case .paragraph(let p): return indent + "{\"type\": \"paragraph\", \"text\": \(string(p))}"
    case .list(let items):
      return indent + "{\"type\": \"list\", \"items\": ["
        + items.map(string).joined(separator: ", ") + "]}"
    case .subsection(let s):
      return indent + "{\"type\": \"section\", \"section\":\n" + section(s, indent: indent + "  ")
        + "}"
    case .legend(let l):
      return indent + "{\"type\": \"legend\", \"title\": \(string(l.title)), \"items\": ["
        + l.entries.map {
          "\n" + indent + "  {\"marker\": \(string($0.figure.marker)), \"reason\": "
            + "\(string($0.figure.code)), \"text\": \(string($0.text))}"
        }.joined(separator: ",") + "\n" + indent + "]}"
    case .table(let t):
      var out = indent + "{\"type\": \"table\", \"id\": \(string(t.id)), \"columns\": ["
      out += t.columns.map { "{\"key\": \(string($0.key)), \"label\": \(string($0.label))}" }
        .joined(separator: ", ")
      out += "], \"rows\": ["
      out += t.rows.map { row in
        "\n" + indent + "  {"
          + zip(t.columns, row).map { "\(string($0.key)): \(value($1))" }.joined(separator: ", ")
          + "}"
      }.joined(separator: ",")
      out += t.rows.isEmpty ? "]}" : "\n" + indent + "]}"
      return out
    }
  }

  func value(_ c: Cell) -> String {
    switch c {
    case .text(let s): s.isEmpty ? "null" : string(s)
    case .int(let n): String(n)
    case .number(let d, let decimals), .percent(let d, let decimals):
      Cell.format(d, decimals: decimals)
    case .range(let a, let b, let decimals):
      "{\"q1\": \(Cell.format(a, decimals: decimals)), \"q3\": \(Cell.format(b, decimals: decimals))}"
    case .hidden(let h): "{\"marker\": \(string(h.marker)), \"reason\": \(string(h.code))}"
    case .code(let code, let label):
      "{\"code\": \(string(code)), \"label\": \(string(label.isEmpty ? code : label))}"
    case .list(let items): "[" + items.map(value).joined(separator: ", ") + "]"
    case .scores(let scores):
      "{"
        + scores.map { "\(string($0.goal)): \(Cell.score($0.value).display)" }.joined(
          separator: ", ") + "}"
    case .dates(let from, let to, _): "{\"from\": \(string(from)), \"to\": \(string(to))}"
    case .shown(_, let inner), .marked(let inner, _): value(inner)
    case .empty: "null"
    }
  }

  /// A JSON string, escaped by the one rule every JSON amigo writes follows.
  func string(_ s: String) -> String { JSONText.string(s) }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self {
      if c == target { out += replacement } else { out.append(c) }
    }
    return out
  }
}
