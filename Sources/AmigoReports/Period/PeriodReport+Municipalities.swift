import AmigoSchema

/// The period report per municipality (issue 25): the schools' `municipality` in `amigo.yaml`,
/// each a column of its own with the figures of the trajectories at its schools, suppressed
/// with every sum a reader can form (`PeriodReport.suppression`): the schools within a
/// municipality add up to it, the municipalities to all.
extension PeriodReport {
  /// A municipality and its schools' ids, in the order of `schools:`.
  struct Municipality: Sendable {
    let name: String
    var schools: [String]
  }

  /// The municipalities of the schools, in the order the schools name them first.
  func municipalities() -> [Municipality] {
    var out: [Municipality] = []
    for s in config.schools {
      guard let m = s.municipality, !m.isEmpty else { continue }
      if let i = out.firstIndex(where: { $0.name == m }) {
        out[i].schools.append(s.id)
      } else {
        out.append(Municipality(name: m, schools: [s.id]))
      }
    }
    return out
  }

  /// Adds what a reader knows of the municipalities' counts: per count row, a municipality's
  /// schools add up to it, and the municipalities with the schools of no municipality
  /// (`schools` less theirs) add up to all, as the schools do: a tree of sums, so that a
  /// reader's subtraction across levels (all, less a shown municipality, less a shown school
  /// of none) is reasoned through too. With a child who changed school in the period
  /// (`schoolsAddUp` false) "reached" adds up to no total a reader knows, as for the schools.
  static func addMunicipalityCounts(
    _ suppression: inout Suppression, rows: [String], schools: [Int],
    municipalities: [(index: Int, schools: [Int])], schoolsAddUp: Bool
  ) {
    guard !municipalities.isEmpty else { return }
    let inTowns = Set(municipalities.flatMap(\.schools))
    let loose = schools.filter { !inTowns.contains($0) }
    for row in rows where schoolsAddUp || row != "reached" {
      let key = { Suppression.Key(table: TableID.indicators, row: row, group: $0) }
      for m in municipalities {
        suppression.addSum(parts: m.schools.map(key), total: key(m.index))
      }
      // `addSum` keeps the sum only where the counts meet it (every trajectory at a school).
      let parts = municipalities.map { key($0.index) } + loose.map(key)
      suppression.addSum(parts: parts, total: key(0))
      // Without it, the municipalities still hold at most all.
      suppression.addRelation(
        parts: municipalities.map { key($0.index) }, total: key(0), .atMost)
    }
  }
}
