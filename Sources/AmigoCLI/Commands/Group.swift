import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo group new|join|meet`: a group module, its participants and its meetings.
enum GroupCommand: Command {
  static let spec = CommandSpec(
    name: "group",
    abstract: "Start a group module, add children to it, record its meetings.",
    discussion: """
      A group module is one activity file (activities/G-….yaml): its name, theme, school,
      workers, participants (trajectories, never names) and meetings with each participant's
      attendance. Minutes are counted once per meeting, for the whole group.
        group new --name NAME [--theme T] [--children A,B]   start a group
        group join GROUP CHILD…                              add children who have a trajectory
        group join GROUP --new --label L --born YYYY-MM --consent-by parents
                                                             a child who only joins the group:
                                                             a minimal trajectory (referral,
                                                             consent, start) in one command
        group meet GROUP --present A,B [--absent C] [--excused D] [--minutes 90] [--date …]
                                                             record a meeting; participants not
                                                             named are recorded as absent (those
                                                             without consent that day are left out)
      GROUP is the group's id, the last part of it (5RD2) or its name. Naming a child in a
      group (as a participant, or present, absent or excused at a meeting) needs its consent
      for the support on that day; a child without it is refused. A meeting names a child only
      between its trajectory's referral and closure: a participant not named whose trajectory
      is closed by then is left out too. Dutch words are accepted:
      nieuw, doe-mee, bijeenkomst; theme faalangst, scheiding, armoede.
      """,
    examples: [
      "amigo group new --name 'Sterk in je schoenen' --theme faalangst --children K7Q4,3HX9",
      "amigo group join 5RD2 'Sam B.'",
      "amigo group join 5RD2 --new --label 'Noor T.' --born 2016-04 --consent-by ouders",
      "amigo group meet 5RD2 --present K7Q4,3HX9 --excused W34N --minutes 90 --date gisteren",
    ],
    arguments: [
      ArgumentSpec("action", help: "new, join or meet (nieuw, doe-mee, bijeenkomst)."),
      ArgumentSpec(
        "names", optional: true, variadic: true,
        help: "join and meet: the group, then (join) the children to add."),
    ],
    options: [
      OptionSpec("name", value: "name", help: "new: the group's name, naming no child."),
      OptionSpec(
        "theme", value: "theme", values: .values(Schemas.domain),
        help: "new: what the group is about (a concern)."),
      OptionSpec(
        "children", short: "c", value: "children", repeatable: true,
        help: "new: the first participants (ids, id prefixes or labels)."),
      OptionSpec("new", help: "join: create a minimal trajectory for a child without one."),
      OptionSpec("label", value: "label", help: "join --new: the child's label, like 'Sam B.'."),
      OptionSpec("born", value: "year-month", help: "join --new: year and month of birth."),
      OptionSpec(
        "consent-by", value: "who", repeatable: true, values: .values(Schemas.consentGiver),
        help: "join --new: who consented to the support: \(Schemas.consentGiver.choices)."),
      OptionSpec(
        "referred-by", value: "referrer", values: .values(Schemas.referrer),
        help:
          "join --new: who referred the child (default: the programme's only referrer, else asked)."
      ),
      OptionSpec(
        "present", value: "children", repeatable: true, help: "meet: the participants present."),
      OptionSpec(
        "absent", value: "children", repeatable: true,
        help: "meet: participants absent without notice."),
      OptionSpec(
        "excused", value: "children", repeatable: true,
        help: "meet: participants absent with notice."),
      OptionSpec(
        "minutes", short: "m", value: "minutes",
        help: "meet: duration in minutes, for the whole group (default: the previous meeting's)."),
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "meet, join --new: the day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "programme", value: "programme", help: "new: the programme (default: the first child's)."),
      OptionSpec("school", value: "school", help: "new: the school (default: the first child's)."),
      OptionSpec(
        "worker", value: "worker", repeatable: true,
        help: "new: the group's workers (default: the first child's worker)."),
      OptionSpec(
        "note", short: "n", value: "text", lines: true,
        help: "new, meet: a short factual note about the group or meeting, naming no child."),
      .today, .dir,
    ])

  /// What `group` does; `join --new` uses more options than `join`.
  enum Action: String, CommandAction {
    case new, join
    case joinNew = "join --new"
    case meet

    /// The options an action uses, besides `--today` and `--dir`: any other is refused, never
    /// silently ignored. A note has no place in `join`, with or without `--new`: the group
    /// file's note is the whole group's, and the trajectory `--new` makes has no contact yet.
    var options: Set<String> {
      switch self {
      case .new: ["name", "theme", "children", "programme", "school", "worker", "note"]
      case .join: []
      case .joinNew: ["new", "label", "born", "consent-by", "referred-by", "date"]
      case .meet: ["present", "absent", "excused", "minutes", "date", "note"]
      }
    }
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let word = args.positionals[0]
    let rest = Array(args.positionals.dropFirst())
    let action: Action
    switch foldForMatching(word) {
    case "new", "nieuw": action = .new
    case "join", "doe-mee", "doemee", "toevoegen": action = args.flag("new") ? .joinNew : .join
    case "meet", "bijeenkomst", "meeting": action = .meet
    default:
      throw UsageError.invalidValue(
        word, for: "<action>", command: spec.name,
        hint: Hint(.caHintGroupAction))
    }
    try spec.refuseOptions(notUsedBy: action, args)
    switch action {
    case .new: return try new(args, env, rest)
    case .join, .joinNew: return try join(args, env, rest)
    case .meet: return try meet(args, env, rest)
    }
  }

  // MARK: new

  static func new(
    _ args: ParsedArguments, _ env: Environment, _ rest: [String]
  ) throws
    -> ExitStatus
  {
    let name = spec.name
    guard rest.isEmpty else {
      throw UsageError.invalidValue(
        rest[0], for: "<names>", command: name,
        hint: Hint(.caHintGroupNewOptions))
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    var groupName = args.value("name").map { $0.trimming(" \t") }
    if groupName == nil || groupName!.isEmpty {
      guard env.isInteractive else { throw UsageError.missingValue("--name <name>", command: name) }
      let language = env.language()
      while groupName == nil || groupName!.isEmpty {
        let answer = try Prompt.ask(
          language.text(.promptGroupName), env,
          again: language.text(.promptGroupNameAgain),
          { $0.isEmpty || $0.contains("\n") ? nil : $0 })
        // A name the file may not hold (a phone number) is said at once and asked again, not
        // refused after the questions that follow.
        let errors = IdentifierLint.diagnostics(in: answer, strict: context.config.strictPrivacy)
          .filter { $0.severity == .error }
        guard !errors.isEmpty else {
          groupName = answer
          break
        }
        NewChildCommand.sayProblems(errors, language, env)
        env.stderr.write(language.text(.promptAnswerAgain) + "\n")
      }
    }
    let theme = try args.value("theme").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("theme"), option: "--theme <theme>", command: name)
    }
    let children = try context.childIDs(OptionValues.list(args, "children"))
    try refuseClosed(children, context)
    let (programme, school, workers) = try context.owners(args, command: name, children: children)
    var activity = Activity()
    activity.id = try context.newActivityID(.group, year: context.today.year)
    activity.type = .group
    activity.programme = programme
    activity.school = school
    activity.workers = workers
    activity.name = groupName
    activity.theme = theme
    activity.participants = children
    activity.note = args.value("note").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    let (change, path) = try context.create(activity)
    let language = env.language()
    let groupLabel = SafeText.shown(groupName!)
    env.stdout.write(
      (children.count == 1
        ? language.text(.okGroupStartedOne, activity.id, groupLabel, context.display(path))
        : language.text(
          .okGroupStarted, activity.id, groupLabel, String(children.count),
          context.display(path))) + "\n")
    context.printWarnings(change)
    return .success
  }

  // MARK: join

  static func join(
    _ args: ParsedArguments, _ env: Environment, _ rest: [String]
  ) throws
    -> ExitStatus
  {
    let name = spec.name
    guard let groupName = rest.first else {
      throw UsageError.missingValue("<names>", command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let path = try context.resolveActivity(groupName, type: .group)
    var ids = try context.childIDs(Array(rest.dropFirst()))
    try refuseClosed(ids, context)
    var created: Created? = nil
    if args.flag("new") {
      created = try minimalTrajectory(args, context, group: path)
      ids.append(created!.id)
    } else if ids.isEmpty {
      throw UsageError.missingValue(env.language().text(.ceTheChildrenToAdd), command: name)
    }
    var added: [String] = []
    let change: ActivityChange
    do {
      change = try context.changeActivity(path) { a in
        guard a.type == .group else {
          throw CommandError(
            message: context.env.language().text(.caNotAGroup, a.id), status: .usage)
        }
        for id in ids where !a.participants.contains(id) {
          a.participants.append(id)
          added.append(id)
        }
      }
    } catch {
      // All or nothing: the trajectory made for the child goes again (no child is left
      // outside the group it was made for).
      if let created { created.remove() }
      throw error
    }
    created?.announce()
    let a = change.activity
    let language = env.language()
    let and = language.code == "nl" ? "en" : "and"
    env.stdout.write(
      (added.isEmpty
        ? language.text(
          ids.count == 1 ? .okAlreadyTakesPart : .okAlreadyTakePart,
          SchemaDiagnostics.listJoined(ids, and), a.id)
        : a.participants.count == 1
          ? language.text(.okAddedToGroupOne, SchemaDiagnostics.listJoined(added, and), a.id)
          : language.text(
            .okAddedToGroup, SchemaDiagnostics.listJoined(added, and), a.id,
            String(a.participants.count))) + "\n")
    context.printWarnings(change)
    return .success
  }

  /// A closed trajectory takes part in no group (as `group meet` leaves it out): `group new`
  /// and `group join` refuse one, naming its closure.
  static func refuseClosed(_ ids: [String], _ context: WorkspaceContext) throws {
    guard !ids.isEmpty else { return }
    let facts = ActivityStore.index(context.workspace, naming: ids)
    for id in ids {
      if let entry = facts.entries[id],
        case .afterClosure(let closed)? = ActivityValidator.outside(entry, on: context.today)
      {
        throw CommandError(
          message: context.env.language().text(.caJoinClosed, id, closed.description),
          status: .dataError)
      }
    }
  }

  /// A trajectory `join --new` made: its id, the message and warnings to print once the child
  /// is in the group, and its removal when the join fails after all.
  struct Created {
    let id: String
    let file: String
    let announce: () -> Void

    func remove() {
      unlink(file)
      AtomicWrite.syncFolder((file as NSString).deletingLastPathComponent)
    }
  }

  /// Creates the minimal trajectory of a child who only joins a group: referral, consent and
  /// start on the day, in the group's programme, school and first worker's name.
  static func minimalTrajectory(
    _ args: ParsedArguments, _ context: WorkspaceContext, group path: String
  ) throws -> Created {
    let name = spec.name
    let env = context.env
    guard let bytes = try? FileSystem.read(path) else {
      throw CommandError(
        message: context.env.language().text(.caCannotRead, context.display(path)),
        status: .ioError)
    }
    let group = SchemaDecoder.activity(bytes: bytes)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    guard let labelText = args.value("label") else {
      throw UsageError.missingValue("--label <label>", command: name)
    }
    let label = try NewChildCommand.checkLabel(labelText, option: "--label <label>", command: name)
    let born = try args.value("born").map {
      try NewChildCommand.parseBorn($0, today: context.today, command: name)
    }
    let givenBy = try OptionValues.enumValues(
      args, "consent-by", spec.enumeration("consent-by"), option: "--consent-by <who>",
      command: name)
    guard !givenBy.isEmpty else {
      throw UsageError.missingValue("--consent-by <who>", command: name)
    }
    let programme = context.config.programme(group.programme)
    var referrer = try args.value("referred-by").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("referred-by"), option: "--referred-by <referrer>", command: name)
    }
    if referrer == nil, let only = programme?.referrers, only.count == 1 { referrer = only[0] }
    if referrer == nil {
      guard env.isInteractive else {
        throw UsageError.missingValue("--referred-by <referrer>", command: name)
      }
      referrer = try Prompt.choose(
        env.language().text(.promptReferredBy, env.language().words(Schemas.referrer)) + ": ",
        Schemas.referrer, env)
    }
    let paths = context.workspace.trajectoryPaths()
    let taken = IDAllocator.existingIDs(of: paths)
      .union(IDAllocator.existingIDs(of: context.workspace.activityPaths()))
      .union(ErasedLedger.takenIDs(context.workspace))
    guard
      let id = NewChildCommand.allocate(
        prefix: context.config.idPrefix, year: date.year, env: env,
        isTaken: { taken.contains($0.uppercased()) })
    else {
      throw CommandError(
        message: context.env.language().text(.caNoFreeID), status: .software)
    }
    var trajectory = Trajectory()
    trajectory.id = id
    trajectory.programme = group.programme
    trajectory.school = group.school
    trajectory.worker = group.workers.first ?? ""
    trajectory.status = .active
    trajectory.child.label = label
    trajectory.child.born = born
    var referral = Referral()
    (referral.date, referral.by) = (date, referrer)
    trajectory.referral = referral
    var consent = Consent()
    (consent.date, consent.givenBy, consent.scope) = (date, givenBy, ["support"])
    trajectory.consent = [consent]
    trajectory.plan.start = date
    let file = context.workspace.trajectoriesPath + "/" + id + ".yaml"
    do {
      let result = try Store.create(
        trajectory, header: NewChildCommand.languageServerLine(context.workspace, paths: paths),
        path: file, display: context.display(file), in: context.workspace,
        config: context.config, today: context.today)
      return Created(id: id, file: file) {
        env.stdout.write(
          context.env.language().text(
            .okCreatedInGroup, id, SafeText.shown(label), group.id, context.display(file))
            + "\n")
        context.printWarnings(result)
      }
    } catch let error as ChangeError {
      throw DiagnosticsError(error, context.env.language())
    }
  }

  // MARK: meet

  static func meet(
    _ args: ParsedArguments, _ env: Environment, _ rest: [String]
  ) throws
    -> ExitStatus
  {
    let name = spec.name
    guard rest.count == 1 else {
      throw UsageError.missingValue(env.language().text(.ceTheGroup), command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let path = try context.resolveActivity(rest[0], type: .group)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    var present = try context.childIDs(OptionValues.list(args, "present"))
    let absent = try context.childIDs(OptionValues.list(args, "absent"))
    let excused = try context.childIDs(OptionValues.list(args, "excused"))
    guard let bytes = try? FileSystem.read(path) else {
      throw CommandError(
        message: context.env.language().text(.caCannotRead, context.display(path)),
        status: .ioError)
    }
    let group = SchemaDecoder.activity(bytes: bytes)
    if present.isEmpty, absent.isEmpty, excused.isEmpty {
      guard env.isInteractive else {
        throw UsageError.missingValue("--present <children>", command: name)
      }
      present = try context.childIDs(
        try Prompt.ask(
          env.language().text(.promptPresent, group.participants.joined(separator: ", ")), env,
          again: env.language().text(.promptPresentAgain),
          { answer in
            let list = answer.split(separator: ",").map { String($0).trimming(" \t") }
              .filter { !$0.isEmpty }
            return list.isEmpty ? nil : list
          }))
    }
    // The previous meeting's by date (a file edited by hand may list them in another order).
    let previous = group.meetings.filter { ($0.date ?? date) <= date }
      .max { ($0.date ?? date) < ($1.date ?? date) }
    let source = previous ?? group.meetings.last
    let minutes = try context.minutes(
      args, command: name, fallback: source?.minutes,
      missing: Hint(.cbFirstMeetingMinutes))
    // Minutes taken from an earlier meeting are said to be, with the meeting they came from, so
    // that a meeting of another length is not recorded at the old one unnoticed.
    let minutesCopied = args.value("minutes") == nil && source?.minutes != nil
    let named = Set(present + absent + excused)
    let note = args.value("note").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    var meeting = GroupMeeting()
    var unnamed: [String] = []
    var leftOut: [String] = []
    var outside: [String] = []
    let change = try context.changeActivity(path) { a in
      guard a.type == .group else {
        throw CommandError(
          message: context.env.language().text(.caNotAGroup, a.id), status: .usage)
      }
      if a.meetings.contains(where: { $0.date == date }) {
        throw CommandError(
          message: context.env.language().text(.caMeetingExists, a.id, date.description),
          status: .dataError)
      }
      // Participants not named are recorded as absent, but only those whose consent is in
      // force on the day: a child who joined later, or whose consent was withdrawn, is left out
      // (naming it on that day would need consent). The list is the one read under the lock,
      // so a child a concurrent `group join` added is not missed.
      let facts = ActivityStore.index(
        context.workspace, naming: a.participants.filter { !named.contains($0) })
      let bothParents = context.config.consentBothParents
      for id in a.participants where !named.contains(id) {
        guard let entry = facts.entries[id] else {
          unnamed.append(id)
          continue
        }
        // Nor a child whose trajectory was closed before the day (or referred after it).
        if ActivityValidator.outside(entry, on: date) != nil {
          outside.append(id)
        } else if ActivityValidator.consentProblem(
          entry, type: .group, on: date, with: ["child"], bothParents: bothParents) != nil
        {
          leftOut.append(id)
        } else {
          unnamed.append(id)
        }
      }
      meeting.date = date
      meeting.minutes = minutes
      meeting.present = present
      meeting.absent = absent + unnamed
      meeting.excused = excused
      meeting.note = note
      let at = a.meetings.firstIndex { ($0.date ?? date) > date } ?? a.meetings.count
      a.meetings.insert(meeting, at: at)
    }
    let language = env.language()
    var length = language.minutes(minutes)
    if minutesCopied, let from = source?.date {
      length = language.text(.okMinutesAsMeetingOf, length, from.description)
    }
    env.stdout.write(
      language.text(
        .okGroupMeeting, change.activity.id, date.description, length,
        String(present.count), String(meeting.absent.count), String(excused.count)) + "\n")
    if !unnamed.isEmpty {
      env.stderr.write(
        language.text(.okUnnamedAbsent, unnamed.joined(separator: ", ")) + "\n")
    }
    if !leftOut.isEmpty {
      env.stderr.write(
        language.text(
          .okNoConsentNotRecorded, date.description, leftOut.joined(separator: ", ")) + "\n")
    }
    if !outside.isEmpty {
      env.stderr.write(
        language.text(
          .okOutsideTrajectoryNotRecorded, date.description, outside.joined(separator: ", "))
          + "\n")
    }
    context.printWarnings(change)
    context.warnIfFuture(date)
    context.warnIfWeekend(date)
    return .success
  }
}
