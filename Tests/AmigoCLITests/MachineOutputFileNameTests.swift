import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// A file name with a control character (`bad<ESC>[31m.yaml`, from a colleague's clone) is shown
/// on a terminal with symbols (`␛`), so that it cannot recolour it. Machine output carries the
/// name as it is, escaped for its format: `validate --format json` gave `"file":
/// "trajectories/bad␛[31m.yaml"`, a name no script could open.
@Suite struct MachineOutputFileNameTests {
  static let name = "trajectories/bad\u{1B}[31m.yaml"
  /// The name as JSON writes it.
  static let inJSON = "trajectories/bad\\u001b[31m.yaml"

  func workspace() throws -> ExampleWorkspaceCopy {
    let copy = try ExampleWorkspaceCopy("caseload")
    try Data("schema: amigo.trajectory/1\nid: x\nbogus: [\n".utf8).write(
      to: copy.work.appendingPathComponent(Self.name))
    return copy
  }

  func run(_ dir: URL, _ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  @Test func validateJSONNamesTheFileAsItIs() throws {
    let copy = try workspace()
    let dir = copy.work
    let (status, out, _) = run(dir, ["validate", "--format", "json"])
    #expect(status == .failure)
    #expect(out.contains("\"file\": \"\(Self.inJSON)\""), "\(out)")
    #expect(!out.contains("\u{241B}"), "\(out)")
    #expect(!out.contains("\u{1B}"), "\(out)")
    // The terminal's text shows the symbol, never the escape itself.
    let (_, text, _) = run(dir, ["validate"])
    #expect(text.contains("trajectories/bad\u{241B}[31m.yaml:3:"), "\(text)")
    #expect(!text.contains("\u{1B}"), "\(text)")
  }

  @Test func reportJSONNamesALeftOutFileAsItIs() throws {
    let copy = try workspace()
    let dir = copy.work
    let (status, out, err) = run(dir, ["report", "--week", "--format", "json"])
    #expect(status == .success, "\(err)")
    #expect(out.contains(Self.inJSON), "\(out)")
    #expect(!out.contains("\u{241B}"), "\(out)")
    #expect(!out.contains("\u{1B}"), "\(out)")
    // Standard error and the text report are for a terminal: no escape reaches it.
    #expect(err.contains("bad\u{241B}[31m"), "\(err)")
    #expect(!err.contains("\u{1B}"), "\(err)")
    for format in ["text", "markdown", "csv"] {
      let (_, shown, _) = run(dir, ["report", "--week", "--format", format])
      #expect(!shown.contains("\u{1B}"), "\(format): \(shown)")
      #expect(shown.contains("trajectories/bad"), "\(format): \(shown)")
    }
  }
}
