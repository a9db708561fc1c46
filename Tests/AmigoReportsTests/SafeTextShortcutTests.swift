import Testing

@testable import AmigoReports

/// `SafeText.clean` returns text without a character to replace as it is, found from the bytes
/// (`needsCleaning`, issue 32: every report cell is made safe, and table cells twice). The
/// shortcut must never skip a character the scalar-by-scalar cleaning changes: compared with
/// that cleaning (`reference`, the code before the shortcut) on every character it treats,
/// their neighbours, and random mixes with accents, emoji and wide characters.
@Suite struct SafeTextShortcutTests {
  /// The cleaning without the shortcut (as it was before).
  static func reference(_ text: String, keepLines: Bool) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09: out.append(keepLines ? scalar : " ")
      case 0x0D, 0x2028, 0x2029, 0x85: out.append(keepLines ? "\n" : " ")
      case 0x202A...0x202E, 0x2066...0x2069: continue
      case 0x00..<0x20, 0x7F..<0xA0: out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  static let special: [UInt32] =
    Array(0x00...0x20) + Array(0x7E...0xA1) + Array(0x2020...0x2030) + Array(0x2060...0x206A)
    + [0x2027, 0x202F, 0x2065, 0x206A, 0xAD, 0x200B, 0x200D, 0xFEFF, 0xFFFD, 0x0100, 0x07FF]

  static let plain = [
    "a", "Zo\u{EB}", "e\u{301}", "中文", "👍🏽", "👨‍👩‍👧", "🇳🇱", "—", "ｆ", "\u{600}", " ", "x",
  ]

  @Test func everyTreatedCharacterAndItsNeighboursAsBefore() {
    for v in Self.special {
      let c = String(Character(Unicode.Scalar(v)!))
      for text in [c, "a" + c, c + "b", "é" + c + "中", c + c, "—" + c] {
        for keep in [false, true] {
          #expect(
            Array(SafeText.clean(text, keepLines: keep).utf8)
              == Array(Self.reference(text, keepLines: keep).utf8), "U+\(String(v, radix: 16))")
        }
        #expect(SafeText.needsCleaning(text) == (Self.reference(text, keepLines: false) != text))
      }
    }
  }

  @Test func randomMixesAsBefore() {
    var seed: UInt64 = 11
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<next(8) {
        if next(4) == 0 {
          text.unicodeScalars.append(Unicode.Scalar(Self.special[next(Self.special.count)])!)
        } else {
          text += Self.plain[next(Self.plain.count)]
        }
      }
      for keep in [false, true] {
        #expect(
          Array(SafeText.clean(text, keepLines: keep).utf8)
            == Array(Self.reference(text, keepLines: keep).utf8))
      }
    }
  }

  /// A large table is made safe in parts of rows on every core: the same rows, in order, as
  /// cell by cell.
  @Test func aLargeTableIsMadeSafeRowByRowInOrder() {
    let texts = ["ok", "tab\there", "esc\u{1B}[31m", "Zo\u{EB}", "\u{202E}rtl", "line\nbreak"]
    for count in [1_023, 1_024, 1_025, 3_500] {
      let rows: [[Cell]] = (0..<count).map { r in
        [.text("\(r) " + texts[r % texts.count]), .text(texts[(r * 7) % texts.count])]
      }
      let table = Table(id: "t", columns: [Column("a", "A"), Column("b", "B")], rows: rows)
      let safe = table.safeText()
      #expect(safe.rows == rows.map { $0.map { $0.safeText() } }, "\(count) rows")
      #expect(safe.rows.count == count)
    }
  }
}
