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
    let lookups = GroupLookups(
      count: groups.count, programme: programmeIndex, school: schoolIndex, town: townIndex,
      towns: towns, townOf: townOf)
    // The trajectories in parts on every core, each part's figures then added in order: every
    // list in the figures (days to start, minutes, …) keeps the trajectories' order, so the
    // figures are those of one pass over all of them.
    let count = trajectories.count
    let part = Swift.max(PeriodReport.figuresPart, (count + 7) / 8)
    let parts = (count + part - 1) / part
    let partial = concurrentMap(parts) { [self] p in
      figures(of: (p * part)..<Swift.min(count, (p + 1) * part), lookups)
    }
    guard var joined = partial.first else {
      return (Array(repeating: Figures(), count: groups.count), false)
    }
    for other in partial.dropFirst() {
      for i in joined.figures.indices { joined.figures[i].add(other.figures[i]) }
      joined.movers = joined.movers || other.movers
    }
    return (joined.figures, joined.movers)
  }

  /// Trajectories per part of `figures(of:)`: fewer are not worth a thread of their own.
  static let figuresPart = 512

  /// Where a trajectory's figures go: the index of each programme, school and municipality
  /// among the groups, and the municipality of each school.
  struct GroupLookups: Sendable {
    let count: Int
    let programme: [String: Int]
    let school: [String: Int]
    let town: [String: Int]
    let towns: [Municipality]
    let townOf: [String: String]
  }

  /// The figures of the trajectories at `range`, each added to its groups, and whether one of
  /// them changed school in the period.
  func figures(
    of range: Range<Int>, _ lookups: GroupLookups
  ) -> (figures: [Figures], movers: Bool) {
    var groupFigures = Array(repeating: Figures(), count: lookups.count)
    let (programmeIndex, schoolIndex, townIndex) = (lookups.programme, lookups.school, lookups.town)
    let (towns, townOf) = (lookups.towns, lookups.townOf)
    // A child who changed school in the period counts at each school for what happened there
    // (`contribution(_:at:)`), once in the total: the schools then need not add up to it.
    var movers = false
    // Each trajectory's facts are found once and added to each of its groups directly
    // (`Contribution`: no figures of its own with sets and dictionaries).
    for t in trajectories[range] {
      let c = facts(t)
      groupFigures[0].add(c)
      if let i = programmeIndex[t.programme] { groupFigures[i].add(c) }
      let schools = t.schools(from: period.from, through: Swift.min(period.to, today))
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
