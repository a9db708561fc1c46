import AmigoSchema

/// The one escaping function for user text on its way to a terminal or a text, Markdown or CSV
/// file: C0 and C1 control characters and DEL become U+FFFD and bidirectional overrides are
/// removed, so a label such as `"Ev\e[31ma R."` cannot restyle, move or rearrange what a
/// reader sees. `validate` refuses such characters in values (`control-character-in-value`);
/// this keeps files that still hold them (read before the rule, or not yet fixed) harmless.
public enum SafeText {
  /// `text` as one line: line breaks and tabs become spaces, other controls U+FFFD.
  public static func oneLine(_ text: String) -> String { clean(text, keepLines: false) }

  /// `text` with its line breaks and tabs kept (paragraphs, notes); other controls U+FFFD.
  public static func lines(_ text: String) -> String { clean(text, keepLines: true) }

  static func clean(_ text: String, keepLines: Bool) -> String {
    // Text without a character to replace or remove (nearly all, accents and emoji included,
    // and every text made safe once already) is returned as it is.
    if !needsCleaning(text) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09: out.append(keepLines ? scalar : " ")
      case 0x0D, 0x2028, 0x2029, 0x85: out.append(keepLines ? "\n" : " ")
      case 0x202A...0x202E, 0x2066...0x2069: continue
      case 0x00..<0x20, 0x7F..<0xA0: out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}

extension SafeText {
  /// Whether `text` holds a character `clean` replaces or removes, from its UTF-8 bytes: a C0
  /// control or DEL (one byte), a C1 control (`C2 80`-`C2 9F`), a line or paragraph separator or
  /// a bidirectional embedding or override (`E2 80 A8`-`E2 80 AE`), or an isolate
  /// (`E2 81 A6`-`E2 81 A9`). Tabs and line feeds count too: `oneLine` replaces them.
  static func needsCleaning(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x20 || b == 0x7F { return true }
        if b == 0xC2, i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return true }
        if b == 0xE2, i + 2 < n {
          let (b1, b2) = (bytes[i + 1], bytes[i + 2])
          if b1 == 0x80, b2 >= 0xA8, b2 <= 0xAE { return true }
          if b1 == 0x81, b2 >= 0xA6, b2 <= 0xA9 { return true }
        }
        i += 1
      }
      return false
    }
  }
}

extension ReportDocument {
  /// The document with every text through `SafeText`: what every text, Markdown and CSV
  /// renderer prints.
  public func safeText() -> ReportDocument {
    var doc = self
    doc.title = SafeText.oneLine(title)
    doc.facts = facts.map { f in
      var f = f
      f.label = SafeText.oneLine(f.label)
      f.value = f.value.safeText()
      return f
    }
    doc.sections = sections.map { $0.safeText() }
    doc.csvTable = csvTable?.safeText()
    return doc
  }
}

extension Section {
  func safeText() -> Section {
    var s = self
    s.title = SafeText.oneLine(title)
    s.blocks = blocks.map { block in
      switch block {
      case .paragraph(let p): .paragraph(SafeText.lines(p))
      case .list(let items): .list(items.map(SafeText.lines))
      case .table(let t): .table(t.safeText())
      case .subsection(let sub): .subsection(sub.safeText())
      case .legend(let l): .legend(l)  // amigo's own words
      }
    }
    return s
  }
}

extension Table {
  func safeText() -> Table {
    var t = self
    t.columns = columns.map { c in
      var c = c
      c.label = SafeText.oneLine(c.label)
      return c
    }
    // A large table (a list of thousands of trajectories) in parts of rows on every core.
    let rows = self.rows
    t.rows = concurrentMap(rows.count, inPartsOf: 1024) { r in
      rows[r].map { $0.map { $0.safeText() } }
    }
    return t
  }
}

extension Cell {
  func safeText() -> Cell {
    // A cell may span lines (CSV quotes it; the renderers lay it out as before).
    switch self {
    case .text(let s): return .text(SafeText.lines(s))
    case .shown(let display, let value):
      return .shown(SafeText.lines(display), value: value.safeText())
    case .marked(let value, let emphasis): return .marked(value.safeText(), emphasis)
    case .list(let items): return .list(items.map { $0.safeText() })
    default: return self
    }
  }
}
