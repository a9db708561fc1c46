import AmigoSchema

/// The pseudonymised research export (`amigo export --research`): one row per trajectory and
/// one row per goal rating, for an effect study. Documented column by column in
/// `docs/research-export.md`.
///
/// What it leaves out is the point: no labels, no free text of any kind (requests, goal texts,
/// notes, summaries), no worker, no calendar dates and no birth month. Ids are re-keyed with
/// HMAC-SHA-256 under a salt; dates become days since the trajectory's start; the birth month
/// becomes a two-year age band. Rows are sorted by the pseudonym, so their order tells nothing
/// about the files either.
public struct ResearchExport: Sendable {
  /// The export's format version, in the facts; a change to columns bumps it.
  public static let formatVersion = "amigo.research/3"
  /// The consent scope a trajectory needs to be in the export.
  public static let consentScope = "research"
  /// Hexadecimal digits of the HMAC kept as the pseudonym (64 bits).
  public static let pseudonymLength = 16

  public let config: Config
  public let period: DateRange?
  /// The HMAC key.
  public let salt: [UInt8]
  /// True when the salt was given (pseudonyms are the same in every export with that salt).
  public let stable: Bool
  /// The trajectories exported: those overlapping the period (all without one) with consent
  /// for research in force (`hasResearchConsent`).
  public let trajectories: [Trajectory]
  /// The trajectories overlapping the period left out because no consent for research is in
  /// force.
  public let withoutResearchConsent: Int
  /// Per trajectory id: its attendance at group meetings (present, absent, excused) and the
  /// meetings about several children that named it, in the period (`activities/`).
  let activityCounts: [String: [Int]]

  public init(
    trajectories: [Trajectory], activities: [Activity] = [], config: Config, period: DateRange?,
    salt: [UInt8], stable: Bool, today: LocalDate? = nil
  ) {
    var counts: [String: [Int]] = [:]
    for a in activities {
      for m in a.meetings {
        guard let d = m.date, period?.contains(d) ?? true else { continue }
        for row in m.attendance {
          let column: Int
          switch row.attendance {
          case .present: column = 0
          case .absent: column = 1
          case .excused: column = 2
          }
          counts[row.id, default: [0, 0, 0, 0]][column] += 1
        }
      }
      if a.type == .meeting, let d = a.date, period?.contains(d) ?? true {
        for id in Set(a.children) { counts[id, default: [0, 0, 0, 0]][3] += 1 }
      }
    }
    self.activityCounts = counts
    self.config = config
    self.period = period
    self.salt = salt
    self.stable = stable
    let selected =
      period.map { p in trajectories.filter { ResearchExport.overlaps($0, p) } } ?? trajectories
    self.trajectories = selected.filter {
      ResearchExport.hasResearchConsent(
        $0, today: today, bothParents: config.consentBothParents)
    }
    withoutResearchConsent = selected.count - self.trajectories.count
  }

  /// True when the consent as recorded (every entry given, less every withdrawal) covers
  /// research. Files with dates in the future have errors and are not exported, so this is the
  /// consent in force on the day of the export.
  /// With `today`, the consent for research must also be given by the party the law asks for
  /// at the child's age today (judged per scope, `ConsentLaw`): a 13-year-old's data go to
  /// researchers on the child's and the parents' word, a 16-year-old's on the child's.
  public static func hasResearchConsent(
    _ t: Trajectory, today: LocalDate? = nil, bothParents: Bool = false
  ) -> Bool {
    let inForce = ConsentLaw.InForce(t.consent, on: LocalDate(year: 9999, month: 12, day: 31)!)
    guard inForce.scopes.contains(consentScope) else { return false }
    guard let today, let born = t.child.born else { return true }
    return ConsentLaw.partyProblem(
      needing: [consentScope], inForce: inForce, age: ConsentLaw.Age(born: born, on: today),
      bothParents: bothParents) == nil
  }

  // MARK: Derived values

  /// The re-keyed id: the first 16 hexadecimal digits of HMAC-SHA-256(salt, id).
  public func pseudonym(_ id: String) -> String {
    String(
      hexString(HMACSHA256.authenticationCode(key: salt, message: Array(id.utf8))).prefix(
        ResearchExport.pseudonymLength))
  }

  /// Two-year age bands: `8-9`, `10-11`, `12-13`. Nil for a negative age.
  public static func ageBand(_ age: Int) -> String? {
    guard age >= 0 else { return nil }
    let low = age - age % 2
    return "\(low)-\(low + 1)"
  }

  /// The child's age band at the start (at the referral when there is no start yet).
  public static func ageBand(of t: Trajectory) -> String? {
    guard let born = t.child.born, let on = t.plan.start ?? t.referral?.date else { return nil }
    return ageBand(born.age(on: on))
  }

  /// Days from the trajectory's start to `date`: negative before the start. Nil without a
  /// start or a date.
  public static func day(_ date: LocalDate?, of t: Trajectory) -> Int? {
    guard let date, let start = t.plan.start else { return nil }
    return date.days(since: start)
  }

  /// The first and last dates the file knows of: referral, consents, start, sessions, ratings
  /// and closure. The end is nil while the trajectory is open.
  static func span(_ t: Trajectory) -> (first: LocalDate, last: LocalDate?)? {
    var dates: [LocalDate] = []
    if let r = t.referral?.date { dates.append(r) }
    dates += t.consent.compactMap(\.date)
    if let s = t.plan.start { dates.append(s) }
    dates += t.sessions.compactMap(\.date)
    dates += t.goals.flatMap { $0.ratings.compactMap(\.date) }
    dates += t.measures.compactMap(\.date)
    if let c = t.closure?.date { dates.append(c) }
    guard let first = dates.min() else { return nil }
    if let closed = t.closure?.date { return (first, closed) }
    let ended = t.status == .closed || t.status == .notStarted
    return (first, ended ? dates.max() : nil)
  }

  /// True when the trajectory (from its first date to its closure, or open) overlaps `period`.
  public static func overlaps(_ t: Trajectory, _ period: DateRange) -> Bool {
    guard let (first, last) = span(t) else { return false }
    return first <= period.to && (last.map { $0 >= period.from } ?? true)
  }

  // MARK: Tables

  /// Contact kinds counted per column, besides child talks (the column is the kind's policy).
  static let contactColumns: [(String, SessionKind)] = SessionKind.allCases.filter {
    $0 != .childTalk
  }.map { ($0.policy.exportColumn, $0) }

  /// The column keys of the trajectory table, in order.
  public static let trajectoryColumns: [String] =
    [
      "id", "programme", "school", "status", "gender", "group", "age_band", "referral_by",
      "concerns", "referral_day", "consent_day", "closure_day", "last_contact_day",
      "planned_weeks", "weeks", SessionKind.childTalk.policy.exportColumn, "child_talk_minutes",
      "contact_minutes",
    ] + contactColumns.map(\.0)
    + [
      "sessions_not_held", "had_home_visit", "had_classroom_observation", "had_parent_talk",
      "had_teacher_talk", "closure_reason", "destination", "goals_total", "goals_achieved",
      "goals_partly", "satisfaction_child", "satisfaction_parents", "satisfaction_teacher",
      "sharing_given", "school_informed_day", "meldcode_outcome", "consent_exception",
      "group_present", "group_absent", "group_excused", "meetings_discussed",
      // After the trajectory (issue 23, format 3).
      "follow_up_contacts", "follow_up_minutes", "referrals_made", "referrals_made_youth_care",
      "referrals_made_youth_mental_health",
    ] + destinationColumns.map(\.0)

  /// One 0/1 column per destination code (`destination_youth_care`): a closure may name several.
  static let destinationColumns: [(String, String)] = Schemas.destination.values.map {
    ("destination_" + String($0.value.map { $0 == "-" ? "_" : $0 }), $0.value)
  }

  /// The column keys of the measurement table, in order.
  public static let measurementColumns: [String] = [
    "id", "goal", "domain", "target", "result", "day", "rater", "value",
  ]

  static func text(_ s: String?) -> Cell { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
  static func int(_ n: Int?) -> Cell { n.map { .int($0) } ?? .empty }
  static func score(_ d: Double?) -> Cell {
    d.map(Cell.score) ?? .empty
  }
  static func flag(_ b: Bool) -> Cell { .int(b ? 1 : 0) }

  /// One trajectory's row.
  public func row(_ t: Trajectory) -> [Cell] {
    // One pass over the sessions, reading fields in place (copies would retain their texts).
    var heldCount = 0
    var heldMinutes = 0
    var childTalkMinutes = 0
    var perKind: [SessionKind: Int] = [:]
    var lastContact: LocalDate?
    let programme = config.programme(t.programme)
    var followUpHeld = 0
    var followUpMinutes = 0
    var notHeld = 0
    for i in t.sessions.indices {
      // Follow-up contacts after the closure are no support: out of the dose columns, as in the
      // child and period reports, and counted in `follow_up_contacts`.
      if t.sessions[i].followUp {
        if t.sessions[i].isHeld {
          followUpHeld += 1
          followUpMinutes += t.sessions[i].countedMinutes(programme) ?? 0
          if let date = t.sessions[i].date, lastContact.map({ date > $0 }) ?? true {
            lastContact = date
          }
        }
        continue
      }
      guard t.sessions[i].isHeld else {
        notHeld += 1
        continue
      }
      heldCount += 1
      let minutes = t.sessions[i].countedMinutes(programme) ?? 0
      heldMinutes += minutes
      if let kind = t.sessions[i].kind {
        perKind[kind, default: 0] += 1
        if kind == .childTalk { childTalkMinutes += minutes }
      }
      if let date = t.sessions[i].date, lastContact.map({ date > $0 }) ?? true {
        lastContact = date
      }
    }
    func count(_ kind: SessionKind) -> Int { perKind[kind] ?? 0 }
    var weeks: Int?
    if t.status == .closed, let c = t.closure?.date { weeks = t.week(of: c) }
    let satisfaction = t.closure?.satisfaction ?? [:]
    var cells: [Cell] = [
      .text(pseudonym(t.id)),
      ResearchExport.text(t.programme),
      // Every school the child attended, in order (`a;b` for a child who changed school).
      ResearchExport.text(t.allSchools.joined(separator: ";")),
      ResearchExport.text(t.status?.rawValue),
      ResearchExport.text(t.child.gender),
      ResearchExport.int(t.child.group),
      ResearchExport.text(ResearchExport.ageBand(of: t)),
      ResearchExport.text(t.referral?.by),
      ResearchExport.text((t.referral?.concerns ?? []).joined(separator: ";")),
      ResearchExport.int(ResearchExport.day(t.referral?.date, of: t)),
      ResearchExport.int(ResearchExport.day(t.firstConsent, of: t)),
      ResearchExport.int(ResearchExport.day(t.closure?.date, of: t)),
      ResearchExport.int(ResearchExport.day(lastContact, of: t)),
      ResearchExport.int(t.plan.weeks),
      ResearchExport.int(weeks),
      .int(count(.childTalk)),
      .int(childTalkMinutes),
      .int(heldMinutes),
    ]
    cells += ResearchExport.contactColumns.map { .int(count($0.1)) }
    cells += [
      .int(notHeld),
      ResearchExport.flag(count(.homeVisit) > 0),
      ResearchExport.flag(count(.classroomObservation) > 0),
      ResearchExport.flag(count(.parentTalk) > 0),
      ResearchExport.flag(count(.teacherTalk) > 0),
      ResearchExport.text(t.closure?.reason?.rawValue),
      // The one destination, or `several` (then see the `destination_*` columns).
      ResearchExport.text(
        t.closure.flatMap { c in
          let all = Array(Set(c.allDestinations))
          return all.count > 1 ? "several" : all.first
        }),
      .int(t.goals.count),
      .int(t.goals.filter { $0.result == .achieved }.count),
      .int(t.goals.filter { $0.result == .partly }.count),
      ResearchExport.int(satisfaction[.child]),
      ResearchExport.int(satisfaction[.parents]),
      ResearchExport.int(satisfaction[.teacher]),
      .int(t.sharing.count(where: \.isGiven)),
      ResearchExport.int(ResearchExport.day(t.firstSharingWithSchool, of: t)),
      ResearchExport.text(t.meldcodeOutcome),
      ResearchExport.text(
        Schemas.consentException.values.map(\.value).filter { e in
          t.consent.contains { $0.exception == e }
        }.joined(separator: ";")),
    ]
    cells += (activityCounts[t.id] ?? [0, 0, 0, 0]).map { .int($0) }
    cells += [
      .int(followUpHeld), .int(followUpMinutes), .int(t.referrals.count),
      .int(t.referrals.count { $0.to == "youth-care" }),
      .int(t.referrals.count { $0.to == "youth-mental-health" }),
    ]
    // Empty for a trajectory not closed (no destination yet), else 0/1 per code.
    let destinations = t.closure.map { Set($0.allDestinations) }.flatMap {
      $0.isEmpty ? nil : $0
    }
    cells += ResearchExport.destinationColumns.map { column in
      destinations.map { ResearchExport.flag($0.contains(column.1)) } ?? .empty
    }
    return cells
  }

  /// One row per trajectory, sorted by pseudonym.
  public func trajectoryTable() -> Table {
    let rows = trajectories.map(row).sorted { $0[0].display < $1[0].display }
    return Table(
      id: "trajectories", columns: ResearchExport.columns(ResearchExport.trajectoryColumns),
      rows: rows)
  }

  /// One row per goal rating: the goal by its position (1, 2, …), never its id or text.
  public func measurementTable() -> Table {
    var rows: [(key: String, goal: Int, order: Int, cells: [Cell])] = []
    for t in trajectories {
      let id = pseudonym(t.id)
      for (g, goal) in t.goals.enumerated() {
        for (i, rating) in goal.ratings.enumerated() {
          rows.append(
            (
              id, g + 1, i,
              [
                .text(id), .int(g + 1), ResearchExport.text(goal.domain),
                ResearchExport.score(goal.target), ResearchExport.text(goal.result?.rawValue),
                ResearchExport.int(ResearchExport.day(rating.date, of: t)),
                ResearchExport.text(rating.rater), ResearchExport.score(rating.value),
              ]
            ))
        }
      }
    }
    rows.sort { ($0.key, $0.goal, $0.order) < ($1.key, $1.goal, $1.order) }
    return Table(
      id: "measurements", columns: ResearchExport.columns(ResearchExport.measurementColumns),
      rows: rows.map(\.cells))
  }

  /// Columns whose label is the key: the export is for statistics software, in any language.
  static func columns(_ keys: [String]) -> [Column] {
    let textual: Set<String> = [
      "id", "programme", "school", "status", "gender", "age_band", "referral_by", "concerns",
      "closure_reason", "destination", "domain", "result", "rater", "meldcode_outcome",
      "consent_exception",
    ]
    return keys.map { Column($0, $0, numeric: !textual.contains($0)) }
  }

  /// Which table CSV output carries (CSV holds one table per file).
  public enum CSVTable: Sendable {
    case trajectories, measurements, outcomes
  }

  /// The export as a report document: both tables as sections (JSON), and `csv` as the data
  /// table (nil for JSON, which carries both tables in its sections).
  public func document(csv: CSVTable?) -> ReportDocument {
    // CSV carries one table: only that one is built (the other is counted).
    let trajectoryTable = csv == nil || csv == .trajectories ? trajectoryTable() : nil
    let measurementTable = csv == nil || csv == .measurements ? measurementTable() : nil
    let outcomeTable = csv == nil || csv == .outcomes ? outcomeTable() : nil
    let measurementCount =
      measurementTable?.rows.count
      ?? trajectories.reduce(0) { n, t in
        t.goals.reduce(n) { $0 + $1.ratings.count }
      }
    var facts = [
      Fact("format", "format", .text(ResearchExport.formatVersion)),
      Fact("pseudonyms", "pseudonyms", .text(stable ? "stable" : "per-export")),
    ]
    if let period {
      facts += [
        Fact("period", "period", .text(period.name)),
        Fact("from", "from", .text(period.from.description)),
        Fact("to", "to", .text(period.to.description)),
      ]
    }
    facts += [
      Fact("trajectories", "trajectories", .int(trajectories.count)),
      Fact("without_research_consent", "without_research_consent", .int(withoutResearchConsent)),
      Fact("measurements", "measurements", .int(measurementCount)),
      Fact(
        "outcome_measures", "outcome_measures",
        .int(trajectories.reduce(0) { $0 + $1.measures.count })),
    ]
    let data: Table? =
      switch csv {
      case .trajectories: trajectoryTable
      case .measurements: measurementTable
      case .outcomes: outcomeTable
      case nil: nil
      }
    var sections: [Section] = []
    if let trajectoryTable {
      sections.append(
        Section(id: "trajectories", title: "Trajectories", blocks: [.table(trajectoryTable)]))
    }
    if let measurementTable {
      sections.append(
        Section(id: "measurements", title: "Measurements", blocks: [.table(measurementTable)]))
    }
    if let outcomeTable {
      sections.append(
        Section(id: "outcomes", title: "Outcome measures", blocks: [.table(outcomeTable)]))
    }
    return ReportDocument(
      kind: "research", title: "Research export", facts: facts, sections: sections,
      csvTable: data)
  }
}
