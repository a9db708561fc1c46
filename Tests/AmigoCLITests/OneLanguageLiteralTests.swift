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

  /// The English-only literals left, per file under `Sources/AmigoCLI/`.
  static let allowedCommandErrors: [String: Int] = [
    "Commands/Agree.swift": 1,
    "Commands/Edit.swift": 2,
    "Commands/GitSetup.swift": 3,
    "Commands/NewChild.swift": 1,
    "Commands/Sync.swift": 9,
    "Commands/WorkspaceContext.swift": 2,
    "Environment/Environment.swift": 1,
  ]

  static let allowedHints: [String: Int] = [:]

  static func counts(_ pattern: String) throws -> [String: Int] {
    let root = Fixtures.root.appendingPathComponent("Sources/AmigoCLI")
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
  }

  /// The allowances only shrink: the totals when this test was written.
  @Test func theAllowancesOnlyShrink() {
    #expect(Self.allowedCommandErrors.values.reduce(0, +) <= 19)
    #expect(Self.allowedHints.values.reduce(0, +) <= 0)
  }
}
