import AmigoSchema

/// `amigo list` as a report document: one row per trajectory (id, child, status, school,
/// worker, the week of the trajectory as of today against the planned weeks, start, last
/// contact, and for the waiting list the referral date and the days waited), then the count
/// line. The rows come in as plain values (`Entry`), filtered and in order: where they are read
/// from (the files, the workspace index) is the command's business.
///
/// Its text is the compact screen (`TextLayout.screen`); its JSON and CSV are the same rows as
/// data (`schema/report.schema.json`, report `list`).
public struct CaseloadList: Sendable {
  /// One trajectory as listed.
  public struct Entry: Sendable, Hashable {
    public var id: String
    public var label: String
    public var status: String?
    public var school: String?
    public var worker: String?
    public var week: Int?
    public var plannedWeeks: Int?
    public var start: LocalDate?
    public var lastContact: LocalDate?
    /// The referral date and the days waited since it, for a trajectory on the waiting list.
    public var referral: LocalDate?
    public var daysWaiting: Int?
    /// The file has errors (`amigo validate` says which): marked `!`.
    public var hasErrors: Bool

    public init(
      id: String, label: String, status: String?, school: String?, worker: String?, week: Int?,
      plannedWeeks: Int?, start: LocalDate?, lastContact: LocalDate?, referral: LocalDate?,
      daysWaiting: Int?, hasErrors: Bool
    ) {
      self.id = id
      self.label = label
      self.status = status
      self.school = school
      self.worker = worker
      self.week = week
      self.plannedWeeks = plannedWeeks
      self.start = start
      self.lastContact = lastContact
      self.referral = referral
      self.daysWaiting = daysWaiting
      self.hasErrors = hasErrors
    }
  }

  /// The rows shown, in order.
  public var entries: [Entry]
  /// Every trajectory in the workspace, shown or not.
  public var total: Int
  /// A filter (or the default that leaves the archive out) left some out: `4 of 15`.
  public var filtered: Bool
  /// Left out only for being archived (closed or not started, without --all or --status).
  public var archived: Int
  public var today: LocalDate

  public init(entries: [Entry], total: Int, filtered: Bool, archived: Int, today: LocalDate) {
    self.entries = entries
    self.total = total
    self.filtered = filtered
    self.archived = archived
    self.today = today
  }

  public func document(_ L: Language) -> ReportDocument {
    let table = Table(
      id: "trajectories",
      columns: [
        Column("id", "id"),
        Column("child", L("child", "kind"), screen: ScreenColumn(maxWidth: 20)),
        Column("status", "status", labelColumn: L("status (label)", "status (omschrijving)")),
        Column("school", "school"),
        Column("worker", L("worker", "begeleider")),
        Column("week", "week", numeric: true),
        Column("start", "start"),
        Column("last_contact", L("last contact", "laatste contact")),
        Column("referred_on", L("referred on", "aangemeld op")),
        Column("days_waiting", L("days waiting", "dagen wachtend"), numeric: true),
        Column("planned_weeks", L("planned weeks", "geplande weken"), screen: .dataOnly),
        Column("errors", L("errors", "fouten"), screen: .dataOnly),
      ],
      rows: entries.map { row($0, L) })
    var doc = ReportDocument(
      kind: "list", title: L("Trajectories", "Trajecten"),
      facts: [
        Fact("as_of", L("As of", "Stand van"), .text(today.description)),
        Fact("shown", L("Shown", "Getoond"), .int(entries.count)),
        Fact("total", L("Trajectories", "Trajecten"), .int(total)),
        Fact("archived_left_out", L("Archived, left out", "Archief, weggelaten"), .int(archived)),
      ],
      sections: [
        Section(
          id: "trajectories", title: "",
          blocks: [.table(table), .paragraph(countLine(L) + archivedNote(L))])
      ],
      csvTable: table)
    doc.textLayout = .screen(showsTitle: false)
    return doc.written(in: L)
  }

  func row(_ e: Entry, _ L: Language) -> [Cell] {
    let unknown = Cell.shown("?", value: .empty)
    let status = e.status.map { Cell.code($0, label: Schemas.status[$0]?.label(L.code) ?? $0) }
    var week = Cell.empty
    if let n = e.week {
      week = .shown(e.plannedWeeks.map { "\(n)/\($0)" } ?? "\(n)", value: .int(n))
      if let planned = e.plannedWeeks, n > planned { week = .marked(week, .attention) }
    }
    let id = Cell.text(e.id)
    return [
      e.hasErrors ? .marked(.shown(e.id + " !", value: id), .alarm) : id,
      .text(e.label),
      (status ?? unknown).marked(ChildSummary.emphasis(ofStatus: e.status)),
      e.school.map { .text($0) } ?? unknown,
      e.worker.map { .text($0) } ?? unknown,
      week,
      e.start.map { .text($0.description) } ?? .empty,
      e.lastContact.map { .text($0.description) } ?? .empty,
      // Only for the trajectories on the waiting list: the date and the days since.
      e.daysWaiting == nil ? .empty : e.referral.map { .text($0.description) } ?? .empty,
      e.daysWaiting.map { .int($0) } ?? .empty,
      e.plannedWeeks.map { .int($0) } ?? .empty,
      e.hasErrors ? .code("errors", label: L("errors", "fouten")) : .empty,
    ]
  }

  /// `15 trajectories`, or with filters `4 of 15 trajectories`.
  func countLine(_ L: Language) -> String {
    let nouns = L.code == "nl" ? ("traject", "trajecten") : ("trajectory", "trajectories")
    guard filtered else { return "\(total) " + (total == 1 ? nouns.0 : nouns.1) }
    return L(PartOf.en(entries.count, total, nouns), PartOf.nl(entries.count, total, nouns))
  }

  /// ` (--all shows the 5 closed or not started too)`, when the default leaves some out.
  func archivedNote(_ L: Language) -> String {
    guard archived > 0 else { return "" }
    if archived == 1 {
      return L(
        " (--all shows the one closed or not started too)",
        " (--all toont ook het ene afgesloten of niet gestarte traject)")
    }
    return L(
      " (--all shows the \(archived) closed or not started too)",
      " (--all toont ook de \(archived) afgesloten of niet gestarte)")
  }
}
