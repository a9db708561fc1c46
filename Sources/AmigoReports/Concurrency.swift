import Dispatch

/// `body(i)` for every `i` in `0..<count`, on all cores, in order: each iteration initializes
/// its own slot of the result, so nothing is locked or copied. The same as AmigoStore's (which
/// stays internal there); reports use it for parts that do not depend on each other (a week
/// report's workers), joined in order, so the output is the same as one core's.
func concurrentMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  // One part (or none) is not worth a thread.
  if count <= 1 { return (0..<count).map(body) }
  return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
    let slots = ResultSlots(buffer: buffer)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      (slots.buffer.baseAddress! + i).initialize(to: body(i))
    }
    initialized = count
  }
}

/// The result buffer of `concurrentMap`, written by one iteration per slot.
private struct ResultSlots<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T>
}
