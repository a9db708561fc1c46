import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// What a command-line word can be, for shell completion (`amigo completions`, `amigo
/// _complete`): declared once here per option and argument name, read from the command specs.
enum CompletionSource: Sendable {
  /// Nothing to offer (free text, numbers).
  case none
  /// These words (with a description each, possibly empty).
  case words([(String, String)])
  /// An enumeration's values (English) and Dutch input words: the built-in list.
  case values(EnumSpec)
  /// An open list's values and Dutch words with the workspace's own (`vocabularies:` in
  /// amigo.yaml, `Config.vocabulary`).
  case vocabulary(EnumSpec)
  /// Instrument ids declared in amigo.yaml.
  case instruments
  case children, schools, workers, programmes, groups, commands
  case files, folders

  /// What the value of `--option` of `command` is: what the option declares (`OptionSpec.values`,
  /// which the command's parser reads too), else by its name for workspace ids, dates and paths.
  /// An enumeration is never guessed from a name: `refer --status` is not a trajectory status.
  static func option(_ option: String, command: String) -> CompletionSource {
    let spec = Amigo.commands.first { $0.spec.name == command }?.spec
    if let declared = spec?.option(named: option)?.values { return declared }
    switch option {
    case "children", "present", "absent", "excused", "child": return .children
    case "school": return .schools
    case "worker": return .workers
    case "programme": return .programmes
    case "date", "referral-date", "since", "today":
      return .words(
        ["today", "yesterday", "vandaag", "gisteren"].map { ($0, "") })
    case "output", "note-file": return .files
    case "dir": return .folders
    default: return .none
    }
  }

  /// What the positional argument `name` of `command` is.
  static func argument(_ name: String, command: String) -> CompletionSource {
    switch (command, name) {
    case ("goal", "action"):
      return .words(
        GoalCommand.Action.allCases.map { ($0.rawValue, "") }
          + GoalCommand.Action.aliases.keys.sorted().map {
            ($0, GoalCommand.Action.aliases[$0]!.rawValue)
          })
    case ("group", "action"):
      return .words([
        ("new", ""), ("join", ""), ("meet", ""), ("nieuw", "new"), ("doe-mee", "join"),
        ("bijeenkomst", "meet"),
      ])
    case ("group", "names"): return .groups
    case ("completions", "shell"):
      return .words(CompletionScripts.Shell.allCases.map { ($0.rawValue, "") })
    default: break
    }
    switch name {
    case "child": return .children
    case "command": return .commands
    case "path", "file", "ours", "theirs", "base": return .files
    case "folder": return .folders
    default: return .none
    }
  }

  /// The candidates of a source: `(word, description)`, read from `workspace` where needed.
  func candidates(_ workspace: Workspace?, language: String) -> [(String, String)] {
    switch self {
    case .none, .files, .folders: return []
    case .words(let words): return words
    case .commands:
      return Amigo.commands.map { ($0.spec.name, $0.spec.abstract) }.filter {
        !$0.0.hasPrefix("_")
      }
    case .values(let spec), .vocabulary(let spec):
      var all = spec
      if case .vocabulary = self,
        let config = workspace.flatMap({ Loader.loadConfig($0, display: { $0 }).0 })
      {
        all = config.vocabulary(spec)
      }
      let english = all.values.map { ($0.value, $0.label(language)) }
      let dutch = all.values.flatMap { v in v.aliases.map { ($0, v.value) } }
      return language == "nl" ? dutch + english : english + dutch
    case .children:
      guard let workspace else { return [] }
      let paths = workspace.trajectoryPaths()
      let labels = ChildLookup.labels(of: paths)
      var out: [(String, String)] = []
      for (path, label) in zip(paths, labels) {
        out.append((Workspace.id(ofFile: path), label))
      }
      for (path, label) in zip(paths, labels) where !label.isEmpty {
        out.append((label, Workspace.id(ofFile: path)))
      }
      return out
    case .groups:
      guard let workspace else { return [] }
      return workspace.activityPaths().map { (Workspace.id(ofFile: $0), "") }
        + CompletionSource.children.candidates(workspace, language: language)
    case .schools, .workers, .programmes, .instruments:
      guard let workspace, let config = Loader.loadConfig(workspace, display: { $0 }).0 else {
        return []
      }
      switch self {
      case .schools: return config.schools.map { ($0.id, $0.name) }
      case .workers: return config.workers.map { ($0.id, $0.name) }
      case .instruments: return config.instruments.map { ($0.id, $0.label) }
      default: return config.programmes.map { ($0.id, $0.label) }
      }
    }
  }
}
