import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo statement CHILD --file F`: the family's own statement, added to the file verbatim.
enum StatementCommand: Command {
  static let spec = CommandSpec(
    name: "statement",
    abstract: "Add the family's own statement about the record to a child's file.",
    discussion: """
      Parents, and the child from 12, may add their own statement to the record (AVG art. 16,
      WGBO art. 7:454), for instance when they disagree with what it says. The text of --file
      ('-': standard input) goes into the file's 'statements', dated (--date, default today)
      and by whom (--by parents, the default, or child), word for word as a '|' block:
      only trailing spaces and blank lines at the start and end go. The privacy lint does not
      check it: these are the family's own words. 'show' and 'export --record' show it;
      'erase' removes it with the file. When amigo refuses, the text is kept in a private
      recovery file and the message says where.
      """,
    examples: [
      "amigo statement K7Q4 --file verklaring.txt",
      "amigo statement 'Sam B.' --file - --by child --date 2026-11-18 < brief.txt",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "file", short: "f", value: "file", values: .files,
        help: "The statement as UTF-8 text ('-': standard input). Required."),
      OptionSpec(
        "by", value: "who", values: .values(Schemas.statementBy),
        help: "parents (default) or child; Dutch: ouders, kind."),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day it was given (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    guard let file = args.value("file") else {
      throw UsageError.missingArgument("--file <file>", command: name)
    }
    let by =
      try args.value("by").map {
        try OptionValues.enumValue($0, spec.enumeration("by"), option: "--by <who>", command: name)
      } ?? "parents"
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let data: Data
    if file == "-" {
      data = try env.readStandardInput()
    } else {
      guard let d = env.readInputFile(file) else {
        throw CommandError(
          message: env.language().text(.cbStatementUnreadable, file), status: .noInput)
      }
      data = d
    }
    guard let raw = TextFile.decode(data) else {
      throw CommandError(
        message: env.language().text(.cbStatementNotUTF8, file),
        status: .dataError)
    }
    let text = NoteInput.clean(raw)
    guard !text.isEmpty else {
      throw CommandError(
        message: env.language().text(.cbStatementEmpty, file), status: .dataError)
    }
    let path = try context.resolve(args.positionals[0])
    let result = try RecoveryFile.guarding(
      file == "-" ? text : nil, what: .ccKeptStatement,
      stem: "statement-" + Workspace.id(ofFile: path),
      reuse: { env.language().text(.ccReuseStatement, $0) },
      erased: { RecoveryFile.erased(Workspace.id(ofFile: path), in: context.workspace) }, env
    ) {
      try NoteInput.refuseControlCharacters(text, file: file, env)
      return try context.change(path) { editor, _ in
        // Multi-line text is written as a `|` block; a line break at the end makes a one-line
        // statement a block too, read back without it.
        try TrajectoryEdits.addStatement(&editor, date: date, by: by, text: text)
      }
    }
    let t = result.trajectory
    let language = env.language()
    let who = language.text(by == "child" ? .cdTheChild : .cdTheParents)
    let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
    let lines = count == 1 ? language.text(.cdLine) : language.text(.cdLines, String(count))
    env.stdout.write(
      language.text(.cdStatementAdded, who, date.description, t.id, lines) + "\n")
    context.printWarnings(result)
    return .success
  }
}
