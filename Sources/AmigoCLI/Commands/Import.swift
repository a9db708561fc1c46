import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo import caseload.csv [--dry-run]`: a running caseload from a spreadsheet, one new
/// trajectory file per row, all or nothing.
enum ImportCommand: Command {
  static let spec = CommandSpec(
    name: "import",
    abstract: "Import a running caseload from a spreadsheet (CSV), one trajectory per row.",
    discussion: """
      The CSV (UTF-8, ',' or ';' between values, a header row) has the columns, in any order,
      with English or Dutch headers (letter case and accents aside):
        label (naam)                  the child's label, e.g. 'Sam B.'          required
        born (geboren)                year and month of birth, YYYY-MM          optional
        school                        school id or name from amigo.yaml         required
        worker (begeleider)           worker id or name from amigo.yaml         required
        referral (aanmelding)         referral date                             required
        start                         start date: the trajectory is active      optional
        sessions (gesprekken)         contacts held so far, a count             optional
        programme (programma)         programme id or name                      optional
        referred by (aangemeld door)  who referred: teacher, parents, …         optional
        consent (toestemming)         date the parents consented to support     optional
      Dates as 2026-09-15 or 15-09-2026. A missing programme or referrer is taken from
      --programme and --referred-by (or the workspace's only programme). Each file is marked
      'imported: {date: TODAY, sessions: N}': the contacts before the import are a count, not
      invented dated sessions, and the norm for child talks counts from the import day, so
      back-dated trajectories raise no warnings for weeks before it. With --dry-run amigo shows
      every file it would write and writes nothing. Every problem is named by row and column
      with what to do; when any row has one, nothing is written. A row that matches a
      trajectory in the workspace (label, school and referral date) is a problem too: amigo
      never imports a child twice.
      """,
    examples: [
      "amigo import caseload.csv --dry-run",
      "amigo import caseload.csv --programme amigos-op-school --referred-by teacher",
    ],
    arguments: [ArgumentSpec("file", help: "The CSV file ('-': standard input).")],
    options: [
      OptionSpec("dry-run", short: "n", help: "Show the files and problems; write nothing."),
      OptionSpec(
        "programme", value: "programme", help: "The programme of rows without one."),
      OptionSpec(
        "referred-by", value: "referrer", values: .values(Schemas.referrer),
        help: "Who referred, for rows without a referrer."),
      .today, .dir,
    ])

  /// The columns: key, the header names amigo accepts (folded), required.
  static let columns: [(key: String, names: [String], required: Bool)] = [
    ("label", ["label", "naam", "label kind", "kind", "child"], true),
    ("born", ["born", "geboren", "geboortemaand", "birth month", "geboortedatum"], false),
    ("school", ["school"], true),
    ("worker", ["worker", "begeleider", "medewerker", "coach"], true),
    (
      "referral",
      ["referral", "referral date", "referred", "aanmelding", "aanmelddatum", "datum aanmelding"],
      true
    ),
    ("start", ["start", "start date", "startdatum", "gestart"], false),
    (
      "sessions",
      [
        "sessions", "sessions held", "sessions held so far", "contacts", "gesprekken",
        "aantal gesprekken", "gesprekken gehouden", "contacten",
      ], false
    ),
    ("programme", ["programme", "program", "programma"], false),
    ("referred-by", ["referred by", "referrer", "aangemeld door", "verwijzer"], false),
    ("consent", ["consent", "toestemming", "consent date", "datum toestemming"], false),
  ]

  struct Problem {
    let row: Int
    let column: String?
    let text: String
    func line(_ language: Language) -> String {
      column.map { language.text(.ciRowColumn, String(row), $0, text) }
        ?? language.text(.ciRow, String(row), text)
    }
  }

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let file = args.positionals[0]
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let language = env.language()
    let config = context.config
    let today = context.today
    let data: Data
    if file == "-" {
      data = try env.readStandardInput()
    } else {
      guard let d = FileManager.default.contents(atPath: env.resolve(file)) else {
        throw CommandError(
          message: env.language().text(.caCannotReadCheckPath, file), status: .noInput)
      }
      data = d
    }
    guard var text = String(data: data, encoding: .utf8) else {
      throw CommandError(
        message: env.language().text(.caNotUTF8, file),
        status: .dataError)
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let table = CSVTable.parse(text)
    guard let header = table.first, table.count > 1 else {
      throw CommandError(
        message: env.language().text(.caNoRows, file), status: .dataError)
    }
    // Which column holds what.
    var index: [String: Int] = [:]
    var unknown: [String] = []
    for (i, h) in header.enumerated() {
      let key = foldForMatching(h.trimming(" \t")).replacingOccurrences(of: "_", with: " ")
        .replacingOccurrences(of: "-", with: " ")
      if let c = columns.first(where: { $0.names.contains(key) }) {
        index[c.key] = i
      } else if !key.isEmpty {
        unknown.append(h)
      }
    }
    var problems: [Problem] = []
    if !unknown.isEmpty {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(
            unknown.count == 1 ? .ciUnknownColumn : .ciUnknownColumns,
            unknown.map { "'\($0)'" }.joined(separator: ", "),
            columns.map(\.key).joined(separator: ", "))))
    }
    for c in columns where c.required && index[c.key] == nil {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(.ciNoColumn, c.key, c.names[1])))
    }
    let defaultProgramme =
      try args.value("programme").map {
        try ConfigReference.resolve(
          $0, in: ConfigReference.programmes(config), option: "--programme <programme>",
          what: "programmes", command: name)
      } ?? (config.programmes.count == 1 ? config.programmes[0].id : nil)
    let defaultReferrer = try args.value("referred-by").map { text -> String in
      guard let v = spec.enumeration("referred-by").resolve(text) else {
        throw UsageError.invalidValue(
          text, for: "--referred-by <referrer>", command: name,
          hint: Hint(
            .caHintReferrer, Schemas.referrer.values.map(\.value).joined(separator: ", "))
        )
      }
      return v
    }
    if index["programme"] == nil && defaultProgramme == nil {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(.ciSeveralProgrammes)))
    }
    if index["referred-by"] == nil && defaultReferrer == nil {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(.ciNoReferrer)))
    }

    // The existing files, to refuse a child imported twice and to draw free ids.
    let paths = context.workspace.trajectoryPaths()
    var taken = IDAllocator.existingIDs(of: paths)
    let existing = Loader.loadTrajectories(
      paths, config: config, today: today, warnings: false, detail: .facts,
      display: { [env] in env.display($0) }
    ).compactMap(\.trajectory)
    let header0 = NewChild.languageServerLine(context.workspace, paths: paths)

    var planned: [(row: Int, id: String, path: String, text: String, label: String)] = []
    var seenRows: [String: Int] = [:]
    for (offset, cells) in table.dropFirst().enumerated() {
      let row = offset + 2
      if cells.allSatisfy({ $0.trimming(" \t").isEmpty }) { continue }
      func cell(_ key: String) -> String? {
        guard let i = index[key], i < cells.count else { return nil }
        let v = cells[i].trimming(" \t")
        return v.isEmpty ? nil : v
      }
      var rowProblems: [Problem] = []
      func problem(_ column: String, _ text: String) {
        rowProblems.append(Problem(row: row, column: column, text: text))
      }
      func date(_ key: String) -> LocalDate? {
        guard let text = cell(key) else { return nil }
        guard let d = parseDate(text) else {
          problem(key, language.text(.ciNotADate, text))
          return nil
        }
        if d > today { problem(key, language.text(.ciFuture, d.description)) }
        return d
      }
      let label = cell("label") ?? ""
      if index["label"] != nil && label.isEmpty {
        problem("label", language.text(.ciNoLabel))
      }
      var born: YearMonth?
      if let text = cell("born") {
        if LocalDate(text) != nil || parseDate(text) != nil {
          problem("born", language.text(.ciBornFullDate, text))
        } else if let b = YearMonth(text) ?? monthFirst(text) {
          born = b
        } else {
          problem("born", language.text(.ciBornShape, text))
        }
      }
      func reference(_ key: String, _ items: [ConfigReference], _ what: Message) -> String? {
        guard let text = cell(key) else {
          if index[key] != nil {
            problem(key, language.text(.ciEmptyReference, language.text(what)))
          }
          return nil
        }
        guard let id = ConfigReference.match(text, in: items) else {
          problem(
            key,
            language.text(
              .ciUnknownReference, text, language.text(what),
              items.map(\.id).joined(separator: ", ")))
          return nil
        }
        return id
      }
      let school = reference("school", ConfigReference.schools(config), .ciSchool)
      let worker = reference("worker", ConfigReference.workers(config), .ciWorker)
      let programme =
        cell("programme") == nil
        ? defaultProgramme
        : reference(
          "programme", ConfigReference.programmes(config), .ciProgramme)
      var referrer = defaultReferrer
      if let text = cell("referred-by") {
        referrer = Schemas.referrer.resolve(text)
        if referrer == nil {
          problem(
            "referred-by",
            language.text(
              .ciNotAReferrer, text,
              Schemas.referrer.values.map(\.value).joined(separator: ", ")))
        }
      }
      let referral = date("referral")
      if index["referral"] != nil && cell("referral") == nil {
        problem("referral", language.text(.ciNoReferral))
      }
      let start = date("start")
      let consent = date("consent")
      var sessions: Int?
      if let text = cell("sessions") {
        if let n = Int(text), n >= 0, n <= 9999 {
          sessions = n
        } else {
          problem("sessions", language.text(.ciNotACount, text))
        }
      }
      if let referral, let start, start < referral {
        problem(
          "start",
          language.text(.ciStartBeforeReferral, start.description, referral.description))
      }
      if let sessions, sessions > 0, start == nil {
        problem("start", language.text(.ciNoStart, String(sessions)))
      }
      if let worker, let w = config.worker(worker), let end = w.end, end < today {
        problem(
          "worker",
          language.text(.ciWorkerLeft, worker, end.description))
      }
      if let school, let referral {
        let key = foldForMatching(label) + "|" + school + "|" + referral.description
        if let t = existing.first(where: {
          foldForMatching($0.child.label) == foldForMatching(label) && $0.school == school
            && $0.referral?.date == referral
        }) {
          problem("label", language.text(.ciAlreadyThere, label, t.id))
        } else if let other = seenRows[key] {
          problem("label", language.text(.ciSameChild, String(other)))
        } else {
          seenRows[key] = row
        }
      }
      guard rowProblems.isEmpty, let school, let worker, let programme, let referrer,
        let referral
      else {
        problems += rowProblems
        continue
      }
      guard
        let id = NewChild.allocate(
          prefix: config.idPrefix, year: referral.year, env: env,
          isTaken: { taken.contains($0.uppercased()) })
      else {
        problems.append(
          Problem(
            row: row, column: nil, text: language.text(.ciNoFreeId, String(referral.year))))
        continue
      }
      taken.insert(id.uppercased())
      var trajectory = Trajectory()
      trajectory.id = id
      (trajectory.programme, trajectory.school) = (programme, school)
      (trajectory.worker, trajectory.status) = (worker, start == nil ? .referred : .active)
      (trajectory.child.label, trajectory.child.born) = (label, born)
      var referralValue = Referral()
      (referralValue.date, referralValue.by) = (referral, referrer)
      trajectory.referral = referralValue
      if let consent {
        var given = AmigoSchema.Consent()
        (given.date, given.givenBy, given.scope) = (consent, ["parents"], ["support"])
        trajectory.consent = [given]
      }
      trajectory.plan.start = start
      var mark = Imported()
      (mark.date, mark.sessions) = (today, sessions)
      trajectory.imported = mark
      let fileText: String
      do {
        fileText = try Store.text(of: trajectory, header: header0)
      } catch {
        throw CommandError(
          message: env.language().text(.caInternalError, "\(error)"), status: .software)
      }
      // The safety net: the file as amigo would read it.
      let diagnostics = FileCheck.trajectory(
        text: fileText, fileName: id, config: config, today: today
      ).1.diagnostics
      let errors = diagnostics.filter { $0.severity == .error }
      if !errors.isEmpty {
        for d in errors {
          problems.append(
            Problem(row: row, column: nil, text: "\(d.message(language.code)) [\(d.code)]"))
        }
        continue
      }
      let path = context.workspace.trajectoriesPath + "/" + id + ".yaml"
      planned.append((row, id, path, fileText, label))
    }

    let dry = args.flag("dry-run")
    if dry {
      for p in planned {
        env.stdout.write(
          language.text(
            .ciWouldWrite, String(p.row), context.display(p.path), SafeText.oneLine(p.label))
            + "\n")
        for line in p.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
          env.stdout.write(line.isEmpty ? "\n" : "    " + line + "\n")
        }
      }
    }
    if !problems.isEmpty {
      let source = file == "-" ? language.text(.ciStandardInput) : file
      for p in problems.sorted(by: { $0.row < $1.row }) {
        env.stderr.write("amigo: \(source): \(SafeText.oneLine(p.line(language)))\n")
      }
      throw CommandError(
        message: env.language().text(
          problems.count == 1 ? .caImportProblem : .caImportProblems, file,
          String(problems.count)),
        status: .dataError)
    }
    if dry {
      env.stdout.write(
        (planned.count == 1
          ? language.text(.ciDryRunOne) : language.text(.ciDryRun, String(planned.count))) + "\n")
      return .success
    }
    // All or nothing: a file that cannot be written takes the ones written before it away.
    var written: [String] = []
    for p in planned {
      do {
        _ = try Store.create(
          p.path, display: context.display(p.path), text: p.text, in: context.workspace,
          config: config, today: today)
        written.append(p.path)
      } catch let error as ChangeError {
        for path in written { try? FileManager.default.removeItem(atPath: path) }
        var e = DiagnosticsError(error, context.env.language())
        e.message = context.env.language().text(.ccNothingImported, e.message)
        throw e
      }
    }
    for p in planned {
      env.stdout.write(
        language.text(
          .ccCreatedChild, p.id, SafeText.oneLine(p.label), context.display(p.path)) + "\n")
    }
    env.stdout.write(
      (planned.count == 1
        ? language.text(.ciImportedOne, today.description)
        : language.text(.ciImportedMany, String(planned.count), today.description)) + "\n")
    return .success
  }

  /// `2026-09-15`, `15-09-2026`, `15/09/2026` or `15.09.2026` (day first, as Dutch
  /// spreadsheets write it).
  static func parseDate(_ text: String) -> LocalDate? {
    if let d = LocalDate(text) { return d }
    let parts = text.split(omittingEmptySubsequences: false) {
      $0 == "-" || $0 == "/" || $0 == "."
    }
    guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]),
      let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return LocalDate(pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2))
  }

  /// `04-2016` or `4/2016`.
  static func monthFirst(_ text: String) -> YearMonth? {
    let parts = text.split { $0 == "-" || $0 == "/" || $0 == "." }
    guard parts.count == 2, parts[1].count == 4, let m = Int(parts[0]), let y = Int(parts[1])
    else { return nil }
    return YearMonth(year: y, month: m)
  }
}

/// RFC 4180 CSV with ',' or ';' between values (whichever the header row uses outside quotes).
enum CSVTable {
  static func parse(_ text: String) -> [[String]] {
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    var semicolons = 0
    var commas = 0
    var quoted = false
    for c in firstLine {
      if c == "\"" { quoted.toggle() }
      if !quoted && c == ";" { semicolons += 1 }
      if !quoted && c == "," { commas += 1 }
    }
    let delimiter: Character = semicolons > commas ? ";" : ","
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var chars = Array(text)
    if chars.last != "\n" { chars.append("\n") }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if inQuotes {
        if c == "\"" {
          if i + 1 < chars.count && chars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        inQuotes = true
      } else if c == delimiter {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r" || c == "\r\n" {
        if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" { i += 1 }
        row.append(field)
        field = ""
        rows.append(row)
        row = []
      } else {
        field.append(c)
      }
      i += 1
    }
    return rows
  }
}
