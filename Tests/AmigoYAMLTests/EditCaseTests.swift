import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// One case of `Tests/Fixtures/edits/<case>/`: `before.yaml`, `edit.json` (a list of edits),
/// and `after.yaml`, the exact expected result, reviewed as a real diff.
struct EditCase: CustomTestStringConvertible, Sendable {
  let name: String
  var testDescription: String { name }
  static var all: [EditCase] { Fixtures.cases(in: "edits").map(EditCase.init) }
}

/// Applies one edit from an `edit.json` object to an editor.
func apply(_ edit: [String: Any], to editor: inout YAMLEditor) throws {
  let path = YAMLPath(
    (edit["path"] as? [Any] ?? []).map { c -> YAMLPath.Component in
      if let i = c as? Int { return .index(i) }
      return .key(c as! String)
    })
  let value = edit["value"].map(FixtureJSON.content)
  switch edit["op"] as? String {
  case "set": try editor.set(path, to: value!)
  case "add":
    try editor.add(key: edit["key"] as! String, value!, to: path, after: edit["after"] as? String)
  case "append": try editor.append(value!, to: path)
  case "insert": try editor.insert(value!, into: path, at: edit["index"] as! Int)
  case "remove": try editor.remove(path)
  default: Issue.record("unknown op \(edit["op"] ?? "nil")")
  }
}

@Suite struct EditCaseTests {
  @Test(arguments: EditCase.all)
  func editGivesExactlyTheGoldenFile(_ c: EditCase) throws {
    let before = try #require(Fixtures.text("edits/\(c.name)/before.yaml"))
    let editData = try #require(Fixtures.data("edits/\(c.name)/edit.json"))
    let edits = try #require(JSONSerialization.jsonObject(with: editData) as? [[String: Any]])
    var editor = try YAMLEditor(parsing: before)
    for edit in edits { try apply(edit, to: &editor) }
    if let problem = Golden.check(editor.text, against: "edits/\(c.name)/after.yaml") {
      Issue.record(Comment(rawValue: problem))
    }
  }

  /// Lines of `before.yaml` that the edit did not touch appear unchanged and in order in
  /// `after.yaml` (the diff only adds, removes or replaces lines near the edit).
  @Test(arguments: EditCase.all)
  func untouchedLinesStayIdentical(_ c: EditCase) throws {
    let before = try #require(Fixtures.text("edits/\(c.name)/before.yaml"))
    let after = try #require(Fixtures.text("edits/\(c.name)/after.yaml"))
    let a = before.split(separator: "\n", omittingEmptySubsequences: false)
    let b = after.split(separator: "\n", omittingEmptySubsequences: false)
    // Common prefix + common suffix must cover all but a small window.
    var prefix = 0
    while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(a.count, b.count) - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let changedBefore = a.count - prefix - suffix
    let edits =
      (try? JSONSerialization.jsonObject(with: Fixtures.data("edits/\(c.name)/edit.json")!)
      as? [Any])??.count ?? 1
    #expect(changedBefore <= 6 * edits, "the edit rewrote \(changedBefore) original lines")
  }
}

@Suite struct EditorTests {
  @Test func setKeepsTrailingCommentAndQuoteStyle() throws {
    var editor = try YAMLEditor(parsing: "a: 'old'  # why\nb: 1\n")
    try editor.set(["a"], to: .text("new"))
    #expect(editor.text == "a: 'new'  # why\nb: 1\n")
  }

  @Test func setQuotesValuesOtherReadersWouldType() throws {
    for (value, written) in [
      ("no", "'no'"), ("10:30", "'10:30'"), ("2026-09-10", "'2026-09-10'"), ("1e3", "'1e3'"),
      ("- x", "'- x'"), ("a: b", "'a: b'"), ("tab\there", "\"tab\\there\""),
    ] {
      var editor = try YAMLEditor(parsing: "a: x\n")
      try editor.set(["a"], to: .text(value))
      #expect(editor.text == "a: \(written)\n")
      #expect(editor.document.value == .mapping([("a", .string(value))]))
    }
  }

  @Test func literalsAreWrittenPlain() throws {
    var editor = try YAMLEditor(parsing: "date: x\n")
    try editor.set(["date"], to: .literal("2026-09-10"))
    #expect(editor.text == "date: 2026-09-10\n")
  }

  @Test func missingPathIsAnError() throws {
    var editor = try YAMLEditor(parsing: "a: 1\n")
    #expect(throws: YAMLEditError.notFound(["b"])) { try editor.set(["b"], to: .text("x")) }
    #expect(throws: YAMLEditError.keyExists(.root, "a")) {
      try editor.add(key: "a", .text("2"), to: .root)
    }
    #expect(throws: YAMLEditError.wrongKind(["a"], expected: "a list")) {
      try editor.append(.text("x"), to: ["a"])
    }
    #expect(editor.text == "a: 1\n")
  }

  @Test func invalidDocumentsAreNotEdited() {
    #expect(throws: YAMLEditError.invalidDocument) { try YAMLEditor(parsing: "a: &x 1\n") }
  }

  @Test func layoutStyleIsReadFromTheFile() {
    let style = LayoutStyle(of: YAMLDocument(parsing: "a:\n    b: 1\nc:\n- x\n"))
    #expect(style.indent == 4)
    #expect(style.sequenceOffset == 0)
    #expect(LayoutStyle(of: YAMLDocument(parsing: "a: 1\r\nb: 2\r\n")).lineEnding == "\r\n")
  }
}
