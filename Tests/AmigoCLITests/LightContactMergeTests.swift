import AmigoCLI
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Two edits of one tally of light contacts merge through amigo's merge driver
/// (`activities/*.yaml merge=amigo`, written by `amigo init` and `amigo git-setup`): the header
/// once, every contact both sides added kept and counted. `amigo sync` pushes nothing with
/// errors, whatever made them. Real git, isolated.
@Suite(.serialized) struct LightContactMergeTests {
  static func contacts(_ text: String) -> [String] {
    let a = SchemaDecoder.activity(YAMLDocument(parsing: text))
    return a.contacts.map { "\($0.date?.description ?? "") \($0.who ?? "")" }
  }

  func add(_ s: GitSandbox, _ folder: String, _ date: String, _ who: String) {
    let r = s.amigo(
      [
        "contact", "--light", "--who", who, "--theme", "parenting", "--minutes", "10", "--date",
        date,
      ],
      in: folder)
    #expect(r.status == .success, "\(r.err)")
  }

  @Test func twoEditsOfOneTallyMergeWithoutAConflict() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    for folder in [a, b] {
      let attributes = s.read(folder, ".gitattributes")
      #expect(attributes.contains("activities/*.yaml merge=amigo"))
      #expect(!attributes.contains("merge=union"), "\(attributes)")
    }
    let tally = "activities/L-2026-10-begeleider.yaml"

    // One tally, begun on one machine and shared.
    add(s, a, "2026-10-05", "parent")
    #expect(s.commit(a, "first contact").status == 0)
    s.sync(a)
    s.sync(b)
    // Each side adds a contact to it.
    add(s, a, "2026-10-06", "child")
    #expect(s.commit(a, "a contact").status == 0)
    s.sync(a)
    add(s, b, "2026-10-07", "teacher")
    #expect(s.commit(b, "another contact").status == 0)
    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status == 0, "\(pull.text)\(pull.stderr)")
    #expect(!(pull.text + pull.stderr).contains("CONFLICT"))
    let merged = s.read(b, tally)
    #expect(!merged.contains("<<<<<<<"))
    // In date order, each once.
    #expect(
      Self.contacts(merged) == ["2026-10-05 parent", "2026-10-06 child", "2026-10-07 teacher"],
      "\(merged)")
    let check = s.amigo(["validate"], in: b)
    #expect(check.status == .success, "\(check.out)\(check.err)")

    // Both sides begin the next month's tally: the header once, both contacts kept, and two
    // alike contacts (one on each side) counted twice.
    s.sync(b)
    s.sync(a)
    add(s, a, "2026-11-02", "parent")
    add(s, a, "2026-11-04", "child")
    #expect(s.commit(a, "november a").status == 0)
    s.sync(a)
    add(s, b, "2026-11-03", "other")
    add(s, b, "2026-11-04", "child")
    #expect(s.commit(b, "november b").status == 0)
    let second = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(second.status == 0, "\(second.text)\(second.stderr)")
    let november = s.read(b, "activities/L-2026-11-begeleider.yaml")
    #expect(november.components(separatedBy: "type: light-contacts").count == 2, "\(november)")
    #expect(
      Self.contacts(november) == [
        "2026-11-02 parent", "2026-11-03 other", "2026-11-04 child", "2026-11-04 child",
      ], "\(november)")
    #expect(s.amigo(["validate"], in: b).status == .success, "\(november)")
  }

  /// A workspace whose `.gitattributes` still merges tallies line by line (`merge=union`, as
  /// an earlier amigo wrote): two different headers stack into a duplicate key. `sync` pushes
  /// nothing and names the file; `git-setup` takes the line out.
  @Test func syncPushesNothingWithErrorsAndGitSetupDropsUnion() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let attributes = s.read(a, ".gitattributes") + "activities/L-*.yaml merge=union\n"
    try s.write(a, attributes, ".gitattributes")
    #expect(s.commit(a, "tallies line by line").status == 0)
    s.sync(a)
    s.sync(b)
    func tally(_ workers: String, _ who: String) -> String {
      """
      schema: amigo.activity/1
      id: L-2026-11-begeleider
      type: light-contacts
      programme: amigos-op-school
      school: mijn-school
      workers: \(workers)
      contacts:
        - {date: 2026-11-03, who: \(who), theme: parenting, minutes: 10}

      """
    }
    let file = "activities/L-2026-11-begeleider.yaml"
    try FileManager.default.createDirectory(
      atPath: a + "/activities", withIntermediateDirectories: true)
    try s.write(a, tally("[begeleider]", "parent"), file)
    #expect(s.amigo(["sync"], in: a).status == .success)
    let shared = s.git(["rev-parse", "main"], in: s.path("remote.git")).text
    try FileManager.default.createDirectory(
      atPath: b + "/activities", withIntermediateDirectories: true)
    try s.write(b, tally("[ begeleider ]", "child"), file)
    let r = s.amigo(["sync"], in: b)
    #expect(r.status == .dataError, "\(r.out)\(r.err)")
    #expect(r.err.contains("duplicate-key"), "\(r.err)")
    #expect(r.err.contains("er is niets gedeeld: 1 bestand met fouten (\(file))"), "\(r.err)")
    #expect(s.git(["rev-parse", "main"], in: s.path("remote.git")).text == shared)

    // git-setup takes the line out, and keeps the others.
    let setUp = s.amigo(["git-setup"], in: b)
    #expect(setUp.status == .success, "\(setUp.err)")
    // It says what it did: it took a line out, and added none.
    let row = setUp.out.split(separator: "\n").first { $0.contains(".gitattributes") } ?? ""
    #expect(row.contains("regel van een eerdere amigo weggehaald"), "\(setUp.out)")
    let now = s.read(b, ".gitattributes")
    #expect(!now.contains("merge=union"), "\(now)")
    #expect(now.contains("activities/*.yaml merge=amigo"), "\(now)")
  }
  /// A merged tally with an error (here: a side committed a contact with an unknown asker,
  /// past the hook) is refused with a hint about its contacts, not about meetings or children.
  @Test func aRefusedTallyMergeSpeaksOfTheTally() throws {
    let s = try GitSandbox()
    let a = try s.team()
    add(s, a, "2026-10-05", "parent")
    let file = "activities/L-2026-10-begeleider.yaml"
    let base = s.read(a, file)
    let ours = base + "  - {date: 2026-10-06, who: nobody, theme: parenting, minutes: 10}\n"
    let theirs = base + "  - {date: 2026-10-07, who: child, theme: parenting, minutes: 10}\n"
    try s.write(a, base, "base.tmp")
    try s.write(a, ours, "ours.tmp")
    try s.write(a, theirs, "theirs.tmp")
    let r = s.amigo(["merge-driver", "base.tmp", "ours.tmp", "theirs.tmp", file], in: a)
    #expect(r.status != .success, "\(r.err)")
    #expect(r.err.contains("houd elk licht contact dat beide kanten toevoegden"), "\(r.err)")
    #expect(!r.err.contains("bijeenkomst"), "\(r.err)")
  }
}
