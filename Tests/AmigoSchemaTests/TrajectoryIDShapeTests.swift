import Testing
import _AmigoTestSupport

@testable import AmigoSchema

/// The generated id shape, checked on the bytes of the code (issue 31: the alphabet was a set
/// built on every call).
@Suite struct TrajectoryIDShapeTests {
  @Test func theCodeAlphabetIsCrockfordsBase32() {
    let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    for c in UInt8.min...UInt8.max {
      #expect(TrajectoryIDShape.isCodeCharacter(c) == alphabet.contains(c), "\(c)")
    }
  }

  @Test func generatedIDs() {
    for id in ["T-2026-7KQ4", "AOS-2025-00X", "t-2026-7kq4", "AB-CD-2026-12345678"] {
      #expect(TrajectoryIDShape.isGenerated(id), "\(id)")
      #expect(!TrajectoryIDShape.mightHoldName(id), "\(id)")
    }
    for id in [
      "T-2026-JQZE", "T-2026-7KI4", "T-2026-7K", "T-26-7KQ4", "T-2026-123456789", "Sam-Bakker",
    ] {
      #expect(!TrajectoryIDShape.isGenerated(id), "\(id)")
    }
    #expect(TrajectoryIDShape.isGenerated("T-2026-JQZE", needsDigit: false))
    #expect(TrajectoryIDShape.isGenerated("T-2026-7KQ4", prefix: "t"))
    #expect(!TrajectoryIDShape.isGenerated("T-2026-7KQ4", prefix: "AOS"))
    #expect(TrajectoryIDShape.mightHoldName("T-sam"))
    #expect(TrajectoryIDShape.mightHoldName("Sam-Bakker"))
    #expect(!TrajectoryIDShape.mightHoldName("T-1"))
  }

  /// The in-place reading of an ASCII id agrees with the reading by parts, on random ids built
  /// of id-like pieces (dashes, years, codes, lower case, other characters, non-ASCII).
  @Test func readingInPlaceAgreesWithReadingByParts() {
    var g = SeededGenerator(seed: 47)
    let pieces = [
      "-", "-", "-", "T", "AOS", "t", "2026", "20a6", "202", "7KQ4", "7kq4", "JQZE", "ILOU", "00X",
      "12345678", "123456789", "ab", "_", ".", "x", "é", "ß", "", "Sam", "9",
    ]
    for _ in 0..<20_000 {
      let id = (0..<Int.random(in: 1...7, using: &g)).map { _ in pieces.randomElement(using: &g)! }
        .joined()
      for needsDigit in [true, false] {
        #expect(
          TrajectoryIDShape.isGenerated(id, needsDigit: needsDigit)
            == TrajectoryIDShape.isGeneratedBySplitting(id, prefix: nil, needsDigit: needsDigit),
          "\(id)")
      }
    }
  }
}
