import AmigoYAML
import Testing

/// Every byte search in amigo goes through `ByteSearch` (the standard library's generic
/// `firstRange(of:)` is slow per call): it finds what `firstRange(of:)` finds.
@Suite struct ByteSearchTests {
  /// From every start, on small random texts over a small alphabet (many near matches).
  @Test func agreesWithFirstRange() {
    var rng = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = Array("ab .".utf8)
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
        alphabet.randomElement(using: &rng)!
      }
      let needle = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        alphabet.randomElement(using: &rng)!
      }
      #expect(ByteSearch.contains(needle, in: bytes) == (bytes.firstRange(of: needle) != nil))
      for from in 0...bytes.count + 1 {
        let expected = from <= bytes.count ? bytes[from...].firstRange(of: needle)?.lowerBound : nil
        #expect(
          ByteSearch.firstIndex(of: needle, in: bytes, from: from) == expected,
          "\(bytes) \(needle) \(from)")
      }
    }
  }

  @Test func edges() {
    let text = Array("family: F-2026-ABCD\n".utf8)
    #expect(ByteSearch.firstIndex(of: [], in: text) == nil)
    #expect(ByteSearch.firstIndex(of: Array("family:".utf8), in: text) == 0)
    #expect(ByteSearch.firstIndex(of: Array("ABCD\n".utf8), in: text) == 15)
    #expect(ByteSearch.firstIndex(of: Array("ABCD\n!".utf8), in: text) == nil)
    #expect(ByteSearch.firstIndex(of: Array("a".utf8), in: text, from: -1) == nil)
    #expect(!ByteSearch.contains(Array("x".utf8), in: []))
  }
}
