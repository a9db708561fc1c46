import Foundation
import Testing

@testable import AmigoStore

/// `PathText` cuts the common path on its bytes and leaves every other path to `NSString`: the
/// answers are the same for every shape of path (but `.` and `a/`, on which this Foundation
/// traps: never a file of a listing).
@Suite struct PathTextTests {
  static let paths = [
    "/w/trajectories/AOS-2026-0001.yaml", "trajectories/AOS-2026-0001.yaml", "AOS.yaml", "a/b",
    "/a", "/", "", "..", "a//b.yaml", "//a.yaml", "/w/trajectories/", "a/.hidden",
    "a/.hidden.yaml", "a/b.", "a/b..yaml", "a/b.tar.gz", "a/./b.yaml", "a/../b.yaml", "./b.yaml",
    "a/b.yaml/", "a/b c.yaml", "a/ë.yaml", "a/b.yämL", "/w/trajectories/x.y/z", "~/a.yaml",
    "a/.", "a/..", "a/b.yaml.", "a/...", "a/-.yaml", "a///b", "a/b/", "a/b//",
  ]

  @Test(arguments: paths)
  func answersAsNSString(_ path: String) {
    #expect(PathText.folder(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
    #expect(PathText.name(of: path) == (path as NSString).lastPathComponent, "\(path)")
    #expect(
      PathText.stem(of: path)
        == ((path as NSString).lastPathComponent as NSString).deletingPathExtension, "\(path)")
  }
}
