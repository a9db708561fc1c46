import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Reports skip the rules that only warn; they must still see every error. Under strict privacy
/// an e-mail address in a note is an error: the period report and the week report (with and
/// without its index) say that a file with errors is counted.
@Suite struct ReportErrorsWithoutWarningsTests {
  @Test func aPrivacyErrorUnderStrictPrivacyIsCounted() throws {
    let fm = FileManager.default
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let root = copy.work
    let folder = root.path + "/trajectories"
    let names = try fm.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    let path = try #require(
      names.map { folder + "/" + $0 }.first {
        (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("    note: ") == true
      })
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let note = try #require(text.range(of: "    note: "))
    try text.replacingCharacters(in: note, with: "    note: mail sam@example.org. ")
      .write(toFile: path, atomically: true, encoding: .utf8)
    func run(_ args: [String]) -> String {
      let env = Environment(
        variables: ["XDG_STATE_HOME": root.path + "/.state-test"], currentDirectory: root.path,
        today: LocalDate("2026-11-19")!)
      _ = Amigo.run(args + ["--lang", "en"], environment: env)
      return env.stdout.text + env.stderr.text
    }
    #expect(run(["validate"]).contains("possible-email"))
    for args in [
      ["report", "--period", "2025/2026"], ["report", "--week", "2026-W47"],
      ["report", "--week", "2026-W47"],
    ] {
      #expect(run(args).contains("1 file has errors"), "\(args)")
    }
  }
}
