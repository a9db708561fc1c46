import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceIndex.Table {
  /// For each listed path, the slot of its fresh entry (as `WorkspaceIndex.freshSlot`), or -1:
  /// one pass with the table's bytes held, names from `offset` on in each path's UTF-8. A
  /// listing in byte order meets the entries in the table's order: each name is compared with
  /// the entry after the last one found first (one comparison for an unchanged folder), and
  /// searched for among the later entries only when that is not it.
  func freshSlots(
    _ paths: PathListing, from offset: Int, _ stamps: [WorkspaceIndex.Stamp?],
    isRacy: (WorkspaceIndex.Stamp) -> Bool
  ) -> [Int] {
    var out = [Int](repeating: -1, count: paths.count)
    var next = 0
    slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { all in
        paths.bytes.withUnsafeBufferPointer { listed in
          for i in paths.indices {
            let span = paths.spans[i]
            guard span.length >= offset else { continue }
            let key = UnsafeBufferPointer(
              rebasing: listed[(span.start + offset)..<(span.start + span.length)])
            var lo = paths.byteOrdered ? next : 0
            var hi = slots.count
            var found = -1
            if lo < hi,
              Self.compare(all, slots[lo].nameStart, slots[lo].nameLength, key) == 0
            {
              found = lo
            } else {
              while lo < hi {
                let mid = (lo + hi) / 2
                let c = Self.compare(all, slots[mid].nameStart, slots[mid].nameLength, key)
                if c == 0 {
                  found = mid
                  break
                }
                if c < 0 { lo = mid + 1 } else { hi = mid }
              }
            }
            // In byte order, later names lie after this one (found or not) in the table.
            next = found >= 0 ? found + 1 : lo
            guard found >= 0, let stamp = stamps[i] else { continue }
            if slots[found].stamp == stamp, !isRacy(stamp) { out[i] = found }
          }
        }
      }
    }
    return out
  }
}
