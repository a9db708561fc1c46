import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo close CHILD`: the trajectory ends: `closure` (date, reason, destination, summary,
/// satisfaction), a result for every goal, and `status: closed`.
enum CloseCommand: Command {
  static let spec = CommandSpec(
    name: "close",
    abstract: "Close a child's trajectory: reason, destination and goal results.",
    discussion: """
      Writes the closure and sets the status 'closed'. Every goal needs a result first: give them
      with --result (or earlier with 'amigo goal result'). On a terminal amigo asks for a missing
      reason, destination or goal result; otherwise it refuses and changes nothing. A closure
      written earlier (status 'closing') keeps the reason, destination, summary and satisfaction
      it has unless an option replaces them; its planned date is replaced by the day of closing
      (today, or --date). The confirmation names the planned date and a replaced reason or
      destination.
      Reasons are the five national closure codes: completed (01, volgens plan),
      ended-by-agreement (02, in overeenstemming), ended-by-client (03, uitval: counts as
      drop-out), ended-by-provider (04, door aanbieder), external-circumstances (05, extern, such
      as moving house). Destinations may also be given in Dutch (geen-vervolg, wijkteam, jgz,
      jeugdhulp, ggz, veilig-thuis).
      The summary is part of the record parents may read, and may be shared as agreed: keep it
      short and factual. amigo warns when a completed trajectory lacks the programme's required
      contacts (home visit, classroom observation, …).
      """,
    examples: [
      "amigo close YE8P --reason completed --destination none --result g1=achieved,g2=partly,g3=achieved",
      "amigo close 'Lina A.' --reason volgens-plan --destination geen-vervolg --satisfaction kind=8,ouders=9,leerkracht=8 --summary 'Lina durft weer; geen vervolghulp nodig.'",
      "amigo close P4GC --reason uitval --destination wijkteam --date 2026-11-13",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "reason", short: "r", value: "reason", values: .values(Schemas.closureReason),
        help: "Why the support ends: \(Schemas.closureReason.choices)."),
      OptionSpec(
        "destination", value: "where", repeatable: true, values: .values(Schemas.destination),
        help:
          "Where the child goes next (several: repeat, or comma-separated; none stands alone): \(Schemas.destination.choices)."
      ),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The closing date (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "summary", value: "text", lines: true, help: "An agreed, short and factual summary."),
      OptionSpec(
        "satisfaction", value: "scores", repeatable: true,
        help: "Satisfaction 1-10 of child, parents and teacher, e.g. child=8,parents=7,teacher=8."),
      OptionSpec(
        "result", value: "goal=result", repeatable: true,
        help:
          "A goal's result (repeatable, or comma-separated), e.g. g1=achieved: \(Schemas.goalResult.choices)."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    var reason = try args.value("reason").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("reason"), option: "--reason <reason>", command: name)
    }
    let destinations = try OptionValues.enumValues(
      args, "destination", spec.enumeration("destination"), option: "--destination <where>",
      command: name)
    if destinations.count > 1, destinations.contains("none") {
      // The values as typed (`geen,jeugdhulp`), not as the file would hold them.
      throw UsageError.invalidValue(
        OptionValues.list(args, "destination").joined(separator: ","),
        for: "--destination <where>", command: name, hint: Hint(.hintNoneAlone))
    }
    var destination = destinations.count == 1 ? destinations[0] : nil
    let satisfaction = try parseSatisfaction(OptionValues.list(args, "satisfaction"))
    var results = try parseResults(OptionValues.list(args, "result"))
    let summary = args.value("summary").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let explicitDate = try OptionValues.date(args, "date", today: context.today, command: name)
    let path = try context.resolve(args.positionals[0])

    // What the file says now, to refuse early and to ask only for what is missing.
    let file = Loader.loadTrajectories(
      [path], config: context.config, today: context.today, display: { [env] in env.display($0) }
    )[0]
    guard let current = file.trajectory, file.document.isValid else {
      throw DiagnosticsError(
        ChangeError.invalidFile(
          path: file.displayPath, diagnostics: file.diagnostics, source: file.document.source),
        env.language())
    }
    // A closure written earlier (status 'closing') may have a planned date, a reason and a
    // destination already: the reason and destination stay unless an option replaces them; the
    // date becomes the day of closing (today unless --date), and the output says what it was.
    let recorded = current.closure
    let date = explicitDate ?? context.today
    let needsReason = reason == nil && current.closure?.reason == nil
    let needsDestination =
      destinations.isEmpty && (current.closure?.allDestinations.isEmpty ?? true)
    if !env.isInteractive {
      if needsReason { throw UsageError.missingValue("--reason <reason>", command: name) }
      if needsDestination {
        throw UsageError.missingValue("--destination <where>", command: name)
      }
    }
    try check(current, results: results, context: context, path: path)
    let missing = current.goals.filter { goal in
      goal.result == nil && !goal.id.isEmpty && !results.contains { $0.0 == goal.id }
    }
    if !missing.isEmpty && !env.isInteractive {
      throw CommandError(
        message: missingResults(current, missing, env.language()), status: .dataError)
    }
    if env.isInteractive && (needsReason || needsDestination || !missing.isEmpty) {
      // What no answer can mend (a held session after the closure date) is refused before the
      // first question, not after the last.
      try context.check(
        path,
        settled: [
          "missing-field", "closed-without-closure", "closure-without-destination",
          "goal-without-result",
        ]
      ) { file in
        try file.update { t in
          t.status = .closed
          var closure = t.closure ?? Closure()
          closure.date = date
          t.closure = closure
        }
      }
      let label = current.child.label.isEmpty ? "" : " (\(SafeText.shown(current.child.label)))"
      let language = env.language()
      env.stderr.write(
        language.text(.promptClosing, current.id, label, language.date(date)) + "\n")
      if needsReason {
        reason = try Prompt.menu(
          .promptCloseReasonTitle, Schemas.closureReason, prompt: .promptCloseReason, env)
      }
      if needsDestination {
        destination = try Prompt.menu(
          .promptDestinationTitle, Schemas.destination, prompt: .promptDestination, env)
      }
      for goal in missing {
        env.stderr.write(describe(goal, language))
        let answer = try Prompt.choose(
          language.text(.promptGoalResult, goal.id, language.words(Schemas.goalResult)),
          Schemas.goalResult, env)
        results.append((goal.id, answer))
      }
    }
    let result = try context.change(path) { file in
      // The file may have changed while amigo was asking.
      try check(file.trajectory, results: results, context: context, path: path)
      for (goal, value) in results {
        try file.updateGoal(goal) { $0.result = GoalResult(rawValue: value) }
      }
      try file.update { t in
        t.status = .closed
        // An existing closure keeps what no option replaces.
        var closure = t.closure ?? Closure()
        closure.date = date
        if let reason { closure.reason = ClosureReason(rawValue: reason) }
        // A closure has one destination or a list of them (`DestinationRule`).
        if let destination { (closure.destination, closure.destinations) = (destination, []) }
        if destinations.count > 1 {
          (closure.destination, closure.destinations) = (nil, destinations)
        }
        if let summary { closure.summary = summary }
        if !satisfaction.isEmpty {
          closure.satisfaction = Dictionary(
            uniqueKeysWithValues: satisfaction.compactMap { party, score in
              Party(rawValue: party).map { ($0, score) }
            })
        }
        t.closure = closure
      }
    }
    let t = result.trajectory
    let language = env.language()
    func label(_ value: String, _ table: EnumSpec) -> String { language.label(value, table) }
    /// ` (was: …)` when the command replaced a value the file held.
    func was(_ old: String?, _ new: String?, _ table: EnumSpec) -> String {
      guard let old, let new, old != new else { return "" }
      return language.text(.okWas, label(old, table))
    }
    var line = language.text(.okClosed, t.id, date.description)
    if let old = recorded?.date, old != date { line += language.text(.okPlanned, old.description) }
    if let week = t.week(of: date) { line += language.text(.okInWeek, String(week)) }
    if let reason = t.closure?.reason?.rawValue {
      line += ": " + label(reason, Schemas.closureReason)
      line += was(recorded?.reason?.rawValue, reason, Schemas.closureReason)
    }
    if let all = t.closure?.allDestinations, !all.isEmpty {
      let next = all.map { label($0, Schemas.destination) }.joined(separator: ", ")
      line += language.text(.okNext, next)
      if let old = recorded?.allDestinations, !old.isEmpty, old != all {
        line += language.text(
          .okWas, old.map { label($0, Schemas.destination) }.joined(separator: ", "))
      }
    }
    if !results.isEmpty {
      line += language.text(
        .okResults,
        results.map { "\($0.0) \(label($0.1, Schemas.goalResult))" }.joined(separator: ", "))
    }
    env.stdout.write(line + ".\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }

  /// Refuses a trajectory that is closed or never started, and results for unknown goals.
  static func check(
    _ t: Trajectory, results: [(String, String)], context: WorkspaceContext, path: String
  ) throws {
    let language = context.env.language()
    if t.status == .closed {
      throw CommandError(
        message: t.closure?.date.map { language.text(.caAlreadyClosedOn, t.id, $0.description) }
          ?? language.text(.caAlreadyClosed, t.id), status: .dataError)
    }
    guard t.plan.start != nil else {
      throw CommandError(
        message: language.text(.caNotStarted, t.id, t.status?.rawValue ?? "unknown"),
        status: .dataError)
    }
    let known = t.goals.map(\.id).filter { !$0.isEmpty }
    for (goal, _) in results where !known.contains(goal) {
      throw CommandError(
        message: known.isEmpty
          ? language.text(.caGoalNotDefinedNoGoals, goal, context.display(path))
          : language.text(
            .caGoalNotDefined, goal, context.display(path), known.joined(separator: ", ")),
        status: .dataError)
    }
  }

  /// The refusal when goals have no result and there is no terminal to ask on.
  static func missingResults(
    _ t: Trajectory, _ missing: [Goal], _ language: Language = .en
  ) -> String {
    let ids = missing.map(\.id)
    let first =
      ids.count == 1
      ? language.text(.cdCloseGoalNoResult, t.id, ids[0])
      : language.text(.cdCloseGoalsNoResult, t.id, ConsentCommand.list(ids, language))
    let example = ids.map { "--result \($0)=achieved" }.prefix(2).joined(separator: " ")
    let values = Schemas.goalResult.values.map { "'\($0.value)'" }
    let choices = SchemaDiagnostics.listJoined(values, language.code == "nl" ? "of" : "or")
    return first + "\n  " + language.text(.cdCloseGiveResults, example, choices) + "\n  "
      + language.text(.cdCloseOrFirst, t.id, ids[0])
  }

  /// A goal for the result question: id, text, target and the last rating.
  static func describe(_ goal: Goal, _ language: Language = .en) -> String {
    var facts: [String] = []
    if let target = goal.target {
      facts.append(
        language.text(.promptGoalTarget, language.decimal(GoalCommand.formatScore(target))))
    }
    // The latest score of each rater, the goal's main series (the baseline's rater, which
    // the reports follow) first: scores by different raters are never one series.
    func score(_ value: Double) -> String { language.decimal(GoalCommand.formatScore(value)) }
    func rater(_ r: String) -> String { language.label(r, Schemas.rater) }
    let latest = goal.raters.compactMap { r in goal.scores(by: r).last.map { (r, $0) } }
    if latest.count > 1 {
      let each = latest.map { r, last in
        (r.map { rater($0) + " " } ?? "") + score(last.value) + " (\(last.date))"
      }
      facts.append(language.text(.promptGoalLastRatings, each.joined(separator: ", ")))
    } else if let last = goal.ratings.last(where: { $0.value != nil }), let value = last.value {
      let main = latest.first
      var rating = language.text(.promptGoalLastRating, score(main?.1.value ?? value))
      let details =
        main.map { [$0.0.map(rater), $0.1.date.description].compactMap { $0 } }
        ?? [last.rater.map(rater), last.date?.description].compactMap { $0 }
      if !details.isEmpty { rating += " (\(details.joined(separator: ", ")))" }
      facts.append(rating)
    }
    return language.text(.promptGoalLine, goal.id, goal.text) + "\n"
      + (facts.isEmpty ? "" : "  " + facts.joined(separator: "; ") + "\n")
  }

  /// `child=8`, `ouders=7` → [("child", 8), ("parents", 7)], each party once, scores 1-10.
  static func parseSatisfaction(_ items: [String]) throws -> [(String, Int)] {
    var out: [(String, Int)] = []
    for item in items {
      let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimming(" ") }
      guard parts.count == 2, let party = Schemas.party.resolve(parts[0]), party != "worker",
        let score = Int(parts[1]), (1...10).contains(score), !out.contains(where: { $0.0 == party })
      else {
        throw UsageError.invalidValue(
          item, for: "--satisfaction <scores>", command: spec.name,
          hint: Hint(.caHintSatisfaction)
        )
      }
      out.append((party, score))
    }
    return out
  }

  /// `g1=achieved`, `g2=deels` → [("g1", "achieved"), ("g2", "partly")], each goal once.
  static func parseResults(_ items: [String]) throws -> [(String, String)] {
    var out: [(String, String)] = []
    for item in items {
      let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimming(" ") }
      guard parts.count == 2, Identifier.isValid(parts[0]),
        let result = Schemas.goalResult.resolve(parts[1]),
        !out.contains(where: { $0.0 == parts[0] })
      else {
        throw UsageError.invalidValue(
          item, for: "--result <goal=result>", command: spec.name,
          hint: Hint(
            .caHintResults, en: [Schemas.goalResult.choices],
            nl: [
              SchemaDiagnostics.listJoined(
                Schemas.goalResult.values.map { "'\($0.aliases.first ?? $0.value)'" }, "of")
            ])
        )
      }
      out.append((parts[0], result))
    }
    return out
  }
}
