import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading files, with errors that name the path.
public enum FileSystem {
  public struct ReadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// Why, in both languages.
    public let why: Bilingual
    /// True when amigo refused to follow a symbolic link out of the workspace.
    public var isLinkOutOfWorkspace = false
    /// Why, in English.
    public var reason: String { why.en }
    public var description: String { text("en") }

    public init(path: String, why: Bilingual, isLinkOutOfWorkspace: Bool = false) {
      self.path = path
      self.why = why
      self.isLinkOutOfWorkspace = isLinkOutOfWorkspace
    }

    /// The whole message in `language` (`nl` or `en`), with `shown` for the path.
    public func text(_ language: String, path shown: String? = nil) -> String {
      language == "nl"
        ? "kan '\(shown ?? path)' niet lezen: \(why.nl)"
        : "cannot read '\(shown ?? path)': \(why.en)"
    }
  }

  /// The bytes of the file at `path`. Refuses a path that leads, through a symbolic link, out
  /// of the workspace it lies in (see `linkOutOfWorkspace`).
  ///
  /// With `folders` (for a pass over many files), a file that is not itself a link is checked by
  /// its folder, resolved once per folder: no `realpath` per file.
  public static func read(
    _ path: String, folders: FolderResolutions? = nil
  ) throws(ReadError) -> [UInt8] {
    if let folders {
      let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
      if fd >= 0 {
        if folders.staysInside(PathText.folder(of: path)) {
          return try readAll(fd, path)
        }
        close(fd)
      }
      // A link, a folder out of the workspace, or an error: the full check says which.
    }
    if let target = linkOutOfWorkspace(path) {
      // The file itself, or a folder on its way (a `trajectories/` that is a link): each file
      // in such a folder is no link, and the remedy is the folder's.
      var info = stat()
      let itself = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
      let folder = PathText.folder(of: target)
      throw ReadError(
        path: path,
        why: itself
          ? Bilingual(
            "it is a symbolic link to '\(target)', outside the workspace; amigo does not follow links out of the workspace",
            "het is een symbolische koppeling naar '\(target)', buiten de werkmap; amigo volgt geen koppelingen uit de werkmap"
          )
          : Bilingual(
            "it lies behind a symbolic link: a folder on its way leads to '\(folder)', outside the workspace; amigo does not follow links out of the workspace",
            "het ligt achter een symbolische koppeling: een map op de weg ernaartoe leidt naar '\(folder)', buiten de werkmap; amigo volgt geen koppelingen uit de werkmap"
          ),
        isLinkOutOfWorkspace: true)
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ReadError(path: path, why: .systemError(errno)) }
    return try readAll(fd, path)
  }

  /// The bytes of a file named as input on the command line (`import FILE`, `statement --file`,
  /// `log-session --note-file`, `--from-aggregate`): any path, a pipe such as `<(…)` included
  /// (Foundation's `contents(atPath:)` gave nothing for one).
  /// A device (`/dev/stdin` on a terminal) is read to its end too, within the pipe's limit
  /// (`/dev/zero` never ends).
  public static func readInput(_ path: String) throws(ReadError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ReadError(path: path, why: .systemError(errno)) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFCHR {
      defer { close(fd) }
      return try readToEnd(fd, path)
    }
    return try readAll(fd, path)
  }

  /// Reads the whole file open at `fd`, and closes it.
  private static func readAll(_ fd: Int32, _ path: String) throws(ReadError) -> [UInt8] {
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw ReadError(path: path, why: .systemError(errno))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw ReadError(path: path, why: Bilingual("it is a folder", "het is een map"))
    }
    // A pipe or a FIFO (`--salt-file <(…)`) has no size: read it to its end. (A device such
    // as /dev/zero is still read for its size, none.)
    if (info.st_mode & S_IFMT) == S_IFIFO { return try readToEnd(fd, path) }
    let size = Int(info.st_size)
    var failure: Int32 = 0
    // Filled by read(2) without zeroing first; a file that shrank meanwhile gives what it holds.
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var total = 0
      while total < size {
        let n = Glibc.read(fd, buffer.baseAddress! + total, size - total)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if n == 0 { break }
        total += n
      }
      count = total
    }
    if failure != 0 { throw ReadError(path: path, why: .systemError(failure)) }
    return bytes
  }

  /// The most a pipe is read for (`readToEnd`): far more than any file amigo reads, and a
  /// pipe that never ends (`<(yes)`) is refused rather than read until memory runs out.
  static let pipeLimit = 256 << 20

  /// Reads the pipe `fd` until its end.
  private static func readToEnd(_ fd: Int32, _ path: String) throws(ReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw ReadError(path: path, why: .systemError(errno))
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > pipeLimit {
        throw ReadError(
          path: path,
          why: Bilingual(
            "it is a pipe that gives more than 256 MB", "het is een pipe die meer dan 256 MB geeft")
        )
      }
    }
  }

  /// For a pass over many files: whether the files directly in a folder (when they are not
  /// links themselves) lie in the workspace the folder is in, computed once per folder.
  public final class FolderResolutions: @unchecked Sendable {
    private var known: [String: Bool] = [:]
    private let lock = NSLock()

    public init() {}

    func staysInside(_ folder: String) -> Bool {
      if let answer = lock.withLock({ known[folder] }) { return answer }
      let answer = FileSystem.folderStaysInside(folder)
      lock.withLock { known[folder] = answer }
      return answer
    }
  }

  /// True when a file directly in `folder` that is not a link lies, links resolved, in the
  /// workspace `folder` is in (the rule of `linkOutOfWorkspace`, for the folder's files).
  static func folderStaysInside(_ folder: String) -> Bool {
    let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
    guard let real = realPath(absolute) else { return false }
    if real == absolute { return true }
    return Workspace.find(from: absolute).map { resolves(real, inside: $0.root) } ?? true
  }

  /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` (absolute) with every symbolic link, `.` and `..` resolved as the system would
  /// resolve them to create it: when it does not exist (yet), its nearest existing folder is
  /// resolved and the rest of the path is appended, with `.` and `..` in it taken literally.
  public static func resolvedPath(_ path: String) -> String {
    if let real = realPath(path) { return real }
    var existing = path
    var rest: [String] = []
    while true {
      let parent = (existing as NSString).deletingLastPathComponent
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      if parent == existing || parent.isEmpty {
        return URL(fileURLWithPath: path).standardizedFileURL.path
      }
      existing = parent
      if let real = realPath(existing) {
        let joined = ([real == "/" ? "" : real] + rest).joined(separator: "/")
        return URL(fileURLWithPath: joined).standardizedFileURL.path
      }
    }
  }

  /// True when `path` (or, when it does not exist yet, its nearest existing parent), with every
  /// link resolved, is `folder` or lies inside it (links in `folder` resolved too).
  public static func resolves(_ path: String, inside folder: String) -> Bool {
    var existing = URL(fileURLWithPath: path).standardizedFileURL.path
    var real = realPath(existing)
    while real == nil {
      let parent = (existing as NSString).deletingLastPathComponent
      if parent == existing || parent.isEmpty { return false }
      existing = parent
      real = realPath(existing)
    }
    guard let real, let base = realPath(folder) else { return false }
    return real == base || real.hasPrefix(base == "/" ? "/" : base + "/")
  }

  /// Where `path` really leads, when that is out of the workspace it lies in: the path, or a
  /// folder on its way, is a symbolic link to a place outside the nearest folder above it that
  /// holds `amigo.yaml`. Nil when no link is involved (the common case costs one `realpath`),
  /// when the links stay inside, when the path does not exist, or when it lies in no workspace.
  public static func linkOutOfWorkspace(_ path: String) -> String? {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard let real = realPath(absolute), real != absolute,
      let workspace = Workspace.find(from: (absolute as NSString).deletingLastPathComponent)
    else { return nil }
    return resolves(real, inside: workspace.root) ? nil : real
  }

  /// What a file of mode `mode` (`st_mode`) is, for a message: "a folder", "a character
  /// device", "a pipe (FIFO)", "a socket", "a block device", "a symbolic link" or "a file".
  public static func kind(_ mode: mode_t) -> Bilingual {
    switch mode & S_IFMT {
    case S_IFDIR: Bilingual("a folder", "een map")
    case S_IFCHR: Bilingual("a character device", "een tekenapparaat")
    case S_IFBLK: Bilingual("a block device", "een blokapparaat")
    case S_IFIFO: Bilingual("a pipe (FIFO)", "een pijp (FIFO)")
    case S_IFSOCK: Bilingual("a socket", "een socket")
    case S_IFLNK: Bilingual("a symbolic link", "een symbolische koppeling")
    default: Bilingual("a file", "een bestand")
    }
  }

  public static func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Every `.yaml` file below `folder`, sorted, skipping hidden files and folders. `folder`
  /// itself may be a link (a `trajectories/` moved elsewhere); linked folders below it are not
  /// entered. Linked files are listed: reading a file checks where it leads, so a file that lies
  /// out of the workspace is reported as unreadable, never read.
  public static func yamlFiles(under folder: String) -> [String] {
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return [] }
    var found = FoundPaths(skip: folder.utf8.count + 1)
    collectYAMLFiles(in: folder, into: &found)
    return found.sorted()
  }

  /// What `lstat` says `path` is, as `readdir`'s `d_type` would (for a file system that leaves
  /// it unknown): `DT_DIR`, `DT_REG`, `DT_LNK`, or `DT_FIFO` for anything else; nil when gone.
  static func entryType(_ path: String) -> Int32? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return Int32(DT_DIR)
    case S_IFREG: return Int32(DT_REG)
    case S_IFLNK: return Int32(DT_LNK)
    default: return Int32(DT_FIFO)
    }
  }

  /// The entries below `folder` that look like records but that amigo does not read: a name
  /// ending in `.yml`, or in `.yaml` in other capitals (`.YAML`), or something named `*.yaml`
  /// that is neither a file nor a folder (a pipe, a device). Sorted; hidden names and linked
  /// folders are skipped, as `yamlFiles` skips them. For `validate`'s `ignored-file` warning.
  public static func unreadRecordLikeFiles(under folder: String) -> [String] {
    var out: [String] = []
    func walk(_ folder: String) {
      guard let dir = opendir(folder) else { return }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        var type = Int32(entry.pointee.d_type)
        // Judged on the name's bytes first: a folder of ten thousand records makes no string
        // for a name that cannot be one of these (`….yaml`, which is read).
        let candidate = withUnsafeBytes(of: entry.pointee.d_name) { raw -> Bool in
          let p = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
          let n = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
          guard n > 0, p[0] != 0x2E else { return false }
          if type == Int32(DT_DIR) || type == Int32(DT_UNKNOWN) { return true }
          func lower(_ i: Int) -> UInt8 { p[i] | (p[i] >= 0x41 && p[i] <= 0x5A ? 0x20 : 0) }
          let yml =
            n >= 4 && lower(n - 4) == 0x2E && lower(n - 3) == 0x79 && lower(n - 2) == 0x6D
            && lower(n - 1) == 0x6C
          let yaml =
            n >= 5 && lower(n - 5) == 0x2E && lower(n - 4) == 0x79 && lower(n - 3) == 0x61
            && lower(n - 2) == 0x6D && lower(n - 1) == 0x6C
          let exact =
            n >= 5 && p[n - 5] == 0x2E && p[n - 4] == 0x79 && p[n - 3] == 0x61 && p[n - 2] == 0x6D
            && p[n - 1] == 0x6C
          let isFile = type == Int32(DT_REG) || type == Int32(DT_LNK)
          return yml || (yaml && !(exact && isFile))
        }
        guard candidate else { continue }
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
          String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        let path = folder + "/" + name
        if type == Int32(DT_UNKNOWN) {
          guard let known = entryType(path) else { continue }
          type = known
        }
        if type == Int32(DT_DIR) {
          walk(path)
          continue
        }
        let lower = name.lowercased()
        let looksYAML = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
        guard looksYAML else { continue }
        let read = name.hasSuffix(".yaml")
        let isFile = type == Int32(DT_REG) || type == Int32(DT_LNK)
        if !read || !isFile { out.append(path) }
      }
    }
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return [] }
    walk(folder)
    return out.sorted()
  }

  /// The temporary copies in `folder` (`.<name>.yaml.tmp-…`) that writes of files that do not
  /// exist left behind: amigo was stopped while creating the file (`new-child`, the first
  /// contact of a month). Unlike the copy of an existing file, which its next write replaces,
  /// nothing ever removes them, and they hold a record's data out of sight. Sorted.
  public static func orphanedCopies(in folder: String) -> [String] {
    names(in: folder, startingWith: ".").compactMap { name -> String? in
      guard let end = name.range(of: ".yaml.tmp-") else { return nil }
      let target =
        folder + "/" + name[name.index(after: name.startIndex)..<end.lowerBound] + ".yaml"
      var info = stat()
      guard lstat(target, &info) != 0 else { return nil }
      return folder + "/" + name
    }.sorted()
  }

  /// `folder` and every folder below it that amigo reads records from (`yamlFiles`): hidden
  /// folders and links to folders left out. Where an interrupted write leaves its copy, in a
  /// per-year or archive folder too. Sorted; empty when `folder` is not a folder.
  public static func folders(under folder: String) -> [String] {
    var out: [String] = []
    // Judged by the entry's type from `readdir` (a `stat` only where the file system does not
    // say): a folder of ten thousand records costs no string and no `stat` per record.
    func walk(_ folder: String) {
      out.append(folder)
      guard let dir = opendir(folder) else { return }
      var inside: [String] = []
      while let entry = readdir(dir) {
        let type = Int32(entry.pointee.d_type)
        guard type == Int32(DT_DIR) || type == Int32(DT_UNKNOWN) else { continue }
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
          String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        guard !name.hasPrefix(".") else { continue }
        let path = folder + "/" + name
        if type == Int32(DT_DIR) || entryType(path) == Int32(DT_DIR) { inside.append(path) }
      }
      closedir(dir)
      for path in inside { walk(path) }
    }
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return [] }
    walk(folder)
    return out.sorted()
  }

  /// The names in `folder` that start with `prefix`. Compares the raw names: a folder of ten
  /// thousand trajectories costs one `readdir` pass, not ten thousand strings.
  static func names(in folder: String, startingWith prefix: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    let length = prefix.utf8.count
    while let entry = readdir(dir) {
      let matches = withUnsafeBytes(of: entry.pointee.d_name) {
        strncmp($0.baseAddress!.assumingMemoryBound(to: CChar.self), prefix, length) == 0
      }
      if matches {
        out.append(
          withUnsafeBytes(of: entry.pointee.d_name) {
            String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
          })
      }
    }
    return out
  }

  /// The paths found by `yamlFiles`, as bytes in one buffer (issue 32: a hundred thousand
  /// archived files cost no `String` until they are in order, and their sort compares bytes
  /// without retaining anything).
  struct FoundPaths {
    /// Every path's UTF-8, one after another, each followed by a NUL.
    var bytes: [UInt8] = []
    /// Where each path starts in `bytes`, and its length.
    var spans: [(start: Int, length: Int)] = []
    /// The length of the top folder's path and the slash after it: the same first bytes in
    /// every path.
    var skip = 0
    /// True when a name below the top folder is not ASCII: such paths are sorted as strings
    /// (`String`'s order normalizes, bytes' does not), as they always were.
    var nonASCII = false

    /// Given each `batch` paths as soon as they are found, for a caller that works on them
    /// while the folder is still being read (`listing(under:stamped:)` stats them): the paths'
    /// numbers, and a copy of their bytes with their spans in it.
    var batch = 0
    var onBatch: ((Range<Int>, [UInt8], [(start: Int, length: Int)]) -> Void)?
    /// How many paths were given to `onBatch`.
    var batched = 0
    /// Every folder read, with its stamp as it was opened (`ListingCache`), when not nil; set
    /// to nil when a folder could not be stat'ed.
    var folders: [ListingCache.Folder]?
    /// True when a symbolic link with a `.yaml` name was met (listed or not, by where it leads).
    var hasLinks = false

    mutating func append(_ folder: [UInt8], _ name: UnsafeBufferPointer<UInt8>) {
      let start = bytes.count
      bytes.append(contentsOf: folder)
      bytes.append(0x2F)
      bytes.append(contentsOf: name)
      spans.append((start, bytes.count - start))
      bytes.append(0)  // for the system calls (`listing(under:stamped:)`)
      if batch > 0, spans.count - batched >= batch { flushBatch() }
    }

    /// Gives the paths found since the last batch to `onBatch` (the last, shorter batch).
    mutating func flushBatch() {
      guard let onBatch, spans.count > batched else { return }
      let first = spans[batched].start
      let part = Array(bytes[first...])
      let partSpans = spans[batched...].map { (start: $0.start - first, length: $0.length) }
      onBatch(batched..<spans.count, part, partSpans)
      batched = spans.count
    }

    /// The paths in `String` order (byte order for ASCII names).
    func sorted() -> [String] {
      let order = order()
      return bytes.withUnsafeBufferPointer { all in
        order.map {
          let s = spans[$0]
          return String(
            decoding: UnsafeBufferPointer(rebasing: all[s.start..<(s.start + s.length)]),
            as: UTF8.self)
        }
      }
    }

    /// The positions of the paths in `String` order (byte order for ASCII names).
    func order() -> [Int] {
      bytes.withUnsafeBufferPointer { all -> [Int] in
        if nonASCII {
          let strings = spans.map {
            String(
              decoding: UnsafeBufferPointer(rebasing: all[$0.start..<($0.start + $0.length)]),
              as: UTF8.self)
          }
          return spans.indices.sorted { strings[$0] < strings[$1] }
        }
        guard let base = all.baseAddress else { return [] }
        // Every path starts with the top folder and a slash (`skip` bytes): the names are
        // compared by their first sixteen bytes as two numbers, and by `memcmp` only when
        // those are equal.
        let skip = self.skip
        var keys: [(a: UInt64, b: UInt64, i: Int)] = []
        keys.reserveCapacity(spans.count)
        for (i, s) in spans.enumerated() {
          let p = base + s.start + skip
          let n = s.length - skip
          var a: UInt64 = 0
          var b: UInt64 = 0
          if n >= 16 {
            // Big-endian: the first byte most significant, as the bytes compare.
            a = UInt64(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
            b = UInt64(bigEndian: UnsafeRawPointer(p + 8).loadUnaligned(as: UInt64.self))
          } else {
            for k in 0..<Swift.min(n, 8) { a |= UInt64(p[k]) << (56 - 8 * k) }
            if n > 8 { for k in 8..<n { b |= UInt64(p[k]) << (56 - 8 * (k - 8)) } }
          }
          keys.append((a, b, i))
        }
        keys.radixSort { ($0.a, $0.b) }
        // Names alike in their first sixteen bytes lie together now, in listing order: each
        // such run is put in order by its whole names (rare: long names alike at the start).
        return spans.withUnsafeBufferPointer { spans in
          var from = 0
          while from < keys.count {
            var to = from + 1
            while to < keys.count, keys[to].a == keys[from].a, keys[to].b == keys[from].b {
              to += 1
            }
            if to - from > 1 {
              keys[from..<to].sort { x, y in
                let a = spans[x.i]
                let b = spans[y.i]
                let n = Swift.min(a.length, b.length)
                let c = memcmp(base + a.start, base + b.start, n)
                return c != 0 ? c < 0 : a.length < b.length
              }
            }
            from = to
          }
          return keys.map(\.i)
        }
      }
    }
  }

  static func collectYAMLFiles(in folder: String, into out: inout FoundPaths) {
    guard let dir = opendir(folder) else {
      out.folders = nil
      return
    }
    defer { closedir(dir) }
    let folderBytes = Array(folder.utf8)
    if out.folders != nil {
      // Stat'ed before it is read: a name added meanwhile changes its stamp after this one.
      var info = stat()
      if fstat(dirfd(dir), &info) == 0 {
        let below = folderBytes.count > out.skip ? Array(folderBytes[out.skip...]) : []
        let path = String(decoding: below, as: UTF8.self)
        // A name that is not UTF-8 could not be found again by its `String`: not kept.
        if path.utf8.elementsEqual(below) {
          out.folders!.append(ListingCache.Folder(path: path, stamp: WorkspaceIndex.Stamp(info)))
        } else {
          out.folders = nil
        }
      } else {
        out.folders = nil
      }
    }
    let suffix: [UInt8] = Array(".yaml".utf8)
    while let entry = readdir(dir) {
      withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let cName = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
        let length = strnlen(cName, raw.count)
        let name = UnsafeBufferPointer(
          start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length)
        let ascii = !name.contains { $0 >= 0x80 }
        // A name that is not ASCII is judged as a `String`, as it always was.
        let text: String? = ascii ? nil : String(cString: cName)
        if let text {
          if text.hasPrefix(".") { return }
        } else if length == 0 || name[0] == 0x2E {
          return  // hidden
        }
        if !ascii { out.nonASCII = true }
        let isYAML =
          text.map { $0.hasSuffix(".yaml") }
          ?? (length >= suffix.count
            && memcmp(name.baseAddress! + length - suffix.count, suffix, suffix.count) == 0)
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_DIR) || type == Int32(DT_LNK) {
          let path = folder + "/" + (text ?? String(decoding: name, as: UTF8.self))
          if type == Int32(DT_UNKNOWN) {
            // Neither a folder, a file nor a link (a pipe, a device): not listed.
            guard let known = entryType(path), known != Int32(DT_FIFO) else { return }
            type = known
          }
          switch type {
          case Int32(DT_DIR):
            collectYAMLFiles(in: path, into: &out)
            return
          case Int32(DT_LNK):
            if isYAML { out.hasLinks = true }
            if !isYAML || isDirectory(path) { return }
          case Int32(DT_REG): break
          default: return
          }
        }
        guard type == Int32(DT_REG) || type == Int32(DT_LNK), isYAML else { return }
        out.append(folderBytes, name)
      }
    }
  }
}
