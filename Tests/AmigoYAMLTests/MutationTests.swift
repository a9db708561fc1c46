import AmigoYAML
import Testing
import _AmigoTestSupport

@Suite struct MutationTests {
  /// Mutates every accepted fixture many times (truncation, byte flips, inserted tabs, quotes,
  /// colons, dashes, line breaks) and checks that the parser always returns: either a valid
  /// document that prints back byte for byte, or at least one error with a position in range.
  @Test func mutatedInputsNeverCrash() {
    var rng = SeededGenerator(seed: 20_261_123)
    let edits = EditCase.all.compactMap {
      Fixtures.data("edits/\($0.name)/before.yaml").map { [UInt8]($0) }
    }
    let seeds = (ConformanceCase.all.map(\.input) + edits).filter {
      !$0.isEmpty && $0.count < 20_000
    }
    let inserts: [[UInt8]] = [
      [0x09], [0x22], [0x27], [0x3A, 0x20], [0x2D, 0x20], [0x0A], [0x0D], [0x23], [0x7B], [0x5B],
      [0x26], [0x00], [0xC3], [0xFF], [0x20, 0x20], [0x7C], [0x3E],
    ]
    var runs = 0
    for seed in seeds {
      for _ in 0..<40 {
        var bytes = seed
        let mutations = Int.random(in: 1...3, using: &rng)
        for _ in 0..<mutations {
          let at = Int.random(in: 0...bytes.count, using: &rng)
          switch Int.random(in: 0..<4, using: &rng) {
          case 0: bytes = Array(bytes[0..<at])
          case 1 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &rng)
          case 2: bytes.insert(contentsOf: inserts.randomElement(using: &rng)!, at: at)
          default: if at < bytes.count { bytes.remove(at: at) }
          }
        }
        let document = YAMLDocument(bytes: bytes)
        runs += 1
        #expect(document.bytes == bytes)
        if !document.isValid {
          let lineCount = max(1, document.source.lineCount)
          for d in document.diagnostics {
            let r = d.range!
            #expect(r.start.line >= 1 && r.start.line <= lineCount + 1, "\(d.header)")
            #expect(r.start.column >= 1)
          }
        }
      }
    }
    #expect(runs > 1000)
  }
}
