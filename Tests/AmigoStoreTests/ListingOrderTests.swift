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

  /// The radix sort is a stable sort by the two numbers, whatever bytes vary.
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
      keys.radixSort { ($0.a, $0.b) }
      #expect(keys.map(\.i) == expected, "round \(round)")
      // Plain numbers (the high word the same for all).
      var numbers = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &g) & maskA }
      let sorted = numbers.sorted()
      numbers.radixSort { (0, $0) }
      #expect(numbers == sorted, "round \(round), numbers")
    }
  }

  /// The values found more than once are exactly those a count finds, zero and the extremes
  /// included, with few or many repeats and values alike in their high bits.
  @Test func repeatedValuesAreThoseCountedMoreThanOnce() {
    var g = SeededGenerator(seed: 11)
    for round in 0..<80 {
      let count = Int.random(in: 0...5_000, using: &g)
      let spread: UInt64 = round % 4 == 0 ? 0xFFFF : .max
      var values = (0..<count).map { _ in
        UInt64.random(in: 0...UInt64.max, using: &g) & spread
      }
      if round % 5 == 0 { values += [0, .max, 0] }
      if round % 3 == 0, !values.isEmpty {
        for _ in 0..<Int.random(in: 1...20, using: &g) {
          values.append(values.randomElement(using: &g)!)
        }
      }
      values.shuffle(using: &g)
      var counts: [UInt64: Int] = [:]
      for v in values { counts[v, default: 0] += 1 }
      let expected = Set(counts.filter { $0.value > 1 }.keys)
      #expect(repeatedValues(values) == expected, "round \(round)")
    }
  }
}
