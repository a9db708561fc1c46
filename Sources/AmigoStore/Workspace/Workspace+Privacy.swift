import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Workspace {
  /// The mode of the workspace folder when it is the top of a git clone (it holds `.git`) and
  /// group or others may open it; nil when it is private or not a clone's top. git creates a
  /// clone's folder and files as the umask says (0755, 0644); `amigo init` makes its own
  /// folders owner-only, and a workspace inside a bigger repository (as amigo's examples) is
  /// that repository's business.
  public func openToOthers() -> UInt32? {
    var git = stat()
    guard lstat(root + "/.git", &git) == 0 else { return nil }
    var info = stat()
    guard stat(root, &info) == 0, info.st_mode & 0o077 != 0 else { return nil }
    return UInt32(info.st_mode & 0o7777)
  }
}
