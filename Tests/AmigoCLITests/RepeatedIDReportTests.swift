import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// A copied trajectory file (`AOS-2026-K7Q4 kopie.yaml`, or the same name in a subfolder) holds
/// the id of the file it was copied from. Every report counts a trajectory id once, from the
/// file named after it; the copy is left out and named, as a file that cannot be read is: the
/// period report, its publication and its aggregate refuse without --skip-invalid (as
/// `export --research` does), the week report runs (QA: reached 14 → 15 with a copy, exit 0).
@Suite struct RepeatedIDReportTests {
  final class Workspace: ExampleWorkspaceCopy {
    var dir: URL { work }
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args + ["--lang", "en"], environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    /// Copies `trajectories/<id>.yaml` to `trajectories/<name>`, without the sessions dated
    /// from a date starting with `droppingSessions` on (a copy the original has grown past).
    func copy(_ id: String, to name: String, droppingSessions: String? = nil) throws {
      let text = try String(
        contentsOf: dir.appendingPathComponent("trajectories/\(id).yaml"), encoding: .utf8)
      var kept: [Substring] = []
      var skipping = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let d = droppingSessions, line.hasPrefix("  - date: \(d)") {
          skipping = true
          continue
        }
        if skipping && line.hasPrefix("    ") { continue }
        skipping = false
        kept.append(line)
      }
      let to = dir.appendingPathComponent("trajectories/\(name)")
      try FileManager.default.createDirectory(
        at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(kept.joined(separator: "\n").utf8).write(to: to)
    }
  }

  /// The CSV's figure rows (without the rows of files left out).
  static func figures(_ csv: String) -> [Substring] {
    csv.split(whereSeparator: \.isNewline).filter { !$0.contains(",left-out,") }
  }

  @Test(arguments: ["AOS-2026-K7Q4 kopie.yaml", "oud/AOS-2026-K7Q4.yaml"])
  func aCopiedTrajectoryCountsOnce(_ copy: String) throws {
    let w = try Workspace()
    let period = ["report", "--period", "2026", "--format", "csv"]
    let before = w.run(period)
    #expect(before.0 == .success, "\(before.2)")
    let team = w.run(["report", "--period", "2026", "--team", "--format", "csv"])
    let week = w.run(["report", "--week", "2026-W45", "--format", "csv"])
    // The copy has lost its last sessions: the figures must be the original's.
    try w.copy("AOS-2026-K7Q4", to: copy, droppingSessions: "2026-1")

    // The period report refuses, as for a file that cannot be read, naming the copy.
    let refused = w.run(period)
    #expect(refused.0 == .dataError, "\(refused.2)")
    #expect(refused.1.isEmpty)
    #expect(refused.2.contains("1 file repeats the trajectory id of another file"), "\(refused.2)")
    #expect(refused.2.contains("would count a trajectory twice"), "\(refused.2)")
    #expect(refused.2.contains("trajectories/\(copy)"), "\(refused.2)")

    // With --skip-invalid: the original's figures, the copy named as left out.
    let skipped = w.run(period + ["--skip-invalid"])
    #expect(skipped.0 == .success, "\(skipped.2)")
    #expect(Self.figures(skipped.1) == Self.figures(before.1))
    #expect(skipped.1.contains(",left-out,"), "\(skipped.1)")
    #expect(skipped.1.contains("repeats the trajectory id of another file"), "\(skipped.1)")
    #expect(
      skipped.2.contains("1 file repeats the trajectory id of another file and is left out"),
      "\(skipped.2)")
    // The original's only error is the copy: not "counted wrongly".
    #expect(!skipped.2.contains("may be counted wrongly"), "\(skipped.2)")
    let json = w.run(["report", "--period", "2026", "--format", "json", "--skip-invalid"])
    #expect(json.1.contains("\"left_out\": 1"), "\(json.1)")
    #expect(json.1.contains("\"left_out_ids\": [\"AOS-2026-K7Q4\"]"), "\(json.1)")

    // Publishing and the aggregate are refused while a file is left out.
    let publish = w.run(period + ["--skip-invalid", "--publish"])
    #expect(publish.0 == .dataError, "\(publish.2)")
    #expect(!FileManager.default.fileExists(atPath: w.dir.path + "/published/2026.json"))
    let output = w.root.path + "/aggregate.json"
    let aggregate = w.run(["report", "--period", "2026", "--aggregate", "--output", output])
    #expect(aggregate.0 == .dataError, "\(aggregate.2)")
    #expect(!FileManager.default.fileExists(atPath: output))

    // The coordinator's view and the week report count the trajectory once too.
    let teamArgs = ["report", "--period", "2026", "--team", "--format", "csv"]
    #expect(w.run(teamArgs).0 == .dataError)
    let teamAfter = w.run(teamArgs + ["--skip-invalid"])
    #expect(
      teamAfter.1.split(whereSeparator: \.isNewline).filter { !$0.contains("AOS-2026-K7Q4") }
        == team.1.split(whereSeparator: \.isNewline), "\(teamAfter.1)")
    let weekAfter = w.run(["report", "--week", "2026-W45", "--format", "csv"])
    #expect(weekAfter.0 == .success, "\(weekAfter.2)")
    func rows(_ csv: String) -> Int {
      csv.split(whereSeparator: \.isNewline).filter {
        $0.contains(",AOS-2026-K7Q4,") && !$0.contains("left-out")
      }.count
    }
    #expect(rows(week.1) == 1)
    #expect(rows(weekAfter.1) == 1, "\(weekAfter.1)")
    #expect(weekAfter.1.contains("repeats the trajectory id of another file"), "\(weekAfter.1)")
  }

  /// Several workspaces combined: each counts its ids once, as in its own report.
  @Test func theCombinedReportCountsACopyOnce() throws {
    let w = try Workspace()
    let args = [
      "report", "--period", "2026", "--format", "csv", "--dir", w.dir.path, "--dir",
      Fixtures.root.appendingPathComponent("Examples/kansencoach").path,
    ]
    let before = w.run(args)
    #expect(before.0 == .success, "\(before.2)")
    try w.copy("AOS-2026-K7Q4", to: "AOS-2026-K7Q4 kopie.yaml")
    let refused = w.run(args)
    #expect(refused.0 == .dataError, "\(refused.2)")
    let skipped = w.run(args + ["--skip-invalid"])
    #expect(skipped.0 == .success, "\(skipped.2)")
    #expect(skipped.1 == before.1)
    #expect(skipped.2.contains("AOS-2026-K7Q4 kopie.yaml"), "\(skipped.2)")
  }
}
