import AmigoReports
import AmigoSchema
import Foundation

/// The language of human-readable output (`show`, `list`, reports, the record export): `--lang`,
/// else the workspace's `language`. Files are always English; only what amigo prints is
/// translated.
///
/// One rule for every command (`Language(resolving:)`): `nl` or `en`, or a name of either
/// (`dutch`, `nederlands`, `english`, `engels`, `nl-NL`, `en-GB`), in any case; anything else
/// is a usage error (exit 64) that names the allowed values.
enum DisplayLanguage {
  /// The one `--lang` option every command that prints for people declares.
  static let option = OptionSpec(
    "lang", value: "language", values: .values(Schemas.language),
    help:
      "Language of the output: nl or en (also dutch, english, nederlands, engels; default: the workspace's language)."
  )
}

extension OptionSpec {
  /// `--lang <language>` (`DisplayLanguage`).
  static var lang: OptionSpec { DisplayLanguage.option }
}

extension DisplayLanguage {
  /// A score or other decimal as people write it: `5.5` in English, `5,5` in Dutch.
  static func number(_ value: Double, _ language: String) -> String {
    (Language(language) ?? .nl).number(value)
  }
}
