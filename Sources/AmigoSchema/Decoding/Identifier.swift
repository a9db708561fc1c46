/// Plain identifiers: ids of trajectories, goals, programmes, schools and workers.
public enum Identifier {
  /// Letters (ASCII), digits, `-`, `_`, `.`; starts with a letter or digit; at most 64
  /// characters; never `.` or `..` and never a path.
  public static func isValid(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { isValid(utf8: $0) }
  }

  public static func isValid(utf8 u: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !u.isEmpty, u.count <= 64 else { return false }
    guard isAlnum(u[0]) else { return false }
    return u.allSatisfy { isAlnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
  }

  static func isAlnum(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }
}
