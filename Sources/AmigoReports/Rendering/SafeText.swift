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
  /// `text` as a message quotes it (a value the user gave, a file name): every control
  /// character shown by a printable stand-in (U+2400 control pictures, `␉` for a tab, `?` for
  /// C1), line and paragraph separators as `␤` and bidirectional controls as U+FFFD, so that
  /// nothing quoted can recolour the terminal, move the cursor, reorder what a reader sees or
  /// break a message over two lines. The one function for every message that quotes a user
  /// value or a path: diagnostics, usage errors and the other messages alike.
  public static func shown(_ text: String) -> String {
    if !needsCleaning(text) { return text }
    return String(
      String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? "\u{2409}" : visible($0) }))
  }

  /// `text` as `shown`, but with its line breaks kept: a whole message that may span lines
  /// (what the error funnel prints), so that no part of it reaches the terminal raw.
  public static func shownKeepingLines(_ text: String) -> String {
    if !needsCleaning(text) { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { shown(String($0)) }
      .joined(separator: "\n")
  }

  /// The printable stand-in for one scalar in a source excerpt (itself when it is printable; a
  /// space for a tab, as the file shows it): one scalar for one, so that the carets under an
  /// excerpt still line up.
  public static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
    switch s.value {
    case 0x09: return " "
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + s.value)!
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F: return "?"
    case 0x2028, 0x2029: return "\u{2424}"
    case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
    default: return s
    }
  }

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
    // A code and its label come from the files too (a school a file names that amigo.yaml
    // lacks is its own label; a left-out file's label names its path).
    case .code(let code, let label):
      return .code(SafeText.oneLine(code), label: SafeText.lines(label))
    case .scores(let scores):
      return .scores(scores.map { Cell.GoalScore(SafeText.oneLine($0.goal), $0.value) })
    default: return self
    }
  }
}
