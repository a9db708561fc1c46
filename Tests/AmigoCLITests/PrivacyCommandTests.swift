import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// A copy of the example caseload to run commands in (at `path`; files a test puts beside it,
/// `path + "-…"`, are in the temporary folder too).
final class ExampleCopy: ExampleWorkspaceCopy {
  func run(_ args: [String]) -> (status: Int32, stdout: String, stderr: String) {
    let env = Environment(currentDirectory: path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status.rawValue, env.stdout.text, env.stderr.text)
  }
}

@Suite struct PrivacyCommandTests {
  @Test func aRandomSaltGivesOtherIdsEveryTimeAGivenSaltTheSame() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let random1 = ws.run(["export", "--research"])
    let random2 = ws.run(["export", "--research"])
    #expect(random1.status == 0)
    #expect(random1.stdout != random2.stdout)
    #expect(random1.stderr.contains("willekeurig zout"))
    let salted = ["export", "--research", "--salt", "a long secret salt for this test"]
    #expect(ws.run(salted).stdout == ws.run(salted).stdout)
    // The rows are the same, only the ids differ.
    func withoutIDs(_ csv: String) -> [String] {
      csv.split(separator: "\r\n").map {
        $0.split(separator: ",", maxSplits: 1).last.map(String.init) ?? ""
      }
      .sorted()
    }
    #expect(withoutIDs(random1.stdout) == withoutIDs(ws.run(salted).stdout))
  }

  /// A salt on the command line (`--salt S`, also `--salt "$(cat f)"`) is visible to every user
  /// of the computer in the process list while the export runs. `--salt-file FILE|-` reads it
  /// instead: the file's bytes without one final line break, the same pseudonyms as `--salt`
  /// with those bytes.
  @Test func theSaltCanBeReadFromAFileOrStandardInput() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let salt = "a long secret salt for this test"
    let file = ws.path + "-salt"
    defer { try? FileManager.default.removeItem(atPath: file) }
    try Data((salt + "\n").utf8).write(to: URL(fileURLWithPath: file))
    let given = ws.run(["export", "--research", "--salt", salt])
    let fromFile = ws.run(["export", "--research", "--salt-file", file])
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
    #expect(fromFile.stdout == given.stdout)
    #expect(fromFile.stderr.contains("met het opgegeven zout"), "\(fromFile.stderr)")
    // Readable by others: said (with the command that makes it private), not refused.
    chmod(file, 0o644)
    let open = ws.run(["export", "--research", "--salt-file", file])
    #expect(open.status == 0)
    #expect(
      open.stderr.contains(
        "amigo: waarschuwing: andere gebruikers van deze computer kunnen het zoutbestand"),
      "\(open.stderr)")
    chmod(file, 0o600)
    #expect(!ws.run(["export", "--research", "--salt-file", file]).stderr.contains("chmod"))

    func fromStandardInput(_ text: String, _ args: [String] = []) -> (Int32, String, String) {
      var env = Environment(currentDirectory: ws.path, today: LocalDate("2026-11-19")!)
      env.standardInput = { Data(text.utf8) }
      let status = Amigo.run(["export", "--research", "--salt-file", "-"] + args, environment: env)
      return (status.rawValue, env.stdout.text, env.stderr.text)
    }
    let piped = fromStandardInput(salt + "\r\n")
    #expect(piped.0 == 0, "\(piped.2)")
    #expect(piped.1 == given.stdout)

    // An empty file, a missing file and both options are refused, naming the file.
    let empty = fromStandardInput("\n")
    #expect(empty.0 == 65)
    #expect(empty.2.contains("is leeg"), "\(empty.2)")
    let missing = ws.run(["export", "--research", "--salt-file", file + "-missing"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("'\(file)-missing'"), "\(missing.stderr)")
    let both = fromStandardInput(salt, ["--salt", salt])
    #expect(both.0 == 64, "\(both.2)")
  }

  /// `--salt-file <(pass show amigo-salt)`: the salt file is a pipe, without a size, and is read
  /// to its end like every file named as input (`FileSystem.readInput`); a pipe that gives
  /// nothing is an empty salt file, refused.
  @Test func theSaltFileMayBeAPipe() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let salt = "a long secret salt for this test"
    func throughPipe(_ text: String) -> (status: Int32, stdout: String, stderr: String) {
      var ends: [Int32] = [0, 0]
      #expect(pipe(&ends) == 0)
      let bytes = Array(text.utf8)  // within the pipe's buffer: no writer thread needed
      #expect(bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == bytes.count)
      close(ends[1])
      defer { close(ends[0]) }
      return ws.run(["export", "--research", "--salt-file", "/dev/fd/\(ends[0])"])
    }
    let piped = throughPipe(salt + "\n")
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == ws.run(["export", "--research", "--salt", salt]).stdout)
    #expect(!piped.stderr.contains("chmod"), "\(piped.stderr)")
    let empty = throughPipe("")
    #expect(empty.status == 65)
    #expect(empty.stderr.contains("is leeg"), "\(empty.stderr)")
  }

  @Test func theExportFileIsReadableByItsOwnerOnly() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let old = umask(0o022)
    defer { umask(old) }
    let out = ws.path + "-export.json"
    defer { try? FileManager.default.removeItem(atPath: out) }
    #expect(ws.run(["export", "--research", "--format", "json", "--output", out]).status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let report = ws.path + "-week.csv"
    defer { try? FileManager.default.removeItem(atPath: report) }
    // Also when it replaces a file that others could read.
    #expect(FileManager.default.createFile(atPath: report, contents: Data("old".utf8)))
    #expect(chmod(report, 0o644) == 0)
    #expect(ws.run(["report", "--week", "--format", "csv", "--output", report]).status == 0)
    #expect(
      try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int == 0o600)
  }

  @Test func aStrictWorkspaceRefusesIdentifyingDetails() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let config = ws.path + "/amigo.yaml"
    let text = try String(contentsOfFile: config, encoding: .utf8)
    try (text + "\nprivacy:\n  strict: true\n").write(
      toFile: config, atomically: true, encoding: .utf8)
    let file = ws.path + "/trajectories/AOS-2026-K7Q4.yaml"
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let refused = ws.run([
      "log-session", "AOS-2026-K7Q4", "--date", "2026-11-19", "--note", "moeder: 06-12345678",
    ])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("error[possible-phone-number]"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    // Without strict privacy the same note is written, with a warning.
    try text.write(toFile: config, atomically: true, encoding: .utf8)
    let warned = ws.run([
      "log-session", "AOS-2026-K7Q4", "--date", "2026-11-19", "--note", "moeder: 06-12345678",
    ])
    #expect(warned.status == 0)
    #expect(warned.stderr.contains("warning[possible-phone-number]"))
  }

  @Test func aNewWorkspaceIsStrict() throws {
    let folder = try TemporaryFolder(prefix: "amigo-init")
    let root = folder.root.path + "/ws"
    let env = Environment(currentDirectory: "/", today: LocalDate("2026-11-19")!)
    #expect(Amigo.run(["init", root], environment: env) == .success)
    let validate = Environment(currentDirectory: root, today: LocalDate("2026-11-19")!)
    #expect(Amigo.run(["validate"], environment: validate) == .success)
    let text = try String(contentsOfFile: root + "/amigo.yaml", encoding: .utf8)
    #expect(text.contains("privacy:\n  strict: true\n"))
  }
}
