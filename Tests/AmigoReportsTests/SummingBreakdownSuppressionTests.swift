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
}
