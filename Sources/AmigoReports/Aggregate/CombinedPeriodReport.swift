import AmigoSchema

/// The period report of several workspaces together (`amigo report --period P --dir A --dir B`,
/// or `--from-aggregate F` once per workspace): their aggregates (`PeriodAggregate`) added up,
/// and only then suppressed, as one report (never suppressed per workspace and then added).
///
/// Both ways read the same aggregates (a workspace's is made in memory), so the report from
/// the workspaces and the report from their aggregate files are the same. A child in two
/// workspaces counts in each (the workspaces do not know each other's ids). A programme with the
/// same id and the same profile in two workspaces is one programme; with a different profile
/// it is two, each labelled by its workspaces, and `conflicts` says what differs.
public struct CombinedPeriodReport: Sendable {
  /// One workspace's part: what it is called in messages (its folder or aggregate file) and
  /// its aggregate.
  public struct Source: Sendable {
    public var name: String
    public var aggregate: PeriodAggregate
    /// The file that defines its programmes: the workspace's `amigo.yaml`, or the aggregate
    /// file.
    public var definedIn: String
    public init(name: String, aggregate: PeriodAggregate, definedIn: String? = nil) {
      self.name = name
      self.aggregate = aggregate
      self.definedIn = definedIn ?? name
    }
  }

  public let sources: [Source]
  public let report: PeriodReport
  /// One sentence per programme defined differently in two sources, naming both and what
  /// differs, in `lang` (the report's: its notes say the same).
  public func conflicts(_ lang: Language) -> [String] { conflictList.map { $0.text(lang) } }
  /// The programmes defined differently: the id, the two files, what differs, the two ids.
  struct Conflict: Sendable {
    var id: String
    var files: (String, String)
    var programmes: (Programme, Programme)
    var ids: (String, String)
    func text(_ lang: Language) -> String {
      let differences = CombinedPeriodReport.differences(programmes.0, programmes.1, lang)
      return lang(
        "programme '\(id)' is defined differently in \(files.0) and \(files.1) (\(differences.joined(separator: "; "))): reported as two programmes, '\(ids.0)' and '\(ids.1)'",
        "programma '\(id)' is anders gedefinieerd in \(files.0) en \(files.1) (\(differences.joined(separator: "; "))): gerapporteerd als twee programma's, '\(ids.0)' en '\(ids.1)'"
      )
    }
  }
  let conflictList: [Conflict]

  public init(_ sources: [Source], period: DateRange, today: LocalDate) throws(AggregateError) {
    self.sources = sources
    for s in sources
    where s.aggregate.period.from != period.from || s.aggregate.period.to != period.to {
      let p = s.aggregate.period
      throw AggregateError(
        description:
          "\(s.name) holds the figures of \(p.name) (\(p.from) to \(p.to)), not of \(period.name) (\(period.from) to \(period.to)); write its aggregate for \(period.name) with 'amigo report --period \(period.name) --aggregate --output FILE'",
        dutch:
          "\(s.name) bevat de cijfers van \(p.name) (\(p.from) tot \(p.to)), niet van \(period.name) (\(period.from) tot \(period.to)); schrijf het aggregaat voor \(period.name) met 'amigo report --period \(period.name) --aggregate --output BESTAND'"
      )
    }
    // Each source by its organisation; by its name where that is empty or not unique.
    let organisations = sources.map(\.aggregate.organisation)
    let labels = sources.map { s in
      s.aggregate.organisation.isEmpty
        || organisations.filter({ $0 == s.aggregate.organisation }).count > 1
        ? s.name : s.aggregate.organisation
    }
    // The programmes: one per id and profile, in the order they first appear.
    var programmes: [Programme] = []
    // Per source, its programme id → the combined programme's id.
    var renamed = Array(repeating: [String: String](), count: sources.count)
    var conflicts: [Conflict] = []
    var ids: [String] = []
    for s in sources {
      for p in s.aggregate.programmes where !ids.contains(p.id) { ids.append(p.id) }
    }
    for id in ids {
      // The distinct profiles of `id`, each with the sources that define it so.
      var profiles: [(programme: Programme, sources: [Int])] = []
      for (i, s) in sources.enumerated() {
        guard let p = s.aggregate.programmes.first(where: { $0.id == id }) else { continue }
        if let k = profiles.firstIndex(where: { $0.programme == p }) {
          profiles[k].sources.append(i)
        } else {
          profiles.append((p, [i]))
        }
      }
      if profiles.count == 1 {
        programmes.append(profiles[0].programme)
        for i in profiles[0].sources { renamed[i][id] = id }
        continue
      }
      for (k, profile) in profiles.enumerated() {
        var p = profile.programme
        p.id = "\(id)@\(k + 1)"
        let by = profile.sources.map { labels[$0] }.joined(separator: ", ")
        p.label = (p.label.isEmpty ? id : p.label) + " (\(by))"
        programmes.append(p)
        for i in profile.sources { renamed[i][id] = p.id }
      }
      let first = profiles[0]
      for other in profiles.dropFirst() {
        conflicts.append(
          Conflict(
            id: id,
            files: (sources[first.sources[0]].definedIn, sources[other.sources[0]].definedIn),
            programmes: (first.programme, other.programme),
            ids: ("\(id)@1", "\(id)@\(profiles.firstIndex { $0.sources == other.sources }! + 1)")))
      }
    }
    conflictList = conflicts

    // The figures added up: families (and children) counted per source.
    var figures: [String: PeriodReport.Figures] = [:]
    func add(_ f: PeriodReport.Figures, to key: String, source: Int) {
      var f = f
      f.reachedFamilies = PeriodAggregate.familyTokens(f.families, source: source)
      figures[key, default: PeriodReport.Figures()].add(f)
    }
    for (i, s) in sources.enumerated() {
      add(s.aggregate.total, to: PeriodReport.groupKey("total", "all"), source: i)
      for (id, f) in s.aggregate.perProgramme {
        add(f, to: PeriodReport.groupKey("programme", renamed[i][id] ?? id), source: i)
      }
    }
    var config = Config()
    var names: [String] = []
    for l in labels where !names.contains(l) { names.append(l) }
    config.organisation = names.joined(separator: " + ")
    config.language = sources.first?.aggregate.language ?? "nl"
    // The strictest threshold of the workspaces.
    config.smallNumbers = sources.map(\.aggregate.smallNumbers).max() ?? 5
    config.programmes = programmes
    var report = PeriodReport(trajectories: [], config: config, period: period, today: today)
    report.given = PeriodReport.GivenFigures(figures: figures)
    self.report = report
  }

  /// What differs between two profiles of one programme id, as `field: a ≠ b`.
  static func differences(_ a: Programme, _ b: Programme, _ lang: Language) -> [String] {
    let notSet = lang("not set", "niet ingesteld")
    let fields: [(String, (Programme) -> String)] = [
      (Programme.Key.label, { $0.label }),
      (Programme.Key.age, { $0.age.map { "\($0.lowerBound)-\($0.upperBound)" } ?? notSet }),
      (Programme.Key.weeks, { $0.weeks.map { "\($0.lowerBound)-\($0.upperBound)" } ?? notSet }),
      (Programme.Key.childSessionsPerWeek, { $0.childSessionsPerWeek.map(String.init) ?? notSet }),
      (Programme.Key.sessionMinutes, { $0.sessionMinutes.map(String.init) ?? notSet }),
      (Programme.Key.doseKind, { $0.doseKind.rawValue }),
      (
        Programme.Key.requiredContacts,
        { $0.requiredContacts.map(\.rawValue).joined(separator: ", ") }
      ),
      (
        Programme.Key.sessionKinds,
        { $0.sessionKinds?.map(\.rawValue).joined(separator: ", ") ?? notSet }
      ),
      (Programme.Key.goals, { String($0.goalsExpected) }),
      (Programme.Key.retentionYears, { $0.retentionYears.map(String.init) ?? notSet }),
      (Programme.Key.followUpMonths, { $0.followUpMonths.map(String.init) ?? notSet }),
      (Programme.Key.referredBy, { $0.referrers.joined(separator: ", ") }),
      (Programme.Key.notRecorded, { $0.notRecorded.joined(separator: ", ") }),
      (Programme.Key.parentsConsent, { String($0.parentsConsent) }),
      (Programme.Key.figures, { $0.figures?.joined(separator: ", ") ?? notSet }),
    ]
    let shown = { (v: String) in v.isEmpty ? lang("none", "geen") : v }
    return fields.compactMap { name, value in
      value(a) == value(b) ? nil : "\(name) \(shown(value(a))) ≠ \(shown(value(b)))"
    }
  }

  /// The combined report: the period report of the added-up figures, without the parts that
  /// need the child files (per school, hours, sharing, measures, after the trajectory,
  /// meetings and groups, work without a child file), with notes that say where the figures
  /// come from.
  public func document(_ lang: Language) -> ReportDocument {
    var doc = report.document(lang)
    doc.sections.removeAll { $0.id == "schools" }
    if var csv = doc.csvTable,
      let column = csv.columns.firstIndex(where: { $0.key == "group_type" })
    {
      csv.rows.removeAll { row in
        if case .code("school", _) = row[column] { return true }
        return false
      }
      doc.csvTable = csv
    }
    let listed = sources.map {
      $0.aggregate.organisation.isEmpty ? $0.name : "\($0.aggregate.organisation) (\($0.name))"
    }
    var notes: [Block] = [
      .paragraph(
        lang(
          "Combined from \(sources.count) workspaces: \(listed.joined(separator: "; ")). The figures are added up first and hidden after, on the combined figures. A child supported in two workspaces counts in each. Per school, hours, information sharing, outcome measures, after the trajectory, meetings and groups and work without a child file are not combined: they need the workspaces' own files.",
          "Samengevoegd uit \(sources.count) werkmappen: \(listed.joined(separator: "; ")). De cijfers zijn eerst opgeteld en daarna verborgen, op de samengevoegde cijfers. Een kind dat in twee werkmappen begeleid wordt, telt in elk. Per school, uren, informatiedeling, uitkomstmaten, na het traject, overleggen en groepen en werk zonder kinddossier worden niet samengevoegd: daarvoor zijn de eigen bestanden van de werkmappen nodig."
        ))
    ]
    if !conflictList.isEmpty {
      notes.append(
        .list(
          conflictList.map {
            lang("Reported separately: ", "Apart gerapporteerd: ") + $0.text(lang)
          }))
    }
    let unended = sources.filter { !$0.aggregate.ended }.map(\.name)
    if !unended.isEmpty {
      notes.append(
        .paragraph(
          lang(
            "The period had not ended when these were counted, so \"running at the end\" and \"waiting\" are as of that day: \(unended.joined(separator: ", ")).",
            "De periode was nog niet voorbij toen deze geteld werden, dus \"lopend aan het eind\" en \"wachtend\" zijn van die dag: \(unended.joined(separator: ", "))."
          )))
    }
    if let i = doc.sections.firstIndex(where: { $0.id == "notes" }) {
      doc.sections[i].blocks += notes
    } else {
      doc.sections.append(Section(id: "notes", title: lang("Notes", "Toelichting"), blocks: notes))
    }
    return doc
  }
}
