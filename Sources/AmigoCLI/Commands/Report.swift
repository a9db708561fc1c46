import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo report --week [WEEK] | --child CHILD | --period PERIOD`.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    abstract: "The worker's week, one child's trajectory, or the figures of a period.",
    discussion: """
      --week [WEEK]     per worker: every running trajectory with this week's child talks against
                        the programme norm, minutes, other contacts and last scores; an attention
                        list; referrals, starts and closures. WEEK is 2026-W47, 47 (this year),
                        'this' (default), 'last', or any date in the week.
      --child CHILD     one trajectory on one page: dates, dose, fidelity, goals over time.
      --period PERIOD   aggregates for funders, per programme and school, small numbers hidden
                        with a mark that says why ('<5' a small count, 'n<5' too few cases,
                        'x' withheld; a legend explains them): 2026, 2026-Q3, 2026-09, a school
                        year 2025/2026, or FROM..TO.
      --period P --team, --period P --worker W
                        the coordinator's internal views: a table per worker, or one worker
                        with their trajectories; not suppressed, not for funders, never
                        published, workers in id order (never ranked). Appraisal with them
                        needs the works council's consent (WOR art. 27).
      --period P --dir A --dir B, --period P --from-aggregate F …
                        several workspaces combined: their figures added up, then small
                        numbers hidden on the sums; a child in two workspaces counts in each;
                        a programme defined differently is reported as two.
      --period P --aggregate --output F
                        the workspace's confidential aggregate (amigo.aggregate/1: counts
                        only, no ids or names), for an owner of the method who combines
                        organisations; never over an existing file without --force.
      A file that cannot be read as a trajectory (a YAML error such as a duplicate key or a git
      conflict), or that repeats another file's trajectory id (a copy: each id counts once,
      from the file named after it), stops --period (exit 65) unless --skip-invalid; --week
      runs. A report made without such files names them at its top, in its facts and in its
      CSV.
      Reports are pure functions of the files and the date (--today pins it). Text output uses
      colour only on a terminal and never with NO_COLOR or TERM=dumb. CSV is RFC 4180 in UTF-8; use
      --csv-delimiter ';' (with decimal commas, and a byte order mark so that Excel reads the
      accents right; --no-bom leaves it out) for Dutch spreadsheets. Numbers are written as
      numbers, codes with their labels beside them, and a text cell that starts with '=', '+',
      '-', '@', a tab or a carriage return gets a ' in front, so no spreadsheet runs it as a
      formula. --period CSV is long: one row per table, group and figure, with the period,
      organisation, value, unit, quartiles and the reason a figure is hidden. JSON is typed and
      has a stable, documented shape (README.md, schema/report.schema.json). HTML is one
      self-contained file (inline CSS and SVG charts, no scripts or network) for a browser or
      for print on A4; the child report says it is confidential on every printed page.
      """,
    examples: [
      "amigo report --week", "amigo report --week last --worker mvd --format markdown",
      "amigo report --child AOS-2026-K7Q4 --lang en",
      "amigo report --child AOS-2026-K7Q4 --format html --output child.html",
      "amigo report --period 2025/2026 --format csv --csv-delimiter ';'",
      "amigo report --period 2025/2026 --aggregate --output team-noord.json",
      "amigo report --period 2025/2026 --from-aggregate noord.json --from-aggregate zuid.json",
    ],
    options: [
      OptionSpec(
        "week", value: "week", optionalValue: true,
        help: "The weekly overview (default: this week)."),
      OptionSpec("child", value: "child", help: "One trajectory: id, id prefix or label."),
      OptionSpec("period", value: "period", help: "Aggregate figures for a period."),
      OptionSpec(
        "worker", value: "worker",
        help:
          "Only this worker (weekly report); with --period the coordinator's internal view of one worker."
      ),
      OptionSpec(
        "team",
        help:
          "--period: the coordinator's internal table per worker (trajectories, contact hours, weeks at the norm, waiting list)."
      ),
      OptionSpec(
        "publish",
        help:
          "--period: keep these figures as published (published/<period>.json, counts only); later runs say how they differ."
      ),
      OptionSpec(
        "format", short: "f", value: "format",
        values: .words(ReportFormat.allCases.map { ($0.rawValue, "") }),
        help:
          "text (default), markdown, csv, json or html (one file with charts, for a browser or print)."
      ),
      .lang,
      ReportOutput.csvDelimiterOption, ReportOutput.noBOMOption,
      OptionSpec(
        "skip-invalid",
        help:
          "--period: report even when files cannot be read; the report names the ones left out."),
      OptionSpec(
        "output", short: "o", value: "file",
        help:
          "Write the report to a file (atomically, readable by you only; never among the workspace's own files) instead of standard output ('-')."
      ),
      OptionSpec(
        "aggregate",
        help:
          "--period: write the workspace's confidential aggregate (counts only, amigo.aggregate/1) to --output, for combining with other organisations."
      ),
      OptionSpec(
        "from-aggregate", value: "file", repeatable: true, values: .files,
        help: "--period: combine this aggregate file (repeat it; with --dir too)."),
      OptionSpec("force", help: "--aggregate: replace an existing file."),
      .today,
      OptionSpec(
        "dir", value: "folder", repeatable: true,
        help:
          "The workspace folder (default: the nearest folder with amigo.yaml; or $AMIGO_DIR); repeat it with --period to combine workspaces."
      ),
    ])

  /// What `--csv-delimiter` accepts (and completion offers), and the character each means.
  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let options = try CommonOptions(args, env, command: spec)
    let name = spec.name
    let modes = ["week", "child", "period"].filter { args.value($0) != nil }
    guard modes.count <= 1 else {
      throw UsageError.conflictingOptions("--" + modes[0], "--" + modes[1], command: name)
    }
    if args.flag("team") && args.value("period") == nil {
      throw UsageError.invalidValue(
        "--team", for: "--team", command: name,
        hint: Hint(.hintTeamIsPeriod))
    }
    if args.flag("team"), args.value("worker") != nil {
      throw UsageError.conflictingOptions("--team", "--worker", command: name)
    }
    // The coordinator's views are internal: never published to a funder.
    if args.flag("publish"),
      let other = ["team", "worker"].first(where: {
        args.flag($0) || args.value($0) != nil
      })
    {
      throw UsageError.conflictingOptions("--publish", "--" + other, command: name)
    }
    if args.flag("publish") && args.value("period") == nil {
      throw UsageError.invalidValue(
        "--publish", for: "--publish", command: name,
        hint: Hint(.cbPublishPeriodOnly))
    }
    let format = try options.format(
      ReportFormat.allCases, default: .text,
      hint: Hint.oneOf(["'text'", "'markdown'", "'csv'", "'json'", "'html'"]))
    let (delimiter, bom) = try ReportOutput.csv(args, format: format, command: name)
    let today = options.today
    // Several workspaces, or their aggregates: combined, then suppressed.
    try checkCombinedOptions(args)
    if args.values("dir").count > 1 || !args.values("from-aggregate").isEmpty {
      return try runCombined(
        args, env, format: format, delimiter: delimiter, bom: bom, today: today)
    }
    let workspace = try options.workspace()
    // Checked before the work: never over one of the workspace's own files.
    let output = try args.value("output").map {
      try OutputFile.resolve($0, env: env, workspace: workspace, command: name)
    }
    let display: @Sendable (String) -> String = { [env] in env.display($0) }
    // How the report names a file: as it is in JSON and CSV (escaped by the format), with
    // symbols for its control characters in text for a reader.
    let naming: (String) -> String =
      format == .json || format == .csv ? { env.relative($0) } : { env.display($0) }
    let config = try WorkspaceContext.validConfig(workspace, env)
    let lang = options.language(config)
    // --worker selects a worker's part of the weekly report, or the coordinator's view of a
    // worker's period.
    if args.value("worker") != nil, args.value("child") != nil {
      throw UsageError.conflictingOptions("--worker", "--child", command: name)
    }
    let worker = try args.value("worker").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.workers(config), prefixes: true, option: "--worker <worker>",
        what: "workers",
        command: name)
    }

    // Activity files with errors are left out of the figures, and the report says so. They
    // are checked against the trajectories the report loads (`loadCheckedActivities`).
    let activities: [Activity]
    let activityLeftOut: LeftOutFiles
    let document: ReportDocument
    // The HTML format's charts, by where they go (`HTMLRenderer`).
    var charts: [String: [Chart]] = [:]
    if let childName = args.value("child") {
      // The config is loaded already: resolve the child without loading it again.
      let path = try WorkspaceContext.resolve(childName, in: workspace, env)
      let files = Loader.loadTrajectories([path], config: config, today: today, display: display)
      guard let trajectory = files.first?.trajectory else {
        let file = files.first
        throw DiagnosticsError(
          message: env.language().text(.ccNoReportUnreadable, display(path)),
          diagnostics: file?.diagnostics.filter { $0.severity == .error } ?? [],
          source: file?.document.source, status: .dataError)
      }
      // Only the activity files that name the child can show in its report.
      (activities, activityLeftOut) = loadCheckedActivities(
        workspace, config: config, today: today, env, loaded: [trajectory],
        relevant: childRelevance(trajectory.id))
      let report = ChildReport(
        trajectory: trajectory, activities: activities, config: config, today: today)
      document = report.document(lang)
      if format == .html { charts = report.charts(lang) }
    } else {
      // The week report reads, through the workspace index, only the files that can show in
      // it: an archived file (closed or not started, without errors) whose dates all lie
      // before tomorrow and outside the week stays unread; a file checked today without errors
      // is decoded without its rules (`trustClean`). The period report reads them all.
      let weekly = args.value("period") == nil
      let asked = weekly ? reportedWeek(args, today: today) : nil
      // The files with something to say, and every trajectory that could be decoded (in path
      // order). The period report keeps each clean file as its trajectory alone
      // (`Loader.loadFacts`): a whole workspace held once.
      let files: [TrajectoryFile]
      let decoded: [Trajectory]
      // Every trajectory file, as the week's load listed them, for the activities' index (made
      // into a list only when there are activity files: an archive of a hundred thousand
      // files has none to check). The period report lists them again instead: holding ten
      // thousand paths while every trajectory is held would raise its peak memory (issue 31).
      var paths: PathListing? = nil
      if weekly, let asked {
        // Asked of every archived entry (100 000 in a large archive): the days worked out once.
        let (tomorrow, monday) = (today.adding(days: 1), asked.monday)
        let sunday = monday.adding(days: 6)
        // As facts: the clean files' trajectories alone, the others as files.
        let listing = Loader.listIndexed(workspace, version: Amigo.version)
        let loaded = Loader.loadTrajectories(
          indexed: workspace, version: Amigo.version, config: config, today: today,
          warnings: false, detail: .week, trustClean: true, listing: listing,
          leaveUnread: {
            $0.isArchived && $0.settled(before: tomorrow) && $0.outside(monday, sunday)
          }, shape: .facts, display: display)
        files = loaded.files
        decoded = loaded.trajectories
        paths = listing.paths
      } else {
        let facts = Loader.loadFacts(
          workspace.trajectoryPaths(), config: config, today: today, warnings: false,
          trim: PeriodReport.dropUnread, display: display)
        files = facts.flagged
        decoded = facts.trajectories
      }
      // Left out: the files that could not be decoded into a trajectory (YAML or structural
      // errors), and those that repeat another file's trajectory id (a copy: the id counts
      // once, from the file named after it). A file with other errors only (an unknown worker,
      // a session after the closure) is decoded and counted; the warning below says its
      // figures may be wrong.
      let (trajectories, leftOut) = LeftOutFiles.forReport(decoded, files: files)
      // The activity files, checked against the trajectories just loaded; the week report
      // checks only those it can count (`weekRelevance`).
      (activities, activityLeftOut) = loadCheckedActivities(
        workspace, config: config, today: today, env, loaded: trajectories,
        trajectoryPaths: paths,
        relevant: weekly ? asked.map { weekRelevance($0, shown: Set(trajectories.map(\.id))) } : nil
      )
      // Counted with errors: not a copy left out, nor the file counted for it whose only
      // error is that the copy repeats its id.
      let copies = Set(leftOut.repeatedIDs.map(\.path))
      let copied = Set(leftOut.repeatedIDs.compactMap(\.trajectory?.id))
      let counted = files.filter { f in
        guard let t = f.trajectory, f.diagnostics.hasErrors, !copies.contains(f.path) else {
          return false
        }
        return !copied.contains(t.id)
          || f.diagnostics.contains { $0.severity == .error && $0.code != "duplicate-id" }
      }
      if !counted.isEmpty {
        let language = env.language()
        let n = counted.count
        let warning =
          leftOut.isEmpty
          ? (n == 1
            ? language.text(.cdReportCountedOne)
            : language.text(.cdReportCountedMany, String(n)))
          : (n == 1
            ? language.text(.cdReportOtherCountedOne)
            : language.text(.cdReportOtherCountedMany, String(n)))
        env.stderr.write(language.text(.ccWarningLine, warning) + "\n")
      }
      env.keepUntilExit((files, trajectories))
      if let periodText = args.value("period") {
        let period = try PeriodInput.parse(periodText, command: name)
        PeriodInput.warnIfFuture(period, today: today, env)
        // Period figures go to funders: incomplete ones only when asked for, and then the
        // report itself says what is missing.
        if !leftOut.isEmpty && !args.flag("skip-invalid") && !args.flag("aggregate") {
          throw leftOut.refusal(.ccLeftPeriod, errors: false, env.language())
        }
        if !activityLeftOut.isEmpty && !args.flag("skip-invalid") && !args.flag("aggregate") {
          throw activityLeftOut.refusal(.ccLeftPeriod, errors: true, env.language())
        }
        if args.flag("aggregate") {
          return try writeAggregate(
            PeriodReport(
              trajectories: trajectories, activities: activities, config: config,
              period: period, today: today),
            leftOut: leftOut.count + activityLeftOut.count, output: output,
            force: args.flag("force"), env: env)
        }
        if worker != nil || args.flag("team") {
          // The coordinator's views (internal): never the funder's report, never published.
          let report = CoordinatorReport(
            trajectories: trajectories, config: config, period: period, today: today,
            worker: worker)
          document = report.document(lang).namingLeftOut(leftOut.entries(naming), lang)
        } else {
          let report = PeriodReport(
            trajectories: trajectories, activities: activities, config: config, period: period,
            today: today)
          document = report.document(lang).namingLeftOut(
            leftOut.entries(naming) + activityLeftOut.entries(naming), lang)
          // The published figures (`published/`): kept with --publish, compared with otherwise.
          try PublishedReport.handle(
            { report.document(.en) }, period: period, publish: args.flag("publish"),
            leftOut: leftOut.count + activityLeftOut.count, workspace: workspace, today: today,
            env: env)
          if format == .html { charts = PeriodReport.charts(document, lang) }
        }
      } else {
        let weekText = args.value("week") ?? ""
        // A week, or any date as the other commands take it (`today`, `gisteren`, `maandag`).
        guard
          let week = weekText.isEmpty
            ? today.isoWeek
            : WeekSpec.parse(weekText, today: today)
              ?? DateInput.parse(weekText, today: today)?.isoWeek
        else {
          // A week 53 in a year of 52 weeks, or a day that does not exist, is named as such.
          let dayHint = DateInput.hint(for: weekText)
          let hint =
            WeekSpec.missingWeek(weekText).map {
              Hint(.hintNoSuchWeek, String($0.year), String($0.week), String($0.weeks))
            } ?? (dayHint == DateInput.hint ? Hint(.hintWeek) : dayHint)
          throw UsageError.invalidValue(
            weekText, for: "--week [<week>]", command: name, hint: hint)
        }
        if WeekSpec.isBareNumber(weekText), week.year != today.isoWeek.year {
          let other = "\(today.isoWeek.year)-W\(week.week < 10 ? "0" : "")\(week.week)"
          env.stderr.write(
            env.language().text(
              .cdReportWeekNearest, weekText, "\(week)", week.monday.description,
              week.monday.adding(days: 6).description, other) + "\n")
        }
        let report = WeeklyReport(
          trajectories: trajectories, activities: activities, config: config, week: week,
          today: today, worker: worker
        )
        // Only CSV and JSON print the data table.
        document = report.document(lang, dataTable: format == .csv || format == .json)
          .namingLeftOut(leftOut.entries(naming) + activityLeftOut.entries(naming), lang)
        if format == .html { charts = report.charts(lang) }
        // Freed by the process's exit, not value by value (a large week is a million values).
        env.keepUntilExit(report)
      }
      if !leftOut.isEmpty {
        env.stderr.write(leftOut.unreadableWarning(report: true, env.language()) + "\n")
      }
    }

    warnActivitiesLeftOut(activityLeftOut, env)
    env.keepUntilExit(document)
    try write(
      document, as: format, lang: lang, charts: charts, delimiter: delimiter, bom: bom,
      to: output, env)
    return .success
  }

  /// A report document in `format`: to `--output` (plain) or standard output (coloured and
  /// folded to the terminal where it is one); HTML with its charts.
  static func write(
    _ document: ReportDocument, as format: ReportFormat, lang: Language, charts: [String: [Chart]],
    delimiter: Character, bom: Bool, to output: OutputFile?, _ env: Environment
  ) throws {
    if format == .html {
      let html = ReportRenderer.html(document, lang: lang, charts: charts)
      if let output { try output.write(html, env: env) } else { env.stdout.write(html) }
    } else if let output {
      let text = ReportRenderer.render(
        document, as: format, color: false, csvDelimiter: delimiter, bom: bom)
      try output.write(text, env: env)
    } else {
      env.stdout.write(
        ReportRenderer.render(
          document, as: format, color: env.useColor(on: env.stdout), csvDelimiter: delimiter,
          bom: bom, width: env.stdout.lineWidth))
    }
  }

  /// The week `--week` asks for (as the week report resolves it below), nil when it does not
  /// parse (the report then reads every file and says what is wrong).
  static func reportedWeek(_ args: ParsedArguments, today: LocalDate) -> ISOWeek? {
    let weekText = args.value("week") ?? ""
    return weekText.isEmpty
      ? today.isoWeek
      : WeekSpec.parse(weekText, today: today) ?? DateInput.parse(weekText, today: today)?.isoWeek
  }

  /// The activity files the week report of `week` can count: one with an occasion in the week
  /// (a worker's rows) or naming a child the report shows (`shown`: their last contact). The
  /// others are not checked: a meeting of years ago about children the report does not show
  /// changes none of its figures.
  static func weekRelevance(_ week: ISOWeek, shown: Set<String>) -> ActivityRelevance {
    let first = week.monday
    let last = week.monday.adding(days: 6)
    return ActivityRelevance(
      counts: { a in
        a.occasions.contains { $0.date >= first && $0.date <= last }
          || a.namedChildren.contains(where: shown.contains)
      },
      passOver: { facts in
        !facts.mayHaveOccasion(from: first, through: last)
          && !facts.named.contains(where: shown.contains)
      })
  }

  /// The activity files a child's report (`--child`) shows: those that name the child. The
  /// others are not checked, nor named when they have errors: they are not about this child.
  static func childRelevance(_ id: String) -> ActivityRelevance {
    ActivityRelevance(
      counts: { $0.namedChildren.contains(id) }, passOver: { !$0.named.contains(id) })
  }

  /// Which activity files a report can count: `counts` of an activity read, and `passOver` of
  /// a file's facts in the activity index (`ActivityFileIndex.Facts`), true only where `counts`
  /// is false of every activity with those facts, so that such a file is left unread.
  struct ActivityRelevance: Sendable {
    let counts: @Sendable (Activity) -> Bool
    let passOver: @Sendable (ActivityFileIndex.Facts) -> Bool
  }

  /// The workspace's activity files for a report's figures, checked against the workspace's
  /// trajectories as `validate` checks them (consent on each date, the trajectory's dates,
  /// references): the clean ones, and those left out (with errors, or not readable), which
  /// the caller names. A meeting naming a child without consent is counted nowhere.
  /// `loaded`: trajectories the command has decoded already (with `.facts` or more), whose
  /// facts are taken instead of reading their files again. `trajectoryPaths`: the workspace's
  /// trajectory files as the command listed them; nil: listed here.
  static func loadCheckedActivities(
    _ workspace: Workspace, config: Config, today: LocalDate, _ env: Environment,
    loaded: [Trajectory] = [], trajectoryPaths: PathListing? = nil,
    relevant: ActivityRelevance? = nil
  ) -> (activities: [Activity], leftOut: LeftOutFiles) {
    var paths = workspace.activityPaths()
    guard !paths.isEmpty else { return ([], LeftOutFiles(activities: [])) }
    var read: [(bytes: [UInt8]?, activity: Activity?)]
    if let relevant {
      // A file whose entry in the activity index says it cannot count stays unread.
      (paths, read) = Loader.readActivities(
        paths, in: workspace, version: Amigo.version, passingOver: relevant.passOver)
    } else {
      read = Loader.readActivities(paths)
    }
    // Only the files that can count (`relevant`) are checked; one that is not an activity at
    // all always is, so that it is named.
    if let relevant {
      let kept = read.indices.filter { read[$0].activity.map(relevant.counts) ?? true }
      paths = kept.map { paths[$0] }
      read = kept.map { read[$0] }
    }
    var named = Set<String>()
    for i in read.indices { read[i].activity?.addNamedChildren(to: &named) }
    var bytes = read.map(\.bytes)
    // The unchecked decodings have served: let them go before the files are checked (a
    // report holds every trajectory meanwhile; issue 31's memory target).
    read = []
    var index =
      trajectoryPaths.map {
        ActivityStore.index(workspace, naming: Array(named), known: loaded, listing: $0)
      } ?? ActivityStore.index(workspace, naming: Array(named), known: loaded)
    index.erased = ErasedLedger.read(workspace)
    var files = Loader.loadActivities(
      paths, bytes: bytes, config: config, index: index, today: today, warnings: false,
      display: { [env] in env.display($0) })
    bytes = []
    // One activity in two files (a copy in a subfolder) counts once: the later is left out.
    CaseCollisions.markSameNames(&files, display: { [env] in env.display($0) })
    let leftOut = LeftOutFiles(activities: files)
    let activities = files.compactMap { $0.diagnostics.hasErrors ? nil : $0.activity }
    return (activities, leftOut)
  }

  /// Says on standard error which activity files a report left out of its figures.
  static func warnActivitiesLeftOut(_ leftOut: LeftOutFiles, _ env: Environment) {
    guard !leftOut.isEmpty else { return }
    let language = env.language()
    env.stderr.write(
      (leftOut.count == 1
        ? language.text(.cdActivityLeftOutOne, leftOut.paths)
        : language.text(.cdActivitiesLeftOut, String(leftOut.count), leftOut.paths)) + "\n")
  }

  /// The workspace's activity files (meetings, groups) as they are, for what must see every
  /// one (retention, a child's record); a file that cannot be read as an activity is left out
  /// with a warning.
  static func loadActivities(
    _ workspace: Workspace, config: Config, today: LocalDate, _ env: Environment
  ) -> [Activity] {
    let paths = workspace.activityPaths()
    guard !paths.isEmpty else { return [] }
    let files = Loader.loadActivities(
      paths, config: config, index: nil, today: today, warnings: false,
      display: { [env] in env.display($0) })
    let unreadable = files.filter { $0.activity == nil }
    if !unreadable.isEmpty {
      env.stderr.write(
        env.language().text(
          .cdActivitiesUnreadable, unreadable.map(\.displayPath).joined(separator: ", ")) + "\n")
    }
    return files.compactMap(\.activity)
  }
}
