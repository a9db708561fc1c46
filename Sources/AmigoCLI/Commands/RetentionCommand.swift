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
      referral or the last contact); after that it must be destroyed: 'amigo erase ID', then the git procedure it
      prints (docs/erasure.md). With --within, also lists the trajectories that become due within
      that time. Closed trajectories whose programme sets no retention_years are always listed,
      as 'no retention period configured'. Files that cannot be read are listed too, as their
      retention is unknown. Always exits 0.
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
      Report.loadActivities(context.workspace, config: context.config, today: today, env),
      childEntries: entries, today: today)
    // A file that cannot be decoded may be past its retention period too: it is listed as
    // such, never left out of the list.
    let unreadable = LeftOutFiles.unreadable(files)

    var out = ""
    if !entries.isEmpty || !unreadable.isEmpty || !activityEntries.isEmpty {
      var table = TextTable([
        .init("id"), .init("programme"), .init("ended"), .init("destroy after"),
        .init("overdue"),
      ])
      for e in entries {
        let destroy: TextTable.Cell
        let overdue: TextTable.Cell
        switch e.state {
        case .overdue(let days):
          destroy = TextTable.Cell(e.destroyAfter?.description ?? "")
          overdue = TextTable.Cell("\(days) day\(days == 1 ? "" : "s")", style: .red)
        case .due(let days):
          destroy = TextTable.Cell(e.destroyAfter?.description ?? "")
          overdue = TextTable.Cell(
            days == 0 ? "due today" : "due in \(days) day\(days == 1 ? "" : "s")", style: .yellow)
        case .noRetentionPeriod:
          destroy = TextTable.Cell("no retention period configured", style: .yellow)
          overdue = ""
        case .noClosureDate:
          destroy = TextTable.Cell("no closure date", style: .yellow)
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
        case .overdue(let days):
          overdue = TextTable.Cell("\(days) day\(days == 1 ? "" : "s")", style: .red)
        case .due(let days):
          overdue = TextTable.Cell(
            days == 0 ? "due today" : "due in \(days) day\(days == 1 ? "" : "s")", style: .yellow)
        default:
          overdue = ""
        }
        table.append([
          TextTable.Cell(e.id), TextTable.Cell(e.programme),
          TextTable.Cell(e.closure?.description ?? ""),
          TextTable.Cell(e.destroyAfter?.description ?? ""), overdue,
        ])
      }
      for file in unreadable.entries {
        table.append([
          TextTable.Cell(file.id), "", "",
          TextTable.Cell("cannot be read: \(file.location)", style: .red), "",
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
    func count(_ n: Int) -> String { n == 1 ? "1 trajectory" : "\(n) trajectories" }
    var lines: [String] = []
    lines.append(
      overdue == 0
        ? "No ended trajectory is past its retention period on \(today)."
        : "\(count(overdue)) past \(overdue == 1 ? "its" : "their") retention period on \(today).")
    if let within, let horizon {
      lines.append(
        due == 0
          ? "None is due within \(within) (by \(horizon))."
          : "\(count(due)) due within \(within) (by \(horizon)).")
    }
    if unknown > 0 {
      lines.append(
        "\(count(unknown)) without a retention period or closure date: set retention_years for "
          + "the programme in amigo.yaml, or complete the closure.")
    }
    if !unreadable.isEmpty {
      lines.append(
        "\(count(unreadable.count)) could not be read, so whether \(unreadable.count == 1 ? "it is" : "they are") "
          + "due is unknown: fix \(unreadable.count == 1 ? "it" : "them") (amigo validate) and run "
          + "'amigo retention' again.")
    }
    if !activityEntries.isEmpty {
      let n = activityEntries.count
      lines.append(
        "\(n) activity \(n == 1 ? "file" : "files") (meetings, groups) \(n == 1 ? "names" : "name") only children listed here: "
          + "destroy \(n == 1 ? "it" : "them") with the last of them (remove the file and purge it from git as docs/erasure.md says)."
      )
    }
    if overdue + due > 0 {
      lines.append(
        "Destroy each with 'amigo erase ID' and the git procedure it prints (docs/erasure.md).")
    }
    out += lines.map { $0 + "\n" }.joined()
    env.stdout.write(out)

    if !unreadable.isEmpty {
      env.stderr.write(
        "amigo: warning: \(unreadable.countText) could not be read: \(unreadable.paths); run "
          + "'amigo validate'\n")
    }
    return .success
  }
}
