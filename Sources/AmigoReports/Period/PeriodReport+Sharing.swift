import AmigoSchema

/// Information sharing, the meldcode and the lawful consent exceptions in the period report
/// (issues 17 and 16), per programme, with the small-numbers rules of the rest of the report
/// (`Suppression`, `HiddenFigure`). Defined in docs/reports.md.
extension PeriodReport {
  /// One group's figures.
  struct SharingFigures: Sendable, Hashable {
    /// Trajectories started in the period (the report's `new`).
    var started = 0
    /// Of those, informed school (information given to school staff) by the period's end.
    var schoolInformed = 0
    /// Their days from the start to the first information given to school (0 when before).
    var daysToSchool: [Double] = []
    /// Trajectories with a meldcode step in the period.
    var meldcode = 0
    /// Their outcome by the period's end: a decision's outcome, or `open`.
    var outcomes: [String: Int] = [:]
    /// Trajectories with a held contact in the period under consent that records the exception.
    var exceptions: [String: Int] = [:]

    mutating func add(_ o: SharingFigures) {
      started += o.started
      schoolInformed += o.schoolInformed
      daysToSchool += o.daysToSchool
      meldcode += o.meldcode
      for (k, v) in o.outcomes { outcomes[k, default: 0] += v }
      for (k, v) in o.exceptions { exceptions[k, default: 0] += v }
    }
  }

  /// The meldcode outcomes a period report counts, in order.
  static let meldcodeOutcomes: [String] =
    Schemas.meldcodeOutcome.values.map(\.value) + [Indicator.meldcodeOpen]

  /// The indicator key of the count of trajectories relying on `exception`.
  static func exceptionIndicator(_ exception: String) -> String {
    "exception_" + String(exception.map { $0 == "-" ? "_" : $0 })
  }

  func sharingContribution(_ t: Trajectory) -> SharingFigures {
    var f = SharingFigures()
    let end = min(period.to, today)
    if let s = t.plan.start, period.contains(s) {
      f.started = 1
      if let first = t.firstSharingWithSchool, first <= end {
        f.schoolInformed = 1
        f.daysToSchool = [Double(max(0, first.days(since: s)))]
      }
    }
    if t.meldcode.contains(where: { $0.date.map(period.contains) ?? false }) {
      f.meldcode = 1
      let decided = t.meldcode.filter {
        $0.step == "decision" && $0.outcome != nil && ($0.date.map { $0 <= end } ?? false)
      }
      let last = decided.max { $0.date! < $1.date! }
      f.outcomes[last?.outcome ?? Indicator.meldcodeOpen] = 1
    }
    if t.consent.contains(where: { $0.exception != nil }) {
      var relied = Set<String>()
      for i in t.sessions.indices where t.sessions[i].isHeld {
        guard let d = t.sessions[i].date, period.contains(d) else { continue }
        relied.formUnion(ConsentLaw.InForce(t.consent, on: d).exceptions)
      }
      for e in relied { f.exceptions[e] = 1 }
    }
    return f
  }

  /// The section and its rows for the CSV's long table; nil when no trajectory of the report
  /// records sharing, a meldcode step or a consent exception.
  /// `groups`: the report's groups (0: all); `programmes`: the programme groups' indices;
  /// `startedWithheld`: whether the report withholds the figures of a group's `new` count.
  func sharingPart(
    _ lang: Language, groups: [(kind: String, id: String, name: String)], programmes: [Int],
    startedWithheld: (Int) -> Bool, startedShown: (Int) -> Bool
  ) -> (section: Section, csv: Table)? {
    let withheldStarts = columnsWithheld(programmes, startedWithheld)
    guard
      trajectories.contains(where: {
        !$0.sharing.isEmpty || !$0.meldcode.isEmpty || $0.consent.contains { $0.exception != nil }
      })
    else { return nil }
    let threshold = config.smallNumbers
    // The programme columns: all (0), then each programme.
    let columns = [0] + programmes
    var figures = Array(repeating: SharingFigures(), count: columns.count)
    var column: [String: Int] = [:]
    for (c, g) in columns.enumerated() where c > 0 { column[groups[g].id] = c }
    for t in trajectories {
      let f = sharingContribution(t)
      figures[0].add(f)
      if let c = column[t.programme] { figures[c].add(f) }
    }
    let parts = Array(columns.indices.dropFirst())
    let exceptions = Schemas.consentException.values.map(\.value)

    // Counts: the meldcode procedures with their outcomes, the exceptions.
    var suppression = Suppression(threshold: threshold)
    func key(_ table: String, _ row: String, _ c: Int) -> Suppression.Key {
      .init(table: table, row: row, group: c)
    }
    var counts: [(String, (SharingFigures) -> Int)] = [(Indicator.meldcode, \.meldcode)]
    for e in exceptions {
      counts.append((PeriodReport.exceptionIndicator(e), { $0.exceptions[e] ?? 0 }))
    }
    for (row, count) in counts {
      for c in columns.indices { suppression.add(key("sharing", row, c), count(figures[c])) }
      suppression.addSum(
        parts: parts.map { key("sharing", row, $0) }, total: key("sharing", row, 0))
    }
    let outcomes = PeriodReport.meldcodeOutcomes
    for o in outcomes {
      for c in columns.indices {
        suppression.add(key("meldcode_outcome", o, c), figures[c].outcomes[o] ?? 0)
      }
      suppression.addSum(
        parts: parts.map { key("meldcode_outcome", o, $0) }, total: key("meldcode_outcome", o, 0))
    }
    for c in columns.indices {
      suppression.addSum(
        parts: outcomes.map { key("meldcode_outcome", $0, c) },
        total: key("sharing", Indicator.meldcode, c)
      )
    }
    // With three programmes or more, "all but one" is a column a reader can form too.
    if parts.count >= 3 {
      for p in parts {
        let others = parts.filter { $0 != p }
        let restTotal = key("sharing without \(p)", Indicator.meldcode, 0)
        suppression.addDerived(restTotal, others.reduce(0) { $0 + figures[$1].meldcode })
        suppression.addSum(
          parts: [key("sharing", Indicator.meldcode, p), restTotal],
          total: key("sharing", Indicator.meldcode, 0))
        for o in outcomes {
          let rest = key("meldcode_outcome without \(p)", o, 0)
          suppression.addDerived(rest, others.reduce(0) { $0 + (figures[$1].outcomes[o] ?? 0) })
          suppression.addSum(
            parts: [key("meldcode_outcome", o, p), rest], total: key("meldcode_outcome", o, 0))
        }
        suppression.addSum(
          parts: outcomes.map { key("meldcode_outcome without \(p)", $0, 0) }, total: restTotal)
      }
    }
    suppression.complete()

    func hidden(_ reason: HiddenFigure.Reason) -> Cell {
      .hidden(HiddenFigure(reason, threshold: threshold))
    }
    func computed(from cases: Int, _ figure: () -> Cell) -> Cell {
      cases == 0 ? .empty : cases < threshold ? hidden(.tooFewCases) : figure()
    }
    let small = { (n: Int) in n > 0 && n < threshold }
    // The share and median are computed from the trajectories started: withheld where the
    // report withholds the figures of that count.
    var indicators: [(key: String, label: String, value: (Int) -> Cell)] =
      [
        (
          Indicator.schoolInformed,
          lang(
            "Started trajectories in which school was informed",
            "Gestarte trajecten waarin school is geïnformeerd"),
          { c in
            let f = figures[c]
            if withheldStarts[c] { return hidden(.withheld) }
            return computed(from: f.started) {
              small(f.schoolInformed) || small(f.started - f.schoolInformed)
                ? hidden(.withheld)
                : .percent(Double(f.schoolInformed) * 100 / Double(f.started), decimals: 0)
            }
          }
        ),
        (
          Indicator.daysToSchool,
          lang(
            "Days from start to first information to school (median)",
            "Dagen van start tot eerste informatie aan school (mediaan)"),
          { c in
            if withheldStarts[c] { return hidden(.withheld) }
            let days = figures[c].daysToSchool
            return computed(from: days.count) {
              .number(PeriodReport.quantile(days, 0.5)!, decimals: 0)
            }
          }
        ),
        (
          Indicator.meldcode,
          lang("Trajectories with a meldcode procedure", "Trajecten met een meldcodeprocedure"),
          { suppression.cell(key("sharing", Indicator.meldcode, $0)) }
        ),
      ]
      + exceptions.map { e in
        let row = PeriodReport.exceptionIndicator(e)
        return (
          row,
          e == "not-competent"
            ? lang(
              "Relying on the exception 'not competent' (art. 7:465(2) BW)",
              "Met de uitzondering 'wilsonbekwaam' (art. 7:465 lid 2 BW)")
            : lang(
              "Relying on the exception 'without parents' (art. 7:450(2) BW)",
              "Met de uitzondering 'zonder ouders' (art. 7:450 lid 2 BW)"),
          { suppression.cell(key("sharing", row, $0)) }
        )
      }
    // The share shown times the trajectories started names its count, and the programmes'
    // counts add up to all: withheld where the others would name it (`withheldShares`).
    let informed = indicators[0].value
    let informedWithheld = PeriodReport.withheldShares(
      rows: [Indicator.schoolInformed], indicators: [(Indicator.schoolInformed, informed)],
      whole: { _, c in figures[c].started }, wholeShown: { startedShown(columns[$0]) },
      part: { _, c in figures[c].schoolInformed }, sums: [(0, parts)])
    indicators[0].value = { c in
      informedWithheld.contains(.init(row: Indicator.schoolInformed, group: c))
        ? hidden(.withheld) : informed(c)
    }
    let outcomeRows: [(String, String)] = outcomes.map { o in
      (
        o,
        o == Indicator.meldcodeOpen
          ? lang("no decision yet", "nog geen besluit") : lang.label(o, Schemas.meldcodeOutcome)
      )
    }
    func groupColumns() -> [Column] {
      columns.enumerated().map { c, g in
        Column(
          groups[g].id, c == 0 ? lang("All programmes", "Alle programma's") : groups[g].name,
          numeric: true)
      }
    }
    let indicatorTable = Table(
      id: "sharing_figures",
      columns: [Column("indicator", lang("Indicator", "Indicator"))] + groupColumns(),
      rows: indicators.map { key, label, value in
        [.code(key, label: label)] + columns.indices.map(value)
      })
    let outcomeTable = Table(
      id: "meldcode_outcome",
      columns: [Column("meldcode_outcome", lang("Meldcode outcome", "Uitkomst meldcode"))]
        + groupColumns(),
      rows: outcomeRows.map { value, label in
        [.code(value, label: label)]
          + columns.indices.map { suppression.cell(key("meldcode_outcome", value, $0)) }
      })
    let tables = [indicatorTable, outcomeTable]
    let section = Section(
      id: "sharing",
      title: lang(
        "Information sharing, meldcode, consent exceptions",
        "Informatiedeling, meldcode, uitzonderingen op toestemming"),
      blocks: tables.map(Block.table) + (Legend(of: tables, lang).map { [.legend($0)] } ?? []))
    // CSV rows: the same figures in the long table's shape (groups: all and the programmes).
    let csv = longTable(
      lang, groups: columns.map { groups[$0] },
      indicators: indicators,
      breakdowns: [
        (
          "meldcode_outcome", lang("Meldcode outcome", "Uitkomst meldcode"), outcomeRows,
          Array(columns.indices)
        )
      ],
      cell: { _, row, c in suppression.cell(key("meldcode_outcome", row, c)) })
    return (section, csv)
  }

  /// Whether the report withholds the figures of `started`, per column (all, then programmes).
  private func columnsWithheld(_ programmes: [Int], _ withheld: (Int) -> Bool) -> [Bool] {
    ([0] + programmes).map(withheld)
  }
}
