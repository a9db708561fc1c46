import AmigoCLI
import AmigoReports
import Foundation
import Testing

@Suite struct TextTableTests {
  @Test(arguments: [
    ("plain ASCII", "abc", 3),
    ("é precomposed (U+00E9)", "\u{E9}", 1),
    ("é decomposed (e + U+0301)", "e\u{301}", 1),
    ("several combining marks on one letter", "a\u{301}\u{308}\u{323}", 1),
    ("CJK ideographs", "中文", 4),
    ("fullwidth Latin", "ＡＢ", 4),
    ("Hangul syllable", "한", 2),
    ("Hangul from jamo (L V T)", "\u{1112}\u{1161}\u{11AB}", 2),
    ("emoji", "😀", 2),
    ("emoji with skin tone", "👍🏽", 2),
    ("family joined with ZWJ", "👨‍👩‍👧", 2),
    ("flag", "🇳🇱", 2),
    ("heart with emoji presentation (U+FE0F)", "❤️", 2),
    ("heart as text", "❤", 1),
    ("keycap", "1️⃣", 2),
    ("zero-width space", "a\u{200B}b", 2),
    ("soft hyphen shows", "a\u{AD}b", 3),
    ("mixed", "Zoë 李 😀", 9),
  ])
  func displayWidthCountsTerminalColumns(_ name: String, _ text: String, _ width: Int) {
    #expect(TextTable.displayWidth(text) == width, "\(name)")
  }

  /// Every line's second column starts at the same terminal column.
  @Test func columnsLineUpWithAccentsCJKAndEmoji() {
    var table = TextTable([.init("name"), .init("n", alignment: .right), .init("note")])
    table.append(["José", "1", "precomposed"])
    table.append(["Jose\u{301}", "22", "decomposed"])
    table.append(["李小龙", "333", "wide"])
    table.append(["😀 ok", "4", "emoji"])
    table.append(["👨‍👩‍👧", "5", "family"])
    let out = table.render()
    let expected = [
      "name      n  note",
      "José      1  precomposed",
      "Jose\u{301}     22  decomposed",
      "李小龙  333  wide",
      "😀 ok     4  emoji",
      "👨‍👩‍👧        5  family",
    ]
    #expect(out == expected.joined(separator: "\n") + "\n")
    let starts = out.split(separator: "\n").map { line -> Int in
      // The column where "note" (or its value) starts: after the second gap.
      let text = String(line)
      let words = text.split(separator: " ", omittingEmptySubsequences: true)
      let last = text.range(of: String(words.last!), options: .backwards)!
      return TextTable.displayWidth(String(text[..<last.lowerBound]))
    }
    #expect(Set(starts).count == 1, "\(starts)")
  }

  @Test func rightAlignmentAndNoTrailingSpaces() {
    var table = TextTable([.init("kind"), .init("minutes", alignment: .right), .init("goals")])
    table.append(["child talk", "20", ""])
    table.append(["home visit", "60", "g1"])
    #expect(
      table.render() == """
        kind        minutes  goals
        child talk       20
        home visit       60  g1

        """)
  }

  @Test func headerOnlyWhenThereIsOneAndIndent() {
    var table = TextTable([.init(), .init()])
    table.indent = 2
    table.append(["a", "b"])
    table.append(["ccc"])
    #expect(table.render() == "  a    b\n  ccc\n")
  }

  @Test func columnsEmptyEverywhereTakeNoSpace() {
    var table = TextTable([.init(), .init(), .init()])
    table.append(["a", "", "c"])
    #expect(table.render() == "a  c\n")
  }

  @Test func extraCellsAreIgnored() {
    var table = TextTable([.init()])
    table.append(["a", "b"])
    #expect(table.rows == [[TextTable.Cell("a")]])
  }

  @Test func truncateNeverSplitsAGraphemeCluster() {
    #expect(TextTable.truncate("Crème brûlée", to: 6) == "Crème…")
    #expect(TextTable.truncate("Cre\u{300}me bru\u{302}le\u{301}e", to: 4) == "Cre\u{300}…")
    #expect(TextTable.truncate("中文字", to: 4) == "中…")
    #expect(TextTable.truncate("😀😀😀", to: 5) == "😀😀…")
    #expect(TextTable.truncate("short", to: 5) == "short")
    #expect(TextTable.truncate("ab cd", to: 4) == "ab…")
    var table = TextTable([.init("label", maxWidth: 6), .init("x")])
    table.append(["Zoë van den Berg", "1"])
    #expect(table.render() == "label   x\nZoë v…  1\n")
  }

  @Test func wrapBreaksAtSpacesByDisplayWidth() {
    #expect(TextTable.wrap("één twee drie vier", width: 9) == ["één twee", "drie vier"])
    #expect(TextTable.wrap("中文中文中文", width: 5) == ["中文", "中文", "中文"])
    #expect(TextTable.wrap("", width: 5) == [""])
    #expect(TextTable.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
    var table = TextTable([.init(), .init(maxWidth: 10, overflow: .wrap)])
    table.append(["Scope", "support, home visits, questionnaires"])
    table.append(["Form", "written"])
    #expect(
      table.render() == """
        Scope  support,
               home
               visits,
               questionna
               ires
        Form   written

        """)
  }

  @Test func sanitizeKeepsCellsOnOneLineAndTerminalsSafe() {
    #expect(TextTable.sanitize("a\tb\nc\r\nd") == "a b c  d")
    #expect(TextTable.sanitize("x\u{1B}[31my") == "x\u{FFFD}[31my")
    #expect(TextTable.sanitize("ab\u{202E}cd\u{2066}") == "abcd")
    #expect(TextTable.sanitize("👨‍👩‍👧 e\u{301}") == "👨‍👩‍👧 e\u{301}", "joiners and marks stay")
    var table = TextTable([.init(), .init()])
    table.append(["multi\nline", "x"])
    #expect(table.render() == "multi line  x\n")
  }

  @Test func colourWrapsTheTextNotThePadding() {
    var table = TextTable([.init("a"), .init("b")])
    table.append([TextTable.Cell("ok", style: .green), TextTable.Cell("1")])
    table.append([TextTable.Cell("broken", style: .red), TextTable.Cell("", style: .red)])
    let colored = table.render(color: true)
    #expect(
      colored
        == "\u{1B}[1ma\u{1B}[0m       \u{1B}[1mb\u{1B}[0m\n\u{1B}[32mok\u{1B}[0m      1\n\u{1B}[31mbroken\u{1B}[0m\n"
    )
    let stripped = colored.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == table.render(color: false))
  }
}
