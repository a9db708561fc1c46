import AmigoReports
import AmigoYAML

/// Renders diagnostics as `file:line:col: error[code]: message`, a source excerpt with a caret
/// under the range, and a help line. Message and help in `language` (`nl` or `en`, from the
/// diagnostic's `Bilingual` texts); location, severity and code stay as they are, for editors
/// and CI that parse them.
public struct DiagnosticRenderer: Sendable {
  public var color: Bool
  public var language: String

  public init(color: Bool = false, language: String = "en") {
    self.color = color
    self.language = language
  }

  /// Renders one diagnostic. `source` supplies the excerpt; without it only header and help.
  public func render(_ d: Diagnostic, source: SourceText?) -> String {
    var out = ""
    let severityColor: String
    switch d.severity {
    case .error: severityColor = "\u{1B}[1;31m"
    case .warning: severityColor = "\u{1B}[1;33m"
    case .note: severityColor = "\u{1B}[1;36m"
    }
    // A file name or a value quoted in the message (a name from a colleague's clone can hold
    // anything) shows its control characters as symbols, as the excerpt does.
    if color {
      var location = ""
      if let file = d.file { location += Self.printable(file) + ":" }
      if let r = d.range { location += "\(r.start.line):\(r.start.column):" }
      if !location.isEmpty { out += "\u{1B}[1m\(location)\u{1B}[0m " }
      out +=
        "\(severityColor)\(d.severity.rawValue)[\(d.code)]\u{1B}[0m: \u{1B}[1m\(Self.printable(d.message(language)))\u{1B}[0m\n"
    } else {
      out += Self.printable(d.header(language)) + "\n"
    }
    if let r = d.range, let source, r.start.line >= 1, r.start.line <= source.lineCount {
      let number = String(r.start.line)
      let gutter = String(repeating: " ", count: number.count)
      // At most `window` characters of the line around the problem: a damaged file can have
      // megabyte lines. Tabs show as single spaces so carets line up; other control characters
      // as visible symbols, so nothing in a file can move the cursor or recolour the terminal.
      let window = 100
      let lineStart = source.lineStart(r.start.line - 1)
      let lineEnd = source.lineContentEnd(r.start.line - 1)
      let bytes = source.bytes
      // Byte offsets of the characters of the window, found without decoding the whole line.
      // The line from its start when the problem is in its first part or the line is short.
      let firstShown =
        lineEnd - lineStart <= window || r.start.column <= window - 40 ? 1 : r.start.column - 40
      var offset = lineStart
      var column = 1
      while column < firstShown && offset < lineEnd {
        offset += SourceText.unitLength(bytes, at: offset)
        column += 1
      }
      var windowEnd = offset
      var count = 0
      while count < window && windowEnd < lineEnd {
        windowEnd += SourceText.unitLength(bytes, at: windowEnd)
        count += 1
      }
      let scalars = Array(String(decoding: bytes[offset..<windowEnd], as: UTF8.self).unicodeScalars)
      let prefix = firstShown > 1 ? "…" : ""
      let suffix = windowEnd < lineEnd ? "…" : ""
      let shown =
        prefix + String(String.UnicodeScalarView(scalars.map(DiagnosticRenderer.visible))) + suffix
      let startCol = max(1, min(r.start.column - firstShown + 1, scalars.count + 1))
      var endCol = r.end.line == r.start.line ? r.end.column - firstShown + 1 : scalars.count + 1
      endCol = max(startCol + 1, min(endCol, scalars.count + 1))
      var pad = prefix.isEmpty ? "" : " "
      for s in scalars.prefix(startCol - 1) { pad += displayWidth(s) == 2 ? "  " : " " }
      var carets = 0
      for s in scalars.dropFirst(startCol - 1).prefix(endCol - startCol) {
        carets += displayWidth(s)
      }
      carets = max(carets, 1)
      out += "\(gutter) |\n"
      out += "\(number) | \(shown)\n"
      let caretText = String(repeating: "^", count: carets)
      out += "\(gutter) | \(pad)\(color ? severityColor + caretText + "\u{1B}[0m" : caretText)\n"
    }
    if let help = d.help(language) {
      out += (language == "nl" ? "   = tip: " : "   = help: ") + Self.printable(help) + "\n"
    }
    return out
  }

  /// Terminal columns a scalar takes: 0 for combining marks, 2 for wide East Asian characters.
  func displayWidth(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if s.properties.generalCategory == .nonspacingMark
      || s.properties.generalCategory == .enclosingMark
    {
      return 0
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v)
      || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// `text` with its control characters shown by printable stand-ins (`SafeText.shown`).
  static func printable(_ text: String) -> String { SafeText.shown(text) }

  /// A printable stand-in for a control character (`SafeText.visible`).
  static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar { SafeText.visible(s) }
}
