import AmigoReports
import Testing

@testable import AmigoCLI

/// `amigo sync` explains each conflict git left in a file by the entry it is in: a second
/// conflict names its list, not the marker line of the one before (QA finding).
@Suite struct ConflictTextTests {
  @Test func everyConflictNamesItsOwnList() {
    let text = """
      schema: amigo/1
      id: AOS-2026-K7Q4
      sessions:
        - date: 2026-09-08
          kind: child-talk
      <<<<<<< ours
          minutes: 50
      =======
          minutes: 55
      >>>>>>> theirs
        - date: 2026-09-15
          kind: child-talk
      <<<<<<< ours
          minutes: 50
      =======
          minutes: 55
      >>>>>>> theirs

      """
    let out = ConflictText.explain("trajectories/AOS-2026-K7Q4.yaml", text, Language.nl)
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(out)")
    #expect(
      lines.first?.contains("het onderdeel 'date: 2026-09-08' in 'sessions' (regel 6)") == true,
      "\(out)")
    #expect(
      lines.last?.contains("het onderdeel 'date: 2026-09-15' in 'sessions' (regel 13)") == true,
      "\(out)")
    #expect(!out.contains("theirs'"), "\(out)")
  }
}
