import AmigoSchema

extension ChildReport {
  /// The measures section: per instrument and informant, each scale's pre and post score with
  /// its band, the change, the reliable change index and the latest follow-up; a paragraph
  /// names the bands' country and source. Nil without measures.
  func measuresSection(_ lang: Language) -> Section? {
    let series = MeasureSeries.of(trajectory, config: config)
    guard !series.isEmpty else { return nil }
    var rows: [[Cell]] = []
    func score(_ v: Double?) -> Cell {
      guard let v else { return .empty }
      return .number(v, decimals: v == v.rounded() ? 0 : 1)
    }
    func band(_ b: ScoreBand?) -> Cell {
      b.map { .code($0.rawValue, label: $0.label(lang)) } ?? .empty
    }
    for s in series {
      for scale in s.scales {
        let pre = s.pre?.value(of: scale)
        let post = s.post?.value(of: scale)
        let follow = s.followUps.last?.value(of: scale)
        guard pre != nil || post != nil || follow != nil else { continue }
        let change = s.change(scale)
        rows.append([
          .code(s.instrument.id, label: s.instrument.id),
          .code(s.informant.rawValue, label: s.informant.label(lang)),
          .code(scale.id, label: scale.label),
          score(pre),
          band(s.band(pre, scale)),
          score(post),
          band(s.band(post, scale)),
          change.map {
            let d = $0.difference
            let n = Cell.number(d, decimals: d == d.rounded() ? 0 : 1)
            return .shown((d > 0 ? "+" : "") + n.display(lang), value: n)
          } ?? .empty,
          change?.rci.map { rci in
            let n = Cell.number(rci, decimals: 2)
            return .shown(n.display(lang) + " " + ReliableChange.verdict(rci).label(lang), value: n)
          } ?? .empty,
          score(follow),
        ])
      }
    }
    // The bands' country in the heading: "Band (UK)".
    let countries = Array(Set(series.compactMap(\.instrument.normsCountry))).sorted()
    let bandHeading = countries.isEmpty ? "Band" : "Band (\(countries.joined(separator: ", ")))"
    let table = Table(
      id: "measures",
      columns: [
        Column("instrument", lang("Instrument", "Instrument")),
        Column("informant", lang("Informant", "Informant")),
        Column("scale", lang("Scale", "Schaal")),
        Column("pre", lang("Pre", "Voor"), numeric: true),
        Column("pre_band", bandHeading),
        Column("post", lang("Post", "Na"), numeric: true),
        Column("post_band", bandHeading),
        Column("change", lang("Change", "Verschil"), numeric: true),
        Column("rci", lang("RCI", "RCI"), numeric: true),
        Column("follow_up", lang("Follow-up", "Follow-up"), numeric: true),
      ], rows: rows)
    var notes: [String] = []
    for instrument in Set(series.map(\.instrument.id)).sorted() {
      guard let i = config.instrument(instrument) else { continue }
      let country = i.normsCountry ?? lang("unknown country", "onbekend land")
      notes.append(
        lang(
          "\(i.id): \(i.label); bands: the \(country) cut-offs (\(i.normsSource ?? "no source named")).",
          "\(i.id): \(i.label); banden: de afkappunten van \(country) (\(i.normsSource ?? "geen bron genoemd"))."
        ))
    }
    notes.append(
      lang(
        "Reliable change (Jacobson & Truax): the change divided by √2 · SD · √(1 − r), positive for an improvement; beyond ±1.96 it is unlikely to be measurement error alone. Forms by different informants are not compared.",
        "Betrouwbare verandering (Jacobson & Truax): de verandering gedeeld door √2 · SD · √(1 − r), positief bij verbetering; voorbij ±1,96 is die waarschijnlijk niet alleen meetfout. Formulieren van verschillende informanten worden niet vergeleken."
      ))
    return Section(
      id: "measures", title: lang("Outcome measures", "Effectmetingen"),
      blocks: [.table(table), .list(notes)])
  }
}
