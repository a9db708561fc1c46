import Foundation
import Testing

@testable import AmigoStore

/// `FileSystem.listing(under:stamped:)` (issue 32) lists what `yamlFiles` lists, in its order,
/// as bytes, and stats every file as `WorkspaceIndex.Stamp.of` does, while the names are put in
/// order; the index's fresh entries are found by walking the table in step with the listing.
@Suite struct PathListingTests {
  func folder(_ names: [String], folders: [String] = []) throws -> String {
    try temporaryFolder("pathlisting", names, folders: folders)
  }

  /// The listing of `base` against `yamlFiles` and `Stamp.of`, and every path found again.
  func check(_ base: String) {
    let expected = FileSystem.yamlFiles(under: base)
    let (listing, stamps) = FileSystem.listing(under: base, stamped: true)
    #expect(Array(listing) == expected)
    #expect(stamps?.count == expected.count)
    for (i, path) in expected.enumerated() {
      #expect(stamps?[i] == WorkspaceIndex.Stamp.of(path), "\(path)")
      #expect(stamps?[i] != nil)
      #expect(listing.index(of: path) == i, "\(path)")
    }
    #expect(listing.index(of: base + "/not-there.yaml") == nil)
    #expect(listing.index(of: base) == nil)
    let (unstamped, none) = FileSystem.listing(under: base, stamped: false)
    #expect(Array(unstamped) == expected)
    #expect(none == nil)
  }

  @Test func asciiNamesSubfoldersAndLinks() throws {
    let base = try folder(
      [
        "AOS-2026-K7Q4.yaml", "AOS-2026-K7Q.yaml", "AOS-2007-00X3.yaml", "a.yaml", "a/b.yaml",
        "a/.hidden.yaml", "deep/er/AOS-1.yaml", ".hidden.yaml", "notes.txt", "Z.yaml", "1.yaml",
        "10.yaml", "2.yaml",
      ], folders: ["a", "deep/er"])
    defer { try? FileManager.default.removeItem(atPath: base) }
    try FileManager.default.createSymbolicLink(
      atPath: base + "/linked.yaml", withDestinationPath: base + "/a.yaml")
    try FileManager.default.createSymbolicLink(
      atPath: base + "/dangling.yaml", withDestinationPath: base + "/missing.yaml")
    let (listing, stamps) = FileSystem.listing(under: base, stamped: true)
    #expect(listing.byteOrdered)
    // A link is stat'ed through (its target's stamp); a dangling one has none.
    let linked = try #require(listing.index(of: base + "/linked.yaml"))
    #expect(stamps?[linked] == WorkspaceIndex.Stamp.of(base + "/a.yaml"))
    let dangling = try #require(listing.index(of: base + "/dangling.yaml"))
    #expect(stamps?[dangling] == .some(nil))
    try FileManager.default.removeItem(atPath: base + "/dangling.yaml")
    check(base)
  }

  @Test func namesThatAreNotASCII() throws {
    let base = try folder([
      "Z\u{e9}.yaml", "Ze\u{301}.yaml", "Zf.yaml", "Za.yaml", "\u{df}.yaml", "\u{1F600}.yaml",
      "Ze.yaml",
    ])
    defer { try? FileManager.default.removeItem(atPath: base) }
    #expect(!FileSystem.listing(under: base, stamped: false).0.byteOrdered)
    check(base)
  }

  @Test func manyNamesAndNoFolder() throws {
    let base = try folder((0..<300).map { "AOS-\(($0 * 7919) % 1000)-\($0 % 13).yaml" })
    defer { try? FileManager.default.removeItem(atPath: base) }
    check(base)
    let (none, stamps) = FileSystem.listing(under: base + "/missing", stamped: true)
    #expect(none.isEmpty && stamps?.isEmpty == true)
  }

  /// More names than one stat batch (2 048) holds, in the folder and in a subfolder found
  /// among them, files of different sizes: each stamp is its own file's, in listing order.
  @Test func namesInSeveralStatBatches() throws {
    let names =
      (0..<4_500).map { "K-\(($0 * 7919) % 4_500).yaml" } + (0..<30).map { "sub/S-\($0).yaml" }
    let base = try folder(names, folders: ["sub"])
    defer { try? FileManager.default.removeItem(atPath: base) }
    check(base)
  }

  /// A table of entries b, d, f against listings that hold more, fewer and other names: only
  /// a listed name with its entry's stamp, not racy, has a fresh slot.
  @Test func freshSlotsWalkTheTableInStep() throws {
    let key = WorkspaceIndex.Key(amigoVersion: "t", configHash: "h")
    func stamp(_ n: Int64) -> WorkspaceIndex.Stamp {
      WorkspaceIndex.Stamp(size: n, mtime: 10, ctime: 10, inode: UInt64(n))
    }
    let entries = ["b", "d", "f", "f0", "g-1"].enumerated().map { k, n in
      WorkspaceIndex.Record.entry(
        WorkspaceIndex.Entry(
          name: "trajectories/\(n).yaml", stamp: stamp(Int64(k)), summary: .init()))
    }
    let index = try #require(
      WorkspaceIndex.parse(WorkspaceIndex.serialized(key, entries), key: key))
    let table = try #require(index.table)
    func slots(_ names: [String], _ stamps: [WorkspaceIndex.Stamp?], racy: Bool = false) -> [Int] {
      let paths = names.map { "/w/trajectories/\($0).yaml" }
      #expect(paths == paths.sorted())
      let listing = PathListing(paths)
      return table.freshSlots(listing, from: "/w/".utf8.count, stamps) { _ in racy }
    }
    let all = ["a", "b", "c", "d", "e", "f", "f0", "g-1", "g", "h"]
    let stamps: [WorkspaceIndex.Stamp?] = [
      stamp(9), stamp(0), stamp(9), stamp(1), stamp(9), stamp(2), stamp(3), stamp(4), nil,
      stamp(9),
    ]
    #expect(slots(all, stamps) == [-1, 0, -1, 1, -1, 2, 3, 4, -1, -1])
    #expect(slots(all, stamps, racy: true) == [Int](repeating: -1, count: all.count))
    // A stamp that differs, a missing stamp: not fresh; the others still found.
    #expect(slots(["b", "d", "f0"], [stamp(0), stamp(7), nil]) == [0, -1, -1])
    #expect(slots(["d", "g-1"], [stamp(1), stamp(4)]) == [1, 4])
    #expect(slots(["g-1"], [stamp(4)]) == [4])
    #expect(slots([], []) == [])
    // Not in byte order (a name that is not ASCII): each name searched in the whole table.
    let mixed = PathListing([
      "/w/trajectories/f.yaml", "/w/trajectories/b\u{e9}.yaml", "/w/trajectories/b.yaml",
    ])
    #expect(!mixed.byteOrdered)
    #expect(
      table.freshSlots(mixed, from: 3, [stamp(2), stamp(0), stamp(0)]) { _ in false } == [2, -1, 0])
  }
}
