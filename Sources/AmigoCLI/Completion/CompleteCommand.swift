import AmigoSchema
import AmigoStore
import Foundation

/// `amigo _complete -- WORD…`: what may follow the words typed after `amigo` (the last one
/// complete), one `word<TAB>description` a line, for the scripts `amigo completions` writes.
/// Reads the workspace (`--dir` among the words, `$AMIGO_DIR`, or the nearest) only for child,
/// school, worker and programme ids and a workspace's own list values; never prints an error.
enum CompleteCommand: Command {
  static let spec = CommandSpec(
    name: "_complete", abstract: "Completion candidates for a shell (used by 'amigo completions').",
    arguments: [
      ArgumentSpec("words", optional: true, variadic: true, help: "The words typed so far.")
    ])

  static func writesText(_ arguments: ParsedArguments) -> Bool { false }

  static func run(_ arguments: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let words = arguments.positionals
    let source = source(after: words)
    var workspace: Workspace?
    switch source {
    case .none, .words, .commands, .files, .folders: break
    default: workspace = Self.workspace(words, env)
    }
    let language =
      workspace.flatMap { Loader.loadConfig($0, display: { $0 }).0 }
      .map { $0.language == "en" ? "en" : "nl" } ?? "en"
    var out = ""
    for (word, description) in source.candidates(workspace, language: language) {
      let clean = SafeWord.clean(word)
      guard !clean.isEmpty else { continue }
      let text = SafeWord.clean(description)
      out += clean + (text.isEmpty ? "" : "\t" + text) + "\n"
    }
    env.stdout.write(out)
    return .success
  }

  /// What the next word after `words` is, by the command's spec.
  static func source(after words: [String]) -> CompletionSource {
    guard let name = words.first else { return .commands }
    guard let command = Amigo.commands.first(where: { $0.spec.name == name }) else {
      return .none
    }
    let spec = command.spec
    var positionals = 0
    var i = 1
    var onlyPositionals = false
    while i < words.count {
      let word = words[i]
      i += 1
      if !onlyPositionals && word == "--" {
        onlyPositionals = true
        continue
      }
      if !onlyPositionals && word.hasPrefix("-") && word != "-" {
        let option: OptionSpec? =
          word.hasPrefix("--")
          ? spec.option(named: String(word.dropFirst(2)))
          : word.count == 2 ? spec.option(short: word.last!) : nil
        guard let option, !option.isFlag, !word.contains("=") else { continue }
        if i == words.count { return CompletionSource.option(option.name, command: name) }
        if option.optionalValue && words[i].hasPrefix("-") { continue }
        i += 1
        continue
      }
      positionals += 1
    }
    guard !spec.arguments.isEmpty else { return .none }
    let index = min(positionals, spec.arguments.count - 1)
    let argument = spec.arguments[index]
    if positionals >= spec.arguments.count && !argument.variadic { return .none }
    // `group join GROUP CHILD…`: children after the group.
    if name == "group" && argument.name == "names" && positionals > 1 { return .children }
    return CompletionSource.argument(argument.name, command: name)
  }

  /// The workspace the words name with `--dir`, else `$AMIGO_DIR` or the nearest; nil when
  /// there is none.
  static func workspace(_ words: [String], _ env: Environment) -> Workspace? {
    var dir: String?
    if let i = words.firstIndex(of: "--dir"), i + 1 < words.count {
      dir = words[i + 1]
    } else if let word = words.first(where: { $0.hasPrefix("--dir=") }) {
      dir = String(word.dropFirst(6))
    }
    return try? CommonOptions.workspace(dir: dir, env)
  }
}

/// Words for a shell: one line, no tabs or control characters.
enum SafeWord {
  static func clean(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\t" }))
  }
}
