import Testing
import _AmigoTestSupport

@testable import AmigoStore

/// The listing puts the names in byte order (a shorter name before a longer one it begins) by a
/// radix sort of their first sixteen bytes and a comparison of whole names where those agree.
@Suite struct ListingOrderTests {
  /// Byte order of `a` and `b`, a prefix first: what the listing promises.
  static func before(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.lexicographicallyPrecedes(b)
  }

  @Test func namesComeInByteOrder() {
    var g = SeededGenerator(seed: 2026)
    let folder = Array("/w/trajectories".utf8)
    let shapes: [() -> String] = [
      // Trajectory-like names: a shared prefix and ending, a year and a code that vary.
      {
        "AOS-\(Int.random(in: 2005...2026, using: &g))-"
          + String(
            (0..<4).map { _ in "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".randomElement(using: &g)! })
          + ".yaml"
      },
      // Short names, names that begin others, long names alike in their first sixteen bytes.
      {
        String((0..<Int.random(in: 1...3, using: &g)).map { _ in "ab".randomElement(using: &g)! })
          + ".yaml"
      },
      { "kansencoach-2026-" + String(Int.random(in: 0...300, using: &g)) + ".yaml" },
      { "kansencoach-2026-" + String(Int.random(in: 0...300, using: &g)) },
      {
        String(
          (0..<Int.random(in: 0...24, using: &g)).map { _ in
            Character(UnicodeScalar(UInt8.random(in: 0x21...0x7E, using: &g)))
          }) + ".yaml"
      },
    ]
    for round in 0..<40 {
      var found = FileSystem.FoundPaths(skip: folder.count + 1)
      var names: [[UInt8]] = []
      var seen = Set<[UInt8]>()
      let count = round == 0 ? 0 : Int.random(in: 1...(round < 5 ? 3 : 2_000), using: &g)
      while names.count < count {
        let shape = round % 3 == 0 ? shapes[0] : shapes.randomElement(using: &g)!
        let name = Array(shape().utf8)
        // Names in one folder are unique.
        guard !name.isEmpty, seen.insert(name).inserted else { continue }
        names.append(name)
        name.withUnsafeBufferPointer { found.append(folder, $0) }
      }
      let expected = names.indices.sorted { Self.before(names[$0], names[$1]) }
      #expect(found.order() == expected, "round \(round), \(count) names")
    }
  }

  /// The radix sort is a stable sort by (a, b), whatever bytes vary.
  @Test func radixSortIsAStableSortByBothNumbers() {
    var g = SeededGenerator(seed: 7)
    for round in 0..<60 {
      let count = Int.random(in: 0...3_000, using: &g)
      // Some rounds vary few bytes (many ties), others all of them.
      let maskA: UInt64 = round % 3 == 0 ? 0x0000_FF00_0000_0000 : .max
      let maskB: UInt64 = round % 4 == 0 ? 0 : (round % 2 == 0 ? 0xFF : .max)
      var keys = (0..<count).map { i in
        (
          a: UInt64.random(in: 0...UInt64.max, using: &g) & maskA,
          b: UInt64.random(in: 0...UInt64.max, using: &g) & maskB, i: i
        )
      }
      let expected = keys.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map(\.i)
      FileSystem.radixSort(&keys)
      #expect(keys.map(\.i) == expected, "round \(round)")
    }
  }
}
