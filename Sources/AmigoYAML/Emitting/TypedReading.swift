/// Whether a typed YAML reader (YAML 1.1 like PyYAML, YAML 1.2 like ruamel.yaml) reads a plain
/// scalar as the same value as the schema does. amigo's YAML layer reads every scalar as a
/// string and the schema types it; a typed reader resolves plain scalars by their look, so
/// `minutes: 045` is 37 to PyYAML (octal) and `label: No` is `false`. The format promises that
/// every YAML tool reads the same values, so a plain scalar on which they disagree is an error,
/// which `amigo fmt` fixes with `fix(_:as:)`.
///
/// One predicate with `ScalarEmitter.looksTyped`, which decides which strings the emitter
/// quotes.
public enum TypedReading {
  /// What the schema reads a scalar as.
  public enum Schema: Sendable {
    /// A string: text, an identifier, an enumeration value, a key.
    case string
    /// A whole number.
    case integer
    /// A decimal number (`4.5`, `7`).
    case decimal
    /// Something every reader reads alike when the schema accepts it: a date (`2026-09-10`,
    /// a date to YAML 1.1 readers too), a year and month, `true` or `false`.
    case other
  }

  /// True when a typed YAML 1.1 or 1.2 reader gives the plain scalar `text` the value the
  /// schema reads it as (`reading`). Only the look of the text counts; whether the schema
  /// accepts the value at all is checked elsewhere.
  public static func agrees(plain text: String, as reading: Schema) -> Bool {
    switch reading {
    case .string:
      return text.isEmpty || !ScalarEmitter.looksTyped(text)
    case .integer, .decimal:
      // A leading zero makes an octal number to YAML 1.1 readers (`045` is 37) and a string to
      // some others (`0800`); a decimal with a full stop is read alike.
      return Array(text.utf8).withUnsafeBufferPointer { agreesInFull(plain: $0, as: reading) }
    case .other:
      return true
    }
  }

  /// Like `agrees(plain:as:)` on UTF-8 bytes, without building a string for the common case
  /// (text that cannot look typed). The common answers inline (the fast decoder asks for every
  /// plain scalar of every file): every reader reads the schema's other kinds alike, and text
  /// whose first byte starts no typed look is a string to all of them.
  @inlinable @inline(__always)
  public static func agrees(plain u: UnsafeBufferPointer<UInt8>, as reading: Schema) -> Bool {
    if reading == .other { return true }
    if reading == .string, let first = u.first, !mayLookTyped(first: first, count: u.count) {
      return true
    }
    return agreesInFull(plain: u, as: reading)
  }

  /// False when no typed look starts with `first` (or, for the words, is `count` bytes long).
  /// Every typed look starts with a digit, a sign, a full stop, `~`, `=`, `<` or one of the
  /// letters of null, true, false, yes, no, on, off; the words are at most five letters. (A
  /// switch on the byte: a search of a string's UTF-8 view costs more than the rest of the
  /// check.)
  @inlinable @inline(__always)
  static func mayLookTyped(first: UInt8, count: Int) -> Bool {
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "<"):
      return true
    case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
      UInt8(ascii: "o"), UInt8(ascii: "O"):
      return count <= 5
    default:
      return false
    }
  }

  /// `agrees(plain:as:)` on UTF-8 bytes, every case.
  @usableFromInline
  static func agreesInFull(plain u: UnsafeBufferPointer<UInt8>, as reading: Schema) -> Bool {
    guard let first = u.first else { return true }
    switch reading {
    case .other:
      return true
    case .integer, .decimal:
      if reading == .decimal && u.contains(UInt8(ascii: ".")) { return true }
      let start = first == UInt8(ascii: "-") ? 1 : 0
      guard u.count - start > 1 && u[start] == UInt8(ascii: "0") else { return true }
      // Only a number with a leading zero is read otherwise (`045`: octal 37 to YAML 1.1);
      // text that is no number at all (`00:30`, `0x10`) is no value of this field, which the
      // schema's own check says (and no zero to strip).
      for k in start..<u.count where u[k] < UInt8(ascii: "0") || u[k] > UInt8(ascii: "9") {
        return true
      }
      return false
    case .string:
      guard mayLookTyped(first: first, count: u.count) else { return true }
      return agrees(plain: String(decoding: u, as: UTF8.self), as: .string)
    }
  }

  /// The text that fixes a disagreeing plain scalar: a number without its leading zeros (the
  /// value the schema read), a string in quotes.
  public static func fix(_ text: String, as reading: Schema) -> String {
    switch reading {
    case .integer, .decimal:
      let negative = text.hasPrefix("-")
      var digits = Substring(negative ? text.dropFirst() : Substring(text))
      while digits.count > 1 && digits.first == "0" && digits.dropFirst().first != "." {
        digits = digits.dropFirst()
      }
      return (negative ? "-" : "") + digits
    case .string, .other:
      return ScalarEmitter.emit(text)
    }
  }
}
