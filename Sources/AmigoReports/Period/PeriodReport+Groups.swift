import AmigoSchema

extension PeriodReport {
  /// Figures given for a report instead of counted from trajectories: the counts of several
  /// workspaces added up (`CombinedPeriodReport`), per group key (`groupKey`).
  struct GivenFigures: Sendable {
    var figures: [String: Figures]
  }

  /// The key of a group of the report: `total:all`, `programme:<id>`, `school:<id>`.
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
    // One pass: each trajectory's figures go to the total, its programme and its school.
    var groupFigures = Array(repeating: Figures(), count: groups.count)
    var programmeIndex: [String: Int] = [:]
    var schoolIndex: [String: Int] = [:]
    for (i, g) in groups.enumerated() where i > 0 {
      if g.kind == "programme" { programmeIndex[g.id] = i } else { schoolIndex[g.id] = i }
    }
    // A child who changed school in the period counts at each school for what happened there
    // (`contribution(_:at:)`), once in the total: the schools then need not add up to it.
    var movers = false
    for t in trajectories {
      let c = contribution(t)
      groupFigures[0].add(c)
      if let i = programmeIndex[t.programme] { groupFigures[i].add(c) }
      let schools = t.schools(from: period.from, through: min(period.to, today))
      if schools.count == 1 {
        if let i = schoolIndex[schools[0]] { groupFigures[i].add(c) }
      } else {
        movers = true
        for s in schools {
          if let i = schoolIndex[s] { groupFigures[i].add(contribution(t, at: s)) }
        }
      }
    }
    return (groupFigures, movers)
  }
}
