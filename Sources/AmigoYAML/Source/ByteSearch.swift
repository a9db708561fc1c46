/// Searching bytes for bytes. The standard library's generic `firstRange(of:)` looks up type
/// metadata on every call (it cost `validate` about a fifth of its time with 2 000 activity
/// files): every byte search in amigo goes through this plain scan instead.
public enum ByteSearch {
  /// Where `needle` first starts in `bytes` at or after `from`; nil when it does not occur
  /// there (or `needle` is empty).
  public static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
    let m = needle.count
    let last = bytes.count - m
    guard m > 0, from >= 0, from <= last else { return nil }
    return bytes.withUnsafeBufferPointer { b in
      needle.withUnsafeBufferPointer { k in
        let first = k[0]
        var i = from
        while i <= last {
          if b[i] == first {
            var j = 1
            while j < m && b[i + j] == k[j] { j += 1 }
            if j == m { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }

  /// True when `needle` occurs in `bytes`.
  public static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
    firstIndex(of: needle, in: bytes) != nil
  }
}
