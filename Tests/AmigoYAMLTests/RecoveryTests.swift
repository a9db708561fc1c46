import AmigoYAML
import Foundation
import Testing

/// Issue 26, item 5 (qa-walk m9): after a duplicate key or a tab in indentation the file is
/// read on, so that every other problem is found: the first occurrence of a key counts, and a
/// tab in indentation is read as spaces to the file's indentation step.
@Suite struct RecoveryTests {
  func codes(_ text: String) -> [String] { YAMLDocument(parsing: text).diagnostics.map(\.code) }

  @Test(arguments: [
    ("a: 1\nb: 2\na: 3\n", "a: 1\nb: 2\n"),
    ("a: {x: 1, x: 2}\n", "a: {x: 1}\n"),
    ("m:\n  x: 1\n  y: 2\n  x:\n    deep: 3\n", "m:\n  x: 1\n  y: 2\n"),
  ])
  func theFirstOccurrenceOfADuplicateKeyCounts(_ input: String, _ meaning: String) {
    let document = YAMLDocument(parsing: input)
    #expect(document.diagnostics.map(\.code) == ["duplicate-key"])
    #expect(document.isCheckable && !document.isValid)
    #expect(document.value == YAMLDocument(parsing: meaning).value)
  }

  @Test(arguments: [
    // One tab for one level of two spaces: no follow-on errors on the good lines.
    (
      "child:\n\tlabel: X.\n  born: 2016-03\n  gender: boy\n",
      "child:\n  label: X.\n  born: 2016-03\n  gender: boy\n"
    ),
    // A file indented by four: a tab is four.
    ("a:\n    b: 1\nc:\n\td: 2\n    e: 3\n", "a:\n    b: 1\nc:\n    d: 2\n    e: 3\n"),
    // Spaces, then a tab: to the next stop.
    ("a:\n  b:\n   \tc: 1\n    d: 2\n", "a:\n  b:\n    c: 1\n    d: 2\n"),
    // In a list.
    ("s:\n  - x: 1\n\t  y: 2\n", "s:\n  - x: 1\n    y: 2\n"),
  ])
  func aTabInIndentationIsReadAsSpaces(_ input: String, _ spaces: String) {
    let document = YAMLDocument(parsing: input)
    #expect(Set(document.diagnostics.map(\.code)) == ["tab-indentation"], "\(input)")
    #expect(document.isCheckable)
    #expect(document.value == YAMLDocument(parsing: spaces).value, "\(input)")
    // `amigo fmt` replaces the tab with those spaces.
    guard case .formatted(let bytes) = WhitespaceFormatter.format(document) else {
      Issue.record("not formatted: \(input)")
      return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == spaces)
  }

  @Test func otherErrorsStillStopTheChecks() {
    #expect(!YAMLDocument(parsing: "a: [1, 2\n").isCheckable)
    #expect(!YAMLDocument(parsing: "a: 1\n<<<<<<< ours\n").isCheckable)
  }
}
