import Testing

@testable import AmigoReports

/// Tables whose cells are one line each (no column wraps: report tables off a terminal, `list`)
/// are rendered from two flat arrays (`renderOneLineCells`, issue 32): the text must be the
/// general renderer's (`renderGrid`, itself compared with the old string padding in
/// `TextTableBytesTests`), byte for byte, with accents, combining marks, emoji, wide
/// characters, control characters, bidirectional overrides, cut cells, styles and colour.
@Suite struct TextTableOneLineTests {
  static let texts = [
    "", "a", "AOS-2026-K7Q4", " lead", "trail  ", "  ", "\u{E9}t\u{E9}", "e\u{301}", "中文表格",
    "👍🏽 ok", "👨‍👩‍👧", "🇳🇱", "1\u{FE0F}\u{20E3}", "\u{600} ", "x\u{600} ", "\u{600}",
    "a b c d e f g h", "tab\there", "line\nbreak", "cr\r\nlf", "esc\u{1B}[31mred", "del\u{7F}",
    "c1\u{85}\u{9B}", "Zo\u{EB} van der Berg-Ouda", "2026-11-19", "12/40", "!", "\u{202E}rtl",
    "\u{2066}iso\u{2069}", "한국어", "ｆｕｌｌ", "soft\u{AD}hyphen", "zw\u{200B}sp", "week 11 of 16",
    "g1 6, g2 4,5", "—", "x — y",
  ]

  @Test func oneLineTablesRenderAsTheGrid() {
    var seed: UInt64 = 7
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let styles: [TextTable.Style] = [.plain, .bold, .dim, .red, .green, .yellow, .cyan]
    var checked = 0
    for _ in 0..<1_000 {
      let columns = (0..<(1 + next(6))).map { _ in
        TextTable.Column(
          next(3) == 0 ? "" : Self.texts[next(Self.texts.count)],
          alignment: next(3) == 0 ? .right : .left,
          maxWidth: [nil, nil, nil, 1, 2, 3, 6, 0][next(8)],
          // Wrapping only where there is no limit: such a column's cells stay one line.
          overflow: next(2) == 0 ? .truncate : .wrap)
      }.map { c -> TextTable.Column in
        var c = c
        if c.maxWidth != nil && c.maxWidth! > 0 { c.overflow = .truncate }
        return c
      }
      var table = TextTable(columns)
      table.gap = next(4)
      table.indent = next(3)
      table.showsHeader = next(4) != 0
      table.headerRule = next(2) == 0
      table.headerStyle = styles[next(styles.count)]
      for _ in 0..<next(8) {
        // Random words of random texts, so that cells are longer than one entry.
        table.append(
          columns.map { _ in
            TextTable.Cell(
              (0..<(1 + next(3))).map { _ in Self.texts[next(Self.texts.count)] }.joined(
                separator: next(2) == 0 ? " " : ""),
              style: styles[next(styles.count)])
          })
      }
      for color in [false, true] {
        let grid = table.renderGrid(color: color)
        #expect(Array(table.renderOneLineCells(color: color).utf8) == Array(grid.utf8))
        #expect(Array(table.render(color: color).utf8) == Array(grid.utf8))
        checked += 1
      }
    }
    #expect(checked == 2_000)
  }

  /// Tables of more than one part of rows (laid out on every core) around the part's size,
  /// with and without a header line.
  @Test func largeTablesRenderAsTheGrid() {
    var seed: UInt64 = 11
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let styles: [TextTable.Style] = [.plain, .bold, .red, .cyan]
    for (count, header) in [(511, true), (511, false), (512, false), (513, true), (1_537, true)] {
      var table = TextTable([
        .init("id"), .init("status", maxWidth: 6), .init("minutes", alignment: .right),
      ])
      table.showsHeader = header
      table.headerRule = header
      for _ in 0..<count {
        table.append(
          (0..<3).map { _ in
            TextTable.Cell(Self.texts[next(Self.texts.count)], style: styles[next(styles.count)])
          })
      }
      // The widest cells in the last part only: every part is padded to them.
      table.append([
        TextTable.Cell(String(repeating: "w", count: 60)), "x",
        .init(String(repeating: "9", count: 30)),
      ])
      for color in [false, true] {
        let grid = table.renderGrid(color: color)
        #expect(
          Array(table.renderOneLineCells(color: color).utf8) == Array(grid.utf8),
          "\(count) rows, header \(header), colour \(color)")
      }
    }
  }
}
