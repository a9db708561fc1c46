/// Small-number suppression of counts that add up (a period report's groups and breakdowns).
///
/// Primary: a count from 1 to `threshold - 1` is hidden (`<5`). Complementary: a reader who
/// knows the shown counts, that a hidden count lies between 1 and `threshold - 1`, and which
/// counts add up to which, can narrow a hidden count down, sum by sum. Where that pins one down
/// to a single value, it is shown as `x` instead (any number, 0 included) where that frees it,
/// with the other hidden counts of its sums if need be, else the smallest shown count of a sum
/// it stands in is withheld as `x`; the reasoning starts again until no hidden or withheld count
/// is down to one value.
struct Suppression {
  /// A count: the table it stands in, its row and the group (column).
  struct Key: Hashable {
    var table: String
    var row: String
    var group: Int
  }

  let threshold: Int
  private var values: [Key: Int] = [:]
  private var order: [Key] = []
  private var sums: [(parts: [Key], total: Key)] = []
  /// Counts hidden for being small, and counts withheld so that those cannot be worked out.
  private(set) var hidden: Set<Key> = []
  private(set) var withheld: Set<Key> = []

  init(threshold: Int) { self.threshold = threshold }

  mutating func add(_ key: Key, _ value: Int) {
    if values[key] == nil { order.append(key) }
    values[key] = value
    if value > 0 && value < threshold { hidden.insert(key) }
  }

  /// Declares that `parts` add up to `total`. A sum the counts do not meet exactly (a
  /// trajectory in no part) is left out: a reader could not use it as an equation either.
  mutating func addSum(parts: [Key], total: Key) {
    let sum = parts.reduce(0) { $0 + (values[$1] ?? 0) }
    if sum == values[total] ?? 0 { sums.append((parts, total)) }
  }

  /// What a reader can know of each count, narrowed down through the sums.
  private func bounds() -> [Key: ClosedRange<Int>] {
    // "Any number" for `x`: more than all counts together, so it never pins one down, and
    // small enough that sums of bounds cannot overflow.
    let unbounded = 2 * values.values.reduce(0, +) + threshold + 1
    var range: [Key: ClosedRange<Int>] = [:]
    for (key, value) in values {
      range[key] =
        withheld.contains(key)
        ? 0...unbounded : hidden.contains(key) ? 1...(threshold - 1) : value...value
    }
    var changed = true
    var passes = 0
    while changed && passes < 100 {
      changed = false
      passes += 1
      for sum in sums {
        let parts = sum.parts.map { range[$0]! }
        let total = range[sum.total]!
        let low = parts.reduce(0) { $0 + $1.lowerBound }
        let high = parts.reduce(0) { $0 + $1.upperBound }
        func narrow(_ key: Key, _ lower: Int, _ upper: Int) {
          let old = range[key]!
          let newLower = max(old.lowerBound, lower)
          let new = newLower...max(newLower, min(old.upperBound, upper))
          if new != old {
            range[key] = new
            changed = true
          }
        }
        narrow(sum.total, low, high)
        for (i, key) in sum.parts.enumerated() {
          // Whatever the other parts leave of the total.
          let otherLow = low - parts[i].lowerBound
          let otherHigh = high - parts[i].upperBound
          narrow(key, total.lowerBound - otherHigh, total.upperBound - otherLow)
        }
      }
    }
    return range
  }

  mutating func complete() {
    // Below a threshold of 3, `<N` names one value: nothing left to protect.
    guard threshold > 2 else { return }
    var unprotectable = Set<Key>()
    while true {
      let range = bounds()
      // A hidden or withheld count pinned down to one value, first in the order added.
      guard
        let pinned = order.first(where: {
          hidden.contains($0) && !unprotectable.contains($0) && range[$0]!.count == 1
        })
      else { return }
      let neighbours = sums.filter { $0.total == pinned || $0.parts.contains(pinned) }
        .flatMap { $0.parts + [$0.total] }
        .filter { $0 != pinned }
      // Where `<5` itself pins it (four categories of at least 1 under a total of at most 4),
      // `x`, which may be any number, frees it: the count itself, else with the other hidden
      // counts of its sums.
      let before = withheld
      for attempt in [[pinned], [pinned] + neighbours.filter { hidden.contains($0) }] {
        withheld.formUnion(attempt)
        if bounds()[pinned]!.count > 1 { break }
        withheld = before
      }
      if withheld != before { continue }
      // Pinned by shown counts: withhold the smallest shown count of a sum it stands in.
      let shown = neighbours.filter { !hidden.contains($0) }
      guard
        let pick = shown.min(by: {
          (values[$0]!, order.firstIndex(of: $0)!) < (values[$1]!, order.firstIndex(of: $1)!)
        })
      else {
        unprotectable.insert(pinned)
        continue
      }
      hidden.insert(pick)
      withheld.insert(pick)
    }
  }

  /// `<threshold` for a small count, `x` for a withheld one, else the count.
  func cell(_ key: Key) -> Cell {
    if withheld.contains(key) { return .withheld }
    return hidden.contains(key) ? .suppressed(threshold: threshold) : .int(values[key] ?? 0)
  }
}
