import Foundation
import Testing

@testable import AmigoStore

#if canImport(Glibc)
  import Glibc
#endif

/// The listing cache (issue 32): the trajectory folder's names are taken from the last listing
/// only while every folder in it is as it was, and the result is always what reading the
/// folders gives.
@Suite struct ListingCacheTests {
  let fm = FileManager.default

  func folder(_ names: [String], folders: [String] = []) throws -> String {
    try temporaryFolder("listingcache", names, folders: folders)
  }

  func write(_ path: String, size: Int) throws {
    try Data(String(repeating: "x", count: size).utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A margin the tests can wait out: folders changed more than this before a listing are
  /// steady (the product uses `ListingCache.steadyMargin`, seconds).
  let margin: Int64 = 40_000_000
  func settle() { usleep(80_000) }

  /// The listing with `cache` equals reading the folders: names, order and stamps.
  func expectLikeReading(
    _ base: String, _ listed: FileSystem.StampedListing,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (paths, stamps) = FileSystem.listing(under: base, stamped: true)
    #expect(Array(listed.paths) == Array(paths), sourceLocation: sourceLocation)
    #expect(listed.paths.byteOrdered == paths.byteOrdered, sourceLocation: sourceLocation)
    #expect(listed.stamps == stamps, sourceLocation: sourceLocation)
    #expect(
      Array(listed.paths) == FileSystem.yamlFiles(under: base), sourceLocation: sourceLocation)
  }

  @Test func aSteadyListingIsKeptAndStandsForTheFolders() throws {
    let base = try folder(
      [
        "B.yaml", "a.yaml", "sub/c.yaml", "sub/deeper/d.yaml", "notes.txt", ".hidden.yaml",
        "Z\u{e9}.yaml",
      ],
      folders: ["sub/deeper", ".git"])
    defer { try? fm.removeItem(atPath: base) }
    settle()
    let first = FileSystem.stampedListing(under: base, cache: nil, margin: margin)
    #expect(!first.fromCache)
    let made = try #require(first.made)
    #expect(made.folders.map(\.path) == ["", "sub", "sub/deeper"])
    #expect(!made.paths.byteOrdered)
    expectLikeReading(base, first)
    // Through the file's bytes and back.
    let kept = try #require(ListingCache.parse(made.serialized()))
    #expect(kept == made)
    let second = FileSystem.stampedListing(under: base, cache: kept, margin: margin)
    #expect(second.fromCache)
    #expect(second.made == nil)
    expectLikeReading(base, second)
    // An edit in place changes no folder: the names still hold, the stamp is the file's new one.
    let fd = open(base + "/a.yaml", O_WRONLY | O_TRUNC)
    #expect(fd >= 0)
    #expect(Glibc.write(fd, "changed in place", 16) == 16)
    close(fd)
    let third = FileSystem.stampedListing(under: base, cache: kept, margin: margin)
    #expect(third.fromCache)
    expectLikeReading(base, third)
    // Another folder (or the same one moved) is not answered from it.
    #expect(!kept.holds(for: base + "/sub", margin: margin))
  }

  @Test func everyChangeToAFolderIsSeen() throws {
    let base = try folder(["a.yaml", "b.yaml", "sub/c.yaml"], folders: ["sub", "sub/x"])
    defer { try? fm.removeItem(atPath: base) }
    let changes: [(String, () throws -> Void)] = [
      ("new file", { try self.write(base + "/n.yaml", size: 3) }),
      ("new file in a subfolder", { try self.write(base + "/sub/n.yaml", size: 3) }),
      ("new file two folders down", { try self.write(base + "/sub/x/n.yaml", size: 3) }),
      ("removed", { try self.fm.removeItem(atPath: base + "/a.yaml") }),
      ("renamed", { try self.fm.moveItem(atPath: base + "/b.yaml", toPath: base + "/b2.yaml") }),
      (
        "new folder",
        { try self.fm.createDirectory(atPath: base + "/new", withIntermediateDirectories: false) }
      ),
      ("file in the new folder", { try self.write(base + "/new/m.yaml", size: 3) }),
      ("folder removed", { try self.fm.removeItem(atPath: base + "/sub/x") }),
      (
        "folder replaced",
        {
          try self.fm.removeItem(atPath: base + "/new")
          try self.fm.createDirectory(atPath: base + "/new", withIntermediateDirectories: false)
        }
      ),
    ]
    for (what, change) in changes {
      settle()
      let made = try #require(
        FileSystem.stampedListing(under: base, cache: nil, margin: margin).made, "\(what)")
      try change()
      // At once: within the same clock tick as the listing, had the margin not been waited.
      let after = FileSystem.stampedListing(under: base, cache: made, margin: margin)
      #expect(!after.fromCache, "\(what)")
      expectLikeReading(base, after)
    }
  }

  @Test func randomChangesAtAnyPaceAreSeen() throws {
    let base = try folder(["a.yaml"], folders: ["s"])
    defer { try? fm.removeItem(atPath: base) }
    var rng = SystemRandomNumberGenerator()
    var cache: ListingCache?
    var used = 0
    for round in 0..<120 {
      let place = Bool.random(using: &rng) ? base : base + "/s"
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: try write(place + "/r\(Int.random(in: 0..<8, using: &rng)).yaml", size: round % 7 + 1)
      case 1:
        let names = try fm.contentsOfDirectory(atPath: place).filter { $0.hasSuffix(".yaml") }
        if let name = names.randomElement(using: &rng) {
          try fm.removeItem(atPath: place + "/" + name)
        }
      case 2: break  // nothing: the cache should hold
      default: if Bool.random(using: &rng) { settle() }
      }
      let listed = FileSystem.stampedListing(under: base, cache: cache, margin: margin)
      expectLikeReading(base, listed)
      if listed.fromCache { used += 1 }
      if let made = listed.made { cache = made }
    }
    #expect(used > 0)
  }

  @Test func aFolderChangedJustBeforeTheListingIsNotKept() throws {
    let base = try folder(["a.yaml"])
    defer { try? fm.removeItem(atPath: base) }
    // Made a moment ago: within the product's margin.
    #expect(FileSystem.stampedListing(under: base, cache: nil).made == nil)
    // A listing recorded as taken too soon after its folder changed is not used, even though
    // the folder's stamp is still the same.
    settle()
    let made = try #require(FileSystem.stampedListing(under: base, cache: nil, margin: margin).made)
    var racy = made
    racy.takenAt = made.folders[0].stamp.ctime + margin / 2
    #expect(!racy.holds(for: base, margin: margin))
    #expect(made.holds(for: base, margin: margin))
  }

  @Test func aListingWithALinkedFileIsNotKept() throws {
    let base = try folder(["a.yaml"], folders: ["d"])
    defer { try? fm.removeItem(atPath: base) }
    // A link whose target may become a folder (then not listed) without any folder changing.
    try fm.createSymbolicLink(atPath: base + "/l.yaml", withDestinationPath: base + "/d")
    settle()
    let listed = FileSystem.stampedListing(under: base, cache: nil, margin: margin)
    #expect(listed.made == nil)
    expectLikeReading(base, listed)
  }

  @Test func aGarbledOrForeignFileIsNotUsed() throws {
    let base = try folder(["a.yaml", "s/b.yaml"], folders: ["s"])
    defer { try? fm.removeItem(atPath: base) }
    settle()
    let made = try #require(FileSystem.stampedListing(under: base, cache: nil, margin: margin).made)
    let bytes = made.serialized()
    #expect(ListingCache.parse(bytes) == made)
    for cut in [0, 8, 31, 32, bytes.count / 2, bytes.count - 1] {
      #expect(ListingCache.parse(Array(bytes[..<cut])) == nil, "cut at \(cut)")
    }
    for at in stride(from: 0, to: bytes.count, by: 3) {
      var garbled = bytes
      garbled[at] ^= 0x5A
      #expect(ListingCache.parse(garbled) == nil, "byte \(at)")
    }
    // Names a listing never makes, in a file whose checksum is right.
    for name in [
      "../x.yaml", "/abs.yaml", "s/.h.yaml", ".h.yaml", "s//b.yaml", "s/./b.yaml", "x.txt", "s/",
      "a\u{0}b.yaml", ".yaml", "s/../b.yaml",
    ] {
      var foreign = made
      foreign.paths = PathListing([base + "/" + name])
      #expect(ListingCache.parse(foreign.serialized()) == nil, "\(name)")
    }
    for path in ["..", "/etc", "s/../..", ".git"] {
      var foreign = made
      foreign.folders[1].path = path
      #expect(ListingCache.parse(foreign.serialized()) == nil, "\(path)")
    }
  }

  @Test func theWorkspaceKeepsItPrivateAndEraseRemovesIt() throws {
    let root = try folder(["trajectories/AOS-2026-AAAA.yaml"], folders: ["trajectories"])
    defer { try? fm.removeItem(atPath: root) }
    let workspace = Workspace(root: root)
    // Too fresh to be kept.
    _ = Loader.listIndexed(workspace, version: "test")
    let path = ListingCache.path(in: workspace)
    #expect(!fm.fileExists(atPath: path))
    // Once the folder has been still for the margin, the next listing keeps it, 0600.
    usleep(UInt32(ListingCache.steadyMargin / 1000) + 100_000)
    #expect(!Loader.listIndexed(workspace, version: "test").namesFromCache)
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    let warm = Loader.listIndexed(workspace, version: "test")
    #expect(warm.namesFromCache)
    #expect(Array(warm.paths) == [root + "/trajectories/AOS-2026-AAAA.yaml"])
    // A file added is listed at once.
    try write(root + "/trajectories/AOS-2026-BBBB.yaml", size: 2)
    let after = Loader.listIndexed(workspace, version: "test")
    #expect(!after.namesFromCache)
    #expect(after.paths.count == 2)
    #expect(WorkspaceIndex.purge(workspace))
    #expect(!fm.fileExists(atPath: path))
  }
}
