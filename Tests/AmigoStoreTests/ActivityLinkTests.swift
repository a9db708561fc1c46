import AmigoSchema
import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files are read as trajectory files are: a link out of the workspace is refused
/// with the reason, never read, whether the file or the `activities/` folder is the link;
/// links that stay inside are followed. (The folder is resolved once per pass, not per file.)
@Suite struct ActivityLinkTests {
  /// A copy of the Kansencoach example (it has activity files) and a folder outside it.
  static func copy() throws -> TemporaryWorkspace {
    try TemporaryWorkspace(example: "kansencoach")
  }

  /// The example's meeting file.
  func meeting(_ c: TemporaryWorkspace) -> String {
    c.workspace.activitiesPath + "/M-2026-4QT7.yaml"
  }

  @Test func anActivityFileLinkedOutIsRefused() throws {
    let c = try Self.copy()
    defer { c.remove() }
    let target = c.outside + "/M-2026-4QT7.yaml"
    try FileManager.default.moveItem(atPath: meeting(c), toPath: target)
    try FileManager.default.createSymbolicLink(atPath: meeting(c), withDestinationPath: target)
    let paths = c.workspace.activityPaths()
    #expect(paths.contains(meeting(c)))
    let read = Loader.readActivities(paths)
    for (path, r) in zip(paths, read) {
      #expect((r.bytes == nil) == (path == meeting(c)), "\(path)")
    }
    let files = Loader.loadActivities(
      paths, config: c.config, index: nil, today: nil, display: { $0 })
    let linked = try #require(files.first { $0.path == meeting(c) })
    #expect(linked.activity == nil)
    #expect(linked.diagnostics.map(\.code) == ["unreadable-file"])
    #expect(linked.diagnostics[0].message.contains("outside the workspace"))
    #expect(linked.diagnostics[0].message.contains(target))
    #expect(files.filter { $0.path != meeting(c) }.allSatisfy { $0.activity != nil })
  }

  @Test func anActivitiesFolderLinkedOutIsNeitherRead() throws {
    let c = try Self.copy()
    defer { c.remove() }
    let fm = FileManager.default
    let moved = c.outside + "/activities"
    try fm.moveItem(atPath: c.workspace.activitiesPath, toPath: moved)
    try fm.createSymbolicLink(atPath: c.workspace.activitiesPath, withDestinationPath: moved)
    let paths = c.workspace.activityPaths()
    #expect(paths.count == (try fm.contentsOfDirectory(atPath: moved)).count)
    #expect(Loader.readActivities(paths).allSatisfy { $0.bytes == nil && $0.activity == nil })
    let files = Loader.loadActivities(
      paths, config: c.config, index: nil, today: nil, display: { $0 })
    #expect(!files.isEmpty)
    #expect(
      files.allSatisfy { $0.activity == nil && $0.diagnostics.first?.code == "unreadable-file" })
    #expect(files.allSatisfy { $0.diagnostics[0].message.contains("outside the workspace") })
  }

  @Test func linksThatStayInsideAreFollowed() throws {
    let c = try Self.copy()
    defer { c.remove() }
    let fm = FileManager.default
    // The folder moved inside the workspace and linked back; one file a link within it.
    let moved = c.workspace.root + "/kept"
    try fm.moveItem(atPath: c.workspace.activitiesPath, toPath: moved)
    try fm.createSymbolicLink(atPath: c.workspace.activitiesPath, withDestinationPath: "kept")
    try fm.moveItem(atPath: moved + "/M-2026-4QT7.yaml", toPath: moved + "/meeting.txt")
    try fm.createSymbolicLink(
      atPath: moved + "/M-2026-4QT7.yaml", withDestinationPath: "meeting.txt")
    let paths = c.workspace.activityPaths()
    #expect(paths.contains(meeting(c)))
    #expect(Loader.readActivities(paths).allSatisfy { $0.bytes != nil && $0.activity != nil })
    let files = Loader.loadActivities(
      paths, config: c.config, index: nil, today: nil, display: { $0 })
    #expect(files.allSatisfy { $0.activity != nil })
    #expect(!files.contains { $0.diagnostics.contains { $0.code == "unreadable-file" } })
  }
}

/// A repeat request naming an id the workspace does not hold gets `unknown-previous` with the
/// nearest id as a suggestion (the ids are sorted for it only when one is needed).
@Suite struct UnknownPreviousTests {
  @Test func suggestsTheNearestID() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let path = tmp.workspace.trajectoriesPath + "/AOS-2026-M8KT.yaml"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text += "previous: AOS-2026-K7Q5\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let (files, _) = Loader.loadWithActivities(
      tmp.workspace, config: tmp.config, today: LocalDate(year: 2026, month: 11, day: 19),
      activityPaths: [], display: { $0 })
    let file = try #require(files.first { $0.path == path })
    let d = try #require(file.diagnostics.first { $0.code == "unknown-previous" })
    #expect(d.help?.contains("AOS-2026-K7Q4") == true, "\(String(describing: d.help))")
    // The other files have none.
    #expect(
      !files.contains {
        $0.path != path && $0.diagnostics.contains { $0.code == "unknown-previous" }
      })
  }
}
