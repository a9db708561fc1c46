import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to standard output fails: a full disk (/dev/full), or a pipe whose reader is gone
/// while SIGPIPE is ignored (inherited from the caller). amigo never traps: a full disk ends
/// with exit 74 and one line naming the target; a closed pipe ends quietly with exit 74.
@Suite(.enabled(if: AmigoBinary.isAvailable))
struct StandardOutputFailureTests {
  static let commands: [[String]] = [
    ["--version"],
    ["--help"],
    ["report", "--help"],
    ["list"],
    ["show", "K7Q4"],
    ["validate"],
    ["report", "--week"],
    ["report", "--child", "K7Q4", "--format", "markdown"],
    ["report", "--period", "2026/2027", "--format", "json"],
    ["export", "--research", "--format", "json"],
    ["report", "--week", "--output", "-"],
    ["report", "--week", "--output", "/dev/stdout"],
    ["export", "--research", "--output", "/dev/fd/1"],
  ]

  func arguments(_ command: [String], _ ws: TempWorkspace) -> [String] {
    command.first?.hasPrefix("-") == true || command.contains("--help")
      ? command : command + ["--dir", ws.root, "--today", TempWorkspace.today]
  }

  @Test(arguments: commands) func aFullDiskEndsWithExit74AndOneLine(_ command: [String]) throws {
    let ws = try TempWorkspace("stdout-full")
    let args = arguments(command, ws)
    let normal = try amigo(args)
    try #require(normal.exitCode == 0, "\(normal): \(normal.stderr)")
    try #require(!normal.stdout.isEmpty)

    guard let binary = AmigoBinary.path else { return }
    let full = try Spawn.run(binary, args, stdoutFile: "/dev/full")
    #expect(full.exitCode == 74, "\(full): \(full.stderr)")
    // In the (Dutch) workspace the line is Dutch; outside one, English (issue 28).
    let line =
      args.contains("--dir")
      ? "amigo: kan niet schrijven naar standaarduitvoer (/dev/full): de schijf is vol\n"
      : "amigo: cannot write to standard output (/dev/full): No space left on device\n"
    #expect(full.stderr == normal.stderr + line)
  }

  @Test(arguments: commands) func aClosedPipeEndsQuietly(_ command: [String]) throws {
    let ws = try TempWorkspace("stdout-pipe")
    let args = arguments(command, ws)
    let normal = try amigo(args)
    try #require(normal.exitCode == 0, "\(normal): \(normal.stderr)")
    guard let binary = AmigoBinary.path else { return }

    // A pipe whose reading end is closed before amigo starts: its first write fails with
    // EPIPE. bash's `trap '' PIPE` ignores SIGPIPE, and exec keeps it ignored.
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    // Not inherited by processes other tests start meanwhile.
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    close(ends[0])
    defer { close(ends[1]) }
    let r = try Spawn.run(
      "/bin/bash", ["-c", "trap '' PIPE; exec \"$@\"", "bash", binary] + args,
      stdoutDescriptor: ends[1])
    #expect(r.exitCode == 74, "\(r): \(r.stderr)")
    #expect(r.stderr == normal.stderr)
  }
}

/// Reading standard input fails (it is a folder: read(2) answers EISDIR): amigo never traps
/// (`FileHandle.readDataToEndOfFile` did, exit 132), it says so and exits 74, and the file is
/// not touched.
@Suite(.enabled(if: AmigoBinary.isAvailable))
struct StandardInputFailureTests {
  @Test func anUnreadableNoteOnStandardInputEndsWithExit74() throws {
    let ws = try TempWorkspace("stdin-unreadable")
    guard let binary = AmigoBinary.path else { return }
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: ws.trajectories).sorted().first)
    let before = ws.bytes(ws.trajectories + "/" + file)
    let id = String(file.dropLast(".yaml".count))
    let r = try Spawn.run(
      binary,
      [
        "log-session", id, "-d", TempWorkspace.today, "--note-file", "-", "--dir", ws.root,
        "--today", TempWorkspace.today,
      ], stdin: "/")
    #expect(r.exitCode == 74, "\(r): \(r.stderr)")
    #expect(r.stderr == "amigo: kan de standaardinvoer niet lezen: het is een map\n")
    #expect(ws.bytes(ws.trajectories + "/" + file) == before)
  }
}
