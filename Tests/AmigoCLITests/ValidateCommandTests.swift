import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// A temporary workspace built from file contents, or a copy of an example workspace (the
/// folder itself), removed when the test ends.
final class TemporaryWorkspace: TemporaryFolder {
  init(_ files: [String: String]) throws {
    try super.init()
    try write(files)
  }

  init(example: String) throws { try super.init(copying: example) }

  var path: String { root.path }

  func run(
    _ args: [String], in sub: String = "", variables: [String: String] = [:]
  ) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(
      variables: variables,
      currentDirectory: sub.isEmpty ? root.path : root.appendingPathComponent(sub).path)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }
}

let smallConfig = """
  schema: amigo.config/1
  organisation: Test
  programmes:
    amigos-op-school:
      label: Amigo's op School
      child_sessions_per_week: 2
  schools:
    de-akker: {name: OBS De Akker}
  workers:
    mv: {name: M. de Vries}

  """

func trajectoryFile(_ id: String, status: String = "referred", extra: String = "") -> String {
  """
  schema: amigo.trajectory/1
  id: \(id)
  programme: amigos-op-school
  school: de-akker
  worker: mv
  status: \(status)
  child:
    label: Kind A.
  \(extra)
  """
}

@Suite struct ValidateCommandTests {
  @Test func cleanWorkspaceExitsZero() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig, "trajectories/T-1.yaml": trajectoryFile("T-1"),
      "trajectories/2025/T-2.yaml": trajectoryFile("T-2"),
    ])
    let (status, out, err) = ws.run(["validate"])
    #expect(status == .success)
    // The workspace is Dutch (`language:` defaults to nl): so is the summary.
    #expect(out == "amigo: 3 bestanden gecontroleerd, geen problemen\n")
    #expect(err.isEmpty)
  }

  /// `amigo validate Examples/`: a folder holding a workspace checks its config as a config.
  @Test func aFolderHoldingAWorkspaceChecksItsConfigAsAConfig() throws {
    let ws = try TemporaryWorkspace([
      "caseload/amigo.yaml": smallConfig, "caseload/trajectories/T-1.yaml": trajectoryFile("T-1"),
      "README.md": "examples",
    ])
    let (status, out, _) = ws.run(["validate", "."])
    #expect(status == .success)
    #expect(out == "amigo: 2 files checked, no problems\n")
  }

  @Test func findsTheWorkspaceFromASubfolderLikeGit() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig, "trajectories/T-1.yaml": trajectoryFile("T-1", status: "actief"),
    ])
    let (status, out, _) = ws.run(["validate"], in: "trajectories")
    #expect(status == .failure)
    #expect(
      out.hasPrefix(
        "T-1.yaml:6:9: error[invalid-value]: 'actief' is geen geldige waarde voor trajectstatus\n"))
    #expect(out.hasSuffix("amigo: 1 fout in 1 van de 2 bestanden\n"))
  }

  @Test func dirOptionAndEnvironmentVariable() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig, "trajectories/T-1.yaml": trajectoryFile("T-1"),
    ])
    let outside = Environment(currentDirectory: "/")
    #expect(Amigo.run(["validate", "--dir", ws.path], environment: outside) == .success)
    let viaEnv = Environment(variables: ["AMIGO_DIR": ws.path], currentDirectory: "/")
    #expect(Amigo.run(["validate"], environment: viaEnv) == .success)
    #expect(viaEnv.stdout.text == "amigo: 2 bestanden gecontroleerd, geen problemen\n")
  }

  @Test func outsideAWorkspaceIsExit66() throws {
    let ws = try TemporaryWorkspace(["notes.txt": "x"])
    let (status, out, err) = ws.run(["validate"])
    #expect(status == .noInput)
    #expect(out.isEmpty)
    #expect(err.contains("not inside an amigo workspace"))
  }

  @Test func reportsEveryProblemOfEveryFileAndDuplicateIDs() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig,
      "trajectories/2025/T-1.yaml": trajectoryFile(
        "T-1", extra: "referral: {date: 2026-13-01, by: juf}\n"),
      "trajectories/2026/T-1.yaml": trajectoryFile("T-1"),
      "trajectories/T-3.yaml": "schema: amigo.trajectory/1\nid: T-3\nstatus: &a closed\n",
    ])
    let (status, out, _) = ws.run(["validate", "--format", "json"])
    #expect(status == .failure)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
    let found = diagnostics.map { "\($0["file"]!):\($0["line"]!) \($0["code"]!)" }
    #expect(
      found == [
        "trajectories/2025/T-1.yaml:9 invalid-date", "trajectories/2025/T-1.yaml:9 invalid-value",
        "trajectories/2026/T-1.yaml:2 duplicate-id", "trajectories/T-3.yaml:3 unsupported-anchor",
      ])
    #expect(json["errors"] as? Int == 4)
    #expect(json["files"] as? Int == 4)
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig,
      "trajectories/T-1.yaml": trajectoryFile(
        "T-1",
        extra: "referral: {date: 2025-09-01, by: teacher, request: 'mail ouders@example.nl'}\n"),
    ])
    let (lenient, out, _) = ws.run(["validate"])
    #expect(lenient == .success)
    #expect(out.contains("warning[possible-email]"))
    #expect(out.hasSuffix("amigo: 1 waarschuwing in 1 van de 2 bestanden\n"))
    let (strict, _, _) = ws.run(["validate", "--strict"])
    #expect(strict == .failure)
  }

  @Test func validatesSingleFilesAgainstTheirWorkspaceConfig() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig,
      "trajectories/T-1.yaml": trajectoryFile("T-1").replacingOccurrences(
        of: "de-akker", with: "akker"),
      "trajectories/T-2.yaml": trajectoryFile("T-2"),
    ])
    let (status, out, _) = ws.run(["validate", "trajectories/T-2.yaml", "--lang", "en"])
    #expect(status == .success)
    #expect(out == "amigo: 1 file checked, no problems\n")
    let (bad, badOut, _) = ws.run(["validate", "trajectories/T-1.yaml", "--lang", "en"])
    #expect(bad == .failure)
    #expect(badOut.contains("error[unknown-school]: school 'akker' is not declared in amigo.yaml"))
    #expect(badOut.contains("did you mean 'de-akker'?"))
    let (missing, _, err) = ws.run(["validate", "nope.yaml"])
    #expect(missing == .noInput)
    #expect(err == "amigo: bestand of map bestaat niet: 'nope.yaml'\n")
    let (_, _, english) = ws.run(["validate", "nope.yaml", "--lang", "en"])
    #expect(english == "amigo: no such file or folder: 'nope.yaml'\n")
  }

  @Test(arguments: [
    (
      ["validate", "--formt", "json"],
      "Error: Unknown option '--formt'. Did you mean '--format'?\nUsage: amigo validate [<options>] [<path> ...]\n  See 'amigo validate --help' for more information.\n"
    ),
    (
      ["validate", "--format", "xml"],
      "Error: The value 'xml' is invalid for '--format <format>'\nPlease provide one of 'text' or 'json'.\nUsage: amigo validate [<options>] [<path> ...]\n  See 'amigo validate --help' for more information.\n"
    ),
    (
      ["validate", "--today", "gisteren"],
      "Error: The value 'gisteren' is invalid for '--today <date>'\nPlease provide a date as YYYY-MM-DD.\nUsage: amigo validate [<options>] [<path> ...]\n  See 'amigo validate --help' for more information.\n"
    ),
    (
      ["validate", "--format"],
      "Error: Missing value for '--format <format>'\nUsage: amigo validate [<options>] [<path> ...]\n  See 'amigo validate --help' for more information.\n"
    ),
    (
      ["vaildate"],
      "Error: Unknown command 'vaildate'. Did you mean 'validate'?\n  See 'amigo --help' for more information.\n"
    ),
  ])
  func usageErrorsExit64OnStderr(_ args: [String], _ expected: String) throws {
    // An English workspace (without `language:` amigo speaks Dutch, see OneLanguageTests).
    let config = smallConfig.replacingOccurrences(
      of: "organisation: Test\n", with: "organisation: Test\nlanguage: en\n")
    let ws = try TemporaryWorkspace(["amigo.yaml": config])
    let (status, out, err) = ws.run(args)
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(err == expected)
  }

  @Test func helpIsTheSameEverywhere() {
    let a = runAmigo(["validate", "--help"]).1
    let b = runAmigo(["help", "validate"]).1
    let c = runAmigo(["validate", "-h"]).1
    #expect(a == b && b == c)
    #expect(
      a.hasPrefix(
        "OVERVIEW: Check trajectory files and the workspace config; report every problem.\n\nUSAGE: amigo validate [<options>] [<path> ...]\n"
      ))
  }
}

@Suite struct ColourTests {
  func run(
    terminal: Bool, noColor: String?, term: String? = nil, force: String? = nil
  ) throws
    -> String
  {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig, "trajectories/T-1.yaml": trajectoryFile("T-1", status: "x"),
    ])
    var variables = noColor.map { ["NO_COLOR": $0] } ?? [:]
    variables["TERM"] = term
    variables["CLICOLOR_FORCE"] = force
    let env = Environment(
      stdout: TextOutput(terminal: terminal), variables: variables, currentDirectory: ws.path)
    _ = Amigo.run(["validate"], environment: env)
    return env.stdout.text
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
    #expect(
      try run(terminal: true, noColor: nil).contains("\u{1B}[1;31merror[invalid-value]\u{1B}[0m"))
    #expect(!(try run(terminal: false, noColor: nil)).contains("\u{1B}["))
    #expect(!(try run(terminal: true, noColor: "1")).contains("\u{1B}["))
  }

  /// `CLICOLOR_FORCE` (set and not `0`) gives colour through a pipe, for `amigo report --week |
  /// less -R` (ecosystem review §5: no way to ask for it); `NO_COLOR` still wins.
  @Test func cliColorForceGivesColourThroughAPipe() throws {
    #expect(try run(terminal: false, noColor: nil, force: "1").contains("\u{1B}[1;31m"))
    #expect(try run(terminal: true, noColor: nil, term: "dumb", force: "1").contains("\u{1B}["))
    #expect(!(try run(terminal: false, noColor: nil, force: "0")).contains("\u{1B}["))
    #expect(!(try run(terminal: false, noColor: nil, force: "")).contains("\u{1B}["))
    #expect(!(try run(terminal: false, noColor: "1", force: "1")).contains("\u{1B}["))
  }

  /// A terminal that says it cannot show colour (`TERM=dumb`: Emacs' shell, some CI logs)
  /// showed the escape sequences as text (QA finding), as git and ls do not.
  @Test func noColourOnADumbTerminal() throws {
    #expect(!(try run(terminal: true, noColor: nil, term: "dumb")).contains("\u{1B}["))
    #expect(try run(terminal: true, noColor: nil, term: "xterm-256color").contains("\u{1B}[1;31m"))
  }
}
