import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive advisory lock on a workspace (`flock` on `.amigo.lock`), so that two amigo
/// processes writing at once never lose each other's changes.
public final class WorkspaceLock {
  private let fd: Int32

  /// Runs `body` with `handler` told (with the lock file's path) when another process has held
  /// the lock for a second and a lock taken on this thread goes on waiting for it: the CLI says
  /// so, so that a wait behind a stopped or slow amigo is never a silent hang. The handler
  /// belongs to the thread (a command runs on one), so commands run side by side in one process
  /// (tests) each hear of their own waits. (Not a `@TaskLocal`: its `withValue` outside a task
  /// crashed every command of a release build with Swift 6.3.)
  public static func withWaitHandler<R>(
    _ handler: @escaping @Sendable (String) -> Void, _ body: () throws -> R
  ) rethrows -> R {
    let threadValues = Thread.current.threadDictionary
    let previous = threadValues[waitHandlerKey]
    threadValues[waitHandlerKey] = WaitHandler(handler)
    defer { threadValues[waitHandlerKey] = previous }
    return try body()
  }

  private static let waitHandlerKey = "amigo.WorkspaceLock.waitHandler"

  private final class WaitHandler {
    let call: @Sendable (String) -> Void
    init(_ call: @escaping @Sendable (String) -> Void) { self.call = call }
  }

  /// The handler `withWaitHandler` set on this thread, if any.
  static var onWait: ((String) -> Void)? {
    (Thread.current.threadDictionary[waitHandlerKey] as? WaitHandler)?.call
  }

  /// Blocks until the lock is held. The lock file is opened only as a file of its own: never
  /// through a symbolic link (one planted there, or committed to git, would have amigo create
  /// a file where it leads), never a device or a pipe (opening one may do something).
  public init(_ workspace: Workspace) throws(WriteError) {
    let path = workspace.root + "/.amigo.lock"
    var info = stat()
    if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
      throw WriteError(path, .notThroughLinks)
    }
    let opened = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
    guard opened >= 0 else {
      throw WriteError(path, errno == ELOOP ? .notThroughLinks : .systemError(errno))
    }
    guard fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      let kind = FileSystem.kind(info.st_mode)
      close(opened)
      throw WriteError(
        path,
        Bilingual(
          "it is \(kind.en), not a file; remove it, and amigo makes the lock file anew",
          "het is \(kind.nl), geen bestand; haal het weg, dan maakt amigo het slotbestand opnieuw"))
    }
    fd = opened
    // A write of another amigo takes a moment: waited for without a word for up to a second.
    for attempt in 0..<100 {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
      guard errno == EWOULDBLOCK || errno == EINTR else { break }
      if attempt < 99 { usleep(10_000) } else { Self.onWait?(path) }
    }
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(fd)
      throw WriteError(path, errno: code)
    }
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
