/// Small-number suppression of counts that add up (a period report's groups and breakdowns).
///
/// Primary: a count from 1 to `threshold - 1` is hidden. Complementary: where a sum (parts and
/// their total, such as the programmes and all programmes) has exactly one hidden cell, that
/// cell would be the total minus the others, so the smallest other cell that holds something
/// is withheld too (shown as `x`, whatever its size); repeated until no sum gives one away.
struct Suppression {
  /// A count: the table it stands in, its row and the group (column).
  struct Key: Hashable {
    var table: String
    var row: String
    var group: Int
  }

  let threshold: Int
  private var values: [Key: Int] = [:]
  private var sums: [(parts: [Key], total: Key)] = []
  /// Counts hidden for being small, and counts withheld so that those cannot be worked out.
  private(set) var hidden: Set<Key> = []
  private(set) var withheld: Set<Key> = []

  init(threshold: Int) { self.threshold = threshold }

  mutating func add(_ key: Key, _ value: Int) {
    values[key] = value
    if value > 0 && value < threshold { hidden.insert(key) }
  }

  /// Declares that `parts` add up to `total` (as far as every trajectory is in one part).
  mutating func addSum(parts: [Key], total: Key) { sums.append((parts, total)) }

  mutating func complete() {
    var changed = true
    while changed {
      changed = false
      for sum in sums {
        let cells = sum.parts + [sum.total]
        guard cells.count(where: { hidden.contains($0) }) == 1 else { continue }
        let candidates = cells.indices.filter {
          !hidden.contains(cells[$0]) && (values[cells[$0]] ?? 0) > 0
        }
        // The smallest, then the first: the same cells every time.
        if let pick = candidates.min(by: {
          (values[cells[$0]] ?? 0, $0) < (values[cells[$1]] ?? 0, $1)
        }) {
          hidden.insert(cells[pick])
          withheld.insert(cells[pick])
          changed = true
        }
      }
    }
  }

  /// `<threshold` for a small count, `x` for a withheld one, else the count.
  func cell(_ key: Key) -> Cell {
    if withheld.contains(key) { return .withheld }
    return hidden.contains(key) ? .suppressed(threshold: threshold) : .int(values[key] ?? 0)
  }
}
