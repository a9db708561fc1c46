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
      The CSV (UTF-8, or Excel's 'Unicode text'; ',', ';' or tabs between values; a
      header row) has the columns, in any order, with English or Dutch headers (letter
      case, accents, spaces and '-' aside):
        label (naam)                  the child's label, e.g. 'Sam B.'          required
        born (geboren)                year and month of birth, YYYY-MM          optional
        school                        school id or name from amigo.yaml         required
        worker (begeleider)           worker id or name from amigo.yaml         required
        referral (aanmelding)         referral date                             required
        start                         start date: the trajectory is active      optional
        sessions (gesprekken)         contacts held so far, a count             optional
        programme (programma)         programme id or name                      optional
        referred by (aangemeld door)  who referred: teacher, parent, …          optional
        consent (toestemming)         date the parents consented to support     optional
      Dates as 2026-09-15, 15-09-2026, 15-09-26 or 15-sep-2026. A missing programme or
      referrer is taken from --programme and --referred-by (or the workspace's only
      programme). Each file is marked 'imported: {date: TODAY, sessions: N}': the contacts
      before the import are a count, not invented dated sessions, and the norm for child
      talks counts from the import day, so back-dated trajectories raise no warnings for
      weeks before it. With --dry-run amigo shows every file it would write and writes
      nothing. Every problem is named by row and column with what to do; when any row has
      one, nothing is written. A row that matches a trajectory in the workspace (label,
      school and referral date) is a problem too: amigo never imports a child twice.
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
      guard let d = ((try? FileSystem.readInput(env.resolve(file))).map { Data($0) }) else {
        throw CommandError(
          message: env.language().text(.caCannotReadCheckPath, file), status: .noInput)
      }
      data = d
    }
    guard let text = CSVTable.text(of: data) else {
      throw CommandError(
        message: env.language().text(.caNotUTF8, file, String(CSVTable.firstLineNotUTF8(data))),
        status: .dataError)
    }
    let (table, unclosedQuoteRow) = CSVTable.parse(text)
    // A header alone, or only blank rows below it, imports nothing: say so, whatever line
    // ends the spreadsheet wrote.
    guard let header = table.first,
      table.dropFirst().contains(where: { !CSVTable.isBlank($0) })
    else {
      throw CommandError(
        message: env.language().text(.caNoRows, file), status: .dataError)
    }
    // Which column holds what.
    var index: [String: Int] = [:]
    var unknown: [String] = []
    var problems: [Problem] = []
    for (i, h) in header.enumerated() {
      let key = columnKey(h)
      if let c = columns.first(where: { $0.names.contains { columnKey($0) == key } }) {
        if let first = index[c.key] {
          // Two columns for one thing: amigo cannot tell which one holds the value.
          problems.append(
            Problem(
              row: 1, column: nil,
              text: language.text(
                .ciSameColumnTwice, CSVTable.columnName(first), header[first],
                CSVTable.columnName(i), h, c.key)))
        } else {
          index[c.key] = i
        }
      } else if !key.isEmpty {
        unknown.append(h)
      }
    }
    if let row = unclosedQuoteRow {
      problems.append(Problem(row: row, column: nil, text: language.text(.ciUnclosedQuote)))
    }
    if !unknown.isEmpty {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(
            unknown.count == 1 ? .ciUnknownColumn : .ciUnknownColumns,
            unknown.map { header in
              nearestName(header).map { language.text(.ciDidYouMean, header, $0) } ?? "'\(header)'"
            }.joined(separator: ", "),
            shownNames)))
    }
    for c in columns where c.required && index[c.key] == nil {
      problems.append(
        Problem(
          row: 1, column: nil,
          text: language.text(
            .ciNoColumn, c.key,
            SchemaDiagnostics.listJoined(
              c.names.map { "'\($0)'" }, language.code == "nl" ? "of" : "or"))))
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
    // Never the id of an erased trajectory either (`ErasedLedger`).
    var taken = IDAllocator.existingIDs(of: paths)
      .union(ErasedLedger.takenIDs(context.workspace))
    let existing = Loader.loadTrajectories(
      paths, config: config, today: today, warnings: false, detail: .facts,
      display: { [env] in env.display($0) }
    ).compactMap(\.trajectory)
    let header0 = NewChildCommand.languageServerLine(context.workspace, paths: paths)

    var planned: [(row: Int, id: String, path: String, text: String, label: String)] = []
    var seenRows: [String: Int] = [:]
    for (offset, cells) in table.dropFirst().enumerated() {
      let row = offset + 2
      if CSVTable.isBlank(cells) || row == unclosedQuoteRow { continue }
      func cell(_ key: String) -> String? {
        guard let i = index[key], i < cells.count else { return nil }
        let v = cells[i].trimming(CSVTable.space)
        return v.isEmpty ? nil : v
      }
      var rowProblems: [Problem] = []
      func problem(_ column: String, _ text: String) {
        rowProblems.append(Problem(row: row, column: column, text: text))
      }
      // A value right of the last header would be lost without a word.
      for i in header.count..<max(header.count, cells.count)
      where !cells[i].trimming(CSVTable.space).isEmpty {
        rowProblems.append(
          Problem(
            row: row, column: nil,
            text: language.text(
              .ciValueWithoutHeader, CSVTable.columnName(i),
              SafeText.shown(cells[i].trimming(CSVTable.space)))))
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
      if programme == nil, cell("programme") == nil, index["programme"] != nil {
        problem("programme", language.text(.ciNoProgrammeInRow))
      }
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
      } else if referrer == nil, index["referred-by"] != nil {
        problem(
          "referred-by",
          language.text(
            .ciNoReferrerInRow, Schemas.referrer.values.map(\.value).joined(separator: ", ")))
      }
      let referral = date("referral")
      if index["referral"] != nil && cell("referral") == nil {
        problem("referral", language.text(.ciNoReferral))
      }
      let start = date("start")
      let consent = date("consent")
      var sessions: Int?
      if let text = cell("sessions") {
        if let n = count(text), n >= 0, n <= 9999 {
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
        // A row is never left out without a word: without a problem of its own, a header
        // problem (a missing column) keeps it out, and that is reported already.
        problems += rowProblems
        continue
      }
      guard
        let id = NewChildCommand.allocate(
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
        var given = Consent()
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
            .ciWouldWrite, String(p.row), context.display(p.path), SafeText.shown(p.label))
            + "\n")
        for line in p.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
          env.stdout.write(line.isEmpty ? "\n" : "    " + line + "\n")
        }
      }
    }
    if !problems.isEmpty {
      let source = file == "-" ? language.text(.ciStandardInput) : file
      for p in problems.sorted(by: { $0.row < $1.row }) {
        env.stderr.write("amigo: \(source): \(SafeText.shown(p.line(language)))\n")
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
          .ccCreatedChild, p.id, SafeText.shown(p.label), context.display(p.path)) + "\n")
    }
    env.stdout.write(
      (planned.count == 1
        ? language.text(.ciImportedOne, today.description)
        : language.text(.ciImportedMany, String(planned.count), today.description)) + "\n")
    return .success
  }

  /// The Dutch name help shows beside a column's English one (`label (naam)`).
  static let dutchNames: [String: String] = [
    "label": "naam", "born": "geboren", "worker": "begeleider", "referral": "aanmelding",
    "sessions": "gesprekken", "programme": "programma", "referred-by": "aangemeld door",
    "consent": "toestemming",
  ]

  /// The columns as help lists them: `label (naam), born (geboren), school, …`.
  static var shownNames: String {
    columns.map { c in c.names[0] + (dutchNames[c.key].map { " (\($0))" } ?? "") }
      .joined(separator: ", ")
  }

  /// The accepted name an unknown header is a typo of (`begeleidster`: `begeleider`), if any.
  static func nearestName(_ header: String) -> String? {
    let names = columns.flatMap(\.names)
    let key = columnKey(header)
    guard !key.isEmpty, let near = Suggestions.nearest(key, in: names.map(columnKey)) else {
      return nil
    }
    return names.first { columnKey($0) == near }
  }

  /// A header cell as amigo compares it with the column names: letter case, accents,
  /// spaces, `_` and `-` aside (`Aanmeld-datum`, `aanmelddatum` and `Aanmeld datum` are one).
  static func columnKey(_ header: String) -> String {
    foldForMatching(header.trimming(CSVTable.space)).filter { $0 != "-" && $0 != " " }
  }

  /// A count as a spreadsheet may save it: `12`, or `12,0` / `12.00` from a cell formatted
  /// with one or two decimals (a fraction other than zero is not a count, and `1.000` is a
  /// thousand written Dutch-style, not one).
  static func count(_ text: String) -> Int? {
    if let n = Int(text) { return n }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).flatMap {
      $0.split(separator: ".", omittingEmptySubsequences: false)
    }
    guard parts.count == 2, (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0 == "0" })
    else {
      return nil
    }
    return Int(parts[0])
  }

  /// `2026-09-15`, and day first as Dutch spreadsheets write it: `15-09-2026`, `15/09/2026`,
  /// `15.09.2026`, with a two-digit year (`15-09-26`, LibreOffice's short date) or the month
  /// as a word (`15-sep-26`, `15 sep. 2026`, `15 september 2026`, Dutch or English);
  /// `2026/09/15` too.
  static func parseDate(_ text: String) -> LocalDate? {
    if let d = LocalDate(text) { return d }
    let parts = text.lowercased().split {
      $0 == "-" || $0 == "/" || $0 == "." || $0 == " "
    }
    // No stray separator around it (`-1-1-2026`, `+1-1-2026`, `1-1-2026-`).
    guard parts.count == 3, text.first?.isLetter == true || text.first?.isNumber == true,
      text.last?.isNumber == true
    else { return nil }
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    let (first, last) = parts[0].count == 4 ? (parts[2], parts[0]) : (parts[0], parts[2])
    guard first.count <= 2, first.allSatisfy(\.isASCIIDigit), let day = Int(first),
      let month = month(parts[1]),
      let year = year(last)
    else { return nil }
    return LocalDate(pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2))
  }

  /// `04-2016`, `4/2016`, `04-16` or `apr-16`.
  static func monthFirst(_ text: String) -> YearMonth? {
    let parts = text.lowercased().split {
      $0 == "-" || $0 == "/" || $0 == "." || $0 == " "
    }
    guard parts.count == 2, let m = month(parts[0]), let y = year(parts[1]) else { return nil }
    return YearMonth(year: y, month: m)
  }

  /// A year of four digits, or of two (`26`: 2026; amigo records no child's date before 2000).
  private static func year(_ text: Substring) -> Int? {
    guard text.count == 4 || text.count == 2, text.allSatisfy(\.isASCIIDigit), let y = Int(text)
    else { return nil }
    return text.count == 2 ? 2000 + y : y
  }

  /// A month as a number (`9`, `09`) or a word, Dutch or English, in full or shortened to
  /// three letters or more (`sep`, `sept`, `mrt`, `okt`, `oct`, `mei`, `may`).
  private static func month(_ text: Substring) -> Int? {
    if text.count <= 2 { return text.allSatisfy(\.isASCIIDigit) ? Int(text) : nil }
    let word = String(text)
    if word == "mrt" { return 3 }
    guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
    for (i, names) in monthNames.enumerated() where names.contains(where: { $0.hasPrefix(word) }) {
      return i + 1
    }
    return nil
  }

  private static let monthNames: [[String]] = [
    ["januari", "january"], ["februari", "february"], ["maart", "march"], ["april"],
    ["mei", "may"], ["juni", "june"], ["juli", "july"], ["augustus", "august"],
    ["september"], ["oktober", "october"], ["november"], ["december"],
  ]
}

/// RFC 4180 CSV with ',', ';' or a tab between values (whichever the header row uses most
/// outside quotes), as spreadsheets save it.
enum CSVTable {
  /// What a cell may have around its value: spaces, tabs and the no-break space a copy from
  /// a web page or a document brings along.
  static let space = " \t\u{00A0}"

  /// A column as a spreadsheet names it, with its number: `F (6)`.
  static func columnName(_ index: Int) -> String {
    var letters = ""
    var n = index + 1
    while n > 0 {
      let r = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + r))) + letters
      n = (n - 1) / 26
    }
    return "\(letters) (\(index + 1))"
  }

  /// True when a row holds nothing but empty cells (a blank line, or `;;;` below the data).
  static func isBlank(_ row: [String]) -> Bool {
    row.allSatisfy { $0.trimming(space).isEmpty }
  }

  /// The text of a CSV file (`TextFile.decode`): Windows-1252, the encoding of Excel's plain
  /// "CSV", is refused rather than guessed, so no wrong letter is ever written into a file.
  static func text(of data: Data) -> String? { TextFile.decode(data) }

  /// The number of the first line that is not UTF-8 (1 when the file is UTF-16 that is not
  /// right), so that the user finds the name with the letter the spreadsheet wrote otherwise.
  static func firstLineNotUTF8(_ data: Data) -> Int {
    let bytes = [UInt8](data)
    var line = 1
    var start = 0
    for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
      if String(data: Data(bytes[start..<i]), encoding: .utf8) == nil { return line }
      line += 1
      start = i + 1
    }
    return 1
  }

  /// The rows of a CSV text, and the row (1-based) whose quoted value is never closed: it
  /// runs to the end of the text, taking every row after it along. A first line `sep=;`
  /// (which Excel reads as the delimiter and does not show) names the delimiter and is no row.
  static func parse(_ text: String) -> (rows: [[String]], unclosedQuoteRow: Int?) {
    var text = Substring(text)
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    let delimiter: Character
    if firstLine.count == 5, firstLine.lowercased().hasPrefix("sep="), let d = firstLine.last {
      delimiter = d
      text = text.dropFirst(firstLine.count).drop { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    } else {
      var counts: [Character: Int] = [:]
      var quoted = false
      for c in firstLine {
        if c == "\"" { quoted.toggle() }
        if !quoted && (c == ";" || c == "," || c == "\t") { counts[c, default: 0] += 1 }
      }
      // The most used; a tie keeps the order ',', ';', tab.
      delimiter =
        [",", ";", "\t"].max {
          counts[$0, default: 0] < counts[$1, default: 0]
        } ?? ","
    }
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var chars = Array(text)
    if let last = chars.last, last != "\n" && last != "\r\n" && last != "\r" {
      chars.append("\n")
    }
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
    if inQuotes {
      rows.append(row + [field])
      return (rows, rows.count)
    }
    return (rows, nil)
  }
}

extension Character {
  /// `0` to `9` only (not `٣` or `３`, which `isNumber` takes too).
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
