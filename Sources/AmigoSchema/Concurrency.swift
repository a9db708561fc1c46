import Dispatch

/// `body(i)` for every `i` in `0..<count`, on all cores, in order: each iteration initializes
/// its own slot of the result, so nothing is locked or copied. The store decodes files with it,
/// the reports build parts that do not depend on each other (a week report's workers), joined
/// in order, so the output is the same as one core's. Inlinable, so that each caller's closure
/// and element type are specialised in its own module.
@inlinable
package func concurrentMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  // One part (or none) is not worth a thread.
  if count <= 1 { return (0..<count).map(body) }
  return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
    let slots = ConcurrentSlots(buffer)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      (slots.buffer.baseAddress! + i).initialize(to: body(i))
    }
    initialized = count
  }
}

/// `concurrentMap` of a pair, each half in its own array (the first made without copying).
@inlinable
package func concurrentUnzip<T, U>(_ count: Int, _ body: @Sendable (Int) -> (T, U)) -> ([T], [U]) {
  var second: [U] = []
  let first = [T](unsafeUninitializedCapacity: count) { firstBuffer, firstCount in
    second = [U](unsafeUninitializedCapacity: count) { secondBuffer, secondCount in
      let a = ConcurrentSlots(firstBuffer)
      let b = ConcurrentSlots(secondBuffer)
      DispatchQueue.concurrentPerform(iterations: count) { i in
        let (t, u) = body(i)
        (a.buffer.baseAddress! + i).initialize(to: t)
        (b.buffer.baseAddress! + i).initialize(to: u)
      }
      secondCount = count
    }
    firstCount = count
  }
  return (first, second)
}

/// The result buffer of `concurrentMap`, written by one iteration per slot.
@usableFromInline
package struct ConcurrentSlots<T>: @unchecked Sendable {
  @usableFromInline let buffer: UnsafeMutableBufferPointer<T>
  @inlinable init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// `body` of each part of `0..<count` (`part` at a time, the last shorter) on every core, the
/// parts' results joined in order: for work too small per element to be a task of its own (a
/// list of thousands of rows, a hundred thousand index entries).
@inlinable
package func concurrentMap<T>(
  _ count: Int, inPartsOf part: Int, _ body: @Sendable (Range<Int>) -> [T]
) -> [T] {
  let parts = (count + part - 1) / part
  if parts <= 1 { return body(0..<count) }
  return Array(concurrentMap(parts) { p in body((p * part)..<min(count, (p + 1) * part)) }.joined())
}

/// `first()` and `second()` at once: `second` on a thread of its own, `first` on the calling
/// thread (for two pieces of work that do not depend on each other, such as listing one folder
/// while reading another's files). `first` may itself work on every core (`concurrentMap`):
/// it is called outside any other parallel loop, which libdispatch would run on one thread.
@inlinable
package func concurrentPair<A, B>(
  _ first: () -> A, _ second: @escaping @Sendable () -> B
) -> (A, B) {
  let slot = PairSlot<B>()
  let done = DispatchSemaphore(value: 0)
  DispatchQueue.global().async {
    slot.value = second()
    done.signal()
  }
  let a = first()
  done.wait()
  return (a, slot.value!)
}

/// The result of `concurrentPair`'s second piece of work: written once on its thread, read
/// after the semaphore says it is done.
@usableFromInline
package final class PairSlot<B>: @unchecked Sendable {
  @usableFromInline var value: B?
  @inlinable init() {}
}
