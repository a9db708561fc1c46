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

  /// The label written another way is the label still: other capitals, other spaces (a tab, a
  /// no-break space, two spaces), no final full stop, accents decomposed or left out.
  @Test(arguments: [
    "MET MILA R. BESPROKEN", "met Mila R besproken", "met Mila  R. besproken",
    "met Mila\u{00A0}R. besproken", "met Mila\tR. besproken", "met Mila\u{200B} R. besproken",
  ])
  func aLabelWrittenAnotherWayIsReported(_ note: String) {
    let index = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam"])
    let found = lint(Self.meeting(note: "'\(note)'"), index)
    #expect(found.count == 1, "\(note)")
    #expect(found.first?.message.contains("T-2026-3HX9") == true)
  }

  @Test func accentsDecomposedOrLeftOutAreTheSameLetters() {
    let index = Self.index(["T-2026-3HX9": "Zoë R.", "T-2026-7KQ4": "Sam"])
    for note in ["Met Zoe\u{308} R. besproken.", "Met Zoe R. besproken.", "MET ZOË R BESPROKEN."] {
      #expect(lint(Self.meeting(note: note), index).count == 1, "\(note)")
    }
    // Whole words still: "Zoë Roberts" is another name.
    #expect(lint(Self.meeting(note: "Met Zoë Roberts besproken."), index).isEmpty)
  }

  /// A label that is also a word ("Ben", "An.") is the label only with its own capitals (or
  /// all capitals, from four letters): "ik ben er niet", "ben v.a. maandag" are words.
  @Test func aLabelThatIsAWordNeedsItsCapitals() {
    let index = Self.index(["T-2026-3HX9": "Ben", "T-2026-7KQ4": "Ben V."])
    for note in ["Ik ben er volgende week niet.", "ik ben v.a. volgende week weg", "BEN je er?"] {
      #expect(lint(Self.meeting(note: "'\(note)'"), index).isEmpty, "\(note)")
    }
    #expect(lint(Self.meeting(note: "Met Ben besproken."), index).count == 1)
    let short = Self.index(["T-2026-3HX9": "An.", "T-2026-7KQ4": "Sam"])
    #expect(lint(Self.meeting(note: "Ik kan overleg an de kant zetten."), short).isEmpty)
  }

  /// A trajectory id (of the workspace, or an erased one) in a note or a comment line is
  /// reported too; in the list of children it is how a child is named.
  @Test func anIdInANoteOrACommentIsReported() {
    var index = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam", "T-2026-9ZZZ": "Noor"])
    index.erased = ["T-2026-0ERA": LocalDate("2026-10-01")!]
    #expect(lint(Self.meeting(), index).isEmpty)
    let inNote = lint(Self.meeting(note: "Broer van t-2026-9zzz."), index)
    #expect(inNote.count == 1)
    #expect(inNote.first?.range?.start.line == 11)
    #expect(inNote.first?.message.contains("T-2026-9ZZZ") == true)
    let erased = lint(Self.meeting(comment: "# eerder T-2026-0ERA\n"), index)
    #expect(erased.count == 1)
    #expect(erased.first?.range?.start.line == 1)
    // An id-shaped word that is no trajectory's is left alone.
    #expect(lint(Self.meeting(note: "Zie T-2026-NONE en 2026-10-06."), index).isEmpty)
  }

  /// A child the activity does not name, written by its label (acc-groups: "ook Mila K. kort
  /// besproken"), is found by the workspace's labels (`TrajectoryIndex.labels`, set when every
  /// trajectory was read): labels of two words or more, in their own capitals, in capitals
  /// from four letters, with other accents or spaces; each child once.
  @Test func aLabelOfAChildTheActivityDoesNotNameIsReported() {
    var index = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam"])
    index.labels = LabelLookup([
      ("T-2026-3HX9", "Mila R."), ("T-2026-7KQ4", "Sam"), ("T-2026-8OTH", "Mila K."),
      ("T-2026-9ZOE", "Zoë van B."), ("T-2026-1NOO", "Noor"), ("T-2026-2ANN", "Anne-Fleur D."),
    ])
    let other = lint(Self.meeting(note: "'ook Mila K. kort besproken, en MILA K. weer'"), index)
    #expect(other.count == 1)
    #expect(other.first?.message.contains("T-2026-8OTH") == true)
    #expect(other.first?.range?.start.line == 11)
    let accents = lint(Self.meeting(note: "'broer van Zoe  van B'"), index)
    #expect(accents.map { $0.message.contains("T-2026-9ZOE") } == [true])
    #expect(lint(Self.meeting(note: "'met Anne-Fleur D. gesproken'"), index).count == 1)
    // A one-word label is left alone outside the children the activity names (a teacher may
    // share it); so are other initials and the label's words in other capitals.
    #expect(lint(Self.meeting(note: "'Noor (leerkracht) was erbij'"), index).isEmpty)
    #expect(lint(Self.meeting(note: "'Mila S. en mila k. en Mila Kok'"), index).isEmpty)
    // Without the workspace's labels (a command that read only the named children) nothing.
    index.labels = LabelLookup([])
    #expect(lint(Self.meeting(note: "'ook Mila K. kort besproken'"), index).isEmpty)
  }

  /// `validate --changed` looks only for the labels whose first word the checked files hold
  /// (`LabelLookup.Words`): the same diagnostics as with every label, for labels with accents
  /// (composed or not), other spaces, capitals and hyphens, asked as a string or as bytes.
  @Test func theLabelsTheWordsMayHoldFindWhatEveryLabelFinds() {
    let labels: [(id: String, label: String)] = [
      ("T-2026-3HX9", "Mila R."), ("T-2026-7KQ4", "Sam"), ("T-2026-8OTH", "Mila K."),
      ("T-2026-9ZOE", "Zoë van B."), ("T-2026-1NOO", "Noor V."), ("T-2026-2ANN", "Anne-Fleur D."),
      ("T-2026-3EMI", "Émile\u{A0}D."), ("T-2026-4ZOE", "Zoe\u{308} T."),
      ("T-2026-5SPA", "  Ivo  P. "), ("T-2026-6OTH", "Mila K."),
    ]
    let notes = [
      "'ook Mila K. kort besproken, en MILA K. weer'", "'broer van Zoe  van B'",
      "'met Anne-Fleur D. gesproken'", "'EMILE D. en Zoë T.'", "'ivo p. en IVO P.'",
      "'Noor (leerkracht), Noor V'", "'niemand bij naam'",
    ]
    var every = Self.index(["T-2026-3HX9": "Mila R.", "T-2026-7KQ4": "Sam"])
    every.labels = LabelLookup(labels)
    for note in notes {
      let text = Self.meeting(note: note)
      let words = LabelLookup.Words([Array(text.utf8)])
      let byString = labels.filter { words.mayHold($0.label) }
      let byBytes = labels.filter { entry in
        Array(entry.label.utf8).withUnsafeBufferPointer { words.mayHold($0) }
      }
      #expect(byString.map(\.id) == byBytes.map(\.id), "\(note)")
      var some = every
      some.labels = LabelLookup(byBytes)
      let expected = lint(text, every)
      let found = lint(text, some)
      #expect(found.map(\.message) == expected.map(\.message), "\(note)")
      #expect(found.map(\.range) == expected.map(\.range), "\(note)")
      #expect(found.map(\.severity) == expected.map(\.severity), "\(note)")
    }
    // Every note but the last names someone; the last keeps no label.
    let none = LabelLookup.Words([Array(Self.meeting(note: "'niemand bij naam'").utf8)])
    #expect(labels.filter { none.mayHold($0.label) }.isEmpty)
    #expect(lint(Self.meeting(note: "'EMILE D. en Zoë T.'"), every).count == 2)
  }
}
