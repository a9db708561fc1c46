import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI
@testable import AmigoStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The workspace index (issue 32) is a cache: what `list`, `report --week` print through it is
/// what they print after a full read, whatever happened to the files or to the index itself.
@Suite struct WorkspaceIndexTests {
  /// A copy of the example caseload in a temporary folder.
  final class Copy: ExampleWorkspaceCopy {
    var index: String { path + "/.amigo/cache/index" }
    var trajectories: String { path + "/trajectories" }

    func run(_ args: [String], today: String = "2026-11-19") -> String {
      let env = Environment(
        variables: ["XDG_STATE_HOME": path + "/.state-test"], currentDirectory: path,
        today: LocalDate(today)!)
      let status = Amigo.run(args, environment: env)
      return "\(status.rawValue)\n" + env.stdout.text + env.stderr.text
    }

    /// The output of `args` after a full read (no index), and the index removed again after.
    func full(_ args: [String], today: String = "2026-11-19") -> String {
      unlink(index)
      defer { unlink(index) }
      return run(args, today: today)
    }

    func paths() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: trajectories)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted().map { trajectories + "/" + $0 }
    }

    func read(_ path: String) -> String {
      (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// True when the (binary) index holds `text`'s bytes.
    func indexHolds(_ text: String) -> Bool {
      let bytes = [UInt8](FileManager.default.contents(atPath: index) ?? Data())
      let needle = [UInt8](text.utf8)
      guard bytes.count >= needle.count else { return false }
      return (0...(bytes.count - needle.count)).contains {
        bytes[$0..<($0 + needle.count)].elementsEqual(needle)
      }
    }

    func write(_ text: String, _ path: String) {
      #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    /// Sets a file's modification time (nanoseconds since the epoch).
    func setMtime(_ path: String, _ ns: Int64) {
      var times = [
        timespec(tv_sec: Int(ns / 1_000_000_000), tv_nsec: Int(ns % 1_000_000_000)),
        timespec(tv_sec: Int(ns / 1_000_000_000), tv_nsec: Int(ns % 1_000_000_000)),
      ]
      _ = utimensat(AT_FDCWD, path, &times, 0)
    }
  }

  static let commands: [[String]] = [
    ["list"], ["list", "--all"], ["list", "--all", "--lang", "en"], ["list", "--worker", "sk"],
    ["report", "--week", "2026-W47", "--format", "json"], ["report", "--week", "2026-W40"],
    ["report", "--week", "2026-W23", "--format", "json"], ["report", "--week", "2025-W10"],
  ]

  /// Every command, through a warm index, against a full read.
  func expectSame(_ w: Copy, _ note: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for args in Self.commands {
      let warm = w.run(args)
      let full = w.full(args)
      _ = w.run(args)  // warm the index again for the next command
      #expect(
        warm == full, "\(note): \(args.joined(separator: " "))", sourceLocation: sourceLocation)
    }
  }

  @Test func indexIsPrivateAndEqualsAFullRead() throws {
    let w = try Copy()
    _ = w.run(["list"])
    var info = stat()
    #expect(stat(w.index, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(stat(w.path + "/.amigo/cache", &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)
    expectSame(w, "untouched")
  }

  @Test func randomEditsIncludingSameSecondOnesAreSeen() throws {
    let w = try Copy()
    var rng = SeededGenerator(seed: 32)
    let swaps = [
      ("status: closed", "status: active"), ("status: active", "status: closed"),
      ("status: not-started", "status: waiting"), ("label: ", "label: X"),
      ("2026-", "2025-"), ("worker: mvd", "worker: ab"),
      ("worker: mvd\n", "worker: mvd\nworkers: [sk]\n"),
      ("referral:\n  date: 2026-", "referral:\n  date: 2025-"),
      ("status: active", "status: waiting"), ("status: intake", "status: active"),
      ("status: held", "status: cancelled"),
    ]
    for round in 0..<12 {
      _ = w.run(["list"])
      var indexInfo = stat()
      stat(w.index, &indexInfo)
      let indexMtime =
        Int64(indexInfo.st_mtim.tv_sec) * 1_000_000_000 + Int64(indexInfo.st_mtim.tv_nsec)
      let files = w.paths()
      let path = files[Int.random(in: 0..<files.count, using: &rng)]
      let (from, to) = swaps[Int.random(in: 0..<swaps.count, using: &rng)]
      let text = w.read(path)
      guard let range = text.range(of: from) else { continue }
      w.write(text.replacingCharacters(in: range, with: to), path)
      // Every other edit looks as if made within the index's own write time (racy).
      if round % 2 == 0 { w.setMtime(path, indexMtime) }
      expectSame(w, "round \(round): \(from) → \(to) in \(path)")
    }
  }

  @Test func sameSizeEditWithTheOldModificationTimeIsSeen() throws {
    let w = try Copy()
    _ = w.run(["list", "--all"])
    let path = w.trajectories + "/AOS-2026-TQ3H.yaml"
    let text = w.read(path)
    var old = stat()
    stat(path, &old)
    let mtime = Int64(old.st_mtim.tv_sec) * 1_000_000_000 + Int64(old.st_mtim.tv_nsec)
    // The same size, the same mtime: only the change time and the racy rule can tell.
    w.write(text.replacingOccurrences(of: "Noah P.", with: "Noah Q."), path)
    w.setMtime(path, mtime)
    #expect(w.run(["list", "--all"]).contains("Noah Q."))
    expectSame(w, "same size, same mtime")
  }

  @Test func anEditorsRenameOverWriteIsSeen() throws {
    let w = try Copy()
    _ = w.run(["list", "--all"])
    let path = w.trajectories + "/AOS-2025-6NCE.yaml"
    let temp = w.trajectories + "/.AOS-2025-6NCE.yaml.swp"
    w.write(w.read(path).replacingOccurrences(of: "Sara L.", with: "Sara M."), temp)
    #expect(rename(temp, path) == 0)
    #expect(w.run(["list", "--all"]).contains("Sara M."))
    expectSame(w, "rename over")
  }

  /// An edit in place (the same inode, the same size, the old modification time), as an editor
  /// that writes over the file or a tool that truncates and rewrites it makes, to an archived
  /// file the index leaves unread: its change time tells, and `list` shows it open again.
  @Test func anInPlaceEditOfAnArchivedFileIsSeen() throws {
    let w = try Copy()
    let path = w.trajectories + "/AOS-2026-JV2N.yaml"
    #expect(!w.run(["list"]).contains("AOS-2026-JV2N"))  // closed: the index leaves it unread
    var old = stat()
    stat(path, &old)
    let mtime = Int64(old.st_mtim.tv_sec) * 1_000_000_000 + Int64(old.st_mtim.tv_nsec)
    let text = w.read(path).replacingOccurrences(of: "status: closed", with: "status: active")
    let fd = open(path, O_WRONLY | O_TRUNC)
    #expect(fd >= 0)
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
    close(fd)
    w.setMtime(path, mtime)
    var now = stat()
    stat(path, &now)
    #expect(now.st_ino == old.st_ino && now.st_size == old.st_size)
    #expect(w.run(["list"]).contains("AOS-2026-JV2N"))
    expectSame(w, "in place")
  }

  /// A new file that repeats the id of an archived file the index leaves unread, named before
  /// or after it: the repeat is found as a full read finds it (the unread file is read after
  /// all when it is the later one).
  @Test func aRepeatedIDOfAnUnreadArchivedFileIsSeen() throws {
    for copy in ["AAA-copy.yaml", "ZZZ-copy.yaml"] {
      let w = try Copy()
      _ = w.run(["list"])
      w.write(w.read(w.trajectories + "/AOS-2026-JV2N.yaml"), w.trajectories + "/" + copy)
      let listed = w.run(["list"])
      #expect(listed.contains("fouten"), "\(copy): \(listed)")
      expectSame(w, "repeated id in \(copy)")
      #expect(w.run(["validate"]) == w.full(["validate"]), "\(copy)")
    }
  }

  @Test func gitCheckoutOfAnotherCommitIsSeen() throws {
    let w = try Copy(git: "one")
    let path = w.trajectories + "/AOS-2026-5KPW.yaml"
    w.write(w.read(path).replacingOccurrences(of: "status: closed", with: "status: active"), path)
    w.git("commit", "-qam", "two")
    _ = w.run(["list"])
    w.git("checkout", "-q", "HEAD~1")
    expectSame(w, "checkout")
    w.git("checkout", "-q", "-")
    expectSame(w, "checkout back")
  }

  @Test func deletedOrCorruptIndexIsRebuilt() throws {
    let w = try Copy()
    let expected = w.full(["list", "--all"])
    _ = w.run(["list", "--all"])
    let good = try #require(FileManager.default.contents(atPath: w.index))
    let corruptions: [(String, Data)] = [
      ("truncated", good.prefix(good.count / 2)),
      ("garbage", Data((0..<500).map { UInt8(truncatingIfNeeded: $0 &* 37) })),
      ("wrong format", replacing(good, at: 8, with: [99])),
      ("a changed entry", replacing(good, "Sara L.", with: "Sara Z.")),
      (
        "another amigo version",
        replacing(
          good, Amigo.version, with: String(repeating: "9", count: Amigo.version.utf8.count))
      ),
      ("a longer file", good + Data([0])),
      (
        "one byte flipped", replacing(good, at: good.count - 3, with: [good[good.count - 3] ^ 0x10])
      ),
      ("the old text format", Data("amigo-index\t1\tv\th\nend\t0\t0\n".utf8)),
      ("empty", Data()),
    ]
    for (what, bytes) in corruptions {
      #expect(FileManager.default.createFile(atPath: w.index, contents: bytes))
      #expect(w.run(["list", "--all"]) == expected, "\(what)")
      // Rebuilt: the next run finds a good index.
      #expect(w.run(["list", "--all"]) == expected, "\(what), again")
    }
    unlink(w.index)
    #expect(w.run(["list", "--all"]) == expected, "deleted")
  }

  @Test func aChangedConfigIsNotAnsweredFromTheOldIndex() throws {
    let w = try Copy()
    _ = w.run(["list", "--all"])
    let config = w.path + "/amigo.yaml"
    w.write(w.read(config) + "\n# a comment\n", config)
    expectSame(w, "config changed")
  }

  @Test func anotherTodayIsRecomputed() throws {
    let w = try Copy()
    _ = w.run(["list", "--all"], today: "2026-11-19")
    // An earlier today puts some dates in the future: the files are read again.
    for today in ["2026-06-01", "2026-10-01", "2027-03-01"] {
      let warm = w.run(["list", "--all"], today: today)
      let full = w.full(["list", "--all"], today: today)
      _ = w.run(["list", "--all"], today: "2026-11-19")
      #expect(warm == full, "today \(today)")
    }
  }

  @Test func eraseRemovesTheChildFromTheIndex() throws {
    let w = try Copy()
    _ = w.run(["list", "--all"])
    #expect(w.indexHolds("Sara L."))
    // The copy a write of the index left when it was killed before its rename holds it too.
    let copy = (w.index as NSString).deletingLastPathComponent + "/.index.tmp-4321-0"
    try FileManager.default.copyItem(atPath: w.index, toPath: copy)
    let out = w.run(["erase", "AOS-2025-6NCE", "--yes"])
    #expect(out.hasPrefix("0\n"), "\(out)")
    #expect(!w.indexHolds("Sara L."))
    #expect(!FileManager.default.fileExists(atPath: copy))
    _ = w.run(["list", "--all"])
    #expect(!w.indexHolds("Sara L."))
  }

  /// `good` with the bytes at `offset` replaced.
  func replacing(_ good: Data, at offset: Int, with bytes: [UInt8]) -> Data {
    var d = good
    d.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    return d
  }

  /// `good` with the first occurrence of `text` replaced by `other` (of the same length).
  func replacing(_ good: Data, _ text: String, with other: String) -> Data {
    guard let range = good.range(of: Data(text.utf8)) else { return good }
    var d = good
    d.replaceSubrange(range, with: Data(other.utf8))
    return d
  }

  /// A second `list` on the same day reads no trajectory file: every row comes from the
  /// index (the open trajectories' too); another day reads the open ones again.
  @Test func listReadsNoFileOnTheSameDay() throws {
    let w = try Copy()
    let workspace = Workspace(root: w.path)
    func load(_ today: LocalDate) -> IndexedFiles {
      Loader.loadTrajectories(
        indexed: workspace, version: Amigo.version, config: nil, today: today, detail: .facts,
        leaveUnread: ListCommand.leavesUnread(on: today), display: { $0 })
    }
    let day = LocalDate("2026-11-19")!
    let first = load(day)
    #expect(first.readCount == w.paths().count)
    // Every file is listed from its new summary: none is kept decoded.
    #expect(first.files.isEmpty)
    let again = load(day)
    #expect(again.readCount == 0)
    #expect(again.files.isEmpty)
    #expect(again.unread.count == w.paths().count)
    // The next day: the open files (checked yesterday) are read again, the archive is not.
    let next = load(day.adding(days: 1))
    #expect(next.readCount > 0)
    #expect(next.readCount < w.paths().count)
    #expect(load(day.adding(days: 1)).readCount == 0)
  }

  @Test func aBinaryIndexRoundTrips() {
    var s = WorkspaceIndex.Summary()
    s.id = "AOS-2026-K7Q4"
    s.label = "Sam B. \t\n é"
    s.workers = ["sk", "ab"]
    s.start = LocalDate("2026-09-01")
    s.referral = LocalDate("2026-06-18")
    s.checkedOn = LocalDate("2026-11-19")
    s.plannedWeeks = 20
    s.clean = true
    let key = WorkspaceIndex.Key(amigoVersion: "1.2.3", configHash: "abc")
    let stamp = WorkspaceIndex.Stamp(size: 10, mtime: -5, ctime: 1 << 62, inode: UInt64.max)
    let index = WorkspaceIndex(
      key: key,
      entries: ["trajectories/a.yaml": .init(name: "trajectories/a.yaml", stamp: stamp, summary: s)]
    )
    let bytes = index.serialized()
    let back = WorkspaceIndex.parse(bytes, key: key)
    #expect(back?.entries == index.entries)
    #expect(
      WorkspaceIndex.parse(bytes, key: .init(amigoVersion: "1.2.4", configHash: "abc")) == nil)
    #expect(
      WorkspaceIndex.parse(bytes, key: .init(amigoVersion: "1.2.3", configHash: "abd")) == nil)
    for cut in [0, 8, 31, 32, bytes.count / 2, bytes.count - 1] {
      #expect(WorkspaceIndex.parse(Array(bytes.prefix(cut)), key: key) == nil, "cut at \(cut)")
    }
    // The entry count lies in the header, outside the checksum: a garbled one is refused
    // without allocating for it (a count of two thousand million once crashed the reader).
    for count: UInt32 in [0, 2, 1 << 20, UInt32(Int32.max)] {
      var garbled = bytes
      withUnsafeBytes(of: count.littleEndian) { garbled.replaceSubrange(12..<16, with: $0) }
      #expect(WorkspaceIndex.parse(garbled, key: key) == nil, "count \(count)")
    }
  }

  /// `show` and `log-session` find a child by label from the index where it vouches for the
  /// file, and read the file when it changed (here: an index that says otherwise than the file,
  /// with a good checksum, is believed only until the file is touched).
  @Test func labelsComeFromTheIndexWhileItVouchesForTheFile() throws {
    let w = try Copy()
    let workspace = Workspace(root: w.path)
    let path = w.trajectories + "/AOS-2025-6NCE.yaml"
    func find(_ name: String) -> ChildLookup.Result {
      ChildLookup.find(name, in: workspace, version: Amigo.version)
    }
    #expect(find("Sara L.") == .found(path: path))  // no index yet: the files are read
    _ = w.run(["list", "--all"])
    #expect(find("sara l") == .found(path: path))
    // The index's label changed, its checksum made good again.
    var bytes = [UInt8](try #require(FileManager.default.contents(atPath: w.index)))
    let needle = Array("Sara L.".utf8)
    let at = try #require(
      (0...(bytes.count - needle.count)).first {
        bytes[$0..<($0 + needle.count)].elementsEqual(needle)
      })
    bytes.replaceSubrange(at..<(at + needle.count), with: Array("Sara Z.".utf8))
    let sum = WorkspaceIndex.checksum(bytes[WorkspaceIndex.headerSize...])
    withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange(24..<32, with: $0) }
    #expect(FileManager.default.createFile(atPath: w.index, contents: Data(bytes)))
    #expect(find("Sara Z.") == .found(path: path))  // from the index
    #expect(find("Sara L.") == .notFound)
    // The file touched (`chmod` moves its change time): read again.
    #expect(chmod(path, 0o644) == 0)
    #expect(find("Sara L.") == .found(path: path))
    #expect(find("Sara Z.") == .notFound)
    #expect(w.run(["show", "Sara L."]).hasPrefix("0\n"))
  }

  /// Entries are in strictly increasing byte order of their names (the loader finds them by
  /// binary search): an index out of order, or naming a file twice, is not used.
  @Test func anIndexOutOfNameOrderIsNotUsed() {
    let key = WorkspaceIndex.Key(amigoVersion: "v", configHash: "h")
    func entry(_ name: String) -> WorkspaceIndex.Entry {
      var s = WorkspaceIndex.Summary()
      s.id = name
      s.status = "closed"
      return .init(
        name: name, stamp: .init(size: 1, mtime: 2, ctime: 3, inode: 4), summary: s)
    }
    func file(_ names: [String]) -> [UInt8] {
      var body = ByteWriter()
      body.string(key.amigoVersion)
      body.string(key.configHash)
      for name in names { WorkspaceIndex.encode(entry(name), into: &body) }
      var header = ByteWriter()
      header.bytes += Array("amigoidx".utf8)
      header.int32(WorkspaceIndex.formatVersion)
      header.int32(Int32(names.count))
      header.int64(Int64(body.bytes.count))
      header.int64(Int64(bitPattern: WorkspaceIndex.checksum(body.bytes[...])))
      return header.bytes + body.bytes
    }
    let good = WorkspaceIndex.parse(file(["t/a.yaml", "t/b.yaml", "t/é.yaml"]), key: key)
    #expect(good?.count == 3)
    #expect(good?.fresh("t/é.yaml", .init(size: 1, mtime: 2, ctime: 3, inode: 4)) == nil)  // racy
    #expect(WorkspaceIndex.parse(file(["t/b.yaml", "t/a.yaml"]), key: key) == nil)
    #expect(WorkspaceIndex.parse(file(["t/a.yaml", "t/a.yaml"]), key: key) == nil)
    // What `serialized` writes is in order, whatever order the entries come in.
    let index = WorkspaceIndex(
      key: key,
      entries: Dictionary(
        uniqueKeysWithValues: [
          "t/é.yaml", "t/b.yaml", "t/a.yaml",
          "t/B.yaml",
        ].map { ($0, entry($0)) }))
    var back = WorkspaceIndex.parse(index.serialized(), key: key)
    #expect(back?.entries == index.entries)
    back?.writtenAt = 10
    for name in ["t/a.yaml", "t/b.yaml", "t/B.yaml", "t/é.yaml"] {
      #expect(back?.fresh(name, .init(size: 1, mtime: 2, ctime: 3, inode: 4))?.name == name)
    }
    #expect(back?.fresh("t/c.yaml", .init(size: 1, mtime: 2, ctime: 3, inode: 4)) == nil)
  }

  /// `serialized` encodes its records in parts on every core: the bytes are those of one pass
  /// over them (encoded here one by one), for counts around the part size, with entries made
  /// now and entries copied from an index read (a warm run's mix).
  @Test(arguments: [1, WorkspaceIndex.recordsPart, WorkspaceIndex.recordsPart + 1, 9_000])
  func recordsEncodedInPartsGiveTheBytesOfOnePass(_ count: Int) throws {
    let key = WorkspaceIndex.Key(amigoVersion: "v", configHash: "h")
    func entry(_ i: Int) -> WorkspaceIndex.Entry {
      var s = WorkspaceIndex.Summary()
      s.id = "T-\(i)"
      s.label = i % 7 == 0 ? "Kim \(i) ë" : ""
      s.workers = Array(["sk", "ab", "jd"].prefix(i % 4))
      s.start = LocalDate(year: 2020, month: 1, day: 1)!.adding(days: i)
      s.plannedWeeks = i % 3 == 0 ? nil : i % 40
      s.clean = i % 2 == 0
      return .init(
        name: String(format: "trajectories/%06d.yaml", i),
        stamp: .init(size: Int64(i), mtime: Int64(i) * 3, ctime: Int64(i) * 5, inode: UInt64(i)),
        summary: s, week: i % 5 == 0 ? [] : Array(repeating: UInt8(i % 251), count: i % 13))
    }
    let entries = (0..<count).map(entry)
    // Every other entry copied from an index of them all, read back.
    let all = try #require(
      WorkspaceIndex.parse(
        WorkspaceIndex.serialized(key, entries.map { .entry($0) }), key: key))
    let table = try #require(all.table)
    let records: [WorkspaceIndex.Record] = entries.indices.map {
      $0 % 2 == 0 ? .entry(entries[$0]) : .copy(table, $0)
    }
    var body = ByteWriter()
    body.string(key.amigoVersion)
    body.string(key.configHash)
    for e in entries { WorkspaceIndex.encode(e, into: &body) }
    var header = ByteWriter()
    header.bytes += Array("amigoidx".utf8)
    header.int32(WorkspaceIndex.formatVersion)
    header.int32(Int32(count))
    header.int64(Int64(body.bytes.count))
    header.int64(Int64(bitPattern: WorkspaceIndex.checksum(body.bytes[...])))
    #expect(WorkspaceIndex.serialized(key, records) == header.bytes + body.bytes)
    #expect(WorkspaceIndex.parse(header.bytes + body.bytes, key: key)?.count == count)
  }

  @Test func racyEntriesAreNotTrusted() {
    let stamp = WorkspaceIndex.Stamp(size: 10, mtime: 5_000, ctime: 5_000, inode: 1)
    var index = WorkspaceIndex(
      key: .init(amigoVersion: "v", configHash: "h"),
      entries: ["a": .init(name: "a", stamp: stamp, summary: .init())])
    index.writtenAt = 5_000
    #expect(index.fresh("a", stamp) == nil)
    index.writtenAt = 5_001
    #expect(index.fresh("a", stamp) != nil)
    let bigger = WorkspaceIndex.Stamp(size: 11, mtime: 5_000, ctime: 5_000, inode: 1)
    let moved = WorkspaceIndex.Stamp(size: 10, mtime: 5_000, ctime: 5_000, inode: 2)
    #expect(index.fresh("a", bigger) == nil)
    #expect(index.fresh("a", moved) == nil)
  }
}
