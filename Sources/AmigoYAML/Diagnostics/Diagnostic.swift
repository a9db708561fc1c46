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

/// A message in amigo's two languages: English (`en`) and Dutch (`nl`). Diagnostics are made
/// only from these, so no problem can be reported in one language only.
public struct Bilingual: Sendable, Hashable {
  public var en: String
  public var nl: String

  public init(_ en: String, _ nl: String) {
    self.en = en
    self.nl = nl
  }

  /// The text in `language` (`nl` or `en`).
  public func text(_ language: String) -> String { language == "nl" ? nl : en }

  /// Both texts followed by `other`'s.
  public static func + (a: Bilingual, b: Bilingual) -> Bilingual {
    Bilingual(a.en + b.en, a.nl + b.nl)
  }
}

/// One problem found in a file, by any layer (YAML, schema, validation, commands).
///
/// `code` is a stable kebab-case identifier (`duplicate-key`, `unknown-goal`) that users can
/// search for in `schema/diagnostics.md`; `message` is lower-case without a final period.
/// Message and help come in both languages (`Bilingual`): `message` and `help` are the English
/// texts (stable: JSON output and scripts read them), `message(_:)` and `help(_:)` give either.
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
  /// The message in English.
  public var message: String { text.en }
  /// The message in both languages.
  public var text: Bilingual
  /// The file the problem is in, as the user named it; `nil` for problems not tied to a file.
  public var file: String?
  public var range: SourceRange?
  /// A suggestion for the fix in both languages, rendered as `= help: …`.
  public var helpText: Bilingual?
  /// The suggestion in English.
  public var help: String? { helpText?.en }

  public init(
    severity: Severity = .error, code: String, message: Bilingual, file: String? = nil,
    range: SourceRange? = nil, help: Bilingual? = nil
  ) {
    self.severity = severity
    self.code = code
    self.text = message
    self.file = file
    self.range = range
    self.helpText = help
  }

  /// The message in `language` (`nl` or `en`).
  public func message(_ language: String) -> String { text.text(language) }

  /// The help in `language` (`nl` or `en`).
  public func help(_ language: String) -> String? { helpText?.text(language) }

  /// What `introduced` compares: the code and the English message, with the number after each
  /// "line " in it (a line the message refers to) left out.
  var comparisonKey: String {
    var key = code + "\u{0}"
    var rest = Substring(message)
    while let found = rest.firstRange(of: "line ") {
      key += rest[..<found.upperBound]
      rest = rest[found.upperBound...].drop { $0.isASCII && $0.isNumber }
    }
    return key + rest
  }

  /// The same diagnostic, attributed to `file`.
  public func inFile(_ file: String) -> Diagnostic {
    var copy = self
    copy.file = file
    return copy
  }

  /// `file:line:col: severity[code]: message`, the header editors and CI parse.
  public var header: String { header("en") }

  /// The header with the message in `language`; location, severity and code stay as they are
  /// (editors and CI parse them).
  public func header(_ language: String) -> String {
    var location = ""
    if let file { location += file + ":" }
    if let range { location += "\(range.start.line):\(range.start.column):" }
    if !location.isEmpty { location += " " }
    return "\(location)\(severity.rawValue)[\(code)]: \(message(language))"
  }
}

extension Array where Element == Diagnostic {
  /// True when any element is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// The diagnostics that `before` did not have, compared by code and message (positions move
  /// when an edit adds lines), each as often as it is new: what an edit introduced. A line a
  /// message names ("first on line 33") is left out of the comparison too: it moves with the
  /// edit, and the problem was there before (an edit that added a line above a duplicate was
  /// refused as adding an error).
  public func introduced(comparedTo before: [Diagnostic]) -> [Diagnostic] {
    var counts: [String: Int] = [:]
    for d in before { counts[d.comparisonKey, default: 0] += 1 }
    return filter { d in
      let key = d.comparisonKey
      guard let n = counts[key], n > 0 else { return true }
      counts[key] = n - 1
      return false
    }
  }

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

extension Diagnostic {
  /// At most this many problems are reported per file (a damaged file can hold millions).
  public static let maximumPerFile = 200

  /// User text as a message shows it: one line (line breaks, tabs and other control characters
  /// escaped as `\n`, `\t`, `\u{1B}`) and at most `limit` characters, longer text cut with `…`.
  /// A message stays one readable line whatever a file holds.
  public static func quoted(_ text: String, limit: Int = 60) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        out += "…"
        break
      }
      switch scalar.value {
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out
  }
}
