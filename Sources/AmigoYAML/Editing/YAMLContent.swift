/// New content to write into a document. Unlike `YAMLValue` (what a file says), content knows
/// how each scalar is meant, so the emitter can quote exactly when needed.
public indirect enum YAMLContent: Sendable, Hashable {
  /// A string: written plain only when no YAML reader could read it as anything else.
  case text(String)
  /// A typed literal the schema reads (a date, a number, an enum symbol): written plain when the
  /// characters allow it, quoted otherwise.
  case literal(String)
  /// A list; `flow: true` writes it on one line as `[a, b]` (scalars only).
  case sequence([YAMLContent], flow: Bool = false)
  /// A mapping with keys in order; `flow: true` writes it on one line as `{a: 1, b: 2}`.
  case mapping([(String, YAMLContent)], flow: Bool = false)

  public static func == (a: YAMLContent, b: YAMLContent) -> Bool {
    switch (a, b) {
    case (.text(let x), .text(let y)), (.literal(let x), .literal(let y)): return x == y
    case (.sequence(let x, let f), .sequence(let y, let g)): return f == g && x == y
    case (.mapping(let x, let f), .mapping(let y, let g)):
      return f == g && x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .text(let s): hasher.combine(0); hasher.combine(s)
    case .literal(let s): hasher.combine(1); hasher.combine(s)
    case .sequence(let items, let flow):
      hasher.combine(2); hasher.combine(items); hasher.combine(flow)
    case .mapping(let entries, let flow):
      hasher.combine(3)
      hasher.combine(flow)
      for (k, v) in entries {
        hasher.combine(k)
        hasher.combine(v)
      }
    }
  }

  /// The value a reader will see once this content is written.
  public var value: YAMLValue {
    switch self {
    case .text(let s), .literal(let s): .string(s)
    case .sequence(let items, _): .sequence(items.map(\.value))
    case .mapping(let entries, _): .mapping(entries.map { ($0.0, $0.1.value) })
    }
  }

  var isScalar: Bool {
    switch self {
    case .text, .literal: true
    default: false
    }
  }

  var isEmptyCollection: Bool {
    switch self {
    case .sequence(let items, _): items.isEmpty
    case .mapping(let entries, _): entries.isEmpty
    default: false
    }
  }
}

/// The layout conventions of one file, read from the file itself so that new lines look like
/// their neighbours (ruamel's vocabulary: mapping indent, sequence indent, dash offset).
public struct LayoutStyle: Sendable, Hashable {
  /// Spaces per nesting level of block mappings.
  public var indent: Int
  /// Extra indentation of a block list under its key: 0 for `key:\n- a`, `indent` for
  /// `key:\n  - a`.
  public var sequenceOffset: Int
  /// `"\n"` or `"\r\n"`.
  public var lineEnding: String

  public init(indent: Int = 2, sequenceOffset: Int = 2, lineEnding: String = "\n") {
    self.indent = indent
    self.sequenceOffset = sequenceOffset
    self.lineEnding = lineEnding
  }

  /// The style of `document`: the first nested block mapping gives the indent, the first list
  /// under a key gives the sequence offset, and the most common line ending wins.
  public init(of document: YAMLDocument) {
    self.init(lineEnding: document.source.dominantLineEnding)
    var foundIndent = false
    var foundOffset = false
    func visit(_ node: YAMLNode) {
      guard !(foundIndent && foundOffset) else { return }
      switch node {
      case .mapping(let m) where m.style == .block:
        for entry in m.entries {
          if case .mapping(let child) = entry.value, child.style == .block, !foundIndent,
            child.indent > m.indent, child.firstLine > entry.firstLine
          {
            indent = child.indent - m.indent
            foundIndent = true
          }
          if case .sequence(let child) = entry.value, child.style == .block, !foundOffset,
            child.firstLine > entry.firstLine
          {
            sequenceOffset = child.indent - m.indent
            foundOffset = true
          }
          visit(entry.value)
        }
      case .sequence(let s) where s.style == .block:
        for item in s.items { visit(item.value) }
      default:
        break
      }
    }
    if let root = document.root { visit(root) }
    if !foundOffset { sequenceOffset = indent }
  }
}
