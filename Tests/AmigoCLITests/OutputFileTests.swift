import AmigoCLI
import AmigoSchema
import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `--output`: never over a workspace's own files, never a folder, device or pipe replaced by a
/// file; a warning when the file lies inside the workspace (qa-walk M2, m19).
@Suite struct OutputFileTests {
  static let child = "AOS-2026-K7Q4"

  /// Every command that takes `--output`, with its mode.
  static let commands: [[String]] = [
    ["report", "--week"],
    ["report", "--child", "K7Q4"],
    ["report", "--child", "K7Q4", "--format", "html"],
    ["report", "--period", "2026/2027", "--format", "csv"],
    ["export", "--research"],
    ["export", "--research", "--format", "json"],
  ]

  /// A copy of the example workspace with git's files and amigo's own files added, and a
  /// folder outside it holding links into it.
  struct Setup {
    let ws: ExampleCopy
    let outside: String

    init() throws {
      ws = try ExampleCopy()
      outside = ws.path + "-outside"
      let fm = FileManager.default
      try fm.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
      try Data("[core]\n".utf8).write(to: URL(fileURLWithPath: ws.path + "/.git/config"))
      try Data(".amigo.lock\n".utf8).write(to: URL(fileURLWithPath: ws.path + "/.gitignore"))
      try Data("*.yaml text\n".utf8).write(to: URL(fileURLWithPath: ws.path + "/.gitattributes"))
      try Data().write(to: URL(fileURLWithPath: ws.path + "/.amigo.lock"))
      try fm.createDirectory(atPath: ws.path + "/notes", withIntermediateDirectories: true)
      try fm.createDirectory(atPath: outside, withIntermediateDirectories: true)
      try fm.createSymbolicLink(
        atPath: outside + "/record.yaml",
        withDestinationPath: ws.path + "/trajectories/\(child).yaml")
      try fm.createSymbolicLink(
        atPath: outside + "/records", withDestinationPath: ws.path + "/trajectories")
      try fm.createSymbolicLink(
        atPath: outside + "/config", withDestinationPath: ws.path + "/amigo.yaml")
    }

    func remove() {
      ws.remove()
      try? FileManager.default.removeItem(atPath: outside)
    }

    /// Every file of the workspace and its bytes (and every link's destination).
    func snapshot() -> [String: Data] {
      var out: [String: Data] = [:]
      for root in [ws.path, outside] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
          let path = root + "/" + relative
          if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            out[path] = Data(("link " + link).utf8)
          } else if !FileSystemProbe.isFolder(path) {
            out[path] = FileManager.default.contents(atPath: path) ?? Data("unreadable".utf8)
          }
        }
      }
      return out
    }

    func run(
      _ args: [String], in folder: String? = nil
    ) -> (status: Int32, stdout: String, stderr: String) {
      let env = Environment(currentDirectory: folder ?? ws.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status.rawValue, env.stdout.text, env.stderr.text)
    }
  }

  /// Paths that are, or lie in, the workspace's own files, as typed from the workspace root.
  static let ownFiles: [String] = [
    "trajectories/\(child).yaml",
    "./trajectories/\(child).yaml",
    "trajectories/new-report.md",
    "trajectories/nested/new-report.csv",
    "trajectories",
    "trajectories/",
    "amigo.yaml",
    "notes/../amigo.yaml",
    "notes/../trajectories/\(child).yaml",
    ".git/config",
    ".git/new",
    ".gitignore",
    ".gitattributes",
    ".amigo.lock",
    ".",
    "OUTSIDE/record.yaml",
    "OUTSIDE/records/new.md",
    "OUTSIDE/config",
    "OUTSIDE/../WORKSPACE/amigo.yaml",
    // Another case: on a disk that ignores case (macOS, Windows) the same files.
    "AMIGO.YAML",
    "Trajectories/\(child).yaml",
    "TRAJECTORIES/new-report.md",
    ".GIT/config",
  ]

  @Test(arguments: commands, ownFiles)
  func aWorkspacesOwnFilesAreNeverWrittenOver(_ command: [String], _ target: String) throws {
    let setup = try Setup()
    defer { setup.remove() }
    let output = target.replacingOccurrences(of: "OUTSIDE", with: setup.outside)
      .replacingOccurrences(of: "WORKSPACE", with: (setup.ws.path as NSString).lastPathComponent)
    let before = setup.snapshot()
    let r = setup.run(command + ["--output", output])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("Fout: De waarde '\(output)' is ongeldig voor '--output <file>'\n"))
    #expect(
      r.stderr.contains(
        "amigo schrijft nooit uitvoer over de gegevens of instellingen van een werkmap"))
    #expect(!r.stderr.contains("geschreven."))
    #expect(setup.snapshot() == before, "the workspace changed")
  }

  @Test func theWorkspaceIsJudgedWhereverTheCommandRuns() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let before = setup.snapshot()
    // From the folder outside, with --dir; from a subfolder of the workspace.
    let fromOutside = setup.run(
      ["report", "--week", "--dir", setup.ws.path, "-o", setup.ws.path + "/amigo.yaml"],
      in: setup.outside)
    #expect(fromOutside.status == 64, "\(fromOutside.stderr)")
    let fromSubfolder = setup.run(
      ["export", "--research", "-o", "../trajectories/\(Self.child).yaml"],
      in: setup.ws.path + "/notes")
    #expect(fromSubfolder.status == 64, "\(fromSubfolder.stderr)")
    // Another workspace's records are refused too.
    let other = try ExampleCopy()
    defer { other.remove() }
    let otherBefore = try Data(contentsOf: URL(fileURLWithPath: other.path + "/amigo.yaml"))
    let intoOther = setup.run(["report", "--week", "-o", other.path + "/amigo.yaml"])
    #expect(intoOther.status == 64, "\(intoOther.stderr)")
    #expect(intoOther.stderr.contains("van de werkmap in '\(other.path)'"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: other.path + "/amigo.yaml")) == otherBefore)
    #expect(setup.snapshot() == before)
  }

  @Test(arguments: commands) func aFileInsideTheWorkspaceIsWrittenWithAWarning(
    _ command: [String]
  )
    throws
  {
    let setup = try Setup()
    defer { setup.remove() }
    let inside = setup.run(command + ["--output", "notes/out.txt"])
    #expect(inside.status == 0, "\(inside.stderr)")
    #expect(inside.stderr.hasPrefix("notes/out.txt geschreven.\n"))
    #expect(
      inside.stderr.contains(
        "amigo: waarschuwing: notes/out.txt ligt in de werkmap: git zou het delen met iedereen")
    )
    #expect(FileManager.default.fileExists(atPath: setup.ws.path + "/notes/out.txt"))

    let outside = setup.run(command + ["--output", setup.outside + "/out.txt"])
    #expect(outside.status == 0, "\(outside.stderr)")
    #expect(!outside.stderr.contains("waarschuwing"))
    // The same text as on standard output.
    #expect(
      try String(contentsOfFile: setup.outside + "/out.txt", encoding: .utf8)
        .hasPrefix(String(setup.run(command).stdout.prefix(20))))
  }

  @Test func noWarningOnceGitIgnoresTheFile() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.removeItem(atPath: setup.ws.path + "/.git")
    let git = Git(directory: setup.ws.path, environment: ProcessInfo.processInfo.environment)
    guard (try? git.run(["init", "-q"]))?.status == 0 else { return }
    let warned = setup.run(["report", "--week", "-o", "notes/week.md"])
    #expect(warned.stderr.contains("amigo: waarschuwing: notes/week.md ligt in de werkmap"))
    try Data(".amigo.lock\nnotes/\n".utf8).write(
      to: URL(fileURLWithPath: setup.ws.path + "/.gitignore"))
    let quiet = setup.run(["report", "--week", "-o", "notes/week.md"])
    #expect(quiet.status == 0)
    #expect(quiet.stderr == "notes/week.md geschreven.\n")
    // Still warned for a file git would share.
    let other = setup.run(["export", "--research", "-o", "export.csv"])
    #expect(other.stderr.contains("amigo: waarschuwing: export.csv ligt in de werkmap"))
  }

  @Test func aFolderASocketOrABlockDeviceIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    for folder in [setup.outside, setup.outside + "/", "/tmp", setup.outside + "/missing/"] {
      let r = setup.run(["report", "--week", "-o", folder])
      #expect(r.status == 64, "\(folder): \(r.stderr)")
      #expect(r.stderr.contains("Het is een map."), "\(r.stderr)")
    }
    #expect(FileSystemProbe.isFolder(setup.outside))

    let socketPath = setup.outside + "/socket"
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (i, byte) in socketPath.utf8.enumerated() where i < buffer.count - 1 { buffer[i] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    try #require(bound == 0)
    let r = setup.run(["export", "--research", "-o", socketPath])
    #expect(r.status == 64)
    #expect(
      r.stderr.contains("Het is een socket: amigo schrijft alleen naar bestanden, tekenapparaten"))
    #expect(FileSystemProbe.kind(socketPath) == S_IFSOCK)

    if let block = ["/dev/loop0", "/dev/sda", "/dev/vda"].first(where: {
      FileSystemProbe.kind($0) == S_IFBLK
    }) {
      let b = setup.run(["report", "--week", "-o", block])
      #expect(b.status == 64)
      #expect(b.stderr.contains("Het is een blokapparaat"))
      #expect(FileSystemProbe.kind(block) == S_IFBLK)
    }
  }

  @Test func aCharacterDeviceIsWrittenIntoNeverReplaced() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let null = setup.run(["report", "--week", "-o", "/dev/null"])
    #expect(null.status == 0, "\(null.stderr)")
    #expect(null.stderr == "/dev/null geschreven.\n")
    #expect(FileSystemProbe.kind("/dev/null") == S_IFCHR)

    let full = setup.run(["export", "--research", "-o", "/dev/full"])
    #expect(full.status == 74)
    // The workspace is Dutch; the system's reason stays as the system gives it.
    #expect(full.stderr == "amigo: kan '/dev/full' niet schrijven: de schijf is vol\n")
    #expect(FileSystemProbe.kind("/dev/full") == S_IFCHR)
  }

  @Test func aPipeIsWrittenIntoNeverReplaced() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let fifo = setup.outside + "/fifo"
    try #require(mkfifo(fifo, 0o600) == 0)
    // A reader, so that opening the pipe for writing does not wait.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let r = setup.run(["report", "--week", "--format", "csv", "-o", fifo])
    #expect(r.status == 0, "\(r.stderr)")
    var bytes = [UInt8](repeating: 0, count: 65536)
    let n = read(reader, &bytes, bytes.count)
    #expect(n > 0)
    #expect(
      String(decoding: bytes[..<max(n, 0)], as: UTF8.self)
        == setup.run(["report", "--week", "--format", "csv"]).stdout)
    #expect(FileSystemProbe.kind(fifo) == S_IFIFO)
  }

  @Test(arguments: ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
  func standardOutputByNameIsStandardOutput(_ name: String) throws {
    let setup = try Setup()
    defer { setup.remove() }
    let r = setup.run(["report", "--week", "--format", "csv", "-o", name])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == setup.run(["report", "--week", "--format", "csv"]).stdout)
    #expect(r.stderr.isEmpty)
    let e = setup.run(["report", "--week", "--format", "csv", "-o", "/dev/stderr"])
    #expect(e.stdout.isEmpty)
    #expect(e.stderr == r.stdout)
  }
}

enum FileSystemProbe {
  static func kind(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  static func isFolder(_ path: String) -> Bool { kind(path) == S_IFDIR }
}
