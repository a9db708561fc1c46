import AmigoSchema
import Testing
import _AmigoTestSupport

/// `ConsentLaw.Group.of` reads a participant's group from its bytes; it must give what the
/// `switch` on the string gave (canonical equivalence included) for every built-in participant
/// and everything near one: other case, one byte changed, cut, lengthened, look-alike
/// characters (a Kelvin sign equals `K` as a `String`), empty.
@Suite struct ConsentGroupTests {
  /// The `switch` the bytes replaced.
  static func reference(_ participant: String) -> ConsentLaw.Group? {
    switch participant {
    case "": nil
    case "child": .child
    case "mother", "father", "parents", "carer": .parents
    case "teacher", "care-coordinator", "director", "school-support": .school
    case "youth-health", "social-team", "shelter-coach", "sibling", "grandparent", "neighbour",
      "network", "classmates", "other":
      .network
    case "referrer": .referrer
    default: .network
    }
  }

  @Test func bytesGiveWhatTheStringSwitchGave() {
    var rng = SeededGenerator(seed: 31_2026_12_13)
    let names =
      Schemas.participant.values.map(\.value) + [
        "", "child", "Child", "CHILD", "chil", "childs", " child", "child ", "ｃhild", "\u{212A}",
        "care-coordinator", "school-support", "referrer", "director", "teacher", "parents",
      ]
    var texts: [String] = []
    for name in names {
      texts.append(name)
      texts.append(name.uppercased())
      texts.append(name + "e\u{301}")
      let bytes = Array(name.utf8)
      for i in bytes.indices {
        var changed = bytes
        changed[i] = UInt8.random(in: 0x20...0x7E, using: &rng)
        texts.append(String(decoding: changed, as: UTF8.self))
        texts.append(String(decoding: bytes.prefix(i), as: UTF8.self))
      }
    }
    for text in texts {
      #expect(ConsentLaw.Group.of(text) == Self.reference(text), "'\(text)'")
    }
    #expect(texts.count > 500)
  }
}
