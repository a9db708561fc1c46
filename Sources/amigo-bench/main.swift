// amigo-bench: workloads for amigo's benchmarks (see Benchmarks/README.md).
import AmigoSchema
import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

let generateHelp = """
  USAGE: amigo-bench generate --trajectories N --seed S --out DIR [--today DATE] [--force]
                             [--archive | --closed-share F --years Y]

  Writes a fictional workspace for benchmarks: DIR/amigo.yaml (three programmes, 50 schools,
  200 workers, school holidays from 2021/2022 on) and N trajectory files DIR/trajectories/<ID>.yaml
  in every status, spread over the school years before DATE. A completed Amigo's op School
  trajectory lasts 12-20 weeks with about 42 sessions: two child talks every school week, a few
  not held (made up the same week), parent and teacher talks, a home visit, a classroom
  observation, reviews and a consultation; early closures and running trajectories have fewer.
  The files validate against the workspace with `amigo validate --today DATE`: no errors and
  rare warnings (about 2% of the files miss the weekly norm once, on purpose).

  The same seed, count and date give byte-identical files, and the first N files of a larger
  workspace are those of a smaller one. On average 34 sessions, 280 lines and 7.5 KB a file.

  OPTIONS:
    --trajectories N   Number of trajectory files (1-1000000).
    --seed S           Seed (a whole number, 0 or more).
    --out DIR          The workspace folder to write; created when missing.
    --today DATE       The date the files are consistent with (default 2026-11-19).
    --activities N     Also N activity files DIR/activities/<ID>.yaml (issue 20): about 70 %
                       meetings about 2-5 children of a school, 30 % group modules of up to 6
                       children with up to 6 meetings; each names only children whose consent
                       is in force on its dates, so they validate too (default 0).
    --closed-share F   The share of closed trajectories, 0.5-0.99 (default about 0.8); the
                       other statuses keep their proportions.
    --years Y          Spread the closed (and not started) trajectories over the Y school years
                       up to today's (1-40; default: from 2022/2023 on), with holidays for each.
    --archive          An archive-heavy workspace as kept under retention (issue 32): the same
                       as --closed-share 0.93 --years 20, so over 90 % is closed.
    --force            Replace DIR/amigo.yaml, DIR/trajectories/ and DIR/activities/ when they exist.
    -h, --help         Show this help.

  Prints a summary (trajectories, sessions, lines, bytes, sample ids) as `key: value` lines.
  """

let mainHelp = """
  USAGE: amigo-bench <command> [options]

  Workloads for amigo's benchmarks; Benchmarks/run uses it.

  COMMANDS:
    generate    Write a seeded, realistic workspace of N trajectories.
    phases      Time parsing, checking, decoding and validating a workspace, phase by phase.

  See `amigo-bench generate --help`.
  """

struct UsageError: Error {
  let message: String
}

struct GenerateOptions {
  var count = 0
  var seed: UInt64 = 0
  var out = ""
  var today = LocalDate(year: 2026, month: 11, day: 19)!
  var force = false
  var activities = 0
  var closedShare: Double?
  var years: Int?

  init(_ args: [String]) throws {
    var i = 0
    var seen = Set<String>()
    func value(_ name: String) throws -> String {
      guard i + 1 < args.count else { throw UsageError(message: "\(name) needs a value") }
      i += 1
      return args[i]
    }
    while i < args.count {
      var arg = args[i]
      var inline: String?
      if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
        inline = String(arg[arg.index(after: eq)...])
        arg = String(arg[..<eq])
      }
      func v() throws -> String { try inline ?? value(arg) }
      switch arg {
      case "--trajectories":
        guard let n = Int(try v()), (1...1_000_000).contains(n) else {
          throw UsageError(message: "--trajectories takes a number from 1 to 1000000")
        }
        count = n
      case "--seed":
        guard let s = UInt64(try v()) else {
          throw UsageError(message: "--seed takes a whole number")
        }
        seed = s
      case "--out":
        out = try v()
      case "--today":
        let text = try v()
        guard let d = LocalDate(text) else {
          throw UsageError(message: "--today takes a date YYYY-MM-DD, not '\(text)'")
        }
        today = d
      case "--force":
        force = true
      case "--archive":
        closedShare = closedShare ?? 0.93
        years = years ?? 20
      case "--closed-share":
        guard let f = Double(try v()), f >= 0.5, f <= 0.99 else {
          throw UsageError(message: "--closed-share takes a number from 0.5 to 0.99")
        }
        closedShare = f
      case "--years":
        guard let n = Int(try v()), (1...40).contains(n) else {
          throw UsageError(message: "--years takes a number from 1 to 40")
        }
        years = n
      case "--activities":
        guard let n = Int(try v()), (0...1_000_000).contains(n) else {
          throw UsageError(message: "--activities takes a number from 0 to 1000000")
        }
        activities = n
      default:
        throw UsageError(message: "unknown option '\(args[i])'")
      }
      seen.insert(arg)
      i += 1
    }
    for required in ["--trajectories", "--seed", "--out"] where !seen.contains(required) {
      throw UsageError(message: "\(required) is required")
    }
    if today < LocalDate(year: 2023, month: 9, day: 1)! {
      throw UsageError(message: "--today must be 2023-09-01 or later (trajectories start in 2022)")
    }
  }
}

/// What the workers found, collected across threads.
final class Collector: @unchecked Sendable {
  private let lock = NSLock()
  var sessions = 0
  var lines = 0
  var bytes = 0
  var failures: [String] = []
  var sampleActive: (Int, String)?
  var sampleClosed: (Int, String)?
  var statusCounts: [String: Int] = [:]

  func add(
    sessions: Int, lines: Int, bytes: Int, failures: [String], active: (Int, String)?,
    closed: (Int, String)?, statuses: [String: Int]
  ) {
    lock.lock()
    defer { lock.unlock() }
    self.sessions += sessions
    self.lines += lines
    self.bytes += bytes
    self.failures += failures
    if let a = active, sampleActive == nil || a.0 < sampleActive!.0 { sampleActive = a }
    if let c = closed, sampleClosed == nil || c.0 < sampleClosed!.0 { sampleClosed = c }
    for (k, v) in statuses { statusCounts[k, default: 0] += v }
  }
}

func countLines(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }

/// Writes `bytes` to a new file at `path` with plain open/write/close: no temporary file, no
/// rename, no sync (FileManager's createFile writes atomically, which made 10 000 files take
/// ten times as long). The benchmark reads what the page cache holds anyway.
func writeFile(_ bytes: [UInt8], to path: String) -> Bool {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  guard fd >= 0 else { return false }
  var offset = 0
  let ok = bytes.withUnsafeBytes { buffer -> Bool in
    while offset < buffer.count {
      let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += n
    }
    return true
  }
  return close(fd) == 0 && ok
}

func generate(_ options: GenerateOptions) -> Int32 {
  let started = DispatchTime.now().uptimeNanoseconds
  let fm = FileManager.default
  let dir = options.out
  let trajectories = dir + "/trajectories"
  let config = dir + "/amigo.yaml"
  if fm.fileExists(atPath: config) || fm.fileExists(atPath: trajectories) {
    guard options.force else {
      FileHandle.standardError.write(
        Data(
          "amigo-bench: \(dir) already holds a workspace; use --force to replace it\n".utf8))
      return 64
    }
    try? fm.removeItem(atPath: trajectories)
    try? fm.removeItem(atPath: config)
    try? fm.removeItem(atPath: dir + "/activities")
  }
  do {
    try fm.createDirectory(atPath: trajectories, withIntermediateDirectories: true)
  } catch {
    FileHandle.standardError.write(
      Data("amigo-bench: cannot create \(trajectories): \(error)\n".utf8))
    return 74
  }

  let org = Organisation(seed: options.seed, today: options.today, years: options.years)
  let configText = org.configYAML(seed: options.seed, count: options.count)
  guard writeFile(Array(configText.utf8), to: config) else {
    FileHandle.standardError.write(Data("amigo-bench: cannot write \(config)\n".utf8))
    return 74
  }
  // What `amigo init` ignores (its lock, temporary files, the cache), so that a workspace put
  // in git shows nothing amigo leaves behind as untracked. An existing file is kept.
  let ignore = dir + "/.gitignore"
  if !fm.fileExists(atPath: ignore) {
    let patterns = [".amigo.lock", "*.tmp-*", ".amigo-edit-*/", ".amigo/cache/"]
    guard writeFile(Array((patterns.joined(separator: "\n") + "\n").utf8), to: ignore) else {
      FileHandle.standardError.write(Data("amigo-bench: cannot write \(ignore)\n".utf8))
      return 74
    }
  }
  var made = TrajectoryMaker(org: org, today: options.today, seed: options.seed)
  if let share = options.closedShare { made.weights = TrajectoryMaker.weights(closedShare: share) }
  let maker = made
  let collector = Collector()
  let count = options.count
  let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 8)
  DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
    var sessions = 0
    var lines = 0
    var bytes = 0
    var failures: [String] = []
    var active: (Int, String)?
    var closed: (Int, String)?
    var statuses: [String: Int] = [:]
    var i = chunk
    while i < count {
      let t = maker.make(i)
      let text = Render.trajectory(t)
      let utf8 = Array(text.utf8)
      sessions += t.sessions.count
      lines += countLines(utf8)
      bytes += utf8.count
      statuses[t.status, default: 0] += 1
      if active == nil && t.status == "active" && t.sessions.count >= 10 { active = (i, t.id) }
      if closed == nil && t.status == "closed" && t.closure?.reason == "completed"
        && t.sessions.count >= 40
      {
        closed = (i, t.id)
      }
      let path = trajectories + "/" + t.id + ".yaml"
      if !writeFile(utf8, to: path) { failures.append(path) }
      i += chunks
    }
    collector.add(
      sessions: sessions, lines: lines, bytes: bytes, failures: failures, active: active,
      closed: closed, statuses: statuses)
  }
  if let failed = collector.failures.sorted().first {
    FileHandle.standardError.write(
      Data("amigo-bench: cannot write \(failed) (\(collector.failures.count) failed)\n".utf8))
    return 74
  }
  var activityLine = ""
  if options.activities > 0 {
    let made = ActivityMaker.write(count: options.activities, workspace: dir, seed: options.seed)
    if let failed = made.failure {
      FileHandle.standardError.write(Data("amigo-bench: cannot write \(failed)\n".utf8))
      return 74
    }
    activityLine =
      "activities: \(made.written) (meetings \(made.meetings), groups \(made.groups))\n"
  }
  let configBytes = configText.utf8.count
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
  var out = ""
  out += "workspace: \(dir)\n"
  out += "today: \(options.today)\n"
  out += "seed: \(options.seed)\n"
  out += "trajectories: \(count)\n"
  out += "sessions: \(collector.sessions)\n"
  out += "lines: \(collector.lines)\n"
  out += "bytes: \(collector.bytes)\n"
  out += "config-bytes: \(configBytes)\n"
  let statusLine = Organisation.statusOrder.compactMap { s in
    collector.statusCounts[s].map { "\(s) \($0)" }
  }
  out += "statuses: " + statusLine.joined(separator: ", ") + "\n"
  out += activityLine
  if let a = collector.sampleActive { out += "sample-active: \(a.1)\n" }
  if let c = collector.sampleClosed { out += "sample-closed: \(c.1)\n" }
  print(out, terminator: "")
  FileHandle.standardError.write(
    Data("amigo-bench: wrote \(count) trajectories in \(String(format: "%.2f", seconds)) s\n".utf8))
  return 0
}

extension Organisation {
  static let statusOrder = TrajectoryStatus.allCases.map(\.rawValue)
}

func run(_ args: [String]) -> Int32 {
  guard let command = args.first else {
    print(mainHelp)
    return 64
  }
  switch command {
  case "-h", "--help", "help":
    print(mainHelp)
    return 0
  case "generate":
    let rest = Array(args.dropFirst())
    if rest.contains("-h") || rest.contains("--help") {
      print(generateHelp)
      return 0
    }
    do {
      return generate(try GenerateOptions(rest))
    } catch let error as UsageError {
      FileHandle.standardError.write(
        Data("amigo-bench generate: \(error.message)\nSee 'amigo-bench generate --help'.\n".utf8))
      return 64
    } catch {
      FileHandle.standardError.write(Data("amigo-bench: \(error)\n".utf8))
      return 70
    }
  case "phases":
    return phases(Array(args.dropFirst()))
  default:
    FileHandle.standardError.write(
      Data("amigo-bench: unknown command '\(command)'\n\n\(mainHelp)\n".utf8))
    return 64
  }
}

exit(run(Array(CommandLine.arguments.dropFirst())))
