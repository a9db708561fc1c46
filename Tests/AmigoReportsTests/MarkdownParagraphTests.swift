import AmigoReports
import Testing

/// A paragraph in Markdown (the family's statement in `export --record`, notes in `show`)
/// reads as it was written: its lines stay lines, and no line turns into a list, a rule, a
/// heading or an entity.
@Suite struct MarkdownParagraphTests {
  func markdown(_ paragraph: String) -> String {
    let doc = ReportDocument(
      kind: "t", title: "T",
      sections: [Section(id: "s", title: "S", blocks: [.paragraph(paragraph)])])
    return ReportRenderer.render(doc, as: .markdown)
  }

  @Test func linesStayLines() {
    #expect(
      markdown("Geachte heer,\nWij zijn het niet eens.").contains(
        "\nGeachte heer,\\\nWij zijn het niet eens.\n"))
  }

  @Test(arguments: [
    ("- lijst", "\\- lijst"), ("+ plus", "\\+ plus"), ("1. een", "1\\. een"),
    ("12) twaalf", "12\\) twaalf"), ("---", "\\---"), ("===", "\\==="), ("~~~", "\\~~~"),
    ("  - ingesprongen", "\u{A0}\u{A0}\\- ingesprongen"),
  ])
  func aLineThatLooksLikeABlockIsText(_ line: String, _ written: String) {
    #expect(markdown("Eerst dit.\n" + line).contains("Eerst dit.\\\n" + written + "\n"))
    #expect(markdown(line).contains("\n" + written + "\n"))
  }

  /// Four spaces or a tab at the start of a paragraph made it a code block, and Markdown drops
  /// a shorter indent: the indent is kept as non-breaking spaces, which are text.
  @Test(arguments: [
    ("    Het huisbezoek was niet op 3 november.", 4), ("\tEen tab.", 4), ("  Twee.", 2),
    ("        Acht.", 8),
  ])
  func anIndentIsKeptAndNeverMakesCode(_ line: String, _ width: Int) {
    let text = line.drop { $0 == " " || $0 == "\t" }
    let written = String(repeating: "\u{A0}", count: width) + text
    #expect(markdown(line).contains("\n" + written + "\n"))
    #expect(markdown("Eerst dit.\n" + line).contains("Eerst dit.\\\n" + written + "\n"))
    #expect(!markdown(line).contains("\n    "))
    #expect(!markdown(line).contains("\n\t"))
  }

  @Test(arguments: ["-5 graden", "=SUM(A1)", "1.5 uur", "2026 was een goed jaar", "+31 6"])
  func textThatOnlyLooksAlikeStaysAsItIs(_ line: String) {
    #expect(markdown(line).contains("\n" + line + "\n"))
  }

  @Test func anEntityIsWrittenAsTyped() {
    #expect(markdown("Tom &amp; Jerry &#60; &x").contains("Tom \\&amp; Jerry \\&\\#60; &x"))
    #expect(markdown("A & B").contains("A & B"))
  }
}

/// The child report's fidelity checklist is a GFM task list in Markdown (a ticked or an empty
/// box in GitHub, GitLab and pandoc's `gfm`), not the literal text `\[x\]`; any other list, and
/// a list only partly shaped like one, keeps its brackets as text.
@Suite struct MarkdownChecklistTests {
  func markdown(_ items: [String]) -> String {
    let doc = ReportDocument(
      kind: "t", title: "T", sections: [Section(id: "s", title: "S", blocks: [.list(items)])])
    return ReportRenderer.render(doc, as: .markdown)
  }

  @Test func theChecklistIsATaskList() {
    let md = markdown(["[x] huisbezoek (24 sep 2026)", "[ ] klasobservatie", "[x] - *leeftijd* 10"])
    #expect(md.contains("\n- [x] huisbezoek (24 sep 2026)\n- [ ] klasobservatie\n"))
    #expect(md.contains("\n- [x] \\- \\*leeftijd\\* 10\n"))
  }

  @Test func anotherListKeepsItsBracketsAsText() {
    let md = markdown(["[x] ja", "nee"])
    #expect(md.contains("\n- \\[x\\] ja\n- nee\n"))
  }
}
