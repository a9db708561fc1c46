/// Decimal numbers as written in files: `7`, `4.5`, `-1`. No exponents, no commas.
public enum DecimalText {
  public static func parse(_ s: String) -> Double? {
    var s = s
    return s.withUTF8 { parse(utf8: $0) }
  }

  public static func parse(utf8 u: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !u.isEmpty else { return nil }
    var i = 0
    if u[0] == 0x2D { i = 1 }
    var digits = 0
    var dot = false
    while i < u.count {
      let c = u[i]
      if c >= 0x30 && c <= 0x39 {
        digits += 1
      } else if c == 0x2E && !dot {
        dot = true
      } else {
        return nil
      }
      i += 1
    }
    guard digits > 0, u.last != 0x2E else { return nil }
    return exact(u) ?? Double(String(decoding: u, as: UTF8.self))
  }

  /// The powers of ten a `Double` holds exactly.
  private static let powersOfTen: [Double] = (0...22).map { k in
    (0..<k).reduce(1.0) { value, _ in value * 10 }
  }

  /// The value of a checked decimal (`-`, digits, at most one `.`) without making a `String`,
  /// when it has at most 15 digits: the digits as a whole number and a power of ten are then
  /// both exact, so one division rounds as `Double(String)` does (Clinger's fast path); nil for
  /// longer numbers, which go through `Double(String)`.
  @inline(__always) static func exact(_ u: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa = 0
    var digits = 0
    var fraction = -1
    for (i, c) in u.enumerated() {
      if c == 0x2E {
        fraction = 0
      } else if c != 0x2D || i != 0 {
        mantissa = mantissa &* 10 &+ Int(c &- 0x30)
        digits += 1
        if fraction >= 0 { fraction += 1 }
      }
    }
    guard digits <= 15 else { return nil }
    let value = Double(mantissa) / powersOfTen[max(fraction, 0)]
    return u[0] == 0x2D ? -value : value
  }

  /// A number as amigo writes it in files and messages: `6`, `6.5`.
  public static func text(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
  }
}
