import AmigoReports
import AmigoSchema
import Testing

/// "Children discussed only (not reached)" in the period report's "Meetings and groups": a
/// child discussed in a meeting without the child or its parents counts there only when it was
/// not reached in the period at all — neither in another activity nor by a held contact of its
/// own (that child is in "reached"; docs/reports.md).
@Suite struct DiscussedOnlyTests {
  static let ids = (1...6).map { "T-2026-000\($0)" }

  func discussed(heldContactFor reached: Set<String>, on day: String = "2026-10-12") -> Cell? {
    var config = Config()
    var programme = Programme(id: "p")
    programme.label = "P"
    config.programmes = [programme]
    let trajectories = Self.ids.map { id -> Trajectory in
      var t = Trajectory()
      t.id = id
      t.programme = "p"
      if reached.contains(id) {
        var s = Session()
        s.date = LocalDate(day)
        s.kind = .childTalk
        s.minutes = 30
        t.sessions = [s]
      }
      return t
    }
    var round = Activity()
    round.id = "M-2026-0001"
    round.type = .meeting
    round.programme = "p"
    round.date = LocalDate("2026-10-05")
    round.minutes = 60
    round.with = ["care-coordinator", "youth-health"]
    round.children = Self.ids
    let report = PeriodReport(
      trajectories: trajectories, activities: [round], config: config,
      period: DateRange(
        from: LocalDate("2026-10-01")!, to: LocalDate("2026-12-31")!, name: "2026-Q4"),
      today: LocalDate("2026-12-31")!)
    let table = report.document(.en).sections.flatMap(\.blocks).compactMap { block -> Table? in
      if case .table(let t) = block, t.id == "activities" { return t }
      return nil
    }.first
    let row = table?.rows.first {
      $0.first == .code("children_discussed", label: $0.first!.display)
    }
    return row?[1]
  }

  @Test func aChildWithAHeldContactOfItsOwnIsNotDiscussedOnly() {
    // Six discussed, none reached otherwise: six.
    #expect(discussed(heldContactFor: []) == .int(6))
    // One had a child talk in the period: reached, so five are discussed only.
    #expect(discussed(heldContactFor: [Self.ids[0]]) == .int(5))
    // A talk outside the period does not reach the child in it.
    #expect(discussed(heldContactFor: [Self.ids[0]], on: "2026-09-28") == .int(6))
  }
}
