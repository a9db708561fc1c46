import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language: messages come from the catalogue (`Message`), not from string
/// literals in the commands. This test counts the literals that are still English only, per
/// file, and fails when a file has more than its allowance below (a new literal: put it in the
/// catalogue) and when it has fewer (lower the allowance: the list only shrinks). Questions on a
/// terminal have no allowance at all.
@Suite struct OneLanguageLiteralTests {
  /// `CommandError(message: "…")`: failures outside usage errors.
  static let commandError = #"CommandError\(\s*message:\s*""#
  /// `hint: "…"` under a usage error (`Hint(.message)` is the catalogue's).
  static let hint = #"(?<=[\s,(])hint:\s*"|Hint\(\s*english:\s*""#
  /// `Prompt.ask("…")` and the like: a question in English only.
  static let prompt = #"Prompt\.(?:ask|answer|choose|menu)\(\s*""#

  /// `DiagnosticsError(message: "…")`: a refusal with diagnostics.
  static let diagnosticsError = #"DiagnosticsError\(\s*message:\s*""#
  /// A line for standard error written in English (`"amigo: warning: the …"`).
  static let englishLine = #""amigo: (?:warning: )?[a-z][a-z']* [a-z]"#
  /// An error's own English text passed on as a message (`error.description`).
  static let errorDescription =
    #"error\.description|failure\.description|message: "\\\(error\)"|String\(describing: error\)"#
  /// A diagnostic's English text where the language's is meant (`d.message`, not
  /// `d.message(language.code)`).
  static let englishDiagnostic = #"\b(?:d|warning|diagnostic)\.(?:message|help)\b(?!\s*\()"#
  /// In the store: an English-only description of a value users may see.
  static let storeDescription = #"description: String \{\s*""#

  /// The English-only literals left, per file under `Sources/AmigoCLI/`.
  static let allowedCommandErrors: [String: Int] = [:]

  static let allowedHints: [String: Int] = [:]

  /// Lines still in English only: the rest of issue 28 (they only shrink).
  static let allowedEnglishLines: [String: Int] = [:]

  static let allowedErrorDescriptions: [String: Int] = [:]

  /// JSON keeps the English message and help (`--format json`, by decision); `_yaml-json` is
  /// a tool for tests.
  static let allowedEnglishDiagnostics: [String: Int] = [
    "Output/DiagnosticJSON.swift": 2,
    "Commands/YAMLJSON.swift": 1,
  ]

  /// Under `Sources/AmigoStore/`: descriptions for logs and tests; messages use the fields.
  static let allowedStoreDescriptions: [String: Int] = [
    "Git/TrajectoryMerge.swift": 1,
    "Git/TrajectoryMerge+GoalIDs.swift": 1,
  ]

  static func counts(_ pattern: String, in module: String = "AmigoCLI") throws -> [String: Int] {
    let root = Fixtures.root.appendingPathComponent("Sources/" + module)
    let regex = try NSRegularExpression(pattern: pattern)
    var out: [String: Int] = [:]
    let files = FileManager.default.enumerator(atPath: root.path)!
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let n = regex.numberOfMatches(
        in: text, range: NSRange(text.startIndex..., in: text))
      if n > 0 { out[file] = n }
    }
    return out
  }

  static func compare(_ found: [String: Int], _ allowed: [String: Int], _ what: String) {
    for file in Set(found.keys).union(allowed.keys).sorted() {
      let n = found[file] ?? 0
      let allowance = allowed[file] ?? 0
      if n > allowance {
        Issue.record(
          "\(file): \(n) \(what) in English only (allowed \(allowance)); put the message in the catalogue (AmigoReports/L10n/Messages*.swift)"
        )
      } else if n < allowance {
        Issue.record(
          "\(file): \(n) \(what) left, fewer than the allowance \(allowance): lower it in OneLanguageLiteralTests"
        )
      }
    }
  }

  @Test func noNewEnglishOnlyLiterals() throws {
    Self.compare(
      try Self.counts(Self.commandError), Self.allowedCommandErrors, "CommandError messages")
    Self.compare(try Self.counts(Self.hint), Self.allowedHints, "usage-error hints")
    Self.compare(try Self.counts(Self.prompt), [:], "questions")
    Self.compare(
      try Self.counts(Self.diagnosticsError), [:], "DiagnosticsError messages")
    Self.compare(try Self.counts(Self.englishLine), Self.allowedEnglishLines, "stderr lines")
    Self.compare(
      try Self.counts(Self.errorDescription), Self.allowedErrorDescriptions,
      "errors passed on in English (use Language.say)")
    Self.compare(
      try Self.counts(Self.englishDiagnostic), Self.allowedEnglishDiagnostics,
      "diagnostics shown in English (use message(language.code))")
    Self.compare(
      try Self.counts(Self.storeDescription, in: "AmigoStore"), Self.allowedStoreDescriptions,
      "store descriptions")
    Self.compare(
      try Self.counts(Self.commandError, in: "AmigoStore"), [:], "store messages")
  }

  /// The allowances only shrink: the totals when this test was written.
  @Test func theAllowancesOnlyShrink() {
    #expect(Self.allowedCommandErrors.isEmpty)
    #expect(Self.allowedHints.isEmpty)
    #expect(Self.allowedEnglishLines.values.reduce(0, +) <= 5)
    #expect(Self.allowedErrorDescriptions.values.reduce(0, +) <= 1)
  }
}
