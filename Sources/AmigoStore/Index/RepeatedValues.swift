/// The values that occur more than once in `values` (a hash table of the values themselves,
/// open addressing: the values are hashes already, spread over all 64 bits). For a hundred
/// thousand ids' hashes, a fraction of sorting them.
func repeatedValues(_ values: [UInt64]) -> Set<UInt64> {
  var repeated = Set<UInt64>()
  guard values.count > 1 else { return repeated }
  var size = 16
  while size < 2 * values.count { size <<= 1 }
  let mask = size - 1
  // 0 marks an empty place; the value 0 itself is counted apart.
  var places = [UInt64](repeating: 0, count: size)
  var zeros = 0
  places.withUnsafeMutableBufferPointer { places in
    for v in values {
      if v == 0 {
        zeros += 1
        continue
      }
      // The high bits: the low ones of some hashes follow a pattern.
      var at = Int(truncatingIfNeeded: v &>> 40) & mask
      while true {
        let there = places[at]
        if there == 0 {
          places[at] = v
          break
        }
        if there == v {
          repeated.insert(v)
          break
        }
        at = (at &+ 1) & mask
      }
    }
  }
  if zeros > 1 { repeated.insert(0) }
  return repeated
}
