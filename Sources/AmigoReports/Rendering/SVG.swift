/// A chart of a report, drawn by amigo as inline SVG for the HTML format: its markup (which
/// starts with `<title>` and `<desc>`), and the table of its numbers when no table of the
/// section shows them already.
public struct Chart: Sendable, Hashable {
  public var id: String
  public var title: String
  public var desc: String
  /// The `<svg>` element.
  public var svg: String
  /// The chart's numbers, shown under it; nil when a table of its section shows them.
  public var table: Table?

  public init(id: String, title: String, desc: String, svg: String, table: Table? = nil) {
    self.id = id
    self.title = title
    self.desc = desc
    self.svg = svg
    self.table = table
  }
}

/// A linear map from values (`domain`) to coordinates (`range`); a flat domain maps to the
/// range's start.
public struct LinearScale: Sendable, Hashable {
  public var domain: (Double, Double)
  public var range: (Double, Double)

  public init(domain: (Double, Double), range: (Double, Double)) {
    self.domain = domain
    self.range = range
  }

  public func callAsFunction(_ v: Double) -> Double {
    let span = domain.1 - domain.0
    guard span != 0 else { return range.0 }
    return range.0 + (v - domain.0) / span * (range.1 - range.0)
  }

  public static func == (a: LinearScale, b: LinearScale) -> Bool {
    a.domain == b.domain && a.range == b.range
  }
  public func hash(into h: inout Hasher) {
    h.combine(domain.0)
    h.combine(domain.1)
    h.combine(range.0)
    h.combine(range.1)
  }

  /// A "nice" upper bound for counts: the smallest of 1, 2, 5 × 10^k at or above `max`, at
  /// least 1.
  public static func niceMax(_ max: Double) -> Double {
    guard max > 1 else { return 1 }
    var step = 1.0
    while true {
      for m in [1.0, 2.0, 5.0] where m * step >= max { return m * step }
      step *= 10
    }
  }
}

/// SVG text: escaping and numbers as coordinates.
public enum SVG {
  /// Text or attribute content with `&`, `<`, `>`, `"` and `'` escaped, control characters
  /// made harmless (`SafeText`).
  public static func escape(_ s: String) -> String {
    var out = ""
    for c in SafeText.oneLine(s) {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  /// An id for an element and the `url(#…)` references to its patterns: letters, digits, `-`
  /// and `_` (ids come from goal and worker ids, which a file may spell any way).
  public static func safeID(_ id: String) -> String {
    String(
      id.unicodeScalars.map {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "-" || $0 == "_" ? Character($0) : "-"
      })
  }

  /// A coordinate with at most one decimal, no trailing `.0`.
  public static func num(_ d: Double) -> String {
    let s = Cell.format(d, decimals: 1)
    let whole = s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    return whole == "-0" ? "0" : whole
  }

  /// The `<svg>` element: `width` × `height` user units that scale down to the page's width,
  /// `<title>` and `<desc>` first (named by `aria-labelledby`), then the hatch pattern hidden
  /// figures use, then `body`.
  public static func document(
    id: String, width: Double, height: Double, title: String, desc: String, body: [String]
  )
    -> String
  {
    let w = num(width)
    let h = num(height)
    var out =
      "<svg id=\"\(escape(id))\" class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
      + " role=\"img\" aria-labelledby=\"\(escape(id))-t \(escape(id))-d\">\n"
    out += "<title id=\"\(escape(id))-t\">\(escape(title))</title>\n"
    out += "<desc id=\"\(escape(id))-d\">\(escape(desc))</desc>\n"
    out +=
      "<defs><pattern id=\"\(escape(id))-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
      + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#555\" stroke-width=\"2\"/></pattern>"
      + "<pattern id=\"\(escape(id))-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"5\" height=\"5\" fill=\"#ddd\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#333\"/></pattern>"
      + "<pattern id=\"\(escape(id))-grid\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0 0H6M0 0V6\" stroke=\"#444\" stroke-width=\"1.5\"/></pattern>"
      + "<pattern id=\"\(escape(id))-lines\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"5\" height=\"5\" fill=\"#eee\"/><path d=\"M0 2.5H5\" stroke=\"#222\" stroke-width=\"1.5\"/></pattern></defs>\n"
    for line in body { out += line + "\n" }
    return out + "</svg>"
  }

  static func text(
    _ x: Double, _ y: Double, _ s: String, anchor: String = "start", cls: String? = nil
  ) -> String {
    "<text x=\"\(num(x))\" y=\"\(num(y))\""
      + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
      + (cls.map { " class=\"\($0)\"" } ?? "") + ">\(escape(s))</text>"
  }

  static func rect(
    _ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil,
    title: String? = nil
  ) -> String {
    "<rect x=\"\(num(x))\" y=\"\(num(y))\" width=\"\(num(max(0, w)))\" height=\"\(num(max(0, h)))\" fill=\"\(fill)\""
      + (stroke.map { " stroke=\"\($0)\"" } ?? "")
      + (title.map { "><title>\(escape($0))</title></rect>" } ?? "/>")
  }

  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#000",
    width: Double = 1, dash: String? = nil
  ) -> String {
    "<line x1=\"\(num(x1))\" y1=\"\(num(y1))\" x2=\"\(num(x2))\" y2=\"\(num(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(num(width))\""
      + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
  }
}
