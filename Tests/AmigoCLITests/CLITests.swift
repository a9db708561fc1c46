import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// Runs amigo in process and returns (status, stdout, stderr).
func runAmigo(
  _ arguments: [String], in directory: String = "/"
) -> (AmigoCLI.ExitStatus, String, String) {
  let env = Environment(currentDirectory: directory)
  let status = Amigo.run(arguments, environment: env)
  return (status, env.stdout.text, env.stderr.text)
}

@Suite struct CLITests {
  @Test func versionNamesTheFormat() {
    let (status, out, err) = runAmigo(["--version"])
    #expect(status == .success)
    #expect(out == "amigo \(Amigo.version) (format amigo/1)\n")
    #expect(err.isEmpty)
  }

  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func helpIsTheSameEverywhere(_ args: [String]) {
    let (status, out, _) = runAmigo(args)
    #expect(status == .success)
    #expect(out.hasPrefix("OVERVIEW: amigo keeps child support trajectories"))
    #expect(out.contains("See 'amigo help <command>' for detailed help."))
    #expect(!out.contains("_yaml-json"), "hidden commands stay hidden")
  }

  @Test func unknownCommandSuggestsTheNearestOne() {
    let (status, out, err) = runAmigo(["hlep"])
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(err.hasPrefix("Error: Unknown command 'hlep'. Did you mean 'help'?\n"))
  }

  @Test func aFailingStandardOutputEndsWithExit74AndOneLine() {
    let env = Environment(stdout: TextOutput(failingWith: ENOSPC))
    #expect(Amigo.run(["--version"], environment: env) == .ioError)
    #expect(env.stderr.text == "amigo: cannot write to standard output: No space left on device\n")
  }

  /// In a Dutch workspace the line is Dutch, the system's reason too (issue 28).
  @Test func aFailingStandardOutputIsReportedInTheWorkspacesLanguage() {
    let env = Environment(
      stdout: TextOutput(failingWith: ENOSPC),
      currentDirectory: Fixtures.root.appendingPathComponent("Examples/caseload").path)
    #expect(Amigo.run(["--version"], environment: env) == .ioError)
    #expect(
      env.stderr.text == "amigo: kan niet schrijven naar standaarduitvoer: de schijf is vol\n")
    let english = Environment(
      stdout: TextOutput(failingWith: ENOSPC),
      currentDirectory: Fixtures.root.appendingPathComponent("Examples/caseload").path)
    #expect(Amigo.run(["--version", "--lang", "en"], environment: english) != .success)
    #expect(!english.stderr.text.contains("standaarduitvoer"))
  }

  @Test func aClosedPipeOnStandardOutputEndsQuietly() {
    let env = Environment(stdout: TextOutput(failingWith: EPIPE))
    #expect(Amigo.run(["--help"], environment: env) == .ioError)
    #expect(env.stderr.text.isEmpty)
  }

  @Test func yamlJSONPrintsAmigosReading() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-cli")
    let dir = scratch.root
    try Data("a: 1\nb: [x, 'y']\n".utf8).write(to: dir.appendingPathComponent("ok.yaml"))
    try Data("a: &x 1\n".utf8).write(to: dir.appendingPathComponent("bad.yaml"))

    let (status, out, _) = runAmigo(["_yaml-json", "ok.yaml"], in: dir.path)
    #expect(status == .success)
    #expect(out == "{\"a\":\"1\",\"b\":[\"x\",\"y\"]}\n")

    let (badStatus, badOut, badErr) = runAmigo(["_yaml-json", "bad.yaml"], in: dir.path)
    #expect(badStatus == .dataError)
    #expect(badOut.isEmpty)
    #expect(
      badErr == """
        bad.yaml:1:4: error[unsupported-anchor]: anchors (&name) are not part of amigo's YAML subset
          |
        1 | a: &x 1
          |    ^^
           = help: write the value out in full

        """)

    let (missing, _, missingErr) = runAmigo(["_yaml-json", "nope.yaml"], in: dir.path)
    #expect(missing == .noInput)
    #expect(missingErr.contains("nope.yaml"))
  }
}
