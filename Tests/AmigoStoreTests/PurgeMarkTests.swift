import Foundation
import Testing

@testable import AmigoStore

/// A command that read the files before an `erase` must not write its index after it (the
/// erased child's label would be back): `WorkspaceIndex.purge` leaves a mark first, and a
/// cache file is written only when the mark is what it was before the files were listed.
@Suite struct PurgeMarkTests {
  @Test func noPurgeMeansTheFileIsWritten() throws {
    let root = try temporaryFolder("purge", [], folders: ["trajectories"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let workspace = Workspace(root: root)
    let mark = WorkspaceIndex.purgeMark(workspace)
    #expect(
      WorkspaceIndex.writeUnlessPurged([1, 2, 3], named: "index", in: workspace, since: mark))
    #expect(FileManager.default.fileExists(atPath: WorkspaceIndex.path(in: workspace)))
  }

  @Test func aPurgeSinceTheListingMeansNothingIsWritten() throws {
    let root = try temporaryFolder("purge", [], folders: ["trajectories"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let workspace = Workspace(root: root)
    #expect(WorkspaceIndex.writeUnlessPurged([1], named: "index", in: workspace, since: []))
    let mark = WorkspaceIndex.purgeMark(workspace)
    // An erasure meanwhile: the index goes, the mark changes (also a second one in the same
    // second: a new file, a new inode).
    WorkspaceIndex.purge(workspace)
    let first = WorkspaceIndex.purgeMark(workspace)
    #expect(first != mark)
    WorkspaceIndex.purge(workspace)
    #expect(WorkspaceIndex.purgeMark(workspace) != first)
    #expect(!FileManager.default.fileExists(atPath: WorkspaceIndex.path(in: workspace)))
    #expect(!WorkspaceIndex.writeUnlessPurged([1], named: "index", in: workspace, since: mark))
    #expect(!FileManager.default.fileExists(atPath: WorkspaceIndex.path(in: workspace)))
  }

  /// A cache file is trusted only as a regular file of amigo's own: a link (to an index made
  /// elsewhere) is removed and not read; a file others may read is narrowed to 0600.
  @Test func aLinkedCacheFileIsNotTrusted() throws {
    let root = try temporaryFolder("cache-file", ["elsewhere"], folders: ["trajectories"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let workspace = Workspace(root: root)
    #expect(WorkspaceIndex.writeUnlessPurged([1], named: "index", in: workspace, since: []))
    let path = WorkspaceIndex.path(in: workspace)
    #expect(WorkspaceIndex.cacheFileStamp(path) != nil)
    chmod(path, 0o644)
    #expect(WorkspaceIndex.cacheFileStamp(path) != nil)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createSymbolicLink(
      atPath: path, withDestinationPath: root + "/elsewhere")
    #expect(WorkspaceIndex.cacheFileStamp(path) == nil)
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil)
    #expect(FileManager.default.fileExists(atPath: root + "/elsewhere"))
  }
}
