import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo new-child`: registers a referred child as a new trajectory file with a fresh id.
enum NewChildCommand: Command {
  static let spec = CommandSpec(
    name: "new-child",
    abstract: "Register a referred child: a new trajectory file with a new id.",
    discussion: """
      Writes trajectories/<id>.yaml with the child, the referral and the status (default:
      referred). The id is the workspace's id_prefix, the year of the referral and four random
      characters, like T-2026-7KQ4: it never contains a name, and two workers who add children on
      different machines before syncing will not pick the same one. --school, --worker and
      --programme may be left out when amigo.yaml has only one. Values may be given in English
      or Dutch (leerkracht, jongen, zelfvertrouwen).
      On a terminal, when a required value is missing, amigo asks for it and for every other
      value not given, with the default in [brackets]: press Enter to accept it or to skip an
      optional value. Each answer is checked as it is given: one the file could not hold is
      asked again, one that brings a warning is asked to confirm. If the command stops after a
      question, your answers are kept as one 'amigo new-child …' command in a private recovery
      file, and amigo says where. Without a terminal a missing required value is an error.
      Privacy: the label is a first name and an initial ('Sam B.'), never a full name; the birth
      date is a year and month only. amigo warns when a label looks like a full name, and when
      the request contains what looks like a phone number, e-mail address or citizen number.
      (AMIGO_SEED, for tests only, makes the random part of ids repeatable.)
      """,
    examples: [
      "amigo new-child",
      "amigo new-child --label 'Sam B.' --born 2016-05 --gender boy --group 5 --referred-by teacher",
      "amigo new-child --label 'Noor A.' --school de-zeester --worker mvd --referred-by ib --concern concentratie,faalangst --request 'Noor durft niets te vragen.'",
      "amigo new-child --label 'Ayla B.' --referred-by shelter --sibling-of 'Rayan B.'",
    ],
    options: [
      OptionSpec(
        "label", short: "l", value: "label",
        help: "The child's short label: first name and initial ('Sam B.'), never a full name."),
      OptionSpec(
        "born", value: "year-month", help: "Birth year and month, YYYY-MM (never the day)."),
      OptionSpec(
        "gender", value: "gender", values: .values(Schemas.gender),
        help: "Gender: \(Schemas.gender.choices)."),
      OptionSpec(
        "group", value: "group",
        help:
          "School group: 1-8 (groep), 0 or 'voorschool' (preschool), 'klas 1' to 'klas 6' (secondary school; files write 9-14)."
      ),
      OptionSpec("school", value: "school", help: "School id from amigo.yaml."),
      OptionSpec("worker", value: "worker", help: "Worker id from amigo.yaml."),
      OptionSpec(
        "programme", value: "programme",
        help: "Programme id from amigo.yaml (default: the only one, if there is one)."),
      OptionSpec(
        "referral-date", value: "date",
        help: "Date of the referral (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "referred-by", value: "referrer", values: .values(Schemas.referrer),
        help: "Who signalled: \(Schemas.referrer.choices)."),
      OptionSpec(
        "concern", value: "concern", repeatable: true, values: .vocabulary(Schemas.domain),
        help:
          "What the concern is about (repeatable, or comma-separated): \(Schemas.domain.choices)."
      ),
      OptionSpec(
        "request", value: "text", lines: true,
        help: "The request for help in the family's own words, short."),
      OptionSpec(
        "status", value: "status",
        values: .values(Schemas.status.restricted(to: startStatuses)),
        help: "The status (default: referred): \(quotedChoices(startStatuses))."
      ),
      OptionSpec(
        "id", value: "id",
        help: "Use this id (shaped like T-2026-7KQ4) instead of a new random one."),
      OptionSpec(
        "family", value: "family",
        help:
          "Link siblings: a family id of the shape amigo makes (F-7KQ4: F- and four characters, one a digit), never a surname; 'new' makes one."
      ),
      OptionSpec(
        "sibling-of", value: "child", values: .children,
        help:
          "Link to this sibling's family (its id, id prefix or label); gives the sibling a new family id when it has none."
      ),
      OptionSpec(
        "previous", value: "child", values: .children,
        help:
          "A repeat request: the child's earlier trajectory, closed or not started (id, id prefix or label; or the id of an erased one), written as 'previous'."
      ),
      .today, .dir,
    ])

  /// The statuses a trajectory can start in; later ones need a start or a closure.
  static let startStatuses = ["referred", "waiting", "intake", "not-started"]

  /// Everything the new file will say.
  struct Values {
    var label = ""
    var born: YearMonth?
    var gender: String?
    var group: Int?
    var school = ""
    var worker = ""
    var programme = ""
    var referralDate: LocalDate
    var referredBy = ""
    var concerns: [String] = []
    var request: String?
    var status = "referred"
    /// The pseudonymous family id (`--family`, `--sibling-of`).
    var family: String?
    /// A sibling without a family id that gets `family` once the new file is written.
    var linkSibling: String?
    /// The earlier trajectory of a repeat request (`previous:`).
    var previous: String?
    /// The birth month in that earlier trajectory's file, when it has one.
    var previousBorn: YearMonth?
    /// True once a question was answered on the terminal (the answers are then worth keeping).
    var answered = false
  }

  /// Checks answers one at a time, before the next question: the file the answers so far would
  /// make (with harmless stand-ins for the required values not asked yet) is validated with and
  /// without the new answer, and what the answer brings is its problem.
  struct AnswerCheck {
    let config: Config
    let today: LocalDate
    let header: [String]
    let id: String
    var given: Given

    init(
      config: Config, today: LocalDate, header: [String], id: String?, given: Given, _ v: Values
    ) {
      self.config = config
      self.today = today
      self.header = header
      self.id = id ?? "\(config.idPrefix)-\(v.referralDate.year)-ZZZZ"
      self.given = given
    }

    /// What `change` would bring to the answers `v`.
    func problems(_ v: Values, _ change: (inout Values) -> Void) -> [Diagnostic] {
      var after = v
      change(&after)
      return diagnostics(after).introduced(comparedTo: diagnostics(v))
    }

    /// `v` with the given values and stand-ins where nothing was answered yet.
    func filled(_ v: Values) -> Values {
      var p = v
      if let date = given.referralDate { p.referralDate = date }
      if let status = given.status { p.status = status }
      if p.label.isEmpty { p.label = given.label ?? "Kind A." }
      p.born = p.born ?? given.born
      p.gender = p.gender ?? given.gender
      p.group = p.group ?? given.group
      if p.school.isEmpty { p.school = given.school ?? config.schools.first?.id ?? "" }
      if p.worker.isEmpty { p.worker = given.worker ?? config.workers.first?.id ?? "" }
      if p.programme.isEmpty {
        p.programme = given.programme ?? config.programmes.first?.id ?? ""
      }
      if p.referredBy.isEmpty { p.referredBy = given.referredBy ?? "other" }
      if p.concerns.isEmpty { p.concerns = given.concerns }
      p.request = p.request ?? given.request
      return p
    }

    func diagnostics(_ v: Values) -> [Diagnostic] {
      let p = filled(v)
      guard let text = try? document(id: id, p, header: header) else { return [] }
      return FileCheck.trajectory(text: text, fileName: id, config: config, today: today).1
        .diagnostics
    }

    /// The errors values given as options bring, by option: on a terminal these are asked for
    /// instead of refusing the whole file at the end.
    func givenErrors(_ v: Values) -> [(option: String, diagnostic: Diagnostic)] {
      var bare = self
      bare.given = Given(concerns: [])
      let empty = bare.diagnostics(v)
      guard let text = try? document(id: id, filled(v), header: header) else { return [] }
      let checked = FileCheck.trajectory(text: text, fileName: id, config: config, today: today).1
      return checked.diagnostics.introduced(comparedTo: empty).compactMap { d in
        guard d.severity == .error, let line = d.range?.start.line,
          let option = NewChildCommand.option(atLine: line, in: checked)
        else { return nil }
        return (option, d)
      }
    }
  }

  /// The options an answer in the new file came from, by its key.
  static let optionOfKey: [String: String] = [
    "label": "--label", "born": "--born", "gender": "--gender", "group": "--group",
    "school": "--school", "worker": "--worker", "programme": "--programme", "status": "--status",
    "id": "--id", "date": "--referral-date", "by": "--referred-by", "concerns": "--concern",
    "request": "--request",
  ]

  /// The option whose value is on `line` (1-based) of the new file: the key on that line, or
  /// the nearest one above it at most two spaces in (a block of text belongs to its key).
  static func option(atLine line: Int, in file: CheckedText) -> String? {
    file.key(atLine: line, indentAtMost: 2).flatMap { optionOfKey[$0] }
  }

  /// The problems of a file that was not written, by the option (or answer) they come from,
  /// rendered without a location: the file does not exist.
  static func describe(
    _ file: CheckedText, interactive: Bool, _ language: Language = .en
  ) -> String {
    var out = ""
    for d in file.diagnostics {
      let from = d.range.flatMap { NewChildCommand.option(atLine: $0.start.line, in: file) }
      out += "amigo: \(d.severity.rawValue)[\(d.code)]: \(d.message(language.code))"
      if let from {
        out += interactive ? language.text(.ccTheAnswerFor, from) : " (\(from))"
      }
      out += "\n" + helpLine(d, language, indent: "   = ")
    }
    return out
  }

  /// `help: …` (`tip: …` in Dutch) under a problem, or nothing.
  static func helpLine(_ d: Diagnostic, _ language: Language, indent: String) -> String {
    guard let help = d.help(language.code) else { return "" }
    return indent + (language.code == "nl" ? "tip: " : "help: ") + help + "\n"
  }

  /// The problems an answer at a prompt would bring to the file, as the prompts say them: each
  /// with its code and tip, notes left out.
  static func sayProblems(_ problems: [Diagnostic], _ language: Language, _ env: Environment) {
    for d in problems where d.severity != .note {
      env.stderr.write("  \(d.severity.rawValue)[\(d.code)]: \(d.message(language.code))\n")
      env.stderr.write(helpLine(d, language, indent: "    "))
    }
  }

  /// `amigo new-child` with every value of `v` as an option, quoted for the shell.
  static func equivalentCommand(_ v: Values, id: String?) -> String {
    func quoted(_ text: String) -> String {
      let plain = text.allSatisfy {
        $0.isASCII && ($0.isLetter || $0.isNumber || "-_.,/".contains($0))
      }
      return plain && !text.isEmpty
        ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    var parts = ["amigo", "new-child"]
    func add(_ option: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      parts += [option, quoted(value)]
    }
    add("--label", v.label)
    add("--born", v.born?.description)
    add("--gender", v.gender)
    add("--group", v.group.map(String.init))
    add("--school", v.school)
    add("--worker", v.worker)
    add("--programme", v.programme)
    add("--referral-date", v.referralDate.description)
    add("--referred-by", v.referredBy)
    var seen = Set<String>()
    add("--concern", v.concerns.filter { seen.insert($0).inserted }.joined(separator: ","))
    add("--request", v.request)
    if v.status != "referred" { add("--status", v.status) }
    add("--id", id)
    // A sibling without a family yet is named again, so the run links it; a family id made up
    // for it would not.
    if let sibling = v.linkSibling {
      add("--sibling-of", Workspace.id(ofFile: sibling))
    } else {
      add("--family", v.family)
    }
    add("--previous", v.previous)
    return parts.joined(separator: " ")
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let config = context.config
    let name = spec.name
    let today = context.today

    // The id, when given, is checked first: nothing else matters if it is taken.
    // The folder is listed once: for the ids taken and for a sibling's schema line.
    let paths = context.workspace.trajectoryPaths()
    let taken = IDAllocator.existingIDs(of: paths)
    if let id = args.value("id") {
      guard Identifier.isValid(id) else {
        throw UsageError.invalidValue(
          id, for: "--id <id>", command: name,
          hint: Hint(.cbIdChars))
      }
      guard TrajectoryIDShape.isGenerated(id, prefix: config.idPrefix) else {
        throw UsageError.invalidValue(
          id, for: "--id <id>", command: name,
          hint: Hint(.cbIdShape, config.idPrefix))
      }
      if taken.contains(id.uppercased()) {
        throw UsageError.invalidValue(
          id, for: "--id <id>", command: name,
          hint: Hint(.cbIdExists))
      }
      if let day = RecoveryFile.erased(id, in: context.workspace)?.day {
        throw UsageError.invalidValue(
          id, for: "--id <id>", command: name,
          hint: Hint(.cbIdErased, en: [Language.en.date(day)], nl: [Language.nl.date(day)]))
      }
    }

    // Options first: a wrong value is an error even on a terminal.
    var v = Values(referralDate: today)
    let family = try familyChoice(args, context: context, paths: paths)
    v.family = family?.id
    v.linkSibling = family?.linkSibling
    let label = try args.value("label").map { try checkLabel($0, option: "--label <label>") }
    let born = try args.value("born").map { try parseBorn($0, today: today) }
    let gender = try args.value("gender").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("gender"), option: "--gender <gender>", command: name)
    }
    let group = try args.value("group").map { text in
      guard let n = SchoolGroup.parse(text) else {
        // A secondary year as a file writes it (`9` for klas 1): say how to type it.
        var hint = Hint(.cbGroup)
        if let n = Int(text.trimming(" ")),
          (SchoolGroup.firstSecondary...SchoolGroup.highest).contains(n)
        {
          hint = Hint(
            .cbGroupSecondaryNumber, String(n - SchoolGroup.firstSecondary + 1), String(n))
        }
        throw UsageError.invalidValue(text, for: "--group <group>", command: name, hint: hint)
      }
      return n
    }
    let school = try args.value("school").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.schools(config), option: "--school <school>", what: "schools",
        command: name)
    }
    let worker = try args.value("worker").map { text in
      let id = try ConfigReference.resolve(
        text, in: ConfigReference.workers(config), option: "--worker <worker>", what: "workers",
        command: name)
      // A former worker stays in amigo.yaml for old files, but gets no new children.
      if let end = config.worker(id)?.end, end < today {
        let current = config.currentWorkers(on: today).map { "'\($0.id)'" }
        throw UsageError.invalidValue(
          text, for: "--worker <worker>", command: name,
          hint: Hint(
            .cbWorkerLeft,
            en: [
              id, end.description,
              current.isEmpty ? "." : ": " + SchemaDiagnostics.listJoined(current, "or") + ".",
            ],
            nl: [
              id, end.description,
              current.isEmpty ? "." : ": " + SchemaDiagnostics.listJoined(current, "of") + ".",
            ]))
      }
      return id
    }
    let programme = try args.value("programme").map {
      try ConfigReference.resolve(
        $0, in: ConfigReference.programmes(config), option: "--programme <programme>",
        what: "programmes",
        command: name)
    }
    let referralDate = try OptionValues.date(args, "referral-date", today: today, command: name)
    let referredBy = try args.value("referred-by").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("referred-by"), option: "--referred-by <referrer>", command: name)
    }
    let concerns = try OptionValues.enumValues(
      args, "concern", config.vocabulary(spec.enumeration("concern")),
      option: "--concern <concern>",
      command: name)
    let request = args.value("request").map(NoteInput.clean).flatMap { $0.isEmpty ? nil : $0 }
    let status = try args.value("status").map { try parseStatus($0) }
    if let text = args.value("previous") {
      (v.previous, v.previousBorn) = try previousID(text, context: context, taken: taken)
    }

    // What is missing: asked on a terminal, else defaults or a usage error.
    let onlySchool = config.schools.count == 1 ? config.schools[0].id : nil
    let currentWorkers = config.currentWorkers(on: today)
    let onlyWorker = currentWorkers.count == 1 ? currentWorkers[0].id : nil
    let onlyProgramme = config.programmes.count == 1 ? config.programmes[0].id : nil
    let requiredMissing =
      label == nil || referredBy == nil || (school == nil && onlySchool == nil)
      || (worker == nil && onlyWorker == nil) || (programme == nil && onlyProgramme == nil)
    let header = languageServerLine(context.workspace, paths: paths)
    let interactive = env.isInteractive && requiredMissing
    if interactive {
      // Nothing is asked that could not be written.
      if let reason = context.cannotWrite(in: context.workspace.trajectoriesPath) {
        throw CommandError(
          message: env.language().text(.ccNothingAsked, reason), status: .ioError)
      }
    }
    // Whatever stops the command after a question was answered, the answers are kept.
    do {
      return try ask(
        interactive: interactive, &v, args, context: context, header: header, taken: taken,
        given: Given(
          label: label, born: born, gender: gender, group: group, school: school, worker: worker,
          programme: programme, referralDate: referralDate, referredBy: referredBy,
          concerns: concerns, request: request, status: status))
    } catch {
      guard interactive, v.answered else { throw error }
      let command = equivalentCommand(v, id: args.value("id"))
      let language = env.language()
      let kept = RecoveryFile.keep(
        language.text(.ccAnswersHeader) + "\n" + command + "\n", stem: "new-child", env)
      let notice = RecoveryFile.notice(
        .ccKeptAnswers, path: kept, text: command,
        reuse: kept.map { _ in language.text(.ccReuseAnswers) }, plural: true, language)
      throw RecoveryFile.withNotice(error, notice, env)
    }
  }

  /// The values given as options (nil: not given).
  struct Given {
    var label: String?
    var born: YearMonth?
    var gender: String?
    var group: Int?
    var school: String?
    var worker: String?
    var programme: String?
    var referralDate: LocalDate?
    var referredBy: String?
    var concerns: [String]
    var request: String?
    var status: String?

    /// Forgets the value of `option` (so that it is asked for).
    mutating func drop(_ option: String) {
      switch option {
      case "--label": label = nil
      case "--born": born = nil
      case "--gender": gender = nil
      case "--group": group = nil
      case "--school": school = nil
      case "--worker": worker = nil
      case "--programme": programme = nil
      case "--referral-date": referralDate = nil
      case "--referred-by": referredBy = nil
      case "--concern": concerns = []
      case "--request": request = nil
      case "--status": status = nil
      default: break
      }
    }
  }

  /// Asks for what is missing (on a terminal) or takes the defaults, then writes the file.
  static func ask(
    interactive: Bool, _ v: inout Values, _ args: ParsedArguments, context: WorkspaceContext,
    header: [String], taken: Set<String>, given: Given
  ) throws -> ExitStatus {
    let env = context.env
    let config = context.config
    let name = spec.name
    let today = context.today
    var g = given
    if interactive {
      // A value given as an option that the file could not hold is asked for instead.
      let check = AnswerCheck(
        config: config, today: today, header: header, id: args.value("id"), given: g, v)
      for (option, d) in check.givenErrors(v) {
        let language = env.language()
        env.stderr.write(
          "  \(d.severity.rawValue)[\(d.code)]: \(d.message(language.code)) (\(option))\n")
        env.stderr.write(helpLine(d, language, indent: "    "))
        g.drop(option)
      }
    }
    let (label, born, gender, group) = (g.label, g.born, g.gender, g.group)
    let (school, worker, programme) = (g.school, g.worker, g.programme)
    let (referralDate, referredBy, concerns) = (g.referralDate, g.referredBy, g.concerns)
    let (request, status) = (g.request, g.status)
    let onlySchool = config.schools.count == 1 ? config.schools[0].id : nil
    let currentWorkers = config.currentWorkers(on: today)
    let onlyWorker = currentWorkers.count == 1 ? currentWorkers[0].id : nil
    let onlyProgramme = config.programmes.count == 1 ? config.programmes[0].id : nil
    if interactive {
      let ask = Prompter(env: env, command: name)
      // Each answer is checked as it is given, in a file of the answers so far: what it alone
      // would make invalid is asked again, what it would warn about is asked to confirm.
      let check = AnswerCheck(
        config: config, today: today, header: header, id: args.value("id"), given: g, v)
      v.label =
        try label
        ?? ask.value(
          ask.language.text(.promptLabel), option: "--label <label>", required: true,
          { try? checkLabel($0, option: "--label <label>") },
          invalid: ask.language.text(.promptLabelInvalid),
          check: { answer in check.problems(v) { $0.label = answer } })!
      v.answered = true
      v.born =
        try born
        ?? ask.value(
          ask.language.text(.promptBorn), option: "--born <year-month>", required: false,
          { try? parseBorn($0, today: today) },
          invalid: ask.language.text(.promptBornInvalid),
          check: { answer in check.problems(v) { $0.born = answer } })
      v.gender =
        try gender
        ?? ask.value(
          ask.language.text(.promptGender, ask.language.words(Schemas.gender)),
          option: "--gender <gender>",
          required: false, { Schemas.gender.resolve($0) },
          invalid: ask.language.text(.promptAnswerWithOneOf, ask.language.words(Schemas.gender)),
          check: { answer in check.problems(v) { $0.gender = answer } })
      v.group =
        try group
        ?? ask.value(
          ask.language.text(.promptSchoolGroup), option: "--group <group>",
          required: false, { SchoolGroup.parse($0) },
          invalid: ask.language.text(.promptSchoolGroupInvalid),
          check: { answer in check.problems(v) { $0.group = answer } })
      v.school =
        try school
        ?? ask.choice(
          ask.language.text(.promptSchool), ConfigReference.schools(config),
          option: "--school <school>")
      v.worker =
        try worker
        ?? ask.choice(
          ask.language.text(.promptWorker), ConfigReference.workers(config, on: today),
          option: "--worker <worker>")
      v.programme =
        try programme
        ?? ask.choice(
          ask.language.text(.promptProgramme), ConfigReference.programmes(config),
          option: "--programme <programme>")
      v.referralDate =
        try referralDate
        ?? ask.value(
          ask.language.text(.promptReferralDate), option: "--referral-date <date>",
          default: today.description,
          required: true, { DateInput.parse($0, today: today) },
          invalid: DateInput.hint.text(ask.language),
          check: { answer in
            // A birth month answered above that comes after this date: asked again below.
            check.problems(v) { $0.referralDate = answer }
              .filter { born != nil || $0.code != "born-after-referral" }
          })!
      if born == nil,
        let d = check.diagnostics(v).first(where: { $0.code == "born-after-referral" })
      {
        env.stderr.write("  \(d.severity.rawValue)[\(d.code)]: \(d.message(ask.language.code))\n")
        env.stderr.write(helpLine(d, ask.language, indent: "    "))
        var unborn = v
        unborn.born = nil
        v.born = try ask.value(
          ask.language.text(.promptBorn), option: "--born <year-month>", required: false,
          { try? parseBorn($0, today: today) },
          invalid: ask.language.text(.promptBornInvalid),
          check: { answer in check.problems(unborn) { $0.born = answer } })
      }
      v.referredBy =
        try referredBy
        ?? ask.value(
          ask.language.text(.promptReferredBy, ask.language.words(Schemas.referrer)),
          option: "--referred-by <referrer>",
          required: true, { Schemas.referrer.resolve($0) },
          invalid: ask.language.text(.promptAnswerWithOneOf, ask.language.words(Schemas.referrer)),
          check: { answer in check.problems(v) { $0.referredBy = answer } })!
      if concerns.isEmpty {
        v.concerns =
          try ask.value(
            ask.language.text(
              .promptConcerns, ask.language.words(config.vocabulary(Schemas.domain))),
            option: "--concern <concern>", required: false,
            { parseConcerns($0, config.vocabulary(Schemas.domain)) },
            invalid: ask.language.text(
              .promptAnswerValuesFrom, ask.language.words(config.vocabulary(Schemas.domain))),
            check: { answer in check.problems(v) { $0.concerns = answer } }) ?? []
      } else {
        v.concerns = concerns
      }
      v.request =
        try request
        ?? ask.value(
          ask.language.text(.promptRequest), option: "--request <text>",
          required: false, { NoteInput.clean($0) }, invalid: "",
          check: { answer in check.problems(v) { $0.request = answer } })
      v.status =
        try status
        ?? ask.value(
          ask.language.text(.promptStatus, statusWords(ask.language)), option: "--status <status>",
          default: statusWords(ask.language, ["referred"]), required: true,
          { try? parseStatus($0) },
          invalid: ask.language.text(.promptAnswerWithOneOf, statusWords(ask.language)),
          check: { answer in check.problems(v) { $0.status = answer } })!
    } else {
      func required<T>(_ value: T?, _ option: String) throws -> T {
        guard let value else { throw UsageError.missingValue(option, command: name) }
        return value
      }
      v.label = try required(label, "--label <label>")
      v.born = born
      v.gender = gender
      v.group = group
      v.school = try required(school ?? onlySchool, "--school <school>")
      v.worker = try required(worker ?? onlyWorker, "--worker <worker>")
      v.programme = try required(programme ?? onlyProgramme, "--programme <programme>")
      v.referralDate = referralDate ?? today
      v.referredBy = try required(referredBy, "--referred-by <referrer>")
      v.concerns = concerns
      v.request = request
      v.status = status ?? "referred"
    }
    var seen = Set<String>()
    v.concerns = v.concerns.filter { seen.insert($0).inserted }
    try checkPreviousBorn(v, language: env.language())

    // Write the file under a new id (or the one given), retrying if another process took it.
    // Never the id of an erased trajectory either (`ErasedLedger`).
    var excluded = taken.union(ErasedLedger.takenIDs(context.workspace))
    var result: ChangeResult?
    var id = ""
    var path = ""
    for _ in 0..<10 {
      if let given = args.value("id") {
        id = given
      } else {
        guard
          let next = allocate(
            prefix: config.idPrefix, year: v.referralDate.year, env: env,
            isTaken: { excluded.contains($0.uppercased()) })
        else {
          throw CommandError(
            message: env.language().text(
              .cbNoFreeId, "\(config.idPrefix)-\(v.referralDate.year)"),
            status: .ioError)
        }
        id = next
      }
      path = context.workspace.trajectoriesPath + "/" + id + ".yaml"
      let text = try document(id: id, v, header: header)
      do {
        result = try Store.create(
          path, display: context.display(path), text: text, in: context.workspace,
          config: config, today: today)
        break
      } catch ChangeError.write where FileSystem.exists(path) && args.value("id") == nil {
        // Another process took this id a moment ago: draw again.
        excluded.insert(id.uppercased())
      } catch ChangeError.wouldBeInvalid(_, let diagnostics, let source) {
        // The file does not exist: say which value is wrong, not where in a file.
        env.stderr.write(
          describe(
            CheckedText(diagnostics: diagnostics, source: source), interactive: interactive,
            env.language()))
        throw CommandError(
          message: env.language().text(.cbNewWouldBeInvalid),
          status: .dataError)
      } catch let error as ChangeError {
        throw DiagnosticsError(error, env.language())
      }
    }
    guard let result else {
      throw CommandError(
        message: env.language().text(.cbNoFreeIdFor, context.display(path)),
        status: .ioError)
    }

    env.stdout.write(
      env.language().text(
        .ccCreatedChild, id, SafeText.shown(v.label), context.display(path)) + "\n")
    context.printWarnings(result)
    // Another trajectory with this label: perhaps the same child, registered twice or again. A
    // repeat request (--previous) names its earlier trajectory: no reason to warn.
    let sameLabel =
      v.previous != nil
      ? []
      : ChildLookup.ids(withLabel: v.label, in: context.workspace, version: Amigo.version)
        .filter { $0 != id }
    if !sameLabel.isEmpty {
      env.stderr.write(
        env.language().text(
          .ccWarningLine,
          env.language().text(
            .ccSameLabel, SafeText.shown(v.label), sameLabel.joined(separator: ", "), id)) + "\n")
    }
    for warning in ReferralWarnings.check(trajectory(id: id, v), config: config, today: today) {
      env.stderr.write(
        env.language().text(
          .ccWarningLine, SafeText.shown(warning.message(env.language().code))) + "\n")
    }
    if let family = v.family {
      try linkFamily(
        FamilyChoice(id: family, linkSibling: v.linkSibling), newID: id, context: context)
    }
    return .success
  }

  /// The id of the earlier trajectory `text` names: a trajectory of the workspace (by id, id
  /// prefix or label), or an id in the ledger of erased ones (`ErasedLedger`). A trajectory
  /// that is still open is refused: a repeat request follows one that has ended (closed, or
  /// not started), so that a child never has two open files. With it the birth month its file
  /// gives (nil for an erased one, or a file without it), which the new child's must match.
  static func previousID(
    _ text: String, context: WorkspaceContext, taken: Set<String>
  ) throws -> (id: String, born: YearMonth?) {
    if Identifier.isValid(text), !taken.contains(text.uppercased()),
      let erased = ErasedLedger.read(context.workspace).first(where: {
        $0.key.uppercased() == text.uppercased()
      })
    {
      return (erased.key, nil)
    }
    let path = try context.resolve(text)
    let id = Workspace.id(ofFile: path)
    // A file whose status cannot be read is left to `validate`.
    guard let bytes = try? FileSystem.read(path) else { return (id, nil) }
    let earlier = SchemaDecoder.trajectory(bytes: bytes)
    if let status = earlier.status, status != .closed && status != .notStarted {
      let language = context.env.language()
      throw CommandError(
        message: language.text(
          .cePreviousOpen, id, language.label(status.rawValue, Schemas.status)),
        status: .dataError)
    }
    return (id, earlier.child.born)
  }

  /// A repeat request names the same child's earlier trajectory: a birth month that differs
  /// from that file's names another child (a mistyped prefix, the wrong label), and would count
  /// a repeat request that is none.
  static func checkPreviousBorn(_ v: Values, language: Language) throws {
    guard let previous = v.previous, let earlier = v.previousBorn, let born = v.born,
      earlier != born
    else { return }
    throw CommandError(
      message: language.text(
        .cePreviousOtherChild, previous, earlier.description, born.description),
      status: .dataError)
  }

  // MARK: - The file

  /// The new file's text, laid out like the example files: the header lines, then the ids and
  /// status, the child and the referral, separated by blank lines.
  static func document(id: String, _ v: Values, header: [String]) throws -> String {
    do {
      return try Store.text(of: trajectory(id: id, v), header: header)
    } catch {
      throw CommandError(.caInternalError, "\(error)", status: .software)
    }
  }

  /// The new trajectory: the ids and status, the child and the referral.
  static func trajectory(id: String, _ v: Values) -> Trajectory {
    var t = Trajectory()
    (t.id, t.programme, t.school, t.worker) = (id, v.programme, v.school, v.worker)
    t.family = v.family
    t.status = TrajectoryStatus(rawValue: v.status)
    (t.child.label, t.child.born, t.child.gender, t.child.group) = (
      v.label, v.born, v.gender, v.group
    )
    var referral = Referral()
    (referral.date, referral.by, referral.concerns) = (v.referralDate, v.referredBy, v.concerns)
    if let request = v.request, !request.isEmpty { referral.request = request }
    t.referral = referral
    t.previous = v.previous
    return t
  }

  /// The editor's schema line (`# yaml-language-server: $schema=…`) the workspace's trajectory
  /// files use: the workspace's own schema (`.amigo/schema/`) when it has one, else the line
  /// the other trajectory files start with; none when they have none.
  static func languageServerLine(_ workspace: Workspace, paths: [String]) -> [String] {
    let folder = workspace.trajectoriesPath
    if let line = WorkspaceSchemas.modeline(forFile: folder + "/new.yaml", in: workspace) {
      return [line]
    }
    guard
      let sibling = paths.first(where: {
        ($0 as NSString).deletingLastPathComponent == folder
      }),
      let bytes = try? FileSystem.read(sibling)
    else { return [] }
    let firstLine = String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    return firstLine.hasPrefix("# yaml-language-server:") ? [firstLine] : []
  }

  /// A new id: random from the system, or repeatable with `AMIGO_SEED` (for tests only).
  static func allocate(
    prefix: String, year: Int, env: Environment, isTaken: (String) -> Bool
  ) -> String? {
    if let seed = env.variables["AMIGO_SEED"], !seed.isEmpty {
      var generator = SplitMix64(seed: seed)
      return IDAllocator.allocate(prefix: prefix, year: year, using: &generator, isTaken: isTaken)
    }
    var generator = SystemRandomNumberGenerator()
    return IDAllocator.allocate(prefix: prefix, year: year, using: &generator, isTaken: isTaken)
  }

  // MARK: - Values

  /// A label: trimmed, one line, not empty.
  static func checkLabel(
    _ text: String, option: String, command: String = spec.name
  ) throws -> String {
    let label = text.trimming(" \t")
    guard !label.isEmpty, !label.contains("\n"), !label.contains("\r") else {
      throw UsageError.invalidValue(
        text, for: option, command: command,
        hint: Hint(.cbLabelOneLine))
    }
    return label
  }

  /// `YYYY-MM`, not in the future; a full date is refused (only the year and month are kept).
  static func parseBorn(
    _ text: String, today: LocalDate, command: String = spec.name
  ) throws -> YearMonth {
    let option = "--born <year-month>"
    if LocalDate(text) != nil {
      throw UsageError.invalidValue(
        text, for: option, command: command,
        hint: Hint(.cbBornNoDay))
    }
    guard let born = YearMonth(text) else {
      throw UsageError.invalidValue(
        text, for: option, command: command,
        hint: Hint(.cbBornShape))
    }
    guard born <= YearMonth(year: today.year, month: today.month)! else {
      throw UsageError.invalidValue(
        text, for: option, command: command, hint: Hint(.cbBornFuture))
    }
    return born
  }

  static func parseStatus(_ text: String) throws -> String {
    let option = "--status <status>"
    let hint = Hint(
      .ccStartStatus, en: [quotedChoices(startStatuses)],
      nl: [SchemaDiagnostics.listJoined(startStatuses.map { "'\($0)'" }, "of")])
    guard let status = spec.enumeration("status").resolve(text) else {
      // A later status is explained; any other word is a near miss or not a status at all.
      guard Schemas.status.resolve(text) != nil else {
        throw UsageError.invalidChoice(
          text, for: option, command: spec.name, allowed: spec.enumeration("status"))
      }
      throw UsageError.invalidValue(text, for: option, command: spec.name, hint: hint)
    }
    return status
  }

  static func parseConcerns(_ text: String, _ concerns: EnumSpec) -> [String]? {
    var out: [String] = []
    for part in text.split(separator: ",") {
      let word = String(part).trimming(" \t")
      if word.isEmpty { continue }
      guard let value = concerns.resolve(word) else { return nil }
      out.append(value)
    }
    return out
  }

  /// `'a', 'b' or 'c'`
  static func quotedChoices(_ values: [String]) -> String {
    SchemaDiagnostics.listJoined(values.map { "'\($0)'" }, "or")
  }

  /// `a, b, c`
  /// The statuses a new trajectory may start in, as typed in `language` (Dutch words in Dutch).
  static func statusWords(_ language: Language, _ statuses: [String] = startStatuses) -> String {
    statuses.map { value in
      language.code == "nl" ? (Schemas.status[value]?.aliases.first ?? value) : value
    }.joined(separator: ", ")
  }

  static func plainChoices(_ spec: EnumSpec) -> String {
    spec.values.map(\.value).joined(separator: ", ")
  }

}

/// Questions on a terminal: on standard error, answers read line by line; a bad answer is
/// asked again, the end of input (Ctrl-D) ends the command, naming the option to give instead.
struct Prompter {
  let env: Environment
  let command: String
  var language: Language { env.language() }

  /// The end of input at the question for `option`: nothing was written.
  func inputEnded(_ option: String) -> CommandError {
    CommandError(
      message: language.text(.promptInputEnded, option),
      status: .usage)
  }

  /// Asks `question` until `parse` accepts the answer. An empty answer gives `default` (parsed),
  /// or nil when the value is optional.
  func value<T>(
    _ question: String, option: String, default defaultValue: String? = nil, required: Bool,
    _ parse: (String) -> T?, invalid: String, check: (T) -> [Diagnostic] = { _ in [] }
  ) throws -> T? {
    while true {
      var answer = try Prompt.answer(
        question + (defaultValue.map { " [\($0)]" } ?? "") + ": ", env,
        atEnd: inputEnded(option))
      if answer.isEmpty {
        if let defaultValue {
          answer = defaultValue
        } else if !required {
          return nil
        } else {
          env.stderr.write(language.text(.promptAnswerNeeded) + "\n")
          continue
        }
      }
      guard let value = parse(answer) else {
        env.stderr.write(language.text(.promptNotValid, answer, invalid) + "\n")
        continue
      }
      // What the answer would bring to the file: an error asks again, a warning asks first.
      let problems = check(value)
      NewChildCommand.sayProblems(problems, language, env)
      if problems.contains(where: { $0.severity == .error }) {
        env.stderr.write(language.text(.promptAnswerAgain) + "\n")
        continue
      }
      if problems.contains(where: { $0.severity == .warning }) {
        let keep = try Prompt.answer(
          language.text(.promptKeepAnyway, answer), env,
          atEnd: inputEnded(option))
        guard ["y", "yes", "j", "ja"].contains(keep.lowercased()) else { continue }
      }
      return value
    }
  }

  /// Asks for one of `choices` (listed first), by id or name; the only one is the default.
  func choice(
    _ question: String, _ choices: [ConfigReference], option: String
  ) throws -> String {
    let width = (choices.map(\.id.count).max() ?? 0) + 2
    for c in choices {
      env.stderr.write(
        "  " + c.id.padding(toLength: width, withPad: " ", startingAt: 0) + c.name + "\n")
    }
    return try value(
      question, option: option, default: choices.count == 1 ? choices[0].id : nil, required: true,
      { ConfigReference.match($0, in: choices) },
      invalid: language.text(.promptAnswerIdAbove))!
  }
}
