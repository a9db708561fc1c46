import AmigoReports
import AmigoSchema
import AmigoStore

/// What the commands for work without a child file share: a value of a list from an option, a
/// prompt on a terminal, or a usage error.
extension WorkspaceContext {
  /// The value of `--option` in `spec` (English or Dutch), else asked on a terminal; nil when it
  /// is optional and not given (on a terminal: answered empty).
  func listValue(
    _ args: ParsedArguments, _ option: String, _ spec: EnumSpec, question: Message,
    command: String, required: Bool = true
  ) throws -> String? {
    if let text = args.value(option) {
      return try OptionValues.enumValue(
        text, spec, option: "--\(option) <\(option)>", command: command)
    }
    if env.isInteractive {
      let language = env.language()
      let answer: String? = try Prompt.ask(
        language.text(
          required ? .promptListValue : .promptListValueOptional, language.text(question),
          language.quotedWords(spec)), env,
        again: language.text(.promptAnswerOneOf, language.quotedWords(spec)),
        { text -> String?? in
          if text.isEmpty { return required ? nil : .some(nil) }
          return spec.resolve(text).map { .some($0) }
        })
      return answer
    }
    if required { throw UsageError.missingValue("--\(option) <\(option)>", command: command) }
    return nil
  }

  /// `--minutes`, else asked on a terminal, else a usage error.
  func contactMinutes(_ args: ParsedArguments, command: String) throws -> Int {
    if let n = try OptionValues.minutes(args, command: command) {
      return n
    }
    if env.isInteractive {
      return try Prompt.ask(
        env.language().text(.promptMinutes), env,
        again: env.language().text(.promptAnswerWholeNumber, "1", "600"),
        { Int($0).flatMap { OptionValues.minutesRange().contains($0) ? $0 : nil } })
    }
    throw UsageError.missingValue("--minutes <minutes>", command: command)
  }
}

/// The options every command for work without a child file has.
private let ownerOptions = [
  OptionSpec(
    "date", short: "d", value: "date",
    help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
  OptionSpec(
    "programme", value: "programme", help: "The programme (default: the only one declared)."),
  OptionSpec("school", value: "school", help: "The school (default: the only one declared)."),
  OptionSpec("worker", value: "worker", help: "The worker (default: the only one declared)."),
]

/// `amigo contact --light`: adds one light contact to the worker's tally of the month.
enum ContactCommand: Command {
  static let spec = CommandSpec(
    name: "contact",
    abstract: "Record a light contact (licht contact): a question answered without a child file.",
    discussion: """
      Adds one anonymous contact to your tally of the month for the programme and school
      (activities/L-<yyyy>-<mm>-<worker>.yaml; in a workspace with more than one programme or
      school activities/L-<yyyy>-<mm>-<worker>-<programme>-<school>.yaml; created when it does
      not exist): the day, who asked (a role: parent, child, teacher, other), the theme, the
      minutes and, optionally, the outcome (answered, advice, referred-on, trajectory-started).
      Nothing identifying is written: no name, no child, no free text; it needs no consent and
      has no retention limit. A one-off talk with a pupil right after an incident is a light
      contact too. Each worker has a tally of their own per month, programme and school, so two
      workers never change the same file and a contact counts for the programme and school it
      was for; two edits of one tally merge through amigo's merge driver ('amigo git-setup'),
      which keeps the contacts both sides added. When a question turns into support, start a
      trajectory with 'amigo new-child' and record --outcome trajectory-started here. Words may
      be given in Dutch (ouder, kind, leerkracht, anders; beantwoord, advies, doorverwezen,
      traject). On a terminal, amigo asks for what is missing.
      """,
    examples: [
      "amigo contact --light --who parent --theme home-situation --minutes 15",
      "amigo contact --light --who ouder --theme opvoeding --minutes 10 --outcome advies --date gisteren",
      "amigo contact --light --who kind --theme pesten --minutes 20 --outcome beantwoord",
    ],
    options: [
      OptionSpec("light", help: "A light contact (the only kind this command records)."),
      OptionSpec(
        "who", value: "who", values: .values(Schemas.asker),
        help: "Who asked: \(Schemas.asker.choices) (or in Dutch)."),
      OptionSpec(
        "theme", short: "t", value: "theme", values: .vocabulary(Schemas.domain),
        help: "What the question was about (a concern)."),
      OptionSpec("minutes", short: "m", value: "minutes", help: "Duration in minutes."),
      OptionSpec(
        "outcome", value: "outcome", values: .values(Schemas.lightOutcome),
        help: "What came of it: \(Schemas.lightOutcome.choices) (or in Dutch)."),
    ] + ownerOptions + [.today, .dir])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    var contact = LightContact()
    contact.date = date
    contact.who = try context.listValue(
      args, "who", spec.enumeration("who"), question: .promptWhoAsked, command: name)
    contact.theme = try context.listValue(
      args, "theme", context.config.vocabulary(spec.enumeration("theme")), question: .promptTheme,
      command: name)
    contact.minutes = try context.contactMinutes(args, command: name)
    contact.outcome = try context.listValue(
      args, "outcome", spec.enumeration("outcome"), question: .promptLightOutcome, command: name,
      required: false)
    let (programme, school, workers) = try context.owners(args, command: name, children: [])
    let worker = workers[0]
    guard let month = YearMonth(year: date.year, month: date.month) else {
      throw UsageError.invalidValue(
        date.description, for: "--date <date>", command: name, hint: Hint(.hintRealDay))
    }
    let path = try tallyPath(
      context, worker: worker, month: month, programme: programme, school: school)
    var activity = Activity()
    activity.id = Workspace.id(ofFile: path)
    activity.type = .lightContacts
    activity.programme = programme
    activity.school = school
    activity.workers = [worker]
    activity.contacts = [contact]
    let change = try context.createOrChangeActivity(path, new: activity) { a in
      guard a.type == .lightContacts else {
        throw CommandError(
          message: context.env.language().text(
            .cbNotLightTally, context.display(path), a.type?.rawValue ?? "none"),
          status: .dataError)
      }
      guard a.programme == programme, a.school == school else {
        throw CommandError(
          message: context.env.language().text(
            .cbTallyOtherOwner, context.display(path), a.programme, a.school,
            programme, school),
          status: .dataError)
      }
      a.contacts.append(contact)
    }
    let count = change.activity.contacts.count
    let language = env.language()
    let who = contact.who.map { language.label($0, Schemas.asker) } ?? ""
    env.stdout.write(
      language.text(
        .okLightContact, date.description, language.minutes(contact.minutes ?? 0), who,
        context.display(path),
        count == 1 ? language.text(.okOneContact) : language.text(.okContacts, String(count)),
        month.description) + "\n")
    context.printWarnings(change)
    context.warnIfFuture(date)
    context.warnIfWeekend(date)
    return .success
  }
}

extension ContactCommand {
  /// The tally a contact of `worker` in `month` for `programme` at `school` goes to
  /// (`ActivityType.lightContactsID`). A tally under the short name `L-<yyyy>-<mm>-<worker>`
  /// that an earlier amigo began in a workspace with more programmes or schools keeps the
  /// contacts of its own programme and school; any other goes to a tally of its own.
  static func tallyPath(
    _ context: WorkspaceContext, worker: String, month: YearMonth, programme: String,
    school: String
  ) throws -> String {
    let only =
      ConfigReference.programmes(context.config).count <= 1
      && ConfigReference.schools(context.config).count <= 1
    func path(_ id: String) -> String { context.workspace.activitiesPath + "/" + id + ".yaml" }
    let named = path(
      ActivityType.lightContactsID(
        worker: worker, month: month, programme: programme, school: school, only: only))
    let short = path(ActivityType.lightContactsID(worker: worker, month: month))
    if only || FileSystem.exists(named) || !FileSystem.exists(short) { return named }
    let earlier = SchemaDecoder.activity(bytes: (try? FileSystem.read(short)) ?? [])
    return earlier.type == .lightContacts && earlier.programme == programme
      && earlier.school == school ? short : named
  }
}

/// `amigo coach`: records support of a teacher, about no child in particular.
enum CoachCommand: Command {
  static let spec = CommandSpec(
    name: "coach",
    abstract: "Record support of a teacher (ondersteuning leerkracht), about no child.",
    discussion: """
      Writes one activity file (activities/C-….yaml) for coaching or advice given to a teacher
      or other school staff, about no child in particular: the day, minutes, the role of the
      one supported (teacher, care-coordinator, director, team, other; in Dutch leerkracht, ib,
      directie, schoolteam) and the theme. No name is written and no consent is needed. Advice
      about one child in a trajectory belongs in that child's file (amigo log-session).
      """,
    examples: [
      "amigo coach --teacher leerkracht --theme behaviour --minutes 30",
      "amigo coach --teacher ib --theme samenspelen --minutes 45 --date maandag",
    ],
    options: [
      OptionSpec(
        "teacher", value: "role", values: .values(Schemas.teacherRole),
        help: "The role of the one supported: \(Schemas.teacherRole.choices) (or in Dutch)."),
      OptionSpec(
        "theme", short: "t", value: "theme", values: .vocabulary(Schemas.domain),
        help: "What the support was about (a concern)."),
      OptionSpec("minutes", short: "m", value: "minutes", help: "Duration in minutes."),
      OptionSpec(
        "note", short: "n", value: "text", lines: true, help: "A short factual note, naming no one."
      ),
    ] + ownerOptions + [.today, .dir])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    var activity = Activity()
    activity.type = .teacherSupport
    activity.date = date
    activity.teacher = try context.listValue(
      args, "teacher", spec.enumeration("teacher"), question: .promptTeacherRole, command: name)
    activity.theme = try context.listValue(
      args, "theme", context.config.vocabulary(spec.enumeration("theme")), question: .promptTheme,
      command: name, required: false)
    activity.minutes = try context.contactMinutes(args, command: name)
    (activity.programme, activity.school, activity.workers) = try context.owners(
      args, command: name, children: [])
    activity.note = args.value("note").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    activity.id = try context.newActivityID(.teacherSupport, year: date.year)
    let (change, path) = try context.create(activity)
    env.stdout.write(
      env.language().text(
        .okTeacherSupport, activity.id, date.description,
        env.language().minutes(activity.minutes ?? 0),
        context.display(path)) + "\n")
    context.printWarnings(change)
    context.warnIfFuture(date)
    context.warnIfWeekend(date)
    return .success
  }
}

/// `amigo meeting --audience …`: a theme meeting (parents' evening, class talk), counts only.
enum ThemeMeeting {
  /// The options that make `amigo meeting` record a theme meeting.
  static let options = [
    OptionSpec(
      "audience", value: "audience", values: .values(Schemas.audience),
      help:
        "A theme meeting for \(Schemas.audience.choices) (ouders, leerkrachten, kinderen): no children named."
    ),
    OptionSpec(
      "attendance", value: "count", help: "A theme meeting: how many came (a head count)."),
    OptionSpec(
      "theme", short: "t", value: "theme", values: .vocabulary(Schemas.domain),
      help: "A theme meeting: its theme (a concern)."),
  ]

  static func applies(_ args: ParsedArguments) -> Bool {
    args.value("audience") != nil || args.value("attendance") != nil
      || args.value("theme") != nil
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = MeetingCommand.spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: MeetingCommand.spec))
    if !OptionValues.list(args, "children").isEmpty || args.value("unnamed") != nil {
      throw CommandError(
        message: env.language().text(.cbThemeNoChild),
        status: .usage)
    }
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    var activity = Activity()
    activity.type = .themeMeeting
    activity.date = date
    activity.theme = try context.listValue(
      args, "theme", context.config.vocabulary(MeetingCommand.spec.enumeration("theme")),
      question: .promptTheme, command: name)
    activity.audience = try context.listValue(
      args, "audience", MeetingCommand.spec.enumeration("audience"), question: .promptForWhom,
      command: name)
    activity.attendance = try OptionValues.integer(
      args, "attendance", in: 0...2000, command: name)
    if activity.attendance == nil, env.isInteractive {
      activity.attendance = try Prompt.ask(
        env.language().text(.promptAttendance), env,
        again: env.language().text(.promptAnswerWholeNumber, "0", "2000"),
        { Int($0).flatMap { (0...2000).contains($0) ? $0 : nil } })
    }
    activity.minutes = try context.minutes(args, command: name)
    (activity.programme, activity.school, activity.workers) = try context.owners(
      args, command: name, children: [])
    activity.note = args.value("note").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    activity.id = try context.newActivityID(.themeMeeting, year: date.year)
    let (change, path) = try context.create(activity)
    let language = env.language()
    let heads = activity.attendance.map { language.text(.okAttending, String($0)) } ?? ""
    env.stdout.write(
      language.text(
        .okThemeMeeting, activity.id, date.description, language.minutes(activity.minutes ?? 0),
        heads,
        context.display(path)) + "\n")
    context.printWarnings(change)
    context.warnIfFuture(date)
    context.warnIfWeekend(date)
    return .success
  }
}
