import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 28: `amigo completions bash|zsh|fish` from the command specs, `amigo _complete` for
/// values and workspace ids, and `docs/amigo.1` from the same specs.
@Suite struct CompletionTests {
  static func shell(_ name: String) -> String? {
    for folder in ["/usr/bin", "/bin", "/usr/local/bin"] {
      let path = folder + "/" + name
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// Runs `shell` with `arguments` and `input` on standard input; its status and output.
  static func run(
    _ shell: String, _ arguments: [String], input: String = ""
  ) throws -> (
    Int32, String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: shell)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  func script(_ shell: String) -> String {
    let env = Environment()
    let status = Amigo.run(["completions", shell], environment: env)
    #expect(status == .success)
    return env.stdout.text
  }

  /// `_complete` in the main example workspace.
  func complete(_ words: [String]) -> [String] {
    let env = Environment(
      currentDirectory: Fixtures.root.appendingPathComponent("Examples/caseload").path)
    _ = Amigo.run(["_complete", "--"] + words, environment: env)
    return env.stdout.text.split(separator: "\n").map {
      String($0.split(separator: "\t", omittingEmptySubsequences: false)[0])
    }
  }

  @Test func bashScriptIsValidAndCompletes() throws {
    let bash = try #require(Self.shell("bash"))
    let text = script("bash")
    let (status, output) = try Self.run(bash, ["-n"], input: text)
    #expect(status == 0, "\(output)")
    // Every command and its options are in the script.
    for command in Amigo.commands where !command.spec.name.hasPrefix("_") {
      #expect(text.contains(command.spec.name))
      for option in command.spec.options { #expect(text.contains("--" + option.name)) }
    }
    // The function completes with a stand-in for `amigo` that answers like `_complete`.
    let scratch = try TemporaryFolder(prefix: "amigo-completion")
    let folder = scratch.root
    let fake = folder.appendingPathComponent("amigo")
    try Data(
      "#!/bin/sh\nprintf 'child-talk\\tkindgesprek\\nkindgesprek\\tchild-talk\\nSam B.\\tAOS-2026-K7Q4\\n'\n"
        .utf8
    ).write(to: fake)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let probe =
      "PATH=\(folder.path):$PATH\n" + text + """
        COMP_WORDS=(amigo log-session K7Q4 --kind ki); COMP_CWORD=4; _amigo
        printf '%s|' "${COMPREPLY[@]}"; echo
        COMP_WORDS=(amigo show Sa); COMP_CWORD=2; _amigo
        printf '%s|' "${COMPREPLY[@]}"; echo
        COMP_WORDS=(amigo rep); COMP_CWORD=1; _amigo
        printf '%s|' "${COMPREPLY[@]}"; echo
        COMP_WORDS=(amigo list --sch); COMP_CWORD=2; _amigo
        printf '%s|' "${COMPREPLY[@]}"; echo
        """
    let (probeStatus, lines) = try Self.run(bash, ["-c", probe])
    #expect(probeStatus == 0, "\(lines)")
    #expect(lines == "kindgesprek|\nSam\\ B.|\nreport|\n--school|\n")
  }

  @Test(
    .enabled(if: CompletionTests.shell("zsh") != nil, "zsh is not installed: zsh -n skipped"))
  func zshScriptIsValid() throws {
    let (status, output) = try Self.run(Self.shell("zsh")!, ["-n"], input: script("zsh"))
    #expect(status == 0, "\(output)")
  }

  @Test(
    .enabled(if: CompletionTests.shell("fish") != nil, "fish is not installed: fish -n skipped"))
  func fishScriptIsValid() throws {
    let (status, output) = try Self.run(Self.shell("fish")!, ["-n"], input: script("fish"))
    #expect(status == 0, "\(output)")
  }

  @Test func unknownShellIsAUsageError() {
    let env = Environment()
    #expect(Amigo.run(["completions", "tcsh"], environment: env) == .usage)
    #expect(env.stderr.text.contains("bash, zsh or fish"))
  }

  @Test func completesCommandsOptionValuesInBothLanguagesAndWorkspaceIds() {
    #expect(complete([]).contains("log-session"))
    #expect(!complete([]).contains("_complete"))
    // Session kinds: English values and Dutch words (SessionKind.policy).
    let kinds = complete(["log-session", "K7Q4", "--kind"])
    #expect(kinds.contains("child-talk"))
    #expect(kinds.contains("kindgesprek"))
    #expect(kinds.contains("home-visit"))
    #expect(kinds.contains("huisbezoek"))
    // Child ids and labels for a CHILD argument, also after options with values.
    let children = complete(["show"])
    #expect(children.contains("AOS-2026-K7Q4"))
    #expect(children.contains("Sam B."))
    #expect(complete(["log-session", "--date", "today"]).contains("AOS-2026-K7Q4"))
    #expect(complete(["goal"]).contains("rate"))
    #expect(complete(["goal", "rate"]).contains("AOS-2026-K7Q4"))
    // School, worker and programme ids from amigo.yaml.
    #expect(complete(["list", "--school"]).contains("de-zeester"))
    #expect(complete(["list", "--worker"]).contains("ab"))
    #expect(complete(["report", "--format"]) == ["text", "markdown", "csv", "json", "html"])
    #expect(complete(["completions"]) == ["bash", "zsh", "fish"])
    #expect(complete(["help"]).contains("report"))
    // A flag takes no value; free text offers nothing; an unknown command nothing.
    #expect(complete(["show", "K7Q4", "--notes"]).isEmpty)
    #expect(complete(["new-child", "--label"]).isEmpty)
    #expect(complete(["nonsense"]).isEmpty)
  }

  /// QA: `contact --outcome` offered the meldcode's outcomes and `refer --status` trajectory
  /// statuses (both refused by the command), by a guess from the option's name. Every option
  /// whose values form a fixed set offers only values its command accepts: an enumeration
  /// through the resolver the command's parser uses (`CommandSpec.enumeration`), formats and
  /// the other word lists through their parsers.
  @Test func everyOfferedOptionValueIsAccepted() throws {
    let root = Fixtures.root.appendingPathComponent("Examples/caseload").path
    let workspace = try CommonOptions.workspace(dir: root, Environment())
    let config = try #require(Loader.loadConfig(workspace, display: { $0 }).0)
    var checked = 0
    for command in Amigo.commands where !command.spec.name.hasPrefix("_") {
      let spec = command.spec
      for option in spec.options where !option.isFlag {
        let offered = complete([spec.name, "--" + option.name])
        let what = "\(spec.name) --\(option.name)"
        let accepts: (String) -> Bool
        switch CompletionSource.option(option.name, command: spec.name) {
        case .values:
          if option.name == "lang" {
            accepts = { Language(resolving: $0) != nil }
          } else {
            accepts = { spec.enumeration(option.name).resolve($0) != nil }
          }
        case .vocabulary:
          accepts = { config.vocabulary(spec.enumeration(option.name)).resolve($0) != nil }
        case .words:
          switch option.name {
          case "format": accepts = { ReportFormat(rawValue: $0) != nil }
          case "csv-delimiter": accepts = { d in ReportOutput.delimiters.contains { $0.0 == d } }
          default: accepts = { DateInput.parse($0, today: LocalDate("2026-11-19")!) != nil }
          }
        case .workers: accepts = { w in config.workers.contains { $0.id == w } }
        case .schools: accepts = { s in config.schools.contains { $0.id == s } }
        case .programmes: accepts = { p in config.programmes.contains { $0.id == p } }
        case .instruments: accepts = { i in config.instrument(i) != nil }
        case .children:
          let labels = ChildLookup.labels(of: workspace.trajectoryPaths())
          let ids = workspace.trajectoryPaths().map { Workspace.id(ofFile: $0) }
          accepts = { ids.contains($0) || labels.contains($0) }
        default: continue
        }
        #expect(!offered.isEmpty, "\(what) offers nothing")
        for word in offered {
          checked += 1
          #expect(accepts(word), "\(what) offers '\(word)', which the command refuses")
        }
      }
    }
    #expect(checked > 300)
    // The findings, one by one.
    #expect(!complete(["contact", "--outcome"]).contains("melden"))
    #expect(complete(["contact", "--outcome"]).contains("answered"))
    #expect(complete(["refer", "K7Q4", "--status"]).contains("pending"))
    #expect(!complete(["refer", "K7Q4", "--status"]).contains("aangemeld"))
    #expect(!complete(["refer", "K7Q4", "--to"]).contains("none"))
    #expect(complete(["new-child", "--status"]).contains("waiting"))
    #expect(!complete(["new-child", "--status"]).contains("closed"))
    #expect(complete(["handover", "--from"]) == complete(["list", "--worker"]))
    #expect(complete(["handover", "--to"]).contains("ab"))
    #expect(complete(["export", "--record"]).contains("AOS-2026-K7Q4"))
    #expect(complete(["contact", "--who"]).contains("parent"))
    #expect(complete(["meeting", "--audience"]).contains("teachers"))
    #expect(complete(["coach", "--teacher"]).contains("care-coordinator"))
    #expect(complete(["measure", "K7Q4", "--instrument"]) == ["sdq"])
    #expect(complete(["statement", "K7Q4", "--by"]).contains("parents"))
    #expect(complete(["show", "--format"]).contains("html"))
  }

  /// QA: fish completed every option's value with file names (`log-session --kind` gave
  /// `amigo.yaml README.md`): the option lines had no `-a`.
  @Test(.enabled(if: CompletionTests.shell("fish") != nil, "fish is not installed"))
  func fishCompletesOptionValues() throws {
    let text = script("fish")
    for line in text.split(separator: "\n") where line.contains(" -l kind ") {
      #expect(line.contains("-a '(__amigo_complete)'"), "\(line)")
    }
    let scratch = try TemporaryFolder(prefix: "amigo-fish")
    let folder = scratch.root
    try Data().write(to: folder.appendingPathComponent("amigo.yaml"))
    let fake = folder.appendingPathComponent("amigo")
    // A stand-in for `amigo`: the words it was asked about, as its one candidate.
    try Data("#!/bin/sh\nshift 2\necho \"$*\" | tr ' ' '_'\n".utf8).write(to: fake)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let script = folder.appendingPathComponent("amigo.fish")
    try Data(text.utf8).write(to: script)
    let probe = """
      set -x PATH \(folder.path) $PATH; cd \(folder.path); source \(script.path)
      complete -C 'amigo log-session K7Q4 --kind '
      complete -C 'amigo contact --outcome='
      complete -C 'amigo report --output '
      """
    let (status, output) = try Self.run(Self.shell("fish")!, ["--no-config", "-c", probe])
    #expect(status == 0, "\(output)")
    #expect(
      output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) } == [
        "log-session_K7Q4_--kind", "--outcome=contact_--outcome", "amigo", "amigo.fish",
        "amigo.yaml",
      ], "\(output)")
  }

  @Test func completingOutsideAWorkspaceIsQuiet() {
    let env = Environment(currentDirectory: "/")
    #expect(Amigo.run(["_complete", "--", "show"], environment: env) == .success)
    #expect(env.stdout.text.isEmpty)
    #expect(env.stderr.text.isEmpty)
  }

  // MARK: - The man page

  @Test func manPageIsCurrent() throws {
    let url = Fixtures.root.appendingPathComponent("docs/amigo.1")
    let actual = ManPage.roff()
    if Golden.recording {
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded docs/amigo.1; rerun without AMIGO_RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      expected == actual,
      "docs/amigo.1 is stale; regenerate it with AMIGO_RECORD_GOLDEN=1 swift test --filter CompletionTests:\n\(LineDiff.describe(expected: expected, actual: actual))"
    )
    for command in Amigo.commands where !command.spec.name.hasPrefix("_") {
      #expect(actual.contains(".SS \"amigo \(ManPage.escape(command.spec.name))"))
    }
  }

  @Test(.enabled(if: CompletionTests.shell("groff") != nil, "groff is not installed"))
  func manPageRendersWithoutWarnings() throws {
    let (status, output) = try Self.run(
      Self.shell("groff")!, ["-ww", "-man", "-Tutf8", "-z"], input: ManPage.roff())
    #expect(status == 0)
    #expect(output.isEmpty, "\(output)")
  }
}
