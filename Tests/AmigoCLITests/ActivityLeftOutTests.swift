import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// An activity file with errors (here a meeting naming a child whose consent for school
/// consultation was withdrawn before it) counts in no figure: the period report refuses
/// without --skip-invalid and names it with it, the week and child reports and the research
/// export leave it out and say so (issue 20 QA).
@Suite struct ActivityLeftOutTests {
  @Test func anActivityWithErrorsCountsInNoFigure() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    func run(_ args: [String], lang: Bool = true) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args + (lang ? ["--lang", "en"] : []), environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    let clean = run(["report", "--period", "2026/2027", "--format", "json"])
    #expect(clean.0 == .success, "\(clean.2)")
    let path = dir.path + "/trajectories/KC-2026-W34N.yaml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try Data(
      text.replacingOccurrences(
        of: "    scope: [support, school-consultation]\n",
        with:
          "    scope: [support, school-consultation]\n    withdrawn: 2026-10-15\n    withdrawn_scope: [school-consultation]\n"
      ).utf8
    ).write(to: URL(fileURLWithPath: path))
    let validated = run(["validate"])
    #expect(validated.1.contains("activities/M-2026-4QT7.yaml"), "\(validated.1)")
    #expect(!validated.1.contains("trajectories/KC-2026-W34N.yaml:"), "\(validated.1)")

    let refused = run(["report", "--period", "2026/2027"])
    #expect(refused.0 == .dataError, "\(refused.2)")
    #expect(refused.2.contains("activities/M-2026-4QT7.yaml"), "\(refused.2)")
    #expect(refused.2.contains("activity-without-consent"), "\(refused.2)")

    let skipped = run(["report", "--period", "2026/2027", "--skip-invalid", "--format", "json"])
    #expect(skipped.0 == .success, "\(skipped.2)")
    #expect(skipped.1.contains("M-2026-4QT7"), "the report names the file left out")
    #expect(skipped.2.contains("left out of the figures"), "\(skipped.2)")
    #expect(skipped.1 != clean.1)

    let week = run(["report", "--week", "2026-10-20"])
    #expect(week.0 == .success, "\(week.2)")
    #expect(week.2.contains("activities/M-2026-4QT7.yaml"), "\(week.2)")
    // An activity file left out is not called a trajectory that could not be read.
    #expect(week.1.contains("M-2026-4QT7"), "\(week.1)")
    #expect(!week.1.contains("as a trajectory") && !week.1.contains("als traject"), "\(week.1)")

    let child = run(["report", "--child", "109Y"])
    #expect(child.0 == .success, "\(child.2)")
    #expect(!child.1.contains("2026-10-20"), "the meeting is not listed:\n\(child.1)")
    #expect(child.2.contains("left out of the figures"), "\(child.2)")
    // A child the meeting does not name: its report is not about the meeting, nor warns of it.
    let other = run(["report", "--child", "8JJK"])
    #expect(other.0 == .success, "\(other.2)")
    #expect(!other.2.contains("M-2026-4QT7") && !other.1.contains("M-2026-4QT7"), "\(other.2)")

    let export = run(
      ["export", "--research", "--period", "2026/2027", "--salt", "x"], lang: false)
    #expect(export.0 == .dataError, "\(export.2)")
    #expect(export.2.contains("activities/M-2026-4QT7.yaml"), "\(export.2)")
  }
}
