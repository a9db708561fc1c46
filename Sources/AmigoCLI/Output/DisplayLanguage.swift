import AmigoReports
import AmigoSchema
import Foundation

/// The language of labels in human-readable output (`show`, `list`, reports): `--lang`, else
/// the workspace's `language`. Files are always English; only what amigo prints is translated.
enum DisplayLanguage {
  static let option = OptionSpec(
    "lang", value: "language",
    help: "Language of the output: 'nl' or 'en' (default: the workspace's language).")

  /// `nl` or `en`.
  static func resolve(
    _ arguments: ParsedArguments, config: Config, command: String
  ) throws -> String {
    guard let text = arguments.value("lang") else {
      return config.language == "en" ? "en" : "nl"
    }
    guard let language = Schemas.language.resolve(text) ?? aliases[foldForMatching(text)] else {
      throw UsageError.invalidValue(
        text, for: option.synopsis, command: command, hint: Hint(.hintLanguage))
    }
    return language
  }

  /// The language of a report or export: `--lang` (exactly `nl` or `en`), else `fallback`.
  static func report(
    _ arguments: ParsedArguments, fallback: Language, command: String
  ) throws -> Language {
    guard let text = arguments.value("lang") else { return fallback }
    guard let language = Language(text) else {
      throw UsageError.invalidValue(
        text, for: "--lang <lang>", command: command, hint: Hint(.hintLanguage))
    }
    return language
  }

  static let aliases = [
    "dutch": "nl", "nederlands": "nl", "english": "en", "engels": "en", "nl-nl": "nl",
    "en-gb": "en", "en-us": "en",
  ]

  /// A score or other decimal as people write it: `5.5` in English, `5,5` in Dutch.
  static func number(_ value: Double, _ language: String) -> String {
    (Language(language) ?? .nl).number(value)
  }
}
