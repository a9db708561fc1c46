import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo handover --from W --to V [CHILD…]`: a worker's trajectories pass to another worker.
enum HandoverCommand: Command {
  static let spec = CommandSpec(
    name: "handover",
    abstract: "Hand a worker's trajectories over to another worker, in one command.",
    discussion: """
      Every open trajectory of --from (status neither closed nor not-started), or only the
      children named, passes to --to on --date (default: today): where --from is the
      worker, --to becomes the worker; where --from is one of the further workers
      ('workers:'), --to takes that place. Each file gets a dated 'handovers' entry, so
      'history' and 'export --record' say "handed over from W to V on D". What happened
      before stays as it is, and old files of a former worker stay valid. amigo refuses,
      and changes nothing in any file, when --to has left by the date ('end:' in
      amigo.yaml), when a named child is not --from's, or when any file would get an
      error.
      """,
    examples: [
      "amigo handover --from mvd --to jb",
      "amigo handover --from mvd --to jb K7Q4 YE8P --date 2026-12-01",
    ],
    arguments: [
      ArgumentSpec(
        "child", optional: true, variadic: true,
        help: "Trajectories to hand over (default: every open one of --from).")
    ],
    options: [
      OptionSpec(
        "from", value: "worker", values: .workers,
        help: "The worker who hands over (id or name). Required."),
      OptionSpec(
        "to", value: "worker", values: .workers,
        help: "The worker who takes over (id or name). Required."),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day of the handover (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    guard let fromText = args.value("from") else {
      throw UsageError.missingArgument("--from <worker>", command: name)
    }
    guard let toText = args.value("to") else {
      throw UsageError.missingArgument("--to <worker>", command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let config = context.config
    let workers = ConfigReference.workers(config)
    let from = try ConfigReference.resolve(
      fromText, in: workers, prefixes: true, option: "--from <worker>", what: "workers",
      command: name)
    let to = try ConfigReference.resolve(
      toText, in: workers, prefixes: true, option: "--to <worker>", what: "workers", command: name)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    guard from != to else {
      throw CommandError(
        message: env.language().text(.caSameWorker, from),
        status: .usage)
    }
    if let ended = config.worker(to), let end = ended.end, end < date {
      let current = config.currentWorkers(on: date).map(\.id).filter { $0 != from }
      throw CommandError(
        message: env.language().text(
          .caWorkerLeft, to, end.description, date.description,
          current.isEmpty
            ? env.language().text(.caWorkerWithoutEnd)
            : current.map { "'\($0)'" }.joined(separator: ", ")),
        status: .dataError)
    }

    // The files: the named children, else every open trajectory of `from`.
    var paths: [String] = []
    if !args.positionals.isEmpty {
      for child in args.positionals {
        let path = try context.resolve(child)
        if !paths.contains(path) { paths.append(path) }
      }
    } else {
      let files = Loader.loadTrajectories(
        context.workspace.trajectoryPaths(), config: config, today: context.today,
        warnings: false, detail: .facts, display: { [env] in env.display($0) })
      let unreadable = files.filter { $0.trajectory == nil }
      if !unreadable.isEmpty {
        throw CommandError(
          message: env.language().text(
            unreadable.count == 1 ? .caUnreadableOne : .caUnreadableMany,
            unreadable.map(\.displayPath).joined(separator: ", ")),
          status: .dataError)
      }
      paths = files.filter { f in
        guard let t = f.trajectory else { return false }
        return t.hasWorker(from) && t.status != .closed && t.status != .notStarted
      }.map(\.path)
      guard !paths.isEmpty else {
        env.stdout.write(env.language().text(.caNothingToHandOver, from) + "\n")
        return .success
      }
    }
    let edits = paths.map { path in
      Store.Edit(path, display: env.display(path)) { (file: inout TrajectoryEditor) in
        let t = file.trajectory
        guard t.hasWorker(from) else {
          throw CommandError(
            message: env.language().text(
              .caNotWorkers, t.id, from, t.allWorkers.joined(separator: ", ")),
            status: .dataError)
        }
        if let last = t.handovers.compactMap(\.date).max(), date < last {
          throw CommandError(
            message: env.language().text(
              .caHandedOverAlready, t.id, last.description, date.description),
            status: .dataError)
        }
        var handover = Handover()
        (handover.date, handover.from, handover.to) = (date, from, to)
        try file.handOver(handover)
      }
    }
    let results: [ChangeResult]
    do {
      results = try Store.changeAll(
        edits, in: context.workspace, config: config, today: context.today)
    } catch let error as ChangeError {
      let language = context.env.language()
      var e = DiagnosticsError(error, language)
      // The store says "nothing was changed" of its file: said once, of every file.
      if let said = e.message.range(of: language.text(.ccNothingChangedPhrase)) {
        e.message.replaceSubrange(said, with: language.text(.ccNothingInAnyFilePhrase))
      } else {
        e.message = language.text(.ccNothingInAnyFile, e.message)
      }
      throw e
    }
    let names = { (id: String) in config.worker(id)?.name ?? id }
    for r in results {
      env.stdout.write(
        context.env.language().text(.okHandedOver, r.trajectory.id, r.trajectory.child.label)
          + "\n")
      context.printWarnings(r)
    }
    let language = context.env.language()
    env.stdout.write(
      (results.count == 1
        ? language.text(.ceHandedOverOne, names(from), names(to), date.description)
        : language.text(
          .ceHandedOverMany, String(results.count), names(from), names(to), date.description))
        + "\n")
    return .success
  }
}
