import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files are covered by what covers trajectory files (issue 20): `fmt` here.
@Suite struct ActivityCommandTests {
  @Test func fmtTidiesActivityFilesAndQuotesAmbiguousValues() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent(
      "amigo-activity-fmt-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: dir) }
    try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/kansencoach"), to: dir)
    let path = dir.path + "/activities/M-2026-4QT7.yaml"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    // A trailing space, and a note that YAML 1.1 tools would read as a boolean.
    let messy =
      original.replacingOccurrences(of: "minutes: 60", with: "minutes: 60   ") + "note: No\n"
    try Data(messy.utf8).write(to: URL(fileURLWithPath: path))
    let env = Environment(currentDirectory: dir.path)
    let status = Amigo.run(["fmt", "--dir", dir.path], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(env.stdout.text.contains("activities/M-2026-4QT7.yaml"), "\(env.stdout.text)")
    let tidied = try String(contentsOfFile: path, encoding: .utf8)
    #expect(tidied == original + "note: 'No'\n")
  }
}
