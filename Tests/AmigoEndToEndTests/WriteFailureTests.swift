import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the tests may do to provoke write errors. Root ignores file permissions, so as root the
/// tests mount a full tmpfs or a read-only bind mount and run amigo as `nobody`; without root
/// (or where mounting is not allowed) the affected tests are skipped.
enum Privileges {
  static let isRoot = geteuid() == 0

  /// True when this process may mount file systems (root in a namespace that allows it).
  static let canMount: Bool = {
    guard isRoot, FileManager.default.isExecutableFile(atPath: "/usr/bin/mount") else {
      return false
    }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
      "amigo-e2e-mount-\(UUID().uuidString)"
    ).path
    guard
      (try? FileManager.default.createDirectory(
        atPath: probe, withIntermediateDirectories: true)) != nil
    else { return false }
    defer { try? FileManager.default.removeItem(atPath: probe) }
    guard (try? Mount.tmpfs(probe, size: "64k")) != nil else {
      print("WriteFailureTests: skipped: cannot mount a tmpfs here")
      return false
    }
    Mount.unmount(probe)
    return true
  }()

  /// Runs amigo as `nobody` when root (so permissions apply), or as the current user otherwise.
  static let canDropPrivileges: Bool =
    !isRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
}

enum Mount {
  static func run(_ arguments: [String]) throws {
    let r = try Spawn.run("/usr/bin/mount", arguments, timeout: 30)
    guard r.exitCode == 0 else {
      throw SpawnError(message: "mount \(arguments.joined(separator: " ")): \(r.stderr)")
    }
  }

  static func tmpfs(_ folder: String, size: String) throws {
    try run(["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", folder])
  }

  /// Makes `folder` read-only by bind-mounting it onto itself.
  static func readOnly(_ folder: String) throws {
    try run(["--bind", folder, folder])
    do {
      try run(["-o", "remount,ro,bind", folder])
    } catch {
      unmount(folder)
      throw error
    }
  }

  static func unmount(_ folder: String) {
    _ = try? Spawn.run("/usr/bin/umount", [folder], timeout: 30)
  }
}

/// Disk full, read-only folders, missing permissions, a file where a folder should be: a clear
/// error naming the path, exit status 74, and nothing half-written.
@Suite(.serialized, .enabled(if: AmigoBinary.isAvailable))
struct WriteFailureTests {
  static let child = TempWorkspace.child

  static func logSession(_ ws: TempWorkspace) -> [String] {
    [
      "log-session", "K7Q4", "--dir", ws.root, "--today", TempWorkspace.today, "--note",
      "should not be written",
    ]
  }

  static func newChild(_ ws: TempWorkspace) -> [String] {
    [
      "new-child", "--dir", ws.root, "--today", TempWorkspace.today, "--label", "Kim D.",
      "--school", "de-zeester", "--worker", "mvd", "--referred-by", "teacher", "--programme",
      "amigos-op-school", "--id",
      "AOS-2026-ZZZ9",
    ]
  }

  /// Checks a refused write: exit 74, a message naming `path` and `reason`, the file unchanged,
  /// no temporary file left.
  func expectRefused(
    _ r: ProcessResult, path: String, reason: String, in ws: TempWorkspace,
    unchanged before: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    print(
      "WriteFailureTests: exit \(r.exitCode.map(String.init) ?? "-"): \(r.stderr)", terminator: "")
    #expect(r.exitCode == 74, "\(r): \(r.stderr)", sourceLocation: sourceLocation)
    let shown = (path as NSString).lastPathComponent
    #expect(r.stderr.contains(shown), "no path in: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(reason), "no reason in: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(
      ws.bytes(ws.trajectory(Self.child)) == before, "the trajectory changed",
      sourceLocation: sourceLocation)
    #expect(
      ws.strayFiles().filter { $0 != ".filler" }.isEmpty, "left: \(ws.strayFiles())",
      sourceLocation: sourceLocation)
    #expect(
      !FileManager.default.fileExists(atPath: ws.trajectory("AOS-2026-ZZZ9")),
      sourceLocation: sourceLocation)
  }

  @Test(.enabled(if: Privileges.canMount)) func diskFull() throws {
    let ws = try TempWorkspace("full")
    let path = ws.trajectory(Self.child)
    let original = ws.bytes(path)
    try Mount.tmpfs(ws.trajectories, size: "64k")
    defer { Mount.unmount(ws.trajectories) }
    try ws.write(original, to: path)
    // Fill the file system.
    let fd = open(ws.trajectories + "/.filler", O_WRONLY | O_CREAT, 0o600)
    let chunk = [UInt8](repeating: 0x78, count: 4096)
    while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    close(fd)

    let r = try amigo(Self.logSession(ws))
    expectRefused(r, path: path, reason: "de schijf is vol", in: ws, unchanged: original)

    let created = try amigo(Self.newChild(ws))
    expectRefused(
      created, path: ws.trajectory("AOS-2026-ZZZ9"), reason: "de schijf is vol", in: ws,
      unchanged: original)

    // A report on a full disk (never in trajectories/: --output refuses the workspace's own
    // files): nothing half-written, no temporary copy left.
    let reports = ws.root + "/reports"
    try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
    try Mount.tmpfs(reports, size: "4k")
    defer { Mount.unmount(reports) }
    let filler = open(reports + "/.filler", O_WRONLY | O_CREAT, 0o600)
    while chunk.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
    close(filler)
    let report = try amigo([
      "report", "--week", "--dir", ws.root, "--today", TempWorkspace.today, "--output",
      reports + "/week.md",
    ])
    expectRefused(
      report, path: reports + "/week.md", reason: "de schijf is vol", in: ws,
      unchanged: original)
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == [".filler"])

    // A report on /dev/full: written into the device, which fails, and the device stays.
    let device = try amigo([
      "report", "--week", "--dir", ws.root, "--today", TempWorkspace.today, "--output",
      "/dev/full",
    ])
    expectRefused(
      device, path: "/dev/full", reason: "de schijf is vol", in: ws, unchanged: original)
    var info = stat()
    #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test(.enabled(if: Privileges.canMount)) func readOnlyTrajectoriesFolder() throws {
    let ws = try TempWorkspace("readonly")
    let path = ws.trajectory(Self.child)
    let before = ws.bytes(path)
    try Mount.readOnly(ws.trajectories)
    defer { Mount.unmount(ws.trajectories) }

    expectRefused(
      try amigo(Self.logSession(ws)), path: path, reason: "de schijf is alleen-lezen", in: ws,
      unchanged: before)
    expectRefused(
      try amigo(Self.newChild(ws)), path: ws.trajectory("AOS-2026-ZZZ9"),
      reason: "de schijf is alleen-lezen", in: ws, unchanged: before)
    // Reading still works.
    let validate = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(validate.exitCode == 0, "\(validate): \(validate.stderr)")
  }

  @Test(.enabled(if: Privileges.canMount)) func readOnlyWorkspace() throws {
    let ws = try TempWorkspace("readonly-root")
    let path = ws.trajectory(Self.child)
    let before = ws.bytes(path)
    try Mount.readOnly(ws.root)
    defer { Mount.unmount(ws.root) }
    // The workspace lock cannot be created: refused before anything is written.
    expectRefused(
      try amigo(Self.logSession(ws)), path: ws.root + "/.amigo.lock",
      reason: "de schijf is alleen-lezen", in: ws, unchanged: before)
  }

  @Test(.enabled(if: Privileges.canDropPrivileges)) func missingPermissions() throws {
    let ws = try TempWorkspace("permissions")
    let path = ws.trajectory(Self.child)
    let before = ws.bytes(path)
    guard let binary = AmigoBinary.path else { return }
    // A copy of amigo that `nobody` may run, wherever the build folder is.
    // Written with O_CLOEXEC, so that processes other tests spawn meanwhile do not inherit it
    // open for writing (exec would then fail with "Text file busy").
    let copy = ws.root + "/amigo-bin"
    let data = try #require(FileManager.default.contents(atPath: binary))
    let fd = open(copy, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    try #require(fd >= 0)
    _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    chmod(ws.root, 0o755)
    chmod(ws.trajectories, 0o555)
    chmod(path, 0o644)
    chmod(ws.root + "/amigo.yaml", 0o644)
    defer { chmod(ws.trajectories, 0o755) }
    func run(_ arguments: [String]) throws -> ProcessResult {
      let command =
        Privileges.isRoot
        ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", copy])
        : (copy, [])
      // A process spawned by another test between its fork and exec may still hold the copy's
      // descriptor for a moment: "Text file busy". Try again.
      for _ in 0..<20 {
        let result: ProcessResult
        do {
          result = try Spawn.run(command.0, command.1 + arguments)
        } catch let error as SpawnError where error.message.contains("busy") {
          usleep(50_000)
          continue
        }
        if result.exitCode == 126 && result.stderr.contains("busy") {
          usleep(50_000)
          continue
        }
        return result
      }
      throw SpawnError(message: "\(copy) stayed busy")
    }

    // No permission to create the workspace lock.
    expectRefused(
      try run(Self.logSession(ws)), path: ws.root + "/.amigo.lock", reason: "geen toestemming",
      in: ws, unchanged: before)

    // The lock may be taken, but the trajectories folder is not writable.
    let lock = open(ws.root + "/.amigo.lock", O_RDWR | O_CREAT, 0o666)
    fchmod(lock, 0o666)
    close(lock)
    expectRefused(
      try run(Self.logSession(ws)), path: path, reason: "geen toestemming", in: ws,
      unchanged: before)
    expectRefused(
      try run(Self.newChild(ws)), path: ws.trajectory("AOS-2026-ZZZ9"),
      reason: "geen toestemming", in: ws, unchanged: before)
  }

  @Test func fileWhereAFolderShouldBe() throws {
    let ws = try TempWorkspace("notafolder")
    let before = ws.bytes(ws.trajectory(Self.child))
    let file = ws.root + "/plain-file"
    try ws.write(Array("x\n".utf8), to: file)
    let report = try amigo([
      "report", "--week", "--dir", ws.root, "--today", TempWorkspace.today, "--output",
      file + "/week.md",
    ])
    expectRefused(
      report, path: file + "/week.md", reason: "een deel van het pad is geen map", in: ws,
      unchanged: before)
  }
}
