import Testing

@testable import AmigoReports

/// `TextWidth.of` measures Latin text (every scalar below U+0300) without grapheme breaking
/// (`latinWidth`): the same width as measuring each grapheme cluster.
@Suite struct TextWidthLatinTests {
  /// The width by grapheme clusters, as `of` measures any other text.
  func byClusters(_ text: String) -> Int { text.reduce(0) { $0 + TextWidth.of($1) } }

  @Test func everyScalarBelowU0300AloneAndAfterALetter() {
    for v in UInt32(0)..<0x300 {
      let scalar = Unicode.Scalar(v)!
      for text in [String(Character(scalar)), "a" + String(Character(scalar)) + "b"] {
        #expect(TextWidth.latinWidth(text) == byClusters(text), "U+\(String(v, radix: 16))")
        #expect(TextWidth.of(text) == byClusters(text), "U+\(String(v, radix: 16))")
      }
    }
  }

  @Test func randomTextsOfLatinScalarsAndOthers() {
    var rng = SystemRandomNumberGenerator()
    // Mostly Latin, with line ends, controls, the soft hyphen; sometimes a combining mark, an
    // emoji or a wide character, which leave the Latin path.
    let pool: [UInt32] =
      Array(0x20..<0x7F) + Array(0xA0..<0x180) + [0x0D, 0x0A, 0x09, 0x7F, 0x85, 0xAD, 0x2FF]
    let others: [UInt32] = [0x300, 0x301, 0x308, 0x200D, 0xFE0F, 0x1F44D, 0x65E5, 0x20E3]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<24, using: &rng) {
        let v =
          Int.random(in: 0..<20, using: &rng) == 0
          ? others.randomElement(using: &rng)! : pool.randomElement(using: &rng)!
        text.unicodeScalars.append(Unicode.Scalar(v)!)
      }
      #expect(TextWidth.of(text) == byClusters(text), "\(Array(text.unicodeScalars))")
      let latin = text.unicodeScalars.allSatisfy { $0.value < 0x300 }
      #expect((TextWidth.latinWidth(text) != nil) == latin)
    }
  }

  @Test func dutchNames() {
    #expect(TextWidth.latinWidth("Zoë van der Meulen-Çelik") == 24)
    #expect(TextWidth.latinWidth("Zoe\u{0308}") == nil)  // decomposed: by clusters
    #expect(TextWidth.of("Zoe\u{0308}") == 3)
  }
}
