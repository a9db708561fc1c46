/// The shape of a trajectory id as amigo generates it: `<prefix>-<year>-<code>`, for example
/// `T-2026-7KQ4`. The prefix is the workspace's `id_prefix`, the year four digits and the code
/// three to eight characters of Crockford's base-32 alphabet (no I, L, O or U), at least one of
/// them a digit. A name cannot take this shape, so an id of this shape is safe in a file name
/// that stays in git history; `new-child --id` accepts nothing else.
public enum TrajectoryIDShape {
  /// What an id given by hand must look like, for messages.
  public static func expected(prefix: String) -> String {
    "\(prefix)-<year>-<code>, like \(prefix)-2026-7KQ4 (the code: 3 to 8 of 0-9 and A-Z without I, L, O and U, at least one a digit)"
  }

  /// True when `id` has the generated shape; with `prefix`, only with that prefix
  /// (case-insensitive). Without `needsDigit`, also ids amigo generated before it put a digit
  /// in every code (`T-2026-JQZE`).
  public static func isGenerated(
    _ id: String, prefix: String? = nil, needsDigit: Bool = true
  )
    -> Bool
  {
    if prefix == nil, let answer = asciiIsGenerated(id, needsDigit: needsDigit) { return answer }
    return isGeneratedBySplitting(id, prefix: prefix, needsDigit: needsDigit)
  }

  /// `isGenerated` by parts, upper-casing as Unicode does: for a prefix or an id beyond ASCII.
  static func isGeneratedBySplitting(_ id: String, prefix: String?, needsDigit: Bool) -> Bool {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3 else { return false }
    let code = parts[parts.count - 1]
    let year = parts[parts.count - 2]
    let head = parts[0..<(parts.count - 2)].joined(separator: "-")
    if let prefix {
      guard head.uppercased() == prefix.uppercased() else { return false }
    } else {
      guard !head.isEmpty, Identifier.isValid(head) else { return false }
    }
    guard year.utf8.count == 4, year.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return false
    }
    let upper = code.uppercased().utf8
    guard (3...8).contains(upper.count), upper.allSatisfy(isCodeCharacter),
      !needsDigit || upper.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    return true
  }

  /// `isGenerated` without a prefix, for an id of ASCII only (nil for any other): read in place,
  /// without splitting it into parts or upper-casing strings, which made the check cost as much
  /// as a rule that walks every session (it runs for every file of a workspace).
  static func asciiIsGenerated(_ id: String, needsDigit: Bool) -> Bool? {
    var id = id
    return id.withUTF8 { u -> Bool? in
      guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
      // The code after the last `-`, the year before it, the head before that.
      guard let last = u.lastIndex(of: 0x2D), let before = u[..<last].lastIndex(of: 0x2D) else {
        return false
      }
      let head = UnsafeBufferPointer(rebasing: u[..<before])
      guard !head.isEmpty, Identifier.isValid(utf8: head) else { return false }
      let year = u[(before + 1)..<last]
      guard year.count == 4, year.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      let code = u[(last + 1)...]
      // Upper-cased (ASCII: a letter minus 32), as `isGeneratedBySplitting` reads it.
      guard (3...8).contains(code.count),
        code.allSatisfy({ isCodeCharacter($0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0) }),
        !needsDigit || code.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
      else { return false }
      return true
    }
  }

  /// A character of the code's alphabet, `0123456789ABCDEFGHJKMNPQRSTVWXYZ` (a set of them was
  /// built on every call: most of the id-shape check's cost, once per file).
  @inline(__always) static func isCodeCharacter(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): true
    case UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "O"), UInt8(ascii: "U"): false
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): true
    default: false
    }
  }

  /// True when `id` might hold a name: it is not of the generated shape and, after its first
  /// part (the prefix), holds three or more letters in a row (`Sam-Bakker`, `T-sam`; not
  /// `T-1` or `T-2026-7KQ4`).
  public static func mightHoldName(_ id: String) -> Bool {
    if isGenerated(id, needsDigit: false) { return false }
    var run = 0
    for c in id.utf8.drop(while: { $0 != 0x2D && $0 != 0x5F && $0 != 0x2E }) {
      let letter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
      run = letter ? run + 1 : 0
      if run >= 3 { return true }
    }
    return false
  }
}
