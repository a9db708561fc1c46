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
  // Counts by index, in the order added (which also breaks ties).
  private var index: [Key: Int] = [:]
  private var values: [Int] = []
  private var hidden: [Bool] = []
  private var withheld: [Bool] = []
  /// Counts with figures computed from exactly their trajectories (a median, a mean, shares):
  /// shown, such a figure tells whether the count is 0, small, or not (see `bounds`).
  private var hasFigures: [Bool] = []
  private var figuresWithheld: [Bool] = []
  /// Sums of shown counts a reader can form (never shown themselves: see `addDerived`).
  private var derived: [Bool] = []
  /// What a reader knows of how counts relate: `parts` add up to `total` (`.equal`), to at
  /// least it (`.atLeast`: every trajectory of the total is in one part or more) or to at most
  /// it (`.atMost`: a part is some of the total's trajectories).
  enum Relation { case equal, atLeast, atMost }
  private var sums: [(parts: [Int], total: Int, relation: Relation)] = []
  /// The sums each count stands in.
  private var sumsOf: [[Int]] = []

  init(threshold: Int) { self.threshold = threshold }

  private mutating func slot(_ key: Key) -> Int {
    if let i = index[key] { return i }
    index[key] = values.count
    values.append(0)
    hidden.append(false)
    withheld.append(false)
    hasFigures.append(false)
    figuresWithheld.append(false)
    derived.append(false)
    sumsOf.append([])
    return values.count - 1
  }

  mutating func add(_ key: Key, _ value: Int, hasFigures figures: Bool = false) {
    let i = slot(key)
    values[i] = value
    hidden[i] = value > 0 && value < threshold
    hasFigures[i] = figures
  }

  /// A count that is not shown but that a reader can form from others (such as all programmes
  /// minus one of them), so that reasoning through it is reasoning across several sums.
  mutating func addDerived(_ key: Key, _ value: Int) {
    let i = slot(key)
    values[i] = value
    derived[i] = true
  }

  /// Declares that `parts` add up to `total`. A sum the counts do not meet exactly (a
  /// trajectory in no part) is left out: a reader could not use it as an equation either.
  mutating func addSum(parts: [Key], total: Key) {
    addRelation(parts: parts, total: total, .equal)
  }

  /// Declares that `parts` add up to at least `total` (`.atLeast`) or at most it (`.atMost`):
  /// a multi-valued breakdown, where a trajectory of the total counts in one category or more,
  /// and each category holds at most the total. Left out, like a sum, where the counts do not
  /// meet it.
  mutating func addRelation(parts: [Key], total: Key, _ relation: Relation) {
    let p = parts.map { slot($0) }
    let t = slot(total)
    let sum = p.reduce(0, { $0 + values[$1] })
    switch relation {
    case .equal: guard sum == values[t] else { return }
    case .atLeast: guard sum >= values[t] else { return }
    case .atMost: guard sum <= values[t] else { return }
    }
    for i in Set(p + [t]) { sumsOf[i].append(sums.count) }
    sums.append((p, t, relation))
  }

  /// The sums laid out flat, read through buffers by `bounds(_:)`: its loop runs up to 100
  /// passes over every sum for each count `complete()` looks at, and copying a sum's parts (or
  /// checking access to captured arrays) cost more than the arithmetic. Built once per
  /// `complete()`: the sums do not change while it withholds counts.
  struct SumLayout {
    /// Sum `s`'s parts are `partsFlat[partsStart[s]..<partsStart[s + 1]]`.
    var partsStart: [Int] = []
    var partsFlat: [Int] = []
    var totals: [Int] = []
    var relations: [Relation] = []
    /// The sums count `i` stands in: `sumsFlat[sumsStart[i]..<sumsStart[i + 1]]`.
    var sumsStart: [Int] = []
    var sumsFlat: [Int] = []
  }

  func layout() -> SumLayout {
    var l = SumLayout()
    l.partsStart.reserveCapacity(sums.count + 1)
    for sum in sums {
      l.partsStart.append(l.partsFlat.count)
      l.partsFlat += sum.parts
    }
    l.partsStart.append(l.partsFlat.count)
    l.totals = sums.map(\.total)
    l.relations = sums.map(\.relation)
    l.sumsStart.reserveCapacity(sumsOf.count + 1)
    for of in sumsOf {
      l.sumsStart.append(l.sumsFlat.count)
      l.sumsFlat += of
    }
    l.sumsStart.append(l.sumsFlat.count)
    return l
  }

  /// Lower and upper bounds of the counts, by index.
  typealias Bounds = (low: [Int], high: [Int])

  /// What a reader can know of each count, narrowed down through the sums: lower and upper
  /// bounds by index.
  ///
  /// A sum whose counts have not changed since it was last worked through, without narrowing
  /// any, is skipped (`everySum: false`): working it through again reads the same bounds and
  /// narrows nothing. So every pass changes the same bounds and says `changed` as when each sum
  /// is worked through (`everySum: true`, which `SuppressionBoundsTests` compares on random sums),
  /// and the passes after the first look only at the sums around what the last one narrowed.
  func bounds(_ layout: SumLayout, everySum: Bool = false) -> Bounds {
    // "Any number" for `x`: more than all counts together, so it never pins one down, and
    // small enough that sums of bounds cannot overflow.
    let unbounded = 2 * values.reduce(0, +) + threshold + 1
    var low = [Int](repeating: 0, count: values.count)
    var high = [Int](repeating: 0, count: values.count)
    for i in values.indices {
      if withheld[i] && hasFigures[i] && !figuresWithheld[i] {
        // Its figures tell: none (empty), a few (`n<5`) or more.
        (low[i], high[i]) =
          values[i] == 0
          ? (0, 0) : values[i] < threshold ? (1, threshold - 1) : (threshold, unbounded)
      } else if withheld[i] || derived[i] {
        (low[i], high[i]) = (0, unbounded)
      } else if hidden[i] {
        (low[i], high[i]) = (1, threshold - 1)
      } else {
        (low[i], high[i]) = (values[i], values[i])
      }
    }
    // Sums to work through: all at first, then those with a count narrowed since.
    var pending = [Bool](repeating: true, count: layout.totals.count)
    low.withUnsafeMutableBufferPointer { low in
      high.withUnsafeMutableBufferPointer { high in
        pending.withUnsafeMutableBufferPointer { pending in
          layout.partsFlat.withUnsafeBufferPointer { partsFlat in
            layout.sumsFlat.withUnsafeBufferPointer { sumsFlat in
              /// Narrows count `i` to `lower...upper` (never below its lower bound); true when
              /// it changed, and then its sums are worked through again.
              func narrow(_ i: Int, _ lower: Int, _ upper: Int) -> Bool {
                let newLow = max(low[i], lower)
                let newHigh = max(newLow, min(high[i], upper))
                guard newLow != low[i] || newHigh != high[i] else { return false }
                (low[i], high[i]) = (newLow, newHigh)
                for s in sumsFlat[layout.sumsStart[i]..<layout.sumsStart[i + 1]] {
                  pending[s] = true
                }
                return true
              }
              var changed = true
              var passes = 0
              while changed && passes < 100 {
                changed = false
                passes += 1
                for s in layout.totals.indices where everySum || pending[s] {
                  pending[s] = false
                  let parts = partsFlat[layout.partsStart[s]..<layout.partsStart[s + 1]]
                  let total = layout.totals[s]
                  let relation = layout.relations[s]
                  var partsLow = 0
                  var partsHigh = 0
                  for p in parts {
                    partsLow += low[p]
                    partsHigh += high[p]
                  }
                  let (totalLow, totalHigh) = (low[total], high[total])
                  // An inequality bounds one side only: `.atLeast` caps the total and raises
                  // the parts; `.atMost` raises the total and caps the parts.
                  let floor = relation == .atLeast ? 0 : partsLow
                  let ceiling = relation == .atMost ? unbounded : partsHigh
                  if narrow(total, floor, ceiling) { changed = true }
                  for p in parts {
                    // Whatever the other parts leave of the total.
                    let otherLow = partsLow - low[p]
                    let otherHigh = partsHigh - high[p]
                    if narrow(
                      p, relation == .atMost ? 0 : totalLow - otherHigh,
                      relation == .atLeast ? unbounded : totalHigh - otherLow)
                    {
                      changed = true
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return (low, high)
  }

  mutating func complete() {
    // Below a threshold of 3, `<N` names one value: nothing left to protect.
    guard threshold > 2 else { return }
    var unprotectable = [Bool](repeating: false, count: values.count)
    let layout = layout()
    // The bounds are worked out from what is hidden and withheld, and kept with that state: a
    // round that ends with a successful attempt below leaves the state whose bounds the attempt
    // just worked out, which the next round would work out again.
    var last: (hidden: [Bool], withheld: [Bool], figuresWithheld: [Bool], bounds: Bounds)?
    func bounds() -> Bounds {
      if let last, last.hidden == hidden, last.withheld == withheld,
        last.figuresWithheld == figuresWithheld
      {
        return last.bounds
      }
      let b = self.bounds(layout)
      last = (hidden, withheld, figuresWithheld, b)
      return b
    }
    func isPinned(_ b: Bounds, _ i: Int) -> Bool { b.low[i] == b.high[i] }
    while true {
      let b = bounds()
      // A hidden or withheld count pinned down to one value, first in the order added.
      guard
        let pinned = values.indices.first(where: {
          hidden[$0] && !unprotectable[$0] && isPinned(b, $0)
        })
      else { return }
      // A withheld count whose figures still give it away: withhold those too.
      if withheld[pinned] && hasFigures[pinned] && !figuresWithheld[pinned] {
        figuresWithheld[pinned] = true
        continue
      }
      let neighbours = Set(sumsOf[pinned].flatMap { sums[$0].parts + [sums[$0].total] })
        .filter { $0 != pinned && !derived[$0] }.sorted()
      // Where `<5` itself pins it (four categories of at least 1 under a total of at most 4),
      // `x`, which may be any number, frees it: the count itself, else with the other hidden
      // counts of its sums.
      let before = (withheld, figuresWithheld)
      for attempt in [[pinned], [pinned] + neighbours.filter { hidden[$0] }] {
        // A small count's figures show `n<5`: as `x`, its figures are withheld with it.
        for i in attempt { (withheld[i], figuresWithheld[i]) = (true, true) }
        if !isPinned(bounds(), pinned) { break }
        (withheld, figuresWithheld) = before
      }
      if withheld != before.0 { continue }
      // Pinned by shown counts: withhold the smallest shown count of a sum it stands in.
      guard
        let pick = neighbours.filter({ !hidden[$0] }).min(by: {
          (values[$0], $0) < (values[$1], $1)
        })
      else {
        unprotectable[pinned] = true
        continue
      }
      hidden[pick] = true
      withheld[pick] = true
    }
  }

  /// True for a count shown as `x`.
  func withholds(_ key: Key) -> Bool { index[key].map { withheld[$0] } ?? false }

  /// True for a count whose figures (see `add(_:_:hasFigures:)`) are withheld with it.
  func withholdsFigures(_ key: Key) -> Bool { index[key].map { figuresWithheld[$0] } ?? false }

  /// True for a count shown as `<threshold` or `x`.
  func hides(_ key: Key) -> Bool { index[key].map { hidden[$0] } ?? false }

  /// `<threshold` (a small count) or `x` (withheld), else the count.
  func cell(_ key: Key) -> Cell {
    guard let i = index[key] else { return .int(0) }
    if withheld[i] { return .hidden(HiddenFigure(.withheld, threshold: threshold)) }
    return hidden[i]
      ? .hidden(HiddenFigure(.smallCount, threshold: threshold)) : .int(values[i])
  }
}
