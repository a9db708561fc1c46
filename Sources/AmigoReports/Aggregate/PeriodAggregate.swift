import AmigoSchema
import Foundation

/// A workspace's confidential aggregate of a period (`amigo report --period P --aggregate`,
/// format `amigo.aggregate/1`, `schema/aggregate.schema.json`): the period report's counts
/// before any suppression, per programme and in total, so that an owner of the method can
/// combine organisations without their child files (`CombinedPeriodReport`).
///
/// Counts only: no id, no name of a child, school or worker, no date finer than the period, no
/// free text. A figure computed from values (a median, a mean) is kept as counts per value
/// (days from referral to start → trajectories), so that a combined median is exact. The
/// programmes' profiles from `amigo.yaml` go with it: a programme defined differently in two
/// aggregates is reported as two.
public struct PeriodAggregate: Sendable, Equatable {
  public static let format = "amigo.aggregate/1"

  /// The keys of a group's figures in the file (`figuresJSON`, `figures(_:)`), declared once.
  /// They are the format's own: a period report's row spelled the same
  /// (`PeriodReport.Indicator`) can be renamed without changing `amigo.aggregate/1`.
  enum Key {
    static let reached = "reached"
    static let families = "families"
    static let started = "started"
    static let running = "running"
    static let closed = "closed"
    static let referrals = "referrals"
    static let referralSources = "referral_sources"
    static let waiting = "waiting"
    static let daysWaiting = "days_waiting"
    static let daysToStart = "days_to_start"
    static let durationDays = "duration_days"
    static let childTalks = "child_talks"
    static let contactMinutes = "contact_minutes"
    static let networkTalks = "network_talks"
    static let closedWith = "closed_with"
    static let closureReasons = "closure_reasons"
    static let destinations = "destinations"
    static let withoutHelp = "without_help"
    static let goalsWithResult = "goals_with_result"
    static let goalsAchieved = "goals_achieved"
    static let closedWithGoalResults = "closed_with_goal_results"
    static let satisfaction = "satisfaction"
    /// A programme's id; its profile's other keys are those of `amigo.yaml` (`Programme.Key`).
    static let programmeID = "id"
  }

  public var organisation: String
  public var language: String
  public var smallNumbers: Int
  public var period: DateRange
  /// Whether the period had ended when the aggregate was written (else "running at the end"
  /// and the waiting list are as of that day).
  public var ended: Bool
  public var programmes: [Programme]
  /// All trajectories of the workspace.
  public var total: PeriodReport.Figures
  /// Per programme id (the trajectories of that programme).
  public var perProgramme: [String: PeriodReport.Figures]

  /// The aggregate of a workspace's period report (its trajectories and config).
  public init(_ report: PeriodReport) {
    let groups = [("total", "all")] + report.config.programmes.map { ("programme", $0.id) }
    let figures = report.figures(of: groups.map { (kind: $0.0, id: $0.1) }).figures
    organisation = report.config.organisation
    language = report.config.language
    smallNumbers = report.config.smallNumbers
    period = report.period
    ended = report.period.to < report.today
    programmes = report.config.programmes
    total = figures[0]
    var perProgramme: [String: PeriodReport.Figures] = [:]
    for (i, p) in report.config.programmes.enumerated() { perProgramme[p.id] = figures[i + 1] }
    self.perProgramme = perProgramme
    // Families are kept as a count: the ids they were counted by stay in the workspace.
    total.reachedFamilies = PeriodAggregate.familyTokens(total.families, source: 0)
    for id in self.perProgramme.keys {
      self.perProgramme[id]!.reachedFamilies = PeriodAggregate.familyTokens(
        self.perProgramme[id]!.families, source: 0)
    }
  }

  /// An aggregate of given figures (tests, tools).
  public init(
    organisation: String, language: String, smallNumbers: Int, period: DateRange, ended: Bool,
    programmes: [Programme], total: PeriodReport.Figures,
    perProgramme: [String: PeriodReport.Figures]
  ) {
    self.organisation = organisation
    self.language = language
    self.smallNumbers = smallNumbers
    self.period = period
    self.ended = ended
    self.programmes = programmes
    self.total = total
    self.perProgramme = perProgramme
  }

  /// `count` stand-ins for the families of source `source` (never ids): families counted in
  /// different workspaces are different families, as children are.
  static func familyTokens(_ count: Int, source: Int) -> Set<String> {
    Set((0..<count).map { "source \(source) family \($0)" })
  }
}

// MARK: - Writing

extension PeriodAggregate {
  /// The aggregate as JSON: keys in a fixed order, maps sorted, integers only.
  public func json() -> String {
    var out = "{\n"
    out += "  \"format\": \(JSONText.string(PeriodAggregate.format)),\n"
    out += "  \"organisation\": \(JSONText.string(organisation)),\n"
    out += "  \"language\": \(JSONText.string(language)),\n"
    out += "  \"small_numbers\": \(smallNumbers),\n"
    out += "  \"period\": {\"name\": \(JSONText.string(period.name)), "
    out += "\"from\": \"\(period.from)\", \"to\": \"\(period.to)\", \"ended\": \(ended)},\n"
    out += "  \"programmes\": ["
    out += programmes.map { "\n    " + PeriodAggregate.programmeJSON($0) }.joined(separator: ",")
    out += programmes.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"total\": " + PeriodAggregate.figuresJSON(total, indent: "  ") + ",\n"
    out += "  \"per_programme\": {"
    let ids = programmes.map(\.id).filter { perProgramme[$0] != nil }
    out += ids.map {
      "\n    \(JSONText.string($0)): "
        + PeriodAggregate.figuresJSON(perProgramme[$0]!, indent: "    ")
    }.joined(separator: ",")
    out += ids.isEmpty ? "}\n" : "\n  }\n"
    return out + "}\n"
  }

  static func programmeJSON(_ p: Programme) -> String {
    func range(_ r: ClosedRange<Int>?) -> String {
      r.map { "[\($0.lowerBound), \($0.upperBound)]" } ?? "null"
    }
    func int(_ n: Int?) -> String { n.map(String.init) ?? "null" }
    func kinds(_ k: [SessionKind]) -> String {
      "[" + k.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]"
    }
    func strings(_ s: [String]) -> String {
      "[" + s.map(JSONText.string).joined(separator: ", ") + "]"
    }
    let fields: [(String, String)] = [
      (Key.programmeID, JSONText.string(p.id)), (Programme.Key.label, JSONText.string(p.label)),
      (Programme.Key.age, range(p.age)), (Programme.Key.weeks, range(p.weeks)),
      (Programme.Key.childSessionsPerWeek, int(p.childSessionsPerWeek)),
      (Programme.Key.sessionMinutes, int(p.sessionMinutes)),
      (Programme.Key.doseKind, JSONText.string(p.doseKind.rawValue)),
      (Programme.Key.requiredContacts, kinds(p.requiredContacts)),
      (Programme.Key.sessionKinds, p.sessionKinds.map(kinds) ?? "null"),
      (Programme.Key.goals, "\(p.goalsExpected)"),
      (Programme.Key.retentionYears, int(p.retentionYears)),
      (Programme.Key.followUpMonths, int(p.followUpMonths)),
      (Programme.Key.referredBy, strings(p.referrers)),
      (Programme.Key.notRecorded, strings(p.notRecorded)),
      (Programme.Key.figures, p.figures.map(strings) ?? "null"),
    ]
    // Written only when set, so that an aggregate of a profile without it reads as before.
    let consent = p.parentsConsent ? [(Programme.Key.parentsConsent, "true")] : []
    return "{" + (fields + consent).map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// Counts per value (`{"12": 3}`: three of twelve), values in numeric order.
  static func distribution(_ values: [Double]) -> String {
    var counts: [Int: Int] = [:]
    for v in values { counts[Int(v.rounded()), default: 0] += 1 }
    return "{" + counts.keys.sorted().map { "\"\($0)\": \(counts[$0]!)" }.joined(separator: ", ")
      + "}"
  }

  static func counts(_ map: [String: Int]) -> String {
    "{"
      + map.keys.sorted().filter { map[$0]! != 0 }.map { "\(JSONText.string($0)): \(map[$0]!)" }
      .joined(separator: ", ") + "}"
  }

  static func figuresJSON(_ f: PeriodReport.Figures, indent: String) -> String {
    let inner = indent + "  "
    var satisfaction: [String] = []
    for party in Party.allCases {
      guard let values = f.satisfaction[party], !values.isEmpty else { continue }
      satisfaction.append("\(JSONText.string(party.rawValue)): \(distribution(values))")
    }
    let fields: [(String, String)] = [
      (Key.reached, "\(f.reached)"), (Key.families, "\(f.families)"), (Key.started, "\(f.new)"),
      (Key.running, "\(f.running)"), (Key.closed, "\(f.closed)"), (Key.referrals, "\(f.referrals)"),
      (Key.referralSources, counts(f.referralSources)), (Key.waiting, "\(f.waiting)"),
      (Key.daysWaiting, distribution(f.waitingDays)),
      (Key.daysToStart, distribution(f.daysToStart)),
      // Weeks are days ÷ 7: kept as whole days, so nothing is rounded.
      (Key.durationDays, distribution(f.durationWeeks.map { $0 * 7 })),
      (Key.childTalks, distribution(f.childTalks)),
      (Key.contactMinutes, distribution(f.contactMinutes)),
      (Key.networkTalks, distribution(f.networkTalks)),
      (
        Key.closedWith,
        counts(Dictionary(uniqueKeysWithValues: f.closedWith.map { ($0.key.rawValue, $0.value) }))
      ),
      (
        Key.closureReasons,
        counts(Dictionary(uniqueKeysWithValues: f.reasons.map { ($0.key.rawValue, $0.value) }))
      ),
      (Key.destinations, counts(f.destinations)), (Key.withoutHelp, "\(f.withoutHelp)"),
      (Key.goalsWithResult, "\(f.goalsWithResult)"), (Key.goalsAchieved, "\(f.goalsAchieved)"),
      (Key.closedWithGoalResults, "\(f.closedWithGoalResults)"),
      (Key.satisfaction, "{" + satisfaction.joined(separator: ", ") + "}"),
    ]
    return "{\n" + fields.map { inner + "\"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n"
      + indent + "}"
  }
}
