import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// The language of amigo's own messages (usage errors, and with them the allowed values):
/// `--lang` when given, else the workspace's `language:` (`--dir`, `$AMIGO_DIR` or the nearest
/// workspace); English outside a workspace. `--help` and the manual page stay English.
enum UILanguage {
  /// The workspace's language for one run, found once: by the command when it loads the config
  /// (`WorkspaceContext.validConfig`), else on the first message that needs it.
  final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Language?

    func set(_ language: Language) {
      lock.lock()
      defer { lock.unlock() }
      if value == nil { value = language }
    }

    func get(_ compute: () -> Language) -> Language {
      lock.lock()
      defer { lock.unlock() }
      if let value { return value }
      let found = compute()
      value = found
      return found
    }
  }

  /// `--lang` when given (and valid), else nil.
  static func given(_ arguments: [String]) -> Language? {
    guard let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count else { return nil }
    return Language(resolving: arguments[i + 1])
  }

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
