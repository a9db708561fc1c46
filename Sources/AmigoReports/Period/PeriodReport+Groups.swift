import AmigoSchema

extension PeriodReport {
  /// Figures given for a report instead of counted from trajectories: the counts of several
  /// workspaces added up (`CombinedPeriodReport`), per group key (`groupKey`).
  struct GivenFigures: Sendable {
    var figures: [String: Figures]
  }

  /// The key of a group of the report: `total:all`, `programme:<id>`, `school:<id>`,
  /// `municipality:<name>`.
  static func groupKey(_ kind: String, _ id: String) -> String { kind + ":" + id }

  /// The figures of each group (`groups`: kind and id; the first is all trajectories), before
  /// any suppression: the additive layer that several workspaces add up. Also whether a child
  /// changed school in the period (then the schools' "reached" need not add up to the total).
  func figures(of groups: [(kind: String, id: String)]) -> (figures: [Figures], movers: Bool) {
    if let given {
      return (
        groups.map { given.figures[PeriodReport.groupKey($0.kind, $0.id)] ?? Figures() }, false
      )
    }
    // One pass: each trajectory's figures go to the total, its programme, its school and its
    // municipality.
    var groupFigures = Array(repeating: Figures(), count: groups.count)
    var programmeIndex: [String: Int] = [:]
    var schoolIndex: [String: Int] = [:]
    var townIndex: [String: Int] = [:]
    for (i, g) in groups.enumerated() where i > 0 {
      switch g.kind {
      case "programme": programmeIndex[g.id] = i
      case "school": schoolIndex[g.id] = i
      case "municipality": townIndex[g.id] = i
      default: break
      }
    }
    // The municipalities of the schools (`PeriodReport+Municipalities`).
    let towns = townIndex.isEmpty ? [] : municipalities()
    let townOf = Dictionary(
      towns.flatMap { m in m.schools.map { ($0, m.name) } }, uniquingKeysWith: { a, _ in a })
    // A child who changed school in the period counts at each school for what happened there
    // (`contribution(_:at:)`), once in the total: the schools then need not add up to it.
    var movers = false
    // Each trajectory's facts are found once and added to each of its groups directly
    // (`Contribution`: no figures of its own with sets and dictionaries).
    for t in trajectories {
      let c = facts(t)
      groupFigures[0].add(c)
      if let i = programmeIndex[t.programme] { groupFigures[i].add(c) }
      let schools = t.schools(from: period.from, through: min(period.to, today))
      if schools.count == 1 {
        if let i = schoolIndex[schools[0]] { groupFigures[i].add(c) }
      } else {
        movers = true
        for s in schools {
          if let i = schoolIndex[s] { groupFigures[i].add(facts(t, at: s)) }
        }
      }
      // Its municipality, or each, for what happened at its schools there.
      guard !towns.isEmpty else { continue }
      if schools.count == 1 {
        if let town = townOf[schools[0]] {
          if let i = townIndex[town] { groupFigures[i].add(c) }
          continue
        }
      }
      let itsTowns = Set(schools.compactMap { townOf[$0] })
      if itsTowns.count == 1, schools.allSatisfy({ townOf[$0] != nil }) {
        if let i = townIndex[itsTowns.first!] { groupFigures[i].add(c) }
      } else {
        for m in towns where itsTowns.contains(m.name) {
          if let i = townIndex[m.name] {
            groupFigures[i].add(facts(t, among: Set(m.schools)))
          }
        }
      }
    }
    return (groupFigures, movers)
  }
}
