import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// An atomic write renames a new file over the target: it must never do that to anything but a
/// file (a device node, a pipe, a socket or a folder would be replaced by a file).
@Suite struct AtomicWriteTests {
  @Test func onlyAFileIsReplaced() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-atomic")
    let folder = scratch.root.path

    let fifo = folder + "/fifo"
    try #require(mkfifo(fifo, 0o600) == 0)
    let sub = folder + "/sub"
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    for (path, kind, shown) in [(fifo, S_IFIFO, "a pipe (FIFO)"), (sub, S_IFDIR, "a folder")] {
      #expect {
        try AtomicWrite.write(Array("report\n".utf8), to: path, keepMode: false)
      } throws: { error in
        (error as? WriteError)?.reason == "it is \(shown), not a file; amigo replaces only files"
      }
      var info = stat()
      #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == kind)
    }
    // No temporary copy is left behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["fifo", "sub"])

    let file = folder + "/file"
    try AtomicWrite.write(Array("old\n".utf8), to: file)
    try AtomicWrite.write(Array("new\n".utf8), to: file)
    #expect(FileManager.default.contents(atPath: file) == Data("new\n".utf8))
  }
}
