import AmigoYAML
import Testing

@Suite struct DiagnosticTextTests {
  @Test(arguments: [
    ("minutes", "minutes"),
    ("a\nb", "a\\nb"),
    ("tab\there", "tab\\there"),
    ("cr\r", "cr\\r"),
    ("bell\u{7}", "bell\\u{7}"),
    ("nel\u{85}", "nel\\u{85}"),
    ("ls\u{2028}", "ls\\u{2028}"),
    ("Zoë", "Zoë"),
  ])
  func userTextIsShownOnOneLine(_ text: String, _ shown: String) {
    #expect(Diagnostic.quoted(text) == shown)
  }

  @Test func longUserTextIsCut() {
    let long = String(repeating: "k", count: 1_000_000)
    #expect(Diagnostic.quoted(long) == String(repeating: "k", count: 60) + "…")
    #expect(
      Diagnostic.quoted(String(repeating: "é", count: 60)) == String(repeating: "é", count: 60))
    #expect(Diagnostic.quoted("abcdef", limit: 3) == "abc…")
  }

  /// `introduced` leaves out the line a message names: it moves with an edit above it.
  @Test func aProblemNamingAMovedLineIsNotIntroduced() {
    func duplicate(_ key: String, first line: Int) -> Diagnostic {
      Diagnostic(
        code: "duplicate-key",
        message: Bilingual(
          "duplicate key '\(key)' (first on line \(line))",
          "dubbele sleutel '\(key)' (eerst op regel \(line))"))
    }
    let before = [duplicate("label", first: 8)]
    #expect([duplicate("label", first: 9)].introduced(comparedTo: before).isEmpty)
    #expect([duplicate("note", first: 9)].introduced(comparedTo: before).count == 1)
    #expect(
      [duplicate("label", first: 9), duplicate("label", first: 30)].introduced(
        comparedTo: before
      ).count == 1)
  }
}
