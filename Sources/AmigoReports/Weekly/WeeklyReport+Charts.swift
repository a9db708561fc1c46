import AmigoSchema

extension WeeklyReport {
  /// The charts of the HTML week report, by where they go (`HTMLRenderer`): the team's
  /// attention items and contact minutes per worker after the facts, and per worker each
  /// child's talks this week against the norm as a bullet chart, under the worker's table.
  public func charts(_ lang: Language) -> [String: [Chart]] {
    var out: [String: [Chart]] = [:]
    if !workers.isEmpty {
      let names = workers.map { $0.worker.name.isEmpty ? $0.worker.id : $0.worker.name }
      let attention = workers.map { $0.rows.reduce(0) { $0 + $1.attention.count } }
      let minutes = workers.map(\.contactMinutes)
      let rows = zip(names, zip(attention, minutes)).map { ($0, $1.0, $1.1) }
      let title = lang("Contact minutes per worker", "Contactminuten per begeleider")
      let desc = rows.map {
        lang(
          "\($0.0): \($0.1) attention items, \($0.2) contact minutes",
          "\($0.0): \($0.1) aandachtspunten, \($0.2) contactminuten")
      }.joined(separator: "; ")
      let table = Table(
        id: "team",
        columns: [
          Column("worker", lang("Worker", "Begeleider")),
          Column("attention", lang("Attention items", "Aandachtspunten"), numeric: true),
          Column("minutes", lang("Contact minutes", "Contactminuten"), numeric: true),
        ],
        rows: rows.map { [.text($0.0), .int($0.1), .int($0.2)] })
      out[""] = [
        Chart(
          id: "team-attention",
          title: lang("Attention items per worker", "Aandachtspunten per begeleider"),
          desc: desc,
          svg: SVGCharts.bars(
            id: "team-attention",
            title: lang("Attention items per worker", "Aandachtspunten per begeleider"),
            desc: desc + ".", series: [lang("Attention items", "Aandachtspunten")],
            rows: rows.map { (label: $0.0, values: [BarValue.value(Double($0.1))]) })),
        Chart(
          id: "team-minutes", title: title, desc: desc,
          svg: SVGCharts.bars(
            id: "team-minutes", title: title,
            desc: desc + ".", series: [lang("Contact minutes", "Contactminuten")],
            rows: rows.map { (label: $0.0, values: [BarValue.value(Double($0.2))]) },
            unit: lang("minutes", "minuten")),
          table: table),
      ]
    }
    for ww in workers {
      let rows = ww.rows.filter { $0.showsDose }
      guard !rows.isEmpty else { continue }
      let id = "talks-" + ww.worker.id
      let title =
        doseHeading(rows, lang) + lang(" this week against the norm", " deze week tegen de norm")
      func caption(_ value: Int, _ norm: Int?) -> String {
        norm.map { lang(PartOf.en(value, $0), PartOf.nl(value, $0)) } ?? String(value)
      }
      let desc = rows.map { "\($0.label): " + caption($0.dose, $0.norm) }
        .joined(separator: "; ")
      out["worker:\(ww.worker.id)/trajectories", default: []].append(
        Chart(
          id: id, title: title, desc: desc,
          svg: SVGCharts.bullets(
            id: id, title: title, desc: desc + ".",
            rows: rows.map { (label: $0.label, value: $0.dose, norm: $0.norm) },
            caption: caption)))
    }
    return out
  }
}
