import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `.yaml` files below a folder (`FileSystem.yamlFiles`), in order, kept as bytes in one
/// buffer (issue 32): a hundred thousand archived files cost no `String` unless one is asked
/// for (`self[i]` makes it on each call). A collection of paths, like the `[String]` it stands
/// for.
public final class PathListing: RandomAccessCollection, @unchecked Sendable {
  /// Every path's UTF-8, each followed by a NUL (for the system calls).
  let bytes: [UInt8]
  /// Where each path starts in `bytes`, and its length (without the NUL), in order.
  let spans: [(start: Int, length: Int)]
  /// True when the paths are in byte order (every name ASCII); otherwise they are in
  /// `String`'s order, as `yamlFiles` always gave them.
  public let byteOrdered: Bool

  init(bytes: [UInt8], spans: [(start: Int, length: Int)], byteOrdered: Bool) {
    self.bytes = bytes
    self.spans = spans
    self.byteOrdered = byteOrdered
  }

  /// Paths already in order (`String`'s).
  public convenience init(_ paths: [String]) {
    var bytes: [UInt8] = []
    var spans: [(start: Int, length: Int)] = []
    spans.reserveCapacity(paths.count)
    var ascii = true
    for var path in paths {
      let start = bytes.count
      path.withUTF8 { u in
        bytes.append(contentsOf: u)
        if ascii && u.contains(where: { $0 >= 0x80 }) { ascii = false }
      }
      spans.append((start, bytes.count - start))
      bytes.append(0)
    }
    self.init(bytes: bytes, spans: spans, byteOrdered: ascii)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { spans.count }

  /// The path at `i`, made as a `String` on each call.
  public subscript(i: Int) -> String {
    withPath(i) { String(decoding: $0, as: UTF8.self) }
  }

  /// The UTF-8 of the path at `i` (followed in memory by a NUL).
  func withPath<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let s = spans[i]
    return bytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[s.start..<(s.start + s.length)]))
    }
  }

  /// Where `path` (these very bytes) is listed: by binary search in byte order, else by a
  /// walk over the listing; nil when it is not.
  public func index(of path: String) -> Int? {
    var key = path
    return key.withUTF8 { k -> Int? in
      func compare(_ i: Int) -> Int {
        withPath(i) { p in
          let n = Swift.min(p.count, k.count)
          let d = n == 0 ? 0 : Int(memcmp(p.baseAddress!, k.baseAddress!, n))
          return d != 0 ? d : p.count - k.count
        }
      }
      guard byteOrdered else { return indices.first { compare($0) == 0 } }
      var lo = 0
      var hi = spans.count
      while lo < hi {
        let mid = (lo + hi) / 2
        let c = compare(mid)
        if c == 0 { return mid }
        if c < 0 { lo = mid + 1 } else { hi = mid }
      }
      return nil
    }
  }
}

extension FileSystem {
  /// `yamlFiles(under:)` as a `PathListing`, and with `stamped`, each file's stamp (as
  /// `WorkspaceIndex.Stamp.of`, nil for a file that cannot be stat'ed).
  static func listing(
    under folder: String, stamped: Bool
  )
    -> (PathListing, [WorkspaceIndex.Stamp?]?)
  {
    guard stamped else {
      var info = stat()
      guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
        return (PathListing(bytes: [], spans: [], byteOrdered: true), nil)
      }
      var found = FoundPaths(skip: folder.utf8.count + 1)
      collectYAMLFiles(in: folder, into: &found)
      let order = found.order()
      return (
        PathListing(
          bytes: found.bytes, spans: order.map { found.spans[$0] }, byteOrdered: !found.nonASCII),
        nil
      )
    }
    let listed = stampedListing(under: folder, cache: nil)
    return (listed.paths, listed.stamps)
  }

  /// The files below a folder, stamped (`stampedListing`).
  struct StampedListing {
    var paths: PathListing
    /// Each file's stamp (nil: it cannot be stat'ed).
    var stamps: [WorkspaceIndex.Stamp?]
    /// True when the names came from the listing cache, not from reading the folders.
    var fromCache = false
    /// The listing made by reading the folders, when it may be kept (`ListingCache`: every
    /// folder steady, no link); nil when the names came from the cache or may not be kept.
    var made: ListingCache?
  }

  /// `listing(under:stamped: true)`, with the names taken from `cache` when it holds for the
  /// folders as they are now (`ListingCache.holds`), else by reading the folders (and then
  /// `made`, to be kept when it may). Either way every file is stat'ed, on every core.
  static func stampedListing(
    under folder: String, cache: ListingCache?, margin: Int64 = ListingCache.steadyMargin
  ) -> StampedListing {
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      return StampedListing(paths: PathListing(bytes: [], spans: [], byteOrdered: true), stamps: [])
    }
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    // Each path starts with `folder` and a slash.
    let prefix = folder.utf8.count + 1
    if let cache, cache.holds(for: folder, margin: margin) {
      let paths = cache.paths
      return StampedListing(
        paths: paths, stamps: stamps(of: paths, folder: fd, prefix: Array((folder + "/").utf8)),
        fromCache: true)
    }
    let takenAt = ListingCache.now()
    var found = FoundPaths(skip: prefix)
    found.folders = []
    // The files are stat'ed in batches, on the other cores, while this thread reads on in
    // the folder (reading a folder of a hundred thousand names is itself tens of
    // milliseconds of system time); then, while the last batches are stat'ed, it puts the
    // names in order.
    let descriptor = fd
    let raw = BatchStamps()
    let group = DispatchGroup()
    found.batch = 2048
    found.onBatch = { numbers, bytes, spans in
      DispatchQueue.global().async(group: group) {
        var stamps = [WorkspaceIndex.Stamp?](repeating: nil, count: spans.count)
        bytes.withUnsafeBufferPointer { all in
          let base = UnsafeRawPointer(all.baseAddress!).assumingMemoryBound(to: CChar.self)
          for (k, s) in spans.enumerated() {
            stamps[k] = WorkspaceIndex.Stamp.of(
              base + s.start, length: s.length, folder: descriptor, prefix: prefix)
          }
        }
        raw.put(numbers.lowerBound, stamps)
      }
    }
    collectYAMLFiles(in: folder, into: &found)
    found.flushBatch()
    found.onBatch = nil
    let bytes = found.bytes
    let spans = found.spans
    let order = spans.isEmpty ? [] : found.order()
    group.wait()
    let byNumber = raw.inOrder(count: spans.count)
    let paths = PathListing(
      bytes: bytes, spans: order.map { spans[$0] }, byteOrdered: !found.nonASCII)
    var made: ListingCache?
    if !found.hasLinks, let folders = found.folders {
      let kept = ListingCache(root: folder, takenAt: takenAt, folders: folders, paths: paths)
      if kept.isSteady(margin: margin) { made = kept }
    }
    return StampedListing(paths: paths, stamps: order.map { byNumber[$0] }, made: made)
  }

  /// The stamps of `paths` (`Stamp.of`: a file directly in the folder open as `fd`, whose path
  /// starts with `prefix` (the folder and a slash), by its name in it; any other by its path),
  /// shared by every core in a few large parts.
  static func stamps(
    of paths: PathListing, folder fd: Int32, prefix: [UInt8]
  ) -> [WorkspaceIndex.Stamp?] {
    let count = paths.count
    guard count > 0 else { return [] }
    let parts = Swift.min(count, 4 * Swift.max(1, ProcessInfo.processInfo.activeProcessorCount))
    let length = prefix.count
    return [WorkspaceIndex.Stamp?](unsafeUninitializedCapacity: count) { buffer, initialized in
      let out = StampSlots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        paths.bytes.withUnsafeBufferPointer { all in
          let base = UnsafeRawPointer(all.baseAddress!).assumingMemoryBound(to: CChar.self)
          for i in (part * count / parts)..<((part + 1) * count / parts) {
            let s = paths.spans[i]
            let inFolder = s.length > length && memcmp(base + s.start, prefix, length) == 0
            (out.buffer.baseAddress! + i).initialize(
              to: WorkspaceIndex.Stamp.of(
                base + s.start, length: s.length, folder: fd, prefix: inFolder ? length : 0))
          }
        }
      }
      initialized = count
    }
  }

  /// The result of `stamps(of:folder:prefix:)`, written by one part per slot.
  private struct StampSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<WorkspaceIndex.Stamp?>
  }
}

/// Stamps written by the stat batches, each its own list, read once they are all done.
private final class BatchStamps: @unchecked Sendable {
  private let lock = NSLock()
  private var batches: [(first: Int, stamps: [WorkspaceIndex.Stamp?])] = []

  /// The stamps of the batch whose first path is number `first`.
  func put(_ first: Int, _ stamps: [WorkspaceIndex.Stamp?]) {
    lock.lock()
    batches.append((first, stamps))
    lock.unlock()
  }

  /// Every path's stamp, by its number (the batches cover `0..<count` without overlap).
  func inOrder(count: Int) -> [WorkspaceIndex.Stamp?] {
    lock.lock()
    defer { lock.unlock() }
    var all = [WorkspaceIndex.Stamp?](repeating: nil, count: count)
    for batch in batches {
      for (k, stamp) in batch.stamps.enumerated() { all[batch.first + k] = stamp }
    }
    return all
  }
}
