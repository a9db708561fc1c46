import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 28: at `COLUMNS=80` no line of any command's text output, help and errors included,
/// is wider than 80 display columns; without `COLUMNS` (a pipe, a file) lines are as long as
/// they are.
@Suite struct TerminalWidthTests {
  /// A command's discussion is printed as written when no terminal width is known, and a
  /// line far wider than the rest was wrapped on a terminal with a stray indent ('amigo help
  /// start' at 120 columns broke "when the trajectory has already\n  started"): every line of
  /// every discussion stays within 94 characters, as its neighbours do.
  @Test func everyDiscussionLineIsAsWideAsItsNeighbours() {
    for command in Amigo.commands {
      for line in command.spec.discussion.split(separator: "\n") where line.count > 94 {
        Issue.record("\(command.spec.name): \(line.count) characters: \(line)")
      }
    }
  }

  /// A copy of a workspace in a temporary folder (commands may write to it).
  final class Copy: ExampleWorkspaceCopy {

    /// stdout and stderr of `args` at `columns`.
    func run(_ args: [String], columns: Int? = 80, today: String = "2026-11-19") -> String {
      let (out, err) = streams(args, columns: columns, today: today)
      return out + err
    }

    func streams(
      _ args: [String], columns: Int? = 80, today: String = "2026-11-19"
    ) -> (String, String) {
      let env = Environment(
        variables: columns.map { ["COLUMNS": String($0)] } ?? [:], currentDirectory: path,
        today: LocalDate(today)!)
      _ = Amigo.run(args, environment: env)
      return (env.stdout.text, env.stderr.text)
    }
  }

  /// The lines of `text` wider than `limit` display columns.
  static func overlong(_ text: String, _ limit: Int = 80) -> [String] {
    text.split(separator: "\n").map(String.init).filter { TextWidth.of($0) > limit }
  }

  /// The words of an example command line, with single-quoted parts kept whole.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for c in line {
      if c == "'" {
        quoted.toggle()
        started = true
      } else if c == " " && !quoted {
        if started { words.append(current) }
        current = ""
        started = false
      } else {
        current.append(c)
        started = true
      }
    }
    if started { words.append(current) }
    return words
  }

  static let examples = [
    "caseload", "kansencoach", "ruggensteun", "sociaal-werker-school", "tijd-voor-toekomst",
  ]

  /// Every command's help, and every command's own examples (from its spec) run on a copy of
  /// the main example workspace.
  @Test func everyCommandsHelpAndExamplesFit() throws {
    let copy = try Copy("Examples/caseload")
    var runs: [[String]] = [[], ["help"], ["--help"], ["nosuchcommand"], ["list", "--nope"]]
    for command in Amigo.commands.map({ $0.spec.name }) {
      runs.append([command, "--help"])
      runs.append(["help", command])
    }
    for line in Amigo.commands.flatMap({ $0.spec.examples }) {
      // The editor, git and shell pipelines are not for a test, nor machine output (completion
      // scripts, JSON, CSV, Markdown, HTML), which never folds.
      let words = Self.words(line)
      guard words.first == "amigo", !line.contains("&&"), !line.contains("|"), !line.contains(">"),
        !["edit", "git-setup", "merge-driver", "export", "completions"].contains(
          words.dropFirst().first ?? ""),
        !words.contains(where: { ["--format", "-f"].contains($0) })
      else { continue }
      runs.append(Array(words.dropFirst()))
    }
    for args in runs {
      let output = copy.run(args)
      #expect(Self.overlong(output).isEmpty, "amigo \(args.joined(separator: " ")):\n\(output)")
    }
  }

  /// The read-only commands on every example workspace, in both languages.
  @Test(arguments: examples)
  func everyExampleWorkspaceFits(_ name: String) throws {
    let copy = try Copy("Examples/" + name)
    let ids = try FileManager.default.contentsOfDirectory(atPath: copy.path + "/trajectories")
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    var runs: [[String]] = [
      ["list"], ["list", "--all"], ["validate"], ["validate", "--strict"], ["retention"],
      ["report", "--week"], ["report", "--period", "2026/2027"],
      ["report", "--period", "2025/2026"],
      ["report", "--week", "--lang", "en"], ["report", "--period", "2026/2027", "--lang", "en"],
      ["fmt", "--check"], ["history", ids[0]], ["changes"],
    ]
    for id in ids {
      runs.append(["show", id, "--notes"])
      runs.append(["show", id, "--lang", "en"])
      runs.append(["report", "--child", id])
    }
    for args in runs {
      let output = copy.run(args)
      #expect(Self.overlong(output).isEmpty, "\(name): amigo \(args.joined(separator: " "))")
    }
  }

  /// The generated workspace (50 schools in amigo.yaml, 40 trajectories at 21 of them): the
  /// period report's per-school table is split into column blocks that repeat the first column.
  @Test func fiftySchoolWorkspaceFits() throws {
    let copy = try Copy("Tests/Fixtures/generated")
    let today = "2026-06-30"
    for args in [
      ["report", "--period", "2025/2026"], ["report", "--period", "2024/2025"], ["list"],
      ["report", "--week", "2026-03-02"], ["validate"],
    ] {
      let output = copy.run(args, today: today)
      #expect(Self.overlong(output).isEmpty, "amigo \(args.joined(separator: " "))")
    }
    // Unlimited, the same report is far wider than 80 columns: the test means something.
    let wide = copy.run(["report", "--period", "2025/2026"], columns: nil, today: today)
    #expect(!Self.overlong(wide, 200).isEmpty)
    let narrow = copy.run(["report", "--period", "2025/2026"], today: today)
    let headers = narrow.split(separator: "\n").filter { $0.hasPrefix("  Indicator ") }
    #expect(headers.count > 3)
  }

  @Test func tablesSplitIntoColumnBlocksRepeatingTheFirstColumn() {
    var table = TextTable([
      .init("Indicator"), .init("Kindgesprekken", alignment: .right),
      .init("Oudergesprekken", alignment: .right), .init("Huisbezoeken", alignment: .right),
    ])
    table.append(["Kinderen bereikt", "12", "3", "1"])
    table.width = 40
    #expect(
      table.render() == """
        Indicator         Kindgesprekken
        Kinderen bereikt              12

        Indicator         Oudergesprekken
        Kinderen bereikt                3

        Indicator         Huisbezoeken
        Kinderen bereikt             1

        """)
    // Header words never break, even in a terminal narrower than the header.
    table.width = 20
    #expect(!table.render().contains("Kind\n"))
    #expect(table.render().contains("Kindgesprekken"))
    table.width = nil
    #expect(table.render().split(separator: "\n").count == 2)
  }

  @Test func aTextColumnThatCannotFitWraps() {
    var table = TextTable([.init("id"), .init("note")])
    table.append(["g1", String(repeating: "woord ", count: 30)])
    table.width = 40
    let lines = table.render().split(separator: "\n")
    #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 40 })
    #expect(lines.count > 3)
  }

  /// Ids and dates are never broken over two lines: a column of single words (ids, dates)
  /// does not wrap, a text column wraps no narrower than its longest word, and a word that
  /// fits the width but not after a line's indentation takes some of that indentation.
  @Test func idsAndDatesAreNeverBroken() {
    var table = TextTable([.init("id"), .init("kind")])
    table.append(["AOS-2026-W6ZA", "Emma J."])
    table.width = 20
    var column = 0
    let lines = LineFolding.fold(table.render(), width: 20, column: &column)
      .split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("AOS-2026-W6ZA") }, "\(lines)")
    #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 20 }, "\(lines)")
    var facts = TextTable([.init("term"), .init("text")])
    facts.append(["Aanmelding", "2026-08-24, door intern begeleider; faalangst"])
    facts.width = 20
    column = 0
    let text = LineFolding.fold(facts.render(), width: 20, column: &column)
    for word in ["2026-08-24,", "begeleider;", "faalangst"] {
      #expect(
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains(Substring(word)), "\(text)"
      )
    }
    #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 20 }, "\(text)")
  }

  @Test func longLinesFoldAtSpacesUnderTheirText() {
    var column = 0
    let text =
      "--week [WEEK]     per worker: every running trajectory with this week's child talks"
    let folded = LineFolding.fold(text, width: 40, column: &column)
    #expect(
      folded == """
        --week [WEEK]     per worker: every
                          running trajectory
                          with this week's child
                          talks
        """)
    // Colour codes take no room; a word longer than the line is split.
    column = 0
    let red = "\u{1B}[31m" + String(repeating: "x", count: 30) + "\u{1B}[0m"
    let split = LineFolding.fold(red, width: 20, column: &column)
    #expect(split.split(separator: "\n").count == 2)
  }

  @Test func withoutColumnsOutputIsUnchanged() throws {
    let copy = try Copy("Tests/Fixtures/generated")
    let wide = copy.run(["report", "--help"], columns: nil)
    #expect(!Self.overlong(wide).isEmpty)
    #expect(Self.overlong(wide, 100).isEmpty)
    // Machine output never folds.
    let (json, _) = copy.streams(
      ["report", "--period", "2025/2026", "--format", "json"], today: "2026-06-30")
    #expect(!Self.overlong(json).isEmpty)
    #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
  }

  /// After an answer to a question the terminal is at the start of a line (the user's Enter):
  /// the next message folds from there. It folded as if it went on after the question, so
  /// erase's refusal broke after 47 of 80 columns.
  @Test func afterAnAnswerTextFoldsFromTheLineStart() throws {
    let copy = try Copy("Examples/caseload")
    var env = Environment(
      variables: ["COLUMNS": "80"], currentDirectory: copy.path, today: LocalDate("2026-11-19")!)
    env.isInteractive = true
    let queue = LineQueue(["n"])
    env.readLine = { queue.next() }
    #expect(Amigo.run(["erase", "W6ZA"], environment: env) == .failure)
    let err = env.stderr.text
    #expect(err.contains("Typ de id ter bevestiging: "), "\(err)")
    #expect(
      err.hasSuffix(
        "Typ de id ter bevestiging: amigo: 'n' is niet 'AOS-2026-W6ZA'; er is niets gewist\n"),
      "\(err)")
  }
}
