import AmigoSchema
import Foundation
import Testing

@testable import AmigoReports

/// The confidential aggregate (`PeriodAggregate`, `amigo.aggregate/1`) carries every figure of
/// `PeriodReport.Figures`: a figure left out would be 0 in every report combined from
/// aggregates or workspaces, without a word.
@Suite struct AggregateFieldsTests {
  /// Each stored figure and its key in the aggregate.
  static let keys: [String: String] = [
    "reached": "reached", "reachedFamilies": "families", "new": "started", "running": "running",
    "closed": "closed", "referrals": "referrals", "referralSources": "referral_sources",
    "daysToStart": "days_to_start", "waiting": "waiting", "waitingDays": "days_waiting",
    "durationWeeks": "duration_days", "childTalks": "child_talks",
    "contactMinutes": "contact_minutes", "networkTalks": "network_talks",
    // Whether the aggregate had network talks at all (one written before it did has not).
    "networkTalksKnown": "network_talks", "closedWith": "closed_with",
    "reasons": "closure_reasons", "destinations": "destinations", "withoutHelp": "without_help",
    "goalsWithResult": "goals_with_result", "goalsAchieved": "goals_achieved",
    "closedWithGoalResults": "closed_with_goal_results", "satisfaction": "satisfaction",
  ]

  /// `parents_consent` goes with the profile (written only when set, so an aggregate of a
  /// profile without it reads as before) and comes back as it was.
  @Test func theParentsConsentOfAProfileRoundTrips() throws {
    for required in [true, false] {
      var p = Programme(id: "kansencoach")
      p.label = "Kansencoach"
      p.parentsConsent = required
      let a = PeriodAggregate(
        organisation: "Team", language: "en", smallNumbers: 5,
        period: DateRange(
          from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026"),
        ended: true, programmes: [p], total: PeriodReport.Figures(),
        perProgramme: ["kansencoach": PeriodReport.Figures()])
      let json = a.json()
      #expect(json.contains("\"parents_consent\"") == required)
      let back = try PeriodAggregate.parse(Data(json.utf8))
      #expect(back.programmes.first?.parentsConsent == required)
    }
  }

  @Test func everyFigureIsInTheAggregate() throws {
    let fields = Mirror(reflecting: PeriodReport.Figures()).children.compactMap(\.label)
    for field in fields {
      #expect(
        AggregateFieldsTests.keys[field] != nil,
        "PeriodReport.Figures.\(field) is not in the aggregate: add it to PeriodAggregate (json(), parse), schema/aggregate.schema.json, docs/reports.md and this list"
      )
    }
    // And the schema names the same keys.
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("schema/aggregate.schema.json")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let figures = try #require(defs["figures"] as? [String: Any])
    let properties = try #require(figures["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(AggregateFieldsTests.keys.values))
  }

  /// A workspace's aggregate read back gives the same figures (medians and means from the
  /// counts per value).
  @Test func theAggregateReadsBackToTheSameFigures() throws {
    var config = Config()
    config.organisation = "Voorbeeld"
    var p = Programme(id: "p")
    p.weeks = 8...20
    p.requiredContacts = [.homeVisit]
    config.programmes = [p]
    var figures = PeriodReport.Figures()
    figures.reached = 7
    figures.daysToStart = [3, 12, 12, -1]
    figures.durationWeeks = [Double(74) / 7, Double(109) / 7]
    figures.satisfaction = [.child: [8, 9, 9]]
    figures.closedWith = [.homeVisit: 2]
    figures.reasons = [.completed: 2]
    let aggregate = PeriodAggregate(
      organisation: "Voorbeeld", language: "nl", smallNumbers: 5,
      period: DateRange(
        from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026"),
      ended: true, programmes: config.programmes, total: figures, perProgramme: ["p": figures])
    let read = try PeriodAggregate.parse(Data(aggregate.json().utf8))
    #expect(read.programmes == config.programmes)
    #expect(read.total.reached == 7)
    #expect(read.total.daysToStart == [-1, 3, 12, 12])
    #expect(read.total.durationWeeks == [Double(74) / 7, Double(109) / 7])
    #expect(read.total.satisfaction[.child] == [8, 9, 9])
    #expect(read.total.closedWith == [.homeVisit: 2])
    #expect(read.perProgramme["p"]?.reasons == [.completed: 2])
    #expect(read.json() == aggregate.json())
  }

  /// An aggregate written before amigo counted network talks has no `network_talks`: it is
  /// read, and its children's network talks are unknown, so a combined mean is not shown
  /// (it would be a mean of the other sources' children only), rather than counted as none.
  @Test func anAggregateWithoutNetworkTalksLeavesTheirMeanUnknown() throws {
    var figures = PeriodReport.Figures()
    figures.reached = 6
    figures.networkTalks = [0, 1, 2, 0, 1, 2]
    let aggregate = PeriodAggregate(
      organisation: "Voorbeeld", language: "nl", smallNumbers: 5,
      period: DateRange(
        from: LocalDate("2026-01-01")!, to: LocalDate("2026-12-31")!, name: "2026"),
      ended: true, programmes: [Programme(id: "p")], total: figures, perProgramme: ["p": figures])
    let json = aggregate.json()
    #expect(json.contains("\"network_talks\": {\"0\": 2, \"1\": 2, \"2\": 2}"), "\(json)")
    let current = try PeriodAggregate.parse(Data(json.utf8))
    #expect(current.total.networkTalks == [0, 0, 1, 1, 2, 2])
    #expect(current.total.networkTalksKnown)
    let older = json.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("\"network_talks\"") }.joined(separator: "\n")
    let read = try PeriodAggregate.parse(Data(older.utf8))
    #expect(!read.total.networkTalksKnown)
    var combined = current.total
    combined.add(read.total)
    #expect(!combined.networkTalksKnown)
  }
}
