import AmigoSchema

extension PeriodReport {
  /// The counts of the report, hidden and withheld so that no small one can be worked out
  /// (`Suppression`): the count indicators per group, and the breakdowns per programme, with
  /// every sum a reader knows. Group 0 is all programmes; `programmes` and `schools` are the
  /// other groups' indices in `figures`.
  static func suppression(
    _ figures: [Figures], programmes: [Int], schools: [Int], threshold: Int,
    activities: [Int: ActivityFigures] = [:], schoolsAddUp: Bool = true,
    municipalities: [(index: Int, schools: [Int])] = []
  ) -> Suppression {
    var suppression = Suppression(threshold: threshold)
    let counts: [(String, KeyPath<Figures, Int>)] = [
      (Indicator.reached, \.reached), (Indicator.new, \.new), (Indicator.running, \.running),
      (Indicator.closed, \.closed), (Indicator.referrals, \.referrals),
      (Indicator.waiting, \.waiting),
    ]
    for (row, path) in counts {
      let key = { Suppression.Key(table: TableID.indicators, row: row, group: $0) }
      // Means, medians and shares are computed from the trajectories reached, started, closed.
      let withFigures = [Indicator.reached, Indicator.new, Indicator.closed].contains(row)
      for g in figures.indices {
        suppression.add(key(g), figures[g][keyPath: path], hasFigures: withFigures)
      }
      suppression.addSum(parts: programmes.map(key), total: key(0))
      // A child who changed school counts at each school it was reached at, once in the
      // total (`SchoolHistory.swift`): with such a child the schools' "reached" add up to no
      // total a reader knows (as several destinations do not), and none is used to withhold.
      // The other counts are each dated (referral, start, closure, the period's end) and so at
      // one school: they still add up.
      if schoolsAddUp || row != Indicator.reached {
        suppression.addSum(parts: schools.map(key), total: key(0))
      }
    }
    // Per municipality: its schools add up to it, the municipalities to all.
    addMunicipalityCounts(
      &suppression, rows: counts.map(\.0), schools: schools, municipalities: municipalities,
      schoolsAddUp: schoolsAddUp)
    // Families reached, shown for all programmes only (`PeriodReport`): hidden when small.
    suppression.add(
      Suppression.Key(table: TableID.indicators, row: Indicator.families, group: 0),
      figures[0].families,
      hasFigures: false)
    // Each breakdown: its table, its categories, the count they add up to, and one category's
    // count in a group. A multi-valued breakdown (`multiValuedBreakdowns`: a closure may name
    // several destinations) adds up to its total wherever no trajectory of the group counts
    // under several (each closure names one at least), and a reader may assume it: the sum is
    // kept where the counts meet it (`addSum` leaves it out where not). Where they do not, a
    // reader still knows the categories add up to at least the total, each at most the total.
    let breakdowns:
      [(String, [String], (String, KeyPath<Figures, Int>), (Figures, String) -> Int)] =
        [
          (
            TableID.referralSource, Schemas.referrer.values.map(\.value),
            (Indicator.referrals, \.referrals),
            { $0.referralSources[$1] ?? 0 }
          ),
          (
            TableID.closureReason, Schemas.closureReason.values.map(\.value),
            (Indicator.closed, \.closed),
            { f, v in f.reasons[ClosureReason(rawValue: v)!] ?? 0 }
          ),
          (
            TableID.destination, Schemas.destination.values.map(\.value),
            (Indicator.closed, \.closed),
            { $0.destinations[$1] ?? 0 }
          ),
        ]
    let groups = [0] + programmes
    for (table, categories, (totalRow, totalPath), count) in breakdowns {
      let multiValued = multiValuedBreakdowns.contains(table)
      let totalKey = { Suppression.Key(table: TableID.indicators, row: totalRow, group: $0) }
      for category in categories {
        let key = { Suppression.Key(table: table, row: category, group: $0) }
        for g in groups { suppression.add(key(g), count(figures[g], category)) }
        suppression.addSum(parts: programmes.map(key), total: key(0))
      }
      for g in groups {
        let parts = categories.map { Suppression.Key(table: table, row: $0, group: g) }
        suppression.addSum(parts: parts, total: totalKey(g))
        if multiValued { addMultiValued(&suppression, parts: parts, total: totalKey(g)) }
      }
      // With three programmes or more, "all but one" is a column a reader can form too: its
      // categories add up to the totals' difference.
      guard programmes.count >= 3 else { continue }
      for p in programmes {
        let others = programmes.filter { $0 != p }
        let rest = { (table: String, row: String) in
          Suppression.Key(table: table + " without \(p)", row: row, group: 0)
        }
        let restTotal = rest(TableID.indicators, totalRow)
        suppression.addDerived(restTotal, others.reduce(0) { $0 + figures[$1][keyPath: totalPath] })
        suppression.addSum(parts: [totalKey(p), restTotal], total: totalKey(0))
        suppression.addSum(parts: others.map(totalKey), total: restTotal)
        for category in categories {
          let key = { Suppression.Key(table: table, row: category, group: $0) }
          let restKey = rest(table, category)
          suppression.addDerived(restKey, others.reduce(0) { $0 + count(figures[$1], category) })
          suppression.addSum(parts: [key(p), restKey], total: key(0))
          suppression.addSum(parts: others.map(key), total: restKey)
        }
        let restParts = categories.map { rest(table, $0) }
        suppression.addSum(parts: restParts, total: restTotal)
        if multiValued { addMultiValued(&suppression, parts: restParts, total: restTotal) }
      }
    }
    if !activities.isEmpty {
      addActivityCounts(&suppression, activities, programmes: programmes)
      addLightWorkCounts(&suppression, activities, programmes: programmes)
    }
    suppression.complete()
    return suppression
  }

  /// The shares of the indicators table whose parts add up across columns as the counts do:
  /// of the closed trajectories, those closed with each required contact, dropped out, and
  /// without further help. (Goals achieved is a share of goals, a count no column shows.)
  static func shareRows(_ contactKinds: [SessionKind]) -> [String] {
    contactKinds.map(contactIndicator) + [Indicator.dropOut, Indicator.withoutHelp]
  }

  /// A share of one group (column).
  struct ShareCell: Hashable {
    var row: String
    var group: Int
  }

  /// The shares (`shareRows`) to withhold beside those already hidden, so that none can be
  /// worked out through a sum of columns. A share shown (a percentage) tells its part, and so
  /// does a share of nothing (its count is 0), where the count it is a share of is shown; a
  /// share hidden, withheld or blank (a programme without the figure) tells nothing. `sums`
  /// are (total, parts) of groups; a sum the parts do not meet exactly (a trajectory at no
  /// school) is no equation a reader can use and is left out. In a sum with one unknown
  /// member, the shown part with the smallest count behind it is withheld, else the total;
  /// again until no sum has one unknown member.
  static func withheldShares(
    rows: Set<String>, indicators: [(String, (Int) -> Cell)],
    whole: (String, Int) -> Int, wholeShown: (Int) -> Bool, part: (String, Int) -> Int,
    sums: [(Int, [Int])]
  ) -> Set<ShareCell> {
    var withheld = Set<ShareCell>()
    for (row, cell) in indicators where rows.contains(row) {
      var known: [Int: Bool] = [:]
      var shown: [Int: Bool] = [:]
      func isKnown(_ g: Int) -> Bool {
        if let k = known[g] { return k }
        let c = cell(g)
        let percent: Bool
        if case .percent = c.data { percent = true } else { percent = false }
        // A share of a count not shown (`x`) names no part.
        let k =
          (percent && wholeShown(g))
          || (whole(row, g) == 0 && c.data == .empty)
        known[g] = k
        shown[g] = percent && wholeShown(g)
        return k
      }
      let usable = sums.filter { total, parts in
        !parts.isEmpty && parts.reduce(0, { $0 + whole(row, $1) }) == whole(row, total)
          && parts.reduce(0, { $0 + part(row, $1) }) == part(row, total)
      }
      var changed = true
      while changed {
        changed = false
        for (total, parts) in usable {
          let members = [total] + parts
          guard members.filter({ !isKnown($0) }).count == 1 else { continue }
          let shownParts = parts.filter { isKnown($0) && shown[$0] == true }
          let pick =
            shownParts.min(by: { (whole(row, $0), $0) < (whole(row, $1), $1) })
            ?? (shown[total] == true ? total : nil)
          guard let pick else { continue }
          known[pick] = false
          withheld.insert(ShareCell(row: row, group: pick))
          changed = true
        }
      }
    }
    return withheld
  }

  /// The breakdowns whose categories need not add up to their total: a trajectory may count
  /// in several (a closure's `destinations`).
  public static let multiValuedBreakdowns: Set<String> = [TableID.destination]

  /// What a reader knows of a multi-valued breakdown whatever its counts: every trajectory of
  /// the total is in one category or more, and a category holds at most the total.
  private static func addMultiValued(
    _ suppression: inout Suppression, parts: [Suppression.Key], total: Suppression.Key
  ) {
    suppression.addRelation(parts: parts, total: total, .atLeast)
    for part in parts { suppression.addRelation(parts: [part], total: total, .atMost) }
  }
}
