import AmigoSchema
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The index as read from disk, without a `String` or an object per entry (issue 32): the file's
/// bytes and, per entry, where its name and its record lie, its stat data and the few numbers
/// that decide whether a command may leave the file unread (`Standing`). A hundred thousand
/// archived entries cost a walk over their bytes; only the entries a command shows are decoded
/// into a `Summary` (`summary(at:)`), and an entry that stays as it was is copied into the next
/// index as bytes (`WorkspaceIndex.serialized`).
extension WorkspaceIndex {
  /// What decides whether a command may leave a file unread, without any of its texts.
  public struct Standing: Sendable, Hashable {
    /// The status is closed or not started (whether or not the file had errors).
    public var closedOrNotStarted = false
    /// The file decoded without errors when checked on `checkedOn`.
    public var clean = false
    public var firstDate: LocalDate?
    public var lastDate: LocalDate?
    public var checkedOn: LocalDate?
    public var lastHeld: LocalDate?

    public init() {}

    /// Archived: closed or not started, decoded without errors. Only such files may be left
    /// unread by a command (and only when their dates do not reach the command's own dates).
    public var isArchived: Bool { clean && closedOrNotStarted }

    /// True when every date in the file lies before `day`: nothing in it can depend on a
    /// `--today` of `day` or later (no future dates, no running weeks).
    public func settled(before day: LocalDate) -> Bool {
      guard let lastDate else { return false }
      return lastDate < day
    }

    /// True when no date in the file falls in `from...to` or after it could matter: the file
    /// names no day in that range (nor spans it).
    public func outside(_ from: LocalDate, _ to: LocalDate) -> Bool {
      guard let firstDate, let lastDate else { return false }
      return lastDate < from || firstDate > to
    }

    /// True when the entry says all a command needs of an open file on `today`, as the file
    /// itself would: checked on that very day without errors, and no session held after it
    /// (`lastHeld` counts any date; a command counts those up to its today).
    public func current(on today: LocalDate) -> Bool {
      clean && checkedOn == today && (lastHeld.map { $0 <= today } ?? true)
    }
  }

  /// One entry of a table: byte offsets into the table's bytes, and its numbers.
  struct Slot: Sendable {
    var nameStart: Int
    var nameLength: Int
    /// The whole record (name included), for copying it unchanged.
    var recordStart: Int
    var recordEnd: Int
    var stamp: Stamp
    var standing: Standing
    /// Where the week report's inputs lie (`WeekFacts`; length 0: none).
    var weekStart: Int
    var weekLength: Int
  }

  /// The entries of an index file, in name order (byte order of the names' UTF-8).
  final class Table: @unchecked Sendable {
    let bytes: [UInt8]
    let slots: [Slot]

    init(bytes: [UInt8], slots: [Slot]) {
      self.bytes = bytes
      self.slots = slots
    }

    /// The slot of the entry named by `path`'s UTF-8 from `offset` on (the path relative to
    /// the workspace root), by binary search; nil when there is none.
    func slot(named path: String, from offset: Int) -> Int? {
      var path = path
      return path.withUTF8 { utf8 -> Int? in
        guard offset <= utf8.count else { return nil }
        let key = UnsafeBufferPointer(rebasing: utf8[offset...])
        return bytes.withUnsafeBufferPointer { all -> Int? in
          var lo = 0
          var hi = slots.count
          while lo < hi {
            let mid = (lo + hi) / 2
            let c = Table.compare(all, slots[mid].nameStart, slots[mid].nameLength, key)
            if c == 0 { return mid }
            if c < 0 { lo = mid + 1 } else { hi = mid }
          }
          return nil
        }
      }
    }

    /// The name at `start`/`length` in `all` against `key`: negative, zero or positive.
    static func compare(
      _ all: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int,
      _ key: UnsafeBufferPointer<UInt8>
    ) -> Int {
      let n = min(length, key.count)
      if n > 0 {
        let c = memcmp(all.baseAddress! + start, key.baseAddress!, n)
        if c != 0 { return Int(c) }
      }
      return length - key.count
    }

    /// The entry at `slot`, decoded (its texts as strings).
    func entry(at slot: Int) -> Entry? {
      bytes.withUnsafeBufferPointer { all in
        var r = ByteReader(all, at: slots[slot].recordStart)
        return WorkspaceIndex.entry(&r)
      }
    }

    /// The week report's inputs in the entry at `slot`, decoded (nil when it has none or they
    /// do not decode).
    func weekFacts(at slot: Int) -> Trajectory? {
      let s = slots[slot]
      guard s.weekLength > 0 else { return nil }
      return bytes.withUnsafeBufferPointer { all in
        WorkspaceIndex.WeekFacts.decode(
          UnsafeBufferPointer(rebasing: all[s.weekStart..<(s.weekStart + s.weekLength)]))
      }
    }

    /// True when the entry at `slot` holds these week report's inputs (`WeekFacts`; empty:
    /// none).
    func hasWeek(_ week: [UInt8], at slot: Int) -> Bool {
      let s = slots[slot]
      guard s.weekLength == week.count else { return false }
      return week.elementsEqual(bytes[s.weekStart..<(s.weekStart + s.weekLength)])
    }

    /// The bytes of the week report's inputs in the entry at `slot` (empty: none).
    func week(at slot: Int) -> [UInt8] {
      let s = slots[slot]
      return Array(bytes[s.weekStart..<(s.weekStart + s.weekLength)])
    }

    /// The id written in the entry at `slot` (empty for none), without the other texts.
    func id(at slot: Int) -> String {
      bytes.withUnsafeBufferPointer { all in
        var r = ByteReader(all, at: slots[slot].recordStart)
        guard r.skipString(), r.skip(32), let id = r.string() else { return "" }
        return id
      }
    }

    /// The name of the entry at `slot`: its path relative to the workspace root.
    func name(at slot: Int) -> String {
      let s = slots[slot]
      return String(decoding: bytes[s.nameStart..<(s.nameStart + s.nameLength)], as: UTF8.self)
    }

    /// The child's label in the entry at `slot`, without the other texts (nil when its bytes
    /// are not UTF-8).
    func label(at slot: Int) -> String? {
      bytes.withUnsafeBufferPointer { all in
        var r = ByteReader(all, at: slots[slot].recordStart)
        guard r.skipString(), r.skip(32), r.skipString(), r.skipString() else { return nil }
        return r.string()
      }
    }

    /// Whether the child's label in the entry at `slot` passes `test`, asked of its bytes
    /// without making a string of them (false when the entry does not decode).
    func label(at slot: Int, passes test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
      bytes.withUnsafeBufferPointer { all in
        var r = ByteReader(all, at: slots[slot].recordStart)
        guard r.skipString(), r.skip(32), r.skipString(), r.skipString(),
          let label = r.stringRange()
        else { return false }
        return test(UnsafeBufferPointer(rebasing: all[label.start..<(label.start + label.length)]))
      }
    }

    /// `WorkspaceIndex.idHash` of the id in the entry at `slot`, from its bytes; nil for an
    /// empty id.
    func idHash(at slot: Int) -> UInt64? {
      bytes.withUnsafeBufferPointer { all in
        var r = ByteReader(all, at: slots[slot].recordStart)
        guard r.skipString(), r.skip(32), let id = r.stringRange(), id.length > 0 else {
          return nil
        }
        return WorkspaceIndex.idHash(
          UnsafeBufferPointer(rebasing: all[id.start..<(id.start + id.length)]))
      }
    }
  }

  /// Reads the entries of an index body from `r` (after the key) into a table: every record is
  /// checked as `entry(_:)` would, but no text is made a string. Nil when a record does not
  /// decode or the names are not in strictly increasing byte order.
  static func table(_ bytes: [UInt8], from start: Int, count: Int) -> Table? {
    let archived = [TrajectoryStatus.closed.rawValue, TrajectoryStatus.notStarted.rawValue].map {
      Array($0.utf8)
    }
    // Every record takes more than a hundred bytes: a count that says more than the body can
    // hold (the header is outside the checksum) is not believed, nor allocated for.
    guard count <= (bytes.count - start) / 64 else { return nil }
    let slots = bytes.withUnsafeBufferPointer { all -> [Slot]? in
      var r = ByteReader(all, at: start)
      var slots: [Slot] = []
      slots.reserveCapacity(count)
      for _ in 0..<count {
        let recordStart = r.at
        guard let name = r.stringRange(), let size = r.int64(), let mtime = r.int64(),
          let ctime = r.int64(), let inode = r.int64(), r.skipString(), let status = r.stringRange()
        else { return nil }
        for _ in 0..<5 { guard r.skipString() else { return nil } }
        guard let workerCount = r.uint16() else { return nil }
        for _ in 0..<workerCount { guard r.skipString() else { return nil } }
        guard r.skipDate(), let lastHeld = r.date(), let firstDate = r.date(),
          let lastDate = r.date(), r.skipDate(), r.skipDate(), let checkedOn = r.date(),
          r.skip(8), let flags = r.byte(), flags <= 1, let week = r.stringRange()
        else { return nil }
        if let previous = slots.last,
          Table.compare(
            all, previous.nameStart, previous.nameLength,
            UnsafeBufferPointer(rebasing: all[name.start..<(name.start + name.length)])) >= 0
        {
          return nil
        }
        var standing = Standing()
        standing.closedOrNotStarted = archived.contains {
          $0.count == status.length
            && $0.withUnsafeBufferPointer { a in
              memcmp(a.baseAddress!, all.baseAddress! + status.start, status.length) == 0
            }
        }
        standing.clean = flags == 1
        standing.firstDate = firstDate
        standing.lastDate = lastDate
        standing.checkedOn = checkedOn
        standing.lastHeld = lastHeld
        slots.append(
          Slot(
            nameStart: name.start, nameLength: name.length, recordStart: recordStart,
            recordEnd: r.at,
            stamp: Stamp(
              size: size, mtime: mtime, ctime: ctime, inode: UInt64(bitPattern: inode)),
            standing: standing, weekStart: week.start, weekLength: week.length))
      }
      guard r.atEnd else { return nil }
      return slots
    }
    return slots.map { Table(bytes: bytes, slots: $0) }
  }
}

extension WorkspaceIndex {
  /// FNV-1a (64 bits) of an id's UTF-8 with ASCII letters in upper case: equal ids hash
  /// equal, and so do ids that differ only in case (`CaseCollisions`); nil for an empty id.
  static func idHash(_ id: String) -> UInt64? {
    guard !id.isEmpty else { return nil }
    var id = id
    return id.withUTF8 { idHash($0) }
  }

  static func idHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b >= 0x61 && b <= 0x7A ? b &- 0x20 : b)
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }
}

extension WorkspaceIndex.Summary {
  /// The part that decides whether a command may leave the file unread.
  public var standing: WorkspaceIndex.Standing {
    var s = WorkspaceIndex.Standing()
    s.closedOrNotStarted =
      status == TrajectoryStatus.closed.rawValue || status == TrajectoryStatus.notStarted.rawValue
    s.clean = clean
    s.firstDate = firstDate
    s.lastDate = lastDate
    s.checkedOn = checkedOn
    s.lastHeld = lastHeld
    return s
  }
}

extension ByteReader {
  /// Where the next string's bytes lie, without making it a string (nil past the end).
  mutating func stringRange() -> (start: Int, length: Int)? {
    guard let n = int32(), n >= 0, at + Int(n) <= buffer.count else { return nil }
    defer { at += Int(n) }
    return (at, Int(n))
  }
  mutating func skipString() -> Bool { stringRange() != nil }
  mutating func skip(_ n: Int) -> Bool {
    guard at + n <= buffer.count else { return false }
    at += n
    return true
  }
}
