import AmigoReports

/// Folding text lines to the terminal's width: the last resort that keeps every line of text
/// output within `COLUMNS` (tables and reports already lay themselves out to it; see
/// `TextTable.width`). A line breaks at spaces where it can, between grapheme clusters where it
/// must, and goes on indented two columns deeper than it started. ANSI colour codes take no
/// room and are never split.
enum LineFolding {
  /// `text` with every line at most `width` columns wide; `column` is where the first line
  /// starts (text written before it on the same line) and becomes where the text ends.
  static func fold(_ text: String, width: Int, column: inout Int) -> String {
    var out = ""
    var first = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !first {
        out += "\n"
        column = 0
      }
      first = false
      let line = String(line)
      let lineWidth = visibleWidth(line)
      if column + lineWidth <= width {
        out += line
        column += lineWidth
        continue
      }
      out += fold(line: line, width: width, column: &column)
    }
    return out
  }

  /// One line (no line breaks) folded from `column`.
  static func fold(line: String, width: Int, column: inout Int) -> String {
    let hanging = String(repeating: " ", count: hangingIndent(line, width: width))
    var out = ""
    var pendingSpaces = 0
    var wordsOnLine = column > 0 ? 1 : 0
    // Words with the spaces before them; leading spaces are kept as they are.
    var rest = Substring(line)
    let leading = rest.prefix { $0 == " " }
    out += leading
    column += leading.count
    rest = rest.dropFirst(leading.count)
    while !rest.isEmpty {
      let spaces = rest.prefix { $0 == " " }
      rest = rest.dropFirst(spaces.count)
      pendingSpaces = spaces.count
      let word = String(rest.prefix { $0 != " " })
      rest = rest.dropFirst(word.count)
      if word.isEmpty { break }
      var w = visibleWidth(word)
      if wordsOnLine > 0 && column + pendingSpaces + w > width {
        out += "\n" + hanging
        column = hanging.count
        pendingSpaces = 0
        wordsOnLine = 0
      }
      out += String(repeating: " ", count: pendingSpaces)
      column += pendingSpaces
      // A word that fits the width but not after this line's indentation (a date or an id
      // in an indented column): the indentation gives way, so that the word stays whole.
      if wordsOnLine == 0 && column + w > width && w <= width {
        let excess = min(column + w - width, out.reversed().prefix { $0 == " " }.count)
        out.removeLast(excess)
        column -= excess
      }
      // A word wider than the room left: split between grapheme clusters.
      var remaining = word
      while column + w > width && w > 0 {
        let (head, tail) = split(remaining, room: max(width - column, 1))
        out += head + "\n" + hanging
        column = hanging.count
        remaining = tail
        w = visibleWidth(remaining)
      }
      out += remaining
      column += w
      wordsOnLine += 1
    }
    return out
  }

  /// Where a folded line goes on: under the text of a `term   text` line (after the first run
  /// of two or more spaces), else two columns deeper than the line starts; at most half the
  /// width.
  static func hangingIndent(_ line: String, width: Int) -> Int {
    let characters = Array(line)
    let lead = characters.prefix { $0 == " " }.count
    var i = lead
    var column = lead
    while i + 1 < characters.count {
      if characters[i] == " " && characters[i + 1] == " " {
        var j = i
        while j < characters.count && characters[j] == " " { j += 1 }
        let textColumn = column + (j - i)
        if j < characters.count && textColumn <= width / 2 { return textColumn }
        break
      }
      column += TextWidth.of(characters[i])
      i += 1
    }
    return min(lead + 2, width / 2)
  }

  /// The longest head of `word` that fits in `room` columns (at least one character), and the
  /// rest; escape sequences stay whole.
  static func split(_ word: String, room: Int) -> (String, String) {
    var head = ""
    var used = 0
    var rest = Substring(word)
    while let c = rest.first {
      if c == "\u{1B}" {
        let sequence = escapeSequence(rest)
        head += sequence
        rest = rest.dropFirst(sequence.count)
        continue
      }
      let w = TextWidth.of(c)
      if used + w > room && !head.isEmpty { break }
      head.append(c)
      used += w
      rest = rest.dropFirst()
    }
    return (head, String(rest))
  }

  /// Display columns of `text`, with ANSI escape sequences taking none.
  static func visibleWidth(_ text: String) -> Int {
    guard text.contains("\u{1B}") else { return TextWidth.of(text) }
    var width = 0
    var rest = Substring(text)
    while let c = rest.first {
      if c == "\u{1B}" {
        rest = rest.dropFirst(escapeSequence(rest).count)
      } else {
        width += TextWidth.of(c)
        rest = rest.dropFirst()
      }
    }
    return width
  }

  /// The escape sequence at the start of `text`: ESC `[` parameters and a final letter.
  static func escapeSequence(_ text: Substring) -> Substring {
    var end = text.index(after: text.startIndex)
    guard end < text.endIndex, text[end] == "[" else { return text.prefix(1) }
    end = text.index(after: end)
    while end < text.endIndex, !text[end].isLetter { end = text.index(after: end) }
    return end < text.endIndex ? text[...end] : text[...]
  }
}
