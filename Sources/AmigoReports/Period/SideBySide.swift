import Dispatch

/// `first` and `second` at the same time, one on each core, and both results. For parts of a
/// report that read the same trajectories and do not depend on each other: each gives what it
/// gives alone, so the output does not depend on which finishes first.
func sideBySide<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
  let results = SideBySideResults<A, B>()
  DispatchQueue.concurrentPerform(iterations: 2) { i in
    if i == 0 { results.first = first() } else { results.second = second() }
  }
  return (results.first!, results.second!)
}

/// The results of `sideBySide`: each written by one of the two iterations only, and read after
/// both have ended.
private final class SideBySideResults<A, B>: @unchecked Sendable {
  var first: A?
  var second: B?
}
