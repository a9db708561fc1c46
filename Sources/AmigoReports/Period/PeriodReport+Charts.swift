import AmigoSchema

extension PeriodReport {
  /// The charts of the HTML period report, drawn from the document's own tables, so that they
  /// show exactly what the tables show: a hidden figure (`<5`, `n<5`, `x`) is a hatched band
  /// labelled with its marker, never a number or a bar length; an empty cell draws nothing.
  /// Per school: bars of reached, started and closed, and the duration's quartiles; per
  /// programme: the duration's quartiles and the closure reasons and destinations as stacked
  /// bars. Their numbers are in the tables they follow.
  public static func charts(_ doc: ReportDocument, _ lang: Language) -> [String: [Chart]] {
    var out: [String: [Chart]] = [:]
    func table(_ section: String, _ id: String) -> Table? {
      for s in doc.sections where s.id == section {
        for case .table(let t) in s.blocks where t.id == id { return t }
      }
      return nil
    }
    func row(_ t: Table, _ key: String) -> [Cell]? {
      t.rows.first { if case .code(key, _) = $0.first { true } else { false } }
    }
    func label(_ t: Table, _ key: String) -> String { row(t, key)?.first?.display ?? key }
    let hiddenNote = lang(
      "A hidden figure is a hatched band with its marker (see the legend), not a length. The numbers are in the table above.",
      "Een verborgen cijfer is een gearceerde band met zijn teken (zie de legenda), geen lengte. De cijfers staan in de tabel hierboven."
    )
    /// Quartiles per group column, where the table shows them.
    func boxes(_ t: Table, id: String, groups: Range<Int>) -> Chart? {
      guard let iqr = row(t, Indicator.durationIQR) else { return nil }
      let median = row(t, Indicator.durationMedian)
      let rows = groups.map { i -> (label: String, box: SVGCharts.Box) in
        let m: Double? = median.flatMap {
          if case .number(let d, _) = $0[i].data { d } else { nil }
        }
        switch iqr[i].data {
        case .range(let a, let b, _):
          return (t.columns[i].label, .quartiles(q1: a, median: m, q3: b))
        case .hidden(let h): return (t.columns[i].label, .hidden(h))
        default: return (t.columns[i].label, .none)
        }
      }
      guard rows.contains(where: { $0.box != .none }) else { return nil }
      let title = lang(
        "Duration in weeks: quartiles and median", "Duur in weken: kwartielen en mediaan")
      let desc =
        rows.map { r in
          switch r.box {
          case .quartiles(let a, let m, let b):
            r.label + ": " + SVGCharts.number(lang, a, decimals: 1) + "-"
              + SVGCharts.number(lang, b, decimals: 1)
              + (m.map { lang(", median ", ", mediaan ") + SVGCharts.number(lang, $0, decimals: 1) }
                ?? "")
          case .hidden(let h): r.label + ": " + h.marker
          case .none: r.label + ": -"
          }
        }.joined(separator: "; ") + ". "
        + lang(
          "A box runs from the first to the third quartile, the thick line is the median; no whiskers.",
          "Een doos loopt van het eerste tot het derde kwartiel, de dikke lijn is de mediaan; geen snorharen."
        )
        + " " + hiddenNote
      return Chart(
        id: id, title: title, desc: desc,
        svg: SVGCharts.boxes(
          id: id, title: title, desc: desc, rows: rows, unit: lang("weeks", "weken"),
          lang: lang))
    }
    func describe(_ series: [String], _ rows: [(label: String, values: [BarValue])]) -> String {
      rows.map { r in
        r.label + ": "
          + zip(series, r.values).compactMap { name, v -> String? in
            switch v {
            case .value(let d): name + " " + SVGCharts.number(lang, d, decimals: 0)
            case .hidden(let h): name + " " + h.marker
            case .none: nil
            }
          }.joined(separator: ", ")
      }.joined(separator: "; ") + ". " + hiddenNote
    }

    if let t = table("schools", TableID.indicators) {
      let keys = [Indicator.reached, Indicator.new, Indicator.closed]
      let series = keys.map { label(t, $0) }
      let rows = (2..<max(2, t.columns.count)).map { i in
        (label: t.columns[i].label, values: keys.map { BarValue(row(t, $0)?[i] ?? .empty) })
      }
      if !rows.isEmpty {
        let title = lang(
          "Per school: reached, started and closed", "Per school: bereikt, gestart en afgesloten")
        let desc = describe(series, rows)
        out["schools/indicators", default: []].append(
          Chart(
            id: "schools-bars", title: title, desc: desc,
            svg: SVGCharts.bars(
              id: "schools-bars", title: title, desc: desc, series: series, rows: rows,
              unit: lang("trajectories", "trajecten"), lang: lang)))
      }
      if let c = boxes(t, id: "schools-duration", groups: 1..<t.columns.count) {
        out["schools/indicators", default: []].append(c)
      }
    }
    if let t = table("programmes", TableID.indicators),
      let c = boxes(t, id: "programmes-duration", groups: 1..<t.columns.count)
    {
      out["programmes/indicators", default: []].append(c)
    }
    for (id, title) in [
      (TableID.closureReason, lang("Closure reasons", "Redenen van afsluiting")),
      // Multi-valued: the stack is no total of trajectories.
      (
        TableID.destination,
        lang(
          "Destinations (a trajectory with several counts under each)",
          "Vervolg (een traject met meerdere telt bij elk)")
      ),
    ] {
      guard let t = table("programmes", id), t.columns.count > 1 else { continue }
      // Only the values some group has (a hidden figure counts: it may be any value).
      let shown = t.rows.indices.filter { r in
        (1..<t.columns.count).contains { i in
          BarValue(t.rows[r][i]) != .none && BarValue(t.rows[r][i]) != .value(0)
        }
      }
      let series = shown.map { t.rows[$0].first?.display ?? "" }
      let rows = (1..<t.columns.count).map { i in
        (label: t.columns[i].label, values: shown.map { BarValue(t.rows[$0][i]) })
      }.filter { $0.values.contains { $0 != .none && $0 != .value(0) } }
      guard !rows.isEmpty else { continue }
      let chartID = "programmes-" + id.replacingAll("_", with: "-")
      let desc = describe(series, rows)
      out["programmes/" + id, default: []].append(
        Chart(
          id: chartID, title: title, desc: desc,
          svg: SVGCharts.stacked(
            id: chartID, title: title, desc: desc, series: series, rows: rows,
            unit: lang("trajectories", "trajecten"), lang: lang)))
    }
    return out
  }
}
