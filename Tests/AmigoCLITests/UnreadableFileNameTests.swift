import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// QA: a file that cannot be read as a trajectory, named after a child (`Pietje Jansen.yaml`),
/// put the child's name into the funder's period report (`left_out_ids`, the CSV row, the text)
/// with `--skip-invalid`. The period report counts such a file without naming it; standard
/// error and `validate` keep the path, for the worker who must fix it.
@Suite struct UnreadableFileNameTests {
  @Test func aPeriodReportNeverPrintsTheNameOfAFileWithoutAnID() throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    try Data("schema: amigo.trajectory/1\nid: x\n\tbad\n".utf8).write(
      to: dir.appendingPathComponent("trajectories/Pietje Jansen.yaml"))
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    for format in ["text", "markdown", "csv", "json", "html"] {
      let (status, out, err) = run([
        "report", "--period", "2026", "--skip-invalid", "--format", format,
      ])
      #expect(status == .success, "\(err)")
      #expect(!out.contains("Pietje") && !out.contains("Jansen"), "\(format):\n\(out)")
      #expect(err.contains("trajectories/Pietje Jansen.yaml"), "\(format): \(err)")
      if format == "json" {
        #expect(out.contains("\"left_out\": 1"), "\(out)")
        #expect(!out.contains("left_out_ids"), "\(out)")
      }
      if format == "text" {
        #expect(out.contains("1 bestand weggelaten, hier niet genoemd"), "\(out)")
      }
    }
    // The coordinator's view neither.
    let team = run(["report", "--period", "2026", "--team", "--skip-invalid", "--format", "csv"])
    #expect(!team.1.contains("Jansen"), "\(team.1)")
    // `validate` names the file, for the worker who fixes it.
    let (_, validated, _) = run(["validate"])
    #expect(validated.contains("trajectories/Pietje Jansen.yaml"))
  }
}
