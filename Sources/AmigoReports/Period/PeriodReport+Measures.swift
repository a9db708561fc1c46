import AmigoSchema

extension PeriodReport {
  /// The figures of one scale of one instrument's form, over the trajectories whose post
  /// measure is dated in the period (`docs/reports.md`, "Outcome measures").
  struct MeasureFigures {
    /// Trajectories with a pre and a post of the scale.
    var pairs = 0
    var changes: [Double] = []
    /// Pairs that started in the borderline or abnormal band, and those of them that ended in
    /// the normal band.
    var outsideNormal = 0
    var toNormal = 0
    /// Pairs with a reliable change index (the scale has an SD and a reliability), and those
    /// reliably improved or worse.
    var withRCI = 0
    var improved = 0
    var deteriorated = 0
  }

  /// The outcome-measures section: per instrument, informant and scale, the trajectories with
  /// a pre and a post, the mean change, the share that moved from the borderline or abnormal
  /// band to the normal band, and the shares reliably improved and worse (Jacobson & Truax),
  /// counts and figures hidden by the small-numbers rules. Nil when no post is dated in the
  /// period.
  /// With `followUp`, the same from the pre to the first follow-up measure dated in the period
  /// (the follow-up results, after the closure).
  func measuresTable(_ lang: Language, followUp: Bool = false) -> Table? {
    let threshold = config.smallNumbers
    struct Row {
      let instrument: Instrument
      let informant: Informant
      let scale: InstrumentScale
      var figures = MeasureFigures()
    }
    var rows: [Row] = []
    var index: [String: Int] = [:]
    for instrument in config.instruments {
      for informant in Informant.allCases {
        for scale in instrument.scales where scale.norms[informant] != nil {
          index["\(instrument.id)|\(informant.rawValue)|\(scale.id)"] = rows.count
          rows.append(Row(instrument: instrument, informant: informant, scale: scale))
        }
      }
    }
    var anyPost = false
    for t in trajectories {
      for s in MeasureSeries.of(t, config: config) {
        let later =
          followUp ? s.followUps.first { $0.date.map(period.contains) ?? false } : s.post
        guard let date = later?.date, period.contains(date), s.pre != nil else { continue }
        anyPost = true
        for scale in s.scales {
          guard let c = s.change(scale, to: later),
            let i = index["\(s.instrument.id)|\(s.informant.rawValue)|\(scale.id)"]
          else { continue }
          rows[i].figures.pairs += 1
          // Signed so that a positive mean change is an improvement on every scale.
          rows[i].figures.changes.append(
            scale.direction == .lowerIsBetter ? -c.difference : c.difference)
          if c.startedOutsideNormal {
            rows[i].figures.outsideNormal += 1
            if c.movedToNormal { rows[i].figures.toNormal += 1 }
          }
          if let v = c.verdict {
            rows[i].figures.withRCI += 1
            if v == .improved { rows[i].figures.improved += 1 }
            if v == .deteriorated { rows[i].figures.deteriorated += 1 }
          }
        }
      }
    }
    guard anyPost else { return nil }
    // Informants without a single pair are left out.
    let shown = rows.filter { row in
      rows.contains {
        $0.instrument.id == row.instrument.id && $0.informant == row.informant
          && $0.figures.pairs > 0
      }
    }

    // The counts, with the sums a reader knows: the pairs split into those outside normal at
    // the pre measure and those normal then (shown beside each other, the two give the
    // remainder away: 6 pairs and 5 outside normal name the one child normal at pre); the
    // pairs outside normal split into those that moved to normal and those that did not; the
    // pairs with an index into improved, unchanged and worse. The remainders are counts of
    // children like the others, protected though never shown (as `to_normal` is).
    var suppression = Suppression(threshold: threshold)
    func key(_ r: Row, _ what: String) -> Suppression.Key {
      .init(
        table: "measures:\(r.instrument.id):\(r.informant.rawValue):\(r.scale.id)", row: what,
        group: 0)
    }
    for r in shown {
      let f = r.figures
      suppression.add(key(r, Indicator.pairs), f.pairs, hasFigures: true)
      suppression.add(key(r, Indicator.outsideNormal), f.outsideNormal, hasFigures: true)
      suppression.add(key(r, "normal_at_pre"), f.pairs - f.outsideNormal)
      suppression.addSum(
        parts: [key(r, Indicator.outsideNormal), key(r, "normal_at_pre")],
        total: key(r, Indicator.pairs))
      suppression.add(key(r, Indicator.toNormal), f.toNormal)
      suppression.add(key(r, "not_to_normal"), f.outsideNormal - f.toNormal)
      suppression.addSum(
        parts: [key(r, Indicator.toNormal), key(r, "not_to_normal")],
        total: key(r, Indicator.outsideNormal))
      if f.withRCI > 0 {
        suppression.add(key(r, "improved"), f.improved)
        suppression.add(key(r, "deteriorated"), f.deteriorated)
        // A count of children like the others (11 pairs, 45 % improved and 45 % worse named
        // the one unchanged child): protected, though never shown.
        suppression.add(key(r, "unchanged"), f.withRCI - f.improved - f.deteriorated)
        suppression.addSum(
          parts: [key(r, "improved"), key(r, "unchanged"), key(r, "deteriorated")],
          total: key(r, Indicator.pairs))
      }
    }
    suppression.complete()
    func hidden(_ reason: HiddenFigure.Reason) -> Cell {
      .hidden(HiddenFigure(reason, threshold: threshold))
    }
    func computed(from cases: Int, _ figure: () -> Cell) -> Cell {
      cases == 0 ? .empty : cases < threshold ? hidden(.tooFewCases) : figure()
    }
    func share(_ part: Suppression.Key, _ p: Int, of whole: Suppression.Key, _ w: Int) -> Cell {
      let small = { (n: Int) in n > 0 && n < threshold }
      return computed(from: w) {
        if small(p) || small(w - p) || suppression.hides(part) || suppression.hides(whole)
          || suppression.withholdsFigures(whole)
        {
          return hidden(.withheld)
        }
        return .percent(Double(p) * 100 / Double(w), decimals: 0)
      }
    }
    var tableRows: [[Cell]] = []
    for r in shown {
      let f = r.figures
      let meanChange = computed(from: f.pairs) {
        suppression.withholdsFigures(key(r, Indicator.pairs))
          ? hidden(.withheld)
          : .number(f.changes.reduce(0, +) / Double(f.pairs), decimals: 1)
      }
      let hasRCI = f.withRCI > 0
      tableRows.append([
        .code(r.instrument.id, label: r.instrument.id),
        .code(r.informant.rawValue, label: r.informant.label(lang)),
        .code(r.scale.id, label: r.scale.label),
        suppression.cell(key(r, Indicator.pairs)),
        meanChange,
        suppression.cell(key(r, Indicator.outsideNormal)),
        share(
          key(r, Indicator.toNormal), f.toNormal, of: key(r, Indicator.outsideNormal),
          f.outsideNormal),
        hasRCI
          ? share(key(r, "improved"), f.improved, of: key(r, Indicator.pairs), f.pairs) : .empty,
        hasRCI
          ? share(key(r, "deteriorated"), f.deteriorated, of: key(r, Indicator.pairs), f.pairs)
          : .empty,
      ])
    }
    let countries = Array(Set(shown.compactMap(\.instrument.normsCountry))).sorted()
    let bands = countries.isEmpty ? "" : " (\(countries.joined(separator: ", ")))"
    let table = Table(
      id: followUp ? "follow_up_measures" : "measures",
      columns: [
        Column("instrument", lang("Instrument", "Instrument")),
        Column("informant", lang("Informant", "Informant")),
        Column("scale", lang("Scale", "Schaal")),
        Column(
          Indicator.pairs,
          followUp
            ? lang("Pre and follow-up", "Voormeting en follow-up")
            : lang("Pre and post", "Voor- en nameting"), numeric: true),
        Column(Indicator.meanChange, lang("Mean improvement", "Gem. verbetering"), numeric: true),
        Column(
          Indicator.outsideNormal,
          lang("Borderline/abnormal at pre", "Grensgebied/afwijkend bij voormeting") + bands,
          numeric: true),
        Column(Indicator.toNormal, lang("To normal", "Naar normaal"), numeric: true),
        Column(
          "reliably_improved", lang("Reliably improved", "Betrouwbaar verbeterd"), numeric: true),
        Column("reliably_worse", lang("Reliably worse", "Betrouwbaar verslechterd"), numeric: true),
      ], rows: tableRows)
    return table
  }

  /// The section of the measures table, with its legend and definitions.
  func measuresSection(_ table: Table, _ lang: Language) -> Section {
    var blocks: [Block] = [.table(table)]
    if let legend = Legend(of: [table], lang) { blocks.append(.legend(legend)) }
    blocks.append(
      .list([
        lang(
          "Trajectories with a pre and a post measure of the same instrument and informant, the post dated in the period. Mean improvement: the mean change, signed so that a positive value is an improvement. To normal: of those in the borderline or abnormal band at the pre measure, the share in the normal band at the post. Reliably improved or worse: the share whose reliable change index (Jacobson & Truax) lies beyond ±1.96; scales without a norm SD and reliability have none.",
          "Trajecten met een voor- en een nameting van hetzelfde instrument en dezelfde informant, de nameting in de periode. Gem. verbetering: de gemiddelde verandering, zo gericht dat een positieve waarde een verbetering is. Naar normaal: van wie bij de voormeting in het grensgebied of afwijkend scoorde, het deel dat bij de nameting normaal scoort. Betrouwbaar verbeterd of verslechterd: het deel met een betrouwbare-veranderingsindex (Jacobson & Truax) voorbij ±1,96; schalen zonder norm-SD en betrouwbaarheid hebben die niet."
        )
      ]))
    return Section(
      id: "measures", title: lang("Outcome measures", "Effectmetingen"), blocks: blocks)
  }

  /// The measures table as rows of the long CSV: table `measures` with the instrument and
  /// informant, indicator `scale:figure` (`total:to_normal`), for all trajectories.
  static func measureRows(
    _ table: Table, _ lang: Language
  ) -> [(
    table: Cell, row: Cell, unit: String, value: Cell
  )] {
    var out: [(table: Cell, row: Cell, unit: String, value: Cell)] = []
    let keys = table.columns.map(\.key)
    for r in table.rows {
      let cells = Dictionary(uniqueKeysWithValues: zip(keys, r))
      guard case .code(let instrument, _)? = cells["instrument"],
        case .code(let informant, let informantLabel)? = cells["informant"],
        case .code(let scale, let scaleLabel)? = cells["scale"]
      else { continue }
      let followUp = table.id == "follow_up_measures"
      let tableCell = Cell.code(
        "\(table.id):\(instrument):\(informant)",
        label: (followUp
          ? lang("Follow-up measures", "Follow-upmetingen")
          : lang("Outcome measures", "Effectmetingen"))
          + " \(instrument), \(informantLabel)")
      for (i, column) in table.columns.enumerated() where column.numeric {
        let unit =
          column.key == Indicator.meanChange
          ? "score-change"
          : [Indicator.pairs, Indicator.outsideNormal].contains(column.key) ? "count" : "percent"
        out.append(
          (
            tableCell, .code("\(scale):\(column.key)", label: "\(scaleLabel): \(column.label)"),
            unit, r[i]
          ))
      }
    }
    return out
  }
}
