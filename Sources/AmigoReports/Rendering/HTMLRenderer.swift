/// One self-contained HTML file: inline CSS and SVG charts, no scripts, web fonts or network.
/// Readable from 375 px wide (tables turn into one card per row) and printed on A4 portrait:
/// each worker and each part of a period report starts a page, no table row or chart is split,
/// table headers repeat. The child report carries "Vertrouwelijk: bevat gegevens over een kind"
/// on every printed page (an `@page` header, the label only) and at its top.
///
/// Charts are placed by key: `""` after the facts, a top-level section's id at the start of that
/// section, `section/table` right after that table of the section.
public struct HTMLRenderer: Sendable {
  public var lang: Language
  public var charts: [String: [Chart]]

  public init(lang: Language, charts: [String: [Chart]] = [:]) {
    self.lang = lang
    self.charts = charts
  }

  /// The line a child report shows on every printed page.
  public func confidentialLine() -> String {
    lang("Confidential: contains data about a child", "Vertrouwelijk: bevat gegevens over een kind")
  }

  public func render(_ original: ReportDocument) -> String {
    let doc = original.safeText()
    // The record export (`export --record`) is about one child too.
    let child = doc.kind == "child" || doc.kind == "record" || doc.kind == "show"
    // The head in few lines: the report's content starts near the top of the file.
    var out = "<!DOCTYPE html>\n<html lang=\"\(lang.code)\">\n<head><meta charset=\"utf-8\">"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    out += "<title>\(escape(doc.title))</title>\n"
    out += "<style>\(HTMLRenderer.css)"
    if child {
      out +=
        " @page { @top-center { content: \"\(confidentialLine())\"; font: 9pt sans-serif; color: #000; } }"
    }
    out += "</style></head>\n"
    out += "<body class=\"report-\(escape(doc.kind))\"><main>\n"
    if child { out += "<p class=\"confidential\">\(escape(confidentialLine()))</p>\n" }
    // The coordinator's views (`CoordinatorReport`): internal, about named employees.
    if doc.kind == "coordinator" {
      let line = lang(
        "Internal: figures about named employees, not for funders",
        "Intern: cijfers over medewerkers met naam, niet voor financiers")
      out += "<p class=\"confidential\">\(escape(line))</p>\n"
    }
    out += "<h1>\(escape(doc.title))</h1>\n"
    if !doc.facts.isEmpty {
      out += "<dl class=\"facts\">"
      for f in doc.facts {
        out += "<dt>\(escape(f.label))</dt><dd>\(cell(f.value))</dd>\n"
      }
      out += "</dl>\n"
    }
    out += figures("")
    for s in doc.sections { out += section(s, level: 2, key: s.id) }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  func figures(_ key: String) -> String {
    var out = ""
    for c in charts[key] ?? [] {
      out +=
        "<figure class=\"chart\">\n<figcaption>\(escape(c.title))</figcaption>\n" + c.svg + "\n"
      if let t = c.table { out += table(t) }
      out += "</figure>\n"
    }
    return out
  }

  func section(_ s: Section, level: Int, key: String) -> String {
    let h = "h\(min(level, 6))"
    var out =
      level == 2
      ? "<section class=\"top\" id=\"\(escape(anchor(s.id)))\">\n" : "<section class=\"sub\">\n"
    // A screen's sections may have no title (`show`, `list`): no heading then.
    if !s.title.isEmpty { out += "<\(h)>\(escape(s.title))</\(h)>\n" }
    if level == 2 { out += figures(key) }
    for block in s.blocks {
      switch block {
      case .paragraph(let p): out += "<p>\(escape(p, lines: true))</p>\n"
      case .list(let items): out += list(items)
      case .table(let t):
        out += table(t)
        if level == 2 { out += figures(key + "/" + t.id) }
      case .subsection(let sub): out += section(sub, level: level + 1, key: key)
      case .legend(let l):
        out += "<dl class=\"legend\"><dt class=\"legend-title\">\(escape(l.title))</dt>\n"
        for e in l.entries {
          out +=
            "<dd><span class=\"marker\">\(escape(e.figure.marker))</span> \(escape(e.text))</dd>\n"
        }
        out += "</dl>\n"
      }
    }
    return out + "</section>\n"
  }

  /// A list; items starting `[x] ` or `[ ] ` (the fidelity checklist) as a checklist with
  /// a check or an empty box, and the words for a screen reader.
  func list(_ items: [String]) -> String {
    guard let checks = Checklist.items(items) else {
      return "<ul>\n" + items.map { "<li>\(escape($0, lines: true))</li>\n" }.joined() + "</ul>\n"
    }
    var out = "<ul class=\"checklist\">\n"
    for (done, text) in checks {
      out +=
        "<li class=\"\(done ? "done" : "open")\"><span class=\"box\" aria-hidden=\"true\">\(done ? "✓" : "✗")</span>"
        + "<span class=\"sr\">\(escape(done ? lang("met: ", "voldaan: ") : lang("not met: ", "niet voldaan: ")))</span>"
        + escape(text, lines: true) + "</li>\n"
    }
    return out + "</ul>\n"
  }

  func table(_ whole: Table) -> String {
    let t = whole.shown
    if t.rows.isEmpty, let text = t.whenEmpty {
      return "<p><strong>\(escape(t.columns.first?.label ?? ""))</strong> \(escape(text))</p>\n"
    }
    return columnBlocks(t).map { block in
      var part = t
      part.columns = block.map { t.columns[$0] }
      part.rows = t.rows.map { row in block.map { $0 < row.count ? row[$0] : .empty } }
      return oneTable(part)
    }.joined()
  }

  /// The room of one table, in characters of its columns' longest words (each plus two for the
  /// padding): what a screen of 1200 px and a printed A4 page hold. Every table of the example
  /// workspaces fits in it (the widest, the outcome measures, about 119).
  static let blockWidth = 120

  /// A table too wide for `blockWidth` (a period report's per-school table with 50 schools:
  /// 52 columns) in blocks of columns, each repeating the first column, as the text report
  /// does at a terminal's width: no column runs off the page or the screen. A column needs at
  /// least its longest word, since cells break only between words.
  func columnBlocks(_ t: Table) -> [[Int]] {
    let widths = t.columns.indices.map { i -> Int in
      let texts = [t.columns[i].label] + t.rows.map { i < $0.count ? $0[i].display(lang) : "" }
      return (texts.map(HTMLRenderer.longestUnbreakable).max() ?? 0) + 2
    }
    guard widths.count > 2, widths.reduce(0, +) > HTMLRenderer.blockWidth else {
      return [Array(t.columns.indices)]
    }
    var blocks: [[Int]] = []
    var current = [0]
    var used = widths[0]
    for i in 1..<widths.count {
      if current.count > 1, used + widths[i] > HTMLRenderer.blockWidth {
        blocks.append(current)
        current = [0]
        used = widths[0]
      }
      current.append(i)
      used += widths[i]
    }
    blocks.append(current)
    return blocks
  }

  /// The display width of the widest piece of `text` a browser does not break: a word, split
  /// after a `/` and after a `-` before a letter (`Grensgebied/afwijkend`, `AOS-2026-K7Q4`
  /// breaks before `K7Q4` only; `12,4-17,3` not at all).
  static func longestUnbreakable(_ text: String) -> Int {
    var longest = 0
    var current = 0
    var previous: Character?
    for c in text {
      if c.isWhitespace {
        longest = max(longest, current)
        current = 0
        previous = nil
        continue
      }
      if previous == "/" || (previous == "-" && c.isLetter) {
        longest = max(longest, current)
        current = 0
      }
      current += TextWidth.of(c)
      previous = c
    }
    return max(longest, current)
  }

  func oneTable(_ t: Table) -> String {
    var out = "<table class=\"data\">\n<thead><tr>"
    for c in t.columns {
      out += "<th scope=\"col\"\(c.numeric ? " class=\"num\"" : "")>\(escape(c.label))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in t.rows {
      out += "<tr>"
      for (c, value) in zip(t.columns, row) {
        var classes: [String] = []
        if c.numeric { classes.append("num") }
        if value.hiddenFigure != nil { classes.append("hidden") }
        if case .empty = value.data { classes.append("empty") }
        out +=
          "<td data-label=\"\(escape(c.label))\""
          + (classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")
          + ">\(cell(value))</td>"
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// A cell's text. A series of scores shows its numbers (the chart gives them a scale), not
  /// the text report's sparkline.
  func cell(_ c: Cell) -> String {
    if case .shown(_, let value) = c, case .list(let items) = value,
      items.allSatisfy({ if case .number = $0 { true } else { false } })
    {
      return escape(items.map { $0.display(lang) }.joined(separator: " → "))
    }
    return escape(c.display(lang), lines: true)
  }

  /// A section id as an HTML id (`worker:mvd` → `worker-mvd`).
  func anchor(_ id: String) -> String {
    String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
  }

  /// HTML text: `&`, `<`, `>`, `"` and `'` escaped, control characters made harmless
  /// (`SafeText`); line breaks as `<br>` when `lines`.
  func escape(_ s: String, lines: Bool = false) -> String {
    guard lines else { return SVG.escape(s) }
    return SafeText.lines(s).split(separator: "\n", omittingEmptySubsequences: false)
      .map { SVG.escape(String($0)) }.joined(separator: "<br>")
  }

  /// The style sheet: one line, so that the report's content starts near the top of the file.
  static let css = [
    "html { -webkit-text-size-adjust: 100%; }",
    "body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111; background: #fff; margin: 0; }",
    "main { max-width: 1100px; margin: 0 auto; padding: 12px 16px 32px; }",
    "h1 { font-size: 1.6em; margin: .4em 0; } h2 { font-size: 1.3em; border-bottom: 2px solid #000; margin-top: 1.6em; } h3 { font-size: 1.1em; }",
    // Long words break where they must; table cells only between words while they fit, so
    // that a column is never narrower than its longest word.
    "h1, h2, h3, p, li, dd, dt { overflow-wrap: anywhere; } td, th { overflow-wrap: break-word; }",
    ".confidential { border: 2px solid #000; padding: 4px 8px; font-weight: bold; display: inline-block; margin: 0; }",
    "dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 2px 14px; margin: 8px 0 16px; }",
    "dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }",
    "table.data { border-collapse: collapse; margin: 10px 0; font-size: .92em; }",
    "table.data th, table.data td { border-bottom: 1px solid #bbb; padding: 3px 8px; text-align: left; vertical-align: top; }",
    "table.data th { border-bottom: 2px solid #000; } table.data .num { text-align: right; font-variant-numeric: tabular-nums; }",
    "table.data td.hidden { font-weight: bold; }",
    "figure.chart { margin: 12px 0; } figure.chart figcaption { font-weight: 600; margin-top: 4px; }",
    "svg.chart { display: block; max-width: 100%; height: auto; }",
    "svg.chart text { font: 12px sans-serif; fill: #000; } svg.chart .tick { font-size: 11px; fill: #333; } svg.chart .marker, svg.chart .value { font-weight: bold; }",
    "ul.checklist { list-style: none; padding-left: 0; } ul.checklist .box { display: inline-block; width: 1.4em; font-weight: bold; }",
    "dl.legend { font-size: .9em; } dl.legend dd { margin-left: 1em; } .marker { font-weight: bold; font-family: monospace; }",
    ".sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }",
    "@media screen and (max-width: 700px) { main { padding: 8px; } table.data, table.data tbody, table.data tr, table.data td { display: block; } table.data thead { display: none; } table.data tr { border-bottom: 2px solid #000; padding: 4px 0; } table.data td { border: 0; padding: 1px 4px; text-align: left; } table.data td.num { text-align: left; } table.data td::before { content: attr(data-label) ': '; font-weight: 600; } table.data td.empty { display: none; } svg.chart text { font-size: 16px; } svg.chart .tick { font-size: 14px; } }",
    "@page { size: A4 portrait; margin: 18mm 14mm 16mm; }",
    "@media print { body { font-size: 10pt; } table.data { font-size: 9pt; } main { max-width: none; padding: 0; } .report-week section.top[id^=\"worker-\"], .report-period section.top:not(#left-out) { break-before: page; } tr, svg { break-inside: avoid; } figcaption { break-after: avoid; } thead { display: table-header-group; } h2, h3 { break-after: avoid; } }",
  ].joined(separator: " ")
}
