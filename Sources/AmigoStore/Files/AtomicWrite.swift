import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why a write failed. Nothing was changed on disk when this is thrown.
public struct WriteError: Error, Sendable, CustomStringConvertible {
  public let path: String
  /// Why, in both languages.
  public let why: Bilingual
  /// Why, in English.
  public var reason: String { why.en }
  public var description: String { text("en") }

  /// The whole message in `language` (`nl` or `en`), with `shown` for the path.
  public func text(_ language: String, path shown: String? = nil) -> String {
    language == "nl"
      ? "kan '\(shown ?? path)' niet schrijven: \(why.nl)"
      : "cannot write '\(shown ?? path)': \(why.en)"
  }

  init(_ path: String, _ why: Bilingual) {
    self.path = path
    self.why = why
  }

  /// `path` exists already.
  public static func exists(_ path: String) -> WriteError { WriteError(path, .alreadyExists) }

  init(_ path: String, errno code: Int32) {
    self.init(path, .systemError(code))
  }
}

/// Writes files so that a reader (or a crash) only ever sees the old or the new content:
/// a temporary file in the same folder, fsync, rename over the target, fsync the folder.
public enum AtomicWrite {
  /// Writes `bytes` to `path`. New files get `mode` (owner-only by default); an existing file
  /// keeps its owner's permissions (never group's or others') unless `keepMode` is false. With `createOnly`, fails if the file
  /// exists. `locked`: the caller holds the workspace lock, so no other amigo writes `path`;
  /// the temporary copy then has one fixed name (`.<name>.tmp-amigo`), and a copy an
  /// interrupted write left under it is replaced, without looking through the folder.
  /// `durable: false` (a cache that checks itself, such as the workspace index) leaves out the
  /// two fsync calls: a crash may then leave the old content or a garbled file, never a mix.
  public static func write(
    _ bytes: [UInt8], to path: String, mode: mode_t = 0o600, keepMode: Bool = true,
    createOnly: Bool = false, locked: Bool = false, durable: Bool = true
  ) throws(WriteError) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists && createOnly { throw WriteError(path, .alreadyExists) }
    if exists && (existing.st_mode & S_IFMT) == S_IFLNK {
      throw WriteError(
        path,
        Bilingual(
          "it is a symbolic link; amigo does not write through links",
          "het is een symbolische koppeling; amigo schrijft niet via koppelingen"))
    }
    // Renaming over a folder, a device, a pipe or a socket would replace it with a file.
    if exists && (existing.st_mode & S_IFMT) != S_IFREG {
      let kind = FileSystem.kind(existing.st_mode)
      throw WriteError(
        path,
        Bilingual(
          "it is \(kind.en), not a file; amigo replaces only files",
          "het is \(kind.nl), geen bestand; amigo vervangt alleen bestanden"))
    }
    // A file its owner made read-only (`chmod a-w`) is not replaced: the rename below would
    // replace it whatever the file's own permissions say (as `sed -i` does; `vi` refuses).
    if exists && existing.st_mode & S_IWUSR == 0 {
      throw WriteError(
        path,
        Bilingual(
          "it is read-only (the file itself may not be written); make it writable first (chmod u+w) if it should change",
          "het is alleen-lezen (het bestand zelf mag niet beschreven worden); maak het eerst beschrijfbaar (chmod u+w) als het moet veranderen"
        ))
    }
    // A rewrite keeps the owner's bits only: amigo's files are private (a clone's files start
    // as the umask made them, often 0644).
    let fileMode = exists && keepMode ? existing.st_mode & 0o700 : mode

    // A unique temporary name in the same folder, so the rename is atomic.
    var tempPath = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      tempPath = folder + "/." + name + (locked ? ".tmp-amigo" : ".tmp-\(getpid())-\(attempt)")
      if locked && attempt == 0 { unlink(tempPath) }
      fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
      if fd >= 0 { break }
      if errno != EEXIST { throw WriteError(path, errno: errno) }
    }
    guard fd >= 0 else {
      throw WriteError(
        path,
        Bilingual(
          "no temporary file name was free", "er was geen vrije naam voor een tijdelijk bestand"))
    }
    var failure: WriteError?
    defer {
      if failure != nil { unlink(tempPath) }
    }
    // Apply the mode exactly (umask may have narrowed it).
    fchmod(fd, fileMode)
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes {
        Glibc.write(fd, $0.baseAddress! + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        failure = WriteError(path, errno: errno)
        close(fd)
        throw failure!
      }
      written += n
    }
    if durable, fsync(fd) != 0 {
      failure = WriteError(path, errno: errno)
      close(fd)
      throw failure!
    }
    if close(fd) != 0 {
      failure = WriteError(path, errno: errno)
      throw failure!
    }
    if createOnly {
      // link() fails if the target exists: no race with another creator.
      if link(tempPath, path) != 0 {
        failure = WriteError(path, errno == EEXIST ? .alreadyExists : .systemError(errno))
        throw failure!
      }
      unlink(tempPath)
    } else if rename(tempPath, path) != 0 {
      failure = WriteError(path, errno: errno)
      throw failure!
    }
    // Make the rename durable.
    if durable { syncFolder(folder) }
  }

  /// Removes the temporary copies of `path` (`.<name>.tmp-*`) that interrupted writes left
  /// behind, also those of older versions (named by process): they hold the file's data, out of
  /// sight. Reads the whole folder (`amigo erase`); call it only while holding the workspace
  /// lock. Returns the paths removed, sorted.
  @discardableResult
  public static func removeLeftovers(of path: String) -> [String] {
    let folder = (path as NSString).deletingLastPathComponent
    let prefix = "." + (path as NSString).lastPathComponent + ".tmp-"
    var removed: [String] = []
    for entry in FileSystem.names(in: folder, startingWith: prefix) {
      let leftover = folder + "/" + entry
      if unlink(leftover) == 0 { removed.append(leftover) }
    }
    return removed.sorted()
  }

  /// Flushes `folder`'s entries (a rename, a removal) to disk; best effort.
  public static func syncFolder(_ folder: String) {
    let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  /// Creates `path` as a folder readable by its owner only (and its missing parents).
  public static func makeFolder(_ path: String) throws(WriteError) {
    // mkdir(2), creating missing parents first, so an error names the folder and the system's
    // reason ("Not a directory", "Permission denied", "No space left on device").
    if mkdir(path, 0o700) == 0 {
      chmod(path, 0o700)
      return
    }
    let code = errno
    switch code {
    case EEXIST:
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
        return
      }
      throw WriteError(path, errno: ENOTDIR)
    case ENOENT:
      let parent = (path as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != path else { throw WriteError(path, errno: code) }
      do {
        try makeFolder(parent)
      } catch {
        throw WriteError(path, error.why)
      }
      if mkdir(path, 0o700) != 0 && errno != EEXIST { throw WriteError(path, errno: errno) }
      chmod(path, 0o700)
    default:
      throw WriteError(path, errno: code)
    }
  }

}

extension Bilingual {
  static let alreadyExists = Bilingual("it already exists", "het bestaat al")
  static let notThroughLinks = Bilingual(
    "it is a symbolic link; amigo does not write through links",
    "het is een symbolische koppeling; amigo schrijft niet via koppelingen")
}
