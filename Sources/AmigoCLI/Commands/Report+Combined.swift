import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `report --period P --aggregate --output FILE` (a workspace's confidential aggregate) and
/// `report --period P --dir A --dir B …` / `--from-aggregate F …` (several workspaces combined,
/// `CombinedPeriodReport`).
extension ReportCommand {
  /// The options of the combined report and the aggregate, checked before any work.
  static func checkCombinedOptions(_ args: ParsedArguments) throws {
    let name = spec.name
    let combined = args.values("dir").count > 1 || !args.values("from-aggregate").isEmpty
    guard combined || args.flag("aggregate") || args.flag("force") else { return }
    let what =
      args.flag("aggregate")
      ? "--aggregate"
      : args.flag("force") && !combined
        ? "--force" : (args.values("from-aggregate").isEmpty ? "--dir" : "--from-aggregate")
    if args.value("period") == nil {
      throw UsageError.invalidValue(
        what, for: what, command: name,
        hint: Hint(
          .aggNeedsPeriod,
          what == "--dir"
            ? "--dir A --dir B"
            : what == "--from-aggregate"
              ? "--from-aggregate a.json --from-aggregate b.json"
              : "--aggregate --output aggregate.json"))
    }
    for other in ["team", "worker", "publish"] where args.flag(other) || args.value(other) != nil {
      throw UsageError.conflictingOptions(what, "--" + other, command: name)
    }
    if args.flag("aggregate") {
      if combined {
        throw UsageError.conflictingOptions(
          "--aggregate", args.values("from-aggregate").isEmpty ? "--dir" : "--from-aggregate",
          command: name)
      }
      if args.value("format") != nil {
        throw UsageError.conflictingOptions("--aggregate", "--format", command: name)
      }
      if args.value("output") == nil {
        throw UsageError.invalidValue(
          "--aggregate", for: "--aggregate", command: name,
          hint: Hint(.aggNeedsOutput, args.value("period")!))
      }
    } else if args.flag("force") {
      throw UsageError.invalidValue(
        "--force", for: "--force", command: name,
        hint: Hint(.aggForceOnly))
    }
  }

  /// A workspace's aggregate of the period, written to `output`: never over an existing file
  /// without --force, atomically, readable by its owner only.
  static func writeAggregate(
    _ report: PeriodReport, leftOut: Int, output: OutputFile?, force: Bool, env: Environment
  ) throws -> ExitStatus {
    // An aggregate is complete: a file that cannot be read would be missing from it unseen.
    if leftOut > 0 {
      throw CommandError(
        message: env.language().text(.aggLeftOut, String(leftOut)), status: .dataError)
    }
    guard let output else { return .usage }
    if case .file(let path) = output.destination, FileManager.default.fileExists(atPath: path),
      !force
    {
      throw CommandError(
        message: env.language().text(.aggExists, output.given), status: .failure)
    }
    try output.write(PeriodAggregate(report).json(), env: env)
    return .success
  }

  /// `--period P` over several workspaces (`--dir` repeated) and aggregate files
  /// (`--from-aggregate`): their figures added up, then suppressed.
  static func runCombined(
    _ args: ParsedArguments, _ env: Environment, format: ReportFormat, delimiter: Character,
    bom: Bool, today: LocalDate
  ) throws -> ExitStatus {
    let name = spec.name
    let periodText = args.value("period") ?? ""
    let period = try PeriodInput.parse(periodText, command: name)
    PeriodInput.warnIfFuture(period, today: today, env)
    let output = try args.value("output").map {
      try OutputFile.resolve($0, env: env, workspace: nil, command: name)
    }
    var sources: [CombinedPeriodReport.Source] = []
    let display: @Sendable (String) -> String = { [env] in env.display($0) }
    // The workspaces as the report names them: as they are in JSON and CSV, with symbols for
    // their control characters in text for a reader (`Report.run`'s `naming`).
    let naming: (String) -> String =
      format == .json || format == .csv ? { env.relative($0) } : { env.display($0) }
    var roots: [String] = []
    for dir in args.values("dir") {
      let workspace = try CommonOptions.workspace(dir: dir, env)
      // The same workspace twice would count each of its children twice.
      let root = FileSystem.resolvedPath(workspace.root)
      if roots.contains(root) {
        throw UsageError.invalidValue(
          dir, for: "--dir <folder>", command: name,
          hint: Hint(.aggDirTwice))
      }
      roots.append(root)
      let config = try WorkspaceContext.validConfig(workspace, env)
      let files = Loader.loadTrajectories(
        workspace.trajectoryPaths(), config: config, today: today, warnings: false,
        detail: .facts, display: display)
      // As in the workspace's own report: the files that cannot be read, and those that repeat
      // another file's trajectory id, left out (each id counts once).
      let (trajectories, leftOut) = LeftOutFiles.forReport(
        files.compactMap(\.trajectory), files: files)
      if !leftOut.isEmpty {
        if !args.flag("skip-invalid") {
          throw leftOut.refusal(.ccLeftCombined, errors: false, env.language())
        }
        env.stderr.write(leftOut.unreadableWarning(report: false, env.language()) + "\n")
      }
      let (activities, activityLeftOut) = loadCheckedActivities(
        workspace, config: config, today: today, env, loaded: trajectories)
      if !activityLeftOut.isEmpty && !args.flag("skip-invalid") {
        throw activityLeftOut.refusal(.ccLeftCombined, errors: true, env.language())
      }
      warnActivitiesLeftOut(activityLeftOut, env)
      let report = PeriodReport(
        trajectories: trajectories, activities: activities, config: config, period: period,
        today: today)
      sources.append(
        .init(
          name: naming(workspace.root), aggregate: PeriodAggregate(report),
          definedIn: naming(workspace.root + "/" + Workspace.configName)))
    }
    for file in args.values("from-aggregate") {
      let path = env.resolve(file)
      guard let data = ((try? FileSystem.readInput(path)).map { Data($0) }) else {
        throw CommandError(
          message: env.language().text(.aggUnreadable, file), status: .noInput)
      }
      do {
        sources.append(.init(name: file, aggregate: try PeriodAggregate.parse(data)))
      } catch {
        throw CommandError(
          message: env.language().text(.aggInvalid, file, error.text(env.language())),
          status: .dataError)
      }
    }
    let combined: CombinedPeriodReport
    do {
      combined = try CombinedPeriodReport(sources, period: period, today: today)
    } catch {
      throw CommandError(message: error.text(env.language()), status: .dataError)
    }
    // `--lang` was checked with the other shared options (`CommonOptions`) before any work.
    let lang =
      args.value("lang").flatMap { Language(resolving: $0) }
      ?? Language(sources.first?.aggregate.language ?? "nl") ?? .nl
    // In the report's language, as the report's notes say it (also from aggregates alone,
    // outside any workspace).
    for conflict in combined.conflicts(lang) {
      // The files' names (and an aggregate's, as typed) with symbols: this is the terminal.
      env.stderr.write(
        SafeText.shownKeepingLines(lang.text(.aggDefinedDifferently, conflict)) + "\n")
    }
    let document = combined.document(lang)
    try write(
      document, as: format, lang: lang,
      charts: format == .html ? PeriodReport.charts(document, lang) : [:], delimiter: delimiter,
      bom: bom, to: output, env)
    return .success
  }
}
