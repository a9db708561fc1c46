import AmigoYAML
import Foundation

/// The command-line entry point. `main.swift` only calls `Amigo.run` and exits with its status.
public enum Amigo {
  /// amigo's version, printed by `amigo --version`.
  public static let version = "0.1.0-dev"

  /// The file format version this build reads and writes.
  public static let formatVersion = "amigo/1"

  /// Every command, in the order `amigo --help` lists them. Hidden commands start with `_`.
  static let commands: [any Command.Type] = [HelpCommand.self, YAMLJSONCommand.self]

  /// Runs amigo with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String], environment env: Environment) -> ExitStatus {
    do {
      guard let first = arguments.first else {
        env.stdout.write(HelpCommand.overview())
        return .success
      }
      switch first {
      case "--version", "-V":
        env.stdout.write("amigo \(version) (format \(formatVersion))\n")
        return .success
      case "--help", "-h", "help":
        return try HelpCommand.run(Array(arguments.dropFirst()), env)
      default:
        break
      }
      guard let command = commands.first(where: { $0.name == first }) else {
        throw UsageError.unknownCommand(first, suggestion: suggestion(for: first))
      }
      let rest = Array(arguments.dropFirst())
      if rest.contains("--help") || rest.contains("-h") {
        env.stdout.write(command.help)
        return .success
      }
      return try command.run(rest, env)
    } catch let error as UsageError {
      env.stderr.write("Error: \(error.message)\n  See 'amigo --help' for more information.\n")
      return .usage
    } catch let error as CommandError {
      env.stderr.write("amigo: \(error.message)\n")
      return error.status
    } catch {
      env.stderr.write("amigo: internal error: \(error)\n")
      return .software
    }
  }

  static func suggestion(for name: String) -> String? {
    let visible = commands.map { $0.name }.filter { !$0.hasPrefix("_") }
    let scored = visible.map { ($0, editDistance($0, name)) }.filter { $0.1 < 4 }
    return scored.min(by: { $0.1 < $1.1 })?.0
  }
}

/// One amigo command: a name, help text, and a function from arguments to an exit status.
protocol Command: Sendable {
  static var name: String { get }
  static var abstract: String { get }
  static var help: String { get }
  static func run(_ arguments: [String], _ env: Environment) throws -> ExitStatus
}

/// A mistake on the command line: printed with usage guidance, exit 64.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case missingArgument(String)
  case unexpectedArgument(String)
  case unknownOption(String)

  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      "Unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    case .missingArgument(let name): "Missing expected argument '<\(name)>'"
    case .unexpectedArgument(let arg): "Unexpected argument '\(arg)'"
    case .unknownOption(let opt): "Unknown option '\(opt)'"
    }
  }
}

/// A command failed for a reason that is not a usage mistake.
struct CommandError: Error {
  var message: String
  var status: ExitStatus
}

/// Levenshtein distance, for "Did you mean".
func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a)
  let y = Array(b)
  if x.isEmpty { return y.count }
  if y.isEmpty { return x.count }
  var previous = Array(0...y.count)
  var current = previous
  for i in 1...x.count {
    current[0] = i
    for j in 1...y.count {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  return previous[y.count]
}
