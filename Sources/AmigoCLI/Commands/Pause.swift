import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo pause CHILD`: the support pauses from a date (`pauses:` and `status: paused`).
enum PauseCommand: Command {
  static let spec = CommandSpec(
    name: "pause",
    abstract: "Pause a child's trajectory from a date.",
    discussion: """
      Adds a pause from --date (default: today) to the file's 'pauses' and sets the status
      'paused'. Paused school weeks do not count for the norms or the trajectory's length, in
      validation and in every report; the weeks before the pause still do. Resume with 'amigo
      resume'. For a trajectory already paused without a date ('status: paused' written by
      hand), --date dates the pause. amigo refuses, and changes nothing, when the trajectory
      has not started, is closed, or is paused already since a date, or when --date is after
      today (the status is today's: pause on the day the pause begins).
      """,
    examples: [
      "amigo pause K7Q4",
      "amigo pause 'Sam B.' --date 2026-11-02",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The first paused day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let path = try context.resolve(args.positionals[0])
    var pause = Pause()
    pause.from = date
    // The status says what holds today: 'paused' set now for a pause that begins later would
    // call the child paused meanwhile (in `list`, `show` and the reports' status counts).
    if date > context.today {
      throw CommandError(
        message: env.language().text(
          .cdPauseInFuture, date.description, context.today.description, "pause"),
        status: .dataError)
    }
    let result = try context.change(path) { file in
      try refusal(file.trajectory, on: date, env.language()).map {
        throw CommandError(message: $0, status: .dataError)
      }
      try file.add(pause)
      try file.setStatus(.paused)
    }
    let t = result.trajectory
    env.stdout.write(env.language().text(.okPaused, t.id, date.description) + "\n")
    context.printWarnings(result)
    return .success
  }

  /// Why `t` cannot pause from `date`, or nil.
  static func refusal(
    _ t: Trajectory, on date: LocalDate, _ language: Language = .en
  ) -> String? {
    guard let start = t.plan.start, let status = t.status,
      status == .active || status == .closing || status == .paused
    else {
      let what =
        t.status.map {
          language.text(.cdPauseStatusIs, language.label($0.rawValue, Schemas.status))
        } ?? language.text(.cdPauseNoStatus)
      return language.text(.cdPauseNotRunning, t.id, what)
    }
    if let open = t.openPause, let from = open.from {
      return language.text(.cdPauseAlready, t.id, from.description)
    }
    if date < start {
      return language.text(.cdPauseBeforeStart, t.id, start.description, date.description)
    }
    if let last = t.pauses.compactMap(\.to).max(), date <= last {
      return language.text(.cdPauseAfterLast, t.id, last.description, date.description)
    }
    return nil
  }
}

/// `amigo resume CHILD`: the support resumes on a date; the pause ends the day before.
enum ResumeCommand: Command {
  static let spec = CommandSpec(
    name: "resume",
    abstract: "Resume a paused trajectory on a date.",
    discussion: """
      Ends the open pause the day before --date (default: today) and sets the status 'active'.
      A trajectory paused without a date ('status: paused' written by hand) needs --since, the
      first paused day, so that its paused weeks are known. amigo refuses, and changes nothing,
      when the trajectory is not paused, the dates are out of order, or --date is after today.
      """,
    examples: [
      "amigo resume K7Q4",
      "amigo resume 'Sam B.' --date maandag --since 2026-10-05",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "The day the support resumes (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      OptionSpec(
        "since", value: "date",
        help: "For a pause without a date: its first paused day."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let since = try OptionValues.date(args, "since", today: context.today, command: name)
    // As for `pause`: 'active' set now for support that resumes later would be untrue meanwhile.
    if date > context.today {
      throw CommandError(
        message: env.language().text(
          .cdPauseInFuture, date.description, context.today.description, "resume"),
        status: .dataError)
    }
    let path = try context.resolve(args.positionals[0])
    var from: LocalDate?
    let result = try context.change(path) { file in
      let t = file.trajectory
      guard t.status == .paused else {
        throw CommandError(
          message: context.env.language().text(
            .cbNotPaused, t.id, t.status?.rawValue ?? "missing"),
          status: .dataError)
      }
      let last = date.adding(days: -1)
      if let open = t.openPause, let start = open.from {
        if let since, since != start {
          throw CommandError(
            message: context.env.language().text(
              .cbPausedSinceNot, t.id, start.description, since.description),
            status: .dataError)
        }
        guard start < date else {
          throw CommandError(
            message: context.env.language().text(
              .cbResumesAfter, t.id, start.description, date.description),
            status: .dataError)
        }
        from = start
        // The open pause is the last one without an end.
        guard let index = t.pauses.lastIndex(where: { $0.from != nil && $0.to == nil }) else {
          return
        }
        try file.updatePause(at: index) { $0.to = last }
      } else {
        guard let since else {
          throw CommandError(
            message: context.env.language().text(.cbPausedNoDate, t.id),
            status: .dataError)
        }
        guard since < date, t.plan.start.map({ since >= $0 }) ?? true else {
          throw CommandError(
            message: context.env.language().text(
              .cbSinceBetween, since.description, date.description),
            status: .dataError)
        }
        from = since
        var pause = Pause()
        (pause.from, pause.to) = (since, last)
        try file.add(pause)
      }
      try file.setStatus(.active)
    }
    let t = result.trajectory
    // The paused weeks, school weeks apart from holiday weeks: both are left out of the length,
    // but a holiday week was never a week of support to pause.
    var (weeks, holidayWeeks) = (0, 0)
    if let from {
      var monday = from.startOfWeek.dayNumber
      while monday <= date.dayNumber {
        if t.isPausedWeek(monday: monday) {
          if context.config.isHolidayWeek(monday: monday) {
            holidayWeeks += 1
          } else {
            weeks += 1
          }
        }
        monday += 7
      }
    }
    let language = env.language()
    let paused =
      from.map {
        language.text(.okAfterPause, $0.description, date.adding(days: -1).description)
      } ?? ""
    var count =
      weeks == 1 ? language.text(.okOneSchoolWeek) : language.text(.okSchoolWeeks, String(weeks))
    if holidayWeeks > 0 {
      let holidays =
        holidayWeeks == 1
        ? language.text(.okOneHolidayWeek)
        : language.text(.okHolidayWeeks, String(holidayWeeks))
      count = weeks == 0 ? holidays : language.text(.okAnd, count, holidays)
    }
    env.stdout.write(
      language.text(.okResumed, t.id, date.description, paused, count) + "\n")
    context.printWarnings(result)
    return .success
  }
}
