/// How a scalar was written in the source.
public enum ScalarStyle: String, Sendable, Hashable {
  case plain
  case singleQuoted = "single-quoted"
  case doubleQuoted = "double-quoted"
  case literal
  case folded
}

/// How a collection was written in the source.
public enum CollectionStyle: String, Sendable, Hashable {
  /// Indentation-based, one entry or item per line (or more).
  case block
  /// Single-line `[a, b]` or `{a: 1, b: 2}`.
  case flow
}

/// A scalar: always a string (the YAML layer does no implicit typing; the schema types it).
public struct YAMLScalar: Sendable, Hashable {
  public var value: String
  public var style: ScalarStyle
  /// Byte range of the scalar's source text, quotes and block-scalar header included.
  /// An empty value (`key:` with nothing after it) has `start == end`.
  public var start: Int
  public var end: Int
  /// 0-based first and last line of the scalar's source text.
  public var firstLine: Int
  public var lastLine: Int

  /// True for a key with nothing after it (`key:`): an empty plain scalar, unlike `''`.
  public var isEmptyValue: Bool { value.isEmpty && style == .plain }
}

/// A key and its value in a mapping.
public struct YAMLEntry: Sendable, Hashable {
  public var key: YAMLScalar
  public var value: YAMLNode
  /// 0-based line of the key.
  public var firstLine: Int { key.firstLine }
  /// 0-based last line holding any of the value's text (the key's line for inline values).
  public var lastLine: Int { max(key.lastLine, value.lastLine) }
}

/// An item of a sequence.
public struct YAMLItem: Sendable, Hashable {
  public var value: YAMLNode
  /// Byte offset of the item's `-` (block) or of its first character (flow).
  public var start: Int
  /// 0-based line of the item's `-` (block) or text (flow).
  public var firstLine: Int
  public var lastLine: Int { max(firstLine, value.lastLine) }
}

public struct YAMLMapping: Sendable, Hashable {
  public var entries: [YAMLEntry]
  public var style: CollectionStyle
  /// Byte range: the first key to the end of the last value (`{` to `}` for flow).
  public var start: Int
  public var end: Int
  /// For block style: the column (0-based) of the keys.
  public var indent: Int
  public var firstLine: Int
  public var lastLine: Int

  /// The entry for `key`, if present.
  public subscript(key: String) -> YAMLNode? {
    entries.first(where: { $0.key.value == key })?.value
  }

  public func index(ofKey key: String) -> Int? {
    entries.firstIndex(where: { $0.key.value == key })
  }
}

public struct YAMLSequence: Sendable, Hashable {
  public var items: [YAMLItem]
  public var style: CollectionStyle
  public var start: Int
  public var end: Int
  /// For block style: the column (0-based) of the dashes.
  public var indent: Int
  public var firstLine: Int
  public var lastLine: Int
}

/// A node of the syntax tree. Every node points into the document's bytes.
public enum YAMLNode: Sendable, Hashable {
  case scalar(YAMLScalar)
  case mapping(YAMLMapping)
  case sequence(YAMLSequence)

  public var start: Int {
    switch self {
    case .scalar(let s): s.start
    case .mapping(let m): m.start
    case .sequence(let s): s.start
    }
  }

  public var end: Int {
    switch self {
    case .scalar(let s): s.end
    case .mapping(let m): m.end
    case .sequence(let s): s.end
    }
  }

  public var firstLine: Int {
    switch self {
    case .scalar(let s): s.firstLine
    case .mapping(let m): m.firstLine
    case .sequence(let s): s.firstLine
    }
  }

  public var lastLine: Int {
    switch self {
    case .scalar(let s): s.lastLine
    case .mapping(let m): m.lastLine
    case .sequence(let s): s.lastLine
    }
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let s) = self { return s }
    return nil
  }

  public var mapping: YAMLMapping? {
    if case .mapping(let m) = self { return m }
    return nil
  }

  public var sequence: YAMLSequence? {
    if case .sequence(let s) = self { return s }
    return nil
  }

  /// The untyped value of this node.
  public var value: YAMLValue {
    switch self {
    case .scalar(let s): .string(s.value)
    case .mapping(let m): .mapping(m.entries.map { ($0.key.value, $0.value.value) })
    case .sequence(let s): .sequence(s.items.map(\.value.value))
    }
  }

  /// A short word for messages: "a scalar", "a mapping", "a list".
  public var kindDescription: String {
    switch self {
    case .scalar: "a single value"
    case .mapping: "a mapping"
    case .sequence: "a list"
    }
  }

  /// `kindDescription` in Dutch: "één waarde".
  public var kindDescriptionNL: String {
    switch self {
    case .scalar: "één waarde"
    case .mapping: "een mapping"
    case .sequence: "een lijst"
    }
  }
}
