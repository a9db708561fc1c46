import AmigoSchema
import Testing
import _AmigoTestSupport

/// `Decimal.parse` reads short numbers without making a `String` (`Decimal.exact`): every value
/// must be the one `Double(String)` gives, to the bit.
@Suite struct DecimalParseTests {
  static func parsed(_ text: String) -> Double? {
    var copy = text
    return copy.withUTF8 { DecimalText.parse(utf8: $0) }
  }

  @Test func shortNumbersAreReadAsDoubleReadsThem() {
    let fixed = [
      "0", "-0", "0.0", "-0.0", "7", "007", "0.1", "0.2", "0.3", "1.5", "-1.5", "2.25", "12.5",
      "99.99", "100", "123456789012345", "12345678901234.5", "0.000000000000001",
      "9007199254740993", "1234567890123456", "0.1234567890123456", "-3.14159265358979",
      ".5", "-.5", "1.0000000000000002", "4.35", "0.30000000000000004",
    ]
    var rng = SeededGenerator(seed: 31)
    var texts = fixed
    for _ in 0..<20_000 {
      let digits = Int.random(in: 1...18, using: &rng)
      var text = Int.random(in: 0...3, using: &rng) == 0 ? "-" : ""
      let dot = Int.random(in: -1...digits - 1, using: &rng)
      for i in 0..<digits {
        if i == dot { text += i == 0 ? "0." : "." }
        text += String(Int.random(in: 0...9, using: &rng))
      }
      texts.append(text)
    }
    for text in texts {
      let expected = Double(text)
      let got = Self.parsed(text)
      #expect(got?.bitPattern == expected?.bitPattern, "\(text): \(String(describing: got))")
    }
  }

  @Test func nonNumbersAreRefused() {
    for text in ["", "-", ".", "1.", "1.2.3", "1e5", "+1", "1,5", " 1", "0x10", "--1"] {
      #expect(Self.parsed(text) == nil, "\(text)")
    }
  }
}
