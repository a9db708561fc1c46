import AmigoSchema
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The index file, binary (format 4): read with one `read` and decoded without a text parse.
/// Integers little-endian; a string is its UTF-8 length (u32) and bytes; a date is its day
/// number (i32, `Int32.min` for none).
///
///     header (32 bytes): "amigoidx" · format u32 · entry count u32 · body length u64 ·
///                        checksum u64 (of the body)
///     body:   amigo version (string) · config hash (string) · entries, in byte order of
///             their names (strictly increasing: checked on reading):
///             name · size i64 · mtime ns i64 · ctime ns i64 · inode u64 ·
///             id · status · label · school · worker · programme · family (strings) ·
///             further workers (u16 count, strings) · start · last held · first date ·
///             last date · referral · closure · checked on (dates) · planned weeks · week on
///             the day checked (i32, `Int32.min` for none) · flags (u8: 1 = clean) ·
///             the week report's inputs (u32 length and bytes, `WorkspaceIndex.WeekFacts`;
///             length 0: none, the file is read)
///
/// A file that is shorter or longer than its header says, has another magic, format, count,
/// checksum, amigo version or config hash, or an entry that does not decode, is not used (and
/// is rebuilt).
extension WorkspaceIndex {
  public static func path(in workspace: Workspace) -> String {
    workspace.root + "/" + folder + "/" + fileName
  }

  static let magic = Array("amigoidx".utf8)
  static let headerSize = CacheFrame.headerSize

  /// Reads the index of `workspace` made with `key`; nil when there is none or it cannot be
  /// used (stale, truncated, garbled).
  public static func read(_ workspace: Workspace, key: Key) -> WorkspaceIndex? {
    let path = path(in: workspace)
    guard let stamp = cacheFileStamp(path), let bytes = try? FileSystem.read(path) else {
      return nil
    }
    guard var index = parse(bytes, key: key) else { return nil }
    index.writtenAt = stamp.mtime
    return index
  }

  /// The stamp of a cache file amigo may trust: a regular file (not a link to one elsewhere,
  /// which is removed, so that the next write puts a file of amigo's own in its place), readable
  /// by its owner only (narrowed to 0600 when it is not). Nil when there is none to read.
  static func cacheFileStamp(_ path: String) -> Stamp? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      if (info.st_mode & S_IFMT) == S_IFLNK { unlink(path) }
      return nil
    }
    if info.st_mode & 0o077 != 0 { chmod(path, 0o600) }
    return Stamp(info)
  }

  /// One record of the file: an entry to encode, or one to copy unchanged from a table.
  enum Record: Sendable {
    case entry(Entry)
    case copy(Table, Int)

    /// The record's name as UTF-8, for ordering.
    func withName<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      switch self {
      case .entry(let e):
        var name = e.name
        return name.withUTF8(body)
      case .copy(let table, let slot):
        let s = table.slots[slot]
        return table.bytes.withUnsafeBufferPointer {
          body(UnsafeBufferPointer(rebasing: $0[s.nameStart..<(s.nameStart + s.nameLength)]))
        }
      }
    }

    /// True when `self`'s name comes before `other`'s in byte order.
    func precedes(_ other: Record) -> Bool {
      withName { a in
        other.withName { b in
          let n = min(a.count, b.count)
          let c = n == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, n)
          return c != 0 ? c < 0 : a.count < b.count
        }
      }
    }
  }

  /// The file's bytes.
  public func serialized() -> [UInt8] {
    if let table {
      return WorkspaceIndex.serialized(key, table.slots.indices.map { .copy(table, $0) })
    }
    return WorkspaceIndex.serialized(key, own.values.map { .entry($0) })
  }

  /// Records per part of `serialized`.
  static let recordsPart = 2048

  /// The file's bytes for `records` (put in name order here; one record a name).
  static func serialized(_ key: Key, _ records: [Record]) -> [UInt8] {
    var records = records
    // Mostly in order already (paths come sorted): the sort then costs one pass.
    if !zip(records, records.dropFirst()).allSatisfy({ $0.precedes($1) }) {
      records.sort { $0.precedes($1) }
    }
    var w = ByteWriter()
    w.string(key.amigoVersion)
    w.string(key.configHash)
    // The records in parts on every core (a first run encodes ten thousand entries), joined in
    // order: the same bytes as one pass.
    let ordered = records
    let parts = concurrentMap(records.count, inPartsOf: recordsPart) { range -> [[UInt8]] in
      var part = ByteWriter()
      part.bytes.reserveCapacity(range.count * 160)
      for record in ordered[range] {
        switch record {
        case .copy(let table, let slot):
          let s = table.slots[slot]
          part.bytes.append(contentsOf: table.bytes[s.recordStart..<s.recordEnd])
        case .entry(let e):
          encode(e, into: &part)
        }
      }
      return [part.bytes]
    }
    w.bytes.reserveCapacity(w.bytes.count + parts.reduce(0) { $0 + $1.count })
    for part in parts { w.bytes.append(contentsOf: part) }
    return CacheFrame.framed(
      w.bytes, magic: magic, format: Int32(formatVersion), count: records.count)
  }

  static func encode(_ e: Entry, into w: inout ByteWriter) {
    let s = e.summary
    w.string(e.name)
    w.stamp(e.stamp)
    // One call a field (no array of them per entry: this runs for every file read).
    w.string(s.id)
    w.string(s.status)
    w.string(s.label)
    w.string(s.school)
    w.string(s.worker)
    w.string(s.programme)
    w.string(s.family)
    w.strings(s.workers)
    w.date(s.start)
    w.date(s.lastHeld)
    w.date(s.firstDate)
    w.date(s.lastDate)
    w.date(s.referral)
    w.date(s.closure)
    w.date(s.checkedOn)
    w.optionalInt32(s.plannedWeeks)
    w.optionalInt32(s.weekOnCheck)
    w.bytes.append(s.clean ? 1 : 0)
    w.int32(Int32(truncatingIfNeeded: e.week.count))
    w.bytes.append(contentsOf: e.week)
  }

  /// Checks the header and the key and reads the entries into a table (no entry decoded).
  /// The index of `workspace` made by amigo `version`, whatever the config's hash (for what
  /// does not depend on the config: the children's labels); nil as `read(_:key:)`.
  public static func read(_ workspace: Workspace, version: String) -> WorkspaceIndex? {
    let path = path(in: workspace)
    guard let stamp = cacheFileStamp(path), let bytes = try? FileSystem.read(path),
      var index = parse(bytes, key: Key(amigoVersion: version, configHash: ""), anyConfig: true)
    else { return nil }
    index.writtenAt = stamp.mtime
    return index
  }

  static func parse(_ bytes: [UInt8], key: Key, anyConfig: Bool = false) -> WorkspaceIndex? {
    guard let count = CacheFrame.count(bytes, magic: magic, format: formatVersion) else {
      return nil
    }
    let body = bytes.withUnsafeBufferPointer { all -> (Int, Int)? in
      var r = ByteReader(all, at: headerSize)
      guard let version = r.string(), version == key.amigoVersion, let hash = r.string(),
        anyConfig || hash == key.configHash
      else { return nil }
      return (r.at, count)
    }
    guard let (start, count) = body, let table = table(bytes, from: start, count: count) else {
      return nil
    }
    return WorkspaceIndex(key: key, table: table)
  }

  /// One entry, decoded (nil when it does not decode).
  static func entry(_ r: inout ByteReader) -> Entry? {
    guard let name = r.string(), let stamp = r.stamp(), let id = r.string(),
      let status = r.string(), let label = r.string(), let school = r.string(),
      let worker = r.string(), let programme = r.string(), let family = r.string(),
      let workers = r.strings()
    else { return nil }
    var s = Summary()
    s.id = id
    s.status = status
    s.label = label
    s.school = school
    s.worker = worker
    s.programme = programme
    s.family = family
    s.workers = workers
    guard let start = r.date(), let lastHeld = r.date(), let firstDate = r.date(),
      let lastDate = r.date(), let referral = r.date(), let closure = r.date(),
      let checkedOn = r.date(), let weeks = r.optionalInt32(), let weekOnCheck = r.optionalInt32(),
      let flags = r.byte(), flags <= 1, let week = r.stringRange()
    else { return nil }
    s.start = start
    s.lastHeld = lastHeld
    s.firstDate = firstDate
    s.lastDate = lastDate
    s.referral = referral
    s.closure = closure
    s.checkedOn = checkedOn
    s.plannedWeeks = weeks
    s.weekOnCheck = weekOnCheck
    s.clean = flags == 1
    return Entry(
      name: name,
      stamp: stamp,
      summary: s, week: Array(r.buffer[week.start..<(week.start + week.length)]))
  }

  /// A 64-bit checksum of `bytes`, eight bytes a step (FNV-1a's constants on words) in four
  /// lanes, so that the steps do not wait on each other (format 5; one lane before): it tells a
  /// truncated or garbled file, fast enough for twenty megabytes (not a security measure: the
  /// index is never trusted over the files anyway).
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    let prime: UInt64 = 0x0000_0100_0000_01B3
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count), 0x9e37_79b9_7f4a_7c15,
      0xbf58_476d_1ce4_e5b9, 0x94d0_49bb_1331_11eb
    )
    func step(_ h: inout UInt64, _ word: UInt64) {
      h = (h ^ word) &* prime
      h ^= h >> 29
    }
    bytes.withUnsafeBytes { raw in
      let n = raw.count
      var i = 0
      while i + 32 <= n {
        step(&lanes.0, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        step(&lanes.1, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
        step(&lanes.2, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
        step(&lanes.3, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
        i += 32
      }
      while i + 8 <= n {
        step(&lanes.0, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      while i < n {
        lanes.0 = (lanes.0 ^ UInt64(raw[i])) &* prime
        i += 1
      }
    }
    var h = lanes.0
    step(&h, lanes.1)
    step(&h, lanes.2)
    step(&h, lanes.3)
    return h
  }

  /// Writes the index atomically, 0600 in a 0700 folder (made when missing; an existing
  /// folder is narrowed to 0700). A failure to write is not an error: the index is a cache.
  @discardableResult
  public func write(to workspace: Workspace) -> Bool {
    WorkspaceIndex.write(serialized(), to: workspace)
  }

  /// Writes index file `bytes` as `write(to:)` does.
  @discardableResult
  static func write(_ bytes: [UInt8], to workspace: Workspace) -> Bool {
    writeCacheFile(bytes, named: fileName, in: workspace)
  }

  /// Writes `bytes` as the file `name` in the cache folder (the index, the listing cache) as
  /// `write(to:)` does.
  @discardableResult
  static func writeCacheFile(
    _ bytes: [UInt8], named name: String, in workspace: Workspace
  )
    -> Bool
  {
    let dir = workspace.root + "/" + WorkspaceIndex.folder
    let parent = workspace.root + "/.amigo"
    for folder in [parent, dir] {
      var info = stat()
      if lstat(folder, &info) != 0 {
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { return false }
      } else if (info.st_mode & S_IFMT) != S_IFDIR {
        return false  // never write through a link or over a file
      }
      chmod(folder, 0o700)
    }
    // Ignored by git from inside, also in a workspace whose `.gitignore` predates the index.
    let ignore = dir + "/.gitignore"
    if !FileSystem.exists(ignore) {
      try? AtomicWrite.write(
        Array("*\n".utf8), to: ignore, mode: 0o600, createOnly: true, durable: false)
    }
    // Not synced to disk (two fsync calls cost more than the rest of writing it): after a
    // crash the old index or a garbled one is found, which its checks reject and rebuild.
    do {
      try AtomicWrite.write(
        bytes, to: dir + "/" + name, mode: 0o600, keepMode: false,
        durable: false)
      return true
    } catch {
      return false
    }
  }

  /// Removes the index, the listing cache and the activity index, and the copies interrupted
  /// writes of them left (erase, retention: they hold the erased children's labels, ids and
  /// file names). True when there are none afterwards. Leaves a new purge mark (`purgeMark`),
  /// so that a command that read the files before cannot write its index, with the erased
  /// child in it, afterwards.
  @discardableResult
  public static func purge(_ workspace: Workspace) -> Bool {
    // The mark first: a command that wrote its index after the files were removed finds it
    // changed when it looks after writing (`writeUnlessPurged`). A new file each time (a new
    // inode), whatever the clock's resolution.
    writeCacheFile(Array("\(time(nil))\n".utf8), named: purgeMarkName, in: workspace)
    var gone = true
    for file in [
      path(in: workspace), ListingCache.path(in: workspace), ActivityFileIndex.path(in: workspace),
    ] {
      if unlink(file) != 0, errno != ENOENT { gone = false }
      // The copies a write killed before its rename left (`.index.tmp-…`) hold them too.
      AtomicWrite.removeLeftovers(of: file)
    }
    return gone
  }

  /// The file `purge` replaces each time, in the cache folder (git-ignored, like the index).
  static let purgeMarkName = "purged"

  static func purgeMarkPath(in workspace: Workspace) -> String {
    workspace.root + "/" + folder + "/" + purgeMarkName
  }

  /// What tells one purge from the next (the mark's inode, size and times; empty when there
  /// has been none): taken before a command lists the files, compared before it writes.
  static func purgeMark(_ workspace: Workspace) -> [Int64] {
    var info = stat()
    guard lstat(purgeMarkPath(in: workspace), &info) == 0 else { return [] }
    return [
      Int64(info.st_ino), Int64(info.st_size), Int64(info.st_mtim.tv_sec),
      Int64(info.st_mtim.tv_nsec), Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec),
    ]
  }

  /// Writes cache file `name` (the index, the listing cache) unless a purge happened since
  /// `mark` was taken; removes it again when one happened while it was written (a purge writes
  /// its mark before it removes the files, so one of the two sees the other). Takes no lock.
  @discardableResult
  static func writeUnlessPurged(
    _ bytes: [UInt8], named name: String, in workspace: Workspace, since mark: [Int64]
  ) -> Bool {
    guard purgeMark(workspace) == mark else { return false }
    guard writeCacheFile(bytes, named: name, in: workspace) else { return false }
    guard purgeMark(workspace) == mark else {
      unlink(workspace.root + "/" + folder + "/" + name)
      return false
    }
    return true
  }
}

/// Little-endian output of the index file.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func int64(_ v: Int64) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }
  mutating func int32(_ v: Int32) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }
  mutating func uint16(_ v: UInt16) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }
  /// A date as its day number, `Int32.min` for none.
  mutating func date(_ d: LocalDate?) {
    int32(d.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
  }
  mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      int32(Int32(truncatingIfNeeded: utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }
}

/// Little-endian input of the index file; every read is bounds-checked (nil past the end).
struct ByteReader {
  let buffer: UnsafeBufferPointer<UInt8>
  var at: Int

  init(_ buffer: UnsafeBufferPointer<UInt8>, at: Int) {
    self.buffer = buffer
    self.at = at
  }

  var atEnd: Bool { at == buffer.count }

  mutating func byte() -> UInt8? {
    guard at < buffer.count else { return nil }
    defer { at += 1 }
    return buffer[at]
  }
  mutating func int64() -> Int64? {
    guard at + 8 <= buffer.count else { return nil }
    defer { at += 8 }
    return Int64(
      littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: at, as: Int64.self)
    )
  }
  mutating func int32() -> Int32? {
    guard at + 4 <= buffer.count else { return nil }
    defer { at += 4 }
    return Int32(
      littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: at, as: Int32.self)
    )
  }
  mutating func uint16() -> UInt16? {
    guard at + 2 <= buffer.count else { return nil }
    defer { at += 2 }
    return UInt16(
      littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(
        fromByteOffset: at, as: UInt16.self))
  }
  /// A date: nil when the bytes run out, `.some(nil)` for none.
  mutating func date() -> LocalDate?? {
    guard let v = int32() else { return nil }
    if v == Int32.min { return .some(nil) }
    guard v > -1_000_000, v < 3_000_000 else { return nil }
    return .some(LocalDate(dayNumber: Int(v)))
  }
  /// Passes over a date, checked as `date()` checks it, without making it a `LocalDate`.
  mutating func skipDate() -> Bool {
    guard let v = int32() else { return false }
    return v == Int32.min || (v > -1_000_000 && v < 3_000_000)
  }
  mutating func string() -> String? {
    guard let n = int32(), n >= 0, at + Int(n) <= buffer.count else { return nil }
    let slice = UnsafeBufferPointer(rebasing: buffer[at..<(at + Int(n))])
    at += Int(n)
    // Not `String(validating:as:)`: unspecialised, it costs about a thousand instructions a
    // text, and a week report reads a hundred thousand. Decoding repairs invalid UTF-8, and a
    // repair changes the bytes: a text that does not come back as it was read is refused.
    let text = String(decoding: slice, as: UTF8.self)
    if slice.allSatisfy({ $0 < 0x80 }) { return text }
    return text.utf8.elementsEqual(slice) ? text : nil
  }
}

extension ByteWriter {
  mutating func count16(_ n: Int) {
    uint16(UInt16(clamping: n))
  }
  mutating func strings(_ list: [String]) {
    count16(list.count)
    for s in list.prefix(Int(UInt16.max)) { string(s) }
  }
  /// A number in 32 bits, `Int32.min` for none.
  mutating func optionalInt32(_ n: Int?) {
    int32(n.map { Int32(clamping: $0) } ?? Int32.min)
  }
  mutating func optionalString(_ s: String?) {
    if let s {
      bytes.append(1)
      string(s)
    } else {
      bytes.append(0)
    }
  }
  /// An enum case as its place in `cases` plus one; 0 for none.
  mutating func enumCase<E: Equatable>(_ value: E?, _ cases: [E]) {
    guard let value, let k = cases.firstIndex(of: value) else {
      bytes.append(0)
      return
    }
    bytes.append(UInt8(truncatingIfNeeded: k + 1))
  }
}

extension ByteReader {
  /// A presence byte: nil past the end or for a byte other than 0 or 1.
  mutating func flag() -> Bool? {
    guard let b = byte(), b <= 1 else { return nil }
    return b == 1
  }
  /// A number written by `optionalInt32`: `.some(nil)` for none, nil past the end.
  mutating func optionalInt32() -> Int?? {
    guard let v = int32() else { return nil }
    return .some(v == Int32.min ? nil : Int(v))
  }
  /// `.some(nil)` for none; nil when the bytes do not decode.
  mutating func optionalString() -> String?? {
    guard let present = flag() else { return nil }
    guard present else { return .some(nil) }
    guard let s = string() else { return nil }
    return .some(s)
  }
  mutating func strings() -> [String]? {
    guard let n = uint16() else { return nil }
    var out: [String] = []
    out.reserveCapacity(Int(n))
    for _ in 0..<n {
      guard let s = string() else { return nil }
      out.append(s)
    }
    return out
  }
  /// `.some(nil)` for 0; nil past the end or for a number that is no case.
  mutating func enumCase<E>(_ cases: [E]) -> E?? {
    guard let b = byte() else { return nil }
    if b == 0 { return .some(nil) }
    guard Int(b) <= cases.count else { return nil }
    return .some(cases[Int(b) - 1])
  }
}

/// The frame of amigo's cache files (the workspace index, the listing cache, the activity file
/// index): a 32-byte header, then the body.
///
///     header: magic (8 bytes) · format u32 · entry count u32 · body length u64 ·
///             checksum u64 (of the body, `WorkspaceIndex.checksum`)
enum CacheFrame {
  static let headerSize = 32

  /// `body` framed with its header.
  static func framed(_ body: [UInt8], magic: [UInt8], format: Int32, count: Int) -> [UInt8] {
    var header = ByteWriter()
    header.bytes = magic
    header.int32(format)
    header.int32(Int32(truncatingIfNeeded: count))
    header.int64(Int64(body.count))
    header.int64(Int64(bitPattern: WorkspaceIndex.checksum(body[...])))
    return header.bytes + body
  }

  /// The entry count of `bytes` when they are a whole file of `magic` and `format` (length
  /// and checksum agree with the header); the body starts at `headerSize`.
  static func count(_ bytes: [UInt8], magic: [UInt8], format: Int32) -> Int? {
    guard bytes.count >= headerSize, bytes.starts(with: magic) else { return nil }
    return bytes.withUnsafeBufferPointer { all -> Int? in
      var r = ByteReader(all, at: magic.count)
      guard let f = r.int32(), f == format, let count = r.int32(), count >= 0,
        let length = r.int64(), length == Int64(all.count - headerSize), let sum = r.int64(),
        UInt64(bitPattern: sum) == WorkspaceIndex.checksum(bytes[headerSize...])
      else { return nil }
      return Int(count)
    }
  }
}

extension ByteWriter {
  /// A file's stamp: size, mtime ns, ctime ns (i64), inode (u64).
  mutating func stamp(_ s: WorkspaceIndex.Stamp) {
    int64(s.size)
    int64(s.mtime)
    int64(s.ctime)
    int64(Int64(bitPattern: s.inode))
  }
}

extension ByteReader {
  /// A stamp written by `ByteWriter.stamp`; nil past the end.
  mutating func stamp() -> WorkspaceIndex.Stamp? {
    guard let size = int64(), let mtime = int64(), let ctime = int64(), let inode = int64()
    else { return nil }
    return WorkspaceIndex.Stamp(
      size: size, mtime: mtime, ctime: ctime, inode: UInt64(bitPattern: inode))
  }
}
