import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The trajectory folder's listing as it was last read, with the stamp of every folder read
/// for it (issue 32): while none of those folders has changed, the names are taken from here
/// instead of reading the folders again (a hundred thousand names cost tens of milliseconds of
/// system time and a sort), as git's untracked cache does. Every file is still stat'ed, as
/// always: the listing says which files there are, their stamps whether they changed.
///
/// Adding, removing or renaming a name in a folder changes that folder's modification and
/// change time (POSIX); a folder removed and made again has another inode. A listing is kept
/// only when every folder in it was last changed well before the listing began
/// (`steadyMargin`): a folder changed in the same tick as it was read could change again
/// without its stamp changing (git's racy rule, for folders). A listing with a symbolic link
/// to a `.yaml` name is not kept: whether the link is listed depends on what it leads to,
/// which can change without any folder changing.
///
/// `.amigo/cache/listing` (next to the index, 0600, purged with it), binary, little-endian:
///
///     header (32 bytes): "amigolst" · format u32 · name count u32 · body length u64 ·
///                        checksum u64 (of the body, `WorkspaceIndex.checksum`)
///     body:   listed folder (string) · taken at (i64, ns since 1970) · flags (u8: 1 = a name
///             is not ASCII) · folder count (u32) · each folder: its path below the listed
///             folder (string, empty for itself) · size, mtime ns, ctime ns (i64) · inode (u64) ·
///             each name, in the listing's order: its path below the listed folder (string)
///
/// A file that does not decode, or whose names are not plain relative `.yaml` paths, is not
/// used (the folder is read, and the file made anew).
struct ListingCache: Equatable {
  static let fileName = "listing"
  static let magic = Array("amigolst".utf8)
  static let formatVersion: Int32 = 1
  static let headerSize = CacheFrame.headerSize
  /// How long before the listing began every folder must have last changed for the listing to
  /// be kept: well above any file system's timestamp granularity (two seconds on FAT).
  static let steadyMargin: Int64 = 3_000_000_000

  struct Folder: Equatable {
    /// The folder's path below the listed folder; empty for the listed folder itself.
    var path: String
    var stamp: WorkspaceIndex.Stamp
  }

  /// The listed folder's path, as given to the listing.
  var root: String
  /// When the listing began (before any folder was stat'ed), ns since 1970.
  var takenAt: Int64
  var folders: [Folder]
  /// The paths, each `root`, a slash and the name below it, in the listing's order
  /// (`PathListing.byteOrdered` false when a name is not ASCII).
  var paths: PathListing

  /// The bytes before each name in `paths`: the root and a slash.
  var skip: Int { root.utf8.count + 1 }

  init(root: String, takenAt: Int64, folders: [Folder], paths: PathListing) {
    self.root = root
    self.takenAt = takenAt
    self.folders = folders
    self.paths = paths
  }

  static func == (a: ListingCache, b: ListingCache) -> Bool {
    a.root == b.root && a.takenAt == b.takenAt && a.folders == b.folders
      && a.paths.byteOrdered == b.paths.byteOrdered && a.paths.elementsEqual(b.paths)
  }

  static func path(in workspace: Workspace) -> String {
    workspace.root + "/" + WorkspaceIndex.folder + "/" + fileName
  }

  /// The time now, ns since 1970 (the clock file times are taken from).
  static func now() -> Int64 {
    var t = timespec()
    clock_gettime(CLOCK_REALTIME, &t)
    return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
  }

  /// True when every folder last changed at least `margin` before the listing began.
  func isSteady(margin: Int64 = ListingCache.steadyMargin) -> Bool {
    folders.allSatisfy {
      $0.stamp.mtime <= takenAt - margin && $0.stamp.ctime <= takenAt - margin
    }
  }

  /// True when this listing may stand for reading `root` now: it was steady, and every folder
  /// in it has the stamp it had (`stamp(path)`: the folder's stamp now, nil when it is gone).
  func holds(
    for root: String, margin: Int64 = ListingCache.steadyMargin,
    stamp: (String) -> WorkspaceIndex.Stamp? = { WorkspaceIndex.Stamp.of($0) }
  ) -> Bool {
    guard root == self.root, isSteady(margin: margin) else { return false }
    return folders.allSatisfy { f in
      stamp(f.path.isEmpty ? root : root + "/" + f.path) == f.stamp
    }
  }

  /// The file's bytes.
  func serialized() -> [UInt8] {
    let skip = self.skip
    var w = ByteWriter()
    w.bytes.reserveCapacity(64 + paths.bytes.count)
    w.string(root)
    w.int64(takenAt)
    w.bytes.append(paths.byteOrdered ? 0 : 1)
    w.int32(Int32(truncatingIfNeeded: folders.count))
    for f in folders {
      w.string(f.path)
      w.stamp(f.stamp)
    }
    for i in paths.indices {
      paths.withPath(i) { p in
        w.int32(Int32(truncatingIfNeeded: p.count - skip))
        w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[skip...]))
      }
    }
    return CacheFrame.framed(
      w.bytes, magic: ListingCache.magic, format: ListingCache.formatVersion, count: paths.count)
  }

  /// The listing in the file at `path`; nil when there is none or it does not decode.
  static func read(_ path: String) -> ListingCache? {
    guard WorkspaceIndex.cacheFileStamp(path) != nil, let bytes = try? FileSystem.read(path) else {
      return nil
    }
    return parse(bytes)
  }

  static func parse(_ bytes: [UInt8]) -> ListingCache? {
    guard let count = CacheFrame.count(bytes, magic: magic, format: formatVersion) else {
      return nil
    }
    return bytes.withUnsafeBufferPointer { all -> ListingCache? in
      var r = ByteReader(all, at: headerSize)
      guard let root = r.string(), let takenAt = r.int64(), let flags = r.byte(), flags <= 1,
        let folderCount = r.int32(), folderCount >= 1
      else { return nil }
      var folders: [Folder] = []
      for _ in 0..<Int(folderCount) {
        guard let path = r.string(), path.isEmpty == folders.isEmpty, isPlain(path),
          let stamp = r.stamp()
        else { return nil }
        folders.append(Folder(path: path, stamp: stamp))
      }
      // Each name takes at least five bytes (its length and one byte): a count that says more
      // is not believed (nor allocated for).
      guard Int(count) <= (all.count - r.at) / 5 else { return nil }
      // The paths made at once as a listing makes them: the root, a slash, the name, a NUL.
      let prefix = Array(root.utf8) + [0x2F]
      let capacity = all.count - r.at + Int(count) * prefix.count
      var spans: [(start: Int, length: Int)] = []
      spans.reserveCapacity(Int(count))
      var ok = true
      let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, made in
        var at = 0
        for _ in 0..<Int(count) {
          guard let n = r.int32(), n > 0, r.at + Int(n) <= all.count else {
            ok = false
            break
          }
          let name = UnsafeBufferPointer(rebasing: all[r.at..<(r.at + Int(n))])
          guard isPlain(name), isYAML(name), at + prefix.count + name.count < capacity else {
            ok = false
            break
          }
          r.at += Int(n)
          let start = at
          prefix.withUnsafeBytes {
            UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(
              from: $0.baseAddress!, byteCount: $0.count)
          }
          at += prefix.count
          UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(
            from: name.baseAddress!, byteCount: name.count)
          at += name.count
          spans.append((start, at - start))
          out[at] = 0
          at += 1
        }
        made = at
      }
      guard ok, r.atEnd else { return nil }
      return ListingCache(
        root: root, takenAt: takenAt, folders: folders,
        paths: PathListing(bytes: bytes, spans: spans, byteOrdered: flags == 0))
    }
  }

  /// True for a path below the listed folder as a listing makes it: no NUL, not absolute, no
  /// empty, hidden, `.` or `..` part. (A file that names anything else was not made by amigo.)
  /// By `memchr` (a hundred thousand names are checked on each read).
  static func isPlain(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = path.baseAddress, !path.isEmpty else { return true }
    if memchr(base, 0, path.count) != nil { return false }
    var part = base
    var left = path.count
    while true {
      // Each part: not empty, not hidden (nor `.` or `..`).
      if left == 0 || part.pointee == 0x2F || part.pointee == 0x2E { return false }
      guard let slash = memchr(part, 0x2F, left) else { return true }
      let taken = UnsafePointer<UInt8>(slash.assumingMemoryBound(to: UInt8.self)) - part + 1
      part += taken
      left -= taken
    }
  }

  static func isPlain(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { isPlain($0) }
  }

  /// True when `name` ends in `.yaml` after at least one byte.
  static func isYAML(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
    name.count > 5 && memcmp(name.baseAddress! + name.count - 5, ".yaml", 5) == 0
  }
}
