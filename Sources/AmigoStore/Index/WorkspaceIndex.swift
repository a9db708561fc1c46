import AmigoSchema
import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workspace index (issue 32): a derived cache of what the daily commands need of each
/// trajectory file, so that `list`, `report --week` and `validate --changed` read the open and
/// the changed files only, not twenty years of archive.
///
/// It lives in `.amigo/cache/index` (git-ignored; the folder 0700, the file 0600: it holds
/// children's labels), written atomically. Each entry is keyed like git's index: the file's
/// name, size, modification and change time (nanoseconds) and inode. An entry is used only when
/// all five still match the file, and never when the file was modified in or after the moment
/// the index was written (git's racy rule, `is_racy_timestamp` in git's read-cache.c: such a
/// file may have been changed again within the timestamp's granularity): it is read again.
/// The whole index is ignored, and rebuilt, when its format version, amigo's version or the
/// config's hash differ, or when it is truncated or garbled (a count and a checksum close it).
/// Deleting it changes nothing but speed.
///
/// Nothing that depends on the date is cached as a result: an entry records the earliest and
/// latest date written in the file, and a command reads the file itself whenever those dates
/// reach its `--today` or the week it reports on.
public struct WorkspaceIndex: Sendable {
  /// The file format (`WorkspaceIndex+File.swift`); a different number is ignored and rebuilt.
  /// 1 was a text format; 2 is binary, with the summaries `list` needs for open trajectories;
  /// 4 adds to each entry the week report's inputs (`WeekFacts`); 5 checksums the body in four
  /// lanes. An index of another format is rebuilt without a word.
  public static let formatVersion: Int32 = 5
  /// Where it lives, relative to the workspace root.
  public static let folder = ".amigo/cache"
  public static let fileName = "index"

  /// How a file looked when its entry was made (git's stat data).
  public struct Stamp: Sendable, Hashable {
    public var size: Int64
    public var mtime: Int64
    public var ctime: Int64
    public var inode: UInt64

    public init(size: Int64, mtime: Int64, ctime: Int64, inode: UInt64) {
      self.size = size
      self.mtime = mtime
      self.ctime = ctime
      self.inode = inode
    }

    /// The file's stamp (following a link, as reading does); nil when it cannot be stat'ed.
    public static func of(_ path: String) -> Stamp? {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      return Stamp(info)
    }

    /// The stamp of `path` (NUL-terminated, `length` bytes), which begins with the path of the
    /// folder open as `fd` and a slash (`prefix` bytes; 0: not known to): a file directly in
    /// that folder is stat'ed by its name relative to it (`fstatat`: no walk of the whole path
    /// for each of a hundred thousand files), any other by its path.
    static func of(
      _ path: UnsafePointer<CChar>, length: Int, folder fd: Int32, prefix: Int
    ) -> Stamp? {
      var info = stat()
      if fd >= 0, prefix > 0, length > prefix, memchr(path + prefix, 0x2F, length - prefix) == nil {
        return fstatat(fd, path + prefix, &info, 0) == 0 ? Stamp(info) : nil
      }
      return stat(path, &info) == 0 ? Stamp(info) : nil
    }

    init(_ info: stat) {
      #if canImport(Darwin)
        let m = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        let c = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
      #else
        let m = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let c = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
      #endif
      self.init(size: Int64(info.st_size), mtime: m, ctime: c, inode: UInt64(info.st_ino))
    }
  }

  /// The stamps of `paths`, in order (nil for a file that cannot be stat'ed), on every core
  /// (`FileSystem.stamps(of:folder:prefix:)`: a file directly in `folder` by its name relative
  /// to the open folder, any other by its path).
  static func stamps(_ paths: [String], in folder: String) -> [Stamp?] {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    return FileSystem.stamps(of: PathListing(paths), folder: fd, prefix: Array((folder + "/").utf8))
  }

  /// What the daily commands need of one trajectory file.
  public struct Summary: Sendable, Hashable {
    /// The id in the file (empty when it has none or could not be decoded).
    public var id = ""
    public var status = ""
    public var label = ""
    public var school = ""
    public var worker = ""
    public var programme = ""
    public var family = ""
    /// The further workers (`workers:`).
    public var workers: [String] = []
    public var start: LocalDate?
    public var plannedWeeks: Int?
    /// The latest held session (any date: a command compares it with its own `--today`).
    public var lastHeld: LocalDate?
    /// The earliest and latest `YYYY-MM-DD` written anywhere in the file.
    public var firstDate: LocalDate?
    public var lastDate: LocalDate?
    /// The referral's and the closure's dates.
    public var referral: LocalDate?
    public var closure: LocalDate?
    /// The `--today` the file was checked with: `clean` holds for that day (and, for a file
    /// whose dates all lie before it, for any later day: `isArchived`, `settled(before:)`).
    public var checkedOn: LocalDate?
    /// The file decoded as a trajectory without errors (with the config it was checked against,
    /// on `checkedOn`).
    public var clean = false
    /// The trajectory's week on `checkedOn` (`Trajectory.week(of:)`: paused weeks do not
    /// count), for a trajectory that had started by then: `list` shows it for an entry that
    /// holds for today (`current(on:)`, checked today).
    public var weekOnCheck: Int?

    public init() {}

    /// Archived, settled, outside a range and current: the rules are `Standing`'s (the part of
    /// a summary they read), so an entry read from the index table and a summary agree.
    public var isArchived: Bool { standing.isArchived }
    public func settled(before day: LocalDate) -> Bool { standing.settled(before: day) }
    public func outside(_ from: LocalDate, _ to: LocalDate) -> Bool {
      standing.outside(from, to)
    }
    public func current(on today: LocalDate) -> Bool { standing.current(on: today) }

    /// The summary of a decoded file, checked on `checkedOn`.
    public init(_ t: Trajectory?, bytes: [UInt8], hasErrors: Bool, checkedOn: LocalDate?) {
      (firstDate, lastDate) = WorkspaceIndex.dateRange(in: bytes)
      self.checkedOn = checkedOn
      guard let t else { return }
      id = t.id
      status = t.status?.rawValue ?? ""
      label = t.child.label
      school = t.school
      worker = t.worker
      programme = t.programme
      family = t.family ?? ""
      workers = t.workers
      referral = t.referral?.date
      closure = t.closure?.date
      start = t.plan.start
      plannedWeeks = t.plan.weeks
      var last: LocalDate?
      for i in t.sessions.indices where t.sessions[i].isHeld {
        if let d = t.sessions[i].date, last.map({ d > $0 }) ?? true { last = d }
      }
      lastHeld = last
      clean = !hasErrors
      if let checkedOn, let start = t.plan.start, start <= checkedOn {
        weekOnCheck = t.week(of: checkedOn)
      }
    }
  }

  public struct Entry: Sendable, Hashable {
    /// The path relative to the workspace root.
    public var name: String
    public var stamp: Stamp
    public var summary: Summary
    /// The week report's inputs (`WeekFacts`), for a file decoded without errors; empty: none
    /// (the file is read when the week report needs it).
    public var week: [UInt8]

    public init(name: String, stamp: Stamp, summary: Summary, week: [UInt8] = []) {
      self.name = name
      self.stamp = stamp
      self.summary = summary
      self.week = week
    }
  }

  /// What the entries were made with; an index made with other values is ignored.
  public struct Key: Sendable, Hashable {
    public var amigoVersion: String
    public var configHash: String

    public init(amigoVersion: String, configHash: String) {
      self.amigoVersion = amigoVersion
      self.configHash = configHash
    }
  }

  public var key: Key
  /// Read from disk: the entries as bytes, decoded only when asked for (`Table`).
  var table: Table?
  /// Made in memory (`init(key:entries:)`).
  var own: [String: Entry] = [:]
  /// By name (relative path). Decodes every entry of an index read from disk: for tests and
  /// small workspaces; the loader works on the table.
  public var entries: [String: Entry] {
    get {
      guard let table else { return own }
      var all: [String: Entry] = [:]
      all.reserveCapacity(table.slots.count)
      for i in table.slots.indices {
        if let e = table.entry(at: i) { all[e.name] = e }
      }
      return all
    }
    set {
      table = nil
      own = newValue
    }
  }
  /// How many entries there are.
  public var count: Int { table?.slots.count ?? own.count }
  /// When the index file was last written (its own mtime, nanoseconds); entries whose files
  /// were modified at or after it are racy. 0 for an index not read from disk.
  public var writtenAt: Int64 = 0

  public init(key: Key, entries: [String: Entry] = [:]) {
    self.key = key
    self.own = entries
  }

  init(key: Key, table: Table) {
    self.key = key
    self.table = table
  }

  /// The entry for `name`, if it may be trusted for a file stamped `stamp`: the same stat data,
  /// and not racy.
  public func fresh(_ name: String, _ stamp: Stamp) -> Entry? {
    if let table {
      guard let slot = freshSlot(name, from: 0, stamp) else { return nil }
      return table.entry(at: slot)
    }
    guard let e = own[name], e.stamp == stamp, !isRacy(stamp) else { return nil }
    return e
  }

  /// The slot of the table entry named by `path` from its UTF-8 `offset` on, if it may be
  /// trusted for a file stamped `stamp` (as `fresh`), without decoding it.
  func freshSlot(_ path: String, from offset: Int, _ stamp: Stamp) -> Int? {
    guard let table, let slot = table.slot(named: path, from: offset),
      table.slots[slot].stamp == stamp, !isRacy(stamp)
    else { return nil }
    return slot
  }

  /// git's racy rule: modified at or after the index was written: may have changed unseen.
  func isRacy(_ stamp: Stamp) -> Bool {
    writtenAt == 0 || stamp.mtime >= writtenAt || stamp.ctime >= writtenAt
  }

  // MARK: - Dates

  /// The earliest and latest `YYYY-MM-DD` in `bytes` (a valid calendar date between digits'
  /// edges), by a byte scan: independent of the schema, so a date in any field counts.
  static func dateRange(in bytes: [UInt8]) -> (LocalDate?, LocalDate?) {
    bytes.withUnsafeBufferPointer { b in
      var lo = Int.max
      var hi = Int.min
      let n = b.count
      guard n >= 10, let base = b.baseAddress else { return (nil, nil) }
      @inline(__always) func digit(_ k: Int) -> Int? {
        let c = b[k]
        return c >= 0x30 && c <= 0x39 ? Int(c) - 0x30 : nil
      }
      // A date's first dash is its fifth byte: find the dashes with `memchr` (a vector search
      // in the C library) and look around each. Where a date is found the search goes on
      // after it; no other date can overlap it (its edges are not digits).
      var from = 4
      while from + 6 <= n,
        let hit = memchr(base + from, 0x2D, n - 6 - from + 1)
      {
        let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        let i = p - 4
        if b[p + 3] == 0x2D,
          let y0 = digit(i), let y1 = digit(i + 1), let y2 = digit(i + 2), let y3 = digit(i + 3),
          let m0 = digit(i + 5), let m1 = digit(i + 6), let d0 = digit(i + 8),
          let d1 = digit(i + 9),
          i == 0 || digit(i - 1) == nil, i + 10 == n || digit(i + 10) == nil
        {
          let y = y0 * 1000 + y1 * 100 + y2 * 10 + y3
          let m = m0 * 10 + m1
          let d = d0 * 10 + d1
          if let date = LocalDate(year: y, month: m, day: d) {
            let k = date.dayNumber
            lo = min(lo, k)
            hi = max(hi, k)
          }
          from = p + 6 + 4  // the next date's dash lies at least four bytes on
        } else {
          from = p + 1
        }
      }
      return (
        lo == Int.max ? nil : LocalDate(dayNumber: lo),
        hi == Int.min ? nil : LocalDate(dayNumber: hi)
      )
    }
  }

  // MARK: - Hash

  /// FNV-1a, 64 bits, as 16 hex digits: enough to tell one config from another (not a
  /// security measure: the index is never trusted over the files anyway).
  public static func hash(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
