/// Parses amigo's strict YAML subset (format `amigo/1`, see `schema/README.md`) into a tree that
/// points into the source bytes. Never throws and never stops at the first problem: everything
/// outside the subset is reported as a diagnostic with an exact position, and parsing resumes at
/// the next line it can make sense of.
public enum YAMLParser {
  /// Nesting deeper than this is reported (`nesting-too-deep`) instead of risking the stack.
  public static let maximumDepth = 100

  public static func parse(_ source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
    source.bytes.withUnsafeBufferPointer { buffer in
      var parser = Parser(source: source, b: buffer)
      parser.checkEncoding()
      parser.reportConflictMarkers()
      let root = parser.parseDocument()
      parser.checkOtherTabs(root)
      return (root, parser.diagnostics)
    }
  }

  /// The tab stops a tab in indentation is read to after its `tab-indentation` error (every
  /// so many columns: the file's own indentation step, else 2); `amigo fmt` replaces it with
  /// spaces to the same stop.
  public static func tabWidth(_ source: SourceText) -> Int {
    source.bytes.withUnsafeBufferPointer { Parser.tabWidth(source, $0) }
  }
}

// MARK: - Bytes

private let SPACE: UInt8 = 0x20
private let TAB: UInt8 = 0x09
private let HASH: UInt8 = 0x23  // #
private let COLON: UInt8 = 0x3A  // :
private let DASH: UInt8 = 0x2D  // -
private let COMMA: UInt8 = 0x2C
private let SQUOTE: UInt8 = 0x27
private let DQUOTE: UInt8 = 0x22
private let BACKSLASH: UInt8 = 0x5C

@inline(__always) private func isWhite(_ c: UInt8) -> Bool { c == SPACE || c == TAB }

/// One physical line of the source, pre-scanned.
private struct Line {
  var start: Int
  /// End of content (before `\r\n` / `\n`).
  var end: Int
  /// Indentation in columns: spaces, and tabs (which are reported) read as spaces up to the
  /// next multiple of `Parser.tabWidth`, so that what follows a tab is checked as if it were
  /// spaces.
  var indent: Int
  /// Columns the tabs of the indentation add beyond their one byte each.
  var tabExtra: Int
  /// Offset of the first character that is not indentation whitespace (`end` when blank).
  var content: Int
  var isBlank: Bool
  /// A comment line, or a git conflict marker (reported, then skipped like a comment).
  var isComment: Bool
  var hasTabIndent: Bool
}

private struct Parser {
  let source: SourceText
  let b: UnsafeBufferPointer<UInt8>
  var lines: [Line] = []
  var diagnostics: [Diagnostic] = []
  var depth = 0
  /// After a `? key` line: the first line past its `: value` part.
  var complexSkip = 0
  var reportedDepth = false
  /// Byte ranges of block-scalar text (after its indentation), where tabs are content, and of
  /// lines whose tab was reported already (see `checkOtherTabs`).
  var tabsChecked: [(Int, Int)] = []
  /// Lines that are git conflict markers (`<<<<<<< ours`, `=======`, `>>>>>>> theirs`).
  var conflictMarkers: [Int] = []

  init(source: SourceText, b: UnsafeBufferPointer<UInt8>) {
    self.source = source
    self.b = b
    let count = source.lineCount
    lines.reserveCapacity(count)
    let tabWidth = Parser.tabWidth(source, b)
    for i in 0..<count {
      var start = source.lineStart(i)
      if i == 0 && source.hasByteOrderMark { start = 3 }
      let end = source.lineContentEnd(i)
      var j = start
      var tabs = 0
      var columns = 0
      while j < end && isWhite(b[j]) {
        if b[j] == TAB {
          tabs += 1
          columns = (columns / tabWidth + 1) * tabWidth
        } else {
          columns += 1
        }
        j += 1
      }
      let blank = j == end
      let marker = j == start && Parser.isConflictMarker(b, start, end)
      if marker { conflictMarkers.append(i) }
      let extra = blank ? 0 : columns - (j - start)
      lines.append(
        Line(
          start: start, end: end, indent: j - start + extra, tabExtra: extra, content: j,
          isBlank: blank, isComment: marker || (!blank && b[j] == HASH),
          hasTabIndent: tabs > 0 && !blank))
    }
  }

  /// The tab stops a tab in indentation is read to, for the checks after its `tab-indentation`
  /// error: the file's own indentation step (the smallest indentation of a line indented with
  /// spaces only), else 2. `amigo fmt` replaces each such tab with spaces to the same stop.
  static func tabWidth(_ source: SourceText, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    var step = Int.max
    for i in 0..<source.lineCount {
      var j = source.lineStart(i)
      if i == 0 && source.hasByteOrderMark { j = 3 }
      let start = j
      let end = source.lineContentEnd(i)
      while j < end && b[j] == SPACE { j += 1 }
      guard j > start, j < end, b[j] != TAB, b[j] != HASH else { continue }
      step = min(step, j - start)
    }
    return step == Int.max ? 2 : step
  }

  /// The column of byte `at` on line `l`, tabs of the indentation counted as `tabWidth`.
  func column(_ at: Int, _ l: Int) -> Int {
    at - lines[l].start + (at >= lines[l].content ? lines[l].tabExtra : 0)
  }

  /// Seven `<`, `=`, `>` or `|` at the start of a line, then the end or a space: what git
  /// writes around the two sides of a conflict.
  static func isConflictMarker(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 7 else { return false }
    let c = b[start]
    guard c == 0x3C || c == 0x3D || c == 0x3E || c == 0x7C else { return false }
    for k in 1..<7 where b[start + k] != c { return false }
    return end - start == 7 || b[start + 7] == SPACE
  }

  mutating func reportConflictMarkers() {
    for l in conflictMarkers {
      report(YAMLDiagnostics.conflictMarker(range(lines[l].start, lines[l].end)))
    }
  }

  // MARK: Diagnostics

  /// At most this many problems are reported per file (a damaged file can hold millions).
  static let maximumDiagnostics = Diagnostic.maximumPerFile

  mutating func report(_ d: Diagnostic) {
    if diagnostics.count < Parser.maximumDiagnostics { diagnostics.append(d) }
  }

  func range(_ start: Int, _ end: Int) -> SourceRange {
    // Past the cap nothing more is reported: do not pay for positions.
    if diagnostics.count >= Parser.maximumDiagnostics {
      return SourceRange(
        start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
    }
    return source.range(start, end)
  }

  // MARK: Encoding

  /// Reports invalid UTF-8 and control characters. At most 20 such reports per file.
  mutating func checkEncoding() {
    var i = 0
    let n = b.count
    var reported = 0
    var bareReturns: [Int] = []
    while i < n {
      let c = b[i]
      if c >= 0x20 && c < 0x7F {
        i += 1
        continue
      }
      if c < 0x80 {
        if c == 0x0A || c == TAB || (c == 0x0D && i + 1 < n && b[i + 1] == 0x0A) {
          i += 1
          continue
        }
        if c == 0x0D { bareReturns.append(i) }
        if reported < 20 { report(YAMLDiagnostics.controlCharacter(range(i, i + 1), c)) }
        reported += 1
        i += 1
        continue
      }
      // Well-formed UTF-8 (Unicode table 3-7). An ill-formed sequence is reported once per
      // maximal subpart, as a decoder replaces it (the rule `SourceText` counts columns by).
      let length =
        c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0
      let consumed = SourceText.unitLength(source.bytes, at: i)
      let valid = length > 0 && consumed == length
      if !valid {
        if reported < 20 { report(YAMLDiagnostics.invalidUTF8(range(i, i + consumed))) }
        reported += 1
        i += consumed
        continue
      }
      // C1 controls are not printable YAML characters; NEL (U+0085) is one of them and also,
      // like the line and paragraph separators U+2028 and U+2029, a line break to YAML 1.1
      // readers (PyYAML), which would then see lines amigo does not (a key hidden in a
      // comment). U+FFFE and U+FFFF are not characters: YAML readers refuse them.
      if c == 0xC2 && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F {
        if reported < 20 { report(YAMLDiagnostics.controlCharacter(range(i, i + 2), b[i + 1])) }
        reported += 1
      } else if c == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
        if reported < 20 {
          report(YAMLDiagnostics.separator(range(i, i + 3), b[i + 2] == 0xA8 ? 0x2028 : 0x2029))
        }
        reported += 1
      } else if c == 0xEF && b[i + 1] == 0xBF && b[i + 2] >= 0xBE {
        if reported < 20 {
          report(YAMLDiagnostics.nonCharacter(range(i, i + 3), b[i + 2] == 0xBE ? 0xFFFE : 0xFFFF))
        }
        reported += 1
      }
      i += length
    }
    // A bare carriage return ends its line's content: what follows it is not parsed, so one
    // stray byte does not cause a cascade of follow-on reports.
    for cr in bareReturns {
      let l = source.lineIndex(of: cr)
      if cr < lines[l].end { lines[l].end = cr }
      if lines[l].content > cr {
        lines[l].content = cr
        lines[l].isBlank = true
      }
    }
  }

  // MARK: Lines

  /// The first line at or after `from` that is neither blank nor a comment.
  func nextContentLine(_ from: Int) -> Int? {
    var i = from
    while i < lines.count {
      if !lines[i].isBlank && !lines[i].isComment { return i }
      i += 1
    }
    return nil
  }

  /// `---` or `...` at column 0 followed by white space or the end of the line.
  func documentMarker(_ l: Int) -> UInt8? {
    let line = lines[l]
    guard line.indent == 0, line.end - line.start >= 3 else { return nil }
    let c = b[line.start]
    guard c == DASH || c == 0x2E else { return nil }
    guard b[line.start + 1] == c && b[line.start + 2] == c else { return nil }
    if line.end - line.start > 3 && !isWhite(b[line.start + 3]) { return nil }
    return c
  }

  /// True when `offset` starts a block sequence entry: `-` followed by white space or end of line.
  func isDash(_ offset: Int, lineEnd: Int) -> Bool {
    b[offset] == DASH && (offset + 1 == lineEnd || isWhite(b[offset + 1]))
  }

  /// Skips white space from `i` up to `end`.
  func skipWhite(_ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end && isWhite(b[j]) { j += 1 }
    return j
  }

  /// True when only white space and an optional comment remain from `i` to `end`.
  func restIsEmpty(_ i: Int, _ end: Int) -> Bool {
    let j = skipWhite(i, end)
    return j == end || (b[j] == HASH && (j == i ? (i == 0 || isWhite(b[i - 1])) : true))
  }

  /// Reports tab indentation on a content line once.
  mutating func checkTabs(_ l: Int) {
    if lines[l].hasTabIndent && !lines[l].isComment {
      var t = lines[l].start
      while b[t] != TAB { t += 1 }
      report(YAMLDiagnostics.tabIndentation(range(t, t + 1)))
    }
  }

  /// Skips lines (from `from`) whose indentation is greater than `indent`, and blank or comment
  /// lines between them. Returns the first line not skipped.
  func skipMoreIndented(from: Int, than indent: Int) -> Int {
    var i = from
    var last = from
    while i < lines.count {
      if lines[i].isBlank || lines[i].isComment {
        i += 1
        continue
      }
      if lines[i].indent > indent {
        i += 1
        last = i
        continue
      }
      break
    }
    return max(last, from)
  }

  /// Skips the lines of a complex key's value: more indented lines, and a `: value` line at
  /// `indent` with its own more indented lines.
  func skipComplexValue(from: Int, indent: Int) -> Int {
    var next = skipMoreIndented(from: from, than: indent)
    if let n = nextContentLine(next), lines[n].indent == indent, b[lines[n].content] == COLON,
      isKeyColon(lines[n].content, lines[n].end)
    {
      next = skipMoreIndented(from: n + 1, than: indent)
    }
    return next
  }

  // MARK: Document

  mutating func parseDocument() -> YAMLNode? {
    var l = 0
    var root: YAMLNode?
    var sawStartMarker = false
    while let c = nextContentLine(l) {
      let line = lines[c]
      if line.indent == 0 && b[line.start] == 0x25 {  // %
        report(YAMLDiagnostics.directive(range(line.start, line.end)))
        l = c + 1
        continue
      }
      if let m = documentMarker(c) {
        if m == DASH && !sawStartMarker {
          sawStartMarker = true
          let after = skipWhite(line.start + 3, line.end)
          if !restIsEmpty(after, line.end) {
            checkTabs(c)
            let (node, next) = parseNode(line: c, at: after, parent: -1, inline: true)
            root = node
            l = next
            break
          }
          l = c + 1
          continue
        }
        // A `...` must end a document: before any content, only after `---` (PyYAML and
        // ruamel.yaml refuse a lone `...`).
        if m == 0x2E, sawStartMarker, restIsEmpty(line.start + 3, line.end),
          nextContentLine(c + 1) == nil
        {
          return emptyScalar(line.start, line: c)
        }
        report(YAMLDiagnostics.multipleDocuments(range(line.start, line.start + 3)))
        return nil
      }
      checkTabs(c)
      let (node, next) = parseNode(line: c, at: line.content, parent: -1, inline: false)
      root = node
      l = next
      break
    }
    if root == nil && sawStartMarker {
      // `---` with nothing after it: a document holding one empty value.
      let at = lines.isEmpty ? 0 : lines[0].start
      root = emptyScalar(at, line: 0)
    }
    // Only comments, blank lines and a final `...` may follow the root node.
    while let c = nextContentLine(l) {
      let line = lines[c]
      if let m = documentMarker(c) {
        if m == 0x2E, restIsEmpty(line.start + 3, line.end), nextContentLine(c + 1) == nil {
          break
        }
        report(YAMLDiagnostics.multipleDocuments(range(line.start, line.start + 3)))
        break
      }
      // `it # c` then a tab-indented line: reported here, no node took it.
      checkTabs(c)
      if !line.hasTabIndent {
        report(
          YAMLDiagnostics.badIndentation(
            range(line.content, line.end),
            Bilingual(
              "this line does not belong to any entry above",
              "deze regel hoort bij geen enkel item erboven")))
      }
      l = skipMoreIndented(from: c + 1, than: line.indent)
    }
    return root
  }

  // MARK: Nodes

  /// Parses the node whose text starts at byte `at` on line `l`. `parent` is the indentation of
  /// the enclosing block collection (-1 at the top). `inline` is true when the node follows a
  /// key or `---` on the same line, where no block collection may start.
  /// Returns the node and the first line after it.
  mutating func parseNode(line l: Int, at: Int, parent: Int, inline: Bool) -> (YAMLNode, Int) {
    let line = lines[l]
    let c = b[at]
    let opensCollection =
      (c == DASH && isDash(at, lineEnd: line.end)) || c == 0x5B || c == 0x7B
      || ((c != DQUOTE && c != SQUOTE) && plainKeyColon(at, line.end) != nil)
    if depth >= YAMLParser.maximumDepth && opensCollection {
      if !reportedDepth {
        reportedDepth = true
        report(YAMLDiagnostics.nestingTooDeep(range(at, at + 1), YAMLParser.maximumDepth))
      }
      return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
    }
    if opensCollection { depth += 1 }
    defer { if opensCollection { depth -= 1 } }

    switch c {
    case DASH where isDash(at, lineEnd: line.end):
      if inline {
        report(YAMLDiagnostics.inlineCollection(range(at, at + 1), "list"))
        return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
      }
      return parseBlockSequence(line: l, dash: at)
    case 0x5B, 0x7B:  // [ {
      return parseFlowNode(line: l, at: at, parent: parent)
    case 0x7C, 0x3E:  // | >
      return parseBlockScalar(line: l, at: at, parent: parent)
    case DQUOTE, SQUOTE:
      // A quoted key starts a block mapping; otherwise this is a quoted scalar.
      if let close = singleLineQuoteEnd(at, line.end),
        isKeyColon(skipWhite(close, line.end), line.end)
      {
        if inline {
          let colon = skipWhite(close, line.end)
          report(YAMLDiagnostics.inlineCollection(range(colon, colon + 1), "mapping"))
          return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
        }
        return parseBlockMapping(line: l, firstKey: at)
      }
      return parseQuotedValue(line: l, at: at, parent: parent)
    case 0x26, 0x21:  // & !
      // Every anchor and tag before the node, in a loop (never one call per property).
      var tokenEnd = at
      var next = at
      while next < line.end && (b[next] == 0x26 || b[next] == 0x21) {
        tokenEnd = propertyEnd(next, line.end)
        if b[next] == 0x26 {
          report(YAMLDiagnostics.anchor(range(next, tokenEnd)))
        } else {
          report(YAMLDiagnostics.tag(range(next, tokenEnd)))
        }
        next = skipWhite(tokenEnd, line.end)
      }
      if restIsEmpty(next, line.end) {
        // The node follows on the next lines: that counts as a level of nesting, so a chain of
        // property-only lines cannot recurse past the limit.
        if depth >= YAMLParser.maximumDepth {
          if !reportedDepth {
            reportedDepth = true
            report(YAMLDiagnostics.nestingTooDeep(range(at, at + 1), YAMLParser.maximumDepth))
          }
          return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
        }
        depth += 1
        defer { depth -= 1 }
        return parseIndentedValue(
          afterLine: l, parent: parent, emptyAt: tokenEnd, indentless: false)
      }
      return parseNode(line: l, at: next, parent: parent, inline: inline)
    case 0x2A:  // *
      let tokenEnd = propertyEnd(at, line.end)
      report(YAMLDiagnostics.alias(range(at, tokenEnd)))
      return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
    case 0x3F where at + 1 == line.end || isWhite(b[at + 1]):  // ?
      report(YAMLDiagnostics.complexKey(range(at, at + 1), inValue: inline))
      return (emptyScalar(at, line: l), skipComplexValue(from: l + 1, indent: column(at, l)))
    case 0x25 where parent < 0:  // %
      report(YAMLDiagnostics.directive(range(at, line.end)))
      return (emptyScalar(at, line: l), l + 1)
    default:
      break
    }
    // A plain scalar or a plain key.
    if let colon = plainKeyColon(at, line.end) {
      if inline {
        report(YAMLDiagnostics.inlineCollection(range(colon, colon + 1), "mapping"))
        return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
      }
      return parseBlockMapping(line: l, firstKey: at)
    }
    return parsePlainValue(line: l, at: at, parent: parent)
  }

  func emptyScalar(_ at: Int, line l: Int) -> YAMLNode {
    .scalar(YAMLScalar(value: "", style: .plain, start: at, end: at, firstLine: l, lastLine: l))
  }

  /// End of an anchor, alias or tag token.
  func propertyEnd(_ at: Int, _ end: Int) -> Int {
    var j = at + 1
    while j < end && !isWhite(b[j]) { j += 1 }
    return j
  }

  /// True when `i` is a `:` that ends an implicit key (followed by white space or line end).
  func isKeyColon(_ i: Int, _ end: Int) -> Bool {
    i < end && b[i] == COLON && (i + 1 == end || isWhite(b[i + 1]))
  }

  /// For a plain text starting at `at`, the offset of the `:` that makes it a key, if any.
  /// Stops at a comment (` #`).
  func plainKeyColon(_ at: Int, _ end: Int) -> Int? {
    var i = at
    while i < end {
      let c = b[i]
      if c == COLON && (i + 1 == end || isWhite(b[i + 1])) { return i }
      if c == HASH && i > at && isWhite(b[i - 1]) { return nil }
      i += 1
    }
    return nil
  }

  /// The offset just past the closing quote when a quoted text closes on this line.
  func singleLineQuoteEnd(_ at: Int, _ end: Int) -> Int? {
    quoteEndOnLine(from: at + 1, end, quote: b[at])
  }

  /// The value of a key (or dash) whose text does not continue on its own line: a more
  /// indented node on the following lines, an indentless list (`key:` then `- item` at the
  /// key's indentation, only when `indentless`), or an empty scalar at `emptyAt`.
  mutating func parseIndentedValue(
    afterLine l: Int, parent: Int, emptyAt: Int, indentless: Bool
  )
    -> (YAMLNode, Int)
  {
    if let n = nextContentLine(l + 1), documentMarker(n) == nil {
      let line = lines[n]
      if line.indent > parent {
        checkTabs(n)
        return parseNode(line: n, at: line.content, parent: parent, inline: false)
      }
      if indentless && line.indent == parent && isDash(line.content, lineEnd: line.end) {
        return parseBlockSequence(line: n, dash: line.content)
      }
    }
    return (emptyScalar(emptyAt, line: l), l + 1)
  }

  // MARK: Block mapping

  mutating func parseBlockMapping(line first: Int, firstKey: Int) -> (YAMLNode, Int) {
    let indent = column(firstKey, first)
    var entries: [YAMLEntry] = []
    var l = first
    var keyAt = firstKey
    var next = first + 1
    var seen: [String: Int] = [:]
    while true {
      let line = lines[l]
      if let (key, colon) = parseKey(line: l, at: keyAt) {
        // A scan for small mappings (no hashing), a dictionary for large ones.
        var firstLine: Int?
        if entries.count < 16 {
          firstLine = entries.first(where: { $0.key.value == key.value })?.key.firstLine
        } else {
          if seen.isEmpty {
            for e in entries { seen[e.key.value] = seen[e.key.value] ?? e.key.firstLine }
          }
          firstLine = seen[key.value]
          if firstLine == nil { seen[key.value] = l }
        }
        if let firstLine {
          report(
            YAMLDiagnostics.duplicateKey(
              range(key.start, key.end), key.value, firstLine: firstLine + 1))
        }
        let v = skipWhite(colon + 1, line.end)
        let value: YAMLNode
        if restIsEmpty(v, line.end) {
          (value, next) = parseIndentedValue(
            afterLine: l, parent: indent, emptyAt: colon + 1, indentless: true)
        } else {
          (value, next) = parseNode(line: l, at: v, parent: indent, inline: true)
        }
        // After a duplicate key, checking goes on with the first occurrence: the second
        // (reported) stays out of the tree.
        if firstLine == nil { entries.append(YAMLEntry(key: key, value: value)) }
      } else {
        next = max(skipMoreIndented(from: l + 1, than: indent), complexSkip)
        complexSkip = 0
      }
      // The next entry, if any.
      guard let n = nextContentLine(next), documentMarker(n) == nil else { break }
      let nl = lines[n]
      if nl.indent < indent { break }
      checkTabs(n)
      if nl.indent > indent {
        // A tab in the indentation is reported already; its misplacement follows from it.
        if !nl.hasTabIndent {
          report(
            YAMLDiagnostics.badIndentation(
              range(nl.content, nl.end),
              Bilingual(
                "this line is indented more than the entries around it",
                "deze regel springt verder in dan de items eromheen")))
        }
        next = skipMoreIndented(from: n + 1, than: indent)
        guard let m = nextContentLine(next), documentMarker(m) == nil, lines[m].indent == indent
        else {
          break
        }
        l = m
        keyAt = lines[m].content
        continue
      }
      if isDash(nl.content, lineEnd: nl.end) {
        report(
          YAMLDiagnostics.badIndentation(
            range(nl.content, nl.content + 1),
            Bilingual(
              "a list item cannot stand between the keys of a mapping",
              "een lijstitem kan niet tussen de sleutels van een mapping staan")))
        next = skipMoreIndented(from: n + 1, than: indent)
        guard let m = nextContentLine(next), documentMarker(m) == nil, lines[m].indent == indent,
          !isDash(lines[m].content, lineEnd: lines[m].end)
        else { break }
        l = m
        keyAt = lines[m].content
        continue
      }
      l = n
      keyAt = nl.content
    }
    let start = firstKey
    let lastLine = entries.last?.lastLine ?? first
    let end = entries.last?.value.end ?? lines[first].end
    return (
      .mapping(
        YAMLMapping(
          entries: entries, style: .block, start: start, end: max(end, start), indent: indent,
          firstLine: first, lastLine: lastLine)), next
    )
  }

  /// Parses a key at `at` and its `:`; reports and returns nil when the line is not `key: …`.
  mutating func parseKey(line l: Int, at: Int) -> (YAMLScalar, Int)? {
    let line = lines[l]
    let c = b[at]
    switch c {
    case DQUOTE, SQUOTE:
      guard let close = singleLineQuoteEnd(at, line.end) else {
        report(YAMLDiagnostics.unterminatedQuote(range(at, at + 1), c == SQUOTE ? "'" : "\""))
        return nil
      }
      let colon = skipWhite(close, line.end)
      guard isKeyColon(colon, line.end) else {
        report(YAMLDiagnostics.missingColon(range(at, line.end)))
        return nil
      }
      let value = decodeQuoted(from: at, to: close, quote: c)
      checkKeyLength(at, colon)
      return (
        YAMLScalar(
          value: value, style: c == SQUOTE ? .singleQuoted : .doubleQuoted, start: at, end: close,
          firstLine: l, lastLine: l), colon
      )
    case 0x3F where at + 1 == line.end || isWhite(b[at + 1]):
      report(YAMLDiagnostics.complexKey(range(at, at + 1)))
      complexSkip = skipComplexValue(from: l + 1, indent: column(at, l))
      return nil
    case 0x5B, 0x7B:
      report(YAMLDiagnostics.complexKey(range(at, line.end)))
      return nil
    case 0x26:
      report(YAMLDiagnostics.anchor(range(at, propertyEnd(at, line.end))))
      return nil
    case 0x21:
      report(YAMLDiagnostics.tag(range(at, propertyEnd(at, line.end))))
      return nil
    case 0x2A:
      report(YAMLDiagnostics.alias(range(at, propertyEnd(at, line.end))))
      return nil
    default:
      guard let colon = plainKeyColon(at, line.end) else {
        report(YAMLDiagnostics.missingColon(range(at, line.end)))
        return nil
      }
      if !checkPlainStart(at, line.end) { return nil }
      var e = colon
      while e > at && isWhite(b[e - 1]) { e -= 1 }
      if e == at {
        report(YAMLDiagnostics.complexKey(range(at, at + 1)))
        return nil
      }
      let value = String(decoding: UnsafeBufferPointer(rebasing: b[at..<e]), as: UTF8.self)
      checkKeyLength(at, colon)
      return (
        YAMLScalar(value: value, style: .plain, start: at, end: e, firstLine: l, lastLine: l), colon
      )
    }
  }

  /// YAML limits a key written without `?` to 1024 characters from its start to its `:`;
  /// PyYAML and ruamel.yaml refuse a longer one. Reports it (the key is still read).
  mutating func checkKeyLength(_ start: Int, _ colon: Int) {
    guard colon - start > 1024 else { return }  // bytes: at least as many as characters
    var characters = 0
    for k in start..<colon where b[k] & 0xC0 != 0x80 { characters += 1 }
    if characters > 1024 { report(YAMLDiagnostics.longKey(range(start, colon), characters)) }
  }

  /// Reports a plain text that starts with a character YAML reserves. Returns false if reported.
  mutating func checkPlainStart(_ at: Int, _ end: Int) -> Bool {
    let c = b[at]
    switch c {
    case 0x40, 0x60:  // @ `
      report(YAMLDiagnostics.reservedIndicator(range(at, at + 1), Character(UnicodeScalar(c))))
      return false
    case COMMA, 0x5D, 0x7D, 0x7C, 0x3E, 0x25:  // , ] } | > %
      report(YAMLDiagnostics.reservedIndicator(range(at, at + 1), Character(UnicodeScalar(c))))
      return false
    default:
      return true
    }
  }

  // MARK: Block sequence

  mutating func parseBlockSequence(line first: Int, dash firstDash: Int) -> (YAMLNode, Int) {
    let indent = column(firstDash, first)
    var items: [YAMLItem] = []
    var l = first
    var dash = firstDash
    var next = first + 1
    while true {
      let line = lines[l]
      let v = skipWhite(dash + 1, line.end)
      let value: YAMLNode
      if restIsEmpty(v, line.end) {
        (value, next) = parseIndentedValue(
          afterLine: l, parent: indent, emptyAt: dash + 1, indentless: false)
      } else {
        if v > dash + 1, UnsafeBufferPointer(rebasing: b[(dash + 1)..<v]).contains(TAB),
          isDash(v, lineEnd: line.end) || plainKeyColon(v, line.end) != nil
        {
          report(YAMLDiagnostics.tabIndentation(range(dash + 1, v)))
          tabsChecked.append((dash + 1, v))
        }
        (value, next) = parseNode(line: l, at: v, parent: indent, inline: false)
      }
      items.append(YAMLItem(value: value, start: dash, firstLine: l))
      guard let n = nextContentLine(next), documentMarker(n) == nil else { break }
      let nl = lines[n]
      if nl.indent < indent { break }
      if nl.indent == indent {
        guard isDash(nl.content, lineEnd: nl.end) else { break }
        checkTabs(n)
        l = n
        dash = nl.content
        continue
      }
      checkTabs(n)
      // A tab in the indentation is reported already; its misplacement follows from it.
      if !nl.hasTabIndent {
        report(
          YAMLDiagnostics.badIndentation(
            range(nl.content, nl.end),
            isDash(nl.content, lineEnd: nl.end)
              ? Bilingual(
                "this list item is indented more than the items around it",
                "dit lijstitem springt verder in dan de items eromheen")
              : Bilingual(
                "this line does not line up with the list above: a key of an item lines up with the first key after its '- '",
                "deze regel staat niet in lijn met de lijst erboven: een sleutel van een item staat recht onder de eerste sleutel na zijn '- '"
              )
          ))
      }
      next = skipMoreIndented(from: n + 1, than: indent)
      guard let m = nextContentLine(next), documentMarker(m) == nil, lines[m].indent == indent,
        isDash(lines[m].content, lineEnd: lines[m].end)
      else { break }
      l = m
      dash = lines[m].content
    }
    let lastLine = items.last?.lastLine ?? first
    let end = max(items.last?.value.end ?? firstDash + 1, firstDash + 1)
    return (
      .sequence(
        YAMLSequence(
          items: items, style: .block, start: firstDash, end: end, indent: indent,
          firstLine: first, lastLine: lastLine)), next
    )
  }

  // MARK: Plain scalars

  /// A plain scalar, possibly continued on more indented lines (folded with single spaces).
  mutating func parsePlainValue(line l: Int, at: Int, parent: Int) -> (YAMLNode, Int) {
    if !checkPlainStart(at, lines[l].end) {
      return (emptyScalar(at, line: l), skipMoreIndented(from: l + 1, than: max(parent, 0)))
    }
    let (textEnd, firstCommented) = plainLineEnd(at, lines[l].end)
    var commented = firstCommented
    // The common case: the text does not continue on the next lines.
    var probe = l + 1
    while probe < lines.count && lines[probe].isBlank { probe += 1 }
    if commented || probe >= lines.count || lines[probe].isComment || lines[probe].indent <= parent
      || documentMarker(probe) != nil
    {
      let value = String(decoding: UnsafeBufferPointer(rebasing: b[at..<textEnd]), as: UTF8.self)
      return (
        .scalar(
          YAMLScalar(
            value: value, style: .plain, start: at, end: textEnd, firstLine: l, lastLine: l)),
        l + 1
      )
    }
    var bytes = Array(UnsafeBufferPointer(rebasing: b[at..<textEnd]))
    var lastLine = l
    var end = textEnd
    var i = l + 1
    var pendingBreaks = 0
    while !commented && i < lines.count {
      let line = lines[i]
      if line.isBlank {
        pendingBreaks += 1
        i += 1
        continue
      }
      if line.isComment || line.indent <= parent || documentMarker(i) != nil { break }
      checkTabs(i)
      let (e, c) = plainLineEnd(line.content, line.end)
      if let colon = plainKeyColon(line.content, e) {
        report(YAMLDiagnostics.colonInPlain(range(colon, colon + 1)))
      }
      if pendingBreaks == 0 {
        bytes.append(SPACE)
      } else {
        bytes.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[line.content..<e]))
      pendingBreaks = 0
      lastLine = i
      end = e
      commented = c
      i += 1
    }
    let value = String(decoding: bytes, as: UTF8.self)
    return (
      .scalar(
        YAMLScalar(
          value: value, style: .plain, start: at, end: end, firstLine: l, lastLine: lastLine)),
      lastLine + 1
    )
  }

  /// End of plain text on one line (before ` #` and trailing white space) and whether a comment
  /// follows.
  func plainLineEnd(_ at: Int, _ end: Int) -> (Int, Bool) {
    var i = at
    var commented = false
    while i < end {
      if b[i] == HASH && i > at && isWhite(b[i - 1]) {
        commented = true
        break
      }
      i += 1
    }
    while i > at && isWhite(b[i - 1]) { i -= 1 }
    return (i, commented)
  }

  // MARK: Quoted scalars

  /// A quoted scalar as a value; may continue over several lines (line folding applies).
  mutating func parseQuotedValue(line l: Int, at: Int, parent: Int) -> (YAMLNode, Int) {
    let q = b[at]
    let style: ScalarStyle = q == SQUOTE ? .singleQuoted : .doubleQuoted
    if let close = singleLineQuoteEnd(at, lines[l].end) {
      let value = decodeQuoted(from: at, to: close, quote: q)
      checkTrailing(close, lines[l].end)
      return (
        .scalar(
          YAMLScalar(value: value, style: style, start: at, end: close, firstLine: l, lastLine: l)),
        l + 1
      )
    }
    // Multi-line: find the closing quote on a later line.
    var i = l + 1
    var closeLine: Int?
    var close = 0
    while i < lines.count {
      let line = lines[i]
      if documentMarker(i) != nil { break }
      if !line.isBlank && leadingSpaces(line) <= parent {
        if let e = quoteEndOnLine(from: line.start, line.end, quote: q) {
          // The quote closes, but on a line that is not indented enough.
          report(
            YAMLDiagnostics.badIndentation(
              range(line.start, line.content == line.start ? line.start + 1 : line.content),
              Bilingual(
                "a continued quoted text must be indented more than its key",
                "een doorlopende tekst tussen aanhalingstekens moet verder inspringen dan zijn sleutel"
              )))
          let value = decodeQuoted(from: at, to: e, quote: q)
          return (
            .scalar(
              YAMLScalar(value: value, style: style, start: at, end: e, firstLine: l, lastLine: i)),
            i + 1
          )
        }
        report(YAMLDiagnostics.unterminatedQuote(range(at, at + 1), q == SQUOTE ? "'" : "\""))
        return (emptyScalar(at, line: l), i)
      }
      if let e = quoteEndOnLine(from: line.start, line.end, quote: q) {
        closeLine = i
        close = e
        break
      }
      i += 1
    }
    guard let cl = closeLine else {
      report(YAMLDiagnostics.unterminatedQuote(range(at, at + 1), q == SQUOTE ? "'" : "\""))
      return (emptyScalar(at, line: l), max(i, l + 1))
    }
    let value = decodeQuoted(from: at, to: close, quote: q)
    checkTrailing(close, lines[cl].end)
    return (
      .scalar(
        YAMLScalar(value: value, style: style, start: at, end: close, firstLine: l, lastLine: cl)),
      cl + 1
    )
  }

  /// Offset past a closing quote on a continuation line, if there is one.
  func quoteEndOnLine(from start: Int, _ end: Int, quote q: UInt8) -> Int? {
    var i = start
    while i < end {
      let c = b[i]
      if q == SQUOTE && c == SQUOTE {
        if i + 1 < end && b[i + 1] == SQUOTE {
          i += 2
          continue
        }
        return i + 1
      }
      if q == DQUOTE {
        if c == BACKSLASH {
          i += 2
          continue
        }
        if c == DQUOTE { return i + 1 }
      }
      i += 1
    }
    return nil
  }

  mutating func checkTrailing(_ i: Int, _ end: Int) {
    let j = skipWhite(i, end)
    if j < end && !(b[j] == HASH && j > i) {
      report(YAMLDiagnostics.trailingContent(range(j, end)))
    }
  }

  /// Decodes quoted text from the opening quote `from` to just past the closing quote `to`,
  /// applying escapes (double quotes) and line folding.
  mutating func decodeQuoted(from: Int, to: Int, quote q: UInt8) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(to - from)
    var i = from + 1
    let end = to - 1
    // Bytes in `out` before this index are protected from trailing-white-space trimming.
    var protected = 0
    while i < end {
      let c = b[i]
      if c == 0x0A || c == 0x0D {
        // Line folding: trim trailing white space, skip the break and leading white space of the
        // following lines; one break becomes a space, n empty lines become n newlines.
        while out.count > protected, let last = out.last, isWhite(last) { out.removeLast() }
        var breaks = 0
        while i < end && (b[i] == 0x0A || b[i] == 0x0D || isWhite(b[i])) {
          if b[i] == 0x0A { breaks += 1 }
          i += 1
        }
        if breaks <= 1 {
          out.append(SPACE)
        } else {
          out.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
        }
        protected = out.count
        continue
      }
      if q == SQUOTE {
        if c == SQUOTE {
          out.append(SQUOTE)
          i += 2
          protected = out.count
          continue
        }
        out.append(c)
        i += 1
        continue
      }
      if c != BACKSLASH {
        out.append(c)
        i += 1
        continue
      }
      // Escapes.
      let e = i + 1 < end ? b[i + 1] : 0
      var scalar: UInt32?
      var consumed = 2
      switch e {
      case 0x30: scalar = 0
      case 0x61: scalar = 7
      case 0x62: scalar = 8
      case 0x74, TAB: scalar = 9
      case 0x6E: scalar = 10
      case 0x76: scalar = 11
      case 0x66: scalar = 12
      case 0x72: scalar = 13
      case 0x65: scalar = 0x1B
      case SPACE: scalar = 0x20
      case DQUOTE: scalar = 0x22
      case 0x2F: scalar = 0x2F
      case BACKSLASH: scalar = 0x5C
      case 0x4E: scalar = 0x85
      case 0x5F: scalar = 0xA0
      case 0x4C: scalar = 0x2028
      case 0x50: scalar = 0x2029
      case 0x78, 0x75, 0x55:  // x u U
        let digits = e == 0x78 ? 2 : e == 0x75 ? 4 : 8
        var v: UInt32 = 0
        var ok = i + 2 + digits <= end
        if ok {
          for k in 0..<digits {
            guard let d = hexValue(b[i + 2 + k]) else {
              ok = false
              break
            }
            v = v << 4 | d
          }
        }
        if ok && Unicode.Scalar(v) != nil {
          scalar = v
          consumed = 2 + digits
        }
      case 0x0A, 0x0D:
        // Escaped line break: join without a space; leading white space of the next line goes.
        i += 1
        if i < end && b[i] == 0x0D { i += 1 }
        if i < end && b[i] == 0x0A { i += 1 }
        while i < end && (b[i] == 0x0A || b[i] == 0x0D || isWhite(b[i])) {
          if b[i] == 0x0A { out.append(0x0A) }
          i += 1
        }
        protected = out.count
        continue
      default:
        break
      }
      if let s = scalar, let u = Unicode.Scalar(s) {
        out.append(contentsOf: Array(String(Character(u)).utf8))
        protected = out.count
        i += consumed
      } else {
        let shown = e == 0 ? "" : String(decoding: [e], as: UTF8.self)
        report(YAMLDiagnostics.invalidEscape(range(i, min(i + 2, end)), shown))
        i += 2
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: Block scalars

  mutating func parseBlockScalar(line l: Int, at: Int, parent: Int) -> (YAMLNode, Int) {
    let line = lines[l]
    let folded = b[at] == 0x3E
    var i = at + 1
    var chomp: UInt8 = 0  // 0 clip, '-' strip, '+' keep
    var explicit = 0
    for _ in 0..<2 {
      guard i < line.end else { break }
      let c = b[i]
      if (c == 0x2B || c == DASH) && chomp == 0 {
        chomp = c
        i += 1
      } else if c >= 0x31 && c <= 0x39 && explicit == 0 {
        explicit = Int(c - 0x30)
        i += 1
      }
    }
    let headerEnd = i
    let afterHeader = skipWhite(i, line.end)
    if afterHeader < line.end && !(b[afterHeader] == HASH && afterHeader > headerEnd) {
      report(YAMLDiagnostics.blockScalarHeader(range(at, line.end)))
    }
    // At the root, the text is indented at least one space and an indentation indicator counts
    // from column 0: so PyYAML and ruamel.yaml read it (YAML 1.2 would count from -1).
    let parentIndent = max(parent, 0)
    // Find the content indentation.
    var contentIndent: Int
    if explicit > 0 {
      contentIndent = parentIndent + explicit
    } else {
      contentIndent = -1
      var maxEmpty = 0
      var maxEmptyLine = l + 1
      var shortEmpty: (line: Int, spaces: Int)?
      var k = l + 1
      while k < lines.count {
        let ln = lines[k]
        let spaces = leadingSpaces(ln)
        if spaces == ln.end - ln.start {
          if spaces > maxEmpty {
            maxEmpty = spaces
            maxEmptyLine = k
          }
          if spaces > 0 && (shortEmpty == nil || spaces < shortEmpty!.spaces) {
            shortEmpty = (k, spaces)
          }
          k += 1
          continue
        }
        if parent < 0 && spaces == 0 && (ln.isComment || documentMarker(k) == 0x2E) {
          // `|` then `# x` or `...` at the root: text to ruamel.yaml, a comment or the
          // document's end to PyYAML.
          report(
            YAMLDiagnostics.badIndentation(
              range(ln.start, ln.end),
              Bilingual(
                "the text of a block scalar at the root must be indented",
                "de tekst van een bloktekst bovenaan het bestand moet inspringen")))
        }
        if spaces > parentIndent && !(spaces == 0 && documentMarker(k) != nil) {
          contentIndent = spaces
          if maxEmpty > spaces {
            report(
              YAMLDiagnostics.badIndentation(
                range(lines[maxEmptyLine].start, lines[maxEmptyLine].end),
                Bilingual(
                  "a leading empty line of this block text is indented more than its first line",
                  "een lege regel aan het begin van deze bloktekst springt verder in dan de eerste regel"
                )))
          } else if let short = shortEmpty, short.spaces < spaces {
            // ruamel.yaml refuses a leading line of only spaces, fewer than the text's.
            report(
              YAMLDiagnostics.badIndentation(
                range(lines[short.line].start, lines[short.line].end),
                Bilingual(
                  "a leading empty line of this block text holds spaces, fewer than its first line; leave it empty",
                  "een lege regel aan het begin van deze bloktekst bevat spaties, minder dan de eerste regel; maak hem leeg"
                )))
          }
        }
        break
      }
      if contentIndent < 0 { contentIndent = max(parentIndent + 1, maxEmpty) }
    }
    // Collect the lines.
    var texts: [(Int, Int)] = []  // byte ranges of each content line (after the indentation)
    var lastTextIndex = -1
    var k = l + 1
    while k < lines.count {
      let ln = lines[k]
      let spaces = leadingSpaces(ln)
      let length = ln.end - ln.start
      if spaces < length && spaces < contentIndent && isWhite(b[ln.start + spaces])
        && skipWhite(ln.start + spaces, ln.end) == ln.end
      {
        report(YAMLDiagnostics.tabIndentation(range(ln.start + spaces, ln.start + spaces + 1)))
        tabsChecked.append((ln.start, ln.end))
        texts.append((ln.end, ln.end))
        k += 1
        continue
      }
      if spaces == length {
        // An empty or white-space-only line.
        if spaces > contentIndent {
          texts.append((ln.start + contentIndent, ln.end))
          lastTextIndex = texts.count - 1
        } else {
          texts.append((ln.end, ln.end))
        }
        k += 1
        continue
      }
      if spaces < contentIndent || (contentIndent == 0 && documentMarker(k) != nil) { break }
      texts.append((ln.start + contentIndent, ln.end))
      lastTextIndex = texts.count - 1
      k += 1
    }
    for (s, e) in texts where s < e { tabsChecked.append((s, e)) }
    // Lines after the last text line are trailing empty lines.
    let contentLines = lastTextIndex + 1
    let trailingEmpty = texts.count - contentLines
    var out: [UInt8] = []
    if folded {
      var prevMore: Bool? = nil
      var pending = 0
      for idx in 0..<contentLines {
        let (s, e) = texts[idx]
        if s == e {
          pending += 1
          continue
        }
        let more = isWhite(b[s])
        if let pm = prevMore {
          if !pm && !more {
            if pending == 0 {
              out.append(SPACE)
            } else {
              out.append(contentsOf: repeatElement(0x0A, count: pending))
            }
          } else {
            out.append(contentsOf: repeatElement(0x0A, count: pending + 1))
          }
        } else {
          out.append(contentsOf: repeatElement(0x0A, count: pending))
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e]))
        prevMore = more
        pending = 0
      }
    } else {
      for idx in 0..<contentLines {
        let (s, e) = texts[idx]
        if idx > 0 { out.append(0x0A) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e]))
      }
    }
    switch chomp {
    case DASH:
      break
    case 0x2B:
      if contentLines > 0 { out.append(0x0A) }
      out.append(contentsOf: repeatElement(0x0A, count: trailingEmpty))
    default:
      if contentLines > 0 { out.append(0x0A) }
    }
    // YAML readers disagree on the last line break of a block scalar that ends the file
    // without one (the YAML test suite and libyaml add it, PyYAML does not): not in the subset.
    if chomp != DASH, l + texts.count == lines.count - 1, texts.count > 0, !source.endsWithNewline {
      let last = lines[lines.count - 1]
      report(YAMLDiagnostics.blockScalarAtEndOfFile(range(last.end, last.end)))
    }
    // The scalar's source ends at its last text line (keep-chomping also owns trailing empties).
    let lastLine: Int
    if chomp == 0x2B {
      lastLine = l + texts.count
    } else {
      lastLine = l + contentLines
    }
    let end = lastLine == l ? lines[l].end : lines[lastLine].end
    return (
      .scalar(
        YAMLScalar(
          value: String(decoding: out, as: UTF8.self), style: folded ? .folded : .literal,
          start: at,
          end: end, firstLine: l, lastLine: lastLine)), lastLine + 1
    )
  }

  // MARK: Tabs

  /// Reports a tab anywhere but inside quotes, block-scalar text (after its indentation) or a
  /// comment, once per line: PyYAML rejects every other tab, also as separation or at the end
  /// of a line, so a file that has one would not read the same everywhere. Tabs in indentation
  /// are reported as `tab-indentation` where the line is parsed.
  mutating func checkOtherTabs(_ root: YAMLNode?) {
    guard b.contains(TAB) else { return }
    var allowed = tabsChecked
    func quoted(_ node: YAMLNode) {
      switch node {
      case .scalar(let s):
        if s.style == .singleQuoted || s.style == .doubleQuoted { allowed.append((s.start, s.end)) }
      case .mapping(let m):
        for e in m.entries {
          quoted(.scalar(e.key))
          quoted(e.value)
        }
      case .sequence(let q):
        for item in q.items { quoted(item.value) }
      }
    }
    if let root { quoted(root) }
    allowed.sort { $0.0 < $1.0 }
    var r = 0
    var skipUntil = 0
    for ln in lines {
      // A tab in a content line's indentation is reported already.
      var i = max(ln.hasTabIndent && !ln.isComment ? ln.content : ln.start, skipUntil)
      var afterWhite = true
      while i < ln.end {
        while r < allowed.count && allowed[r].1 <= i { r += 1 }
        if r < allowed.count && allowed[r].0 <= i {
          i = allowed[r].1
          skipUntil = i
          afterWhite = false
          continue
        }
        let c = b[i]
        if c == HASH && afterWhite { break }
        if c == TAB {
          report(YAMLDiagnostics.tabCharacter(range(i, i + 1)))
          break
        }
        afterWhite = c == SPACE
        i += 1
      }
    }
  }

  func leadingSpaces(_ ln: Line) -> Int {
    var j = ln.start
    while j < ln.end && b[j] == SPACE { j += 1 }
    return j - ln.start
  }

  // MARK: Flow collections

  /// A single-line flow collection `[…]` or `{…}` of scalars.
  mutating func parseFlowNode(line l: Int, at: Int, parent: Int) -> (YAMLNode, Int) {
    let line = lines[l]
    let isMap = b[at] == 0x7B
    let close: UInt8 = isMap ? 0x7D : 0x5D
    var i = at + 1
    var entries: [YAMLEntry] = []
    var items: [YAMLItem] = []
    var failed = false
    var closed = false
    var seen: [String: Int] = [:]
    loop: while true {
      i = skipWhite(i, line.end)
      if i >= line.end || (b[i] == HASH && isWhite(b[i - 1])) {
        report(YAMLDiagnostics.multiLineFlow(range(at, at + 1), isMap ? "}" : "]"))
        failed = true
        break
      }
      if b[i] == close {
        i += 1
        closed = true
        break
      }
      guard let (first, afterFirst) = parseFlowScalar(line: l, at: i, end: line.end) else {
        failed = true
        break
      }
      i = skipWhite(afterFirst, line.end)
      let hasColon =
        i < line.end && b[i] == COLON
        && (i + 1 == line.end || isWhite(b[i + 1]) || b[i + 1] == COMMA || b[i + 1] == close
          || first.style != .plain)
      if isMap {
        var value = YAMLScalar(
          value: "", style: .plain, start: i, end: i, firstLine: l, lastLine: l)
        if hasColon && first.style == .plain && i + 1 < line.end
          && (b[i + 1] == COMMA || b[i + 1] == close)
        {
          // `{k:}`: PyYAML reads the key `k`, ruamel.yaml (YAML 1.2) the key `k:`.
          report(YAMLDiagnostics.colonBeforeFlowIndicator(range(i, i + 2), first.value))
          failed = true
          break
        }
        if hasColon {
          checkKeyLength(first.start, i)
          i = skipWhite(i + 1, line.end)
          value.start = i
          value.end = i
          if i < line.end && b[i] == HASH && isWhite(b[i - 1]) {
            // `{k: #c}`: a comment starts; the mapping does not close on its line.
            report(YAMLDiagnostics.multiLineFlow(range(at, at + 1), "}"))
            failed = true
            break
          }
        } else if i >= line.end || (b[i] == HASH && isWhite(b[i - 1])) {
          report(YAMLDiagnostics.multiLineFlow(range(at, at + 1), "}"))
          failed = true
          break
        } else if b[i] != COMMA && b[i] != close {
          report(
            YAMLDiagnostics.invalidFlow(
              range(i, i + 1),
              Bilingual(
                "expected ':' after the key '\(Diagnostic.quoted(first.value))'",
                "na de sleutel '\(Diagnostic.quoted(first.value))' hoort een ':'")))
          failed = true
          break
        }
        if hasColon && i < line.end && b[i] != COMMA && b[i] != close {
          guard let (v, afterValue) = parseFlowScalar(line: l, at: i, end: line.end) else {
            failed = true
            break
          }
          value = v
          i = skipWhite(afterValue, line.end)
        }
        if let firstLine = seen[first.value] {
          // Checking goes on with the first occurrence.
          report(
            YAMLDiagnostics.duplicateKey(
              range(first.start, first.end), first.value, firstLine: firstLine + 1))
        } else {
          seen[first.value] = l
          entries.append(YAMLEntry(key: first, value: .scalar(value)))
        }
      } else {
        if hasColon {
          report(
            YAMLDiagnostics.invalidFlow(
              range(i, i + 1),
              Bilingual(
                "a 'key: value' pair inside [ ] is not supported",
                "een paar 'sleutel: waarde' binnen [ ] kan niet")))
          failed = true
          break
        }
        items.append(YAMLItem(value: .scalar(first), start: first.start, firstLine: l))
      }
      if i < line.end && b[i] == COMMA {
        i += 1
        continue
      }
      if i < line.end && b[i] == close {
        i += 1
        closed = true
        break
      }
      if i >= line.end || (b[i] == HASH && isWhite(b[i - 1])) {
        report(YAMLDiagnostics.multiLineFlow(range(at, at + 1), isMap ? "}" : "]"))
      } else if isMap, b[i] == COLON, let last = entries.last?.value.scalar, last.style == .plain,
        let space = lastSpace(last.start, last.end)
      {
        // `{date: 2026-11-10 value: 3}`: the comma before `value` is missing.
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: b[(space + 1)..<last.end]), as: UTF8.self)
        report(
          YAMLDiagnostics.invalidFlow(
            range(space, space + 1),
            Bilingual(
              "missing ',' before '\(Diagnostic.quoted(word))'",
              "er ontbreekt een ',' voor '\(Diagnostic.quoted(word))'")))
      } else {
        report(
          YAMLDiagnostics.invalidFlow(
            range(i, i + 1),
            Bilingual(
              "expected ',' or '\(isMap ? "}" : "]")'",
              "hier hoort een ',' of '\(isMap ? "}" : "]")'")))
      }
      failed = true
      break loop
    }
    var next = l + 1
    if closed {
      let j = skipWhite(i, line.end)
      if j < line.end && b[j] == COLON {
        report(YAMLDiagnostics.complexKey(range(at, j + 1)))
      } else {
        checkTrailing(i, line.end)
      }
    } else if failed {
      next = skipMoreIndented(from: l + 1, than: max(parent, 0))
    }
    let end = closed ? i : line.end
    if isMap {
      return (
        .mapping(
          YAMLMapping(
            entries: entries, style: .flow, start: at, end: end, indent: at - line.start,
            firstLine: l, lastLine: l)), next
      )
    }
    return (
      .sequence(
        YAMLSequence(
          items: items, style: .flow, start: at, end: end, indent: at - line.start, firstLine: l,
          lastLine: l)), next
    )
  }

  /// The offset of the last space in `start..<end`, if any.
  func lastSpace(_ start: Int, _ end: Int) -> Int? {
    var k = end - 1
    while k > start {
      if b[k] == SPACE { return k }
      k -= 1
    }
    return nil
  }

  /// A scalar inside a flow collection: quoted (closing on this line) or plain (up to `,`, a
  /// bracket, `: ` or ` #`). Reports and returns nil on anything else.
  mutating func parseFlowScalar(line l: Int, at: Int, end: Int) -> (YAMLScalar, Int)? {
    let c = b[at]
    switch c {
    case DQUOTE, SQUOTE:
      guard let close = singleLineQuoteEnd(at, end) else {
        var closes = false
        for k in (l + 1)..<max(l + 1, lines.count)
        where quoteEndOnLine(from: lines[k].start, lines[k].end, quote: c) != nil {
          closes = true
          break
        }
        if closes {
          report(YAMLDiagnostics.multiLineFlow(range(at, at + 1), "]"))
        } else {
          report(YAMLDiagnostics.unterminatedQuote(range(at, at + 1), c == SQUOTE ? "'" : "\""))
        }
        return nil
      }
      let value = decodeQuoted(from: at, to: close, quote: c)
      return (
        YAMLScalar(
          value: value, style: c == SQUOTE ? .singleQuoted : .doubleQuoted, start: at, end: close,
          firstLine: l, lastLine: l), close
      )
    case 0x5B, 0x7B:
      report(YAMLDiagnostics.nestedFlow(range(at, at + 1)))
      return nil
    case COMMA:
      report(YAMLDiagnostics.invalidFlow(range(at, at + 1), Bilingual("empty entry", "leeg item")))
      return nil
    case 0x26:
      report(YAMLDiagnostics.anchor(range(at, propertyEnd(at, end))))
      return nil
    case 0x21:
      report(YAMLDiagnostics.tag(range(at, propertyEnd(at, end))))
      return nil
    case 0x2A:
      report(YAMLDiagnostics.alias(range(at, propertyEnd(at, end))))
      return nil
    case 0x3F where at + 1 < end && isWhite(b[at + 1]):
      report(YAMLDiagnostics.complexKey(range(at, at + 1)))
      return nil
    case 0x3F:
      // `[?x]`: PyYAML reads a key there.
      report(YAMLDiagnostics.questionMarkInFlow(range(at, at + 1)))
      return nil
    case COLON
    where at + 1 < end && !isWhite(b[at + 1]) && b[at + 1] != COMMA && b[at + 1] != 0x5D
      && b[at + 1] != 0x7D:
      // `[:x]`: YAML 1.2 reads the text `:x`, PyYAML refuses it.
      report(YAMLDiagnostics.reservedIndicator(range(at, at + 1), ":"))
      return nil
    case 0x40, 0x60, 0x7C, 0x3E, 0x25, 0x5D, 0x7D, HASH:
      if c == 0x5D || c == 0x7D {
        report(
          YAMLDiagnostics.invalidFlow(
            range(at, at + 1),
            Bilingual(
              "unexpected '\(Character(UnicodeScalar(c)))'",
              "onverwacht teken '\(Character(UnicodeScalar(c)))'")))
      } else {
        report(YAMLDiagnostics.reservedIndicator(range(at, at + 1), Character(UnicodeScalar(c))))
      }
      return nil
    case DASH
    where at + 1 == end || isWhite(b[at + 1]) || b[at + 1] == COMMA || b[at + 1] == 0x5D
      || b[at + 1] == 0x7D:
      report(
        YAMLDiagnostics.invalidFlow(
          range(at, at + 1),
          Bilingual(
            "a block list item cannot stand inside [ ] or { }",
            "een bloklijstitem kan niet binnen [ ] of { } staan")))
      return nil
    default:
      break
    }
    var i = at
    while i < end {
      let x = b[i]
      if x == COMMA || x == 0x5B || x == 0x5D || x == 0x7B || x == 0x7D { break }
      if x == COLON
        && (i + 1 == end || isWhite(b[i + 1]) || b[i + 1] == COMMA || b[i + 1] == 0x5D
          || b[i + 1] == 0x7D)
      {
        break
      }
      if x == HASH && i > at && isWhite(b[i - 1]) { break }
      if x == 0x3F {
        // PyYAML (YAML 1.1) ends a plain text at '?' inside [ ] or { }.
        report(YAMLDiagnostics.questionMarkInFlow(range(i, i + 1)))
        return nil
      }
      i += 1
    }
    var e = i
    while e > at && isWhite(b[e - 1]) { e -= 1 }
    if e == at {
      report(YAMLDiagnostics.invalidFlow(range(at, at + 1), Bilingual("empty entry", "leeg item")))
      return nil
    }
    let value = String(decoding: UnsafeBufferPointer(rebasing: b[at..<e]), as: UTF8.self)
    return (
      YAMLScalar(value: value, style: .plain, start: at, end: e, firstLine: l, lastLine: l), e
    )
  }
}

@inline(__always) private func hexValue(_ c: UInt8) -> UInt32? {
  switch c {
  case 0x30...0x39: UInt32(c - 0x30)
  case 0x41...0x46: UInt32(c - 0x41 + 10)
  case 0x61...0x66: UInt32(c - 0x61 + 10)
  default: nil
  }
}
