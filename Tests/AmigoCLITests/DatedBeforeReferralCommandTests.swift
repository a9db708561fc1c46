import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// `dated-before-referral` from a command that writes a dated entry: `statement --date`.
@Suite struct DatedBeforeReferralCommandTests {
  @Test func statementBeforeTheReferralIsWrittenWithTheWarning() throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let text = ws.root.appendingPathComponent("verklaring.txt")
    try Data("Wij willen toevoegen dat Sam thuis goed slaapt.\n".utf8).write(to: text)
    // Sam B.'s referral is of 2026-06-18.
    let (status, out, err) = ws.run([
      "statement", "K7Q4", "--file", text.path, "--by", "parents", "--date", "2026-05-18",
      "--today", "2026-11-19",
    ])
    #expect(status == .success, "\(out)\(err)")
    #expect((out + err).contains("dated-before-referral"), "\(out)\(err)")
    #expect((out + err).contains("2026-06-18"), "\(out)\(err)")
    let file = try String(
      contentsOf: ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml"),
      encoding: .utf8)
    #expect(file.contains("2026-05-18"))
  }
}
