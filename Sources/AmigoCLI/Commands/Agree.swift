import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo agree CHILD ACTIVITY TEXT`: what a meeting about several children (or a group
/// meeting) agreed for one child, written in that child's own file, referring to the activity.
enum AgreeCommand: Command {
  static let spec = CommandSpec(
    name: "agree",
    abstract: "Write what a meeting agreed for one child in that child's file (afspraak).",
    discussion: """
      Adds an entry to the child's 'agreements': the date, the activity id (a meeting about
      several children, or a group) and what was agreed. It carries no minutes of its own: the
      meeting's minutes are counted once, in the activity file, so no report counts the meeting
      twice; the child's record stays complete, and erasable, on its own. The activity must
      name the child and have been held on the date: for a meeting, its date is the default;
      for a group, the last group meeting that recorded the child's attendance. Write nothing
      that names another child. 'amigo validate' checks every agreement against the activity
      files (error[unknown-activity], error[agreement-not-named], error[agreement-date]).
      """,
    examples: [
      "amigo agree K7Q4 M-2026-7KQ4 'IB plant een gesprek met ouders over extra begeleiding'",
      "amigo agree 'Sam B.' sterk --date 2026-10-07 'oefent thuis de ademhalingsoefening'",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label."),
      ArgumentSpec(
        "activity", help: "The meeting or group: its id, a unique id prefix, or a group's name."),
      ArgumentSpec(
        "agreed", optional: true, text: true, lines: true,
        help: "What was agreed for this child (asked on a terminal when left out)."),
    ],
    options: [
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "The day of the meeting (default: the meeting's; for a group, the child's last group meeting). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let path = try context.resolve(args.positionals[0])
    let child = Workspace.id(ofFile: path)
    let activityPath = try context.resolveActivity(args.positionals[1])
    let activity = try read(activityPath, context)
    let given = try OptionValues.date(args, "date", today: context.today, command: name)
    let date = try day(of: activity, for: child, given: given, env.language())
    var agreed =
      args.positionals.count > 2 ? NoteInput.clean(args.positionals[2]) : ""
    var agreement = Agreement()
    (agreement.date, agreement.activity) = (date, activity.id)
    if agreed.isEmpty {
      guard env.isInteractive else {
        throw UsageError.missingValue("<agreed>", command: name)
      }
      let language = env.language()
      while agreed.isEmpty {
        let answer = try Prompt.ask(
          language.text(.promptAgreed, child), env,
          again: language.text(.promptAgreedAgain),
          { answer in
            let text = NoteInput.clean(answer)
            return text.isEmpty ? nil : text
          })
        // What the answer would bring to the file (a phone number, a name) is said at once and
        // asked again, not refused after the answer is gone.
        var trial = agreement
        trial.agreed = answer
        let errors = try context.errors(of: path) { file in try file.add(trial) }
          .filter { $0.severity == .error }
        guard !errors.isEmpty else {
          agreed = answer
          break
        }
        NewChildCommand.sayProblems(errors, language, env)
        env.stderr.write(language.text(.promptAnswerAgain) + "\n")
      }
    }
    agreement.agreed = agreed
    let result = try context.change(path) { file in
      if file.trajectory.agreements.contains(where: {
        $0.activity == activity.id && $0.date == date
      }) {
        throw CommandError(
          message: env.language().text(
            .caAgreementExists, child, activity.id, date.description),
          status: .dataError)
      }
      try file.add(agreement)
    }
    env.stdout.write(
      env.language().text(
        .cdAgreeRecorded, activity.id, date.description, context.display(path)) + "\n")
    context.printWarnings(result)
    return .success
  }

  static func read(_ path: String, _ context: WorkspaceContext) throws -> Activity {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw CommandError(message: context.env.language().say(error), status: .noInput)
    }
    let activity = SchemaDecoder.activity(bytes: bytes)
    guard activity.type != nil, !activity.id.isEmpty else {
      throw CommandError(
        message: context.env.language().text(.caNotReadableActivity, context.display(path)),
        status: .dataError)
    }
    return activity
  }

  /// The day of the agreement: `given`, checked against the activity, else the meeting's day
  /// or, for a group, the last group meeting with the child's attendance.
  static func day(
    of a: Activity, for child: String, given: LocalDate?, _ language: Language = .en
  ) throws -> LocalDate {
    guard a.namedChildren.contains(child) else {
      throw CommandError(
        message: language.text(.caNotNamingChild, a.id, child),
        status: .dataError)
    }
    let held = a.occasions.map(\.date)
    if let given {
      guard held.contains(given) else {
        let days = held.map(\.description).joined(separator: ", ")
        throw CommandError(
          message: days.isEmpty
            ? language.text(.caNotHeldOn, a.id, given.description)
            : language.text(.caNotHeldOnWas, a.id, given.description, days),
          status: .dataError)
      }
      return given
    }
    switch a.type {
    case .group?:
      let attended = a.meetings.filter { m in m.attendance.contains { $0.id == child } }
      guard let last = attended.compactMap(\.date).max() else {
        throw CommandError(
          message: language.text(.caNoAttendance, a.id, child),
          status: .usage)
      }
      return last
    default:
      guard let date = a.date else {
        throw CommandError(
          message: language.text(.caNoDate, a.id), status: .dataError)
      }
      return date
    }
  }
}
