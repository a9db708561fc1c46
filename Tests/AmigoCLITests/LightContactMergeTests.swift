import AmigoCLI
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// A worker's tally of light contacts only grows by entries added at its end; git merges two
/// edits of one tally by keeping both sides' entries (`merge=union`, written by `amigo init` and
/// `amigo git-setup`), and two workers never share a tally. Real git, isolated.
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
    #expect(s.read(a, ".gitattributes").contains("activities/L-*.yaml merge=union"))
    #expect(s.read(b, ".gitattributes").contains("activities/L-*.yaml merge=union"))
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
    // Each contact is one line (`- {date: …}`): git keeps ours, then theirs.
    #expect(
      Self.contacts(merged) == ["2026-10-05 parent", "2026-10-07 teacher", "2026-10-06 child"],
      "\(merged)")
    let check = s.amigo(["validate"], in: b)
    #expect(check.status == .success, "\(check.out)\(check.err)")

    // Both sides begin the next month's tally: the same header, both entries kept.
    s.sync(b)
    s.sync(a)
    add(s, a, "2026-11-02", "parent")
    #expect(s.commit(a, "november a").status == 0)
    s.sync(a)
    add(s, b, "2026-11-03", "other")
    #expect(s.commit(b, "november b").status == 0)
    let second = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(second.status == 0, "\(second.text)\(second.stderr)")
    let november = s.read(b, "activities/L-2026-11-begeleider.yaml")
    #expect(Self.contacts(november) == ["2026-11-03 other", "2026-11-02 parent"], "\(november)")
    #expect(s.amigo(["validate"], in: b).status == .success, "\(november)")
  }
}
