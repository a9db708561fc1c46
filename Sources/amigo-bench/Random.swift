/// SplitMix64 (Steele, Lea and Flood, 2014): small, fast and fully specified, so the same seed
/// gives the same workload on every machine and toolchain. Deliberately not a
/// `RandomNumberGenerator`: the standard library's algorithms that take one (shuffles, random
/// elements) do not promise the same draws across versions, so every draw goes through here.
struct SplitMix64 {
  private(set) var state: UInt64

  init(seed: UInt64) { state = seed }

  /// An independent stream for item `index` of a run seeded with `seed`.
  init(seed: UInt64, stream index: UInt64) {
    var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
    state = mixer.next() ^ index
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `range` (the modulo bias is far below anything a benchmark notices).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    Double(next() >> 11) * 0x1p-53 < p
  }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// Picks by weight: `[(value, weight)]`.
  mutating func weighted<T>(_ items: [(T, Int)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var r = int(0...(total - 1))
    for (item, weight) in items {
      if r < weight { return item }
      r -= weight
    }
    return items[items.count - 1].0
  }

  /// `count` distinct items of `items`, in the order drawn.
  mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    var pool = items
    var out: [T] = []
    for _ in 0..<min(count, pool.count) {
      out.append(pool.remove(at: int(0...(pool.count - 1))))
    }
    return out
  }
}
