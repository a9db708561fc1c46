import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 19: a contact logged inside a dated pause is flagged (resume first or correct the
/// date), and `log-session` on a paused trajectory says so (`Examples/caseload`'s AOS-2026-P4GC
/// is paused since 2026-10-26).
@Suite struct ContactInPauseTests {
  typealias Workspace = PeopleCommandTests.Workspace
  let file = "trajectories/AOS-2026-P4GC.yaml"

  @Test func loggingInsideAnOpenPauseWarnsAndSaysHowToResume() throws {
    let w = try Workspace()
    let (s, out, err) = w.run(["log-session", "P4GC", "--date", "2026-11-17"])
    #expect(s == .success, "\(err)")
    #expect(out.contains("Vastgelegd: kindgesprek op 2026-11-17"), "\(out)")
    #expect(err.contains("warning[contact-in-pause]"), "\(err)")
    #expect(
      err.contains("een kindgesprek gehouden op 2026-11-17, binnen de pauze sinds 2026-10-26"),
      "\(err)")
    #expect(err.contains("amigo resume AOS-2026-P4GC --date 2026-11-17"), "\(err)")
    // The session is kept (nothing is lost); validate keeps saying so until it is resolved.
    #expect(w.text(file).contains("  - date: 2026-11-17\n"))
    let (_, validated, _) = w.run(["validate"])
    #expect(validated.contains("warning[contact-in-pause]"), "\(validated)")
    // Resuming on that day resolves it.
    #expect(w.run(["resume", "P4GC", "--date", "2026-11-17"]).0 == .success)
    #expect(!w.run(["validate"]).1.contains("contact-in-pause"))
  }

  @Test func aContactInsideAnEndedPauseIsFlaggedButOneNotHeldIsNot() throws {
    let w = try Workspace()
    #expect(w.run(["resume", "P4GC", "--date", "2026-11-16"]).0 == .success)
    #expect(!w.run(["validate"]).1.contains("contact-in-pause"))
    // A cancelled talk in the pause is no contact.
    let (s1, _, err1) = w.run(
      ["log-session", "P4GC", "--date", "2026-11-03", "--status", "cancelled-by-family"])
    #expect(s1 == .success, "\(err1)")
    #expect(!err1.contains("contact-in-pause"), "\(err1)")
    // A held parent talk in it is.
    let (s2, _, err2) = w.run(
      ["log-session", "P4GC", "--date", "2026-11-04", "--kind", "oudergesprek"])
    #expect(s2 == .success, "\(err2)")
    #expect(
      err2.contains(
        "een oudergesprek gehouden op 2026-11-04, binnen de pauze van 2026-10-26 tot en met 2026-11-15"
      ),
      "\(err2)")
    #expect(err2.contains("laat de pauze eindigen voor 2026-11-04"), "\(err2)")
  }

  @Test func loggingWhilePausedWithoutADateSaysSo() throws {
    let w = try Workspace()
    try w.edit(file) { $0.replacingOccurrences(of: "pauses:\n  - from: 2026-10-26\n\n", with: "") }
    let (s, _, err) = w.run([
      "log-session", "P4GC", "--date", "2026-11-17", "--kind", "oudergesprek",
    ])
    #expect(s == .success, "\(err)")
    #expect(
      err.contains(
        "AOS-2026-P4GC is gepauzeerd: hervat eerst (amigo resume AOS-2026-P4GC --date 2026-11-17"),
      "\(err)")
  }
}
