import AmigoSchema
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

/// `TrajectoryIDs.of(listing)` (ids hashed from the paths' bytes, for a hundred thousand files)
/// answers `contains` as a set of every path's id (`Workspace.id(ofFile:)`) does: for every
/// shape of path, ids that are not ASCII, and ids equal only by canonical equivalence.
@Suite struct TrajectoryIDsTests {
  static let paths =
    PathTextTests.paths + [
      "/w/trajectories/KC-2026-8JJK.yaml", "/w/trajectories/2019/AOS-2019-00AA.yaml",
      "/w/trajectories/e\u{301}-1.yaml", "/w/trajectories/\u{212A}ZZ.yaml",
      "/w/trajectories/caf\u{E9}.yaml",
    ]
  static let probes =
    paths.map { Workspace.id(ofFile: $0) } + [
      "KC-2026-8JJK", "kc-2026-8jjk", "AOS-2019-00AA", "AOS-2026-0001", "\u{E9}-1", "e\u{301}-1",
      "KZZ", "\u{212A}ZZ", "cafe\u{301}", "caf\u{E9}", "nope", "", "b", "b.", ".hidden",
    ]

  @Test func containsAnswersAsASetOfEveryID() {
    let every = Set(Self.paths.map { Workspace.id(ofFile: $0) })
    let (ids, hashes) = TrajectoryIDs.of(PathListing(Self.paths))
    #expect(hashes.contains { $0 == nil })
    #expect(hashes.contains { $0 != nil })
    for probe in Self.probes {
      #expect(ids.contains(probe) == every.contains(probe), "\(probe.unicodeScalars.map(\.value))")
    }
    #expect(ids.contains("KZZ"))  // the Kelvin sign's file, as a set finds it
    #expect(ids.contains("\u{E9}-1"))
  }

  /// `place(of:)` gives the first path whose id is the one asked for, as a search of the
  /// paths in order does; `id(matching:)` answers for a text's ASCII word as `contains` does,
  /// for every path of a `PathListing`.
  @Test func placesAndWordsAnswerAsASearchOfThePaths() {
    let paths = Self.paths + ["/w/trajectories/2020/KC-2026-8JJK.yaml", "/w/x/KZZ.yaml"]
    let (ids, _) = TrajectoryIDs.of(PathListing(paths))
    for probe in Self.probes {
      let first = paths.firstIndex { Workspace.id(ofFile: $0) == probe }
      #expect(ids.place(of: probe) == first, "\(probe.unicodeScalars.map(\.value))")
      guard probe.utf8.allSatisfy({ $0 < 0x80 }), !probe.isEmpty else { continue }
      var word = probe
      let matched = word.withUTF8 { ids.id(matching: $0) }
      #expect(matched == (first == nil ? nil : probe), "\(probe)")
    }
    #expect(
      ids.place(of: "KC-2026-8JJK")
        == Self.paths.firstIndex(of: "/w/trajectories/KC-2026-8JJK.yaml"))
    #expect(TrajectoryIDs(["a"]).place(of: "a") == nil)  // made of ids: no places
  }
}
