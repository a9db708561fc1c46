/// `amigo help [command]`: the overview, or one command's help.
enum HelpCommand: Command {
  static let spec = CommandSpec(
    name: "help", abstract: "Show help for amigo or one of its commands.",
    arguments: [ArgumentSpec("command", optional: true, help: "The command to explain.")])

  static func overview(width: Int? = nil) -> String {
    var s = """
      OVERVIEW: amigo keeps child support trajectories as plain-text files in git.

      One readable YAML file per child trajectory (format \(Amigo.formatVersion)), checked
      against a schema, summarised in weekly and period reports.

      USAGE: amigo <command> [<options>]

      OPTIONS:
        -h, --help              Show help information.
        -V, --version           Show the version.

      COMMANDS:

      """
    for command in Amigo.commands where !command.spec.name.hasPrefix("_") {
      s += HelpLayout.row(command.spec.name, command.spec.abstract, width: width ?? 100)
    }
    s += "\n  See 'amigo help <command>' for detailed help.\n"
    return s
  }

  static func run(_ arguments: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    guard let name = arguments.positionals.first else {
      env.stdout.write(overview(width: env.stdout.lineWidth))
      return .success
    }
    guard let command = Amigo.commands.first(where: { $0.spec.name == name }) else {
      throw UsageError.unknownCommand(name, suggestion: Amigo.suggestion(for: name))
    }
    env.stdout.write(command.spec.help(width: env.stdout.lineWidth))
    return .success
  }
}
