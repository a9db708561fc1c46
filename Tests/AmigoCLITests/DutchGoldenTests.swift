import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language, checked on what users read: every CLI golden
/// (`Tests/Fixtures/cli/<case>/stdout` and `stderr`) of a command run in a Dutch workspace,
/// without `--lang en`, `--help` or a machine format, must hold no English sentence. A line is
/// English when, after what is never translated is taken out (quoted values, option names,
/// `amigo <command>`, file excerpts, codes), it still has an English word that Dutch does not
/// use. The cases still (partly) in English are listed below, and the list only shrinks.
@Suite struct DutchGoldenTests {
  /// Words that mark an English sentence and are not Dutch words ("was" is Dutch too: "was er
  /// al", "(was: nog niet bekend)").
  static let english: Set<String> = [
    "the", "were", "has", "have", "cannot", "could", "would", "nothing", "with", "your",
    "you", "please", "files", "already", "recorded", "created", "saved", "changes", "which",
    "there", "this", "that", "from", "into", "does", "when", "than", "no", "not", "and",
    "erased", "removed", "closed", "logged", "added", "changed", "wrote", "set", "up",
  ]

  /// Cases whose output still has English lines (the rest of issue 28); only shrinks.
  static let stillEnglish: Set<String> = [
    "validate-dir-missing"
  ]

  /// True when a case runs in a Dutch workspace and prints text for people.
  static func isDutchText(_ name: String) -> Bool {
    let args = (Fixtures.text("cli/\(name)/args") ?? "").split(separator: "\n").map(String.init)
    guard let command = args.first, !command.hasPrefix("_"), !command.hasPrefix("-"),
      !["completions", "help"].contains(command)
    else { return false }
    if args.contains("--help") || args.contains("-h") { return false }
    for (i, a) in args.enumerated() where a == "--lang" || a == "--format" {
      let value = i + 1 < args.count ? args[i + 1].lowercased() : ""
      if a == "--lang" && !["nl", "dutch", "nederlands", "nl-nl"].contains(value) { return false }
      if a == "--format" && value != "text" { return false }
    }
    if args.contains("--csv") || args.contains("--json") || args.contains("--aggregate") {
      return false
    }
    if args.contains("--lang") { return true }
    let config =
      Fixtures.exists("cli/\(name)/before")
      ? Fixtures.text("cli/\(name)/before/amigo.yaml")
      : (try? String(
        contentsOf: Fixtures.root.appendingPathComponent(
          (Fixtures.text("cli/\(name)/workspace")?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "Examples/caseload") + "/amigo.yaml"), encoding: .utf8))
    guard let config else { return command == "init" && !args.contains("en") }
    return !config.split(separator: "\n").contains { $0.hasPrefix("language: en") }
  }

  /// The English words of `line` once the untranslated parts are taken out; empty for a line
  /// that is not a sentence (a file excerpt, a YAML or diff line, a table rule).
  static func englishWords(_ line: String) -> [String] {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    // File excerpts (` 12 | text`, `   |`), YAML shown by --dry-run, and table rules.
    if trimmed.range(of: #"^\d*\s*\|"#, options: .regularExpression) != nil { return [] }
    if line.hasPrefix("    ") || trimmed.hasPrefix("-") || trimmed.hasPrefix("#") { return [] }
    // A CSV row (`--csv` is not needed for `export --research`): data, not a sentence.
    if trimmed.filter({ $0 == "," }).count >= 3 && !trimmed.contains(", ") { return [] }
    var text = line
    for pattern in [
      #"'[^']*'"#, #""[^"]*""#, #"`[^`]*`"#, #"--[a-z-]+"#, #"amigo [a-z_-]+"#,
      #"\[[a-z-]+\]"#, #"[A-Za-z0-9_.-]*/[A-Za-z0-9_./-]*"#, #"\$[A-Z_]+"#,
      #"(error|warning|note)\["#, #"\([^)]*\)"#,
      // Values with a hyphen (`follow-up`, `not-achieved`), which Dutch uses as they are.
      #"[A-Za-z]+(?:-[A-Za-z]+)+"#,
    ] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    return text.lowercased().split { !$0.isLetter }.map(String.init).filter {
      english.contains($0)
    }
  }

  @Test func dutchWorkspacesGetDutchOutput() throws {
    var english: [String] = []
    for name in Fixtures.cases(in: "cli") where isDutch(name) {
      var found: [String] = []
      for stream in ["stdout", "stderr"] {
        for line in (Fixtures.text("cli/\(name)/\(stream)") ?? "").split(separator: "\n") {
          let words = Self.englishWords(String(line))
          if !words.isEmpty {
            found.append("\(stream): \(line)  [\(words.joined(separator: " "))]")
          }
        }
      }
      if !found.isEmpty {
        english.append(name)
        if !Self.stillEnglish.contains(name) {
          let lines = found.prefix(5).joined(separator: "\n")
          Issue.record(
            Comment(
              rawValue: "\(name): English in a Dutch workspace (put it in the catalogue, "
                + "AmigoReports/L10n/Messages*.swift):\n" + lines))
        }
      }
    }
    for name in Self.stillEnglish.subtracting(english).sorted() {
      Issue.record("\(name) is Dutch now: remove it from DutchGoldenTests.stillEnglish")
    }
  }

  func isDutch(_ name: String) -> Bool { Self.isDutchText(name) }
}
