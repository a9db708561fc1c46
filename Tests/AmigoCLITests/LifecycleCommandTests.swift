import AmigoCLI
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// A command line of `goal`, `consent`, `start` or `close` that is a usage error.
struct LifecycleUsageCase: CustomTestStringConvertible, Sendable {
  let args: [String]
  /// The first line of standard error, without `Error: `.
  let message: String
  init(_ args: [String], _ message: String) {
    self.args = args
    self.message = message
  }
  var testDescription: String { args.joined(separator: " ") }
}

/// Every usage error of `amigo goal`, `consent`, `start` and `close` (the CLI cases under
/// `Tests/Fixtures/cli/` show the full output of some of them).
@Suite struct LifecycleCommandTests {
  static let usageCases: [LifecycleUsageCase] = [
    // goal
    .init(["goal"], "Missing expected argument '<action>'"),
    .init(["goal", "add"], "Missing expected argument '<child>'"),
    .init(["goal", "ad", "K7Q4"], "The value 'ad' is invalid for '<action>'"),
    .init(["goal", "K7Q4", "add"], "The value 'K7Q4' is invalid for '<action>'"),
    .init(["goal", "rate", "K7Q4"], "Missing expected argument '<goal>'"),
    .init(["goal", "rate", "K7Q4", "g1"], "Missing expected argument '<value>'"),
    .init(["goal", "result", "K7Q4", "g1"], "Missing expected argument '<value>'"),
    .init(["goal", "result", "K7Q4", "g1", "achieved", "x"], "Unexpected argument 'x'"),
    .init(["goal", "add", "K7Q4", "g3", "--text", "t"], "Unexpected argument 'g3'"),
    .init(["goal", "add", "K7Q4"], "Missing value for '--text <text>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "  "], "The value '  ' is invalid for '--text <text>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "a\nb"], "The value 'a"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--domain", "rekenen"],
      "The value 'rekenen' is invalid for '--domain <domain>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--agreed-with", "kind,oma"],
      "The value 'oma' is invalid for '--agreed-with <party>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--target", "11"],
      "The value '11' is invalid for '--target <score>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--id", "g 3"],
      "The value 'g 3' is invalid for '--id <id>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--baseline", "3,3"],
      "The value '3,3' is invalid for '--baseline <score>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--rater", "child"],
      "The value 'child' is invalid for '--rater <rater>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--baseline", "3", "--rater", "juf"],
      "The value 'juf' is invalid for '--rater <rater>'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--baseline", "3", "--date", "morgen"],
      "The value 'morgen' is invalid for '--date <date>'"),
    .init(["goal", "rate", "K7Q4", "g1", "zes"], "The value 'zes' is invalid for '<value>'"),
    .init(
      ["goal", "rate", "K7Q4", "g1", "6", "--rater", "juf"],
      "The value 'juf' is invalid for '--rater <rater>'"),
    .init(
      ["goal", "rate", "K7Q4", "g1", "6", "--date", "2026-02-30"],
      "The value '2026-02-30' is invalid for '--date <date>'"),
    .init(
      ["goal", "rate", "K7Q4", "g1", "6", "--target", "7"],
      "'--target' is not an option of 'amigo goal rate': it is only used by 'amigo goal add'"),
    .init(
      ["goal", "add", "K7Q4", "--text", "t", "--follow-up"],
      "'--follow-up' is not an option of 'amigo goal add': it is only used by 'amigo goal rate'"),
    .init(
      ["goal", "result", "K7Q4", "g1", "achieved", "--rater", "child"],
      "'--rater' is not an option of 'amigo goal result': it is only used by 'amigo goal add' and 'amigo goal rate'"
    ),
    .init(
      ["goal", "result", "K7Q4", "g1", "gehaald"], "The value 'gehaald' is invalid for '<value>'"),
    .init(
      ["goal", "result", "K7Q4", "g1", "achieved", "--date", "today"],
      "'--date' is not an option of 'amigo goal result': it is only used by 'amigo goal add' and 'amigo goal rate'"
    ),
    .init(
      ["goal", "add", "K7Q4", "--tekst", "t"], "Unknown option '--tekst'. Did you mean '--text'?"),
    // consent
    .init(["consent"], "Missing expected argument '<child>'"),
    .init(["consent", "W6ZA"], "Missing value for '--given-by <who>'"),
    .init(
      ["consent", "W6ZA", "--given-by", "oma"], "The value 'oma' is invalid for '--given-by <who>'"),
    .init(
      ["consent", "W6ZA", "--given-by", "ouders", "--form", "per-mail"],
      "The value 'per-mail' is invalid for '--form <form>'"),
    .init(
      ["consent", "W6ZA", "--given-by", "ouders", "--scope", "support,foto's"],
      "The value 'foto's' is invalid for '--scope <scope>'"),
    .init(
      ["consent", "W6ZA", "--given-by", "ouders", "--date", "ooit"],
      "The value 'ooit' is invalid for '--date <date>'"),
    .init(
      ["consent", "K7Q4", "--withdraw", "--given-by", "parents"],
      "The value 'parents' is invalid for '--given-by <who>'"),
    .init(
      ["consent", "K7Q4", "--withdraw", "--form", "written"],
      "The value 'written' is invalid for '--form <form>'"),
    .init(
      ["consent", "K7Q4", "--withdraw", "--exception", "not-competent"],
      "The value 'not-competent' is invalid for '--exception <ground>'"),
    .init(
      ["consent", "W6ZA", "--given-by", "parents", "--exception", "zomaar"],
      "The value 'zomaar' is invalid for '--exception <ground>'"),
    .init(["consent", "K7Q4", "--withdraw=yes"], "The flag '--withdraw' does not take a value"),
    // start
    .init(["start"], "Missing expected argument '<child>'"),
    .init(["start", "W6ZA", "--weeks", "0"], "The value '0' is invalid for '--weeks <weeks>'"),
    .init(
      ["start", "W6ZA", "--weeks", "twaalf"], "The value 'twaalf' is invalid for '--weeks <weeks>'"),
    .init(
      ["start", "W6ZA", "--date", "1-1-2027"], "The value '1-1-2027' is invalid for '--date <date>'"
    ),
    .init(["start", "W6ZA", "K7Q4"], "Unexpected argument 'K7Q4'"),
    .init(
      ["start", "W6ZA", "--today", "morgen"], "The value 'morgen' is invalid for '--today <date>'"),
    // close
    .init(["close"], "Missing expected argument '<child>'"),
    .init(["close", "YE8P", "--destination", "none"], "Missing value for '--reason <reason>'"),
    .init(["close", "YE8P", "--reason", "completed"], "Missing value for '--destination <where>'"),
    .init(
      ["close", "YE8P", "--reason", "verhuisd", "--destination", "none"],
      "The value 'verhuisd' is invalid for '--reason <reason>'"),
    .init(
      ["close", "YE8P", "--reason", "completed", "--destination", "huisarts"],
      "The value 'huisarts' is invalid for '--destination <where>'"),
    .init(
      ["close", "YE8P", "--reason", "uitval", "--destination", "none", "--date", "gister"],
      "The value 'gister' is invalid for '--date <date>'"),
    .init(
      [
        "close", "YE8P", "--reason", "completed", "--destination", "none", "--satisfaction",
        "worker=8",
      ],
      "The value 'worker=8' is invalid for '--satisfaction <scores>'"),
    .init(
      [
        "close", "YE8P", "--reason", "completed", "--destination", "none", "--satisfaction",
        "child=11",
      ],
      "The value 'child=11' is invalid for '--satisfaction <scores>'"),
    .init(
      ["close", "YE8P", "--reason", "completed", "--destination", "none", "--satisfaction", "8"],
      "The value '8' is invalid for '--satisfaction <scores>'"),
    .init(
      [
        "close", "YE8P", "--reason", "completed", "--destination", "none", "--satisfaction",
        "kind=8,child=9",
      ], "The value 'child=9' is invalid for '--satisfaction <scores>'"),
    .init(
      ["close", "YE8P", "--reason", "completed", "--destination", "none", "--result", "g1"],
      "The value 'g1' is invalid for '--result <goal=result>'"),
    .init(
      [
        "close", "YE8P", "--reason", "completed", "--destination", "none", "--result", "g1=gehaald",
      ],
      "The value 'g1=gehaald' is invalid for '--result <goal=result>'"),
    .init(
      [
        "close", "YE8P", "--reason", "completed", "--destination", "none", "--result",
        "g1=achieved", "--result", "g1=partly",
      ], "The value 'g1=partly' is invalid for '--result <goal=result>'"),
    .init(
      ["close", "YE8P", "--reason", "completed", "--reason", "uitval", "--destination", "none"],
      "The option '--reason <reason>' was given more than once"),
  ]

  @Test(arguments: usageCases)
  func usageErrorsSayWhatIsWrongAndChangeNothing(_ c: LifecycleUsageCase) throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let work = copy.work

    let env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(c.args, environment: env)
    #expect(status == .usage)
    #expect(env.stdout.text.isEmpty)
    // In the workspace's language (Dutch), then the same in English.
    #expect(env.stderr.text.hasPrefix("Fout: "))
    #expect(env.stderr.text.contains("\nGebruik: amigo \(c.args[0]) "))
    #expect(UnifiedDiff.diff(folder: TemporaryFolder.source("caseload"), work).isEmpty)
    let config = work.appendingPathComponent("amigo.yaml")
    let text = try String(contentsOf: config, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "language: nl", with: "language: en").utf8).write(
      to: config)
    let english = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
    #expect(Amigo.run(c.args, environment: english) == .usage)
    #expect(english.stderr.text.hasPrefix("Error: " + c.message))
    #expect(english.stderr.text.contains("\nUsage: amigo \(c.args[0]) "))
  }

  @Test(arguments: ["goal", "consent", "start", "close"])
  func helpHasEverySection(_ command: String) {
    let env = Environment()
    #expect(Amigo.run([command, "--help"], environment: env) == .success)
    let help = env.stdout.text
    for section in [
      "OVERVIEW: ", "USAGE: amigo \(command) ", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:",
    ] {
      #expect(help.contains(section), "\(command): \(section)")
    }
    #expect(help.contains("--today <date>") && help.contains("--dir <folder>"))
    let other = Environment()
    #expect(Amigo.run(["help", command], environment: other) == .success)
    #expect(other.stdout.text == help)
  }
}
