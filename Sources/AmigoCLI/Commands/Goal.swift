import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo goal add|rate|result CHILD …`: a child's personal goals, their scores on the 0-10
/// scale over time, and their results at closure.
enum GoalCommand: Command {
  static let spec = CommandSpec(
    name: "goal",
    abstract: "Add a personal goal, rate it, or set its result.",
    discussion: """
      add     appends a goal (id: the next free g1, g2, …) with who agreed on it (--agreed-with:
              child, parents, teacher), optionally with a first (baseline) rating.
      rate    scores a goal on the solution-focused 0-10 scale ("where are you now?"), in steps
              of 0.5; the rating goes in date order as one line {date: …, value: …, rater: …}.
              After the closure only a follow-up rating is taken (--follow-up).
      result  sets or replaces a goal's result: achieved, partly, not-achieved or dropped
              (behaald, deels, niet-behaald, vervallen). 'amigo close' asks for missing results.
      Values may be given in English or Dutch, scores with a decimal comma. Only the goal's own
      lines change. Goal texts are part of the record parents may read: the child's own words,
      short, without names.
      """,
    examples: [
      "amigo goal add K7Q4 --text 'Ik vraag hulp als ik iets niet snap.' --domain zelfvertrouwen --agreed-with child,parents,teacher --target 7 --baseline 3",
      "amigo goal rate 'Sam B.' g1 6,5 --rater leerkracht --date gisteren",
      "amigo goal result K7Q4 g2 deels",
    ],
    arguments: [
      ArgumentSpec("action", help: "What to do: add, rate or result."),
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label."),
      ArgumentSpec("goal", optional: true, help: "rate, result: the goal's id, e.g. g1."),
      ArgumentSpec(
        "value", optional: true,
        help:
          "rate: the score, 0-10 in steps of 0.5. result: \(Schemas.goalResult.choices)."),
    ],
    options: [
      OptionSpec(
        "text", short: "t", value: "text",
        help: "add: the goal in the child's own words, one short line (required)."),
      OptionSpec(
        "domain", value: "domain", values: .vocabulary(Schemas.domain),
        help:
          "add: what the goal is about: \(Schemas.domain.choices), or the workspace's own concerns."
      ),
      OptionSpec(
        "agreed-with", value: "party", repeatable: true, values: .vocabulary(Schemas.goalParty),
        help:
          "add: who agreed on the goal (repeatable, or comma-separated): \(Schemas.goalParty.choices), or the workspace's own goal parties."
      ),
      OptionSpec(
        "target", value: "score",
        help: "add: the score that counts as reached, 0-10 in steps of 0.5."),
      OptionSpec("id", value: "id", help: "add: the goal's id (default: the next free g1, g2, …)."),
      OptionSpec(
        "baseline", value: "score", help: "add: a first rating, 0-10 in steps of 0.5."),
      OptionSpec(
        "rater", value: "rater", values: .vocabulary(Schemas.rater),
        help:
          "rate, add --baseline: who gave the score (default: child): \(Schemas.rater.choices), or the workspace's own raters."
      ),
      OptionSpec(
        "follow-up",
        help:
          "rate: a follow-up rating after the closure (follow_up: true), within the programme's follow_up_months and with consent for 'follow-up' (nazorg)."
      ),
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "rate: the day of the score; add: the day the goal was agreed and of its baseline (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  enum Action: String, CommandAction {
    case add, rate, result

    /// Dutch (and other) words for the actions.
    static let aliases: [String: Action] = [
      "toevoegen": .add, "nieuw": .add, "score": .rate, "scoren": .rate, "resultaat": .result,
    ]

    /// The options an action uses, besides `--today` and `--dir`.
    var options: Set<String> {
      switch self {
      case .add: ["text", "domain", "agreed-with", "target", "id", "baseline", "rater", "date"]
      case .rate: ["rater", "date", "follow-up"]
      case .result: []
      }
    }
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let action = try parseAction(args.positionals[0])
    try spec.refuseOptions(notUsedBy: action, args)
    switch action {
    case .add: return try add(args, env)
    case .rate: return try rate(args, env)
    case .result: return try result(args, env)
    }
  }

  static func parseAction(_ text: String) throws -> Action {
    let word = foldForMatching(text)
    if let action = Action(rawValue: word) ?? Action.aliases[word] { return action }
    let names = Action.allCases.map(\.rawValue)
    let hint =
      CommandLineSuggestion.nearest(word, in: names).map { Hint(.caHintGoalDidYouMean, $0) }
      ?? Hint(.caHintGoalAction)
    throw UsageError.invalidValue(text, for: "<action>", command: spec.name, hint: hint)
  }

  // MARK: - add

  static func add(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    try expectPositionals(args, 2)
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    guard let rawText = args.value("text") else {
      throw UsageError.missingValue("--text <text>", command: name)
    }
    let text = NoteInput.clean(rawText)
    guard !text.isEmpty, !text.contains("\n") else {
      throw UsageError.invalidValue(
        rawText, for: "--text <text>", command: name,
        hint: Hint(.caHintGoalOneLine))
    }
    let domain = try args.value("domain").map {
      try OptionValues.enumValue(
        $0, context.config.vocabulary(spec.enumeration("domain")), option: "--domain <domain>",
        command: name)
    }
    let agreedWith = try OptionValues.enumValues(
      args, "agreed-with", context.config.vocabulary(spec.enumeration("agreed-with")),
      option: "--agreed-with <party>", command: name)
    let target = try args.value("target").map {
      try Double(ScoreInput.parse($0, option: "--target <score>", command: name))!
    }
    let id = args.value("id")
    if let id, !Identifier.isValid(id) {
      throw UsageError.invalidValue(
        id, for: "--id <id>", command: name,
        hint: Hint(.caHintGoalID))
    }
    let baseline = try args.value("baseline").map {
      try Double(ScoreInput.parse($0, option: "--baseline <score>", command: name))!
    }
    if baseline == nil {
      for option in ["rater"] {
        if let value = args.value(option) {
          throw UsageError.invalidValue(
            value, for: spec.option(named: option)!.synopsis, command: name,
            hint: Hint(.caHintGoesWithBaseline, option))
        }
      }
    }
    let rater = try raterOption(args, context.config)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today

    let path = try context.resolve(args.positionals[1])
    var goal = Goal()
    (goal.domain, goal.text, goal.agreedWith) = (domain, text, agreedWith)
    (goal.agreedOn, goal.target) = (date, target)
    // The baseline is the goal's first rating.
    goal.ratings = baseline.map { [rating(date: date, value: $0, rater: rater)] } ?? []
    let result = try context.change(path) { file in
      // A goal of a closed trajectory needs a result it cannot have yet: say so, rather than
      // the rule the new goal would break (qa-walk p20).
      let t = file.trajectory
      if t.status == .closed || t.closure != nil {
        let language = context.env.language()
        throw CommandError(
          message: t.closure?.date.map { language.text(.caGoalClosedOn, t.id, $0.description) }
            ?? language.text(.caGoalClosed, t.id),
          status: .dataError)
      }
      if let id, file.hasGoal(id) {
        throw CommandError(
          message: context.env.language().text(
            .caGoalExists, context.display(path), id, goalList(file.trajectory)),
          status: .dataError)
      }
      goal.id = id ?? file.nextGoalID
      try file.add(goal)
    }
    let language = context.env.language()
    func score(_ value: Double) -> String { language.decimal(formatScore(value)) }
    var details: [String] = []
    if let domain {
      details.append(
        context.config.vocabulary(Schemas.domain)[domain]?.label(language.code) ?? domain)
    }
    if let target { details.append(language.text(.okTarget, score(target))) }
    if let baseline {
      let who = context.config.vocabulary(Schemas.rater)[rater]?.label(language.code) ?? rater
      details.append(language.text(.okBaseline, score(baseline), who, date.description))
    }
    env.stdout.write(
      language.text(.okGoalAdded, goal.id, result.trajectory.id)
        + (details.isEmpty ? "" : ": " + details.joined(separator: ", ")) + ".\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }

  // MARK: - rate

  static func rate(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    try expectPositionals(args, 4)
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let goalID = args.positionals[2]
    let value = try Double(
      ScoreInput.parse(args.positionals[3], option: "<value>", command: name))!
    let rater = try raterOption(args, context.config)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today

    let path = try context.resolve(args.positionals[1])
    let result = try context.change(path) { file in
      try requireGoal(goalID, file, context: context, path: path)
      var rating = rating(date: date, value: value, rater: rater)
      rating.followUp = args.flag("follow-up")
      try file.rate(goal: goalID, rating)
    }
    let language = env.language()
    func score(_ value: Double) -> String { language.decimal(formatScore(value)) }
    let who = context.config.vocabulary(Schemas.rater)[rater]?.label(language.code) ?? rater
    var line = language.text(
      .ceRated, goalID, score(value), who, date.description, result.trajectory.id)
    if let target = result.trajectory.goals.first(where: { $0.id == goalID })?.target {
      line += language.text(.ceRatedTarget, score(target))
    }
    env.stdout.write(line + ".\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }

  // MARK: - result

  static func result(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    try expectPositionals(args, 4)
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let goalID = args.positionals[2]
    let value = try OptionValues.enumValue(
      args.positionals[3], Schemas.goalResult, option: "<value>", command: name)
    let goalResult = GoalResult(rawValue: value)

    let path = try context.resolve(args.positionals[1])
    var previous: GoalResult?
    let result = try context.change(path) { file in
      try requireGoal(goalID, file, context: context, path: path)
      previous = file.trajectory.goals.first { $0.id == goalID }?.result
      try file.updateGoal(goalID) { $0.result = goalResult }
    }
    let language = context.env.language()
    var line = language.text(
      .okGoalResult, goalID, result.trajectory.id, language.label(value, Schemas.goalResult))
    if let previous, previous.rawValue != value {
      line += language.text(.okWas, language.label(previous.rawValue, Schemas.goalResult))
    }
    env.stdout.write(line + ".\n")
    context.printWarnings(result)
    return .success
  }

  // MARK: - Helpers

  /// Usage errors for missing or surplus positionals: `count` is what the action needs.
  static func expectPositionals(_ args: ParsedArguments, _ count: Int) throws {
    let names = spec.arguments.map(\.name)
    if args.positionals.count < count {
      throw UsageError.missingArgument(names[args.positionals.count], command: spec.name)
    }
    if args.positionals.count > count {
      throw UsageError.unexpectedArgument(args.positionals[count], command: spec.name)
    }
  }

  static func raterOption(_ args: ParsedArguments, _ config: Config) throws -> String {
    try args.value("rater").map {
      try OptionValues.enumValue(
        $0, config.vocabulary(spec.enumeration("rater")), option: "--rater <rater>",
        command: spec.name)
    } ?? "child"
  }

  /// Refuses (exit 65) when the file has no goal `goalID`.
  static func requireGoal(
    _ goalID: String, _ file: TrajectoryEditor, context: WorkspaceContext, path: String
  ) throws {
    guard !file.hasGoal(goalID) else { return }
    let trajectory = file.trajectory
    let language = context.env.language()
    throw CommandError(
      message: trajectory.goals.isEmpty
        ? language.text(.caGoalNotDefinedNoGoalsYet, goalID, context.display(path))
        : language.text(.caGoalNotDefined, goalID, context.display(path), goalList(trajectory)),
      status: .dataError)
  }

  /// A rating given on `date`.
  static func rating(date: LocalDate, value: Double, rater: String) -> Rating {
    var rating = Rating()
    (rating.date, rating.value, rating.rater) = (date, value, rater)
    return rating
  }

  static func goalList(_ trajectory: Trajectory) -> String {
    trajectory.goals.map(\.id).filter { !$0.isEmpty }.joined(separator: ", ")
  }

  static func label(_ result: String) -> String { Schemas.goalResult[result]?.en ?? result }

  static func formatScore(_ value: Double) -> String { DecimalText.text(value) }
}
