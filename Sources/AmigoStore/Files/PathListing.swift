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
    for path in paths {
      let start = bytes.count
      bytes.append(contentsOf: path.utf8)
      spans.append((start, bytes.count - start))
      bytes.append(0)
      if path.utf8.contains(where: { $0 >= 0x80 }) { ascii = false }
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
  /// `WorkspaceIndex.Stamp.of`, nil for a file that cannot be stat'ed). The files are stat'ed in
  /// the order the folder lists them, on every core, while this thread puts the names in
  /// order; a file directly in `folder` by its name relative to the open folder (`fstatat`: no
  /// walk of the whole path), any other by its path.
  static func listing(
    under folder: String, stamped: Bool
  )
    -> (PathListing, [WorkspaceIndex.Stamp?]?)
  {
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      return (PathListing(bytes: [], spans: [], byteOrdered: true), stamped ? [] : nil)
    }
    var found = FoundPaths(skip: folder.utf8.count + 1)
    collectYAMLFiles(in: folder, into: &found)
    let bytes = found.bytes
    let spans = found.spans
    guard stamped else {
      let order = found.order()
      return (
        PathListing(bytes: bytes, spans: order.map { spans[$0] }, byteOrdered: !found.nonASCII),
        nil
      )
    }
    let count = spans.count
    let raw = StampStore(count: count)
    guard count > 0 else { return (PathListing(bytes: [], spans: [], byteOrdered: true), []) }
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      defer { if fd >= 0 { close(fd) } }
      // Each path starts with `folder` and a slash (`FoundPaths.append`).
      let prefix = folder.utf8.count + 1
      let parts = min(count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
      bytes.withUnsafeBufferPointer { all in
        let base = PathBytes(
          start: UnsafeRawPointer(all.baseAddress!).assumingMemoryBound(to: CChar.self))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
          for i in (part * count / parts)..<((part + 1) * count / parts) {
            let s = spans[i]
            let path = base.start + s.start
            var info = stat()
            let ok: Bool
            if fd >= 0, memchr(path + prefix, 0x2F, s.length - prefix) == nil {
              ok = fstatat(fd, path + prefix, &info, 0) == 0
            } else {
              ok = stat(path, &info) == 0
            }
            raw.set(i, ok ? WorkspaceIndex.Stamp(info) : nil)
          }
        }
      }
    }
    let order = found.order()
    group.wait()
    let stamps = order.map { raw.get($0) }
    return (
      PathListing(bytes: bytes, spans: order.map { spans[$0] }, byteOrdered: !found.nonASCII),
      stamps
    )
  }
}

/// The listing's bytes, read by every stat part (none writes them).
private struct PathBytes: @unchecked Sendable {
  let start: UnsafePointer<CChar>
}

/// Stamps written by the stat parts, one slot each, read once they are all done.
private final class StampStore: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<WorkspaceIndex.Stamp?>

  init(count: Int) {
    buffer = .allocate(capacity: max(count, 1))
    buffer.initialize(repeating: nil)
  }

  deinit { buffer.deallocate() }

  func set(_ i: Int, _ stamp: WorkspaceIndex.Stamp?) { buffer[i] = stamp }
  func get(_ i: Int) -> WorkspaceIndex.Stamp? { buffer[i] }
}
