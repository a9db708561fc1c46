import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// What the activity commands share: finding children and activities, new ids, writing.
extension WorkspaceContext {
  /// The trajectory ids `names` name (by id, id prefix or label), each once, in order.
  func childIDs(_ names: [String]) throws -> [String] {
    var ids: [String] = []
    for name in names {
      let id = Workspace.id(ofFile: try resolve(name))
      if !ids.contains(id) { ids.append(id) }
    }
    return ids
  }

  /// The activity file a user names: by id, a unique id prefix or last part, or a group's name.
  func resolveActivity(_ name: String, type: ActivityType? = nil) throws -> String {
    let paths = workspace.activityPaths()
    let ids = paths.map(Workspace.id(ofFile:))
    if let i = ids.firstIndex(of: name) { return paths[i] }
    let lower = name.lowercased()
    var matches = paths.indices.filter {
      let id = ids[$0].lowercased()
      return id == lower || id.hasPrefix(lower)
        || (id.split(separator: "-").last.map { $0.hasPrefix(lower) } ?? false)
    }
    if matches.isEmpty {
      let wanted = foldForMatching(name)
      let names = paths.map { path -> String? in
        guard let bytes = try? FileSystem.read(path) else { return nil }
        let a = ActivityValidator.decode(bytes)
        return type == nil || a.type == type ? a.name.map(foldForMatching) : nil
      }
      // The name, else a unique start of it (`sterk` for 'Sterk in je schoenen').
      matches = paths.indices.filter { names[$0] == wanted }
      if matches.isEmpty, !wanted.isEmpty {
        matches = paths.indices.filter { names[$0]?.hasPrefix(wanted) ?? false }
      }
    }
    switch matches.count {
    case 1: return paths[matches[0]]
    case 0:
      throw CommandError(
        message: env.language().text(
          .caNoActivityMatches,
          type.map { $0.policy.value.label(env.language().code) }
            ?? env.language().text(.caActivity), name, Workspace.activitiesFolder),
        status: .noInput)
    default:
      throw CommandError(
        message: env.language().text(
          .caSeveralActivities, name, String(matches.count),
          matches.map { "  \(ids[$0])\n" }.joined()), status: .usage)
    }
  }

  /// A new activity id of `type`, dated `year`, taken by no activity or trajectory.
  func newActivityID(_ type: ActivityType, year: Int) throws -> String {
    let taken =
      IDAllocator.existingIDs(of: workspace.activityPaths())
      .union(IDAllocator.existingIDs(of: workspace.trajectoryPaths()))
    guard
      let id = NewChildCommand.allocate(
        prefix: type.policy.idPrefix, year: year, env: env,
        isTaken: { taken.contains($0.uppercased()) })
    else {
      throw CommandError(
        message: env.language().text(.caNoFreeID), status: .software)
    }
    return id
  }

  /// Writes a new activity file.
  func create(_ activity: Activity) throws -> (ActivityChange, String) {
    let path = workspace.activitiesPath + "/" + activity.id + ".yaml"
    do {
      let change = try ActivityStore.create(
        activity, header: activityHeader(), path: path, display: display(path), in: workspace,
        config: config, today: today, labelsFrom: Amigo.version)
      return (change, path)
    } catch ChangeError.wouldBeInvalid(let shown, let diagnostics, let source) {
      // The file does not exist: the places are in the file as it would have been.
      throw DiagnosticsError(
        message: env.language().text(.ccNewFileWouldBeInvalid, shown),
        diagnostics: DiagnosticsError.datesAlone(diagnostics),
        source: source, status: .dataError)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// Changes the activity file at `path` with `edit`, or writes `activity` there when it does
  /// not exist (yet: decided under the workspace lock, so a writer at the same moment is no
  /// obstacle).
  func createOrChangeActivity(
    _ path: String, new activity: Activity, _ edit: (inout Activity) throws -> Void
  ) throws -> ActivityChange {
    do {
      return try ActivityStore.createOrChange(
        activity, header: activityHeader(), path: path, display: display(path), in: workspace,
        config: config, today: today, labelsFrom: Amigo.version, edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// The first line of a new activity file: the editor's schema, when there is one.
  private func activityHeader() -> [String] {
    let line = schemaLine(for: workspace)
    return line.isEmpty ? [] : ["# yaml-language-server: $schema=" + line]
  }

  /// Changes an activity file through its model.
  @discardableResult
  func changeActivity(
    _ path: String, _ edit: (inout Activity) throws -> Void
  ) throws
    -> ActivityChange
  {
    do {
      return try ActivityStore.change(
        path, display: display(path), in: workspace, config: config, today: today,
        labelsFrom: Amigo.version, edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// The editor's JSON Schema for activity files: the workspace's own (`.amigo/schema/`), else
  /// the one next to the schema the trajectory files name (none when they name none).
  func schemaLine(for workspace: Workspace) -> String {
    if let line = WorkspaceSchemas.modeline(
      forFile: workspace.activitiesPath + "/new.yaml", in: workspace)
    {
      return String(line.dropFirst(WorkspaceSchemas.modelinePrefix.count))
    }
    let line = NewChildCommand.languageServerLine(workspace, paths: workspace.trajectoryPaths())
      .first
    guard let line, line.hasSuffix("trajectory.schema.json") else { return "" }
    let value = line.dropFirst("# yaml-language-server: $schema=".count)
    let base = value.dropLast("trajectory.schema.json".count)
    // Both folders lie at the same depth in the workspace.
    return base + "activity.schema.json"
  }

  func printWarnings(_ change: ActivityChange) {
    guard !change.newWarnings.isEmpty else { return }
    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stderr), language: env.language().code)
    for d in change.newWarnings {
      env.stderr.write(renderer.render(d, source: change.document.source))
    }
  }

  /// The programme, school and worker of a new activity: the options, else those of the first
  /// child named, else the only one declared; asked on a terminal when still unknown.
  func owners(
    _ args: ParsedArguments, command: String, children: [String]
  ) throws -> (programme: String, school: String, workers: [String]) {
    var first: Trajectory?
    if let id = children.first, let bytes = try? FileSystem.read(try resolve(id)) {
      first =
        Validator.validateTrajectory(
          bytes: bytes, fileName: id, config: nil, today: nil, warnings: false, keep: .facts
        ).0
    }
    func pick(
      _ option: String, _ items: [ConfigReference], what: String, fromChild: String?
    ) throws -> String {
      if let text = args.value(option) {
        return try ConfigReference.resolve(
          text, in: items, option: "--\(option) <\(option)>", what: what, command: command)
      }
      if let fromChild, !fromChild.isEmpty { return fromChild }
      if items.count == 1 { return items[0].id }
      if env.isInteractive {
        let language = env.language()
        let (question, plural): (Message, Message) =
          switch option {
          case "programme": (.ownerProgramme, .ownerProgrammes)
          case "school": (.ownerSchool, .ownerSchools)
          default: (.ownerWorker, .ownerWorkers)
          }
        return try Prompt.ask(
          language.text(
            .promptOwner, language.text(question), items.map(\.id).joined(separator: ", ")),
          env, again: language.text(.promptOwnerAgain, language.text(plural)),
          { ConfigReference.match($0, in: items) })
      }
      throw UsageError.missingValue("--\(option) <\(option)>", command: command)
    }
    let programme = try pick(
      "programme", ConfigReference.programmes(config), what: "programmes",
      fromChild: first?.programme)
    let school = try pick(
      "school", ConfigReference.schools(config), what: "schools", fromChild: first?.school)
    var workers: [String] = []
    for text in OptionValues.list(args, "worker") {
      let id = try ConfigReference.resolve(
        text, in: ConfigReference.workers(config), option: "--worker <worker>", what: "workers",
        command: command)
      if !workers.contains(id) { workers.append(id) }
    }
    if workers.isEmpty {
      workers = [
        try pick(
          "worker", ConfigReference.workers(config), what: "workers", fromChild: first?.worker)
      ]
    }
    return (programme, school, workers)
  }

  /// `--minutes`, else asked on a terminal, else `fallback`, else a usage error.
  /// The minutes of `--minutes`, else `fallback`, else asked for on a terminal; without one,
  /// a usage error whose `missing` hint says what to do.
  func minutes(
    _ args: ParsedArguments, command: String, fallback: Int? = nil, missing: Hint? = nil
  ) throws -> Int {
    if let n = try OptionValues.minutes(args, command: command) {
      return n
    }
    if let fallback { return fallback }
    if env.isInteractive {
      return try Prompt.ask(
        env.language().text(.promptMeetingMinutes), env,
        again: env.language().text(.promptAnswerWholeNumber, "1", "600"),
        { Int($0).flatMap { OptionValues.minutesRange().contains($0) ? $0 : nil } })
    }
    throw UsageError.missingValue("--minutes <minutes>", command: command, hint: missing)
  }
}

/// `amigo meeting`: records a meeting about several children, once.
enum MeetingCommand: Command {
  static let spec = CommandSpec(
    name: "meeting",
    abstract: "Record a meeting about several children (overleg), counted once.",
    discussion: """
      Writes one activity file (activities/M-….yaml) for a consultation round, care-team
      meeting or family contact about siblings: its date, minutes (once, for the whole
      meeting), the roles present and the children discussed, by trajectory. Naming a child
      needs its consent in force on the meeting's date (with school staff present: consent for
      'school-consultation'); a child without it is refused, never silently included. Pupils
      discussed without a name (a nomination round before consent) are a count: --unnamed.
      What the meeting agreed for a child belongs in that child's own file, without minutes of
      its own: amigo agree CHILD MEETING 'what was agreed'. The children discussed count as
      reached only when the child or its parents were present (--with kind, ouders, moeder,
      vader).
      Programme, school and worker default to those of the first child named. Roles may be
      given in English or Dutch (ib, jgz, directie, wijkteam, leerkracht, ouders).
      With --audience (parents, teachers, children), --attendance or --theme it records a theme
      meeting instead (activities/T-….yaml): a parents' evening or class talk on a theme, with
      a head count and no child named, no consent needed.
      """,
    examples: [
      "amigo meeting --children K7Q4,W34N,109Y --with ib,jgz,directie --minutes 60",
      "amigo meeting --children 'Sam B.' --unnamed 3 --with ib --minutes 45 --date gisteren",
      "amigo meeting --children K7Q4,3HX9 --with moeder --minutes 60 --date maandag",
      "amigo meeting --theme opvoeding --audience ouders --attendance 14 --minutes 90",
    ],
    options: [
      OptionSpec(
        "children", short: "c", value: "children", repeatable: true,
        help: "The children discussed: ids, id prefixes or labels (repeatable, or comma-separated)."
      ),
      OptionSpec(
        "unnamed", value: "count", help: "How many pupils were discussed without a name."),
      OptionSpec(
        "with", value: "role", repeatable: true, values: .values(Schemas.participant),
        help:
          "Who was present besides you (repeatable, or comma-separated): \(Schemas.participant.choices)."
      ),
      OptionSpec(
        "minutes", short: "m", value: "minutes", help: "Duration in minutes, for the whole meeting."
      ),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "programme", value: "programme", help: "The programme (default: the first child's)."),
      OptionSpec("school", value: "school", help: "The school (default: the first child's)."),
      OptionSpec(
        "worker", value: "worker", repeatable: true,
        help: "The workers present (default: the first child's worker)."),
      OptionSpec(
        "note", short: "n", value: "text", lines: true,
        help: "A short factual note, naming no child."),
      .today, .dir,
    ] + ThemeMeeting.options)

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    if ThemeMeeting.applies(args) { return try ThemeMeeting.run(args, env) }
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let unnamed = try OptionValues.integer(args, "unnamed", in: 0...200, command: name)
    var with = try OptionValues.enumValues(
      args, "with", spec.enumeration("with"), option: "--with <role>", command: name)
    var names = OptionValues.list(args, "children")
    if names.isEmpty, unnamed == nil {
      guard env.isInteractive else {
        throw UsageError.missingValue("--children <children>", command: name)
      }
      names = try Prompt.ask(
        env.language().text(.promptChildrenDiscussed), env,
        again: env.language().text(.promptNameOneChild),
        { answer in
          let list = answer.split(separator: ",").map { String($0).trimming(" \t") }
            .filter { !$0.isEmpty }
          return list.isEmpty ? nil : list
        })
    }
    let children = try context.childIDs(names)
    if with.isEmpty, env.isInteractive, args.values("with").isEmpty {
      with = try Prompt.ask(
        env.language().text(.promptWithWhom), env,
        again: env.language().text(
          .promptWithWhomAgain, env.language().quotedWords(Schemas.participant)),
        { answer in
          let parts = answer.split(separator: ",").map { String($0).trimming(" \t") }
            .filter { !$0.isEmpty }
          let values = parts.compactMap { Schemas.participant.resolve($0) }
          return values.count == parts.count ? values : nil
        })
    }
    let minutes = try context.minutes(args, command: name)
    let (programme, school, workers) = try context.owners(args, command: name, children: children)
    let note = args.value("note").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }

    var activity = Activity()
    activity.id = try context.newActivityID(.meeting, year: date.year)
    activity.type = .meeting
    activity.programme = programme
    activity.school = school
    activity.workers = workers
    activity.date = date
    activity.minutes = minutes
    activity.with = with
    activity.children = children
    activity.unnamed = unnamed
    activity.note = note
    let (change, path) = try context.create(activity)
    let language = env.language()
    var what =
      children.count == 1
      ? language.text(.okOneChild) : language.text(.okChildren, String(children.count))
    if let unnamed, unnamed > 0 { what += language.text(.okWithoutName, String(unnamed)) }
    env.stdout.write(
      language.text(
        .okMeeting, activity.id, date.description, language.minutes(minutes), what,
        context.display(path))
        + "\n")
    context.printWarnings(change)
    context.warnIfFuture(date)
    context.warnIfWeekend(date)
    return .success
  }
}
