import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@Suite struct WhitespaceFormatterTests {
  /// The formatted text, or the input when nothing changes.
  func format(_ text: String) -> String {
    switch WhitespaceFormatter.format(YAMLDocument(parsing: text)) {
    case .formatted(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .unchanged: return text
    case .invalid: return "<invalid>"
    case .unsafe: return "<unsafe>"
    }
  }

  @Test(arguments: [
    // Trailing spaces go, also after comments and on blank lines.
    ("a: 1   \nb: x  # note  \n", "a: 1\nb: x  # note\n"),
    ("a: 1\n   \nb: 2\n", "a: 1\n\nb: 2\n"),
    // A final line break is added.
    ("a: 1", "a: 1\n"),
    ("a: 1  ", "a: 1\n"),
    // Runs of blank lines collapse; blank lines at the start and end go.
    ("a: 1\n\n\n\nb: 2\n", "a: 1\n\nb: 2\n"),
    ("\n\na: 1\n", "a: 1\n"),
    ("a: 1\n\n\n", "a: 1\n"),
    ("a:\n  - x\n\n\n  - y\n", "a:\n  - x\n\n  - y\n"),
    // Comments, quoting and everything else stay.
    ("# c  \n\n\n# d\na: 'x'   \n", "# c\n\n# d\na: 'x'\n"),
  ])
  func normalisesWhiteSpace(_ input: String, _ expected: String) {
    #expect(format(input) == expected)
  }

  @Test func formattedFilesAreLeftAlone() {
    let text = "a: 1\n\nb:\n  - x\n"
    #expect(WhitespaceFormatter.format(YAMLDocument(parsing: text)) == .unchanged)
  }

  @Test func trailingSpacesInBlockScalarsAreContent() {
    let text = "note: |\n  line with spaces   \n  \n     \n  end  \nnext: 1   \n"
    let out = format(text)
    #expect(out == "note: |\n  line with spaces   \n  \n     \n  end  \nnext: 1\n")
    #expect(YAMLDocument(parsing: out).value == YAMLDocument(parsing: text).value)
  }

  @Test func blankLinesInsideBlockScalarsStay() {
    let literal = "note: |\n  a\n\n\n\n  b\nnext: 1\n"
    #expect(format(literal) == literal)
    let folded = "note: >\n  a\n\n\n  b\n"
    #expect(format(folded) == folded)
    // Keep-chomping owns its trailing blank lines; clip does not.
    let keep = "note: |+\n  a\n\n\nnext: 1\n"
    #expect(format(keep) == keep)
    let clip = "note: |\n  a\n\n\nnext: 1\n"
    #expect(format(clip) == "note: |\n  a\n\nnext: 1\n")
  }

  @Test func blankLinesInsideMultiLineScalarsStay() {
    let plain = "a: one\n  two\n\n\n  three\nb: 1\n"
    #expect(format(plain) == plain)
    let quoted = "a: 'one\n\n\n  two'\n"
    #expect(format(quoted) == quoted)
    // Trailing spaces before a line break of a plain scalar are folded away: not content.
    let spaced = "a: one   \n  two\n"
    #expect(format(spaced) == "a: one\n  two\n")
  }

  @Test func doubleQuotedEscapesAreKept() {
    // `\ ` escapes a space: stripping the spaces after it would change the value.
    let text = "a: \"one\\    \n  two\"\n"
    let out = format(text)
    #expect(YAMLDocument(parsing: out).value == YAMLDocument(parsing: text).value)
  }

  @Test func crlfStaysCRLF() {
    #expect(format("a: 1  \r\n\r\n\r\nb: 2") == "a: 1\r\n\r\nb: 2\r\n")
    // Mixed files keep each line's own ending.
    #expect(format("a: 1 \r\nb: 2  \nc: 3\r\n") == "a: 1\r\nb: 2\nc: 3\r\n")
  }

  @Test func tabsAreNotTouched() {
    #expect(format("a: 'x'  # y\tz\t\n") == "a: 'x'  # y\tz\t\n")
    #expect(format("a: 'x'  # y\t  \n") == "a: 'x'  # y\t\n")
    // A tab outside quotes, block text or a comment makes the file invalid: left alone.
    #expect(format("a: 'x'\t\n") == "<invalid>")
    #expect(format("a: |\n  x\t\n") == "a: |\n  x\t\n")
  }

  @Test func byteOrderMarkStays() {
    #expect(format("\u{FEFF}a: 1  \n") == "\u{FEFF}a: 1\n")
  }

  @Test func filesWithErrorsAreNotFormatted() {
    #expect(WhitespaceFormatter.format(YAMLDocument(parsing: "a: 1  \n\tb: 2\n")) == .invalid)
    #expect(WhitespaceFormatter.format(YAMLDocument(parsing: "a: &x 1   \n")) == .invalid)
  }

  /// Every accepted conformance case and every example file: the formatted text reads back to
  /// the same value, and formatting it again changes nothing.
  @Test func valueUnchangedAndIdempotentOnEveryFixture() throws {
    var texts: [(String, [UInt8])] = []
    for name in Fixtures.cases(in: "yaml") {
      if let data = Fixtures.data("yaml/\(name)/in.yaml") { texts.append((name, Array(data))) }
    }
    let examples = Fixtures.root.appendingPathComponent("Examples/caseload")
    for path in FileManager.default.subpaths(atPath: examples.path) ?? []
    where path.hasSuffix(".yaml") {
      let data = try Data(contentsOf: examples.appendingPathComponent(path))
      texts.append((path, Array(data)))
      // The same file untidied: trailing spaces everywhere, doubled blank lines.
      let messy = String(decoding: data, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { line in
        line.hasPrefix(" ") && !line.trimmingCharacters(in: .whitespaces).isEmpty
          ? String(line) + "  " : line.isEmpty ? "\n  " : String(line)
      }
      .joined(separator: "\n")
      texts.append((path + " (messy)", Array(messy.utf8)))
    }
    #expect(texts.count > 100)
    var formattedSome = false
    for (name, bytes) in texts {
      let document = YAMLDocument(bytes: bytes)
      switch WhitespaceFormatter.format(document) {
      case .formatted(let out):
        formattedSome = true
        let again = YAMLDocument(bytes: out)
        #expect(again.value == document.value, "\(name): value changed")
        #expect(WhitespaceFormatter.format(again) == .unchanged, "\(name): not idempotent")
      case .unsafe:
        Issue.record("\(name): formatting would change the value")
      case .unchanged, .invalid:
        break
      }
    }
    #expect(formattedSome)
  }
}
