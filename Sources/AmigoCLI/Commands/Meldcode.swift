import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo meldcode CHILD --step …`: records a dated step of a meldcode procedure: categories
/// and dates, never what was seen or said.
enum MeldcodeCommand: Command {
  static let spec = CommandSpec(
    name: "meldcode",
    abstract: "Record a step of the meldcode (reporting code) procedure.",
    discussion: """
      Adds a dated step of the reporting code for domestic violence and child abuse to the
      child's file, in date order: signals mapped, a colleague or Veilig Thuis consulted (an
      anonymous consultation included), the talk with the parents or child, the risk weighed,
      and the decision with its outcome (report, help, or both). Only the step and its date are
      recorded, never what was seen or said. Information given to Veilig Thuis is recorded with
      'amigo share CHILD --with veilig-thuis --basis meldcode'. Values may be given in English or
      Dutch (signalen, collega, veilig-thuis-geraadpleegd, gesprek, wegen, besluit; melden, hulp,
      melden-en-hulp). On a terminal, amigo asks for what is missing.
      """,
    examples: [
      "amigo meldcode W6ZA --step signalen",
      "amigo meldcode W6ZA --step besluit --outcome hulp --date gisteren",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "step", value: "step", values: .values(Schemas.meldcodeStepKind),
        help: "Which step: \(Schemas.meldcodeStepKind.choices)."),
      OptionSpec(
        "outcome", value: "outcome", values: .values(Schemas.meldcodeOutcome),
        help: "With --step decision: \(Schemas.meldcodeOutcome.choices)."),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    var step = try args.value("step").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("step"), option: "--step <step>", command: name)
    }
    var outcome = try args.value("outcome").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("outcome"), option: "--outcome <outcome>", command: name)
    }
    if let step, step != "decision", let outcome {
      // The value as typed (`melden`), not as a file would hold it.
      throw UsageError.invalidValue(
        args.value("outcome") ?? outcome, for: "--outcome <outcome>", command: name,
        hint: Hint(.cbOutcomeDecision))
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let path = try context.resolve(args.positionals[0])
    if step == nil {
      guard env.isInteractive else { throw UsageError.missingValue("--step <step>", command: name) }
      step = try Prompt.menu(
        .promptMeldcodeStepTitle, Schemas.meldcodeStepKind, prompt: .promptMeldcodeStep, env)
    }
    if step == "decision", outcome == nil {
      guard env.isInteractive else {
        throw UsageError.missingValue("--outcome <outcome>", command: name)
      }
      outcome = try Prompt.menu(
        .promptMeldcodeOutcomeTitle, Schemas.meldcodeOutcome, prompt: .promptMeldcodeOutcome,
        env)
    }
    guard let step else { return .usage }
    if step != "decision", outcome != nil { outcome = nil }
    var entry = MeldcodeStep()
    (entry.date, entry.step, entry.outcome) = (date, step, outcome)
    let result = try context.change(path) { file in try file.add(entry) }
    let language = env.language()
    let label = language.label(step, Schemas.meldcodeStepKind)
    let decided = outcome.map { ": " + language.label($0, Schemas.meldcodeOutcome) } ?? ""
    env.stdout.write(
      language.text(
        .cdMeldcodeRecorded, label, decided, date.description, result.trajectory.id) + "\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }
}
