import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension GitIndex {
  /// The index's entries below the trajectory folder against amigo's listing of it (issue 32),
  /// merged as bytes in one pass over both sorted lists. Paths relative to the workspace.
  public struct Comparison: Sendable {
    /// Entries git must look at again: the stat amigo made differs from the one git recorded
    /// (in any field both have: size, modification and change time to the nanosecond, inode),
    /// the entry is racy (modified in the second git wrote the index, or later), smudged
    /// (size 0), a symbolic link, or its file is not in the listing (deleted, or not a file
    /// amigo lists).
    public var stale: [String] = []
    /// Files listed that the index does not hold: untracked, ignored or not.
    public var untracked: [String] = []
  }

  /// Compares with `listing` (the trajectory folder's files and their stamps, made by
  /// `Loader.listIndexed`) of the workspace at `root`. Nil when a listed path does not lie
  /// below `root`.
  public func compare(with listing: IndexedListing, root: String) -> Comparison? {
    compare(entries, listing.paths, listing.stamps, root: root)
  }

  /// Compares the other files and folders asked for (`read`'s `others`: `amigo.yaml`, the
  /// activity folder) with the files amigo lists there (`paths`, each below `root`), stat'ed
  /// now, as `compare(with:root:)` does the trajectory folder. Nil as it gives nil.
  public func compareOthers(_ paths: [String], root: String) -> Comparison? {
    let listing = PathListing(paths.sorted { a, b in a.utf8.lexicographicallyPrecedes(b.utf8) })
    let stamps = FileSystem.stamps(of: listing, folder: -1, prefix: [])
    return compare(otherEntries, listing, stamps, root: root)
  }

  /// `entries` against `paths` and their `stamps`.
  func compare(
    _ entries: [Entry], _ paths: PathListing, _ stamps: [WorkspaceIndex.Stamp?], root: String
  ) -> Comparison? {
    guard stamps.count == paths.count else { return nil }
    let skip = root.utf8.count + 1
    var result = Comparison()
    // The listing in byte order (it is already, unless a name is not ASCII).
    var order = Array(paths.indices)
    if !paths.byteOrdered {
      order.sort { a, b in
        paths.withPath(a) { x in paths.withPath(b) { y in GitIndex.less(x, y) } }
      }
    }
    let rootBytes = Array((root + "/").utf8)
    for i in order {
      let under = paths.withPath(i) { GitIndex.starts($0, with: rootBytes) }
      if !under { return nil }
    }
    var j = 0
    func stale(_ e: Entry) {
      result.stale.append(String(decoding: names[e.start..<(e.start + e.length)], as: UTF8.self))
    }
    names.withUnsafeBufferPointer { n in
      for i in order {
        paths.withPath(i) { full in
          let path = UnsafeBufferPointer(rebasing: full[skip...])
          while j < entries.count {
            let e = entries[j]
            let c = GitIndex.order(
              UnsafeBufferPointer(rebasing: n[e.start..<(e.start + e.length)]), path)
            if c < 0 {
              // Tracked, not listed: deleted, or not a file amigo lists. Those that cannot be
              // a trajectory file (not `.yaml`, or hidden) git need not look at.
              if GitIndex.mayList(UnsafeBufferPointer(rebasing: n[e.start..<(e.start + e.length)]))
              {
                stale(e)
              }
              j += 1
            } else if c == 0 {
              if !clean(e, stamps[i]) { stale(e) }
              j += 1
              return
            } else {
              break
            }
          }
          result.untracked.append(String(decoding: path, as: UTF8.self))
        }
      }
    }
    while j < entries.count {
      let e = entries[j]
      if names.withUnsafeBufferPointer({
        GitIndex.mayList(UnsafeBufferPointer(rebasing: $0[e.start..<(e.start + e.length)]))
      }) {
        stale(e)
      }
      j += 1
    }
    return result
  }

  /// True when git, looking at the file with stamp `stamp`, would find entry `e` unchanged
  /// without reading it, and would be right to (at least as strict as git: every field both
  /// stats hold, nanoseconds included, whatever `core.trustctime` or `core.checkStat` say).
  func clean(_ e: Entry, _ stamp: WorkspaceIndex.Stamp?) -> Bool {
    guard let stamp, e.mode & 0o170000 == 0o100000, e.size != 0,
      Int64(e.mtimeSeconds) < seconds
    else { return false }
    func split(_ t: Int64) -> (UInt32, UInt32) {
      let s = t >= 0 ? t / 1_000_000_000 : (t - 999_999_999) / 1_000_000_000
      return (UInt32(truncatingIfNeeded: s), UInt32(truncatingIfNeeded: t - s * 1_000_000_000))
    }
    let (ms, mn) = split(stamp.mtime)
    let (cs, cn) = split(stamp.ctime)
    return ms == e.mtimeSeconds && mn == e.mtimeNanoseconds && cs == e.ctimeSeconds
      && cn == e.ctimeNanoseconds && UInt32(truncatingIfNeeded: stamp.size) == e.size
      && UInt32(truncatingIfNeeded: stamp.inode) == e.inode
  }

  /// True when `path` names a `.yaml` file whose name does not start with a dot: a file
  /// `validate --changed` may check (one in a hidden folder too, as git's commands gave it).
  static func mayList(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
    let suffix = Array(".yaml".utf8)
    guard path.count > suffix.count,
      Array(path[(path.count - suffix.count)...]) == suffix
    else { return false }
    let slash = path.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
    return path[slash] != 0x2E
  }

  /// The byte order of two paths (git's order of index entries).
  static func order(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    let d = n == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, n))
    return d != 0 ? d : a.count - b.count
  }

  static func less(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    order(a, b) < 0
  }
}
