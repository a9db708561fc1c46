import AmigoSchema

/// A named option: `--name value`, `--name=value`, `-n value`, or a flag `--name`.
struct OptionSpec: Sendable {
  let name: String
  let short: Character?
  /// The value's name in help (`<date>`); nil for a flag.
  let valueName: String?
  let help: String
  let repeatable: Bool
  /// The value may be left out (`--week` or `--week 47`); a following token that starts with
  /// `-` is not taken as its value. Left out, the value is "".
  let optionalValue: Bool
  /// What the value can be (an enumeration, a list of words, an id of the workspace), when
  /// declared: the command's parser reads an enumeration from here (`CommandSpec.enumeration`)
  /// and shell completion offers it, so the two cannot drift apart. Nil: by the option's name
  /// (`CompletionSource.option`), for ids, dates and paths only.
  let values: CompletionSource?
  /// The value is text that may span lines (a session note, a request): it may hold tabs and
  /// line breaks. Any other value is refused with one (`ArgumentParser.refuseControls`).
  let lines: Bool

  init(
    _ name: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false,
    optionalValue: Bool = false, values: CompletionSource? = nil, lines: Bool = false,
    help: String
  ) {
    self.lines = lines
    self.name = name
    self.short = short
    self.valueName = value
    self.help = help
    self.repeatable = repeatable
    self.optionalValue = optionalValue
    self.values = values
  }

  var isFlag: Bool { valueName == nil }

  /// `--date <date>` or `--strict`
  var synopsis: String {
    "--\(name)" + (valueName.map { optionalValue ? " [<\($0)>]" : " <\($0)>" } ?? "")
  }

  // Shared options.
  static let dir = OptionSpec(
    "dir", value: "folder", values: .folders,
    help: "The workspace folder (default: the nearest folder with amigo.yaml; or $AMIGO_DIR).")
  static let today = OptionSpec(
    "today", value: "date",
    help: "Pin the date that counts as today (YYYY-MM-DD), for reproducible output.")
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  let name: String
  let help: String
  let optional: Bool
  let variadic: Bool
  /// The argument is text written into a file (what a meeting agreed), not a name or a path:
  /// its control characters are refused (`ArgumentParser.refuseControls`); tabs and line
  /// breaks when `lines` is false.
  let text: Bool
  let lines: Bool

  init(
    _ name: String, optional: Bool = false, variadic: Bool = false, text: Bool = false,
    lines: Bool = false, help: String
  ) {
    self.text = text
    self.lines = lines
    self.name = name
    self.help = help
    self.optional = optional
    self.variadic = variadic
  }

  var synopsis: String {
    let base = "<\(name)>" + (variadic ? " ..." : "")
    return optional ? "[\(base)]" : base
  }
}

/// Everything about a command's command line, declared next to the command.
struct CommandSpec: Sendable {
  let name: String
  let abstract: String
  var discussion: String = ""
  var examples: [String] = []
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []

  func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
  func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }

  /// The enumeration `--name` declares (`values: .values(…)` or `.vocabulary(…)`): what the
  /// command accepts and what completion offers. A command asking for one it does not declare
  /// is a programming error.
  func enumeration(_ name: String) -> EnumSpec {
    switch option(named: name)?.values {
    case .values(let spec)?, .vocabulary(let spec)?: return spec
    default: preconditionFailure("'\(self.name) --\(name)' declares no enumeration")
    }
  }

  var usage: String {
    var parts = ["amigo", name]
    if !options.isEmpty { parts.append("[<options>]") }
    parts += arguments.map(\.synopsis)
    return parts.joined(separator: " ")
  }

  /// The full help text: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, DISCUSSION, EXAMPLES.
  var help: String { help(width: nil) }

  /// The help text with option help wrapped at `width` (the terminal's; nil: at 100 columns).
  func help(width: Int?) -> String {
    let width = width ?? 100
    var s = "OVERVIEW: \(abstract)\n\nUSAGE: \(usage)\n"
    if !arguments.isEmpty {
      s += "\nARGUMENTS:\n"
      for a in arguments { s += HelpLayout.row("<\(a.name)>", a.help, width: width) }
    }
    s += "\nOPTIONS:\n"
    for o in options {
      let left = (o.short.map { "-\($0), " } ?? "") + o.synopsis
      s += HelpLayout.row(left, o.help, width: width)
    }
    s += HelpLayout.row("-h, --help", "Show help information.", width: width)
    if !discussion.isEmpty { s += "\n" + discussion + "\n" }
    if !examples.isEmpty {
      s += "\nEXAMPLES:\n"
      for e in examples { s += "  \(e)\n" }
    }
    return s
  }
}

extension EnumSpec {
  /// Only the values in `kept` (in this list's order), as a closed list.
  func restricted(to kept: [String]) -> EnumSpec {
    EnumSpec(name, values.filter { kept.contains($0.value) })
  }

  /// The values not in `left`, as a closed list.
  func restricted(excluding left: Set<String>) -> EnumSpec {
    EnumSpec(name, values.filter { !left.contains($0.value) })
  }
}

enum HelpLayout {
  /// `  left   help`, wrapping the help at `total` columns (the help column starts at 26, or
  /// at a third of a narrow terminal).
  static func row(_ left: String, _ help: String, width total: Int = 100) -> String {
    let width = min(26, total / 3)
    var current = "  " + left
    var out = ""
    if current.count >= width {
      // The help starts on a line of its own, which is wrapped from its own start.
      out = current + "\n"
      current = String(repeating: " ", count: width)
    } else {
      current += String(repeating: " ", count: width - current.count)
    }
    for word in help.split(separator: " ") {
      if current.count + word.count + 1 > total && current.count > width {
        out += current + "\n"
        current = String(repeating: " ", count: width)
      }
      current += (current.hasSuffix(" ") ? "" : " ") + word
    }
    return out + current + "\n"
  }
}

/// An action of a command that has several (`goal add`, `group meet`), with the options it
/// uses besides `--today` and `--dir`.
protocol CommandAction: RawRepresentable<String>, CaseIterable {
  var options: Set<String> { get }
}

extension CommandSpec {
  /// Refuses an option `action` does not use, flag or not, naming the actions that do: never
  /// silently ignored, and never mistaken for a bad value or a stray argument.
  func refuseOptions<Action: CommandAction>(
    notUsedBy action: Action, _ args: ParsedArguments
  ) throws {
    for option in options where !action.options.contains(option.name) {
      guard option.name != "today" && option.name != "dir" else { continue }
      guard option.isFlag ? args.flag(option.name) : args.value(option.name) != nil else {
        continue
      }
      throw UsageError.optionNotOfAction(
        "--\(option.name)", action: "\(name) \(action.rawValue)",
        users: Action.allCases.filter { $0.options.contains(option.name) }
          .map { "\(name) \($0.rawValue)" },
        command: name)
    }
  }
}
