import Testing
import _AmigoTestSupport

@testable import AmigoReports

/// `Suppression.bounds` skips the sums none of whose counts changed since they were last
/// worked through; working through every sum on every pass (the plain fixed point) must give
/// the same bounds, on random systems of counts and sums, before and after `complete()`
/// withholds counts.
@Suite struct SuppressionBoundsTests {
  /// A random system: counts (some small, some 0, some with figures, some derived) and sums
  /// over them, true ones (a new count that is the sum of its parts) and inequalities and sums
  /// the counts may not meet (`addRelation` leaves those out).
  func randomSuppression(_ g: inout SeededGenerator) -> Suppression {
    var s = Suppression(threshold: Int.random(in: 3...6, using: &g))
    var keys: [Suppression.Key] = []
    var values: [Int] = []
    func add(_ value: Int) {
      let key = Suppression.Key(table: "t\(keys.count % 3)", row: "r\(keys.count)", group: 0)
      keys.append(key)
      values.append(value)
      if Int.random(in: 0..<8, using: &g) == 0 {
        s.addDerived(key, value)
      } else {
        s.add(key, value, hasFigures: Bool.random(using: &g))
      }
    }
    for _ in 0..<Int.random(in: 2...30, using: &g) {
      add(
        Bool.random(using: &g)
          ? Int.random(in: 0...6, using: &g) : Int.random(in: 0...40, using: &g))
    }
    for _ in 0..<Int.random(in: 1...25, using: &g) {
      let parts = (0..<Int.random(in: 1...6, using: &g)).map { _ in
        Int.random(in: 0..<keys.count, using: &g)
      }
      let relation = [Suppression.Relation.equal, .equal, .atLeast, .atMost].randomElement(
        using: &g)!
      if relation == .equal && Bool.random(using: &g) {
        add(parts.reduce(0) { $0 + values[$1] })
        s.addRelation(parts: parts.map { keys[$0] }, total: keys[keys.count - 1], .equal)
      } else {
        let total = Int.random(in: 0..<keys.count, using: &g)
        guard !parts.contains(total) else { continue }
        s.addRelation(parts: parts.map { keys[$0] }, total: keys[total], relation)
      }
    }
    return s
  }

  @Test func skippingUnchangedSumsGivesTheBoundsOfEveryPass() {
    var g = SeededGenerator(seed: 31)
    for _ in 0..<2_000 {
      var s = randomSuppression(&g)
      let layout = s.layout()
      let skipping = s.bounds(layout)
      let every = s.bounds(layout, everySum: true)
      #expect(skipping.low == every.low && skipping.high == every.high)
      // After `complete()`, with counts withheld (`x`) and figures withheld.
      s.complete()
      let after = (s.bounds(layout), s.bounds(layout, everySum: true))
      #expect(after.0.low == after.1.low && after.0.high == after.1.high)
    }
  }
}
