import AmigoSchema
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The index file: UTF-8 text, one entry a line, fields separated by tabs (tab, newline and
/// backslash in a value written as `\t`, `\n`, `\\`):
///
///     amigo-index <format> <amigo version> <config hash>
///     <name> <size> <mtime ns> <ctime ns> <inode> <id> <status> <label> <school> <worker>
///       <programme> <family> <start> <planned weeks> <last held> <first date> <last date> <clean>
///     …
///     end <entry count> <FNV-1a of every line before this one>
///
/// A file without its `end` line, with another count or checksum, another format, amigo
/// version or config hash, or a line that does not parse, is not used (and is rebuilt).
extension WorkspaceIndex {
  public static func path(in workspace: Workspace) -> String {
    workspace.root + "/" + folder + "/" + fileName
  }

  /// Reads the index of `workspace` made with `key`; nil when there is none or it cannot be
  /// used (stale, truncated, garbled).
  public static func read(_ workspace: Workspace, key: Key) -> WorkspaceIndex? {
    let path = path(in: workspace)
    guard let stamp = Stamp.of(path), let bytes = try? FileSystem.read(path) else { return nil }
    guard var index = parse(bytes, key: key) else { return nil }
    index.writtenAt = stamp.mtime
    return index
  }

  static func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x5C || $0 == 0x0D })
    else { return s }
    var o = ""
    for c in s.unicodeScalars {
      switch c {
      case "\t": o += "\\t"
      case "\n": o += "\\n"
      case "\r": o += "\\r"
      case "\\": o += "\\\\"
      default: o.unicodeScalars.append(c)
      }
    }
    return o
  }

  static func unescape(_ s: Substring) -> String? {
    guard s.contains("\\") else { return String(s) }
    var o = ""
    var escaped = false
    for c in s.unicodeScalars {
      if escaped {
        switch c {
        case "t": o += "\t"
        case "n": o += "\n"
        case "r": o += "\r"
        case "\\": o += "\\"
        default: return nil
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        o.unicodeScalars.append(c)
      }
    }
    return escaped ? nil : o
  }

  static func header(_ key: Key) -> String {
    "amigo-index\t\(formatVersion)\t\(escape(key.amigoVersion))\t\(key.configHash)"
  }

  /// The file's text.
  public func serialized() -> [UInt8] {
    var out = WorkspaceIndex.header(key) + "\n"
    func date(_ d: LocalDate?) -> String { d?.description ?? "" }
    for name in entries.keys.sorted() {
      let e = entries[name]!
      let s = e.summary
      let fields: [String] = [
        WorkspaceIndex.escape(e.name), String(e.stamp.size), String(e.stamp.mtime),
        String(e.stamp.ctime), String(e.stamp.inode), WorkspaceIndex.escape(s.id),
        WorkspaceIndex.escape(s.status), WorkspaceIndex.escape(s.label),
        WorkspaceIndex.escape(s.school), WorkspaceIndex.escape(s.worker),
        WorkspaceIndex.escape(s.programme), WorkspaceIndex.escape(s.family), date(s.start),
        s.plannedWeeks.map(String.init) ?? "", date(s.lastHeld), date(s.firstDate),
        date(s.lastDate), s.clean ? "1" : "0",
      ]
      out += fields.joined(separator: "\t") + "\n"
    }
    var bytes = Array(out.utf8)
    let trailer = "end\t\(entries.count)\t\(WorkspaceIndex.hash(bytes))\n"
    bytes += Array(trailer.utf8)
    return bytes
  }

  static func parse(_ bytes: [UInt8], key: Key) -> WorkspaceIndex? {
    // The trailer: the last line, `end <count> <hash of everything before it>`.
    guard bytes.last == 0x0A else { return nil }
    let body = bytes.dropLast()
    let cut = body.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let trailerBytes = bytes[cut..<(bytes.count - 1)]
    guard let trailer = String(validating: trailerBytes, as: UTF8.self) else { return nil }
    let t = trailer.split(separator: "\t", omittingEmptySubsequences: false)
    guard t.count == 3, t[0] == "end", let count = Int(t[1]),
      t[2] == hash(Array(bytes[0..<cut]))
    else { return nil }
    guard let text = String(validating: bytes[0..<cut], as: UTF8.self) else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    guard let first = lines.first, first == header(key), lines.count == count + 1 else {
      return nil
    }
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(count)
    func date(_ s: Substring) -> LocalDate?? {
      if s.isEmpty { return .some(nil) }
      guard let d = LocalDate(String(s)) else { return nil }
      return .some(d)
    }
    for line in lines.dropFirst() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count == 18, let name = unescape(f[0]), let size = Int64(f[1]),
        let mtime = Int64(f[2]), let ctime = Int64(f[3]), let inode = UInt64(f[4]),
        let id = unescape(f[5]), let status = unescape(f[6]), let label = unescape(f[7]),
        let school = unescape(f[8]), let worker = unescape(f[9]),
        let programme = unescape(f[10]), let family = unescape(f[11]),
        let start = date(f[12]), let lastHeld = date(f[14]), let firstDate = date(f[15]),
        let lastDate = date(f[16]), f[17] == "0" || f[17] == "1"
      else { return nil }
      var s = Summary()
      s.id = id
      s.status = status
      s.label = label
      s.school = school
      s.worker = worker
      s.programme = programme
      s.family = family
      s.start = start
      if !f[13].isEmpty {
        guard let weeks = Int(f[13]) else { return nil }
        s.plannedWeeks = weeks
      }
      s.lastHeld = lastHeld
      s.firstDate = firstDate
      s.lastDate = lastDate
      s.clean = f[17] == "1"
      entries[name] = Entry(
        name: name, stamp: Stamp(size: size, mtime: mtime, ctime: ctime, inode: inode),
        summary: s)
    }
    guard entries.count == count else { return nil }
    return WorkspaceIndex(key: key, entries: entries)
  }

  /// Writes the index atomically, 0600 in a 0700 folder (made when missing; an existing
  /// folder is narrowed to 0700). A failure to write is not an error: the index is a cache.
  @discardableResult
  public func write(to workspace: Workspace) -> Bool {
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
      try? AtomicWrite.write(Array("*\n".utf8), to: ignore, mode: 0o600, createOnly: true)
    }
    do {
      try AtomicWrite.write(
        serialized(), to: WorkspaceIndex.path(in: workspace), mode: 0o600, keepMode: false)
      return true
    } catch {
      return false
    }
  }

  /// Removes the index (erase, retention: it holds the erased children's labels). True when
  /// there is none afterwards.
  @discardableResult
  public static func purge(_ workspace: Workspace) -> Bool {
    let path = path(in: workspace)
    if unlink(path) == 0 || errno == ENOENT { return true }
    return false
  }
}
