import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `amigo export --research`: the pseudonymised research export (docs/research-export.md);
/// `amigo export --record CHILD`: one child's whole record for an access request
/// (`Export+Record.swift`, docs/access-and-statements.md).
enum ExportCommand: Command {
  static let spec = CommandSpec(
    name: "export",
    abstract:
      "A pseudonymised research export, or one child's whole record for the family (--record).",
    discussion: """
      --record CHILD writes one child's whole record for an access request by the parents or the
      child (AVG art. 15): the trajectory in words with its texts (request, goals, notes,
      summary, the family's statements), consent, measures, the sharing log, meldcode steps and
      pauses, and the child's part of meetings and groups (date, minutes, with whom, attendance),
      never anything about other children. Markdown (default) or HTML, in the workspace's
      language unless --lang.

      --research writes one row per trajectory for an effect study: programme, school id, status,
      gender, group, age band (8-9, 10-11, …), referral source and concerns, dates as days since
      the start (the referral as negative days), dose, fidelity flags, weeks, closure reason,
      destination, goals achieved and satisfaction; and one row per goal rating (goal number,
      domain, target, result, day, rater, score). Never labels, free text (requests, goal texts,
      notes, summaries), workers, dates or birth months. Ids are re-keyed with HMAC-SHA-256 under
      a salt that is random for every export, so two exports cannot be linked; with --salt-file
      (or --salt) the ids are the same in every export with that salt: keep it secret, as anyone
      who has it can re-compute the pseudonym of every id. Give it with --salt-file (a file
      readable by you only, or '-' for standard input): a value given with --salt is on the
      command line, which other users of the computer see in the process list (ps) while the
      export runs, and which your shell keeps in its history. CSV (RFC 4180) holds the
      trajectories, or with --measurements the ratings, or with --outcomes the outcome
      measures (one row per measure and scale: instrument, informant, timepoint, day, age,
      score and band); JSON holds all three. --csv-delimiter ';' writes decimal commas and a
      byte order mark for a Dutch spreadsheet, as the reports do (--no-bom leaves the mark
      out). The columns are described in docs/research-export.md. Files with errors are never
      exported: while there are any, the export is refused (exit 65) unless --skip-invalid. The
      export is still personal data: share it only under an agreement with the researcher.
      """,
    examples: [
      "amigo export --research --output research.csv",
      "amigo export --research --measurements --period 2025/2026 --output ratings.csv",
      "amigo export --research --format json --output research.json",
      "amigo export --record AOS-2026-K7Q4 --format html --output dossier.html",
    ],
    options: [
      OptionSpec("research", help: "The pseudonymised research export."),
      OptionSpec(
        "record", value: "child", values: .children,
        help: "One child's whole record for an access request: id, id prefix or label."),
      .lang,
      OptionSpec(
        "period", value: "period",
        help:
          "Only trajectories that overlap the period: 2026, 2026-Q3, 2026-09, 2025/2026 or FROM..TO."
      ),
      OptionSpec(
        "format", short: "f", value: "format",
        values: .words([("csv", ""), ("json", ""), ("markdown", ""), ("html", "")]),
        help: "--research: csv (default) or json; --record: markdown (default) or html."),
      ReportOutput.csvDelimiterOption, ReportOutput.noBOMOption,
      OptionSpec(
        "measurements", help: "CSV: write the goal ratings instead of the trajectories."),
      OptionSpec(
        "outcomes",
        help:
          "CSV: write the outcome measures (one row per measure and scale) instead of the trajectories."
      ),
      OptionSpec(
        "salt", value: "salt",
        help:
          "Re-key ids with this secret salt, the same in every export (default: a random salt). Visible in the process list: prefer --salt-file."
      ),
      OptionSpec(
        "salt-file", value: "file", values: .files,
        help:
          "Read the secret salt from this file ('-': standard input; one final line break is dropped), so that it never shows on the command line."
      ),
      OptionSpec(
        "skip-invalid",
        help: "Export even when files have errors, without them (JSON counts them in its facts)."),
      OptionSpec(
        "output", short: "o", value: "file",
        help:
          "Write the export to a file (atomically, readable by you only; never among the workspace's own files) instead of standard output ('-')."
      ),
      .today, .dir,
    ])

  /// Salts shorter than this are easy to guess, and with the salt every pseudonym can be undone.
  static let shortSalt = 16

  /// The salt `--salt-file FILE|-` holds: its bytes, without one final line break (a file
  /// written with `echo` or an editor ends in one), nil without the option. A salt on the
  /// command line (`--salt`) is visible to every user of the computer in the process list while
  /// the export runs; one read from a file or standard input is not.
  static func saltFromFile(_ args: ParsedArguments, _ env: Environment) throws -> [UInt8]? {
    guard let file = args.value("salt-file") else { return nil }
    if args.value("salt") != nil {
      throw UsageError.conflictingOptions("--salt", "--salt-file", command: spec.name)
    }
    let language = env.language()
    let shown = file == "-" ? language.text(.ciStandardInput) : file
    let data: Data
    if file == "-" {
      data = try env.readStandardInput()
    } else {
      // A salt file others can read gives them every pseudonym: said, not refused.
      var info = stat()
      if stat(env.resolve(file), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
        info.st_mode & 0o044 != 0
      {
        env.stderr.write(
          language.text(
            .ccWarningLine,
            language.text(.caSaltFileOpen, file, InitCommand.shellQuoted(file))) + "\n")
      }
      do {
        // A pipe (`<(…)`, a FIFO) or a device (`/dev/stdin`) is read to its end, as every file
        // named as input is.
        data = Data(try FileSystem.readInput(env.resolve(file)))
      } catch {
        throw CommandError(
          message: language.text(.caSaltFileUnreadable, shown, error.why.text(language.code)),
          status: .noInput)
      }
    }
    var bytes = [UInt8](data)
    if bytes.last == 0x0A { bytes.removeLast() }
    if bytes.last == 0x0D { bytes.removeLast() }
    guard !bytes.isEmpty else {
      throw CommandError(message: language.text(.caSaltFileEmpty, shown), status: .dataError)
    }
    return bytes
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    if args.value("record") != nil {
      if args.flag("research") {
        throw UsageError.conflictingOptions("--research", "--record", command: name)
      }
      // The record is Markdown or HTML: a CSV option is refused, never ignored.
      if let option = ["csv-delimiter", "no-bom"].first(where: {
        args.value($0) != nil || args.flag($0)
      }) {
        throw UsageError.conflictingOptions("--" + option, "--record", command: name)
      }
      return try RecordExportCommand.run(args, env)
    }
    guard args.flag("research") else {
      throw CommandError(
        message: env.language().text(.caNameTheExport),
        status: .usage)
    }
    if args.value("lang") != nil {
      throw UsageError.conflictingOptions("--lang", "--research", command: name)
    }
    let options = try CommonOptions(args, env, command: spec)
    let format = try options.format(
      [.csv, .json], default: .csv, hint: Hint.oneOf(["'csv'", "'json'"]))
    // `;` with decimal commas and a byte order mark, as every report's CSV (RFC 4180 with
    // commas stays the default); with JSON a usage error.
    let (delimiter, bom) = try ReportOutput.csv(args, format: format, command: name)
    if format == .json && args.flag("measurements") {
      throw UsageError.conflictingOptions("--measurements", "--format json", command: name)
    }
    if format == .json && args.flag("outcomes") {
      throw UsageError.conflictingOptions("--outcomes", "--format json", command: name)
    }
    if args.flag("measurements") && args.flag("outcomes") {
      throw UsageError.conflictingOptions("--measurements", "--outcomes", command: name)
    }
    let period = try args.value("period").map { try PeriodInput.parse($0, command: name) }
    var salt: [UInt8]
    let saltFile = try saltFromFile(args, env)
    let stable = saltFile != nil || args.value("salt") != nil
    if let saltFile {
      salt = saltFile
    } else if let given = args.value("salt") {
      guard !given.isEmpty else {
        throw UsageError.invalidValue(
          given, for: "--salt <salt>", command: name,
          hint: Hint(.caHintSalt))
      }
      salt = Array(given.utf8)
    } else {
      var generator = SystemRandomNumberGenerator()
      salt = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
    let context = try WorkspaceContext(options)
    if let period { PeriodInput.warnIfFuture(period, today: context.today, env) }
    // Checked before the work: never over one of the workspace's own files.
    let output = try args.value("output").map {
      try OutputFile.resolve($0, env: env, workspace: context.workspace, command: name)
    }

    let files = Loader.loadTrajectories(
      context.workspace.trajectoryPaths(), config: context.config, today: context.today,
      // Only errors matter here: the warning-only rules run when the privacy lint reports
      // errors (`privacy: {strict: true}`); fidelity never does.
      warnings: context.config.strictPrivacy, detail: .facts, display: { [env] in env.display($0) })
    env.keepUntilExit(files)
    // Left out: every file with an error, not only those that cannot be decoded (as the
    // reports do): a research data set gets no row whose values amigo knows to be wrong. It
    // goes to researchers, so, like `report --period`, it is not written without them unless
    // asked for; the export then counts them in its facts.
    let broken = LeftOutFiles(files) { $0.diagnostics.hasErrors || $0.trajectory == nil }
    if !broken.isEmpty && !args.flag("skip-invalid") {
      throw broken.refusal(.ccLeftExport, errors: true, env.language())
    }
    let usable = files.filter { !$0.diagnostics.hasErrors }.compactMap(\.trajectory)
    // Activity files with errors are left out too (a meeting naming a child without consent
    // gives no row), refused without --skip-invalid like trajectory files.
    let (activities, activityLeftOut) = ReportCommand.loadCheckedActivities(
      context.workspace, config: context.config, today: context.today, context.env,
      loaded: files.compactMap(\.trajectory))
    if !activityLeftOut.isEmpty && !args.flag("skip-invalid") {
      throw activityLeftOut.refusal(.ccLeftExport, errors: true, env.language())
    }
    ReportCommand.warnActivitiesLeftOut(activityLeftOut, env)
    let export = ResearchExport(
      trajectories: usable, activities: activities, config: context.config, period: period,
      salt: salt, stable: stable, today: context.today)
    var document = export.document(
      csv: format == .json
        ? nil
        : args.flag("measurements")
          ? .measurements : args.flag("outcomes") ? .outcomes : .trajectories)
    if !broken.isEmpty {
      // Their pseudonyms, never their ids: the export holds no id.
      document.facts += [
        Fact("left_out", "left_out", .int(broken.count)),
        Fact(
          "left_out_ids", "left_out_ids",
          .list(
            broken.files.map { export.pseudonym(Workspace.id(ofFile: $0.path)) }.sorted().map(
              Cell.text))),
      ]
    }
    let text = ReportRenderer.render(document, as: format, csvDelimiter: delimiter, bom: bom)

    if let output {
      try output.write(text, env: env)
    } else {
      env.stdout.write(text)
    }

    let rows = export.trajectories.count
    let ratings = document.facts.first { $0.key == "measurements" }?.value.display ?? "0"
    let language = env.language()
    /// `1 trajectory` / `3 trajectories` and the like, from the singular and plural entries.
    func count(_ n: String, _ one: Message, _ many: Message) -> String {
      n == "1" ? language.text(one) : language.text(many, n)
    }
    let trajectoriesText = count(String(rows), .cdExpTrajectory, .cdExpTrajectories)
    let ratingsText = count(ratings, .cdExpRating, .cdExpRatings)
    let outcomes = document.facts.first { $0.key == "outcome_measures" }?.value.display ?? "0"
    let outcomesText = count(outcomes, .cdExpMeasure, .cdExpMeasures)
    // What was written: CSV holds one of the two tables, JSON both.
    var summary = language.text(
      .cdExpExported,
      format == .json
        ? language.text(.cdExpAnd, trajectoriesText, ratingsText)
        : args.flag("measurements")
          ? language.text(.cdExpOf, ratingsText, trajectoriesText)
          : args.flag("outcomes")
            ? language.text(.cdExpOf, outcomesText, trajectoriesText) : trajectoriesText)
    if let period { summary += language.text(.cdExpOverlapping, period.name) }
    summary += language.text(stable ? .cdExpGivenSalt : .cdExpRandomSalt)
    env.stderr.write(summary + "\n")
    if export.withoutResearchConsent > 0 {
      let n = export.withoutResearchConsent
      env.stderr.write(
        (n == 1
          ? language.text(.cdExpNoConsentOne)
          : language.text(.cdExpNoConsentMany, String(n))) + "\n")
    }
    if salt.count < shortSalt {
      env.stderr.write(
        language.text(.ccWarningLine, language.text(.cdExpShortSalt, String(shortSalt))) + "\n")
    }
    if !broken.isEmpty {
      let files =
        broken.count == 1
        ? language.text(.cdOneFile) : language.text(.cdFiles, String(broken.count))
      let why = language.text(format == .json ? .cdExpInFacts : .cdExpCSVCannotSay)
      let warning = language.text(
        broken.count == 1 ? .cdExpBrokenOne : .cdExpBrokenMany, files, why, broken.paths)
      env.stderr.write(language.text(.ccWarningLine, warning) + "\n")
    }
    return .success
  }
}

extension ExportCommand {
  /// CSV, JSON or YAML: never folded to the terminal's width.
  static func writesText(_ arguments: ParsedArguments) -> Bool { false }
}
