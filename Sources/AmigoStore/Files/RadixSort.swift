extension Array {
  /// Sorts the elements by the 128-bit number `key` gives (its high word first), stably: a
  /// least-significant-digit radix sort, one counting pass per byte that is not the same in
  /// every key. Names that share a prefix and an ending, as trajectory files do, need a few
  /// passes: a comparison sort of a hundred thousand of them makes seventeen comparisons each,
  /// on a command's critical path. `key` is asked once per element and pass: keep it cheap.
  mutating func radixSort(by key: (Element) -> (high: UInt64, low: UInt64)) {
    guard count > 1 else { return }
    var orHigh: UInt64 = 0
    var andHigh = UInt64.max
    var orLow: UInt64 = 0
    var andLow = UInt64.max
    for e in self {
      let k = key(e)
      orHigh |= k.high
      andHigh &= k.high
      orLow |= k.low
      andLow &= k.low
    }
    // The passes, least significant first: (which word, shift).
    var passes: [(high: Bool, shift: UInt64)] = []
    for shift in stride(from: UInt64(0), to: 64, by: 8)
    where ((orLow ^ andLow) >> shift) & 0xFF != 0 {
      passes.append((false, shift))
    }
    for shift in stride(from: UInt64(0), to: 64, by: 8)
    where ((orHigh ^ andHigh) >> shift) & 0xFF != 0 {
      passes.append((true, shift))
    }
    guard !passes.isEmpty else { return }
    var other = self
    var counts = [Int](repeating: 0, count: 257)
    for (high, shift) in passes {
      withUnsafeBufferPointer { from in
        other.withUnsafeMutableBufferPointer { to in
          counts.withUnsafeMutableBufferPointer { counts in
            counts.update(repeating: 0)
            func digit(_ e: Element) -> Int {
              let k = key(e)
              return Int(truncatingIfNeeded: ((high ? k.high : k.low) &>> shift) & 0xFF)
            }
            for e in from { counts[digit(e) &+ 1] &+= 1 }
            for d in 1..<257 { counts[d] &+= counts[d &- 1] }
            for e in from {
              let d = digit(e)
              (to.baseAddress! + counts[d]).pointee = e
              counts[d] &+= 1
            }
          }
        }
      }
      swap(&self, &other)
    }
  }
}
