import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// A copy of an example workspace (`Examples/caseload` unless named) in a fresh temporary
/// folder, and a folder outside it.
final class TemporaryWorkspace: TemporaryFolder {
  var base: String { root.path }
  var workspace: Workspace { Workspace(root: base + "/ws") }
  var outside: String { base + "/outside" }

  init(example: String = "caseload") throws {
    try super.init(prefix: "amigo-privacy")
    try copyExample(example, to: "ws")
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
  }

  var config: Config? { Loader.loadConfig(workspace, display: { $0 }).0 }

  /// A trajectory file outside the workspace, and a link to it in `trajectories/`.
  func linkOut(_ id: String = "AOS-2026-OUT1") throws -> (link: String, target: String) {
    let example = try String(
      contentsOfFile: workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml", encoding: .utf8)
    let target = outside + "/\(id).yaml"
    try example.replacingOccurrences(of: "id: AOS-2026-K7Q4", with: "id: \(id)")
      .write(toFile: target, atomically: true, encoding: .utf8)
    let link = workspace.trajectoriesPath + "/\(id).yaml"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    return (link, target)
  }
}

func mode(_ path: String) -> Int? {
  (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
}

@Suite struct SymlinkTests {
  @Test func aLinkOutOfTheWorkspaceIsAnErrorDiagnosticNeverRead() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let (link, target) = try tmp.linkOut()
    #expect(tmp.workspace.trajectoryPaths().contains(link))
    let file = Loader.loadTrajectories([link], config: tmp.config, today: nil, display: { $0 })[0]
    #expect(file.trajectory == nil)
    #expect(file.diagnostics.map(\.code) == ["unreadable-file"])
    #expect(file.diagnostics[0].severity == .error)
    #expect(file.diagnostics[0].message.contains("outside the workspace"))
    #expect(file.diagnostics[0].message.contains(target))
    #expect(throws: FileSystem.ReadError.self) { try FileSystem.read(link) }
  }

  @Test func aLinkOutOfTheWorkspaceIsNeverWrittenThrough() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let (link, target) = try tmp.linkOut()
    let before = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(throws: ChangeError.self) {
      try Store.change(
        link, display: "link", in: tmp.workspace, config: tmp.config, today: nil
      ) { editor, _ in
        try editor.set(["status"], to: .literal("paused"))
      }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
  }

  /// `.amigo.lock` is opened only as a file of its own: a link planted there (or committed to
  /// git) made amigo create the file it leads to, and a pipe or a device was opened too.
  @Test func theLockFileIsNeverALinkOrAPipe() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let lock = tmp.workspace.root + "/.amigo.lock"
    let target = tmp.outside + "/made-by-amigo"
    try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: target)
    #expect(throws: WriteError.self) { try WorkspaceLock(tmp.workspace) }
    #expect(!FileSystem.exists(target), "nothing is made where the link leads")
    do {
      _ = try WorkspaceLock(tmp.workspace)
    } catch {
      #expect(error.reason == "it is a symbolic link; amigo does not write through links")
    }
    try FileManager.default.removeItem(atPath: lock)
    #expect(mkfifo(lock, 0o600) == 0)
    #expect(throws: WriteError.self) { try WorkspaceLock(tmp.workspace) }
    try FileManager.default.removeItem(atPath: lock)
    // A file, as amigo makes it, is the lock.
    let held = try WorkspaceLock(tmp.workspace)
    withExtendedLifetime(held) {}
  }

  @Test func aTrajectoriesFolderLinkedOutIsNeitherReadNorWritten() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let fm = FileManager.default
    let moved = tmp.outside + "/trajectories"
    try fm.moveItem(atPath: tmp.workspace.trajectoriesPath, toPath: moved)
    try fm.createSymbolicLink(atPath: tmp.workspace.trajectoriesPath, withDestinationPath: moved)
    #expect(!tmp.workspace.contains(resolving: tmp.workspace.trajectoriesPath + "/T-1.yaml"))
    // The files are listed (so that nothing silently looks empty) and refused when read.
    let named = tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml"
    let listed = tmp.workspace.trajectoryPaths()
    #expect(listed.contains(named))
    let files = Loader.loadTrajectories(listed, config: tmp.config, today: nil, display: { $0 })
    #expect(files.count == listed.count)
    #expect(files.allSatisfy { $0.trajectory == nil && $0.diagnostics.hasErrors })
    #expect(files.allSatisfy { $0.diagnostics.first?.code == "unreadable-file" })
    #expect(ChildLookup.find("AOS-2026-K7Q4", in: tmp.workspace) == .found(path: named))
    let text = try String(contentsOfFile: moved + "/AOS-2026-K7Q4.yaml", encoding: .utf8)
      .replacingOccurrences(of: "AOS-2026-K7Q4", with: "T-NEW")
    #expect(throws: ChangeError.self) {
      try Store.create(
        tmp.workspace.trajectoriesPath + "/T-NEW.yaml", display: "T-NEW", text: text,
        in: tmp.workspace, config: tmp.config, today: nil)
    }
    #expect(!fm.fileExists(atPath: moved + "/T-NEW.yaml"))
  }

  @Test func aTrajectoriesFolderLinkedInsideIsReadAsUsual() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let fm = FileManager.default
    let moved = tmp.workspace.root + "/data"
    try fm.moveItem(atPath: tmp.workspace.trajectoriesPath, toPath: moved)
    try fm.createSymbolicLink(atPath: tmp.workspace.trajectoriesPath, withDestinationPath: "data")
    let paths = tmp.workspace.trajectoryPaths()
    #expect(paths.contains(tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml"))
    #expect(paths.count == (try fm.contentsOfDirectory(atPath: moved)).count)
    let files = Loader.loadTrajectories(paths, config: tmp.config, today: nil, display: { $0 })
    #expect(files.allSatisfy { $0.trajectory != nil })
    #expect(!files.contains { $0.diagnostics.contains { $0.code == "unreadable-file" } })
  }

  @Test func linksInsideTheWorkspaceAreFollowed() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let sub = tmp.workspace.trajectoriesPath + "/2026"
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml",
      toPath: sub + "/AOS-2026-K7Q4.yaml")
    let link = tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml"
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: "2026/AOS-2026-K7Q4.yaml")
    #expect(FileSystem.linkOutOfWorkspace(link) == nil)
    #expect(try !FileSystem.read(link).isEmpty)
  }

  @Test(arguments: ["../amigo", "/etc/passwd", "a\u{0}b", "..", ".", "", "trajectories/x"])
  func pathsAreNoNames(_ name: String) throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    #expect(ChildLookup.find(name, in: tmp.workspace) == .notFound)
  }
}

@Suite struct OwnerOnlyTests {
  @Test func newFilesAndFoldersAreOwnerOnly() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let old = umask(0o022)
    defer { umask(old) }
    let file = tmp.outside + "/report.csv"
    try AtomicWrite.write(Array("a,b\r\n".utf8), to: file)
    #expect(mode(file) == 0o600)
    let folder = tmp.outside + "/a/b/c"
    try AtomicWrite.makeFolder(folder)
    for path in [tmp.outside + "/a", tmp.outside + "/a/b", folder] { #expect(mode(path) == 0o700) }
    let text = try String(
      contentsOfFile: tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml", encoding: .utf8
    ).replacingOccurrences(of: "AOS-2026-K7Q4", with: "T-NEW")
    let path = tmp.workspace.trajectoriesPath + "/2027/T-NEW.yaml"
    _ = try Store.create(
      path, display: "T-NEW", text: text, in: tmp.workspace, config: tmp.config, today: nil)
    #expect(mode(path) == 0o600)
    #expect(mode(tmp.workspace.trajectoriesPath + "/2027") == 0o700)
  }
}

@Suite struct ErasureTests {
  @Test func erasingRemovesTheFileAndAmigosLeftovers() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let path = tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml"
    let leftover = tmp.workspace.trajectoriesPath + "/.AOS-2026-K7Q4.yaml.tmp-123-0"
    try Data("x".utf8).write(to: URL(fileURLWithPath: leftover))
    let outcome = try Erasure.erase(path, in: tmp.workspace)
    #expect(outcome.linkTarget == nil)
    #expect(outcome.leftovers == [leftover])
    #expect(!FileSystem.exists(path))
    #expect(!FileSystem.exists(leftover))
  }

  /// A killed write's copy in another folder of `trajectories/` (the file moved since, into a
  /// per-year or archive folder) holds the child's data too: erase removes it, and validate
  /// names the copies a killed creation left in any such folder.
  @Test func copiesInOtherFoldersOfTrajectoriesAreErasedAndNamed() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let fm = FileManager.default
    let folder = tmp.workspace.trajectoriesPath
    for sub in ["/2025", "/archief/2024", "/.verborgen"] {
      try fm.createDirectory(atPath: folder + sub, withIntermediateDirectories: true)
    }
    let path = folder + "/AOS-2026-K7Q4.yaml"
    let copies = [
      folder + "/2025/.AOS-2026-K7Q4.yaml.tmp-amigo",
      folder + "/archief/2024/.AOS-2026-K7Q4.yaml.tmp-77-0",
    ]
    let others = folder + "/2025/.AOS-2026-ZZZ9.yaml.tmp-12-0"
    for copy in copies + [others] { try Data("x".utf8).write(to: URL(fileURLWithPath: copy)) }
    let named = Loader.ignoredFiles(tmp.workspace, display: { $0 })
      .filter { $0.code == "ignored-file" }.compactMap(\.file)
    #expect(named == [copies[0], others, copies[1]])

    let outcome = try Erasure.erase(path, in: tmp.workspace)
    #expect(outcome.leftovers == copies)
    for copy in copies { #expect(!FileSystem.exists(copy)) }
    #expect(FileSystem.exists(others), "another child's copy stays")
  }

  /// An `amigo edit` killed with its editor leaves its private copy of the whole file in a
  /// folder `.amigo-edit-XXXXXX` beside the record folder: erase removes it (and only one
  /// holding this file).
  @Test func theCopyAKilledEditLeftIsErased() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let fm = FileManager.default
    let root = tmp.workspace.root
    let ours = root + "/.amigo-edit-Ab12Cd"
    let other = root + "/.amigo-edit-Zz99Yy"
    for (folder, id) in [(ours, "AOS-2026-K7Q4"), (other, "AOS-2026-9TFX")] {
      try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data("label: Sam B.\n".utf8).write(to: URL(fileURLWithPath: folder + "/\(id).yaml"))
    }
    try Data("x".utf8).write(to: URL(fileURLWithPath: ours + "/.AOS-2026-K7Q4.yaml.swp"))
    // validate names them, as copies that hold a child's data out of sight.
    let named = Loader.ignoredFiles(tmp.workspace, display: { $0 })
      .filter { $0.code == "ignored-file" }.compactMap(\.file)
    #expect(named == [ours + "/AOS-2026-K7Q4.yaml", other + "/AOS-2026-9TFX.yaml"])
    let outcome = try Erasure.erase(
      tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml", in: tmp.workspace)
    #expect(outcome.leftovers == [ours + "/AOS-2026-K7Q4.yaml"])
    #expect(!fm.fileExists(atPath: ours))
    #expect(fm.fileExists(atPath: other + "/AOS-2026-9TFX.yaml"))
  }

  /// `.amigo` a link out of the workspace (planted, or committed to git): the ledger of erased
  /// ids is not written where it leads; the file is erased all the same, and the outcome says
  /// why the id was not recorded.
  @Test func theLedgerIsNotWrittenThroughALink() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let fm = FileManager.default
    let amigo = tmp.workspace.root + "/.amigo"
    try? fm.removeItem(atPath: amigo)
    try fm.createSymbolicLink(atPath: amigo, withDestinationPath: tmp.outside)
    let path = tmp.workspace.trajectoriesPath + "/AOS-2026-K7Q4.yaml"
    let outcome = try Erasure.erase(path, in: tmp.workspace, recordingOn: LocalDate("2026-11-19"))
    #expect(!FileSystem.exists(path))
    #expect(outcome.ledgerError?.contains("symbolic link") == true, "\(outcome)")
    #expect(!fm.fileExists(atPath: tmp.outside + "/erased.yaml"))
  }

  @Test func aChangeReplacesTheCopyAnInterruptedWriteLeft() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let folder = tmp.workspace.trajectoriesPath
    let path = folder + "/AOS-2026-K7Q4.yaml"
    // What a write killed between creating and renaming its copy leaves, of this file and of
    // another one.
    let ours = folder + "/.AOS-2026-K7Q4.yaml.tmp-amigo"
    let others = folder + "/.AOS-2026-ZZZZ.yaml.tmp-amigo"
    for leftover in [ours, others] {
      try Data("half a file".utf8).write(to: URL(fileURLWithPath: leftover))
    }
    try Store.change(
      path, display: "AOS-2026-K7Q4", in: tmp.workspace, config: tmp.config, today: nil
    ) { editor, _ in
      try TrajectoryEdits.set(&editor, "status", .literal("paused"), spec: Schemas.trajectory)
    }
    #expect(!FileSystem.exists(ours))
    #expect(FileSystem.exists(others))
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("status: paused"))
  }

  @Test func erasingALinkRemovesTheLinkNotItsTarget() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    let (link, target) = try tmp.linkOut()
    let outcome = try Erasure.erase(link, in: tmp.workspace)
    #expect(outcome.linkTarget == target)
    #expect(!FileSystem.exists(link))
    #expect(FileSystem.exists(target))
  }

  @Test func onlyTrajectoryFilesAreErased() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    #expect(throws: WriteError.self) {
      try Erasure.erase(tmp.workspace.configPath, in: tmp.workspace)
    }
    #expect(throws: WriteError.self) {
      try Erasure.erase(tmp.workspace.trajectoriesPath + "/NONE.yaml", in: tmp.workspace)
    }
    #expect(FileSystem.exists(tmp.workspace.configPath))
  }

  @Test func theRepositoryIsFoundWithoutGit() throws {
    let tmp = try TemporaryWorkspace()
    defer { tmp.remove() }
    try FileManager.default.createDirectory(
      atPath: tmp.base + "/.git", withIntermediateDirectories: true)
    #expect(Erasure.repositoryRoot(of: tmp.workspace) == tmp.base)
  }
}
