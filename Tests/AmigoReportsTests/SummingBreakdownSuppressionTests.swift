import AmigoSchema
import Testing

@testable import AmigoReports

/// A breakdown whose categories add up to its total keeps complementary suppression: the
/// closure reasons always (one reason per closure), the destinations while no trajectory names
/// several. Only where a trajectory counts under several destinations is there no sum, and then
/// a reader still knows the categories add up to at least the total.
@Suite struct SummingBreakdownSuppressionTests {
  let after = AfterTrajectoryReportTests()

  func closed(_ id: String, reason: ClosureReason, _ destinations: [String]) -> Trajectory {
    var t = after.closed(id, destinations)
    t.closure?.reason = reason
    return t
  }

  /// The rows of `table` and the closed count in the all-programmes column.
  func column(_ doc: ReportDocument, _ table: String, _ rows: [String]) -> [Cell?] {
    rows.map { after.cell(doc, table, $0) } + [after.cell(doc, "indicators", "closed")]
  }

  func withheld(_ cells: [Cell?]) -> Int {
    cells.filter { $0?.hiddenFigure?.code == "withheld" }.count
  }

  @Test func aSingleHiddenClosureReasonGetsAComplement() {
    // Six closed: five as planned, one by the client. Shown 6 and 5, the `<5` is 1: something
    // in the sum must be withheld.
    let ts =
      (1...5).map { closed("T-\($0)", reason: .completed, ["none"]) }
      + [closed("T-6", reason: .endedByClient, ["youth-care", "own-network"])]
    let doc = after.period(ts)
    #expect(after.cell(doc, "closure_reason", "ended-by-client")?.hiddenFigure != nil)
    let reasons = Schemas.closureReason.values.map(\.value)
    #expect(withheld(column(doc, "closure_reason", reasons)) > 0)
  }

  @Test func aSingleHiddenDestinationGetsAComplementWhenNoneNamesSeveral() {
    // Six closed, each with one destination: five without further help, one to youth care.
    // The destinations add up to the six closed, so `<5` would be 1.
    let ts =
      (1...5).map { closed("T-\($0)", reason: .completed, ["none"]) }
      + [closed("T-6", reason: .completed, ["youth-care"])]
    let doc = after.period(ts)
    #expect(after.cell(doc, "destination", "youth-care")?.hiddenFigure != nil)
    let destinations = Schemas.destination.values.map(\.value)
    #expect(withheld(column(doc, "destination", destinations)) > 0)
  }

  @Test func severalDestinationsStillBoundTheCategoriesFromBelow() {
    // Nine closed; a reader knows the destinations add up to at least 9: with 5 shown and the
    // rest 0, the one `<5` is at least 4, so 4. Only the "at least" is declared here.
    var s = Suppression(threshold: 5)
    let key = { Suppression.Key(table: "destination", row: $0, group: 0) }
    let total = Suppression.Key(table: "indicators", row: "closed", group: 0)
    s.add(total, 9)
    s.add(key("none"), 5)
    s.add(key("youth-care"), 4)
    s.add(key("other"), 0)
    s.addRelation(parts: ["none", "youth-care", "other"].map(key), total: total, .atLeast)
    s.complete()
    #expect(s.hides(key("youth-care")))
    #expect(["none", "youth-care", "other"].map(key).contains { s.withholds($0) })
  }

  /// An independent check by enumeration, for generated caseloads of one programme whose
  /// closures each name one destination: a reader who knows the shown counts, that `<5` is 1
  /// to 4, `x` any number, and that a breakdown's categories add up to `closed`, can pin no
  /// hidden count of the closure reasons or the destinations down to one value.
  @Test func noHiddenCountOfASummingBreakdownCanBeWorkedOut() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let reasons: [ClosureReason] = [
      .completed, .endedByAgreement, .endedByClient, .endedByProvider,
    ]
    let places = ["none", "youth-care", "school-support", "social-team"]
    for round in 0..<40 {
      let n = 1 + next(11)
      let ts = (0..<n).map { i in
        closed(
          "T-\(round)-\(i)", reason: reasons[next(round % 2 == 0 ? 2 : 4)],
          [
            places[next(round % 3 == 0 ? 2 : 4)]
          ])
      }
      let doc = after.period(ts)
      for (table, rows) in [
        ("closure_reason", Schemas.closureReason.values.map(\.value)),
        ("destination", Schemas.destination.values.map(\.value)),
      ] {
        let cells = column(doc, table, rows)
        let pinned = Self.pinnedHiddenCells(cells, limit: n + 4)
        #expect(pinned.isEmpty, "round \(round), \(table): \(pinned) pinned in \(cells)")
      }
    }
  }

  /// The hidden cells among `cells` (categories, then their total) that every assignment a
  /// reader finds possible gives the same value.
  static func pinnedHiddenCells(_ cells: [Cell?], limit: Int) -> [Int] {
    let ranges: [ClosedRange<Int>] = cells.map { cell in
      switch cell {
      case .int(let v)?: return v...v
      case .hidden(let h)? where h.code == "small-count": return 1...4
      default: return 0...limit
      }
    }
    let parts = Array(ranges.dropLast())
    let total = ranges.last!
    var seen = [Set<Int>](repeating: [], count: cells.count)
    var values = [Int](repeating: 0, count: parts.count)
    func walk(_ i: Int, _ sum: Int) {
      if sum > total.upperBound { return }
      if i == parts.count {
        guard total.contains(sum) else { return }
        for (k, v) in values.enumerated() { seen[k].insert(v) }
        seen[parts.count].insert(sum)
        return
      }
      for v in parts[i] {
        values[i] = v
        walk(i + 1, sum + v)
      }
    }
    walk(0, 0)
    return cells.indices.filter { i in
      if case .int? = cells[i] { return false }
      return seen[i].count < 2
    }
  }
}
