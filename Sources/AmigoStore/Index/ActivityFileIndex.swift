import AmigoSchema
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The activity files' index (`.amigo/cache/activities`): of each activity file, what decides
/// whether a command must read it (`Facts`: the first and last date of its occasions, the
/// children it names), keyed by git's stat data as the workspace index is (`WorkspaceIndex`),
/// so that `report --week` in a workspace that keeps years of meetings and groups reads the
/// files of its week and those naming the children it shows, not every one.
///
/// A cache, like the workspace index: an entry is used only when the file's size, modification
/// and change time and inode still match and the file was not modified in or after the moment
/// the index was written (git's racy rule); a file of another format or amigo version, or a
/// truncated or garbled one, is ignored and rebuilt. Removed with the workspace index
/// (`WorkspaceIndex.purge`: it holds the ids of the children the activities name).
///
///     header (`CacheFrame`): "amigoact" · format · entry count · body length · checksum
///     body:   amigo version (string) · entries: name (relative to the workspace) · size i64 ·
///             mtime ns i64 · ctime ns i64 · inode u64 · first date · last date (day numbers,
///             i32, `Int32.min` for none) · named children (u16 count, strings)
public struct ActivityFileIndex: Sendable {
  /// What decides whether a command must read an activity file.
  public struct Facts: Sendable, Hashable {
    /// The earliest and latest date of the activity's occasions (`Activity.occasions`).
    public var first: LocalDate?
    public var last: LocalDate?
    /// The trajectory ids the activity names (`Activity.namedChildren`), in file order.
    public var named: [String]

    public init(first: LocalDate?, last: LocalDate?, named: [String]) {
      self.first = first
      self.last = last
      self.named = named
    }

    public init(_ activity: Activity) {
      let dates = activity.occasions.map(\.date)
      self.init(first: dates.min(), last: dates.max(), named: activity.namedChildren)
    }

    /// False when no occasion of the activity can lie from `start` through `end`: what an
    /// activity's own occasions answer is true only where this is.
    public func mayHaveOccasion(from start: LocalDate, through end: LocalDate) -> Bool {
      guard let first, let last else { return false }
      return first <= end && last >= start
    }
  }

  struct Entry: Sendable, Equatable {
    var stamp: WorkspaceIndex.Stamp
    var facts: Facts
  }

  static let fileName = "activities"
  static let formatVersion: Int32 = 1
  static let magic = Array("amigoact".utf8)

  /// By file name relative to the workspace root.
  var entries: [String: Entry] = [:]
  /// The index file's modification time (ns) when read; 0: none (every entry is racy).
  var writtenAt: Int64 = 0

  init() {}

  public static func path(in workspace: Workspace) -> String {
    workspace.root + "/" + WorkspaceIndex.folder + "/" + fileName
  }

  /// The entry of `name` when it may be trusted for a file stamped `stamp`.
  func fresh(_ name: String, _ stamp: WorkspaceIndex.Stamp) -> Entry? {
    guard let e = entries[name], e.stamp == stamp, !isRacy(stamp) else { return nil }
    return e
  }

  /// git's racy rule (`WorkspaceIndex.isRacy`).
  func isRacy(_ stamp: WorkspaceIndex.Stamp) -> Bool {
    writtenAt == 0 || stamp.mtime >= writtenAt || stamp.ctime >= writtenAt
  }

  // MARK: - The file

  /// The index of `workspace` written by amigo `version`; empty when there is none or it
  /// cannot be used.
  static func read(_ workspace: Workspace, version: String) -> ActivityFileIndex {
    let path = path(in: workspace)
    guard let stamp = WorkspaceIndex.cacheFileStamp(path), let bytes = try? FileSystem.read(path),
      var index = parse(bytes, version: version)
    else { return ActivityFileIndex() }
    index.writtenAt = stamp.mtime
    return index
  }

  func serialized(version: String) -> [UInt8] {
    var body = ByteWriter()
    body.string(version)
    for name in entries.keys.sorted() {
      let e = entries[name]!
      body.string(name)
      body.stamp(e.stamp)
      body.date(e.facts.first)
      body.date(e.facts.last)
      body.strings(e.facts.named)
    }
    return CacheFrame.framed(
      body.bytes, magic: Self.magic, format: Self.formatVersion, count: entries.count)
  }

  /// Nil for a file of another magic, format or version, or one whose length, count or
  /// checksum does not agree with its header, or with an entry that does not decode.
  static func parse(_ bytes: [UInt8], version: String) -> ActivityFileIndex? {
    guard let count = CacheFrame.count(bytes, magic: magic, format: formatVersion) else {
      return nil
    }
    return bytes.withUnsafeBufferPointer { buffer -> ActivityFileIndex? in
      var r = ByteReader(buffer, at: CacheFrame.headerSize)
      guard r.string() == version else { return nil }
      var index = ActivityFileIndex()
      index.entries.reserveCapacity(count)
      for _ in 0..<count {
        guard let name = r.string(), let stamp = r.stamp(), let first = r.date(),
          let last = r.date(), let named = r.strings()
        else { return nil }
        index.entries[name] = Entry(
          stamp: stamp, facts: Facts(first: first, last: last, named: named))
      }
      guard r.atEnd, index.entries.count == count else { return nil }
      return index
    }
  }
}

extension Loader {
  /// The activity files at `paths` (under `workspace`'s activity folder) that a command must
  /// read, read and decoded unchecked as `readActivities` does: a file whose fresh entry in the
  /// activity index (`ActivityFileIndex`) has facts `passOver` accepts is left unread. The index
  /// is brought up to date with what was read (written only when it changed, and not after a
  /// purge since the listing: `WorkspaceIndex.writeUnlessPurged`).
  ///
  /// `passOver` must accept only facts of which no activity the command counts can have: the
  /// files read are then exactly those of the listing the command would keep, and the index
  /// changes nothing but speed (`ActivityFileIndexTests`).
  public static func readActivities(
    _ paths: [String], in workspace: Workspace, version: String,
    passingOver passOver: (ActivityFileIndex.Facts) -> Bool
  ) -> (paths: [String], read: [(bytes: [UInt8]?, activity: Activity?)]) {
    let mark = WorkspaceIndex.purgeMark(workspace)
    let old = ActivityFileIndex.read(workspace, version: version)
    let stamps = WorkspaceIndex.stamps(paths, in: workspace.activitiesPath)
    let offset = workspace.root.utf8.count + 1
    let names = paths.map { String(decoding: $0.utf8.dropFirst(offset), as: UTF8.self) }
    var kept = ActivityFileIndex()
    var toRead: [Int] = []
    for i in paths.indices {
      if let stamp = stamps[i], let entry = old.fresh(names[i], stamp) {
        kept.entries[names[i]] = entry
        if passOver(entry.facts) { continue }
      }
      toRead.append(i)
    }
    let read = readActivities(toRead.map { paths[$0] })
    var changed = kept.entries.count != old.entries.count
    for (k, i) in toRead.enumerated() {
      guard let stamp = stamps[i], let activity = read[k].activity else { continue }
      let entry = ActivityFileIndex.Entry(stamp: stamp, facts: ActivityFileIndex.Facts(activity))
      if kept.entries[names[i]] != entry {
        kept.entries[names[i]] = entry
        changed = true
      }
    }
    if changed {
      WorkspaceIndex.writeUnlessPurged(
        kept.serialized(version: version), named: ActivityFileIndex.fileName, in: workspace,
        since: mark)
    }
    return (toRead.map { paths[$0] }, read)
  }
}
