/// A parsed file: the original bytes (the source of truth), the tree that points into them,
/// and every problem found. Printing a document gives back its input byte for byte.
public struct YAMLDocument: Sendable {
  public let source: SourceText
  public let root: YAMLNode?
  /// Problems found while parsing, in source order; positions are 1-based.
  public let diagnostics: [Diagnostic]

  public init(parsing text: String) {
    self.init(source: SourceText(text))
  }

  public init(bytes: [UInt8]) {
    self.init(source: SourceText(bytes: bytes))
  }

  public init(source: SourceText) {
    self.source = source
    let (root, diagnostics) = YAMLParser.parse(source)
    self.root = root
    self.diagnostics = diagnostics.sortedByLocation()
  }

  /// The document's text, exactly as read.
  public var text: String { source.string }

  /// The document's bytes, exactly as read.
  public var bytes: [UInt8] { source.bytes }

  /// True when the parser reported as many problems as it reports per file
  /// (`Diagnostic.maximumPerFile`): there may be more.
  public var stoppedCounting: Bool { diagnostics.count >= Diagnostic.maximumPerFile }

  /// True when the document parsed without errors.
  public var isValid: Bool { !diagnostics.hasErrors }

  /// True when the document's only errors leave its tree usable for the other checks
  /// (`YAMLDiagnostics.recoverable`): validation goes on to report every other problem,
  /// though nothing may edit or count the file until they are fixed.
  public var isCheckable: Bool {
    diagnostics.allSatisfy {
      $0.severity != .error || YAMLDiagnostics.recoverable.contains($0.code)
    }
  }

  /// The untyped value of the whole document (nil for an empty document).
  public var value: YAMLValue? { root?.value }

  /// The node at `path`, if it exists.
  public func node(at path: YAMLPath) -> YAMLNode? {
    guard var node = root else { return nil }
    for component in path.components {
      switch (component, node) {
      case (.key(let k), .mapping(let m)):
        guard let next = m[k] else { return nil }
        node = next
      case (.index(let i), .sequence(let s)):
        guard s.items.indices.contains(i) else { return nil }
        node = s.items[i].value
      default:
        return nil
      }
    }
    return node
  }

  /// The source range of a node, for diagnostics.
  public func range(of node: YAMLNode) -> SourceRange {
    source.range(node.start, max(node.end, node.start))
  }

  /// The source range of a scalar, for diagnostics.
  public func range(of scalar: YAMLScalar) -> SourceRange {
    source.range(scalar.start, max(scalar.end, scalar.start))
  }
}

/// A path from the root to a node: `sessions[3].minutes` is `[.key("sessions"), .index(3),
/// .key("minutes")]`.
public struct YAMLPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component]) { self.components = components }
  public init(arrayLiteral elements: Component...) { self.components = elements }

  public static let root = YAMLPath([])

  public func appending(_ c: Component) -> YAMLPath { YAMLPath(components + [c]) }
  public func appending(key: String) -> YAMLPath { appending(.key(key)) }
  public func appending(index: Int) -> YAMLPath { appending(.index(index)) }

  public var parent: YAMLPath? {
    components.isEmpty ? nil : YAMLPath(Array(components.dropLast()))
  }

  /// `sessions[3].minutes`
  public var description: String {
    var s = ""
    for c in components {
      switch c {
      case .key(let k): s += s.isEmpty ? k : "." + k
      case .index(let i): s += "[\(i)]"
      }
    }
    return s.isEmpty ? "(root)" : s
  }
}

extension YAMLPath.Component: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  public init(stringLiteral value: String) { self = .key(value) }
  public init(integerLiteral value: Int) { self = .index(value) }
}
