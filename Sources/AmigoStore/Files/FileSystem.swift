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
      throw ReadError(
        path: path,
        why: Bilingual(
          "it is a symbolic link to '\(target)', outside the workspace; amigo does not follow links out of the workspace",
          "het is een symbolische koppeling naar '\(target)', buiten de werkmap; amigo volgt geen koppelingen uit de werkmap"
        ),
        isLinkOutOfWorkspace: true)
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ReadError(path: path, why: .systemError(errno)) }
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
    var out: [String] = []
    collectYAMLFiles(in: folder, into: &out)
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

  private static func collectYAMLFiles(in folder: String, into out: inout [String]) {
    guard let dir = opendir(folder) else { return }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }
      let path = folder + "/" + name
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) {
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: type = Int32(DT_DIR)
        case S_IFREG: type = Int32(DT_REG)
        case S_IFLNK: type = Int32(DT_LNK)
        default: continue
        }
      }
      switch type {
      case Int32(DT_DIR): collectYAMLFiles(in: path, into: &out)
      case Int32(DT_REG): if name.hasSuffix(".yaml") { out.append(path) }
      case Int32(DT_LNK): if name.hasSuffix(".yaml") && !isDirectory(path) { out.append(path) }
      default: break
      }
    }
  }
}
