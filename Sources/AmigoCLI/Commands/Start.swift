import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo start CHILD`: the trajectory starts: `plan.start` and `status: active`.
enum StartCommand: Command {
  static let spec = CommandSpec(
    name: "start",
    abstract: "Start a child's trajectory: set the start date and make it active.",
    discussion: """
      Sets plan.start (default: today) and the status 'active'; with --weeks also the planned
      length. The start week counts as week 1 of the trajectory. amigo refuses, and changes
      nothing, when no consent is in force on the start date (record it with 'amigo consent'
      first) or it is not given by whom the child's age requires (see 'amigo consent --help'),
      when the trajectory has already started, and when it is closed. It warns when the planned
      length is outside the programme's range.
      """,
    examples: [
      "amigo start W6ZA",
      "amigo start 'Emma J.' --date maandag --weeks 16",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The start date (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec("weeks", short: "w", value: "weeks", help: "The planned length in weeks (1-104)."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let weeks = try OptionValues.integer(args, "weeks", in: 1...104, command: name)

    let path = try context.resolve(args.positionals[0])
    // What the command plans: the start, and the weeks when given.
    var plan = Plan()
    (plan.start, plan.weeks) = (date, weeks)
    let result = try context.change(path) { file in
      try refusal(
        file.trajectory, on: date, bothParents: context.config.consentBothParents,
        language: env.language()
      ).map {
        throw CommandError(message: $0, status: .dataError)
      }
      try file.update { t in
        t.plan.start = plan.start
        if let weeks = plan.weeks { t.plan.weeks = weeks }
        t.status = .active
      }
    }
    let t = result.trajectory
    let language = env.language()
    var line = language.text(.okStarted, t.id, date.description, date.isoWeek.description)
    if let weeks { line += language.text(.okPlannedWeeks, String(weeks)) }
    env.stdout.write(line + language.text(.okStatusActive) + "\n")
    context.printWarnings(result)
    for warning in plan.startingWarnings(in: t, config: context.config, today: context.today) {
      env.stderr.write(
        env.language().text(.ccWarningLine, warning.message(env.language().code)) + "\n")
    }
    return .success
  }

  /// Why `t` cannot start on `date`, or nil.
  static func refusal(
    _ t: Trajectory, on date: LocalDate, bothParents: Bool = false, language: Language = .en
  ) -> String? {
    if t.status == .closed || t.closure != nil {
      guard let closed = t.closure?.date else { return language.text(.cdStartClosed, t.id) }
      return language.text(.cdStartClosedOn, t.id, closed.description)
    }
    if let start = t.plan.start, let status = t.status,
      status == .active || status == .paused || status == .closing
    {
      return language.text(
        .cdStartAlready, t.id, start.description, language.label(status.rawValue, Schemas.status))
        + (status == .paused ? language.text(.cdStartResume, t.id) : "")
    }
    if t.hasConsent(on: date) {
      // The support starts: the consent in force must be given by the lawful party for the
      // child's age on the start date (`ConsentLaw`).
      guard let born = t.child.born,
        let party = ConsentLaw.partyProblem(
          ConsentLaw.InForce(t.consent, on: date), age: ConsentLaw.Age(born: born, on: date),
          bothParents: bothParents)
      else { return nil }
      let age = ConsentLaw.Age(born: born, on: date)
      return language.text(
        .cdStartWrongParty, t.id, date.description, age.text.text(language.code),
        ConsentLaw.ruleText(for: party, age: age).text(language.code),
        ConsentLaw.remedyText(for: party, id: t.id, date: date).text(language.code))
    }
    var why = ""
    if let later = t.consent.compactMap(\.date).filter({ $0 > date }).min() {
      why = language.text(.cdConsentGivenLater, later.description)
    } else if let withdrawn = t.consent.compactMap(\.withdrawn).filter({ $0 <= date }).max() {
      why = language.text(.cdConsentWithdrawnOn, withdrawn.description)
    }
    // Who gives it depends on the child's age on the start date (a 17-year-old consents alone).
    let givers = t.child.born.map {
      ConsentLaw.giversToAsk(age: ConsentLaw.Age(born: $0, on: date))
    }
    return language.text(.cdStartNoConsent, t.id, date.description, why, givers ?? "parents")
  }
}
