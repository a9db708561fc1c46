/// The text of a compact terminal screen (`TextLayout.screen`: `show`, `list`), through the
/// one table engine (`TextTable`): the title in bold when shown; each section after a blank
/// line, its title in bold, then its blocks one after the other. A table's header is bold and
/// left out when every column's screen header is empty; a table without rows prints its
/// `whenEmpty` line (`Goals  none yet`) or nothing. Columns are laid out as their
/// `ScreenColumn` says; marked cells are coloured by their `Emphasis`. With a `width` (the
/// terminal's), a table splits into column blocks (`TextTable.width`), except one with text
/// under its rows, which is laid out row by row.
struct ScreenRenderer {
  var color: Bool
  var width: Int?

  func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }

  func render(_ doc: ReportDocument, showsTitle: Bool) -> String {
    var out = showsTitle ? bold(doc.title) + "\n" : ""
    for (i, section) in doc.sections.enumerated() {
      if i > 0 || showsTitle { out += "\n" }
      out += render(section, doc.language)
    }
    return out
  }

  func render(_ section: Section, _ language: Language) -> String {
    var out = section.title.isEmpty ? "" : bold(section.title) + "\n"
    for block in section.blocks {
      switch block {
      case .paragraph(let p): out += p + "\n"
      case .list(let items): for item in items { out += "  - " + item + "\n" }
      case .table(let t): out += table(t, language)
      case .subsection(let s): out += "\n" + render(s, language)
      case .legend(let l):
        out += l.title + ":\n"
        for e in l.entries { out += "  " + e.figure.marker + "  " + e.text + "\n" }
      }
    }
    return out
  }

  static func style(_ emphasis: Emphasis?) -> TextTable.Style {
    switch emphasis {
    case nil: .plain
    case .strong: .bold
    case .good: .green
    case .attention: .yellow
    case .alarm: .red
    case .muted: .dim
    }
  }

  func table(_ t: Table, _ language: Language) -> String {
    guard !t.rows.isEmpty else {
      guard let text = t.whenEmpty else { return "" }
      var none = TextTable([.init(), .init()])
      none.append([
        TextTable.Cell(t.columns.first.map(header) ?? "", style: .bold), TextTable.Cell(text),
      ])
      return none.render(color: color)
    }
    let shown = t.columns.indices.filter { t.columns[$0].screen.placement == .inline }
    let below = t.columns.indices.first { t.columns[$0].screen.placement == .below }
    var grid = TextTable(
      shown.map { i in
        let c = t.columns[i]
        return TextTable.Column(
          header(c), alignment: c.numeric ? .right : .left, maxWidth: c.screen.maxWidth,
          overflow: c.screen.wraps ? .wrap : .truncate)
      })
    for row in t.rows {
      grid.append(
        shown.map { i in
          TextTable.Cell(
            String(repeating: " ", count: t.columns[i].screen.indent)
              + row[i].display(language), style: ScreenRenderer.style(row[i].emphasis))
        })
    }
    guard let below else {
      grid.width = width
      return grid.render(color: color)
    }
    // Text under its row: the rows are single lines (no column wraps), so line i is row i.
    let column = t.columns[below]
    let room = min(column.screen.maxWidth ?? Int.max, (width ?? Int.max) - column.screen.indent)
    let margin = String(repeating: " ", count: column.screen.indent)
    let lines = grid.render(color: color).split(separator: "\n", omittingEmptySubsequences: false)
    let top = grid.hasHeaderLine ? 1 : 0
    var out = lines.prefix(top).map { $0 + "\n" }.joined()
    for (r, row) in t.rows.enumerated() {
      out += lines[top + r] + "\n"
      let text = row[below].display(language)
      guard !text.isEmpty else { continue }
      for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        for line in TextTable.wrap(TextTable.sanitize(String(paragraph)), width: room) {
          out += (line.isEmpty ? "" : margin + line) + "\n"
        }
      }
    }
    return out
  }

  func header(_ c: Column) -> String { c.screen.header ?? c.label }
}

extension Table {
  /// The table as people read it (text, Markdown, HTML): without its data-only columns
  /// (`ScreenColumn.Placement.dataOnly`), which JSON and CSV keep.
  var shown: Table {
    let keep = columns.indices.filter { columns[$0].screen.placement != .dataOnly }
    guard keep.count < columns.count else { return self }
    var t = self
    t.columns = keep.map { columns[$0] }
    t.rows = rows.map { row in keep.map { row[$0] } }
    return t
  }
}
