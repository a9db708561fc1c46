/// Terminal display width, the one measure of report text and CLI tables: emoji shown as
/// pictures and East Asian wide characters take two columns, combining marks and other
/// zero-width characters none, everything else one. Measured per grapheme cluster, never in
/// characters or bytes.
public enum TextWidth {
  /// Terminal columns `text` takes: the sum of `of` its grapheme clusters.
  public static func of(_ text: String) -> Int {
    // Printable ASCII (most cells): one column a character, no Unicode tables needed.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return latinWidth(text) ?? text.reduce(0) { $0 + of($1) }
  }

  /// The width of a text whose every scalar lies below U+0300 (Latin letters with their
  /// accents precomposed, as Dutch names and notes are), without grapheme breaking: below
  /// U+0300 there is no combining mark, joiner, variation selector, emoji shown as a picture
  /// or wide character, so each scalar is a column of its own except the controls (C0, DEL,
  /// C1), which take none; the soft hyphen takes one, as `of(_: Unicode.Scalar)` says. Nil
  /// when a scalar lies at or above U+0300 (the caller measures by grapheme clusters then).
  static func latinWidth(_ text: String) -> Int? {
    var width = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v >= 0x300 { return nil }
      if v >= 0x20 && (v < 0x7F || v > 0x9F) { width += 1 }
    }
    return width
  }

  /// Terminal columns one grapheme cluster takes: 2 for emoji shown as pictures (including
  /// sequences joined with U+200D, flags, keycaps and text symbols followed by U+FE0F) and for
  /// East Asian wide and fullwidth characters; 0 for combining marks and other zero-width
  /// characters; otherwise 1. An accent stays on its letter: `é` is 1 column whether it is
  /// precomposed (U+00E9) or decomposed (`e` + U+0301).
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
    if let first = scalars.first, first.properties.isEmoji,
      scalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    return scalars.reduce(0) { $0 + of($1) }
  }

  /// Terminal columns a single scalar takes, outside an emoji sequence.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control: return 0
    case .format: return v == 0x00AD ? 1 : 0  // a soft hyphen shows; ZWJ, ZWSP, BOM do not
    default: break
    }
    // Hangul vowels and final consonants join the initial consonant's cell.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    for range in wideRanges where range.contains(v) { return 2 }
    return 1
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt (emoji
  /// are handled by their Emoji_Presentation property).
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Khitan, Kana supplements
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and beyond
  ]

  /// `s` padded with spaces to `width` columns (left-aligned, or right-aligned).
  public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
    let gap = max(0, width - of(s))
    let spaces = String(repeating: " ", count: gap)
    return right ? spaces + s : s + spaces
  }
}
