import Foundation
import Testing

@testable import AmigoReports

/// `TextTable.renderAll` puts its lines together as bytes and measures each cell once (issue
/// 32: `list` at 100 000 trajectories spent half its instructions there): the text stays what
/// padding strings, joining them and trimming the line's last characters gave.
@Suite struct TextTableBytesTests {
  /// The table as it was rendered before (without a width), from the same parts.
  static func reference(_ t: TextTable, color: Bool) -> String {
    var grid: [[[String]]] = []
    var styles: [[TextTable.Style]] = []
    if t.hasHeaderLine {
      grid.append(t.columns.map { t.fit(TextTable.sanitize($0.header), $0) })
      styles.append(t.columns.map { _ in t.headerStyle })
    }
    for row in t.rows {
      grid.append(zip(row, t.columns).map { t.fit(TextTable.sanitize($0.text), $1) })
      styles.append(row.map(\.style))
    }
    var widths = Array(repeating: 0, count: t.columns.count)
    for row in grid {
      for (i, lines) in row.enumerated() {
        for line in lines { widths[i] = max(widths[i], TextTable.displayWidth(line)) }
      }
    }
    let visible = widths.indices.filter { widths[$0] > 0 }
    let margin = String(repeating: " ", count: t.indent)
    let space = String(repeating: " ", count: t.gap)
    if t.headerRule && t.hasHeaderLine {
      grid.insert(t.columns.indices.map { [String(repeating: "-", count: widths[$0])] }, at: 1)
      styles.insert(t.columns.map { _ in .plain }, at: 1)
    }
    var out = ""
    for (r, row) in grid.enumerated() {
      let height = row.map(\.count).max() ?? 1
      for l in 0..<max(height, 1) {
        var parts: [String] = []
        for i in visible {
          let text = l < row[i].count ? row[i][l] : ""
          let padded = TextTable.pad(text, to: widths[i], t.columns[i].alignment)
          parts.append(color ? TextTable.styled(padded, styles[r][i]) : padded)
        }
        var line = margin + parts.joined(separator: space)
        while line.last == " " { line.removeLast() }
        out += line + "\n"
      }
    }
    return out
  }

  static let texts = [
    "", "a", "AOS-2026-K7Q4", " lead", "trail  ", "  ", "\u{E9}t\u{E9}", "e\u{301}", "中文",
    "👍🏽 ok", "\u{600} ", "x\u{600} ", "\u{600}", "a b c d e f g h", "tab\there", "line\nbreak",
    "Zo\u{EB} van der Berg-Ouda", "2026-11-19", "12/40", "!", "\u{202E}rtl",
  ]

  @Test func randomTablesRenderAsBefore() {
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let styles: [TextTable.Style] = [.plain, .bold, .dim, .red, .green, .yellow, .cyan]
    for _ in 0..<400 {
      let columns = (0..<(1 + next(5))).map { _ in
        TextTable.Column(
          next(3) == 0 ? "" : Self.texts[next(Self.texts.count)],
          alignment: next(3) == 0 ? .right : .left,
          maxWidth: [nil, nil, 3, 6, 1][next(5)],
          overflow: next(2) == 0 ? .truncate : .wrap)
      }
      var table = TextTable(columns)
      table.gap = next(4)
      table.indent = next(3)
      table.showsHeader = next(4) != 0
      table.headerRule = next(2) == 0
      table.headerStyle = styles[next(styles.count)]
      for _ in 0..<next(6) {
        table.append(
          columns.map { _ in
            TextTable.Cell(Self.texts[next(Self.texts.count)], style: styles[next(styles.count)])
          })
      }
      for color in [false, true] {
        #expect(table.render(color: color) == Self.reference(table, color: color))
        #expect(
          Array(table.render(color: color).utf8)
            == Array(Self.reference(table, color: color).utf8))
      }
    }
  }
}
