/// Terminal display width: combining marks take no column, East Asian wide characters and
/// emoji take two, everything else one.
public enum TextWidth {
  public static func of(_ s: String) -> Int {
    var width = 0
    for scalar in s.unicodeScalars { width += of(scalar) }
    return width
  }

  public static func of(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200D || (0xFE00...0xFE0F).contains(v) { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
      || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
      || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v)
      || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// `s` padded with spaces to `width` columns (left-aligned, or right-aligned).
  public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
    let gap = max(0, width - of(s))
    let spaces = String(repeating: " ", count: gap)
    return right ? spaces + s : s + spaces
  }
}
