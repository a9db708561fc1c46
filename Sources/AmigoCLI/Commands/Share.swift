import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo share CHILD`: records in the sharing log that information was given to, or received
/// from, someone around the child: categories, never the content.
enum ShareCommand: Command {
  static let spec = CommandSpec(
    name: "share",
    abstract: "Record information shared with school, the shelter or others, and its basis.",
    discussion: """
      Adds an entry to the child's sharing log, in date order: with whom, what (categories such
      as attendance, progress, concerns, home situation, safety; never the content) and, for
      information given, the basis. Information received (--received) needs no basis.
      Information given needs one that fits the recipient: by default the consent in force on
      the day, which must cover the recipient (school staff: 'school-consultation'; the shelter,
      JGZ, the social team and youth care their own scopes; see schema/fields.md); or
      '--basis meldcode', towards Veilig Thuis only (an anonymous consultation included), with
      the procedure's steps under 'meldcode' in the file; or '--basis vital-interest', towards
      anyone, always with a warning. Sharing without a fitting basis is refused and nothing is
      written. Values may be given in English or Dutch (ib, leerkracht, opvang, jgz, wijkteam,
      jeugdhulp, veilig-thuis; voortgang, zorgen, aanwezigheid, thuissituatie, veiligheid). On a
      terminal, amigo asks for what is missing.
      """,
    examples: [
      "amigo share W6ZA --with ib --what progress,concerns",
      "amigo share 'Ayla B.' --with leerkracht,ib --what betrokkenheid --date gisteren",
      "amigo share W6ZA --received --with ib --what gedrag --note 'Signal from class.'",
      "amigo share W6ZA --with veilig-thuis --what veiligheid --basis meldcode",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "with", value: "party", repeatable: true, values: .values(Schemas.sharingParty),
        help:
          "With whom (repeatable, or comma-separated): \(Schemas.sharingParty.choices)."),
      OptionSpec(
        "what", value: "topic", repeatable: true, values: .values(Schemas.sharingTopic),
        help:
          "What, by category (repeatable, or comma-separated): \(Schemas.sharingTopic.choices)."),
      OptionSpec(
        "received", help: "The information was received from them (default: given to them)."),
      OptionSpec(
        "basis", value: "basis", values: .values(Schemas.sharingBasis),
        help:
          "What information given rests on (default: consent): \(Schemas.sharingBasis.choices)."),
      OptionSpec(
        "note", short: "n", value: "text", help: "A short note at most; never the content."),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let received = args.flag("received")
    let basis = try args.value("basis").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("basis"), option: "--basis <basis>", command: name)
    }
    if received, let basis {
      // The value as typed (`toestemming`), not as a file would hold it.
      throw UsageError.invalidValue(
        args.value("basis") ?? basis, for: "--basis <basis>", command: name,
        hint: Hint(.cbReceivedNoBasis))
    }
    var with = try OptionValues.enumValues(
      args, "with", spec.enumeration("with"), option: "--with <party>", command: name)
    var what = try OptionValues.enumValues(
      args, "what", spec.enumeration("what"), option: "--what <topic>", command: name)
    let note = args.value("note").map { $0.trimming(" \t\r\n") }
    if let note, note.contains(where: \.isNewline) {
      throw UsageError.invalidValue(
        note, for: "--note <text>", command: name,
        hint: Hint(.cbSharingNoteOneLine))
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let path = try context.resolve(args.positionals[0])
    if with.isEmpty || what.isEmpty {
      guard env.isInteractive else {
        throw UsageError.missingValue(
          with.isEmpty ? "--with <party>" : "--what <topic>", command: name)
      }
      if with.isEmpty {
        with = try ask(
          env.language().text(received ? .promptReceivedFrom : .promptSharedWith),
          Schemas.sharingParty, env)
      }
      if what.isEmpty {
        what = try ask(env.language().text(.promptSharedWhat), Schemas.sharingTopic, env)
      }
    }
    let direction = received ? "received" : "given"
    var sharing = Sharing()
    (sharing.date, sharing.direction, sharing.with, sharing.what) = (date, direction, with, what)
    // The default basis (consent) goes unwritten.
    sharing.basis = basis == "consent" ? nil : basis
    sharing.note = note?.isEmpty == false ? note : nil
    let result = try context.change(path) { file in try file.add(sharing) }
    let t = result.trajectory
    let language = env.language()
    let labels = with.map { language.label($0, Schemas.sharingParty) }
    let parties =
      language.code == "nl"
      ? SchemaDiagnostics.listJoined(labels, "en") : list(labels)
    let topics = what.map { language.label($0, Schemas.sharingTopic) }.joined(separator: ", ")
    let on =
      basis.flatMap { Schemas.sharingBasis[$0]?.label(language.code) }.map {
        language.text(.okOnBasis, $0)
      } ?? ""
    env.stdout.write(
      (received
        ? language.text(.okReceived, parties, date.description, topics, t.id)
        : language.text(.okGiven, parties, date.description, topics, on, t.id)) + "\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    return .success
  }

  /// Asks for one or more values of `spec`, comma-separated (English or Dutch).
  static func ask(_ question: String, _ spec: EnumSpec, _ env: Environment) throws -> [String] {
    try Prompt.ask(
      question, env,
      again: env.language().text(.promptAnswerOneOrMore, env.language().quotedWords(spec)),
      { answer in
        let words = answer.split(separator: ",").map { String($0).trimming(" \t") }.filter {
          !$0.isEmpty
        }
        let values = words.compactMap(spec.resolve)
        guard !words.isEmpty, values.count == words.count else { return nil }
        var unique: [String] = []
        for v in values where !unique.contains(v) { unique.append(v) }
        return unique
      })
  }

  static func list(_ values: [String]) -> String { SchemaDiagnostics.listJoined(values) }
}
