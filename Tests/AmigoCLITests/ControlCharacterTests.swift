import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 26, item 2: a control character written as an escape (`"Ev\e[31ma R."`) is an error
/// in every value, and no text, Markdown or CSV output ever prints one.
@Suite struct ControlCharacterTests {
  static let escape = "\u{1B}"

  /// The example caseload with Sam B.'s label holding an escape sequence.
  func caseloadWithEscapedLabel() throws -> TemporaryWorkspace {
    let ws = try TemporaryWorkspace([:])
    let fm = FileManager.default
    try? fm.removeItem(at: ws.root)
    try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/caseload"), to: ws.root)
    let file = ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("  label: Sam B.\n"))
    try Data(
      text.replacingOccurrences(of: "  label: Sam B.\n", with: "  label: \"Sa\\e[31mm B.\"\n").utf8
    ).write(to: file)
    return ws
  }

  @Test func anEscapedControlCharacterInALabelIsAnError() throws {
    let ws = try caseloadWithEscapedLabel()
    let (status, out, _) = ws.run(["validate", "--today", "2026-11-19"])
    #expect(status == .failure)
    #expect(out.contains("AOS-2026-K7Q4.yaml:10:10: error[control-character-in-value]"))
    #expect(!out.contains(Self.escape))
  }

  @Test(arguments: [
    ["report", "--child", "K7Q4", "--today", "2026-11-19"],
    ["report", "--child", "K7Q4", "--today", "2026-11-19", "--format", "markdown"],
    ["report", "--child", "K7Q4", "--today", "2026-11-19", "--format", "csv"],
    ["report", "--week", "--today", "2026-11-19"],
    ["report", "--week", "--today", "2026-11-19", "--format", "markdown"],
    ["report", "--week", "--today", "2026-11-19", "--format", "csv"],
    ["list", "--today", "2026-11-19"],
    ["show", "K7Q4", "--today", "2026-11-19"],
  ])
  func noOutputPrintsTheControlCharacter(_ args: [String]) throws {
    let ws = try caseloadWithEscapedLabel()
    let (_, out, err) = ws.run(args)
    #expect(!out.contains(Self.escape), "\(args)")
    #expect(!err.contains(Self.escape), "\(args)")
  }

  @Test func newChildRefusesTheLabelAndPrintsNoEscape() throws {
    let ws = try TemporaryWorkspace([:])
    let fm = FileManager.default
    try? fm.removeItem(at: ws.root)
    try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/caseload"), to: ws.root)
    let before = try fm.contentsOfDirectory(
      atPath: ws.root.appendingPathComponent("trajectories").path)
    let (status, out, err) = ws.run([
      "new-child", "--label", "Ev\u{1B}[31ma R.", "--born", "2016-05", "--referred-by", "parents",
      "--school", "de-zeester", "--worker", "mvd", "--today", "2026-11-19",
    ])
    #expect(status != .success)
    #expect(!out.contains(Self.escape) && !err.contains(Self.escape))
    let after = try fm.contentsOfDirectory(
      atPath: ws.root.appendingPathComponent("trajectories").path)
    #expect(before.sorted() == after.sorted())
  }

  @Test func aControlCharacterInTheConfigIsAnError() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig.replacingOccurrences(
        of: "{name: OBS De Akker}", with: "{name: \"OBS De\\u001B[2J Akker\"}"),
      "trajectories/T-1.yaml": trajectoryFile("T-1"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status != .success)
    #expect(
      out.contains("error[control-character-in-value]: schools.de-akker.name bevat"), "\(out)")
  }

  @Test func blockTextMayHoldTabsAndLineBreaks() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig,
      "trajectories/T-1.yaml": trajectoryFile(
        "T-1",
        extra: "referral: {date: 2025-09-01, by: teacher, request: \"Eerst\\tdan\\nklaar.\"}\n"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status == .success, "\(out)")
  }
}
