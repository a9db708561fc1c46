/// A 1-based position in a source file. `column` counts Unicode scalars from the start of the line.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A half-open range of positions in one file: `end` is the position just past the last character.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
  public var start: SourcePosition
  public var end: SourcePosition

  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  public var description: String { "\(start)-\(end)" }
}

/// One problem found in a file, by any layer (YAML, schema, validation, commands).
///
/// `code` is a stable kebab-case identifier (`duplicate-key`, `unknown-goal`) that users can
/// search for in `schema/diagnostics.md`; `message` is lower-case without a final period.
public struct Diagnostic: Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var severity: Severity
  public var code: String
  public var message: String
  /// The file the problem is in, as the user named it; `nil` for problems not tied to a file.
  public var file: String?
  public var range: SourceRange?
  /// A suggestion for the fix, rendered as `= help: …`.
  public var help: String?

  public init(
    severity: Severity = .error, code: String, message: String, file: String? = nil,
    range: SourceRange? = nil, help: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.file = file
    self.range = range
    self.help = help
  }

  /// The same diagnostic, attributed to `file`.
  public func inFile(_ file: String) -> Diagnostic {
    var copy = self
    copy.file = file
    return copy
  }

  /// `file:line:col: severity[code]: message`, the header editors and CI parse.
  public var header: String {
    var location = ""
    if let file { location += file + ":" }
    if let range { location += "\(range.start.line):\(range.start.column):" }
    if !location.isEmpty { location += " " }
    return "\(location)\(severity.rawValue)[\(code)]: \(message)"
  }
}

extension Array where Element == Diagnostic {
  /// True when any element is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted by file, then position, then severity; stable for equal keys.
  public func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.file != y.file { return (x.file ?? "") < (y.file ?? "") }
      let px = x.range?.start ?? SourcePosition(line: 0, column: 0)
      let py = y.range?.start ?? SourcePosition(line: 0, column: 0)
      if px != py { return px < py }
      return a.offset < b.offset
    }.map(\.element)
  }
}
