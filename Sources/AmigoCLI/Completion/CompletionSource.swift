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
  /// An enumeration's values (English) and Dutch input words, with the workspace's own values
  /// for an open list.
  case values(EnumSpec)
  case children, schools, workers, programmes, groups, commands
  case files, folders

  /// What the value of `--option` of `command` is.
  static func option(_ option: String, command: String) -> CompletionSource {
    switch (command, option) {
    case ("log-session", "status"): return .values(Schemas.sessionStatus)
    case ("share", "with"): return .values(Schemas.sharingParty)
    case ("close", "reason"): return .values(Schemas.closureReason)
    case ("report", "format"): return .words(ReportFormat.allCases.map { ($0.rawValue, "") })
    case ("validate", "format"): return .words([("text", ""), ("json", "")])
    case ("export", "format"): return .words([("csv", ""), ("json", "")])
    default: break
    }
    switch option {
    case "children", "present", "absent", "excused", "child": return .children
    case "school": return .schools
    case "worker": return .workers
    case "programme": return .programmes
    case "status": return .values(Schemas.status)
    case "kind": return .values(Schemas.sessionKind)
    case "place": return .values(Schemas.place)
    case "with": return .values(Schemas.participant)
    case "method": return .values(Schemas.method)
    case "rater": return .values(Schemas.rater)
    case "domain", "theme", "concern": return .values(Schemas.domain)
    case "agreed-with": return .values(Schemas.goalParty)
    case "destination": return .values(Schemas.destination)
    case "given-by", "consent-by": return .values(Schemas.consentGiver)
    case "form": return .values(Schemas.consentForm)
    case "exception": return .values(Schemas.consentException)
    case "scope": return .values(Schemas.consentScope)
    case "what": return .values(Schemas.sharingTopic)
    case "basis": return .values(Schemas.sharingBasis)
    case "step": return .values(Schemas.meldcodeStepKind)
    case "outcome": return .values(Schemas.meldcodeOutcome)
    case "informant": return .values(Schemas.informant)
    case "timepoint": return .values(Schemas.timepoint)
    case "gender": return .values(Schemas.gender)
    case "referred-by": return .values(Schemas.referrer)
    case "language", "lang": return .values(Schemas.language)
    case "date", "referral-date", "since", "today":
      return .words(
        ["today", "yesterday", "vandaag", "gisteren"].map { ($0, "") })
    case "csv-delimiter": return .words([(",", ""), (";", "")])
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
        Goal.Action.allCases.map { ($0.rawValue, "") }
          + Goal.Action.aliases.keys.sorted().map { ($0, Goal.Action.aliases[$0]!.rawValue) })
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
    case .values(let spec):
      let config = workspace.flatMap { Loader.loadConfig($0, display: { $0 }).0 }
      let all = config?.vocabulary(spec) ?? spec
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
    case .schools, .workers, .programmes:
      guard let workspace, let config = Loader.loadConfig(workspace, display: { $0 }).0 else {
        return []
      }
      switch self {
      case .schools: return config.schools.map { ($0.id, $0.name) }
      case .workers: return config.workers.map { ($0.id, $0.name) }
      default: return config.programmes.map { ($0.id, $0.label) }
      }
    }
  }
}
