import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What git's index file (`.git/index`, format versions 2, 3 and 4; gitformat-index) says of
/// the files below one folder (issue 32): each entry's path and the stat data git recorded, so
/// that `validate --changed` can tell which tracked files git would have to look at again
/// without stat'ing them a second time (amigo's own listing stat'ed them already).
///
/// Read only when amigo understands all of it: anything else (another version, a split or
/// sparse index, an extension git requires readers to know, a conflict, a submodule,
/// skip-worktree, intent-to-add or assume-unchanged entries in the workspace) gives nil, and
/// the caller asks git as before.
public struct GitIndex: Sendable {
  /// One entry below the folder: its path (relative to the workspace) in `names`, and the
  /// stat data as git wrote it (32-bit fields).
  struct Entry: Sendable {
    var start: Int
    var length: Int
    var ctimeSeconds: UInt32
    var ctimeNanoseconds: UInt32
    var mtimeSeconds: UInt32
    var mtimeNanoseconds: UInt32
    var inode: UInt32
    var mode: UInt32
    var size: UInt32
  }

  /// The entries' paths, one after another.
  let names: [UInt8]
  /// The entries below the folder, in the index's order (byte order of their paths).
  let entries: [Entry]
  /// The entries of the other files and folders asked for (`read`'s `others`), in order.
  var otherEntries: [Entry] = []
  /// The index file's modification time: an entry modified in that second or later is "racy"
  /// (the file may have changed within the second git stat'ed it).
  let seconds: Int64
  /// The object name (hex) of the tree all entries make, when the index's cache-tree
  /// extension holds a valid one for the top (nil otherwise): the index equals a commit whose
  /// tree this is, so nothing is staged against it.
  public var tree: String?

  /// The entries' count.
  public var count: Int { entries.count }

  /// The path of entry `i`, relative to the workspace.
  func name(_ i: Int) -> String {
    let e = entries[i]
    return String(decoding: names[e.start..<(e.start + e.length)], as: UTF8.self)
  }

  /// Reads the index file at `path`. `workspace`: the workspace's folder relative to the
  /// repository's top (`git rev-parse --show-prefix`: empty or ending in `/`); `folder`: the
  /// folder (relative to the workspace, ending in `/`) whose entries are kept; `hashSize`: the
  /// bytes of an object name (20 for SHA-1, 32 for SHA-256). `others`: further files (a path)
  /// and folders (a path ending in `/`), relative to the workspace, whose entries are kept
  /// apart (`otherEntries`). Nil when the file cannot be read or holds anything amigo does not
  /// understand.
  public static func read(
    _ path: String, workspace: String, folder: String, others: [String] = [], hashSize: Int
  ) -> GitIndex? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(info.st_size)
    guard size >= 12 + hashSize else { return nil }
    #if canImport(Darwin)
      let seconds = Int64(info.st_mtimespec.tv_sec)
    #else
      let seconds = Int64(info.st_mtim.tv_sec)
    #endif
    // Mapped, not copied: a hundred thousand entries are some 10 MB.
    guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
      return nil
    }
    defer { munmap(map, size) }
    let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
    return parse(
      bytes, workspace: Array(workspace.utf8), folder: Array(folder.utf8),
      others: others.map { Array($0.utf8) }, hashSize: hashSize, seconds: seconds)
  }

  /// The entries of an index file's `bytes` (see `read`).
  static func parse(
    _ p: UnsafeBufferPointer<UInt8>, workspace: [UInt8], folder: [UInt8],
    others: [[UInt8]] = [], hashSize: Int, seconds: Int64
  ) -> GitIndex? {
    func u32(_ o: Int) -> UInt32 {
      UInt32(p[o]) << 24 | UInt32(p[o + 1]) << 16 | UInt32(p[o + 2]) << 8 | UInt32(p[o + 3])
    }
    func u16(_ o: Int) -> UInt16 { UInt16(p[o]) << 8 | UInt16(p[o + 1]) }
    // "DIRC", the version, the number of entries.
    guard p[0] == 0x44, p[1] == 0x49, p[2] == 0x52, p[3] == 0x43 else { return nil }
    let version = u32(4)
    guard version >= 2 && version <= 4 else { return nil }
    let count = Int(u32(8))
    let end = p.count - hashSize  // the checksum closes the file
    let scope = workspace + folder
    var names: [UInt8] = []
    var entries: [Entry] = []
    var otherEntries: [Entry] = []
    let otherScopes = others.map { workspace + $0 }
    // Version 4: each path is the previous one's, less some bytes at its end, plus its own.
    var previous: [UInt8] = []
    var tree: String?
    var o = 12
    let fixed = 40 + hashSize  // stat data and the object name
    for _ in 0..<count {
      guard o + fixed + 2 <= end else { return nil }
      let flags = u16(o + fixed)
      var nameStart = o + fixed + 2
      var extended: UInt16 = 0
      if flags & 0x4000 != 0 {
        guard version >= 3, nameStart + 2 <= end else { return nil }
        extended = u16(nameStart)
        nameStart += 2
      }
      // Keeps the entry when it lies in `scope`; false when amigo must leave it to git.
      func take(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard starts(name, with: workspace) else { return true }
        let mode = u32(o + 24)
        // A conflict, an entry git is told not to look at (assume-unchanged, skip-worktree),
        // an intent-to-add one, or a submodule: git decides, as before.
        if flags & 0x3000 != 0 || flags & 0x8000 != 0 || extended != 0
          || mode & 0o170000 == 0o160000
        {
          return false
        }
        let inScope = starts(name, with: scope)
        // Another file asked for (its very path) or a file in another folder asked for.
        let other =
          !inScope
          && otherScopes.contains { o in
            o.last == 0x2F ? starts(name, with: o) : name.count == o.count && starts(name, with: o)
          }
        guard inScope || other else { return true }
        let start = names.count
        let length = name.count - workspace.count
        // In byte order, or the merge with the listing would go wrong.
        if let last = inScope ? entries.last : otherEntries.last {
          guard compare(names, last.start, last.length, name, workspace.count) < 0 else {
            return false
          }
        }
        names.append(contentsOf: UnsafeBufferPointer(rebasing: name[workspace.count...]))
        let entry = Entry(
          start: start, length: length, ctimeSeconds: u32(o), ctimeNanoseconds: u32(o + 4),
          mtimeSeconds: u32(o + 8), mtimeNanoseconds: u32(o + 12), inode: u32(o + 20),
          mode: mode, size: u32(o + 36))
        if inScope { entries.append(entry) } else { otherEntries.append(entry) }
        return true
      }
      var next: Int
      if version == 4 {
        // The number of bytes to drop (git's offset varint), then the rest, NUL-terminated.
        var i = nameStart
        guard i < end else { return nil }
        var c = p[i]
        i += 1
        var drop = Int(c & 127)
        while c & 128 != 0 {
          guard i < end, drop < 1 << 40 else { return nil }
          drop += 1
          c = p[i]
          i += 1
          drop = (drop << 7) + Int(c & 127)
        }
        guard drop <= previous.count,
          let nul = UnsafeBufferPointer(rebasing: p[i..<end]).firstIndex(of: 0)
        else { return nil }
        previous.removeLast(drop)
        previous.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + nul)]))
        next = i + nul + 1
        guard previous.withUnsafeBufferPointer({ take($0) }) else { return nil }
      } else {
        guard let nul = UnsafeBufferPointer(rebasing: p[nameStart..<end]).firstIndex(of: 0)
        else { return nil }
        if flags & 0xFFF != 0xFFF { guard Int(flags & 0xFFF) == nul else { return nil } }
        // Padded with 1 to 8 NULs to a multiple of 8 bytes.
        next = o + ((nameStart - o + nul + 8) & ~7)
        guard next <= end, take(UnsafeBufferPointer(rebasing: p[nameStart..<(nameStart + nul)]))
        else { return nil }
      }
      o = next
    }
    // Extensions: a signature and a size each. Those starting with a capital letter may be
    // ignored; any other (a split index's `link`, a sparse index's `sdir`) may not.
    while o + 8 <= end {
      guard p[o] >= 0x41 && p[o] <= 0x5A else { return nil }
      let length = Int(u32(o + 4))
      guard length <= end - o - 8 else { return nil }
      if p[o] == 0x54, p[o + 1] == 0x52, p[o + 2] == 0x45, p[o + 3] == 0x45 {  // TREE
        tree = topTree(UnsafeBufferPointer(rebasing: p[(o + 8)..<(o + 8 + length)]), hashSize)
      }
      o += 8 + length
    }
    guard o == end else { return nil }
    return GitIndex(
      names: names, entries: entries, otherEntries: otherEntries, seconds: seconds, tree: tree)
  }

  /// The top's tree in a cache-tree extension: its first entry is the top (an empty path),
  /// `ENTRIES SUBTREES\n`, then the tree's object name unless ENTRIES is -1 (invalidated).
  static func topTree(_ t: UnsafeBufferPointer<UInt8>, _ hashSize: Int) -> String? {
    guard t.count > 1, t[0] == 0, let newline = t.firstIndex(of: 0x0A) else { return nil }
    let counts = String(decoding: t[1..<newline], as: UTF8.self).split(separator: " ")
    guard counts.count == 2, let entries = Int(counts[0]), entries >= 0,
      newline + 1 + hashSize <= t.count
    else { return nil }
    let hex: [Character] = Array("0123456789abcdef")
    var out = ""
    for b in t[(newline + 1)..<(newline + 1 + hashSize)] {
      out.append(hex[Int(b >> 4)])
      out.append(hex[Int(b & 15)])
    }
    return out
  }

  static func starts(_ name: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
    guard name.count >= prefix.count else { return false }
    for i in prefix.indices where name[i] != prefix[i] { return false }
    return true
  }

  /// `names[start..<start+length]` against `name[from...]`, by bytes.
  static func compare(
    _ names: [UInt8], _ start: Int, _ length: Int, _ name: UnsafeBufferPointer<UInt8>,
    _ from: Int
  ) -> Int {
    let other = name.count - from
    let n = min(length, other)
    let d = names.withUnsafeBufferPointer { a in
      n == 0 ? 0 : Int(memcmp(a.baseAddress! + start, name.baseAddress! + from, n))
    }
    return d != 0 ? d : length - other
  }
}
