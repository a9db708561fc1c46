import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The fast path's contract: whenever `CanonicalScanner` reads a file, `YAMLParser` accepts the
/// same bytes without a single diagnostic and builds the same tree (values, styles, byte ranges).
/// Checked on every fixture and example file and on many seeded mutations of them.
@Suite struct CanonicalScannerTests {
  /// Every YAML file the repository ships: conformance inputs, edit fixtures, the example
  /// workspace and the CLI fixture workspaces.
  static let corpus: [[UInt8]] = {
    // Once each (the CLI fixtures repeat the same workspaces).
    var seen = Set<[UInt8]>()
    return (ConformanceCase.all.map(\.input) + Fixtures.yamlFiles().map(\.bytes)).filter {
      seen.insert($0).inserted
    }
  }()

  @Test func acceptedFilesParseTheSame() {
    var accepted = 0
    for bytes in Self.corpus {
      if check(bytes) { accepted += 1 }
    }
    // The example workspace and most fixtures are in canonical layout.
    #expect(accepted >= 50, "accepted only \(accepted) of \(Self.corpus.count)")
  }

  @Test func mutatedFilesAreAcceptedOnlyWhenTheParserAgrees() {
    var rng = SeededGenerator(seed: 7_2026_11_23)
    let seeds = Self.corpus.filter { CanonicalScanner.scan($0) != nil }
    let inserts: [[UInt8]] = [
      [0x20], [0x20, 0x20], [0x0A], [0x0A, 0x0A], [0x3A], [0x3A, 0x20], [0x20, 0x23], [0x23],
      [0x2D, 0x20], [0x27], [0x27, 0x27], [0x22], [0x5C], [0x2C], [0x5B], [0x5D], [0x7B], [0x7D],
      [0x7C], [0x3E], [0x26], [0x2A], [0x21], [0x3F], [0x25], [0x40], [0x09], [0x0D], [0x78],
      [0xC3, 0xAB], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xEF, 0xBB, 0xBF], [0xFF],
      Array("a: b\n".utf8), Array("- x\n".utf8), Array("|\n".utf8), Array("---\n".utf8),
    ]
    var runs = 0
    var accepted = 0
    for seed in seeds {
      let lines = seed.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
      for _ in 0..<24 {
        var bytes = seed
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
          let at = Int.random(in: 0...bytes.count, using: &rng)
          switch Int.random(in: 0..<6, using: &rng) {
          case 0: bytes.insert(contentsOf: inserts.randomElement(using: &rng)!, at: at)
          case 1: if at < bytes.count { bytes.remove(at: at) }
          case 2 where at < bytes.count: bytes[at] = UInt8.random(in: 0x20...0x7E, using: &rng)
          case 3:
            // A whole line copied elsewhere (duplicate keys, stray items).
            var copy = lines
            let line = lines.randomElement(using: &rng)!
            copy.insert(line, at: Int.random(in: 0...lines.count, using: &rng))
            bytes = Array(copy.joined(separator: [0x0A]))
          case 4:
            // A line indented more or less.
            var copy = lines
            let i = Int.random(in: 0..<copy.count, using: &rng)
            if Bool.random(using: &rng) {
              copy[i] = [0x20, 0x20] + copy[i]
            } else if copy[i].first == 0x20 {
              copy[i].removeFirst()
            }
            bytes = Array(copy.joined(separator: [0x0A]))
          default: bytes = Array(bytes[0..<at])
          }
        }
        runs += 1
        if check(bytes) { accepted += 1 }
      }
    }
    #expect(runs > 1000)
    // Enough mutants stay canonical for the comparison to mean something.
    #expect(accepted * 10 > runs, "accepted \(accepted) of \(runs)")
    print("canonical scanner: \(accepted) of \(runs) mutants accepted, \(seeds.count) seeds")
  }

  /// The word-at-a-time loops (a line's bytes, a plain value's `:` and `#`) jump to the first
  /// byte they flag and read the end of a line as one more word: a `:`, `#` or non-ASCII
  /// character at every offset of values of every length up to 26, on the last line of the
  /// file and before others, must give what the parser gives, and be accepted or left to the
  /// parser as the byte-by-byte rules say.
  @Test func everyOffsetOfTheWordLoops() {
    let fillers: [[UInt8]] = [
      [0x3A], [0x3A, 0x20], [0x23], [0x20, 0x23], [0xC3, 0xAB], [0xE2, 0x82, 0xAC], [0x2C],
      [0x7E],
    ]
    var checked = 0
    for length in 1...26 {
      for at in 0...length {
        for filler in fillers {
          var value = Array(repeating: UInt8(ascii: "a"), count: length)
          value.insert(contentsOf: filler, at: at)
          // Not starting with white space or an indicator (`:`, `#`, `,`).
          let plain = ![0x20, 0x3A, 0x23, 0x2C].contains(value.first!)
          for last in [true, false] {
            let text: [UInt8] =
              Array("key: ".utf8) + value + [0x0A] + (last ? [] : Array("next: x\n".utf8))
            let accepted = check(text)
            // The byte-by-byte rules: `: ` or a final `:` opens a mapping, ` #` a comment.
            var spoilt = false
            for i in value.indices {
              if value[i] == 0x3A && (i + 1 == value.count || value[i + 1] == 0x20) {
                spoilt = true
              }
              if value[i] == 0x23 && i > 0 && value[i - 1] == 0x20 { spoilt = true }
            }
            if plain && value.last != 0x20 {
              #expect(accepted == !spoilt, "\(String(decoding: text, as: UTF8.self))")
            }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 5_000)
  }

  /// Scans `bytes`; when the scanner accepts them, the parser must agree exactly.
  @discardableResult
  func check(_ bytes: [UInt8]) -> Bool {
    guard let tree = CanonicalScanner.scan(bytes) else { return false }
    let document = YAMLDocument(bytes: bytes)
    let shown = String(decoding: bytes.prefix(600), as: UTF8.self)
    #expect(
      document.diagnostics.isEmpty,
      "scanner accepted what the parser rejects: \(document.diagnostics.map(\.header))\n\(shown)")
    guard let root = document.root else {
      Issue.record("no root\n\(shown)")
      return true
    }
    let difference = compare(tree, tree.root, root)
    #expect(difference == nil, "\(difference ?? "")\n\(shown)")
    return true
  }

  /// The first difference between the compact node `i` and the parser's `node`, if any.
  func compare(_ tree: CompactTree, _ i: Int, _ node: YAMLNode) -> String? {
    let n = tree.nodes[i]
    guard Int(n.start) == node.start, Int(n.end) == node.end else {
      return "node \(i): range \(n.start)..<\(n.end), parser \(node.start)..<\(node.end)"
    }
    switch node {
    case .scalar(let s):
      guard n.kind == .scalar, n.style == s.style, tree.string(i) == s.value else {
        return
          "scalar at \(s.start): \(n.kind) \(n.style) '\(tree.string(i))', parser \(s.style) '\(s.value)'"
      }
    case .mapping(let m):
      let children = Array(tree.children(i))
      guard n.kind == .mapping, n.collectionStyle == m.style, children.count == m.entries.count
      else { return "mapping at \(m.start): shape differs" }
      for (c, entry) in zip(children, m.entries) {
        let k = tree.nodes[c]
        guard tree.key(c) == entry.key.value, Int(k.keyStart) == entry.key.start,
          Int(k.keyEnd) == entry.key.end, entry.key.style == .plain
        else { return "key at \(entry.key.start) differs" }
        if let d = compare(tree, c, entry.value) { return d }
      }
    case .sequence(let s):
      let children = Array(tree.children(i))
      guard n.kind == .sequence, n.collectionStyle == s.style, children.count == s.items.count
      else { return "sequence at \(s.start): shape differs" }
      for (c, item) in zip(children, s.items) {
        guard Int(tree.nodes[c].itemStart) == item.start else {
          return "item at \(item.start) starts at \(tree.nodes[c].itemStart)"
        }
        if let d = compare(tree, c, item.value) { return d }
      }
    }
    return nil
  }
}
