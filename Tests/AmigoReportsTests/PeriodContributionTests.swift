import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoReports

/// `PeriodReport.figures(of:)` finds each trajectory's facts once and adds them to its groups
/// directly (`Contribution`). It must give exactly the figures of the way before: a `Figures`
/// per trajectory (`referenceContribution`, the old code kept here) added to each group, on
/// random workspaces (the examples' and fixtures' trajectories with random schools, school
/// changes, families, dates, closures, destinations, goal results and satisfaction).
@Suite struct PeriodContributionTests {
  /// The kinds of contact with the child or its parents, whoever else took part.
  static let familyKinds: Set<SessionKind> = [
    .childTalk, .parentTalk, .homeVisit, .classroomObservation, .threeWayTalk, .groupSession,
  ]
  static let workspaces = [
    "Examples/caseload", "Examples/kansencoach", "Examples/ruggensteun",
    "Examples/sociaal-werker-school", "Examples/tijd-voor-toekomst", "Tests/Fixtures/generated",
  ]

  static func load(_ workspace: String) throws -> (Config, [Trajectory]) {
    let root = Fixtures.root.appendingPathComponent(workspace).path
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let folder = root + "/trajectories"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let trajectories = try names.filter { $0.hasSuffix(".yaml") }.map { name in
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    return (config, trajectories)
  }

  /// A random date from 2022 through 2027.
  static func date(_ rng: inout SeededGenerator) -> LocalDate {
    LocalDate(year: 2022, month: 1, day: 1)!.adding(
      days: Int.random(in: 0..<(6 * 365), using: &rng))
  }

  /// `t` with random changes to what the period figures read.
  static func shuffled(_ t: Trajectory, config: Config, _ rng: inout SeededGenerator) -> Trajectory
  {
    var t = t
    let schools = config.schools.map(\.id) + ["school-not-declared"]
    let programmes = config.programmes.map(\.id) + ["programme-not-declared"]
    if Bool.random(using: &rng) { t.school = schools.randomElement(using: &rng)! }
    if Int.random(in: 0..<4, using: &rng) == 0 {
      t.programme = programmes.randomElement(using: &rng)!
    }
    // A child who changed school: a dated history, sometimes with the same school twice.
    if Int.random(in: 0..<3, using: &rng) == 0 {
      t.schools = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        SchoolChange(school: schools.randomElement(using: &rng)!, from: date(&rng))
      }
    }
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: t.family = nil
    case 1: t.family = "fam-\(Int.random(in: 0..<4, using: &rng))"
    default: break
    }
    if Int.random(in: 0..<3, using: &rng) == 0 {
      var referral = t.referral ?? Referral()
      referral.date = Bool.random(using: &rng) ? date(&rng) : nil
      referral.by =
        Bool.random(using: &rng)
        ? nil : ["school", "parents", "gp", "x"].randomElement(using: &rng)
      t.referral = referral
    }
    if Int.random(in: 0..<3, using: &rng) == 0 {
      t.plan.start = Bool.random(using: &rng) ? date(&rng) : nil
    }
    t.status = [.closed, .closed, .active, .waiting, .notStarted, nil, t.status].randomElement(
      using: &rng)!
    if t.status == .closed || Int.random(in: 0..<4, using: &rng) == 0 {
      var c = t.closure ?? Closure()
      c.date = Int.random(in: 0..<5, using: &rng) == 0 ? nil : date(&rng)
      c.reason = ClosureReason.allCases.randomElement(using: &rng)
      let destinations = ["none", "general-provision", "own-network", "youth-care", "x"]
      c.destinations = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        destinations.randomElement(using: &rng)!
      }
      c.destination = Bool.random(using: &rng) ? destinations.randomElement(using: &rng) : nil
      c.satisfaction = [:]
      for party in Party.allCases where Bool.random(using: &rng) {
        c.satisfaction[party] = Int.random(in: 1...10, using: &rng)
      }
      t.closure = c
    }
    for i in t.goals.indices where Bool.random(using: &rng) {
      t.goals[i].result = [nil, .achieved, .partly, .notAchieved].randomElement(using: &rng)!
    }
    for i in t.sessions.indices where Int.random(in: 0..<4, using: &rng) == 0 {
      t.sessions[i].date = Int.random(in: 0..<20, using: &rng) == 0 ? nil : date(&rng)
      t.sessions[i].kind =
        Bool.random(using: &rng) ? SessionKind.allCases.randomElement(using: &rng) : nil
      t.sessions[i].followUp = Int.random(in: 0..<5, using: &rng) == 0
      t.sessions[i].minutes = Bool.random(using: &rng) ? Int.random(in: 5...90, using: &rng) : nil
      t.sessions[i].status = [.held, .held, .cancelledByWorker, .noShow].randomElement(using: &rng)!
      // Who took part: the child or a parent reaches the child whatever the kind.
      t.sessions[i].with = [[], ["teacher"], ["mother"], ["child", "teacher"]].randomElement(
        using: &rng)!
    }
    return t
  }

  @Test(arguments: workspaces)
  func directContributionsGiveTheFiguresOfPerTrajectoryFigures(_ workspace: String) throws {
    let (config, original) = try Self.load(workspace)
    var rng = SeededGenerator(seed: 2_026_120_731)
    let today = LocalDate(year: 2026, month: 11, day: 19)!
    var movers = 0
    var closedInPeriod = 0
    // More rounds for a small workspace, so that every path is taken.
    for round in 0..<(4 + 200 / max(original.count, 1)) {
      let trajectories = original.map { Self.shuffled($0, config: config, &rng) }
      // Reached in an activity: a random part of them.
      let activities: [Activity] = []
      for text in ["2025/2026", "2024", "2026-Q1", "2023/2024", "2026", "2026-03"] {
        let period = try #require(PeriodSpec.parse(text))
        var report = PeriodReport(
          trajectories: trajectories, activities: activities, config: config, period: period,
          today: today)
        if round % 2 == 1 {
          // On a day of the period: the first, the last or one of its own sessions' days.
          report.reachedInActivities = Dictionary(
            uniqueKeysWithValues: trajectories.filter { _ in Bool.random(using: &rng) }.map {
              t in
              let days = [period.from, period.to] + t.sessions.compactMap(\.date)
              return (t.id, [days.randomElement(using: &rng)!])
            })
        }
        let groups = report.groupsForTesting()
        let (figures, moved) = report.figures(of: groups)
        let (expected, expectedMoved) = report.referenceFigures(of: groups)
        #expect(moved == expectedMoved, "\(workspace) \(text) round \(round)")
        #expect(figures.count == expected.count)
        for (i, (a, b)) in zip(figures, expected).enumerated() {
          #expect(a == b, "\(workspace) \(text) round \(round) group \(groups[i])")
        }
        if moved { movers += 1 }
        closedInPeriod += expected[0].closed
      }
    }
    // The random changes reached the paths that matter.
    #expect(movers > 0)
    #expect(closedInPeriod > 0)
  }

  /// DOMAIN.md: a child who is only discussed has not been reached. A trajectory whose only
  /// contacts in the period are a teacher talk and a consultation without the child or its
  /// parents is not reached; a phone call with the mother reaches it.
  @Test func aChildOnlyDiscussedIsNotReached() throws {
    let (config, _) = try Self.load("Examples/caseload")
    var t = Trajectory()
    t.id = "AOS-2026-ABCD"
    t.programme = config.programmes[0].id
    t.school = config.schools[0].id
    t.status = .active
    func session(_ day: String, _ kind: SessionKind, with: [String]) -> Session {
      var s = Session()
      s.date = LocalDate(day)
      s.kind = kind
      s.minutes = 30
      s.with = with
      return s
    }
    t.sessions = [
      session("2026-10-05", .teacherTalk, with: ["teacher"]),
      session("2026-10-12", .consultation, with: ["teacher", "school-social-worker"]),
    ]
    let report = PeriodReport(
      trajectories: [t], activities: [], config: config,
      period: try #require(PeriodSpec.parse("2026/2027")), today: LocalDate("2026-11-19")!)
    #expect(report.contribution(t).reached == 0)
    #expect(report.contribution(t).contactMinutes.isEmpty)
    t.sessions.append(session("2026-10-19", .phoneCall, with: ["mother"]))
    #expect(report.contribution(t).reached == 1)
    #expect(report.contribution(t).contactMinutes == [90])
  }

  /// Above `figuresPart` trajectories the figures are found in parts on every core and added in
  /// order: the same figures, lists in the same order, as one pass (the reference), also when
  /// the count is not a multiple of the part.
  @Test(arguments: [PeriodReport.figuresPart + 1, 3 * PeriodReport.figuresPart + 7, 5_000])
  func figuresFoundInPartsAreThoseOfOnePass(_ count: Int) throws {
    let (config, original) = try Self.load("Examples/caseload")
    var rng = SeededGenerator(seed: 2_026_120_707)
    let trajectories = (0..<count).map { i in
      var t = Self.shuffled(original[i % original.count], config: config, &rng)
      t.id = "T-\(i)"
      return t
    }
    let today = LocalDate(year: 2026, month: 11, day: 19)!
    for text in ["2025/2026", "2024"] {
      let report = PeriodReport(
        trajectories: trajectories, activities: [], config: config,
        period: try #require(PeriodSpec.parse(text)), today: today)
      let groups = report.groupsForTesting()
      let (figures, moved) = report.figures(of: groups)
      let (expected, expectedMoved) = report.referenceFigures(of: groups)
      #expect(moved == expectedMoved)
      #expect(figures == expected, "\(count) \(text)")
      #expect(expected[0].reached > 0 && !expected[0].contactMinutes.isEmpty)
    }
  }
}

extension PeriodReport {
  /// The report's groups as `document` lays them out: all, programmes, schools, municipalities.
  func groupsForTesting() -> [(kind: String, id: String)] {
    [("total", "all")] + config.programmes.map { ("programme", $0.id) }
      + config.schools.map { ("school", $0.id) }
      + municipalities().map { ("municipality", $0.name) }
  }

  /// `figures(of:)` as it was before `Contribution`: one `Figures` per trajectory (and per
  /// school or municipality of a child who changed school), added to each of its groups.
  func referenceFigures(
    of groups: [(kind: String, id: String)]
  ) -> (figures: [Figures], movers: Bool) {
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
    let towns = townIndex.isEmpty ? [] : municipalities()
    let townOf = Dictionary(
      towns.flatMap { m in m.schools.map { ($0, m.name) } }, uniquingKeysWith: { a, _ in a })
    var movers = false
    for t in trajectories {
      let c = referenceContribution(t)
      groupFigures[0].add(c)
      if let i = programmeIndex[t.programme] { groupFigures[i].add(c) }
      let schools = t.schools(from: period.from, through: min(period.to, today))
      if schools.count == 1 {
        if let i = schoolIndex[schools[0]] { groupFigures[i].add(c) }
      } else {
        movers = true
        for s in schools {
          if let i = schoolIndex[s] { groupFigures[i].add(referenceContribution(t, at: s)) }
        }
      }
      guard !towns.isEmpty else { continue }
      let itsTowns = Set(schools.compactMap { townOf[$0] })
      if itsTowns.count == 1, schools.allSatisfy({ townOf[$0] != nil }) {
        if let i = townIndex[itsTowns.first!] { groupFigures[i].add(c) }
      } else {
        for m in towns where itsTowns.contains(m.name) {
          if let i = townIndex[m.name] {
            groupFigures[i].add(referenceContribution(t, among: Set(m.schools)))
          }
        }
      }
    }
    return (groupFigures, movers)
  }

  /// The figures of one trajectory alone, as they were counted before `Contribution`.
  func referenceContribution(
    _ t: Trajectory, at school: String? = nil, among schools: Set<String>? = nil
  ) -> Figures {
    var f = Figures()
    let here = { (date: LocalDate) in
      if let schools { return schools.contains(t.school(on: date)) }
      return school == nil || t.school(on: date) == school
    }
    var held = 0
    var reaching = 0
    var childTalks = 0
    var networkTalks = 0
    var minutes = 0
    let programme = config.programme(t.programme)
    for i in t.sessions.indices where t.sessions[i].isHeld && !t.sessions[i].followUp {
      guard let date = t.sessions[i].date, period.contains(date), here(date) else { continue }
      held += 1
      // Reached: a contact with the child or its parents (DOMAIN.md), by its kind or by whom.
      let s = t.sessions[i]
      let withFamily = s.with.contains {
        let group = ConsentLaw.Group.of($0)
        return group == .child || group == .parents
      }
      if s.kind.map(PeriodContributionTests.familyKinds.contains) ?? true || withFamily {
        reaching += 1
      }
      if t.sessions[i].kind == .childTalk { childTalks += 1 }
      if t.sessions[i].kind == .networkTalk { networkTalks += 1 }
      minutes += t.sessions[i].countedMinutes(programme) ?? 0
    }
    if held > 0 && reaching > 0 {
      f.reached += 1
      f.reachedFamilies.insert(t.family.map { "family " + $0 } ?? "trajectory " + t.id)
      f.childTalks.append(Double(childTalks))
      f.contactMinutes.append(Double(minutes))
      f.networkTalks.append(Double(networkTalks))
    } else if reachedInActivities[t.id]?.contains(where: { period.contains($0) && here($0) })
      == true
    {
      f.reached += 1
      f.reachedFamilies.insert(t.family.map { "family " + $0 } ?? "trajectory " + t.id)
    }
    if let r = t.referral?.date, period.contains(r), here(r) {
      f.referrals += 1
      f.referralSources[t.referral?.by ?? "other", default: 0] += 1
    }
    if let days = WaitingList.daysWaiting(t, on: min(period.to, today)),
      here(min(period.to, today))
    {
      f.waiting += 1
      f.waitingDays.append(Double(days))
    }
    if let s = t.plan.start, period.contains(s), here(s) {
      f.new += 1
      if let r = t.referral?.date { f.daysToStart.append(Double(s.days(since: r))) }
    }
    let end = min(period.to, today)
    if let s = t.plan.start, s <= end, t.status != .notStarted, here(end) {
      let closedBy = t.closure?.date.map { $0 <= end } ?? (t.status == .closed)
      if !closedBy { f.running += 1 }
    }
    if t.status == .closed, let c = t.closure, let date = c.date, period.contains(date),
      here(date)
    {
      f.closed += 1
      if let s = t.plan.start {
        let days = date.days(since: s) - 7 * t.pausedWeeks(through: date)
        f.durationWeeks.append(Double(days) / 7)
      }
      var kinds = Set<SessionKind>()
      for i in t.sessions.indices where t.sessions[i].isHeld && !t.sessions[i].followUp {
        if let kind = t.sessions[i].kind { kinds.insert(kind) }
      }
      for kind in kinds { f.closedWith[kind, default: 0] += 1 }
      if let reason = c.reason { f.reasons[reason, default: 0] += 1 }
      for d in Set(c.allDestinations) { f.destinations[d, default: 0] += 1 }
      if c.continuesWithoutHelp { f.withoutHelp += 1 }
      for g in t.goals where g.result != nil {
        f.goalsWithResult += 1
        if g.result == .achieved { f.goalsAchieved += 1 }
      }
      if t.goals.contains(where: { $0.result != nil }) { f.closedWithGoalResults += 1 }
      for (party, score) in c.satisfaction {
        f.satisfaction[party, default: []].append(Double(score))
      }
    }
    return f
  }
}
