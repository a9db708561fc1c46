import AmigoReports
import AmigoSchema
import Foundation

/// The language of labels in human-readable output (`show`, `list`, reports): `--lang`, else
/// the workspace's `language` (`CommonOptions.language`, one rule for every command). Files are
/// always English; only what amigo prints is translated.
enum DisplayLanguage {
  static let option = OptionSpec(
    "lang", value: "language",
    help: "Language of the output: 'nl' or 'en' (default: the workspace's language).")

  static let aliases = [
    "dutch": "nl", "nederlands": "nl", "english": "en", "engels": "en", "nl-nl": "nl",
    "en-gb": "en", "en-us": "en",
  ]

  /// A score or other decimal as people write it: `5.5` in English, `5,5` in Dutch.
  static func number(_ value: Double, _ language: String) -> String {
    (Language(language) ?? .nl).number(value)
  }
}
