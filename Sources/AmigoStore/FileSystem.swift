import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading files, with errors that name the path.
public enum FileSystem {
  public struct ReadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot read '\(path)': \(reason)" }
  }

  /// The bytes of the file at `path`.
  public static func read(_ path: String) throws(ReadError) -> [UInt8] {
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
