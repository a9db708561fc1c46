import AmigoReports
import AmigoSchema

/// The hint under a usage error: a catalogue entry (`Message`) with its arguments, told in the
/// language of the error when it is printed; or, until it has one, a text in English only
/// (a string literal: `OneLanguageLiteralTests` counts them and fails when they grow).
struct Hint: Equatable, Sendable, ExpressibleByStringInterpolation {
  let message: Message?
  let arguments: [String]
  /// Arguments that are words themselves (a month's name), in Dutch; else `arguments`.
  let dutchArguments: [String]?
  let english: String

  init(_ message: Message, _ arguments: String...) {
    self.init(message, en: arguments, nl: nil)
  }

  init(_ message: Message, en: [String], nl: [String]?) {
    self.message = message
    self.arguments = en
    self.dutchArguments = nl
    self.english = Language.en.text(message)
  }

  init(stringLiteral value: String) {
    message = nil
    arguments = []
    dutchArguments = nil
    english = value
  }

  /// "Please provide one of 'a', 'b' or 'c'." ("of" in Dutch).
  static func oneOf(_ items: [String]) -> Hint {
    Hint(
      .hintOneOf, en: [SchemaDiagnostics.listJoined(items, "or")],
      nl: [SchemaDiagnostics.listJoined(items, "of")])
  }

  /// The hint in `language`.
  func text(_ language: Language) -> String {
    guard let message else { return english }
    var text = language.text(message)
    let arguments = language.code == "nl" ? (dutchArguments ?? self.arguments) : self.arguments
    for (i, argument) in arguments.enumerated() {
      text = text.replacing("{\(i)}", with: argument)
    }
    return text
  }
}
