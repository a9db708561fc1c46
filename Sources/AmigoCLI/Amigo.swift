import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// The command-line entry point. `main.swift` only calls `Amigo.run` and exits with its status.
public enum Amigo {
  /// amigo's version, printed by `amigo --version`.
  public static let version = AmigoVersion.current

  /// The file format version this build reads and writes.
  public static let formatVersion = "amigo/1"

  /// Every command, in the order `amigo --help` lists them. Hidden commands start with `_`.
  static let commands: [any Command.Type] = [
    InitCommand.self, NewChildCommand.self, LogSessionCommand.self, GoalCommand.self,
    MeasureCommand.self, ConsentCommand.self,
    ShareCommand.self, MeldcodeCommand.self, ReferCommand.self, StartCommand.self,
    PauseCommand.self, ResumeCommand.self,
    MoveCommand.self,
    CloseCommand.self, StatementCommand.self, HandoverCommand.self, ImportCommand.self,
    ShowCommand.self, ListCommand.self, EditCommand.self,
    MeetingCommand.self, GroupCommand.self, AgreeCommand.self, ContactCommand.self,
    CoachCommand.self,
    FormatCommand.self, ReportCommand.self, ExportCommand.self, RetentionCommand.self,
    EraseCommand.self, ValidateCommand.self,
    GitSetupCommand.self, SyncCommand.self, HistoryCommand.self, ChangesCommand.self,
    MergeDriverCommand.self, HelpCommand.self,
    YAMLJSONCommand.self, PreCommitCommand.self, PreReceiveCommand.self, CompletionsCommand.self,
    CompleteCommand.self,
  ]

  /// Runs amigo with `arguments` (without the program name) and returns the exit status.
  ///
  /// When writing to standard output failed (a full disk, a closed pipe), the status is 74 and
  /// one line on standard error names the target; a closed pipe ends quietly (the reader has
  /// what it wanted, as `head` does).
  public static func run(_ arguments: [String], environment env: Environment) -> ExitStatus {
    let status = runCommand(arguments, env)
    guard let code = env.stdout.failure else { return status }
    if code != EPIPE {
      let target = env.stdout.target.map { " (\($0))" } ?? ""
      let language = UILanguage.of(arguments, env)
      let name =
        env.stdout.name == "standard output"
        ? language.text(.cdStandardOutput) : env.stdout.name
      env.stderr.write(
        language.text(
          .cdCannotWriteOutput, name, target, systemErrorText(code, language.code)) + "\n")
    }
    return .ioError
  }

  static func runCommand(_ arguments: [String], _ env: Environment) -> ExitStatus {
    let env = env.with { env in
      let plain = env
      let cache = UILanguage.Cache()
      let given = UILanguage.given(arguments)
      env.languageCache = cache
      env.language = { given ?? cache.get { UILanguage.of(arguments, plain) } }
    }
    // Text keeps to the terminal's width (`COLUMNS`, or the terminal's own); machine output
    // (JSON, CSV, YAML) never folds.
    let width = env.terminalWidth(of: env.stdout)
    env.stdout.lineWidth = width
    env.stderr.lineWidth = env.terminalWidth(of: env.stderr)
    do {
      guard let first = arguments.first else {
        env.stdout.write(HelpCommand.overview(width: width))
        return .success
      }
      switch first {
      case "--version", "-V":
        // `amigo --version extra` is a mistake, not a question (qa-walk p6).
        if arguments.count > 1 { throw UsageError.unexpectedArgument(arguments[1], command: "") }
        env.stdout.write("amigo \(version) (format \(formatVersion))\n")
        return .success
      case "--help", "-h":
        env.stdout.write(HelpCommand.overview(width: width))
        return .success
      default:
        break
      }
      guard let command = commands.first(where: { $0.spec.name == first }) else {
        throw UsageError.unknownCommand(first, suggestion: suggestion(for: first))
      }
      let rest = Array(arguments.dropFirst())
      let beforeTerminator = rest.prefix { $0 != "--" }
      if beforeTerminator.contains("--help") || beforeTerminator.contains("-h") {
        env.stdout.write(command.spec.help(width: width))
        return .success
      }
      let parsed = try ArgumentParser.parse(rest, spec: command.spec)
      if !command.writesText(parsed) { env.stdout.lineWidth = nil }
      // Waiting for another amigo's workspace lock is said, never a silent hang.
      let waiting: @Sendable (String) -> Void = { lock in
        env.stderr.write(env.language().text(.ccWaitingForLock, env.display(lock)) + "\n")
      }
      return try WorkspaceLock.withWaitHandler(waiting) {
        do {
          return try command.run(parsed, env)
        } catch let error as UsageError {
          // A value not in its option's list is said before a missing option or argument,
          // whatever order the command checks them in.
          switch error {
          case .missingValue, .missingArgument:
            throw OptionValues.invalidChoice(parsed, spec: command.spec) ?? error
          default: throw error
          }
        }
      }
    } catch let error as UsageError {
      // In the workspace's language (English outside a workspace).
      let language = env.language()
      var text = language.text(.error, error.message(language)) + "\n"
      if let name = error.command, let command = commands.first(where: { $0.spec.name == name }) {
        text +=
          language.text(.usageLine, command.spec.usage) + "\n  "
          + language.text(.seeCommandHelp, name) + "\n"
      } else {
        text += "  " + language.text(.seeHelp) + "\n"
      }
      env.stderr.write(SafeText.shownKeepingLines(text))
      return .usage
    } catch let error as DiagnosticsError {
      let renderer = DiagnosticRenderer(
        color: env.useColor(on: env.stderr), language: env.language().code)
      for d in error.diagnostics {
        env.stderr.write(renderer.render(d, source: error.source(of: d)))
      }
      env.stderr.write("amigo: " + SafeText.shownKeepingLines(error.message) + "\n")
      return error.status
    } catch let error as CommandError {
      // A value or a name quoted in the message shows its control characters as symbols.
      env.stderr.write("amigo: " + SafeText.shownKeepingLines(error.text(env.language())) + "\n")
      return error.status
    } catch {
      let language = env.language()
      env.stderr.write(
        "amigo: " + SafeText.shownKeepingLines(language.text(.caInternalError, language.say(error)))
          + "\n")
      return .software
    }
  }

  static func suggestion(for name: String) -> String? {
    CommandLineSuggestion.nearest(
      name, in: commands.map { $0.spec.name }.filter { !$0.hasPrefix("_") })
  }
}

/// One amigo command: its spec (name, help, options) and what it does with parsed arguments.
protocol Command: Sendable {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, _ env: Environment) throws -> ExitStatus
  /// True when the command writes text for people to standard output with `arguments` (it
  /// keeps to the terminal's width); false for JSON, CSV, Markdown, HTML or YAML.
  static func writesText(_ arguments: ParsedArguments) -> Bool
}

extension Command {
  static func writesText(_ arguments: ParsedArguments) -> Bool {
    (arguments.value("format") ?? "text") == "text"
  }
}

/// A mistake on the command line: printed with the usage line, exit 64.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, command: String, suggestion: String?)
  case missingArgument(String, command: String)
  case unexpectedArgument(String, command: String)
  /// An option of the command that the action given does not use (`goal add --follow-up`):
  /// `users` are the actions that do (`goal rate`).
  case optionNotOfAction(String, action: String, users: [String], command: String)
  /// `hint` says where the value could come from, when that is not obvious.
  case missingValue(String, command: String, hint: Hint? = nil)
  case unexpectedValue(String, command: String)
  case repeatedOption(String, command: String)
  case invalidValue(String, for: String, command: String, hint: Hint?)
  /// A value that is not one of an enumeration's: the hint lists the allowed values in the
  /// message's language (Dutch words first in Dutch).
  case invalidChoice(String, for: String, command: String, allowed: EnumSpec)
  case conflictingOptions(String, String, command: String)

  /// The message in English.
  var message: String { message(.en) }

  /// The message in `language`, from the catalogue (`Message`).
  func message(_ language: Language) -> String {
    func suggesting(_ suggestion: String?) -> String {
      suggestion.map { language.text(.didYouMean, $0) } ?? ""
    }
    // What the user typed is quoted as `SafeText.shown` shows it: on one line, its control
    // characters as symbols.
    let shown = SafeText.shown
    switch self {
    case .unknownCommand(let name, let suggestion):
      // `amigo --dir W list`, `amigo -x`: an option where the command belongs.
      if name.hasPrefix("-") {
        return language.text(.unknownOption, shown(name)) + language.text(.optionsAfterCommand)
      }
      return language.text(.unknownCommand, shown(name)) + suggesting(suggestion)
    case .unknownOption(let opt, _, let suggestion):
      return language.text(.unknownOption, shown(opt)) + suggesting(suggestion)
    case .missingArgument(let name, _): return language.text(.missingArgument, name)
    case .unexpectedArgument(let arg, _): return language.text(.unexpectedArgument, shown(arg))
    case .optionNotOfAction(let opt, let action, let users, _):
      let quoted = users.map { "'amigo \($0)'" }
      return users.isEmpty
        ? language.text(.optionNotOfAction, opt, action)
        : language.text(
          .optionNotOfActionUsedBy, opt, action,
          SchemaDiagnostics.listJoined(quoted, language.code == "nl" ? "en" : "and"))
    case .missingValue(let opt, _, let hint):
      return language.text(.missingValue, opt) + (hint.map { "\n" + $0.text(language) } ?? "")
    case .unexpectedValue(let opt, _): return language.text(.unexpectedValue, opt)
    case .repeatedOption(let opt, _): return language.text(.repeatedOption, opt)
    case .conflictingOptions(let a, let b, _):
      return language.text(.conflictingOptions, a, b)
    case .invalidValue(let value, let opt, _, let hint):
      return language.text(.invalidValue, shown(value), opt)
        + (hint.map { "\n" + $0.text(language) } ?? "")
    case .invalidChoice(let value, let opt, _, let spec):
      let near = CommandLineSuggestion.nearest(value, in: spec).map {
        language.text(.didYouMean, $0).trimming(" ") + " "
      }
      return language.text(.invalidValue, shown(value), opt) + "\n" + (near ?? "")
        + language.choices(spec)
    }
  }

  /// The command whose usage to show, if any.
  var command: String? {
    switch self {
    case .unknownCommand: nil
    case .unknownOption(_, let c, _), .missingArgument(_, let c), .unexpectedArgument(_, let c),
      .optionNotOfAction(_, _, _, let c),
      .missingValue(_, let c, _), .unexpectedValue(_, let c), .repeatedOption(_, let c),
      .invalidValue(_, _, let c, _), .invalidChoice(_, _, let c, _),
      .conflictingOptions(_, _, let c):
      c
    }
  }
}

/// A command failed for a reason that is not a usage mistake.
struct CommandError: Error {
  var message: String
  var status: ExitStatus
  /// The catalogue entry and its arguments, when made with `init(_:_:status:)`.
  var entry: (Message, [String])?
  /// The `errno` whose reason ends the entry's arguments, in the language printed.
  var systemError: Int32?

  init(message: String, status: ExitStatus) {
    self.message = message
    self.status = status
  }
}
