/// A value a bar chart draws: a count or figure (a bar), a hidden figure (a hatched band of
/// fixed width labelled with its marker, never a length), or nothing (an empty cell: no bar).
public enum BarValue: Sendable, Hashable {
  case value(Double)
  case hidden(HiddenFigure)
  case none

  /// The value of a report cell: numbers as bars, hidden figures as hidden, the rest nothing.
  public init(_ cell: Cell) {
    switch cell.data {
    case .int(let n): self = .value(Double(n))
    case .number(let d, _), .percent(let d, _): self = .value(d)
    case .hidden(let h): self = .hidden(h)
    default: self = .none
    }
  }

  var number: Double? { if case .value(let d) = self { d } else { nil } }
}

/// The SVG charts of the HTML reports. Every chart is a pure function of its values: the same
/// values give the same markup (pinned by golden files). All are 640 user units wide and scale
/// down with the page; series differ in pattern and are named in a legend, so they read in
/// greyscale.
public enum SVGCharts {
  public static let width = 640.0
  /// Where bars start (labels to the left of it) and end.
  static let plotLeft = 190.0
  static let plotRight = 600.0
  /// The width of the band that stands for a hidden figure.
  public static let hiddenBand = 44.0

  /// The fill of series `i`: solid greys, patterns, white with an outline.
  static func fill(_ i: Int, _ id: String) -> String {
    let fills = [
      "#222", "url(#\(id)-dots)", "#aaa", "url(#\(id)-grid)", "#fff", "url(#\(id)-lines)",
      "#666", "#ddd",
    ]
    return fills[i % fills.count]
  }

  /// A number in a chart's text (a title, a label, a tick), as the tables write it: with a
  /// decimal comma in Dutch. Never for a coordinate: SVG's numbers take a point (`SVG.num`).
  static func number(_ lang: Language, _ d: Double, decimals: Int) -> String {
    lang.decimal(Cell.format(d, decimals: decimals))
  }

  /// A label cut to `count` characters (with `…`); the table under the chart has it whole.
  static func short(_ s: String, _ count: Int = 22) -> String {
    s.count <= count ? s : String(s.prefix(count - 1)) + "…"
  }

  static func legend(_ series: [String], id: String, y: Double) -> [String] {
    var out: [String] = []
    var x = plotLeft
    var row = y
    for (i, name) in series.enumerated() {
      let w = 22 + Double(min(name.count, 30)) * 8.5
      if x + w > width, x > plotLeft {
        x = plotLeft
        row += 16
      }
      out.append(SVG.rect(x, row - 9, 12, 10, fill: fill(i, id), stroke: "#000"))
      out.append(SVG.text(x + 16, row, short(name, 30)))
      x += w + 10
    }
    return out
  }

  /// The legend's height for `series`.
  static func legendHeight(_ series: [String]) -> Double {
    var x = plotLeft
    var rows = 1.0
    for name in series {
      let w = 22 + Double(min(name.count, 30)) * 8.5
      if x + w > width, x > plotLeft {
        x = plotLeft
        rows += 1
      }
      x += w + 10
    }
    return rows * 16 + 6
  }

  /// A hidden figure: a hatched band at `x` (`hiddenBand` wide unless narrowed to fit), with
  /// its marker.
  static func hidden(
    _ h: HiddenFigure, x: Double, y: Double, height: Double, id: String,
    width band: Double = hiddenBand
  )
    -> [String]
  {
    let box = min(28, band)
    return [
      "<g class=\"hidden-figure\">"
        + SVG.rect(x, y, band, height, fill: "url(#\(id)-hatch)", stroke: "#555")
        + SVG.rect(x + band / 2 - box / 2, y + height / 2 - 7, box, 13, fill: "#fff")
        + SVG.text(x + band / 2, y + height / 2 + 4, h.marker, anchor: "middle", cls: "marker")
        + "</g>"
    ]
  }

  /// The ticks of a scale from 0 to `max`: 0, the middle when it is a whole number, and `max`.
  static func ticks(_ max: Double) -> [Double] {
    let middle = max / 2
    return middle == middle.rounded() ? [0, middle, max] : [0, max]
  }

  static func axis(
    _ scale: LinearScale, max: Double, top: Double, bottom: Double, unit: String,
    lang: Language = .en
  )
    -> [String]
  {
    var out: [String] = []
    for tick in ticks(max) {
      let x = scale(tick)
      out.append(SVG.line(x, top, x, bottom, stroke: "#ccc"))
      out.append(
        SVG.text(
          x, bottom + 13, number(lang, tick, decimals: tick == tick.rounded() ? 0 : 1),
          anchor: "middle", cls: "tick"))
    }
    if !unit.isEmpty {
      out.append(SVG.text(plotRight, bottom + 27, unit, anchor: "end", cls: "tick"))
    }
    return out
  }

  /// Grouped horizontal bars: per row one bar per series, on one scale from 0.
  public static func bars(
    id: String, title: String, desc: String, series: [String],
    rows: [(label: String, values: [BarValue])], unit: String = "", lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let barHeight = 12.0
    let groupHeight = Double(max(1, series.count)) * (barHeight + 2) + 10
    let legendH = series.count > 1 ? legendHeight(series) : 0
    let top = 8 + legendH
    let bottom = top + groupHeight * Double(rows.count)
    let maxValue = LinearScale.niceMax(
      rows.flatMap { $0.values.compactMap(\.number) }.max() ?? 0)
    let scale = LinearScale(domain: (0, maxValue), range: (plotLeft, plotRight - 30))
    var body = series.count > 1 ? legend(series, id: id, y: 18) : []
    body += axis(scale, max: maxValue, top: top, bottom: bottom, unit: unit, lang: lang)
    for (r, row) in rows.enumerated() {
      let y0 = top + Double(r) * groupHeight + 5
      body.append(SVG.text(plotLeft - 8, y0 + groupHeight / 2 - 1, short(row.label), anchor: "end"))
      for (s, value) in row.values.enumerated() {
        let y = y0 + Double(s) * (barHeight + 2)
        switch value {
        case .value(let v):
          let name = series.indices.contains(s) ? series[s] + ": " : ""
          body.append(
            SVG.rect(
              plotLeft, y, scale(v) - plotLeft, barHeight, fill: fill(s, id), stroke: "#000",
              title: name + number(lang, v, decimals: v == v.rounded() ? 0 : 1)))
          body.append(
            SVG.text(
              scale(v) + 4, y + barHeight - 2, number(lang, v, decimals: v == v.rounded() ? 0 : 1),
              cls: "value"))
        case .hidden(let h):
          body += hidden(h, x: plotLeft, y: y, height: barHeight, id: id)
        case .none: break
        }
      }
    }
    return SVG.document(
      id: id, width: width, height: bottom + 32, title: title, desc: desc, body: body)
  }

  /// Quartiles as boxes (no whiskers, no outlier dots), the median as a line in the box; a
  /// hidden figure as a hatched band; nothing where the table shows nothing.
  public enum Box: Sendable, Hashable {
    case quartiles(q1: Double, median: Double?, q3: Double)
    case hidden(HiddenFigure)
    case none
  }

  public static func boxes(
    id: String, title: String, desc: String, rows: [(label: String, box: Box)], unit: String,
    lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let rowHeight = 24.0
    let top = 8.0
    let bottom = top + rowHeight * Double(rows.count)
    let maxValue = LinearScale.niceMax(
      rows.compactMap { if case .quartiles(_, _, let q3) = $0.box { q3 } else { nil } }.max() ?? 0)
    let scale = LinearScale(domain: (0, maxValue), range: (plotLeft, plotRight - 30))
    var body = axis(scale, max: maxValue, top: top, bottom: bottom, unit: unit, lang: lang)
    for (r, row) in rows.enumerated() {
      let y = top + Double(r) * rowHeight + 5
      body.append(SVG.text(plotLeft - 8, y + 11, short(row.label), anchor: "end"))
      switch row.box {
      case .quartiles(let q1, let median, let q3):
        let text = number(lang, q1, decimals: 1) + "-" + number(lang, q3, decimals: 1)
        body.append(
          SVG.rect(
            scale(q1), y, scale(q3) - scale(q1), 14, fill: "#ddd", stroke: "#000", title: text))
        if let median {
          body.append(SVG.line(scale(median), y, scale(median), y + 14, width: 3))
        }
        body.append(SVG.text(scale(q3) + 4, y + 11, text, cls: "value"))
      case .hidden(let h): body += hidden(h, x: plotLeft, y: y, height: 14, id: id)
      case .none: break
      }
    }
    return SVG.document(
      id: id, width: width, height: bottom + 32, title: title, desc: desc, body: body)
  }

  /// One stacked bar per row: the shown counts of the series side by side on one scale, then
  /// each hidden one as a hatched band with its marker (which adds no length to the bar).
  public static func stacked(
    id: String, title: String, desc: String, series: [String],
    rows: [(label: String, values: [BarValue])], unit: String = "", lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let rowHeight = 24.0
    let legendH = legendHeight(series)
    let top = 8 + legendH
    let bottom = top + rowHeight * Double(rows.count)
    let totals = rows.map { $0.values.compactMap(\.number).reduce(0, +) }
    let hiddenCount = rows.map {
      $0.values.filter { if case .hidden = $0 { true } else { false } }.count
    }
    // Room for the hidden bands of the row with the most, at most half the plot: the bars
    // keep the other half, and many bands narrow to fit (they used to push the scale below
    // zero, reversing the axis and drawing every bar 0 wide).
    let most = Double(hiddenCount.max() ?? 0)
    let slot = most == 0 ? 0 : min(hiddenBand + 2, (plotRight - plotLeft) / 2 / most)
    let gap = min(2, slot / 4)
    let room = most * slot
    let maxValue = LinearScale.niceMax(totals.max() ?? 0)
    let scale = LinearScale(domain: (0, maxValue), range: (plotLeft, plotRight - room))
    var body = legend(series, id: id, y: 18)
    body += axis(scale, max: maxValue, top: top, bottom: bottom, unit: unit, lang: lang)
    for (r, row) in rows.enumerated() {
      let y = top + Double(r) * rowHeight + 5
      body.append(SVG.text(plotLeft - 8, y + 11, short(row.label), anchor: "end"))
      var x = plotLeft
      for (s, value) in row.values.enumerated() {
        guard case .value(let v) = value, v > 0 else { continue }
        let w = scale(v) - plotLeft
        let name = series.indices.contains(s) ? series[s] + ": " : ""
        body.append(
          SVG.rect(
            x, y, w, 14, fill: fill(s, id), stroke: "#000",
            title: name + number(lang, v, decimals: 0)))
        x += w
      }
      x += 2
      for value in row.values {
        guard case .hidden(let h) = value else { continue }
        body += hidden(h, x: x, y: y, height: 14, id: id, width: slot - gap)
        x += slot
      }
    }
    return SVG.document(
      id: id, width: width, height: bottom + 32, title: title, desc: desc, body: body)
  }

  /// A line per series of scores (0-10) over time: dashes and point shapes tell the series
  /// apart, each named at its last point; the target as a dashed line; marks (review dates) as
  /// dotted vertical lines. `x` values are day numbers.
  public static func lines(
    id: String, title: String, desc: String,
    series: [(name: String, points: [(x: Int, y: Double)])], yMax: Double = 10,
    target: (value: Double, label: String)?, marks: [(x: Int, label: String)],
    xDomain: (Int, Int), xTicks: [(x: Int, label: String)], lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let top = 14.0
    let bottom = 174.0
    let left = 60.0
    let right = 520.0
    let sx = LinearScale(domain: (Double(xDomain.0), Double(xDomain.1)), range: (left, right))
    let sy = LinearScale(domain: (0, yMax), range: (bottom, top))
    var body: [String] = []
    for v in stride(from: 0.0, through: yMax, by: yMax / 5) {
      body.append(SVG.line(left, sy(v), right, sy(v), stroke: "#ddd"))
      body.append(
        SVG.text(left - 6, sy(v) + 4, number(lang, v, decimals: 0), anchor: "end", cls: "tick"))
    }
    for tick in xTicks {
      body.append(SVG.line(sx(Double(tick.x)), bottom, sx(Double(tick.x)), bottom + 4))
      body.append(
        SVG.text(sx(Double(tick.x)), bottom + 16, tick.label, anchor: "middle", cls: "tick"))
    }
    for mark in marks {
      let x = sx(Double(mark.x))
      body.append(SVG.line(x, top, x, bottom, stroke: "#000", dash: "1 3"))
      body.append(SVG.text(x, top - 3, mark.label, anchor: "middle", cls: "tick"))
    }
    // Labels at the right edge, pushed apart so that none overlaps another.
    var labels: [(y: Double, text: String, cls: String?)] = []
    if let target {
      body.append(
        SVG.line(
          left, sy(target.value), right, sy(target.value), stroke: "#000", width: 1.5, dash: "8 4"))
      labels.append((sy(target.value) + 4, target.label, "value"))
    }
    let dashes = [nil, "6 3", "2 2", "10 3 2 3"]
    for (i, s) in series.enumerated() {
      let points = s.points.map { (sx(Double($0.x)), sy($0.y)) }
      let path = points.map { SVG.num($0.0) + "," + SVG.num($0.1) }.joined(separator: " ")
      if points.count > 1 {
        body.append(
          "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\""
            + (dashes[i % dashes.count].map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>")
      }
      for (p, point) in zip(s.points, points) {
        let label = SVG.escape(
          s.name + ": " + number(lang, p.y, decimals: p.y == p.y.rounded() ? 0 : 1))
        switch i % 3 {
        case 0:
          body.append(
            "<circle cx=\"\(SVG.num(point.0))\" cy=\"\(SVG.num(point.1))\" r=\"3.5\" fill=\"#000\"><title>\(label)</title></circle>"
          )
        case 1:
          body.append(
            SVG.rect(
              point.0 - 3.5, point.1 - 3.5, 7, 7, fill: "#fff", stroke: "#000",
              title: s.name + ": " + number(lang, p.y, decimals: p.y == p.y.rounded() ? 0 : 1)))
        default:
          body.append(
            "<path d=\"M\(SVG.num(point.0)) \(SVG.num(point.1 - 4.5))L\(SVG.num(point.0 + 4)) \(SVG.num(point.1 + 3))L\(SVG.num(point.0 - 4)) \(SVG.num(point.1 + 3))Z\" fill=\"#888\" stroke=\"#000\"><title>\(label)</title></path>"
          )
        }
      }
      if let last = points.last { labels.append((last.1 + 4, short(s.name, 16), nil)) }
    }
    labels.sort { $0.y < $1.y }
    for i in labels.indices.dropFirst() where labels[i].y < labels[i - 1].y + 13 {
      labels[i].y = labels[i - 1].y + 13
    }
    for l in labels { body.append(SVG.text(right + 6, l.y, l.text, cls: l.cls)) }
    return SVG.document(
      id: id, width: width, height: bottom + 26, title: title, desc: desc, body: body)
  }

  /// A column per school week from left to right, the norm as a dashed line; a shaded week
  /// (holiday, school closed) as a dotted column with its reason in the tooltip and no count.
  public static func weeks(
    id: String, title: String, desc: String,
    weeks: [(label: String, value: Int?, shaded: String?)], norm: Double?, normLabel: String,
    lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let top = 10.0
    let bottom = 130.0
    let left = 40.0
    let right = 560.0
    let maxValue = LinearScale.niceMax(
      max(Double(weeks.compactMap(\.value).max() ?? 0), norm ?? 0, 2))
    let sy = LinearScale(domain: (0, maxValue), range: (bottom, top))
    let step = weeks.isEmpty ? 0 : min(28, (right - left) / Double(weeks.count))
    var body: [String] = []
    for v in ticks(maxValue) {
      body.append(SVG.line(left, sy(v), right, sy(v), stroke: "#ddd"))
      body.append(
        SVG.text(
          left - 6, sy(v) + 4, number(lang, v, decimals: v == v.rounded() ? 0 : 1), anchor: "end",
          cls: "tick"))
    }
    let labelEvery = max(1, Int((30 / max(step, 1)).rounded(.up)))
    for (i, w) in weeks.enumerated() {
      let x = left + Double(i) * step
      if let reason = w.shaded {
        body.append(
          SVG.rect(
            x, top, step, bottom - top, fill: "url(#\(id)-dots)", title: w.label + ": " + reason))
      } else if let v = w.value {
        body.append(
          SVG.rect(
            x + 2, sy(Double(v)), step - 4, bottom - sy(Double(v)), fill: "#444",
            title: w.label + ": " + String(v)))
      }
      if i % labelEvery == 0 {
        body.append(SVG.text(x + step / 2, bottom + 14, w.label, anchor: "middle", cls: "tick"))
      }
    }
    if let norm {
      body.append(
        SVG.line(left, sy(norm), right, sy(norm), stroke: "#000", width: 1.5, dash: "8 4"))
      body.append(SVG.text(right + 6, sy(norm) + 4, normLabel, cls: "value"))
    }
    return SVG.document(
      id: id, width: width, height: bottom + 24, title: title, desc: desc, body: body)
  }

  /// A row per kind of contact and a mark per contact on its date: filled when held, open when
  /// not. `x` values are day numbers.
  public static func timeline(
    id: String, title: String, desc: String, lanes: [String],
    events: [(lane: Int, x: Int, held: Bool, label: String)], xDomain: (Int, Int),
    xTicks: [(x: Int, label: String)]
  ) -> String {
    let id = SVG.safeID(id)
    let rowHeight = 20.0
    let top = 6.0
    let bottom = top + rowHeight * Double(lanes.count)
    let sx = LinearScale(
      domain: (Double(xDomain.0), Double(xDomain.1)), range: (plotLeft, plotRight))
    var body: [String] = []
    for (i, lane) in lanes.enumerated() {
      let y = top + rowHeight * (Double(i) + 0.5)
      body.append(SVG.line(plotLeft, y, plotRight, y, stroke: "#ddd"))
      body.append(SVG.text(plotLeft - 8, y + 4, short(lane), anchor: "end"))
    }
    for tick in xTicks {
      body.append(SVG.line(sx(Double(tick.x)), bottom, sx(Double(tick.x)), bottom + 4))
      body.append(
        SVG.text(sx(Double(tick.x)), bottom + 16, tick.label, anchor: "middle", cls: "tick"))
    }
    for e in events {
      let y = top + rowHeight * (Double(e.lane) + 0.5)
      body.append(
        "<circle cx=\"\(SVG.num(sx(Double(e.x))))\" cy=\"\(SVG.num(y))\" r=\"4.5\" fill=\"\(e.held ? "#000" : "#fff")\" stroke=\"#000\" stroke-width=\"1.5\"><title>\(SVG.escape(e.label))</title></circle>"
      )
    }
    return SVG.document(
      id: id, width: width, height: bottom + 24, title: title, desc: desc, body: body)
  }

  /// Bullet charts: per row the value as a dark bar over a light band to the scale's end, the
  /// norm as a tick across it, the value and norm written beside it.
  public static func bullets(
    id: String, title: String, desc: String, rows: [(label: String, value: Int, norm: Int?)],
    caption: (Int, Int?) -> String, lang: Language = .en
  ) -> String {
    let id = SVG.safeID(id)
    let rowHeight = 22.0
    let top = 6.0
    let bottom = top + rowHeight * Double(rows.count)
    let maxValue = LinearScale.niceMax(
      Double(rows.map { max($0.value, $0.norm ?? 0) }.max() ?? 0) + 1)
    let scale = LinearScale(domain: (0, maxValue), range: (plotLeft, plotRight - 70))
    var body: [String] = []
    for (r, row) in rows.enumerated() {
      let y = top + Double(r) * rowHeight + 3
      body.append(SVG.text(plotLeft - 8, y + 12, short(row.label), anchor: "end"))
      body.append(SVG.rect(plotLeft, y, scale(maxValue) - plotLeft, 16, fill: "#e6e6e6"))
      body.append(SVG.rect(plotLeft, y + 5, scale(Double(row.value)) - plotLeft, 6, fill: "#000"))
      if let norm = row.norm {
        body.append(SVG.line(scale(Double(norm)), y + 1, scale(Double(norm)), y + 15, width: 3))
      }
      body.append(SVG.text(scale(maxValue) + 6, y + 12, caption(row.value, row.norm), cls: "value"))
    }
    body += axis(scale, max: maxValue, top: bottom, bottom: bottom, unit: "", lang: lang)
    return SVG.document(
      id: id, width: width, height: bottom + 22, title: title, desc: desc, body: body)
  }
}
