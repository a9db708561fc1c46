import AmigoSchema
import AmigoStore

/// `amigo measure CHILD --instrument … --informant … --timepoint … --score scale=value,…`:
/// records one completed questionnaire, its scale scores only. The options are the same for
/// every workspace (help, completions and the man page are static); the instrument's scales,
/// ranges and forms come from `amigo.yaml` and are checked by the validation rules before
/// anything is written.
enum MeasureCommand: Command {
  static let spec = CommandSpec(
    name: "measure",
    abstract: "Record a questionnaire's scale scores (the SDQ or another instrument).",
    discussion: """
      Records one completed form of an instrument declared in amigo.yaml ('instruments:';
      'amigo init' ships the SDQ): who filled it in, when in the trajectory, and the scale
      scores. Only scale scores are stored, never the items or the answers. The scores are
      scale=value pairs, comma-separated or as repeated --score options; a decimal takes a
      point or a comma (6.5, 6,5). A total left out is the sum of its scales; one given must
      add up. The measure goes in date order under 'measures'. amigo refuses, and changes
      nothing, when a scale is not on the instrument's form, a score is out of range, the form
      is not for the child's age, a post comes before its pre, or there is no consent for
      'questionnaires' on the date.
      """,
    examples: [
      "amigo measure K7Q4 --instrument sdq --informant parent --timepoint pre --score emotional=3,conduct=4,hyperactivity=8,peer=4,prosocial=6,impact=3",
      "amigo measure 'Sam B.' --instrument sdq --informant leerkracht --timepoint nameting --score emotional=1 --score conduct=2 --date gisteren",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "instrument", short: "i", value: "id", values: .instruments,
        help: "The instrument's id in amigo.yaml, e.g. sdq (required)."),
      OptionSpec(
        "informant", value: "informant", values: .values(Schemas.informant),
        help: "Who filled in the form (required): \(Schemas.informant.choices)."),
      OptionSpec(
        "timepoint", value: "timepoint", values: .values(Schemas.timepoint),
        help:
          "When in the trajectory (required, or --follow-up): \(Schemas.timepoint.choices)."),
      OptionSpec(
        "follow-up",
        help:
          "A follow-up measure after the closure (--timepoint follow-up), within the programme's follow_up_months and with consent for 'follow-up'."
      ),
      OptionSpec(
        "score", short: "s", value: "scale=value", repeatable: true,
        help:
          "Scale scores, e.g. emotional=3,conduct=2 (repeatable, or comma-separated; required)."),
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "The day the form was filled in (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    guard let child = args.positionals.first else {
      throw UsageError.missingArgument("child", command: name)
    }
    if args.positionals.count > 1 {
      throw UsageError.unexpectedArgument(args.positionals[1], command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    guard let instrument = args.value("instrument") else {
      throw UsageError.missingValue("--instrument <id>", command: name)
    }
    guard Identifier.isValid(instrument) else {
      throw UsageError.invalidValue(
        instrument, for: "--instrument <id>", command: name,
        hint: Hint(.cbInstrumentId))
    }
    guard let informantText = args.value("informant") else {
      throw UsageError.missingValue("--informant <informant>", command: name)
    }
    let informant = try OptionValues.enumValue(
      informantText, spec.enumeration("informant"), option: "--informant <informant>", command: name
    )
    guard
      let timepointText = args.value("timepoint") ?? (args.flag("follow-up") ? "follow-up" : nil)
    else {
      throw UsageError.missingValue("--timepoint <timepoint>", command: name)
    }
    let timepoint = try OptionValues.enumValue(
      timepointText, spec.enumeration("timepoint"), option: "--timepoint <timepoint>", command: name
    )
    if args.flag("follow-up"), timepoint != "follow-up" {
      throw UsageError.invalidValue(
        timepointText, for: "--timepoint <timepoint>", command: name,
        hint: Hint(.cbFollowUpAlone))
    }
    let scores = try parseScores(args.values("score"), command: name)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today

    let path = try context.resolve(child)
    var measure = Measure()
    (measure.date, measure.instrument) = (date, instrument)
    (measure.informant, measure.timepoint) = (
      Informant(rawValue: informant), Timepoint(rawValue: timepoint)
    )
    measure.scores = scores.map { ScaleScore(scale: $0.0, value: DecimalText.parse($0.1) ?? 0) }
    let result = try context.change(path) { file in
      if file.trajectory.measures.contains(where: {
        $0.date == date && $0.instrument == instrument && $0.informant?.rawValue == informant
      }) {
        throw CommandError(
          message: context.env.language().text(
            .cbMeasureExists, context.display(path), instrument, informant, date.description),
          status: .dataError)
      }
      try file.add(measure)
    }
    let language = env.language()
    let written = scores.map { "\($0.0) \(language.decimal("\($0.1)"))" }.joined(separator: ", ")
    env.stdout.write(
      language.text(
        .okMeasure, instrument, language.label(informant, Schemas.informant),
        language.label(timepoint, Schemas.timepoint), date.description, result.trajectory.id,
        written) + "\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }

  /// `emotional=3,conduct=2` (from one or more `--score` options) as pairs in the order given,
  /// each value a plain decimal as files write it. A scale given twice, a pair without `=`, or a
  /// value that is not a number is a usage error.
  static func parseScores(_ values: [String], command: String) throws -> [(String, String)] {
    var out: [(String, String)] = []
    // Whether the last pair was written with its own `=` (a decimal comma continues only it).
    var lastWasWritten = false
    let option = "--score <scale=value>"
    for text in values {
      for piece in text.split(separator: ",").map({ String($0).trimming(" \t") })
      where !piece.isEmpty {
        // A decimal comma (`prosocial=6,5`): digits alone after a whole score continue it.
        if !piece.contains("="), piece.allSatisfy({ $0.isASCII && $0.isNumber }),
          let last = out.last, !last.1.contains("."), lastWasWritten
        {
          out[out.count - 1].1 = String(DecimalText.parse(last.1 + "." + piece) ?? 0)
          lastWasWritten = false
          continue
        }
        lastWasWritten = true
        let parts = piece.split(separator: "=", maxSplits: 1).map {
          String($0).trimming(" \t")
        }
        guard parts.count == 2, !parts[0].isEmpty else {
          throw UsageError.invalidValue(
            piece, for: option, command: command,
            hint: Hint(.cbScoreShape))
        }
        let scale = parts[0]
        guard Identifier.isValid(scale) else {
          throw UsageError.invalidValue(
            piece, for: option, command: command,
            hint: Hint(.cbScaleId))
        }
        guard let value = DecimalText.parse(parts[1]) else {
          throw UsageError.invalidValue(
            piece, for: option, command: command,
            hint: Hint(.cbScoreNumber))
        }
        // The bounds of every instrument's range (`min`, `max` in amigo.yaml): a score beyond
        // them is no score of any form, and a longer number would not survive as a decimal.
        guard abs(value) <= 1000 else {
          throw UsageError.invalidValue(
            piece, for: option, command: command, hint: Hint(.cbScoreBeyond))
        }
        if out.contains(where: { $0.0 == scale }) {
          throw UsageError.invalidValue(
            piece, for: option, command: command, hint: Hint(.cbScaleTwice, scale))
        }
        out.append(
          (
            scale,
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
          ))
      }
    }
    guard !out.isEmpty else { throw UsageError.missingValue(option, command: command) }
    return out
  }
}
