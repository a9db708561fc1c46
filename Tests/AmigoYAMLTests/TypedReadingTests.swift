import AmigoYAML
import Testing

/// `TypedReading`: which plain scalars typed YAML readers (PyYAML for YAML 1.1, ruamel.yaml for
/// 1.2) read differently from the schema, and how `amigo fmt` writes them instead.
@Suite struct TypedReadingTests {
  @Test(arguments: [
    "No", "no", "NO", "yes", "Y", "n", "on", "Off", "~", "null", "Null", "true", "False", "0800",
    "12", "1:30", ".inf", "-.INF", ".nan", "0x1F", "0o17", "0b101", "1_000", "3.5", "1e5",
    "2026-09-10", "2026-9-1", "2026-09-10T10:00:00Z", "2026-09-10 10:00:00", "=", "<<",
  ])
  func textThatTypedReadersReadAsAnotherType(_ text: String) {
    #expect(!TypedReading.agrees(plain: text, as: .string))
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      #expect(!TypedReading.agrees(plain: bytes, as: .string))
    }
    let fixed = TypedReading.fix(text, as: .string)
    #expect(fixed.hasPrefix("'") && fixed.hasSuffix("'"), "\(fixed)")
  }

  @Test(arguments: [
    "Sam B.", "Nora", "nee", "ok", "2026-11-12 talked about the worksheet", "3 kids at break",
    "g1", "child-talk", "No way", "yes please", "Tom", "fine",
  ])
  func textEveryReaderReadsAlike(_ text: String) {
    #expect(TypedReading.agrees(plain: text, as: .string))
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      #expect(TypedReading.agrees(plain: bytes, as: .string))
    }
  }

  /// The byte version answers as the string version does, for every reading, on texts made
  /// of the bytes that start typed looks, letters, and others.
  @Test func bytesAgreeWithTheStringVersion() {
    let pieces = [
      "0", "1", "9", "+", "-", ".", "~", "=", "<", "n", "N", "o", "O", "y", "t", "f", "F", "e",
      "a", "l", "s", "u", "x", "_", ":", " ", "é", "ull", "rue", "alse", "es", "ff", "inf",
    ]
    var state: UInt64 = 31_2026_12_12
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let readings: [TypedReading.Schema] = [.string, .integer, .decimal, .other]
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<next(7) { text += pieces[next(pieces.count)] }
      for reading in readings {
        let bytes = Array(text.utf8).withUnsafeBufferPointer {
          TypedReading.agrees(plain: $0, as: reading)
        }
        #expect(bytes == TypedReading.agrees(plain: text, as: reading), "'\(text)' \(reading)")
      }
    }
  }

  @Test func numbersWithALeadingZeroDisagree() {
    for (text, fixed) in [("045", "45"), ("08", "8"), ("00", "0"), ("-07", "-7")] {
      #expect(!TypedReading.agrees(plain: text, as: .integer), "\(text)")
      #expect(TypedReading.fix(text, as: .integer) == fixed)
    }
    for text in ["45", "0", "-3"] { #expect(TypedReading.agrees(plain: text, as: .integer)) }
    #expect(TypedReading.agrees(plain: "0.5", as: .decimal))
    #expect(TypedReading.agrees(plain: "07.5", as: .decimal))
    #expect(!TypedReading.agrees(plain: "07", as: .decimal))
    #expect(TypedReading.agrees(plain: "2026-09-10", as: .other))
  }

  /// Text with a leading zero that is no number (`00:30`, `0x10`) has no zero to strip: the
  /// schema's own check says it is no value of the field, and `fmt` leaves it alone.
  @Test(arguments: ["00:30", "0x10", "0b1", "0o7", "007e1", "-0x1", "00 30", "0,5"])
  func textThatIsNoNumberIsLeftToTheSchema(_ text: String) {
    for reading in [TypedReading.Schema.integer, .decimal] {
      #expect(TypedReading.agrees(plain: text, as: reading), "\(text) \(reading)")
    }
  }

  /// The byte form (the fast path's, which skips most scalars by their first byte) answers as
  /// the string form for every first byte, followed by tails that make words, numbers, dates
  /// and plain text.
  @Test func bytesAnswerAsText() {
    let tails = [
      "", "o", "ull", "ULL", "rue", "alse", "es", "ES", "n", "ff", "FF", "0", "45", ".5", "x1F",
      "026-09-10", "inf", "nan", "1:30", " words", "-7", "<", "abcdef",
    ]
    for first in 0x20...0x7E {
      for tail in tails {
        let text = String(UnicodeScalar(UInt8(first))) + tail
        for reading in [TypedReading.Schema.string, .integer, .decimal, .other] {
          let byText = TypedReading.agrees(plain: text, as: reading)
          let byBytes = Array(text.utf8).withUnsafeBufferPointer {
            TypedReading.agrees(plain: $0, as: reading)
          }
          #expect(byText == byBytes, "\(text) as \(reading)")
        }
      }
    }
  }
}
