import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo log-session CHILD`: adds a session (talk, visit, observation…) to a trajectory, in
/// date order, and optionally scores goals.
enum LogSessionCommand: Command {
  static let spec = CommandSpec(
    name: "log-session",
    abstract: "Log a session with a child, parents or teacher.",
    discussion: """
      Adds the session to the child's file in date order and changes no other line. Defaults: today,
      a child talk, held, at school (at home for a home visit), and for a child talk the programme's
      session length. Kinds and other values may be given in English or Dutch (kindgesprek,
      huisbezoek, klasobservatie, oudergesprek, leerkrachtgesprek). Notes are part of the record
      that parents may read: keep them short and factual. Prefer --note-file (or - for standard
      input) to keep sensitive text out of your shell history. A note is stored as written,
      without the white space at the ends of its lines and the empty lines around it.
      amigo warns, without refusing, when a session breaks a programme norm or has an unlikely
      date (in the future, on a Saturday or Sunday, in a school holiday); it refuses changes that
      would make the file invalid (for example a child talk before consent).
      """,
    examples: [
      "amigo log-session AOS-2026-K7Q4",
      "amigo log-session 'Sam B.' --date gisteren --kind huisbezoek --minutes 60 --with mother",
      "amigo log-session K7Q4 --goal g1 --score g1=6 --rater child --note-file -",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "kind", short: "k", value: "kind", values: .values(Schemas.sessionKind),
        help: "Kind of session (default: child-talk): \(Schemas.sessionKind.choices)."),
      OptionSpec(
        "minutes", short: "m", value: "minutes",
        help: "Duration in minutes (default for a child talk: the programme's)."),
      OptionSpec(
        "place", value: "place", values: .values(Schemas.place),
        help: "Where: \(Schemas.place.choices)."),
      OptionSpec(
        "status", value: "status", values: .values(Schemas.sessionStatus),
        help: "Whether it took place (default: held): \(Schemas.sessionStatus.choices)."),
      OptionSpec(
        "with", value: "participant", repeatable: true, values: .vocabulary(Schemas.participant),
        help: "Who took part besides you (repeatable, or comma-separated)."),
      OptionSpec(
        "method", value: "method", repeatable: true, values: .vocabulary(Schemas.method),
        help: "Method used (repeatable, or comma-separated)."),
      OptionSpec(
        "goal", short: "g", value: "goal", repeatable: true, help: "Goal id worked on (repeatable)."
      ),
      OptionSpec(
        "score", value: "goal=value", repeatable: true,
        help: "Score a goal 0-10 (steps of 0.5), e.g. g1=6 (repeatable)."),
      OptionSpec(
        "rater", value: "rater", values: .vocabulary(Schemas.rater),
        help:
          "Who gave the scores (default: child): \(Schemas.rater.choices), or the workspace's own raters."
      ),
      OptionSpec("note", short: "n", value: "text", lines: true, help: "A short factual note."),
      OptionSpec(
        "follow-up",
        help:
          "A follow-up contact after the closure (follow_up: true), within the programme's follow_up_months and with consent for 'follow-up' (nazorg); its scores are follow-up ratings."
      ),
      OptionSpec(
        "note-file", value: "file",
        help: "Read the note from a file, or from standard input with '-'."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let name = spec.name
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let kind =
      try args.value("kind").map {
        try OptionValues.enumValue(
          $0, spec.enumeration("kind"), option: "--kind <kind>", command: name)
      }
      ?? "child-talk"
    let status = try args.value("status").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("status"), option: "--status <status>", command: name)
    }
    let place =
      try args.value("place").map {
        try OptionValues.enumValue(
          $0, spec.enumeration("place"), option: "--place <place>", command: name)
      }
      ?? SessionKind(rawValue: kind)?.policy.defaultPlace
    let with = try OptionValues.enumValues(
      args, "with", context.config.vocabulary(spec.enumeration("with")),
      option: "--with <participant>",
      command: name)
    let methods = try OptionValues.enumValues(
      args, "method", context.config.vocabulary(spec.enumeration("method")),
      option: "--method <method>",
      command: name)
    var goals: [String] = []
    for goal in OptionValues.list(args, "goal") where !goals.contains(goal) { goals.append(goal) }
    let rater =
      try args.value("rater").map {
        try OptionValues.enumValue(
          $0, context.config.vocabulary(spec.enumeration("rater")), option: "--rater <rater>",
          command: name)
      }
      ?? "child"
    let scores = try args.values("score").map { try parseScore($0, command: name) }
    // One score per goal: two would be two contradicting ratings by one rater on one day.
    for (i, score) in scores.enumerated() where scores[..<i].contains(where: { $0.0 == score.0 }) {
      throw UsageError.invalidValue(
        args.values("score")[i], for: "--score <goal=value>", command: name,
        hint: Hint(.hintScoreOnce, score.0))
    }
    for (goal, _) in scores where !goals.contains(goal) { goals.append(goal) }
    // A held session lasted at least a minute; one not held may say it took none.
    let explicitMinutes = try OptionValues.minutes(
      args, held: (status.flatMap(SessionStatus.init(rawValue:)) ?? .held) == .held, command: name)
    let note = try NoteInput.read(args, env, command: name)
    // From here on a note read from standard input or a file is kept if anything fails.
    let child = args.positionals[0]
    return try NoteInput.keepingOnFailure(
      note, args, env, id: context.resolvedWithoutAsking(child).map(Workspace.id(ofFile:)),
      erased: RecoveryFile.erased(child, in: context.workspace)
    ) {
      if let note, let file = args.value("note-file") {
        try NoteInput.refuseControlCharacters(note, file: file, env)
      }
      return try write(
        args, context: context, note: note, date: date, kind: kind, status: status, place: place,
        with: with, methods: methods, goals: goals, rater: rater, scores: scores,
        explicitMinutes: explicitMinutes, followUp: args.flag("follow-up"))
    }
  }

  /// Writes the session (and its scores) and says so.
  static func write(
    _ args: ParsedArguments, context: WorkspaceContext, note: String?, date: LocalDate,
    kind: String, status: String?, place: String?, with: [String], methods: [String],
    goals: [String], rater: String, scores: [(String, Double)], explicitMinutes: Int?,
    followUp: Bool = false
  ) throws -> ExitStatus {
    let env = context.env
    let path = try context.resolve(args.positionals[0])
    var session = Session()
    session.date = date
    session.kind = SessionKind(rawValue: kind)
    session.minutes = explicitMinutes
    session.place = place
    session.status = status.flatMap(SessionStatus.init(rawValue:)) ?? .held
    (session.with, session.methods, session.goals) = (with, methods, goals)
    session.note = note?.isEmpty == false ? note : nil
    session.followUp = followUp
    let ratings = scores.map { goal, value in
      var rating = Rating()
      (rating.date, rating.value, rating.rater) = (date, value, rater)
      rating.followUp = followUp
      return (goal: goal, rating: rating)
    }
    let result = try context.change(path) { file in
      // A held session without minutes lasts the programme's default for its kind.
      session.minutes = session.countedMinutes(
        context.config.programme(file.trajectory.programme))
      try file.append(session)
      for (goal, rating) in ratings {
        guard file.hasGoal(goal) else {
          throw DiagnosticsError(
            message: context.env.language().text(
              .caGoalNotDefined, goal, context.display(path),
              file.trajectory.goals.map(\.id).joined(separator: ", ")),
            diagnostics: [], source: nil, status: .dataError)
        }
        try file.rate(goal: goal, rating)
      }
    }
    let language = env.language()
    let kindLabel = session.kind?.policy.value.label(language.code) ?? kind
    var line = language.text(
      .okLogged, followUp ? language.text(.okFollowUp, kindLabel) : kindLabel, date.description)
    if let minutes = session.minutes { line += language.text(.okMinutes, String(minutes)) }
    if session.status != .held {
      let status = session.status.rawValue
      line += " (\(Schemas.sessionStatus[status]?.label(language.code) ?? status))"
    }
    line += language.text(.okFor, result.trajectory.id)
    if !ratings.isEmpty {
      let scored = ratings.map {
        "\($0.goal) \(language.decimal(DecimalText.text($0.rating.value ?? 0)))"
      }
      line += language.text(
        .okScored, scored.joined(separator: ", "),
        context.config.vocabulary(Schemas.rater)[rater]?.label(language.code) ?? rater)
    }
    env.stdout.write(line + ".\n")
    context.printWarnings(result)
    for warning in session.loggingWarnings(
      in: result.trajectory, config: context.config, today: context.today,
      counted: session.isHeld && !followUp)
    {
      env.stderr.write(
        env.language().text(.ccWarningLine, warning.message(env.language().code)) + "\n")
    }
    return .success
  }

  /// `g1=6` or `g1=6,5` → ("g1", 6), checked 0-10 in steps of 0.5.
  static func parseScore(_ text: String, command: String) throws -> (String, Double) {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    let hint = Hint(.hintGoalScore)
    guard parts.count == 2, Identifier.isValid(parts[0]),
      let score = ScoreInput.parse(parts[1]).flatMap(Double.init)
    else {
      throw UsageError.invalidValue(text, for: "--score <goal=value>", command: command, hint: hint)
    }
    return (parts[0], score)
  }
}

/// `--note TEXT` or `--note-file FILE|-`.
enum NoteInput {
  static func read(_ args: ParsedArguments, _ env: Environment, command: String) throws -> String? {
    if args.value("note") != nil && args.value("note-file") != nil {
      throw UsageError.invalidValue(
        args.value("note-file")!, for: "--note-file <file>", command: command,
        hint: Hint(.hintNoteOrFile))
    }
    if let note = args.value("note") { return clean(note) }
    guard let file = args.value("note-file") else { return nil }
    let data: Data
    if file == "-" {
      data = try env.readStandardInput()
    } else {
      guard let d = ((try? FileSystem.readInput(env.resolve(file))).map { Data($0) }) else {
        throw CommandError(
          message: env.language().text(.cbNoteUnreadable, file), status: .noInput)
      }
      data = d
    }
    guard let text = TextFile.decode(data) else {
      throw CommandError(
        message: env.language().text(.cbNoteNotUTF8, file), status: .dataError)
    }
    return clean(text)
  }

  /// Refuses text read from `file` that holds a control character other than a line break or
  /// a tab: no note or statement holds one, and a file that does is not the text it seems (a
  /// word processor's document, UTF-16 read as UTF-8). Said before anything is changed, with
  /// the line, rather than as an error in the trajectory file the text was going to. Call it
  /// where a refusal keeps text from standard input (`RecoveryFile.guarding`).
  static func refuseControlCharacters(_ text: String, file: String, _ env: Environment) throws {
    var line = 1
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: line += 1
      case 0x09: continue
      case 0x00..<0x20, 0x7F..<0xA0:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let language = env.language()
        throw CommandError(
          message: language.text(
            .cbTextFileControl, file == "-" ? language.text(.ciStandardInput) : file,
            String(repeating: "0", count: max(0, 4 - hex.count)) + hex, String(line)),
          status: .dataError)
      default: continue
      }
    }
  }

  /// Runs `body`; when it fails, a note that came from standard input or a file (`note`, as
  /// read) is kept in a private recovery file, and the error says where, so that it need not be
  /// written again. A note given with `--note` is still on the command line. The file's name
  /// carries the trajectory's `id` (looked up only then; nil when there is none), so that
  /// `erase` removes it with the trajectory.
  static func keepingOnFailure<T>(
    _ note: String?, _ args: ParsedArguments, _ env: Environment,
    id: @autoclosure () -> String?,
    erased: @autoclosure () -> (id: String, day: LocalDate)? = nil, _ body: () throws -> T
  ) throws -> T {
    let file = args.value("note-file")
    return try RecoveryFile.guarding(
      file == nil ? nil : note, what: .ccKeptNote, stem: id().map { "note-" + $0 } ?? "note",
      reuse: { env.language().text(.ccReuseNote, $0) }, erased: erased, env, body)
  }

  /// Trailing white space and line breaks go; a single line stays a single line.
  static func clean(_ text: String) -> String {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { line -> String in
      var s = String(line)
      while s.last == " " || s.last == "\t" { s.removeLast() }
      return s
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    return lines.joined(separator: "\n")
  }
}
