import AmigoSchema

extension ResearchExport {
  /// The columns of the outcome-measures table: one row per measure and scale, pseudonymised
  /// (`docs/research-export.md`).
  public static let outcomeColumns: [String] = [
    "id", "instrument", "informant", "timepoint", "day", "age_band", "scale", "score", "band",
    "band_country",
  ]

  /// One row per measure (in date order within a trajectory) and scale of the instrument's
  /// form (in the instrument's order): the pseudonym, the day since the start, the child's age
  /// band on the day (from the lower age in the birthday month), the score as
  /// written (a total left out: the sum of its scales) and its band. Measures of an instrument
  /// the config does not declare have only the scores as written, without bands.
  public func outcomeTable() -> Table {
    var rows: [(key: String, order: Int, cells: [Cell])] = []
    for t in trajectories {
      let id = pseudonym(t.id)
      let measures = t.measures.enumerated().sorted {
        ($0.element.date?.dayNumber ?? Int.min, $0.offset)
          < ($1.element.date?.dayNumber ?? Int.min, $1.offset)
      }
      for (order, (_, m)) in measures.enumerated() {
        let instrument = config.instrument(m.instrument)
        // In the export's two-year bands (never a birth month a series of ages could give away).
        let age = t.child.born.flatMap { born in
          m.date.flatMap { ResearchExport.ageBand(ConsentLaw.Age(born: born, on: $0).low) }
        }
        var scales: [(id: String, value: Double?, band: ScoreBand?)] = []
        if let instrument, let informant = m.informant {
          for scale in instrument.scales where scale.norms[informant] != nil {
            let v = m.value(of: scale)
            guard let v else { continue }
            scales.append(
              (scale.id, v, scale.norms[informant]?.band(of: v, direction: scale.direction)))
          }
        } else {
          scales = m.scores.map { ($0.scale, $0.value, nil) }
        }
        for (k, s) in scales.enumerated() {
          rows.append(
            (
              id, order * 1000 + k,
              [
                .text(id), ResearchExport.text(m.instrument),
                ResearchExport.text(m.informant?.rawValue),
                ResearchExport.text(m.timepoint?.rawValue),
                ResearchExport.int(ResearchExport.day(m.date, of: t)), ResearchExport.text(age),
                .text(s.id),
                s.value.map { .number($0, decimals: $0 == $0.rounded() ? 0 : 2) } ?? .empty,
                ResearchExport.text(s.band?.rawValue),
                ResearchExport.text(s.band == nil ? nil : instrument?.normsCountry),
              ]
            ))
        }
      }
    }
    rows.sort { ($0.key, $0.order) < ($1.key, $1.order) }
    let textual: Set<String> = [
      "id", "instrument", "informant", "timepoint", "age_band", "scale", "band", "band_country",
    ]
    return Table(
      id: "outcomes",
      columns: ResearchExport.outcomeColumns.map { Column($0, $0, numeric: !textual.contains($0)) },
      rows: rows.map(\.cells))
  }
}
