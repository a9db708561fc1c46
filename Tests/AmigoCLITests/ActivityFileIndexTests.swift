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

/// The activity file index (`.amigo/cache/activities`) is a cache: what `report --week` prints
/// through it is what it prints after reading every activity file, whatever happened to the
/// files or to the index itself; it only leaves unread the files that cannot count.
@Suite struct ActivityFileIndexTests {
  final class Copy: ExampleWorkspaceCopy {
    init(_ example: String) throws { try super.init(example, prefix: "amigo-actidx") }

    var workspace: Workspace { Workspace(root: path) }
    var cache: String { ActivityFileIndex.path(in: workspace) }
    var activities: String { path + "/activities" }

    func run(_ args: [String]) -> String {
      let env = Environment(
        variables: ["XDG_STATE_HOME": root.path + "/.state-test"], currentDirectory: path,
        today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return "\(status.rawValue)\n" + env.stdout.text + env.stderr.text
    }

    /// The output after reading every file: no activity file index, no workspace index (and
    /// none left behind).
    func full(_ args: [String]) -> String {
      removeCaches()
      defer { removeCaches() }
      return run(args)
    }

    func removeCaches() {
      unlink(cache)
      unlink(WorkspaceIndex.path(in: workspace))
    }

    func index() -> ActivityFileIndex? {
      guard let bytes = FileManager.default.contents(atPath: cache) else { return nil }
      return ActivityFileIndex.parse([UInt8](bytes), version: Amigo.version)
    }

    func replace(_ old: String, with new: String, in name: String) throws {
      let path = activities + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains(old))
      try text.replacingOccurrences(of: old, with: new).write(
        toFile: path, atomically: false, encoding: .utf8)
    }

    /// Makes every file look modified well before the index is written (else git's racy rule
    /// keeps the index from trusting any of them within the test's second).
    func ageFiles() {
      let old = timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: activities)) ?? [] {
        var times = [old, old]
        _ = utimensat(AT_FDCWD, activities + "/" + name, &times, 0)
      }
    }
  }

  static let weeks = ["2026-W38", "2026-W40", "2026-W46", "2026-W47"]

  @Test(arguments: ["sociaal-werker-school", "kansencoach", "tijd-voor-toekomst"])
  func theWeekReportIsTheSameWithTheIndex(example: String) throws {
    let copy = try Copy(example)
    copy.ageFiles()
    for week in Self.weeks {
      let args = ["report", "--week", week]
      let expected = copy.full(args)
      #expect(copy.run(args) == expected, "\(example) \(week), index made")
      #expect(copy.index() != nil)
      #expect(copy.run(args) == expected, "\(example) \(week), index used")
    }
  }

  /// A child's report reads only the activity files that name the child: through the index as
  /// after reading every file, for children the activities name and one they do not.
  @Test(arguments: [
    ("kansencoach", ["KC-2026-W34N", "KC-2026-109Y", "KC-2026-8JJK"]),
    ("tijd-voor-toekomst", ["TVT-2026-GVFC", "TVT-2026-0XGM"]),
  ])
  func theChildReportIsTheSameWithTheIndex(example: String, children: [String]) throws {
    let copy = try Copy(example)
    copy.ageFiles()
    for child in children {
      let args = ["report", "--child", child]
      let expected = copy.full(args)
      #expect(expected.hasPrefix("0\n"), "\(expected)")
      #expect(copy.run(["report", "--week", "2026-W47"]).hasPrefix("0\n"))  // makes the index
      #expect(copy.index() != nil)
      #expect(copy.run(args) == expected, "\(example) \(child), index used")
    }
  }

  /// A file the index let the report pass over is read again once it changes, in size or not.
  @Test func aChangedFileIsReadAgain() throws {
    let copy = try Copy("sociaal-werker-school")
    copy.ageFiles()
    let args = ["report", "--week", "2026-W47"]
    let before = copy.run(args)
    // The theme meeting of 1 October cannot count in week 47: passed over from now on.
    let name = "activities/T-2026-4HN2.yaml"
    #expect(copy.index()?.entries[name]?.facts.first == LocalDate("2026-10-01"))
    #expect(copy.run(args) == before)
    // Moved into the week: the same size, so only its times tell; now it counts.
    try copy.replace("date: 2026-10-01", with: "date: 2026-11-18", in: "T-2026-4HN2.yaml")
    let moved = copy.run(args)
    #expect(copy.index()?.entries[name]?.facts.first == LocalDate("2026-11-18"))
    #expect(moved != before)
    #expect(moved == copy.full(args))
  }

  /// A garbled, truncated or foreign index file is ignored and written anew.
  @Test func aBrokenIndexIsRebuilt() throws {
    let copy = try Copy("sociaal-werker-school")
    copy.ageFiles()
    let args = ["report", "--week", "2026-W47"]
    let expected = copy.full(args)
    _ = copy.run(args)
    let good = try #require(FileManager.default.contents(atPath: copy.cache))
    var garbled = [UInt8](good)
    garbled[garbled.count - 3] ^= 0x55
    for broken in [garbled, Array(good.dropLast(5)), Array("not an index".utf8), []] {
      #expect(ActivityFileIndex.parse(broken, version: Amigo.version) == nil)
      #expect(FileManager.default.createFile(atPath: copy.cache, contents: Data(broken)))
      #expect(copy.run(args) == expected)
      #expect(copy.index() != nil)
    }
    #expect(ActivityFileIndex.parse([UInt8](good), version: "another version") == nil)
  }

  /// It holds the ids of the children the activities name, never a label; an erasure's purge
  /// removes it with the workspace index.
  @Test func itHoldsIdsOnlyAndIsPurged() throws {
    let copy = try Copy("kansencoach")
    copy.ageFiles()
    _ = copy.run(["report", "--week", "2026-W47"])
    let index = try #require(copy.index())
    let named = Set(index.entries.values.flatMap(\.facts.named))
    #expect(!named.isEmpty)
    let bytes = try #require(FileManager.default.contents(atPath: copy.cache))
    let text = String(decoding: bytes, as: UTF8.self)
    for path in copy.workspace.trajectoryPaths() {
      let t = try #require(
        FastDecoder.trajectory([UInt8](FileManager.default.contents(atPath: path) ?? Data())))
      #expect(!t.child.label.isEmpty && !text.contains(t.child.label))
    }
    #expect(WorkspaceIndex.purge(copy.workspace))
    #expect(!FileManager.default.fileExists(atPath: copy.cache))
  }
}
