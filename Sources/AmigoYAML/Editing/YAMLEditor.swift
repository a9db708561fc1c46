/// Why an edit could not be made. Edits never produce a half-changed document.
public enum YAMLEditError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Nothing exists at the path.
  case notFound(YAMLPath)
  /// The node at the path is not of the kind the edit needs.
  case wrongKind(YAMLPath, expected: String)
  /// The mapping already has the key.
  case keyExists(YAMLPath, String)
  /// The document has errors; edits need a valid document.
  case invalidDocument
  /// The edit would have produced text that does not parse back to the intended value.
  /// This is a bug in amigo; the document is left unchanged.
  case unsafeResult(String)

  public var description: String {
    switch self {
    case .notFound(let p): "nothing at \(p)"
    case .wrongKind(let p, let expected): "\(p) is not \(expected)"
    case .keyExists(let p, let k): "\(p) already has the key '\(k)'"
    case .invalidDocument: "the file has errors; fix them before editing it"
    case .unsafeResult(let why): "the edit was refused because its result would be wrong: \(why)"
    }
  }
}

/// Surgical edits: each one splices lines into the original bytes, so bytes outside the change
/// stay identical, full-line comments stay with the entry below them, and new lines follow the
/// file's own indentation, list style and line ending. Every edit re-parses its result and
/// checks that the document now holds exactly the intended value; if not, it throws and the
/// document is unchanged.
public struct YAMLEditor: Sendable {
  public private(set) var document: YAMLDocument
  public let style: LayoutStyle

  public init(_ document: YAMLDocument) throws(YAMLEditError) {
    guard document.isValid else { throw .invalidDocument }
    self.document = document
    self.style = LayoutStyle(of: document)
  }

  public init(parsing text: String) throws(YAMLEditError) {
    try self.init(YAMLDocument(parsing: text))
  }

  public var text: String { document.text }

  private var bytes: [UInt8] { document.source.bytes }
  private var source: SourceText { document.source }
  private var eol: String { style.lineEnding }

  // MARK: - Public edits

  /// Sets the scalar (or empty value) at `path` to `content`. The scalar's quote style is kept
  /// where the new text allows it; a trailing comment on the line stays.
  public mutating func set(_ path: YAMLPath, to content: YAMLContent) throws(YAMLEditError) {
    guard let node = document.node(at: path) else { throw .notFound(path) }
    let expected = try expectedValue(replacing: path, with: content.value)
    switch node {
    case .scalar(let scalar):
      try replaceScalar(scalar, at: path, with: content, expected: expected)
    case .mapping(let m) where m.style == .flow && BlockEmitter.inline(content) != nil:
      try splice(m.start, m.end, try inlineOrThrow(content, at: path), expected: expected)
    case .sequence(let s) where s.style == .flow && BlockEmitter.inline(content) != nil:
      try splice(s.start, s.end, try inlineOrThrow(content, at: path), expected: expected)
    default:
      // A block collection: remove its lines and write the new value in their place.
      guard let parentPath = path.parent, case .key(let key)? = path.components.last,
        case .mapping(let parent)? = document.node(at: parentPath),
        let entry = parent.entries.first(where: { $0.key.value == key })
      else { throw .wrongKind(path, expected: "a value of a mapping entry") }
      let lines = BlockEmitter.entry(key: key, content, indent: parent.indent, style: style)
      let start = source.lineStart(entry.firstLine)
      let end = source.lineEnd(entry.lastLine)
      try splice(start, end, joinLines(lines, endingAt: end), expected: expected)
    }
  }

  /// Adds `key: content` to the mapping at `path`, after the entry `after`, or before the entry
  /// `before` (with the comments above it), or last.
  public mutating func add(
    key: String, _ content: YAMLContent, to path: YAMLPath, after: String? = nil,
    before: String? = nil
  ) throws(YAMLEditError) {
    guard let node = document.node(at: path) else { throw .notFound(path) }
    var expected: YAMLValue
    switch node.value {
    case .mapping(var entries):
      if entries.contains(where: { $0.0 == key }) { throw .keyExists(path, key) }
      let index =
        after.flatMap { a in entries.firstIndex(where: { $0.0 == a }).map { $0 + 1 } }
        ?? before.flatMap { b in entries.firstIndex(where: { $0.0 == b }) }
        ?? entries.count
      entries.insert((key, content.value), at: index)
      expected = try expectedValue(replacing: path, with: .mapping(entries))
    case .string(""):
      expected = try expectedValue(replacing: path, with: .mapping([(key, content.value)]))
    default:
      throw .wrongKind(path, expected: "a mapping")
    }
    switch node {
    case .mapping(let m) where m.style == .block && after == nil && before != nil:
      guard let beforeEntry = m.entries.first(where: { $0.key.value == before }) else {
        throw .notFound(path.appending(key: before!))
      }
      let lines = BlockEmitter.entry(key: key, content, indent: m.indent, style: style)
      let line = firstLineWithComments(of: beforeEntry.firstLine, indent: m.indent)
      guard
        source.bytes[source.lineStart(beforeEntry.firstLine)..<beforeEntry.key.start].allSatisfy({
          $0 == 0x20
        })
      else {
        throw .wrongKind(path, expected: "a mapping whose first key starts its line")
      }
      try insertLines(lines, beforeLine: line, expected: expected)
    case .mapping(let m) where m.style == .block:
      let afterEntry =
        after.flatMap { a in m.entries.first(where: { $0.key.value == a }) } ?? m.entries.last!
      let lines = BlockEmitter.entry(key: key, content, indent: m.indent, style: style)
      try insertLines(lines, afterLine: afterEntry.lastLine, expected: expected)
    case .mapping(let m):
      guard content.isScalar, let text = BlockEmitter.inline(content, in: .flow) else {
        throw .wrongKind(path, expected: "a block mapping (a flow mapping holds only scalars)")
      }
      let entryText = ScalarEmitter.emit(key, in: .flow) + ": " + text
      if let a = after, let i = m.entries.firstIndex(where: { $0.key.value == a }),
        i + 1 < m.entries.count
      {
        try splice(
          m.entries[i + 1].key.start, m.entries[i + 1].key.start, entryText + ", ",
          expected: expected)
      } else if let last = m.entries.last {
        try splice(last.value.end, last.value.end, ", " + entryText, expected: expected)
      } else {
        try splice(m.start + 1, m.end - 1, entryText, expected: expected)
      }
    case .scalar(let s):
      try fillEmpty(s, at: path, with: .mapping([(key, content)]), expected: expected)
    default:
      throw .wrongKind(path, expected: "a mapping")
    }
  }

  /// Appends `content` to the list at `path`. An empty value (`key:` or `key: []`) becomes a list.
  public mutating func append(_ content: YAMLContent, to path: YAMLPath) throws(YAMLEditError) {
    guard let node = document.node(at: path) else { throw .notFound(path) }
    let count: Int
    switch node {
    case .sequence(let s): count = s.items.count
    case .scalar(let s) where s.isEmptyValue: count = 0
    default: throw .wrongKind(path, expected: "a list")
    }
    try insert(content, into: path, at: count)
  }

  /// Inserts `content` into the list at `path` before position `index` (`index == count`
  /// appends). Comments above the item that was at `index` stay above it.
  public mutating func insert(
    _ content: YAMLContent, into path: YAMLPath, at index: Int
  ) throws(YAMLEditError) {
    guard let node = document.node(at: path) else { throw .notFound(path) }
    var expected: YAMLValue
    switch node.value {
    case .sequence(var items):
      guard index >= 0 && index <= items.count else {
        throw .notFound(path.appending(index: index))
      }
      items.insert(content.value, at: index)
      expected = try expectedValue(replacing: path, with: .sequence(items))
    case .string("") where index == 0 && node.scalar?.style == .plain:
      expected = try expectedValue(replacing: path, with: .sequence([content.value]))
    default:
      throw .wrongKind(path, expected: "a list")
    }
    switch node {
    case .sequence(let s) where s.style == .block:
      let lines = BlockEmitter.item(content, indent: s.indent, style: style)
      try insertItemLines(lines, into: s, at: index, expected: expected)
    case .sequence(let s):
      guard content.isScalar, let text = BlockEmitter.inline(content, in: .flow) else {
        throw .wrongKind(path, expected: "a block list (a flow list holds only scalars)")
      }
      if index < s.items.count {
        try splice(s.items[index].start, s.items[index].start, text + ", ", expected: expected)
      } else if let last = s.items.last {
        try splice(last.value.end, last.value.end, ", " + text, expected: expected)
      } else {
        try splice(s.start + 1, s.end - 1, text, expected: expected)
      }
    case .scalar(let s):
      try fillEmpty(s, at: path, with: .sequence([content]), expected: expected)
    default:
      throw .wrongKind(path, expected: "a list")
    }
  }

  /// Inserts an item copied from another document (`ItemText`, its original lines with their
  /// comments) into the block list at `path` before position `index`, re-indented to this list.
  public mutating func insert(
    _ item: ItemText, into path: YAMLPath, at index: Int
  ) throws(YAMLEditError) {
    guard case .sequence(let s)? = document.node(at: path), s.style == .block else {
      throw .wrongKind(path, expected: "a block list")
    }
    guard index >= 0 && index <= s.items.count else {
      throw .notFound(path.appending(index: index))
    }
    var items = s.items.map(\.value.value)
    items.insert(item.value, at: index)
    let expected = try expectedValue(replacing: path, with: .sequence(items))
    try insertItemLines(item.reindented(to: s.indent), into: s, at: index, expected: expected)
  }

  /// Replaces the block list item at `path` with an item copied from another document.
  public mutating func replace(_ path: YAMLPath, with item: ItemText) throws(YAMLEditError) {
    guard let parentPath = path.parent, case .index(let index)? = path.components.last,
      case .sequence(let s)? = document.node(at: parentPath), s.style == .block,
      s.items.indices.contains(index)
    else { throw .wrongKind(path, expected: "an item of a block list") }
    let expected = try expectedValue(replacing: path, with: item.value)
    let old = s.items[index]
    let from = firstLineWithComments(of: old.firstLine, indent: s.indent)
    let start = source.lineStart(from)
    let end = source.lineEnd(old.lastLine)
    try splice(
      start, end, joinLines(item.reindented(to: s.indent), endingAt: end), expected: expected)
  }

  /// Inserts ready lines of an item into a block list, keeping blank lines between items when
  /// the list has them.
  private mutating func insertItemLines(
    _ lines: [String], into s: YAMLSequence, at index: Int, expected: YAMLValue
  ) throws(YAMLEditError) {
    if index < s.items.count {
      let first = firstLineWithComments(of: s.items[index].firstLine, indent: s.indent)
      var separated = lines
      if first > 0 && isBlankLine(first - 1) && (index > 0 || s.items.count >= 2) {
        separated.append("")
      }
      try insertLines(separated, beforeLine: first, expected: expected)
    } else {
      let last = s.items[s.items.count - 1]
      var separated = lines
      if s.items.count >= 2, last.firstLine > 0,
        isBlankLine(firstLineWithComments(of: last.firstLine, indent: s.indent) - 1)
      {
        separated.insert("", at: 0)
      }
      try insertLines(separated, afterLine: last.lastLine, expected: expected)
    }
  }

  /// Removes the list item or mapping entry at `path`, with the comment lines directly above
  /// it. Removing the last item of a block list under a key leaves `key: []`.
  public mutating func remove(_ path: YAMLPath) throws(YAMLEditError) {
    guard let parentPath = path.parent, let last = path.components.last,
      let parent = document.node(at: parentPath)
    else { throw .notFound(path) }
    var expected: YAMLValue
    switch (parent.value, last) {
    case (.sequence(var items), .index(let i)) where items.indices.contains(i):
      items.remove(at: i)
      expected = try expectedValue(replacing: parentPath, with: .sequence(items))
    case (.mapping(var entries), .key(let k)):
      guard let i = entries.firstIndex(where: { $0.0 == k }) else { throw .notFound(path) }
      entries.remove(at: i)
      expected = try expectedValue(replacing: parentPath, with: .mapping(entries))
    default:
      throw .notFound(path)
    }
    // The parts of the parent: (start offset, end offset, first line, last line) per child.
    struct Part {
      var start: Int
      var end: Int
      var firstLine: Int
      var lastLine: Int
    }
    var parts: [Part] = []
    var index = 0
    var indent = 0
    let isFlow: Bool
    switch (parent, last) {
    case (.sequence(let s), .index(let i)):
      parts = s.items.map {
        Part(start: $0.start, end: $0.value.end, firstLine: $0.firstLine, lastLine: $0.lastLine)
      }
      index = i
      indent = s.indent
      isFlow = s.style == .flow
    case (.mapping(let m), .key(let k)):
      parts = m.entries.map {
        Part(start: $0.key.start, end: $0.value.end, firstLine: $0.firstLine, lastLine: $0.lastLine)
      }
      index = m.index(ofKey: k)!
      indent = m.indent
      isFlow = m.style == .flow
    default:
      throw .notFound(path)
    }
    let part = parts[index]
    if isFlow {
      if index + 1 < parts.count {
        try splice(part.start, parts[index + 1].start, "", expected: expected)
      } else if index > 0 {
        try splice(parts[index - 1].end, part.end, "", expected: expected)
      } else {
        try splice(part.start, part.end, "", expected: expected)
      }
      return
    }
    let lineStartOffset = source.lineStart(part.firstLine)
    let ownsLine = bytes[lineStartOffset..<part.start].allSatisfy { $0 == 0x20 }
    if !ownsLine {
      // The first child of a compact `- key: value` item: the next child moves onto the dash line.
      if index + 1 < parts.count {
        try splice(part.start, parts[index + 1].start, "", expected: expected)
      } else {
        try splice(
          part.start, source.lineContentEnd(part.lastLine), "{}",
          expected: expected)
      }
      return
    }
    if parts.count == 1, case .key? = parentPath.components.last,
      let grand = parentPath.parent, case .mapping(let gm)? = document.node(at: grand),
      let entry = gm.entries.first(where: { $0.value.start == parent.start }),
      entry.firstLine < part.firstLine
    {
      // The only item of a block collection under a key: leave `key: []` or `key: {}`.
      let keyLineEnd = source.lineContentEnd(entry.firstLine)
      let empty = parent.sequence != nil ? " []" : " {}"
      let colonEnd = afterColon(entry)
      let tail = String(decoding: bytes[colonEnd..<keyLineEnd], as: UTF8.self)
      try splice(
        colonEnd, source.lineContentEnd(part.lastLine), empty + tail,
        expected: expected)
      return
    }
    var from = firstLineWithComments(of: part.firstLine, indent: indent)
    var to = part.lastLine
    // Take one separating blank line along: the one above, or else the one below the first item.
    if from > 0 && isBlankLine(from - 1) && index > 0 {
      from -= 1
    } else if index == 0 && index + 1 < parts.count && isBlankLine(to + 1) {
      to += 1
    }
    var start = source.lineStart(from)
    var end = source.lineEnd(to)
    if end == bytes.count && !source.endsWithNewline && start > 0 {
      // Removing the last line of a file without a final newline: take the previous line's ending.
      start -= lineEndingLength(from - 1)
      end = bytes.count
    }
    try splice(start, end, "", expected: expected)
  }

  // MARK: - Splicing

  /// Replaces bytes `start..<end` with `text`, re-parses, and checks the new value.
  private mutating func splice(
    _ start: Int, _ end: Int, _ text: String, expected: YAMLValue
  ) throws(YAMLEditError) {
    var newBytes = [UInt8]()
    newBytes.reserveCapacity(bytes.count + text.utf8.count)
    newBytes.append(contentsOf: bytes[0..<start])
    newBytes.append(contentsOf: text.utf8)
    newBytes.append(contentsOf: bytes[end...])
    let result = YAMLDocument(bytes: newBytes)
    guard result.isValid else {
      throw .unsafeResult(result.diagnostics.first.map { $0.header } ?? "parse error")
    }
    guard result.value == expected else {
      throw .unsafeResult("the file would not read back as intended")
    }
    document = result
  }

  private mutating func insertLines(
    _ lines: [String], afterLine line: Int, expected: YAMLValue
  ) throws(YAMLEditError) {
    let at = source.lineEnd(line)
    if at == bytes.count && !source.endsWithNewline {
      try splice(at, at, eol + lines.joined(separator: eol), expected: expected)
    } else {
      try splice(at, at, lines.joined(separator: eol) + eol, expected: expected)
    }
  }

  private mutating func insertLines(
    _ lines: [String], beforeLine line: Int, expected: YAMLValue
  ) throws(YAMLEditError) {
    let at = source.lineStart(line)
    try splice(at, at, lines.joined(separator: eol) + eol, expected: expected)
  }

  /// Lines joined with the file's ending; a final ending only when the replaced text had one.
  private func joinLines(_ lines: [String], endingAt end: Int) -> String {
    let text = lines.joined(separator: eol)
    return end == bytes.count && !source.endsWithNewline ? text : text + eol
  }

  // MARK: - Helpers

  private mutating func replaceScalar(
    _ scalar: YAMLScalar, at path: YAMLPath, with content: YAMLContent, expected: YAMLValue
  ) throws(YAMLEditError) {
    if scalar.start == scalar.end {
      try fillEmpty(scalar, at: path, with: content, expected: expected)
      return
    }
    let context = inFlow(path) ? ScalarEmitter.Context.flow : .block
    let keepStyle: ScalarStyle? =
      scalar.style == .plain || scalar.style == .literal || scalar.style == .folded
      ? nil : scalar.style
    var inlineText: String?
    switch content {
    case .text(let s)
    where !s.contains("\n") || context == .flow || !ScalarEmitter.canBeLiteralBlock(s):
      inlineText =
        s.contains("\n")
        ? ScalarEmitter.doubleQuoted(s) : ScalarEmitter.emit(s, in: context, preferring: keepStyle)
    case .literal(let s):
      inlineText = ScalarEmitter.emit(s, in: context, preferring: keepStyle, literal: true)
    case .text:
      inlineText = nil
    default:
      inlineText = BlockEmitter.inline(content, in: context)
    }
    // The end of the replaced text: the scalar, or for a block scalar its whole last line.
    let isBlockScalar = scalar.style == .literal || scalar.style == .folded
    if let inlineText {
      if isBlockScalar {
        // Keep a comment on the header line.
        let comment = headerComment(scalar)
        try splice(
          scalar.start, source.lineContentEnd(scalar.lastLine), inlineText + comment,
          expected: expected)
      } else {
        try splice(scalar.start, scalar.end, inlineText, expected: expected)
      }
      return
    }
    guard case .text(let s) = content else {
      // A collection replacing a scalar: rewrite the whole entry.
      guard let parentPath = path.parent, case .key(let key)? = path.components.last,
        case .mapping(let parent)? = document.node(at: parentPath), parent.style == .block,
        let entry = parent.entries.first(where: { $0.key.value == key })
      else { throw .wrongKind(path, expected: "a value of a block mapping entry") }
      let lines = BlockEmitter.entry(key: key, content, indent: parent.indent, style: style)
      let end = source.lineEnd(entry.lastLine)
      try splice(
        source.lineStart(entry.firstLine), end, joinLines(lines, endingAt: end), expected: expected)
      return
    }
    // A multi-line text: a literal block scalar indented one level deeper than its parent.
    let parentIndent = indentOfParent(path)
    let body = BlockEmitter.literalBody(s, indent: parentIndent + style.indent)
    let comment =
      isBlockScalar
      ? headerComment(scalar)
      : commentAfter(scalar.end, lineEnd: source.lineContentEnd(scalar.lastLine))
    try splice(
      scalar.start, source.lineContentEnd(scalar.lastLine),
      BlockEmitter.literalHeader(s) + comment + eol + body.joined(separator: eol),
      expected: expected)
  }

  /// Writes `content` where a key (or dash) has an empty value.
  private mutating func fillEmpty(
    _ scalar: YAMLScalar, at path: YAMLPath, with content: YAMLContent, expected: YAMLValue
  ) throws(YAMLEditError) {
    let at = scalar.start
    let context = inFlow(path) ? ScalarEmitter.Context.flow : .block
    if let text = BlockEmitter.inline(content, in: context) {
      try splice(at, at, (context == .flow ? "" : " ") + text, expected: expected)
      return
    }
    let parentIndent = indentOfParent(path)
    let lines: [String]
    switch content {
    case .mapping(let entries, _):
      lines = entries.flatMap {
        BlockEmitter.entry(key: $0.0, $0.1, indent: parentIndent + style.indent, style: style)
      }
    case .sequence(let items, _):
      let isItem: Bool = if case .index? = path.components.last { true } else { false }
      let offset = isItem ? style.indent : style.sequenceOffset
      lines = items.flatMap { BlockEmitter.item($0, indent: parentIndent + offset, style: style) }
    case .text(let s):
      let body = BlockEmitter.literalBody(s, indent: parentIndent + style.indent)
      try splice(
        at, at,
        " " + BlockEmitter.literalHeader(s) + eol + body.joined(separator: eol)
          + (at == source.lineContentEnd(scalar.firstLine) ? "" : eol), expected: expected)
      return
    case .literal:
      return
    }
    try insertLines(lines, afterLine: scalar.firstLine, expected: expected)
  }

  private func inlineOrThrow(
    _ content: YAMLContent, at path: YAMLPath
  ) throws(YAMLEditError) -> String {
    guard let text = BlockEmitter.inline(content) else {
      throw .wrongKind(path, expected: "a flow collection (it can only hold scalars)")
    }
    return text
  }

  /// The value the whole document should have once the node at `path` holds `value`.
  private func expectedValue(
    replacing path: YAMLPath, with value: YAMLValue
  ) throws(YAMLEditError) -> YAMLValue {
    func replace(_ current: YAMLValue, _ components: ArraySlice<YAMLPath.Component>) -> YAMLValue? {
      guard let first = components.first else { return value }
      switch (current, first) {
      case (.mapping(var entries), .key(let k)):
        guard let i = entries.firstIndex(where: { $0.0 == k }),
          let child = replace(entries[i].1, components.dropFirst())
        else { return nil }
        entries[i].1 = child
        return .mapping(entries)
      case (.sequence(var items), .index(let i)) where items.indices.contains(i):
        guard let child = replace(items[i], components.dropFirst()) else { return nil }
        items[i] = child
        return .sequence(items)
      default:
        return nil
      }
    }
    guard let root = document.value, let result = replace(root, path.components[...]) else {
      throw .notFound(path)
    }
    return result
  }

  /// True when the node at `path` stands inside a flow collection.
  private func inFlow(_ path: YAMLPath) -> Bool {
    guard let parentPath = path.parent, let parent = document.node(at: parentPath) else {
      return false
    }
    switch parent {
    case .mapping(let m): return m.style == .flow
    case .sequence(let s): return s.style == .flow
    case .scalar: return false
    }
  }

  /// The indentation of the block collection holding the node at `path` (-1 for the root... 0).
  private func indentOfParent(_ path: YAMLPath) -> Int {
    guard let parentPath = path.parent, let parent = document.node(at: parentPath) else { return 0 }
    switch parent {
    case .mapping(let m): return m.indent
    case .sequence(let s): return s.indent
    case .scalar: return 0
    }
  }

  /// The first line of the comment block directly above `line` (comments indented at least
  /// `indent`), or `line` itself.
  private func firstLineWithComments(of line: Int, indent: Int) -> Int {
    var l = line
    while l > 0 {
      let start = source.lineStart(l - 1)
      let end = source.lineContentEnd(l - 1)
      var i = start
      while i < end && bytes[i] == 0x20 { i += 1 }
      guard i < end, bytes[i] == 0x23, i - start >= indent else { break }
      l -= 1
    }
    return l
  }

  private func isBlankLine(_ line: Int) -> Bool {
    guard line >= 0 && line < source.lineCount else { return false }
    return bytes[source.lineStart(line)..<source.lineContentEnd(line)].allSatisfy {
      $0 == 0x20 || $0 == 0x09
    }
  }

  private func lineEndingLength(_ line: Int) -> Int {
    source.lineEnd(line) - source.lineContentEnd(line)
  }

  /// The offset just past the `:` of a block mapping entry.
  private func afterColon(_ entry: YAMLEntry) -> Int {
    var i = entry.key.end
    while i < bytes.count && bytes[i] != 0x3A { i += 1 }
    return i + 1
  }

  /// ` # comment` after `offset` on its line, with the white space before it, or "".
  private func commentAfter(_ offset: Int, lineEnd: Int) -> String {
    String(decoding: bytes[offset..<lineEnd], as: UTF8.self)
  }

  /// The comment on a block scalar's header line, with its leading white space, or "".
  private func headerComment(_ scalar: YAMLScalar) -> String {
    let lineEnd = source.lineContentEnd(scalar.firstLine)
    var i = scalar.start + 1
    while i < lineEnd && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
    return String(decoding: bytes[i..<lineEnd], as: UTF8.self)
  }
}

/// The source lines of one block list item (with the comment lines above it), to copy into
/// another document byte for byte apart from indentation.
public struct ItemText: Sendable, Hashable {
  /// The lines without line endings.
  public var lines: [String]
  /// The column of the item's dash in `lines`.
  public var indent: Int
  /// The item's value.
  public var value: YAMLValue

  /// The lines shifted so the dash stands at `column`.
  func reindented(to column: Int) -> [String] {
    let shift = column - indent
    if shift == 0 { return lines }
    return lines.map { line in
      if line.isEmpty { return line }
      if shift > 0 { return String(repeating: " ", count: shift) + line }
      let spaces = line.prefix { $0 == " " }.count
      return String(line.dropFirst(min(spaces, -shift)))
    }
  }
}

extension YAMLDocument {
  /// The lines of the block list item at `path`, or nil when it is not an item of a block list
  /// whose dash begins its line.
  public func itemText(_ path: YAMLPath) -> ItemText? {
    guard let parentPath = path.parent, case .index(let index)? = path.components.last,
      case .sequence(let s)? = node(at: parentPath), s.style == .block,
      s.items.indices.contains(index)
    else { return nil }
    let item = s.items[index]
    let lineStart = source.lineStart(item.firstLine)
    guard source.bytes[lineStart..<item.start].allSatisfy({ $0 == 0x20 }) else { return nil }
    var first = item.firstLine
    while first > 0 {
      let text = source.lineText(first - 1)
      let trimmed = text.drop { $0 == " " }
      guard trimmed.hasPrefix("#"), text.count - trimmed.count >= s.indent else { break }
      first -= 1
    }
    let lines = (first...item.lastLine).map { source.lineText($0) }
    return ItemText(lines: lines, indent: s.indent, value: item.value.value)
  }
}
