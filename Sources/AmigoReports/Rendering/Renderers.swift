import AmigoSchema

/// Output formats of every report.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, csv, json
}

public enum ReportRenderer {
  public static func render(
    _ doc: ReportDocument, as format: ReportFormat, color: Bool = false,
    csvDelimiter: Character = ","
  ) -> String {
    // JSON escapes control characters itself; the others print text as it is.
    switch format {
    case .text: TextRenderer(color: color).render(doc.safeText())
    case .markdown: MarkdownRenderer().render(doc.safeText())
    case .csv: CSVRenderer(delimiter: csvDelimiter).render(doc.safeText())
    case .json: JSONRenderer().render(doc)
    }
  }
}

/// Aligned plain text for the terminal; bold headings when `color`.
struct TextRenderer {
  var color: Bool

  func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }

  func render(_ doc: ReportDocument) -> String {
    var out = bold(doc.title) + "\n"
    if !doc.facts.isEmpty {
      let width = doc.facts.map { TextWidth.of($0.label) }.max() ?? 0
      for f in doc.facts {
        out += TextWidth.pad(f.label + ":", to: width + 1) + " " + f.value.display + "\n"
      }
    }
    for section in doc.sections { out += "\n" + render(section, level: 0) }
    return out
  }

  func render(_ section: Section, level: Int) -> String {
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
      case .paragraph(let p): out += p + "\n"
      case .list(let items): for item in items { out += "  - " + item + "\n" }
      case .table(let t): out += table(t)
      case .subsection(let s): out += render(s, level: level + 1)
      case .legend(let l):
        out += l.title + ":\n"
        let width = l.entries.map { TextWidth.of($0.figure.marker) }.max() ?? 0
        for e in l.entries {
          out += "  " + TextWidth.pad(e.figure.marker, to: width) + "  " + e.text + "\n"
        }
      }
    }
    return out
  }

  func table(_ t: Table) -> String {
    var widths = t.columns.map { TextWidth.of($0.label) }
    for row in t.rows {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], TextWidth.of(cell.display))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (i, c) in cells.enumerated() {
        let last = i == cells.count - 1
        let numeric = t.columns[i].numeric
        parts.append(last && !numeric ? c : TextWidth.pad(c, to: widths[i], right: numeric))
      }
      // No trailing spaces where the last cells are empty.
      var text = "  " + parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text + "\n"
    }
    var out = line(t.columns.map(\.label))
    out += line(widths.map { String(repeating: "-", count: $0) })
    for row in t.rows { out += line(row.map(\.display)) }
    return out
  }
}

/// GitHub-flavoured Markdown, for pasting into a mail or a wiki.
struct MarkdownRenderer {
  func render(_ doc: ReportDocument) -> String {
    var out = "# " + escape(doc.title) + "\n"
    if !doc.facts.isEmpty {
      out += "\n"
      for f in doc.facts {
        out += "- **" + escape(f.label) + ":** " + escape(f.value.display) + "\n"
      }
    }
    for s in doc.sections { out += "\n" + render(s, level: 2) }
    return out
  }

  func render(_ section: Section, level: Int) -> String {
    var out = String(repeating: "#", count: level) + " " + escape(section.title) + "\n"
    for block in section.blocks {
      out += "\n"
      switch block {
      case .paragraph(let p): out += escape(p) + "\n"
      case .list(let items): for item in items { out += "- " + escape(item) + "\n" }
      case .table(let t):
        out += "| " + t.columns.map { escape($0.label) }.joined(separator: " | ") + " |\n"
        out +=
          "|" + t.columns.map { $0.numeric ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in t.rows {
          out += "| " + row.map { escape($0.display) }.joined(separator: " | ") + " |\n"
        }
      case .subsection(let s): out += render(s, level: min(level + 1, 6))
      case .legend(let l):
        out += "**" + escape(l.title) + ":**\n\n"
        for e in l.entries { out += "- `" + e.figure.marker + "`: " + escape(e.text) + "\n" }
      }
    }
    return out
  }

  func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "|", "*", "_", "`", "[", "]", "<", ">", "#", "\\": out += "\\" + String(c)
      case "\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }
}

/// RFC 4180 CSV of the report's data table: CRLF line ends, fields quoted when needed.
struct CSVRenderer {
  var delimiter: Character

  func render(_ doc: ReportDocument) -> String {
    guard let t = doc.csvTable else { return "" }
    var out = t.columns.map { field($0.label) }.joined(separator: String(delimiter)) + "\r\n"
    for row in t.rows {
      out +=
        row.map { cell in
          switch cell {
          case .number, .range:
            // Dutch spreadsheets read a decimal comma when the delimiter is ';'.
            return field(
              delimiter == ";" ? cell.display.replacingAll(".", with: ",") : cell.display)
          default:
            return field(cell.display)
          }
        }.joined(separator: String(delimiter)) + "\r\n"
    }
    return out
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
/// table (the rows CSV gives) with machine keys and typed values. Counts are numbers; a hidden
/// figure is `{"marker": "<5", "reason": "small-count"}` (`HiddenFigure`); an empty cell is
/// `null`; a legend is `{"type": "legend", "title", "items": [{"marker", "reason", "text"}]}`.
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
    case .number(let d, let decimals): Cell.format(d, decimals: decimals)
    case .range: string(c.display)
    case .hidden(let h): "{\"marker\": \(string(h.marker)), \"reason\": \(string(h.code))}"
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
