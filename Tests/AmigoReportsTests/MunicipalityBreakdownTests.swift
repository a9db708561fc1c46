import AmigoReports
import AmigoSchema
import Testing

/// The period report per municipality (issue 25): each municipality's figures are those of
/// its schools, and no hidden count can be worked out through any sum a reader can form:
/// schools within a municipality, municipalities within all, schools within all.
@Suite struct MunicipalityBreakdownTests {
  static let period = DateRange(
    from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026")

  /// `counts` trajectories reached and started at each school; schools `a1`, `a2` in Aadorp,
  /// `b1` in Beekdal, `c1` in none.
  static func report(_ counts: [String: Int]) -> ReportDocument {
    var config = Config()
    var p = Programme(id: "p")
    p.label = "P"
    config.programmes = [p]
    config.workers = [Worker(id: "w")]
    for (id, town) in [("a1", "Aadorp"), ("a2", "Aadorp"), ("b1", "Beekdal"), ("c1", nil)] {
      var s = School(id: id)
      s.name = id.uppercased()
      s.municipality = town
      config.schools.append(s)
    }
    var trajectories: [Trajectory] = []
    for (school, n) in counts.sorted(by: { $0.key < $1.key }) {
      for i in 0..<n {
        var t = Trajectory()
        t.id = "T-2026-\(school.uppercased())\(i)X"
        t.programme = "p"
        t.school = school
        t.worker = "w"
        t.status = .active
        var r = Referral()
        r.date = LocalDate("2026-02-02")
        t.referral = r
        t.plan.start = LocalDate("2026-02-09")
        var s = Session()
        s.date = LocalDate("2026-02-10")
        s.kind = .childTalk
        t.sessions = [s]
        trajectories.append(t)
      }
    }
    return PeriodReport(
      trajectories: trajectories, config: config, period: period,
      today: LocalDate("2027-01-10")!
    ).document(.en)
  }

  /// What a reader knows of one count: its value, `1...4` for `<5`, anything for `x`.
  static func range(_ cell: Cell?, total: Int) -> ClosedRange<Int> {
    switch cell?.data {
    case .int(let n): return n...n
    case .hidden(let h): return h.reason == .smallCount ? 1...4 : 0...total
    default: return 0...0
    }
  }

  /// Every value each hidden count of `row` can take, trying every combination a reader could
  /// believe, with the sums school → municipality → all and schools → all.
  static func feasible(_ doc: ReportDocument, row: String, total: Int) -> [String: Set<Int>] {
    let groups = ["all", "a1", "a2", "b1", "c1", "Aadorp", "Beekdal"]
    let ranges = groups.map { range(periodFigure(doc, row, group: $0), total: total) }
    var seen: [String: Set<Int>] = [:]
    var values = [Int](repeating: 0, count: groups.count)
    func visit(_ i: Int) {
      if i == groups.count {
        let (all, a1, a2, b1, c1, a, b) = (
          values[0], values[1], values[2], values[3], values[4], values[5], values[6]
        )
        guard a == a1 + a2, b == b1, all == a1 + a2 + b1 + c1, a + b <= all else { return }
        for (g, v) in zip(groups, values) { seen[g, default: []].insert(v) }
        return
      }
      for v in ranges[i] {
        values[i] = v
        visit(i + 1)
      }
    }
    visit(0)
    return seen
  }

  @Test func aMunicipalityCountsItsSchools() throws {
    let doc = Self.report(["a1": 6, "a2": 7, "b1": 5, "c1": 5])
    #expect(periodFigure(doc, "reached", group: "Aadorp") == .int(13))
    #expect(periodFigure(doc, "reached", group: "Beekdal") == .int(5))
    #expect(periodFigure(doc, "new", group: "all", table: "indicators") == .int(23))
    // The long CSV has the municipality rows, with their municipality.
    let csv = try #require(doc.csvTable)
    #expect(csv.rows.contains { row in row.contains(.code("municipality", label: "municipality")) })
  }

  @Test(arguments: [
    ["a1": 9, "b1": 3],  // Beekdal = all − Aadorp
    ["a1": 9, "a2": 2, "b1": 6],  // a2 = Aadorp − a1
    ["a1": 6, "a2": 3, "b1": 2, "c1": 7],  // small at every level
    ["a1": 2, "a2": 2, "b1": 9],  // a small municipality of small schools
  ])
  func noHiddenCountIsPinnedThroughNestedSums(_ counts: [String: Int]) throws {
    let doc = Self.report(counts)
    let total = counts.values.reduce(0, +)
    for row in ["reached", "new", "running", "referrals"] {
      let feasible = Self.feasible(doc, row: row, total: total)
      for group in ["a1", "a2", "b1", "c1", "Aadorp", "Beekdal"] {
        guard case .hidden = periodFigure(doc, row, group: group)?.data else { continue }
        #expect(
          (feasible[group]?.count ?? 0) > 1,
          "\(row) of \(group) is pinned to \(feasible[group] ?? []) in \(counts)")
      }
    }
  }
}
