import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo list`: the workspace's trajectories as a table, filtered by status, worker, school or
/// programme. The table is a report document (`CaseloadList` in AmigoReports); this reads the
/// rows and filters them.
enum ListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List trajectories with their status, school, worker and week.",
    discussion: """
      One line per trajectory: id, child label, status, school, worker, the week of the
      trajectory as of today (and the planned number of weeks) for trajectories under way, the
      start date and the last session held, and for a trajectory on the waiting list (referred,
      waiting or intake, not started) the referral date and the days waited since. Sorted by
      status (from referred to closed) and id. Without --status only the open trajectories are
      listed (every status but closed and not started: the archive a workspace keeps for years
      stays out of sight); --all lists every one. Filters combine: --status may be repeated (or
      comma-separated) and takes English or Dutch values (actief, wachtlijst, afgesloten…);
      --worker, --school and --programme take an id declared in amigo.yaml, or a name. Files
      with errors are listed where possible, marked with '!'; 'amigo validate' says what is
      wrong. --format markdown, csv, json (typed, schema/report.schema.json) or html gives the
      same rows for other programs.
      """,
    examples: [
      "amigo list", "amigo list --all", "amigo list --status actief --status afronding",
      "amigo list --worker mvd",
      "amigo list --school de-zeester --lang en", "amigo list --all --format csv",
    ],
    options: [
      OptionSpec(
        "status", short: "s", value: "status", repeatable: true, values: .values(Schemas.status),
        help: "Only these statuses (repeatable): \(Schemas.status.choices)."),
      OptionSpec(
        "all", short: "a",
        help: "Also the closed and not started trajectories (without --status: only open ones)."),
      OptionSpec("worker", short: "w", value: "worker", help: "Only this worker's trajectories."),
      OptionSpec("school", value: "school", help: "Only trajectories at this school."),
      OptionSpec("programme", value: "programme", help: "Only trajectories in this programme."),
      ReportOutput.formatOption, ReportOutput.csvDelimiterOption, ReportOutput.noBOMOption, .lang,
      .today, .dir,
    ])

  /// What the filters ask for; nil means any.
  struct Filter {
    var statuses: Set<String> = []
    var worker: String?
    var school: String?
    var programme: String?
    /// `--all`: closed and not started trajectories too when no status is asked for.
    var all = false

    var isEmpty: Bool { statuses.isEmpty && worker == nil && school == nil && programme == nil }

    /// The statuses left out by default: the archive (a file whose status amigo cannot read
    /// is listed, so that its errors are seen).
    static let archived: Set<String> = [
      TrajectoryStatus.closed.rawValue, TrajectoryStatus.notStarted.rawValue,
    ]

    /// True when the row is left out only because it is archived (for the count line).
    func hidesArchived(_ row: Row) -> Bool {
      statuses.isEmpty && !all && row.status.map(Filter.archived.contains) == true
    }

    func matches(_ row: Row) -> Bool {
      if !statuses.isEmpty && !(row.status.map(statuses.contains) ?? false) { return false }
      if hidesArchived(row) { return false }
      if let worker, row.worker != worker && !row.workers.contains(worker) { return false }
      if let school, row.school != school { return false }
      if let programme, row.programme != programme { return false }
      return true
    }
  }

  /// One trajectory file as listed: from the decoded trajectory, or, for a file amigo cannot
  /// decode, from whatever its YAML still shows.
  struct Row {
    var id: String
    var label: String
    var status: String?
    var school: String?
    var worker: String?
    /// The further workers (`workers:`), matched by --worker too.
    var workers: [String] = []
    var programme: String?
    var start: LocalDate?
    var week: Int?
    var plannedWeeks: Int?
    var lastContact: LocalDate?
    /// The referral date, and the days waited since it, for a trajectory on the waiting list
    /// today (`WaitingList`).
    var referral: LocalDate?
    var daysWaiting: Int?
    var hasErrors: Bool

    init(_ file: TrajectoryFile, today: LocalDate) {
      let name = Workspace.id(ofFile: file.path)
      hasErrors = file.diagnostics.hasErrors
      if let t = file.trajectory {
        id = t.id.isEmpty ? name : t.id
        label = t.child.label
        status = t.status?.rawValue
        school = t.school.isEmpty ? nil : t.school
        worker = t.worker.isEmpty ? nil : t.worker
        workers = t.workers
        programme = t.programme.isEmpty ? nil : t.programme
        start = t.plan.start
        plannedWeeks = t.plan.weeks
        // By index, reading fields in place (copying sessions would retain their texts).
        var last: LocalDate?
        for i in t.sessions.indices where t.sessions[i].isHeld {
          if let date = t.sessions[i].date, date <= today, last.map({ date > $0 }) ?? true {
            last = date
          }
        }
        lastContact = last
        referral = t.referral?.date
        daysWaiting = WaitingList.daysWaiting(t, on: today)
      } else {
        // Unreadable as a trajectory: the scalars that can still be found.
        func scalar(_ keys: String...) -> String? {
          file.scalar(keys)
        }
        id = scalar("id") ?? name
        label = scalar("child", "label") ?? ""
        status = scalar("status")
        school = scalar("school")
        worker = scalar("worker")
        programme = scalar("programme")
        start = scalar("plan", "start").flatMap(LocalDate.init)
        plannedWeeks = scalar("plan", "weeks").flatMap { Int($0) }
        referral = scalar("referral", "date").flatMap(LocalDate.init)
        // The waiting list's rule, from what can still be read.
        if let referral, referral <= today, start.map({ $0 > today }) ?? true,
          let status = status.flatMap(TrajectoryStatus.init(rawValue:)),
          WaitingList.statuses.contains(status)
        {
          daysWaiting = today.days(since: referral)
        }
      }
      // The week as of today, for trajectories under way: the trajectory's own rule
      // (`Trajectory.week(of:)`: paused weeks do not count), as `show` and the reports give it;
      // for a file amigo cannot decode, the calendar weeks since the start.
      if let status = status.flatMap(TrajectoryStatus.init(rawValue:)),
        status.isRunning || status == .paused, let start, start <= today
      {
        week =
          file.trajectory?.week(of: today)
          ?? (today.startOfWeek.dayNumber - start.startOfWeek.dayNumber) / 7 + 1
      }
    }

    /// A file from its index entry (`WorkspaceIndex.Summary`): only for an entry without
    /// errors that holds for `today` (an archived file, or one checked on `today`), so no
    /// errors.
    init(_ path: String, _ s: WorkspaceIndex.Summary, today: LocalDate) {
      id = s.id.isEmpty ? Workspace.id(ofFile: path) : s.id
      label = s.label
      status = s.status.nilIfEmpty
      school = s.school.nilIfEmpty
      worker = s.worker.nilIfEmpty
      workers = s.workers
      programme = s.programme.nilIfEmpty
      start = s.start
      plannedWeeks = s.plannedWeeks
      lastContact = s.lastHeld.flatMap { $0 <= today ? $0 : nil }
      referral = s.referral
      let known = status.flatMap(TrajectoryStatus.init(rawValue:))
      if let referral,
        WaitingList.isWaiting(
          referred: referral, status: known, start: start, closed: s.closure, on: today)
      {
        daysWaiting = today.days(since: referral)
      }
      hasErrors = false
      // The week as the decoded file gives it (`Trajectory.week(of:)`), kept in the entry for
      // the day it was checked: an entry read here holds for today (archived entries are not
      // under way and have none).
      if let known, known.isRunning || known == .paused, let start, start <= today,
        s.checkedOn == today
      {
        week = s.weekOnCheck
      }
    }

    /// Position of the status in the life of a trajectory; unknown statuses last.
    var statusRank: Int {
      status.flatMap { TrajectoryStatus(rawValue: $0) }.flatMap {
        TrajectoryStatus.allCases.firstIndex(of: $0)
      } ?? TrajectoryStatus.allCases.count
    }
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let config = context.config
    let language = context.options.language(config)
    let format = try ReportOutput.format(args, command: spec.name)
    let csv = try ReportOutput.csv(args, format: format, command: spec.name)
    var filter = Filter()
    for text in OptionValues.list(args, "status") {
      filter.statuses.insert(
        try OptionValues.enumValue(
          text, spec.enumeration("status"), option: "--status <status>", command: spec.name))
    }
    filter.all = args.flag("all")
    filter.worker = try args.value("worker").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.workers(config), prefixes: true, option: "--worker <worker>",
        what: "workers",
        command: spec.name)
    }
    filter.school = try args.value("school").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.schools(config), prefixes: true, option: "--school <school>",
        what: "schools",
        command: spec.name)
    }
    filter.programme = try args.value("programme").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.programmes(config), prefixes: true,
        option: "--programme <programme>",
        what: "programmes",
        command: spec.name)
    }

    // Through the workspace index: a file is listed from its index entry, unread, when the
    // entry holds for today: archived (closed or not started, without errors, every date in
    // it before tomorrow), or checked today without errors (`Summary.current(on:)`). The
    // first run of a day reads the open files once.
    let today = context.today
    let loaded = Loader.loadTrajectories(
      indexed: context.workspace, version: Amigo.version, config: config, today: today,
      // Only errors matter here: the warning-only rules run when the privacy lint reports
      // errors (`privacy: {strict: true}`); fidelity never does.
      warnings: config.strictPrivacy, detail: .facts,
      leaveUnread: leavesUnread(on: today),
      display: { [env] in env.display($0) })
    let files = loaded.files
    env.keepUntilExit(files)
    // Left out only for being archived: they match the other filters.
    var every = filter
    every.all = true
    var archived = 0
    var rows: [(path: String, row: Row)] = []
    for file in files {
      let row = Row(file, today: today)
      if filter.matches(row) { rows.append((file.path, row)) }
      if filter.hidesArchived(row) && every.matches(row) { archived += 1 }
    }
    // An unread archived entry that the filter hides whatever its texts say is only counted:
    // no row (nor any string) is made of it.
    let countedUnseen = !filter.all && filter.isEmpty
    let unread = loaded.unread
    let shown = unread.indices.filter {
      !(countedUnseen && unread[$0].standing.closedOrNotStarted)
    }
    archived += unread.count - shown.count
    // The rows of the others from their entries, decoded on every core (thousands of open
    // trajectories in a large caseload), in order.
    let unreadRows = concurrentMap(shown.count) { k in
      let u = unread[shown[k]]
      return (path: u.path, row: Row(u.path, u.summary, today: today))
    }
    for (path, row) in unreadRows {
      if filter.matches(row) { rows.append((path, row)) }
      if filter.hidesArchived(row) && every.matches(row) { archived += 1 }
    }
    // Ties (a repeated id) in path order, as a full read gives them. Each row's rank is
    // worked out once, not on every comparison.
    let ranked = rows.map { (rank: $0.row.statusRank, path: $0.path, row: $0.row) }.sorted {
      ($0.rank, $0.row.id, $0.path) < ($1.rank, $1.row.id, $1.path)
    }
    let list = CaseloadList(
      entries: ranked.map(\.row.entry), total: files.count + loaded.unread.count,
      filtered: !filter.isEmpty || archived > 0, archived: archived, today: today)
    ReportOutput.print(list.document(language), as: format, env, csv: csv)

    let broken = files.filter { $0.diagnostics.hasErrors }
    if !broken.isEmpty {
      let hidden = broken.count - ranked.filter(\.row.hasErrors).count
      let notListed = hidden > 0 ? language.text(.cdListNotListed, String(hidden)) : ""
      env.stderr.write(
        (broken.count == 1
          ? language.text(.cdListOneError, notListed)
          : language.text(.cdListErrors, String(broken.count), notListed)) + "\n")
    }
    return .success
  }
}

extension ListCommand {
  /// The files `list` takes from their index entries on `today`, unread: archived (closed or
  /// not started, without errors, every date in it before tomorrow), or checked on `today`
  /// without errors (`Summary.current(on:)`).
  static func leavesUnread(on today: LocalDate) -> @Sendable (WorkspaceIndex.Standing) -> Bool {
    {
      ($0.isArchived && $0.settled(before: today.adding(days: 1))) || $0.current(on: today)
    }
  }
}

extension ListCommand.Row {
  /// The row as the list report takes it (`CaseloadList`).
  var entry: CaseloadList.Entry {
    CaseloadList.Entry(
      id: id, label: label, status: status, school: school, worker: worker, week: week,
      plannedWeeks: plannedWeeks, start: start, lastContact: lastContact, referral: referral,
      daysWaiting: daysWaiting, hasErrors: hasErrors)
  }
}

extension String {
  /// nil for the empty string.
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
