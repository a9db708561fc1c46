import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo retention [--within DURATION]`: the closed trajectories past their programme's
/// retention period, which must be destroyed (`amigo erase`).
enum RetentionCommand: Command {
  static let spec = CommandSpec(
    name: "retention",
    abstract: "List closed trajectories past their retention period, due for destruction.",
    discussion: """
      A closed trajectory is kept for its programme's retention_years (amigo.yaml) after its
      closure date, a referral that never started (status not-started) after its last date (the
      referral or the last contact); after that it must be destroyed: 'amigo erase ID', then the
      git procedure it prints (docs/erasure.md). With --within, also lists the trajectories that
      become due within that time. Closed trajectories whose programme sets no retention_years
      are always listed, as 'no retention period configured'. Files that cannot be read are
      listed too, as their retention is unknown. Always exits 0.
      """,
    examples: ["amigo retention", "amigo retention --within 6m"],
    options: [
      OptionSpec(
        "within", value: "duration",
        help: "Also list those due within this time: 90d, 2w, 6m or 1y."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let within = try args.value("within").map { text -> Duration in
      guard let d = Duration(text) else {
        throw UsageError.invalidValue(
          text, for: "--within <duration>", command: name, hint: Hint(.hintDuration))
      }
      return d
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let today = context.today
    let horizon = within.map { $0.after(today) }
    let files = Loader.loadTrajectories(
      context.workspace.trajectoryPaths(), config: context.config, today: today,
      // Only errors matter here: the warning-only rules run when the privacy lint reports
      // errors (`privacy: {strict: true}`); fidelity never does.
      warnings: context.config.strictPrivacy, detail: .facts, display: { [env] in env.display($0) })
    env.keepUntilExit(files)
    let entries = Retention.entries(
      files.compactMap(\.trajectory), config: context.config, today: today, horizon: horizon)

    // Activity files (meetings, groups) go with the children they name.
    let activityEntries = Retention.activityEntries(
      ReportCommand.loadActivities(context.workspace, config: context.config, today: today, env),
      childEntries: entries, today: today)
    // A file that cannot be decoded may be past its retention period too: it is listed as
    // such, never left out of the list.
    let unreadable = LeftOutFiles.unreadable(files)

    let language = env.language()
    /// `1 day`, `3 weeks`, `7 months`, `20 years`.
    func words(_ d: Duration) -> String {
      let (one, many): (Message, Message) =
        switch d.unit {
        case .days: (.cdRetDay, .cdRetDays)
        case .weeks: (.cdRetWeek, .cdRetWeeks)
        case .months: (.cdRetMonth, .cdRetMonths)
        case .years: (.cdRetYear, .cdRetYears)
        }
      return d.count == 1 ? language.text(one) : language.text(many, String(d.count))
    }
    /// `3 days overdue`, `20 years overdue`: the time since `destroyAfter`.
    func overdueBy(_ destroyAfter: LocalDate?, _ n: Int) -> String {
      let since = destroyAfter ?? today.adding(days: -n)
      return language.text(.cdRetOverdueBy, words(.span(from: since, to: today)))
    }
    /// `due today`, `due in 3 days`, `due in 20 years`: the time until `destroyAfter`.
    func dueIn(_ destroyAfter: LocalDate?, _ n: Int) -> String {
      n == 0
        ? language.text(.cdRetDueToday)
        : language.text(
          .cdRetDueIn, words(.span(from: today, to: destroyAfter ?? today.adding(days: n))))
    }
    var out = ""
    if !entries.isEmpty || !unreadable.isEmpty || !activityEntries.isEmpty {
      var table = TextTable([
        .init(language.text(.cdRetId)), .init(language.text(.cdRetProgramme)),
        .init(language.text(.cdRetEnded)), .init(language.text(.cdRetDestroyAfter)),
        .init(language.text(.cdRetOverdue)),
      ])
      for e in entries {
        let destroy: TextTable.Cell
        let overdue: TextTable.Cell
        switch e.state {
        case .overdue(let n):
          destroy = TextTable.Cell(e.destroyAfter?.description ?? "")
          overdue = TextTable.Cell(overdueBy(e.destroyAfter, n), style: .red)
        case .due(let n):
          destroy = TextTable.Cell(e.destroyAfter?.description ?? "")
          overdue = TextTable.Cell(dueIn(e.destroyAfter, n), style: .yellow)
        case .noRetentionPeriod:
          destroy = TextTable.Cell(language.text(.cdRetNoPeriod), style: .yellow)
          overdue = ""
        case .noClosureDate:
          destroy = TextTable.Cell(language.text(.cdRetNoClosure), style: .yellow)
          overdue = ""
        }
        table.append([
          TextTable.Cell(e.id), TextTable.Cell(e.programme),
          TextTable.Cell(e.closure?.description ?? ""), destroy, overdue,
        ])
      }
      for e in activityEntries {
        let overdue: TextTable.Cell
        switch e.state {
        case .overdue(let n):
          overdue = TextTable.Cell(overdueBy(e.destroyAfter, n), style: .red)
        case .due(let n):
          overdue = TextTable.Cell(dueIn(e.destroyAfter, n), style: .yellow)
        default:
          overdue = ""
        }
        table.append([
          TextTable.Cell(e.id), TextTable.Cell(e.programme),
          TextTable.Cell(e.closure?.description ?? ""),
          TextTable.Cell(e.destroyAfter?.description ?? ""), overdue,
        ])
      }
      for file in unreadable.entries({ env.display($0) }) {
        table.append([
          TextTable.Cell(file.id), "", "",
          TextTable.Cell(language.text(.cdRetCannotRead, file.location), style: .red), "",
        ])
      }
      table.width = env.stdout.lineWidth
      out += table.render(color: env.useColor(on: env.stdout)) + "\n"
    }

    var overdue = 0
    var due = 0
    var unknown = 0
    for e in entries {
      switch e.state {
      case .overdue: overdue += 1
      case .due: due += 1
      case .noRetentionPeriod, .noClosureDate: unknown += 1
      }
    }
    /// The singular entry for 1, else the plural with the count.
    func counted(_ n: Int, _ one: Message, _ many: Message, _ rest: String...) -> String {
      let arguments = n == 1 ? rest : [String(n)] + rest
      var text = language.text(n == 1 ? one : many)
      for (i, argument) in arguments.enumerated() {
        text = text.replacing("{\(i)}", with: argument)
      }
      return text
    }
    var lines: [String] = []
    lines.append(
      overdue == 0
        ? language.text(.cdRetNoneOverdue, today.description)
        : counted(overdue, .cdRetOverdueOne, .cdRetOverdueMany, today.description))
    if let within, let horizon {
      lines.append(
        due == 0
          ? language.text(.cdRetNoneDue, words(within), horizon.description)
          : counted(
            due, .cdRetDueOne, .cdRetDueMany, words(within), horizon.description))
    }
    if unknown > 0 {
      lines.append(counted(unknown, .cdRetNoPeriodOne, .cdRetNoPeriodMany))
    }
    if !unreadable.isEmpty {
      lines.append(counted(unreadable.count, .cdRetUnreadableOne, .cdRetUnreadableMany))
    }
    if !activityEntries.isEmpty {
      lines.append(counted(activityEntries.count, .cdRetActivityOne, .cdRetActivityMany))
    }
    if overdue + due > 0 {
      lines.append(language.text(.cdRetDestroy))
    }
    out += lines.map { $0 + "\n" }.joined()
    env.stdout.write(out)

    if !unreadable.isEmpty {
      let files =
        unreadable.count == 1
        ? language.text(.cdOneFile) : language.text(.cdFiles, String(unreadable.count))
      env.stderr.write(
        language.text(
          .ccWarningLine, language.text(.cdRetWarnUnreadable, files, unreadable.paths)) + "\n")
    }
    return .success
  }
}
