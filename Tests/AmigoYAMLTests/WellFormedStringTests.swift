import Testing
import _AmigoTestSupport

@testable import AmigoYAML

/// Strings of a scanned tree are made without checking their UTF-8 again
/// (`CompactTree.View.string(of:)`): they must be the very strings `String(decoding:as:)`
/// makes, equal and hashing alike, ASCII or not, short (stored inline) or long.
@Suite struct WellFormedStringTests {
  @Test func everyValueAndKeyOfTheCorpusIsTheDecodedString() {
    var values = 0
    var nonASCII = 0
    for bytes in CanonicalScannerTests.corpus {
      guard let tree = CanonicalScanner.scan(bytes) else { continue }
      #expect(tree.wellFormedUTF8)
      tree.withView { view in
        for i in 0..<view.nodes.count {
          var parts: [UnsafeBufferPointer<UInt8>] = []
          if view.nodes[i].kind == .scalar { parts.append(view.value(i)) }
          if view.nodes[i].keyStart >= 0 { parts.append(view.key(i)) }
          for part in parts {
            let fast = view.string(of: part)
            let checked = String(decoding: part, as: UTF8.self)
            #expect(fast == checked)
            #expect(Array(fast.utf8) == Array(part))
            #expect(fast.hashValue == checked.hashValue)
            #expect(fast.count == checked.count)
            values += 1
            if part.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
          }
        }
      }
    }
    #expect(values > 10_000)
    #expect(nonASCII > 50)
  }

  /// Texts of every length up to 40 with and without accented letters, emoji and letters
  /// that compose (`e` followed by U+0301), in sets and dictionaries with checked strings.
  @Test func madeStringsBehaveLikeCheckedOnes() {
    var rng = SeededGenerator(seed: 31_2026_12_10)
    let pieces: [[UInt8]] = [
      [0x61], [0x5A], [0x20], [0x2E], Array("é".utf8), Array("ë".utf8), Array("€".utf8),
      Array("😀".utf8), [0x65, 0xCC, 0x81], Array("ß".utf8),
    ]
    var set = Set<String>()
    for length in 0...40 {
      for _ in 0..<30 {
        var bytes: [UInt8] = []
        while bytes.count < length { bytes += pieces.randomElement(using: &rng)! }
        let fast = bytes.withUnsafeBufferPointer { String(wellFormedUTF8: $0) }
        let checked = String(decoding: bytes, as: UTF8.self)
        #expect(fast == checked)
        #expect(fast.hashValue == checked.hashValue)
        #expect(Array(fast.unicodeScalars) == Array(checked.unicodeScalars))
        #expect(fast < checked + "a")
        set.insert(checked)
        #expect(set.contains(fast))
        #expect(bytes.withUnsafeBufferPointer { isASCII($0) } == bytes.allSatisfy { $0 < 0x80 })
      }
    }
  }

  @Test func aParsedDocumentsTreeChecksItsStrings() throws {
    let document = YAMLDocument(bytes: Array("a: b\n".utf8))
    let tree = try #require(CompactTree(document))
    #expect(!tree.wellFormedUTF8)
  }
}
