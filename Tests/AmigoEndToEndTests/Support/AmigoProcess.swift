import Foundation
import _AmigoTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The built `amigo` executable, run as a separate process: these tests see what a user sees,
/// including crashes, signals, exit statuses and what is left on disk.
enum AmigoBinary {
  /// The executable to test, or nil (with the reason) when none is built.
  ///
  /// `AMIGO_E2E_BINARY` wins. Otherwise the release build is used when it is newer than every
  /// source file (CI builds it before `swift test`, and it makes the large inputs fast), else
  /// the build next to the running test bundle (`swift test` builds `amigo` with the tests),
  /// else `.build/debug/amigo`.
  static let located: (path: String?, reason: String) = {
    let fm = FileManager.default
    if let forced = ProcessInfo.processInfo.environment["AMIGO_E2E_BINARY"], !forced.isEmpty {
      return fm.isExecutableFile(atPath: forced)
        ? (forced, "AMIGO_E2E_BINARY") : (nil, "AMIGO_E2E_BINARY=\(forced) is not executable")
    }
    let root = Fixtures.root.path
    let release = root + "/.build/release/amigo"
    if fm.isExecutableFile(atPath: release), let built = modificationTime(release),
      built >= newestSource(under: root + "/Sources")
    {
      return (release, "release build, newer than the sources")
    }
    var candidates: [String] = []
    if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      // The test bundle is `.build/<triple>/debug/amigoPackageTests.xctest`; `amigo` is beside it.
      candidates.append((exe as NSString).deletingLastPathComponent + "/amigo")
    }
    candidates.append(root + "/.build/debug/amigo")
    for c in candidates where fm.isExecutableFile(atPath: c) { return (c, "debug build") }
    return (
      nil, "no built amigo at \(candidates.joined(separator: " or ")); run 'swift build' first"
    )
  }()

  static var path: String? { located.path }

  /// True when the binary under test is an optimised build.
  static var isRelease: Bool { located.path?.contains("/release/") ?? false }

  /// True when the tests can run: used as `.enabled(if:)` condition.
  static var isAvailable: Bool {
    reportOnce
    return located.path != nil
  }

  private static let reportOnce: Void = {
    if let path = located.path {
      print("AmigoEndToEndTests: testing \(path) (\(located.reason))")
    } else {
      print("AmigoEndToEndTests: skipped: \(located.reason)")
    }
  }()

  static func modificationTime(_ path: String) -> Double? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
  }

  static func newestSource(under folder: String) -> Double {
    var newest = 0.0
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      if let t = modificationTime(folder + "/" + relative) { newest = max(newest, t) }
    }
    return newest
  }
}

/// How a spawned process ended.
struct ProcessResult: CustomStringConvertible {
  var exitCode: Int32?
  var signal: Int32?
  var timedOut = false
  var stdout = ""
  var stderr = ""
  /// Wall-clock seconds from spawn to exit.
  var seconds: Double
  /// Peak resident set size of the process in KiB: the last `VmHWM` read from
  /// `/proc/PID/status` while it ran (sampled every 2 ms; nil when it ended before the first
  /// sample). Not `ru_maxrss`: with `posix_spawn` (vfork) that also counts the test process's
  /// own memory, which the child shares until it execs.
  var maxRSSKiB: Int?

  var crashed: Bool { signal != nil && !timedOut }

  var description: String {
    let how =
      timedOut
      ? "timed out" : exitCode.map { "exit \($0)" } ?? "signal \(signal ?? -1)"
    let rss = maxRSSKiB.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "not sampled"
    return "\(how) after \(String(format: "%.2f", seconds)) s, max RSS \(rss)"
  }
}

/// Runs processes with `posix_spawn` and `wait4`, so that the test sees the child's exit status,
/// signals and resource use, and can kill it at any moment.
enum Spawn {
  /// Runs `executable` with `arguments` to its end, or kills it after `timeout` seconds.
  /// Standard input is `stdin` (a file path) or /dev/null. Standard output is captured, or goes
  /// to `stdoutFile` (a path, such as /dev/full) or to the open descriptor `stdoutDescriptor`
  /// (then `ProcessResult.stdout` is empty).
  static func run(
    _ executable: String, _ arguments: [String], timeout: Double = 60, stdin: String? = nil,
    environment: [String: String] = [:], killAfter: Double? = nil, stdoutFile: String? = nil,
    stdoutDescriptor: Int32? = nil
  ) throws -> ProcessResult {
    let scratch = try TemporaryFolder(prefix: "amigo-e2e-io")
    let dir = scratch.root
    let outPath = dir.appendingPathComponent("stdout").path
    let errPath = dir.appendingPathComponent("stderr").path

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
    if let stdoutDescriptor {
      posix_spawn_file_actions_adddup2(&actions, stdoutDescriptor, 1)
    } else {
      posix_spawn_file_actions_addopen(
        &actions, 1, stdoutFile ?? outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var env = ProcessInfo.processInfo.environment
    // No colours, no pager, no editor, and no crash-report helper process that outlives amigo.
    env["NO_COLOR"] = "1"
    env["SWIFT_BACKTRACE"] = "enable=no"
    env.removeValue(forKey: "AMIGO_DIR")
    for (k, v) in environment { env[k] = v }

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let start = Date()
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard rc == 0 else {
      throw SpawnError(message: "posix_spawn \(executable): \(String(cString: strerror(rc)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peak: Int?
    if let killAfter {
      if killAfter > 0 { usleep(useconds_t(killAfter * 1_000_000)) }
      kill(pid, SIGKILL)
      while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    } else {
      while true {
        if let hwm = peakRSS(pid, executable) { peak = max(peak ?? 0, hwm) }
        let r = wait4(pid, &status, WNOHANG, &usage)
        if r == pid { break }
        if r < 0 && errno != EINTR {
          throw SpawnError(message: "wait4: \(String(cString: strerror(errno)))")
        }
        if Date().timeIntervalSince(start) > timeout {
          timedOut = true
          kill(pid, SIGKILL)
          while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
          break
        }
        usleep(2000)
      }
    }
    let seconds = Date().timeIntervalSince(start)
    let termination = status & 0x7F
    let read = { (p: String) in
      (try? String(contentsOfFile: p, encoding: .utf8))
        ?? String(decoding: FileManager.default.contents(atPath: p) ?? Data(), as: UTF8.self)
    }
    return ProcessResult(
      exitCode: termination == 0 ? (status >> 8) & 0xFF : nil,
      signal: termination != 0 && termination != 0x7F ? termination : nil,
      timedOut: timedOut, stdout: read(outPath), stderr: read(errPath), seconds: seconds,
      maxRSSKiB: peak)
  }

  /// Starts `executable` without waiting, with `environment` added to this process's own;
  /// `wait` collects it.
  static func start(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> RunningProcess {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "amigo-e2e-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, dir.path + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(
      &actions, 2, dir.path + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["SWIFT_BACKTRACE"] = "enable=no"
    env.removeValue(forKey: "AMIGO_DIR")
    for (k, v) in environment { env[k] = v }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    // The process starts as from a shell: no signal blocked, the usual ones at their default
    // action (the test runner may block or ignore some, and a child inherits both), so that a
    // test can send it SIGHUP or SIGTERM.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard rc == 0 else {
      throw SpawnError(message: "posix_spawn \(executable): \(String(cString: strerror(rc)))")
    }
    return RunningProcess(pid: pid, executable: executable, io: dir.path, started: Date())
  }
}

/// A process started by `Spawn.start`.
struct RunningProcess {
  let pid: pid_t
  let executable: String
  let io: String
  let started: Date

  /// Waits for the process (killing it after `timeout` seconds) and returns how it ended.
  func wait(timeout: Double = 60) -> ProcessResult {
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peak: Int?
    while true {
      if let hwm = peakRSS(pid, executable) { peak = max(peak ?? 0, hwm) }
      let r = wait4(pid, &status, WNOHANG, &usage)
      if r == pid || (r < 0 && errno != EINTR) { break }
      if Date().timeIntervalSince(started) > timeout {
        timedOut = true
        kill(pid, SIGKILL)
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        break
      }
      usleep(2000)
    }
    defer { try? FileManager.default.removeItem(atPath: io) }
    let termination = status & 0x7F
    return ProcessResult(
      exitCode: termination == 0 ? (status >> 8) & 0xFF : nil,
      signal: termination != 0 && termination != 0x7F ? termination : nil, timedOut: timedOut,
      stdout: (try? String(contentsOfFile: io + "/stdout", encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: io + "/stderr", encoding: .utf8)) ?? "",
      seconds: Date().timeIntervalSince(started), maxRSSKiB: peak)
  }
}

/// The high-water mark of the resident set (`VmHWM`, KiB) of process `pid`, once it runs
/// `executable` (before its exec, a spawned child still shows the parent's memory).
func peakRSS(_ pid: pid_t, _ executable: String) -> Int? {
  guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"),
    exe == executable || exe == realPath(executable),
    let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return nil }
  return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap {
    Int($0)
  }
}

/// `path` with every symbolic link resolved, as `/proc/PID/exe` shows it.
func realPath(_ path: String) -> String {
  guard let resolved = realpath(path, nil) else { return path }
  defer { free(resolved) }
  return String(cString: resolved)
}

struct SpawnError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Runs the amigo under test.
func amigo(
  _ arguments: [String], timeout: Double = 60, stdin: String? = nil, killAfter: Double? = nil
) throws -> ProcessResult {
  guard let path = AmigoBinary.path else { throw SpawnError(message: AmigoBinary.located.reason) }
  return try Spawn.run(path, arguments, timeout: timeout, stdin: stdin, killAfter: killAfter)
}
