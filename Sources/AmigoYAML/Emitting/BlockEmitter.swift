/// Turns `YAMLContent` into source lines at a given indentation, in a file's `LayoutStyle`.
/// Lines are returned without line endings; the editor joins them with the file's ending.
enum BlockEmitter {
  /// The single-line form of `content`, or nil when it needs lines of its own.
  static func inline(_ content: YAMLContent, in context: ScalarEmitter.Context = .block) -> String?
  {
    switch content {
    case .text(let s):
      if s.contains("\n") {
        return context == .block && ScalarEmitter.canBeLiteralBlock(s)
          ? nil : ScalarEmitter.doubleQuoted(s)
      }
      return ScalarEmitter.emit(s, in: context)
    case .literal(let s):
      return ScalarEmitter.emit(s, in: context, literal: true)
    case .sequence(let items, let flow):
      guard flow || items.isEmpty, context == .block else { return nil }
      var parts: [String] = []
      for item in items {
        guard item.isScalar, let text = inline(item, in: .flow) else { return nil }
        parts.append(text)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case .mapping(let entries, let flow):
      guard flow || entries.isEmpty, context == .block else { return nil }
      var parts: [String] = []
      for (key, value) in entries {
        guard value.isScalar, let text = inline(value, in: .flow) else { return nil }
        parts.append(ScalarEmitter.emit(key, in: .flow) + ": " + text)
      }
      return "{" + parts.joined(separator: ", ") + "}"
    }
  }

  /// Lines for `key: content` with the key at column `indent`.
  static func entry(
    key: String, _ content: YAMLContent, indent: Int, style: LayoutStyle
  ) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let head = pad + ScalarEmitter.emit(key) + ":"
    if let text = inline(content) { return [head + " " + text] }
    switch content {
    case .text(let s):
      return [head + " " + literalHeader(s)] + literalBody(s, indent: indent + style.indent)
    case .mapping(let entries, _):
      return [head]
        + entries.flatMap { entry(key: $0.0, $0.1, indent: indent + style.indent, style: style) }
    case .sequence(let items, _):
      return [head]
        + items.flatMap { item($0, indent: indent + style.sequenceOffset, style: style) }
    case .literal:
      return [head]  // unreachable: literals are always inline
    }
  }

  /// Lines for a list item `- content` with the dash at column `indent`.
  static func item(_ content: YAMLContent, indent: Int, style: LayoutStyle) -> [String] {
    let pad = String(repeating: " ", count: indent)
    if let text = inline(content) { return [pad + "- " + text] }
    var nested: [String]
    switch content {
    case .text(let s):
      return [pad + "- " + literalHeader(s)] + literalBody(s, indent: indent + 2)
    case .mapping(let entries, _):
      nested = entries.flatMap { entry(key: $0.0, $0.1, indent: indent + 2, style: style) }
    case .sequence(let items, _):
      nested = items.flatMap { item($0, indent: indent + 2, style: style) }
    case .literal:
      return [pad + "-"]
    }
    // Compact form: the first nested line moves up onto the dash line.
    nested[0] = pad + "- " + nested[0].dropFirst(indent + 2)
    return nested
  }

  /// `|`, `|-` or `|+` for a multi-line text, by how its last line ends.
  static func literalHeader(_ s: String) -> String {
    if !s.hasSuffix("\n") { return "|-" }
    if s.hasSuffix("\n\n") { return "|+" }
    return "|"
  }

  static func literalBody(_ s: String, indent: Int) -> [String] {
    var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if s.hasSuffix("\n") { lines.removeLast() }
    let pad = String(repeating: " ", count: indent)
    return lines.map { $0.isEmpty ? "" : pad + $0 }
  }
}
