/// Writes scalars so that every YAML reader reads back exactly the string meant.
///
/// A string is written plain only when that is unambiguous: when a YAML 1.1 reader (PyYAML,
/// many editors) and a YAML 1.2 reader would both read it back as the same string. Otherwise
/// it is quoted: single quotes when the text has no control characters, double quotes with
/// escapes when it has.
public enum ScalarEmitter {
  /// Where the scalar will stand.
  public enum Context: Sendable {
    /// A block mapping value, a block sequence item, or a key.
    case block
    /// Inside `[ … ]` or `{ … }`: `,`, brackets and braces must be quoted too.
    case flow
  }

  /// True when `text` would be read back as the same string if written plain in `context`,
  /// and no YAML 1.1 or 1.2 reader would read it as a number, boolean, null, date or other type.
  public static func canBePlain(_ text: String, in context: Context = .block) -> Bool {
    isSyntacticallyPlain(text, in: context) && !looksTyped(text)
  }

  /// True when `text` written plain parses back as the same text (types aside).
  public static func isSyntacticallyPlain(_ text: String, in context: Context = .block) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || last == " " { return false }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
    for (i, s) in scalars.enumerated() {
      if needsEscape(s) || s == "\t" { return false }
      if s == ":" && (i + 1 == scalars.count || scalars[i + 1] == " ") { return false }
      if s == "#" && i > 0 && scalars[i - 1] == " " { return false }
      // PyYAML (YAML 1.1) also ends a plain text at '?' inside [ ] or { }.
      if context == .flow && ",[]{}?".unicodeScalars.contains(s) { return false }
      if context == .flow && s == ":" { return false }
    }
    return true
  }

  /// True when some YAML 1.1 or 1.2 reader would give `text`, written plain, a type other than
  /// string: null, booleans (also YAML 1.1's yes/no/on/off/y/n), numbers in any base or with
  /// underscores or sexagesimal colons, infinities, NaN, dates and times, and the `=` and `<<`
  /// keys. Errs on the side of quoting.
  public static func looksTyped(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
      "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
      "OFF", "=", "<<":
      return true
    default:
      break
    }
    let u = Array(text.utf8)
    var i = 0
    if u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") { i = 1 }
    guard i < u.count else { return false }
    // .inf, .nan and friends.
    if u[i] == UInt8(ascii: ".") {
      let rest = String(decoding: u[(i + 1)...], as: UTF8.self).lowercased()
      if rest == "inf" || rest == "nan" { return true }
    }
    // Anything that starts like a number and uses only number characters: decimal, octal, hex,
    // binary, floats with exponents, YAML 1.1 underscores and base-60 colons.
    let startsNumeric =
      isDigit(u[i]) || (u[i] == UInt8(ascii: ".") && i + 1 < u.count && isDigit(u[i + 1]))
    if startsNumeric {
      let numberish = u[i...].allSatisfy { c in
        isDigit(c) || isHexLetter(c) || "xXoObB_.:+-".utf8.contains(c)
      }
      if numberish { return true }
      // Dates and timestamps: 2026-09-10, 2026-9-1, 2026-09-10T10:00:00Z, 2026-09-10 10:00.
      if looksLikeTimestamp(u) { return true }
    }
    return false
  }

  /// YAML 1.1's timestamps, loosely (errs on the side of yes): `YYYY-M-D`, alone or followed by
  /// `T`, `t`, spaces or tabs and then only time characters (`10:00:00.5 +01:00`). Not a date
  /// followed by words (`2026-09-10 talked with the teacher`).
  static func looksLikeTimestamp(_ u: [UInt8]) -> Bool {
    guard u.count >= 8, u[0...3].allSatisfy(isDigit), u[4] == UInt8(ascii: "-") else {
      return false
    }
    var i = 5
    var month = 0
    while i < u.count && isDigit(u[i]) {
      i += 1
      month += 1
    }
    guard (1...2).contains(month), i < u.count, u[i] == UInt8(ascii: "-") else { return false }
    i += 1
    var day = 0
    while i < u.count && isDigit(u[i]) {
      i += 1
      day += 1
    }
    guard (1...2).contains(day) else { return false }
    if i == u.count { return true }
    let separator = u[i]
    guard "Tt \t".utf8.contains(separator) else { return false }
    i += 1
    while i < u.count && (u[i] == 0x20 || u[i] == 0x09) { i += 1 }
    guard i < u.count, isDigit(u[i]) else { return false }
    return u[i...].allSatisfy { isDigit($0) || ":.+-Zz \t".utf8.contains($0) }
  }

  /// The source text for `text` as a single-line scalar. `preferring` keeps an existing quote
  /// style when the text allows it; `plainIfPossible` writes typed literals (dates, numbers)
  /// plain when they are syntactically plain.
  public static func emit(
    _ text: String, in context: Context = .block, preferring style: ScalarStyle? = nil,
    literal: Bool = false
  ) -> String {
    let plainOK =
      literal
      ? isSyntacticallyPlain(text, in: context) || isNegativeNumber(text, in: context)
      : canBePlain(text, in: context)
    switch style {
    case .singleQuoted? where canSingleQuote(text): return singleQuoted(text)
    case .doubleQuoted?: return doubleQuoted(text)
    default: break
    }
    if plainOK { return text }
    // Single quotes, unless the text has apostrophes and reads better in double quotes.
    if canSingleQuote(text) && !(text.contains("'") && !text.contains("\"") && !text.contains("\\"))
    {
      return singleQuoted(text)
    }
    return doubleQuoted(text)
  }

  /// True when `text` is a typed literal with a minus before a digit (`-3`, `-2.5`): plain in
  /// YAML, since a `-` followed by anything but a space starts a plain scalar, and a number to
  /// every reader; quoted, it would be text (`quoted-value`).
  static func isNegativeNumber(_ text: String, in context: Context) -> Bool {
    let rest = text.utf8.dropFirst()
    guard text.utf8.first == UInt8(ascii: "-"), let next = rest.first, isDigit(next) else {
      return false
    }
    return isSyntacticallyPlain(String(decoding: rest, as: UTF8.self), in: context)
  }

  /// True when `text` can be single-quoted on one line (no control characters or line breaks).
  public static func canSingleQuote(_ text: String) -> Bool {
    !text.unicodeScalars.contains { needsEscape($0) || $0 == "\t" }
  }

  public static func singleQuoted(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "''") + "'"
  }

  public static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for s in text.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\0": out += "\\0"
      case "\u{7}": out += "\\a"
      case "\u{8}": out += "\\b"
      case "\u{B}": out += "\\v"
      case "\u{C}": out += "\\f"
      case "\u{1B}": out += "\\e"
      case "\u{85}": out += "\\N"
      case "\u{A0}": out += "\\_"
      case "\u{2028}": out += "\\L"
      case "\u{2029}": out += "\\P"
      default:
        if needsEscape(s) {
          let hex = String(s.value, radix: 16, uppercase: true)
          if s.value <= 0xFF {
            out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
          } else {
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          }
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out + "\""
  }

  /// True for characters that YAML does not allow as they are in a scalar, or that YAML 1.1
  /// readers treat as line breaks: C0 and C1 controls (tab aside), DEL, NEL, the line and
  /// paragraph separators, the byte order mark and the non-characters U+FFFE/U+FFFF.
  static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 { return v != 0x09 }
    if v == 0x7F || (0x80...0x9F).contains(v) { return true }
    return v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF || v == 0xA0
  }

  /// True when `text` can be written as a literal block scalar (`|`) that reads back exactly:
  /// it has a line break, no control characters, no trailing spaces on a line, and does not
  /// start with a space or an empty line.
  public static func canBeLiteralBlock(_ text: String) -> Bool {
    guard text.contains("\n") else { return false }
    if text.hasPrefix(" ") || text.hasPrefix("\n") { return false }
    for s in text.unicodeScalars where (needsEscape(s) && s != "\n") || s == "\r" {
      return false
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false)
    where line.hasSuffix(" ") || line.hasSuffix("\t") {
      return false
    }
    return true
  }

  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  private static func isHexLetter(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }
}

extension String {
  /// Replaces every occurrence of `target` (Foundation-free).
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for c in self {
      if c == target { out += replacement } else { out.append(c) }
    }
    return out
  }
}
