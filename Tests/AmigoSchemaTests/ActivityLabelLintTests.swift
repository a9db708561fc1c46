import AmigoYAML
import Testing

@testable import AmigoSchema

/// The privacy lint of activity files: a named child's label in the file (free text or a
/// comment) is reported, because erasing the child removes its id here, never the text.
@Suite struct ActivityLabelLintTests {
  static func index(_ labels: [String: String]) -> TrajectoryIndex {
    TrajectoryIndex(
      ids: Array(labels.keys),
      trajectories: labels.map { id, label in
        var t = Trajectory()
        t.id = id
        t.child.label = label
        var c = Consent()
        c.date = LocalDate("2026-09-01")
        c.givenBy = ["parents"]
        c.scope = ["support", "school-consultation"]
        t.consent = [c]
        return t
      })
  }

  static func meeting(comment: String = "", note: String = "Afspraken gemaakt.") -> String {
    """
    \(comment)schema: amigo.activity/1
    id: M-2026-4QT7
    type: meeting
    programme: p
    school: s
    workers: [w]
    date: 2026-10-06
    minutes: 60
    with: [care-coordinator]
    children: [T-2026-3HX9, T-2026-7KQ4]
    note: \(note)

    """
  }

  func lint(_ text: String, _ index: TrajectoryIndex?) -> [Diagnostic] {
    let (_, full) = ActivityValidator.validate(
      YAMLDocument(parsing: text), fileName: "M-2026-4QT7", config: nil, index: index,
      today: nil)
    let (_, fromBytes, _) = ActivityValidator.validate(
      bytes: Array(text.utf8), fileName: "M-2026-4QT7", config: nil, index: index, today: nil)
    #expect(fromBytes.map(\.code) == full.map(\.code))
    #expect(fromBytes.map(\.range) == full.map(\.range))
    return full.filter { $0.code == "child-label-in-activity" }
  }

  @Test func aLabelInANoteOrACommentIsReported() {
    let index = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam"])
    let inNote = lint(Self.meeting(note: "Met Mila R. besproken."), index)
    #expect(inNote.count == 1)
    #expect(inNote.first?.severity == .warning)
    #expect(inNote.first?.range?.start.line == 11)
    #expect(inNote.first?.message.contains("T-2026-3HX9") == true)
    let inComment = lint(Self.meeting(comment: "# Over Sam, na de les.\n"), index)
    #expect(inComment.count == 1)
    #expect(inComment.first?.range?.start.line == 1)
    #expect(inComment.first?.message.contains("T-2026-7KQ4") == true)
  }

  @Test func onlyWholeWordsOfNamedChildren() {
    // "Sam" inside "Samen" is no label; a label of a child the activity does not name is not
    // looked for; without a workspace (no labels known) nothing is.
    let index = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam", "T-2026-9ZZZ": "Noor"])
    #expect(lint(Self.meeting(note: "Samen met Noor besproken."), index).isEmpty)
    #expect(lint(Self.meeting(note: "Met Mila R. besproken."), nil).isEmpty)
  }
}
