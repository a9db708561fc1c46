import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// One in-process "shelltest": `Tests/Fixtures/cli/<case>/`.
///
/// - `args`: the arguments, one per line (no shell quoting).
/// - `before/`: the workspace before; without it, a copy of the workspace the file `workspace`
///   names (a path from the package root, such as `Tests/Fixtures/generated`), else of
///   `Examples/caseload`.
/// - `today` (default 2026-11-19), `stdin`, `cwd` (a folder inside the workspace), `seed`
///   (`AMIGO_SEED`, for repeatable new ids): optional.
/// - Record only some cases: `AMIGO_CASES=log-session,report AMIGO_RECORD_GOLDEN=1 swift test --filter CLICaseTests`.
/// - `interactive`: when present, amigo sees a terminal and answers prompts from `stdin`.
/// - Goldens: `stdout`, `stderr`, `status`, and `changes.diff`, the exact diff the command made
///   to the workspace (empty when it changed nothing). amigo's state folder (`XDG_STATE_HOME`,
///   where recovery files go) is shown as `$STATE`; `TMPDIR` is a folder of the case's own.
struct CLICase: CustomTestStringConvertible, Sendable {
  let name: String
  var testDescription: String { name }
  /// All cases; `AMIGO_CASES=prefix[,prefix]` narrows them (for recording a few goldens).
  static var all: [CLICase] {
    let filter = ProcessInfo.processInfo.environment["AMIGO_CASES"].map {
      $0.split(separator: ",").map(String.init)
    }
    return Fixtures.cases(in: "cli").filter { name in
      filter.map { $0.contains { name.hasPrefix($0) } } ?? true
    }
    .map(CLICase.init)
  }

  func text(_ file: String) -> String? { Fixtures.text("cli/\(name)/\(file)") }
}

@Suite struct CLICaseTests {
  @Test(arguments: CLICase.all)
  func commandGivesExactlyTheGoldenOutputAndDiff(_ c: CLICase) throws {
    let folder = try TemporaryFolder(prefix: "amigo-cli")
    let tmp = folder.root
    // `before/`, else the workspace the `workspace` file names (from the package root), else
    // the example caseload.
    let named = c.text("workspace")?.trimmingCharacters(in: .whitespacesAndNewlines)
    let source =
      Fixtures.exists("cli/\(c.name)/before")
      ? "Tests/Fixtures/cli/\(c.name)/before" : named ?? "Examples/caseload"
    let before = try folder.copyExample(source, to: "before")
    let work = try folder.copyExample(source, to: "work")

    let args = try #require(c.text("args")).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
      .filter { !$0.isEmpty }
    let today = LocalDate(
      (c.text("today") ?? "2026-11-19").trimmingCharacters(in: .whitespacesAndNewlines))!
    let stdin = Data((c.text("stdin") ?? "").utf8)
    let cwd = c.text("cwd").map {
      work.appendingPathComponent($0.trimmingCharacters(in: .whitespacesAndNewlines)).path
    }
    // amigo's private state (recovery files) goes to a folder of the test's own, and so does
    // the temporary folder amigo falls back to (`erase` looks for recovery files there too).
    let state = tmp.appendingPathComponent("state").path
    // With a `seed` file, new ids are drawn repeatably (`AMIGO_SEED`).
    var variables = ["XDG_STATE_HOME": state, "TMPDIR": tmp.appendingPathComponent("tmp").path]
    if let seed = c.text("seed") {
      variables["AMIGO_SEED"] = seed.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    var env = Environment(
      variables: variables, currentDirectory: cwd ?? work.path, today: today)
    env.standardInput = { stdin }
    // With an `interactive` file, amigo sees a terminal and reads `stdin` line by line.
    if c.text("interactive") != nil {
      let lines = LineQueue((c.text("stdin") ?? "").components(separatedBy: "\n"))
      env.isInteractive = true
      env.readLine = { lines.next() }
    }
    let status = Amigo.run(args, environment: env)

    let tmpPath = work.path
    func scrub(_ s: String) -> String {
      s.replacingOccurrences(of: tmpPath, with: "$WORKSPACE").replacingOccurrences(
        of: state, with: "$STATE")
    }
    let results = [
      ("stdout", scrub(env.stdout.text)), ("stderr", scrub(env.stderr.text)),
      ("status", "\(status.rawValue)\n"),
      ("changes.diff", UnifiedDiff.diff(folder: before, work)),
    ]
    for (file, actual) in results {
      if let problem = Golden.check(actual, against: "cli/\(c.name)/\(file)") {
        Issue.record(Comment(rawValue: problem))
      }
    }
  }
}

/// Lines handed out one by one to prompts.
final class LineQueue: @unchecked Sendable {
  private var lines: [String]
  private let lock = NSLock()
  init(_ lines: [String]) { self.lines = lines }
  func next() -> String? {
    lock.withLock { lines.isEmpty ? nil : lines.removeFirst() }
  }
}
