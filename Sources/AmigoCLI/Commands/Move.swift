import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo move CHILD --school B [--date D]`: the child changes school on a date (`schools:`).
enum MoveCommand: Command {
  static let spec = CommandSpec(
    name: "move",
    abstract: "Record that a child changes school on a date.",
    discussion: """
      Sets 'school' to --school and adds it, from --date (default: today), to the file's dated
      school history 'schools' (created from the current school since the referral date when
      the file has none). Every contact counts for the school of its date in every report;
      'history' and 'changes' say "moved from A to B on D". amigo refuses, and changes nothing,
      when the child is at that school already, the date is not after the referral and the
      last school change, it is after today ('school' is the child's school today: record the
      move on its day), or the trajectory is closed and the date is after its closure (a move
      before the closure, recorded late, is recorded).
      """,
    examples: [
      "amigo move K7Q4 --school bs-de-wilg",
      "amigo move 'Ayla B.' --school wilg --date 2026-11-02",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "school", short: "s", value: "school",
        help: "The new school (id, name or a unique prefix, from amigo.yaml). Required."),
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "The first day at the new school (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    guard let schoolText = args.value("school") else {
      throw UsageError.missingArgument("--school <school>", command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let school = try ConfigReference.resolve(
      schoolText, in: ConfigReference.schools(context.config), prefixes: true,
      option: "--school <school>", what: "schools", command: name)
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    // 'school' is the child's school today, and the history's last entry must be it: a move
    // ahead would put the child at the new school at once (in `show`, `list`, the week report).
    if date > context.today {
      throw CommandError(
        message: env.language().text(
          .cdMoveInFuture, date.description, context.today.description),
        status: .dataError)
    }
    let path = try context.resolve(args.positionals[0])
    var previous = ""
    let result = try context.change(path) { file in
      let since = try check(file.trajectory, to: school, on: date, env.language())
      previous = file.trajectory.school
      try file.moveSchool(to: school, on: date, since: since)
    }
    let t = result.trajectory
    env.stdout.write(
      env.language().text(.okMoved, t.id, previous, school, date.description) + "\n")
    context.printWarnings(result)
    return .success
  }

  /// The first day of the history to create (the referral date, else the start), after
  /// checking that `t` can move to `school` on `date`; throws why not.
  static func check(
    _ t: Trajectory, to school: String, on date: LocalDate, _ language: Language
  ) throws -> LocalDate {
    func refuse(_ message: String) -> CommandError {
      CommandError(message: message, status: .dataError)
    }
    if t.school == school {
      throw refuse(language.text(.ceMoveSameSchool, t.id, school))
    }
    // A closed trajectory records a move made before its closure (a change of school recorded
    // late); after it, the child is no longer followed here.
    if t.status == .closed || t.closure != nil {
      guard let closed = t.closure?.date else {
        throw refuse(language.text(.ceMoveClosed, t.id))
      }
      guard date <= closed else {
        throw refuse(language.text(.ceMoveAfterClosure, t.id, closed.description, date.description))
      }
    }
    if let last = t.schools.last, last.school != t.school {
      throw refuse(language.text(.ceMoveSchoolsEnd, t.id, last.school, t.school))
    }
    if let last = t.schools.compactMap(\.from).max() {
      guard date > last else {
        throw refuse(language.text(.ceMoveNotAfter, t.id, last.description, date.description))
      }
      return last
    }
    guard let since = t.referral?.date ?? t.plan.start else {
      throw refuse(language.text(.ceMoveNoReferral, t.id, t.school))
    }
    guard date > since else {
      throw refuse(language.text(.ceMoveBeforeReferral, t.id, since.description))
    }
    return since
  }
}
