import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading files, with errors that name the path.
public enum FileSystem {
  public struct ReadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    /// True when amigo refused to follow a symbolic link out of the workspace.
    public var isLinkOutOfWorkspace = false
    public var description: String { "cannot read '\(path)': \(reason)" }
  }

  /// The bytes of the file at `path`. Refuses a path that leads, through a symbolic link, out
  /// of the workspace it lies in (see `linkOutOfWorkspace`).
  public static func read(_ path: String) throws(ReadError) -> [UInt8] {
    if let target = linkOutOfWorkspace(path) {
      throw ReadError(
        path: path,
        reason:
          "it is a symbolic link to '\(target)', outside the workspace; amigo does not follow links out of the workspace",
        isLinkOutOfWorkspace: true)
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw ReadError(path: path, reason: String(cString: strerror(errno)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(path: path, reason: "it is a folder") }
    let size = Int(info.st_size)
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, size - total) }
      if n < 0 {
        if errno == EINTR { continue }
        throw ReadError(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      total += n
    }
    if total < size { bytes.removeLast(size - total) }
    return bytes
  }

  /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
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
    guard let real = realPath(absolute), real != absolute else { return nil }
    var folder = (absolute as NSString).deletingLastPathComponent
    while true {
      if exists(folder + "/amigo.yaml") {
        return resolves(real, inside: folder) ? nil : real
      }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || parent.isEmpty { return nil }
      folder = parent
    }
  }

  public static func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Every `.yaml` file below `folder`, sorted, skipping hidden files and folders.
  public static func yamlFiles(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var out: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        if isDirectory(folder + "/" + relative) { enumerator.skipDescendants() }
        continue
      }
      if name.hasSuffix(".yaml") && !isDirectory(folder + "/" + relative) {
        out.append(folder + "/" + relative)
      }
    }
    return out.sorted()
  }
}
