import AmigoReports
import AmigoSchema
import AmigoStore

/// The language of amigo's own messages (usage errors, and with them the allowed values):
/// `--lang` when given, else the workspace's `language:` (`--dir`, `$AMIGO_DIR` or the nearest
/// workspace); English outside a workspace. `--help` and the manual page stay English.
enum UILanguage {
  static func of(_ arguments: [String], _ env: Environment) -> Language {
    if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count,
      let language = Language(resolving: arguments[i + 1])
    {
      return language
    }
    var dir: String?
    if let i = arguments.firstIndex(of: "--dir"), i + 1 < arguments.count {
      dir = arguments[i + 1]
    }
    guard let workspace = try? CommonOptions.workspace(dir: dir, env),
      let config = Loader.loadConfig(workspace, display: { $0 }).0
    else { return .en }
    return config.language == "en" ? .en : .nl
  }
}
