import Testing

@testable import AmigoSchema

/// The word-at-a-time scan of the control-character check agrees with a plain scan of the
/// text's scalars: every control (bidirectional overrides and isolates too) at every offset and
/// text length, with and without line breaks
/// and tabs allowed, and never a false alarm on ordinary Dutch text (`ë`, `Å`, `…`).
struct ControlCharacterScanTests {
  static func plain(_ text: String, lineBreaks: Bool, tabs: Bool) -> Bool {
    text.unicodeScalars.contains { s in
      switch s.value {
      case 0x0A: !lineBreaks
      case 0x09: !tabs
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  @Test func agreesWithAScalarScanAtEveryOffset() {
    let filler = Array("Zoë kwam op tijd… Åsa B. ".unicodeScalars)
    let needles: [Unicode.Scalar] = [
      "\u{1B}", "\u{0}", "\u{7F}", "\u{85}", "\u{9B}", "\n", "\t", "\r", "\u{A0}", "\u{C2}", "ë",
      // Bidirectional overrides and isolates, and their neighbours (not flagged).
      "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2029}", "\u{202F}", "\u{2065}",
      "\u{206A}", "\u{E2}", "…", "€",
    ]
    for length in 0..<30 {
      let base = (0..<length).map { filler[$0 % filler.count] }
      for at in 0...length {
        for needle in needles {
          var scalars = base
          scalars.insert(needle, at: at)
          var text = ""
          text.unicodeScalars.append(contentsOf: scalars)
          for (lineBreaks, tabs) in [(false, false), (true, true), (true, false)] {
            #expect(
              ControlCharacterRule.hasControl(text, lineBreaks: lineBreaks, tabs: tabs)
                == Self.plain(text, lineBreaks: lineBreaks, tabs: tabs),
              "\(needle.value) at \(at) of \(length)")
          }
        }
      }
    }
  }

  /// The same for the zero-width characters (`hasInvisible`): each at every offset, and their
  /// neighbours that share the lead byte (a dash, a curly quote, U+FEFE) never flagged.
  @Test func theInvisibleScanAgreesWithAScalarScanAtEveryOffset() {
    let filler = Array("Zoë kwam op tijd… – ‘Åsa’ B. ".unicodeScalars)
    let needles: [Unicode.Scalar] = [
      "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
      "\u{200A}", "\u{200E}", "\u{2061}", "\u{205F}", "\u{FEFE}", "\u{FFFD}", "\u{EF}",
      "\u{E2}", "–", "’", "…", "€",
    ]
    for length in 0..<30 {
      let base = (0..<length).map { filler[$0 % filler.count] }
      for at in 0...length {
        for needle in needles {
          var scalars = base
          scalars.insert(needle, at: at)
          var text = ""
          text.unicodeScalars.append(contentsOf: scalars)
          #expect(
            ControlCharacterRule.hasInvisible(text)
              == text.unicodeScalars.contains { ControlCharacterRule.invisible.contains($0.value) },
            "\(needle.value) at \(at) of \(length)")
        }
      }
    }
  }
}
