import AmigoSchema
import AmigoYAML

/// The layout of the splice (`TrajectoryEditor` calls these): new keys go where the schema
/// orders them, new list items where their date belongs, and a new top-level section is set off
/// by a blank line when the file sets its other sections off so.
extension TrajectoryEdits {
  // MARK: - Layout

  /// `set`, but a new key that the schema orders before every existing key of a block mapping
  /// becomes its first entry (above the comments of the entry that was first), not its last.
  static func setInOrder(
    _ editor: inout YAMLEditor, _ key: String, _ content: YAMLContent, in path: YAMLPath,
    spec: ObjectSpec
  ) throws {
    guard case .mapping(let before)? = editor.document.node(at: path), before.style == .block,
      before[key] == nil, !before.entries.isEmpty,
      keyBefore(key, in: .mapping(before), spec: spec) == nil,
      let oldValue = editor.document.node(at: path)?.value, case .mapping(let oldEntries) = oldValue
    else {
      try set(&editor, key, content, in: path, spec: spec)
      return
    }
    try set(&editor, key, content, in: path, spec: spec)
    // The new entry was added last; move its line up when it is a single line.
    let source = editor.document.source
    guard case .mapping(let after)? = editor.document.node(at: path),
      let added = after.entries.last, added.key.value == key, added.firstLine == added.lastLine,
      source.lineEnd(added.firstLine) > source.lineContentEnd(added.firstLine),
      let root = editor.document.value
    else { return }
    var first = after.entries[0].firstLine
    while first > 0 {
      let text = source.lineText(first - 1)
      let indent = text.prefix { $0 == " " }.count
      guard text.dropFirst(indent).first == "#", indent >= after.indent else { break }
      first -= 1
    }
    let line = Array(
      source.bytes[source.lineStart(added.firstLine)..<source.lineEnd(added.firstLine)])
    var bytes = source.bytes
    bytes.removeSubrange(source.lineStart(added.firstLine)..<source.lineEnd(added.firstLine))
    bytes.insert(contentsOf: line, at: source.lineStart(first))
    let expected = replacing(
      path, in: root, with: .mapping([(key, content.value)] + oldEntries))
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, let expected, document.value == expected else { return }
    editor = try YAMLEditor(document)
  }

  /// Adds `item` to the top-level list `key`: after the items dated on or before `date`, or
  /// last when `date` is nil. A missing list becomes a new section; `key: []` a block list.
  static func addItem(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate?, list key: String
  ) throws {
    let path: YAMLPath = [.key(key)]
    let existed = editor.document.node(at: path) != nil
    try openEmptyFlowCollection(&editor, at: path)
    if let date {
      try insertByDate(&editor, item, date: date, list: key, spec: Schemas.trajectory)
    } else if existed {
      try editor.append(item, to: path)
    } else {
      try set(&editor, key, .sequence([item]), spec: Schemas.trajectory)
    }
    if !existed { try separateSection(&editor, key) }
  }

  /// Turns an empty flow collection (`key: []`, `key: {}`) into an empty value (`key:`), so that
  /// block content can be written under it. A comment on the line stays.
  static func openEmptyFlowCollection(_ editor: inout YAMLEditor, at path: YAMLPath) throws {
    let start: Int
    let end: Int
    switch editor.document.node(at: path) {
    case .sequence(let s)? where s.style == .flow && s.items.isEmpty:
      (start, end) = (s.start, s.end)
    case .mapping(let m)? where m.style == .flow && m.entries.isEmpty:
      (start, end) = (m.start, m.end)
    default:
      return
    }
    let bytes = editor.document.bytes
    // Take the space between `key:` and `[]` along.
    let from = start > 0 && bytes[start - 1] == 0x20 ? start - 1 : start
    let expected = editor.document.value.flatMap { replacing(path, in: $0, with: .string("")) }
    try resplice(&editor, from, end, "", expecting: expected)
  }

  /// Puts a blank line above the top-level entry `key` when the file sets its other multi-line
  /// sections off with blank lines (as the example files do) and the line above is not blank.
  static func separateSection(_ editor: inout YAMLEditor, _ key: String) throws {
    guard case .mapping(let root)? = editor.document.root, root.style == .block,
      let index = root.index(ofKey: key), index > 0
    else { return }
    let source = editor.document.source
    func isBlank(_ line: Int) -> Bool {
      source.lineText(line).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    }
    func isComment(_ line: Int) -> Bool {
      source.lineText(line).drop { $0 == " " }.first == "#"
    }
    let entry = root.entries[index]
    guard entry.lastLine > entry.firstLine, entry.firstLine > 0, !isBlank(entry.firstLine - 1)
    else { return }
    let fileSeparatesSections = root.entries.indices.contains { i in
      let other = root.entries[i]
      guard i > 0, i != index, other.lastLine > other.firstLine else { return false }
      var line = other.firstLine - 1
      while line >= 0 && isComment(line) { line -= 1 }
      return line >= 0 && isBlank(line)
    }
    guard fileSeparatesSections else { return }
    let at = source.lineStart(entry.firstLine)
    try resplice(&editor, at, at, editor.style.lineEnding, expecting: editor.document.value)
  }

  /// Replaces bytes `start..<end` with `text` and checks that the result parses to `expected`.
  static func resplice(
    _ editor: inout YAMLEditor, _ start: Int, _ end: Int, _ text: String,
    expecting expected: YAMLValue?
  ) throws {
    var bytes = editor.document.bytes
    bytes.replaceSubrange(start..<end, with: Array(text.utf8))
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, let expected, document.value == expected else {
      throw YAMLEditError.unsafeResult("the file would not read back as intended")
    }
    editor = try YAMLEditor(document)
  }

  /// `value` with the node at `path` replaced by `new`, or nil when there is no such node.
  static func replacing(_ path: YAMLPath, in value: YAMLValue, with new: YAMLValue) -> YAMLValue? {
    guard let first = path.components.first else { return new }
    let rest = YAMLPath(Array(path.components.dropFirst()))
    switch (value, first) {
    case (.mapping(var entries), .key(let k)):
      guard let i = entries.firstIndex(where: { $0.0 == k }),
        let child = replacing(rest, in: entries[i].1, with: new)
      else { return nil }
      entries[i].1 = child
      return .mapping(entries)
    case (.sequence(var items), .index(let i)) where items.indices.contains(i):
      guard let child = replacing(rest, in: items[i], with: new) else { return nil }
      items[i] = child
      return .sequence(items)
    default:
      return nil
    }
  }
}
