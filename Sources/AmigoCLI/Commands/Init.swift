import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo init [FOLDER]`: creates a new workspace with the chosen programme profiles (Amigo's op
/// School by default).
enum InitCommand: Command {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Create a new workspace: amigo.yaml, trajectories/ and git settings.",
    discussion: """
      Writes amigo.yaml with the profiles of the programmes you run (--programme, repeatable:
      amigos-op-school, sociaal-werker-school, ruggensteun, kansencoach, tijd-voor-toekomst).
      Each profile holds only the norms its programme's description states, with a comment
      quoting where each comes from. Amigo's op School: age 8-13, 12-20 weeks, two child talks
      of 20 minutes a week, a home visit, classroom observation, parent talk and teacher talk.
      Without --programme, amigo asks on a terminal and otherwise writes Amigo's op School.
      Also one example school and one example worker to replace, and commented examples of
      school holidays. Also writes trajectories/ (the children's files go there), a .gitignore
      for amigo's lock and temporary files, and a .gitattributes (LF line endings; trajectory
      files merged by amigo).
      Files are readable by you only. Existing .gitignore and .gitattributes files keep their
      lines; amigo adds its own. amigo refuses to write over an existing amigo.yaml.
      In a git repository, or with --git (which runs 'git init' when the folder is not in one),
      amigo also registers its merge driver in the repository's config and installs a
      pre-commit hook, as 'amigo git-setup' does; run that in every fresh clone.
      """,
    examples: [
      "amigo init", "amigo init zorgdossiers --organisation 'Stichting Kansrijk Zuid'",
      "amigo init --language en", "amigo init zorgdossiers --git",
      "amigo init --programme kansencoach --programme ruggensteun",
    ],
    arguments: [
      ArgumentSpec(
        "folder", optional: true,
        help: "Where to create the workspace (default: the current folder; created if missing).")
    ],
    options: [
      OptionSpec(
        "organisation", value: "name",
        help:
          "The organisation's name (default: 'Mijn organisatie', or 'My organisation' with --language en)."
      ),
      OptionSpec(
        "language", value: "language", values: .values(Schemas.language),
        help: "Language of reports and of the comments in amigo.yaml: 'nl' (default) or 'en'."),
      OptionSpec(
        "programme", value: "programme", repeatable: true,
        help:
          "A programme to write the profile of (repeatable): amigos-op-school, sociaal-werker-school, ruggensteun, kansencoach or tijd-voor-toekomst."
      ),
      OptionSpec(
        "git",
        help:
          "Keep the workspace in git: run 'git init' when the folder is not in a repository, then set it up."
      ),
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let language =
      try args.value("language").map {
        try OptionValues.enumValue(
          $0, spec.enumeration("language"), option: "--language <language>", command: name)
      } ?? "nl"
    let organisation =
      args.value("organisation").map { $0.trimming(" \t") }
      ?? (language == "en" ? "My organisation" : "Mijn organisatie")
    // One line without control characters (a tab, NEL or U+2028 included) or zero-width ones
    // (a name in amigo.yaml holds none): else the new amigo.yaml would be invalid, which is the
    // user's input and not a bug.
    let controls =
      organisation.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028
          || $0.value == 0x2029
      } || ControlCharacterRule.firstInvisible(in: organisation) != nil
    if organisation.isEmpty || controls {
      throw UsageError.invalidValue(
        args.value("organisation") ?? "", for: "--organisation <name>", command: name,
        hint: Hint(.cbOrgOneLine))
    }
    let folder = args.positionals.first
    let root = URL(fileURLWithPath: env.resolve(folder ?? ".")).standardizedFileURL.path
    let isHere = root == env.currentDirectory
    let shown = isHere ? env.language().text(.cbCurrentFolder) : env.display(root)
    let quoted = isHere ? shown : "'\(shown)'"

    // A file where the folder should be: said as such, not as a write that failed ("Not a
    // directory", exit 74).
    var info = stat()
    if stat(root, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
      throw CommandError(
        message: env.language().text(
          .cbInitNotAFolder, env.display(root),
          FileSystem.kind(info.st_mode).text(
            env.language().code)),
        status: .usage)
    }

    // Inside another workspace's trajectories/, the new amigo.yaml would read as a trajectory.
    let outer = Workspace.find(from: (root as NSString).deletingLastPathComponent)
    if let outer, (root + "/").hasPrefix(outer.trajectoriesPath + "/") {
      throw CommandError(
        message: env.language().text(
          .cbInTrajectoriesFolder, env.display(root), env.display(outer.root)),
        status: .usage)
    }

    // With --git, git must be there before anything is written.
    let wantsGit = args.flag("git")
    if wantsGit {
      try GitIntegration.checked(env) { try env.git("/").run(["--version"]) }
    }

    // The config amigo writes must be valid: anything else is a bug.
    let programmes = try chosenProgrammes(args, env)
    let config = WorkspaceTemplate.config(
      organisation: organisation, language: language, programmes: programmes)
    let (newConfig, checked) = FileCheck.config(text: config)
    guard !checked.diagnostics.hasErrors else {
      throw DiagnosticsError(
        message: env.language().text(.ccNewConfigInvalid),
        diagnostics: checked.diagnostics, source: checked.source, status: .software)
    }

    let steps: [WorkspaceCreation.Step]
    do {
      steps = try WorkspaceCreation.create(
        at: root, config: config, gitignore: WorkspaceTemplate.gitignore(language: language),
        gitattributes: WorkspaceTemplate.gitattributes(language: language),
        ignoredPatterns: WorkspaceTemplate.ignoredPatterns,
        attributesLines: WorkspaceTemplate.attributeLines)
    } catch {
      switch error {
      case .exists:
        throw CommandError(
          message: env.language().text(.cbHasWorkspace, quoted),
          status: .usage)
      case .write(let writeError):
        throw CommandError(message: env.language().say(writeError), status: .ioError)
      case .read(let readError):
        throw CommandError(message: env.language().say(readError), status: .noInput)
      }
    }

    let school = WorkspaceTemplate.placeholderSchool(language: language)
    let worker = WorkspaceTemplate.placeholderWorker(language: language)
    // What init says is in the new workspace's language.
    let ui = language == "en" ? Language.en : Language.nl
    let about = [
      Workspace.configName: ui.text(.inAboutConfig),
      Workspace.trajectoriesFolder + "/": ui.text(.inAboutTrajectories),
      ".gitignore": ui.text(.inAboutIgnore),
      ".gitattributes": ui.text(.inAboutAttributes),
    ]
    let shownHere = isHere ? ui.text(.cbCurrentFolder) : shown
    var out = ui.text(.inCreated, shownHere) + "\n"
    // The editors' schemas, from the config just written.
    var schemaFailure: String?
    do {
      _ = try WorkspaceSchemas.write(
        root: root, config: newConfig,
        version: Amigo.version)
    } catch {
      schemaFailure = ui.say(error)
    }
    for step in steps {
      let what: String
      switch step.action {
      case .created: what = about[step.path] ?? ""
      case .updated, .tidied: what = ui.text(.inUpdated)
      case .kept: what = ui.text(.inKept)
      }
      out += "  " + step.path.padding(toLength: 16, withPad: " ", startingAt: 0) + what + "\n"
    }
    if schemaFailure == nil {
      out += GitIntegration.row(
        WorkspaceSchemas.folder + "/", ui.text(.inSchemas))
    }
    // git: in a repository (or a new one with --git), the merge driver and the hook.
    // The workspace is there already: a failure here is reported after it.
    let git = env.git(root)
    var inRepository = git.isRepository()
    var gitWarnings: [String] = []
    var gitFailure: CommandError?
    do {
      if !inRepository && wantsGit {
        try GitIntegration.checked(env) { try git.initRepository() }
        inRepository = true
        out += GitIntegration.row(".git/", ui.text(.inNewRepository))
      }
      if inRepository {
        let result = try GitIntegration.setUp(git, env, workspace: root, language: ui)
        for (what, text) in result.rows { out += GitIntegration.row(what, text) }
        gitWarnings = result.warnings
      }
    } catch let error as CommandError {
      gitFailure = error
    }
    out += "\n" + ui.text(.inNextSteps) + "\n"
    var number = 1
    func step(_ text: String) {
      out += "  \(number). \(text)\n"
      number += 1
    }
    if root != env.currentDirectory {
      step("cd \(shellQuoted(env.display(root)))")
    }
    step(ui.text(.inStepEdit, school, worker))
    step(ui.text(.inStepChild))
    step(ui.text(inRepository ? .inStepCommit : .inStepGit))
    env.stdout.write(out)
    for warning in gitWarnings { env.stderr.write("amigo: warning: \(warning)\n") }
    if let schemaFailure {
      env.stderr.write(ui.text(.inNoSchemas, schemaFailure) + "\n")
    }
    if let gitFailure {
      env.stderr.write(ui.text(.inNoGit, gitFailure.text(ui)) + "\n")
      return gitFailure.status
    }
    if let outer {
      env.stderr.write(ui.text(.inNested, env.display(outer.root)) + "\n")
    }
    return .success
  }

  /// The programmes of `--programme` (each once, in the order given); without it, asked on a
  /// terminal, else Amigo's op School.
  static func chosenProgrammes(
    _ args: ParsedArguments, _ env: Environment
  ) throws
    -> [ProgrammeTemplate]
  {
    let names = ProgrammeTemplate.all.map(\.id)
    var chosen: [ProgrammeTemplate] = []
    for value in args.values("programme") {
      guard let template = ProgrammeTemplate.named(value) else {
        throw UsageError.invalidValue(
          value, for: "--programme <programme>", command: spec.name,
          hint: Hint.oneOf(names.map { "'\($0)'" }))
      }
      if !chosen.contains(where: { $0.id == template.id }) { chosen.append(template) }
    }
    if !chosen.isEmpty { return chosen }
    guard env.isInteractive else { return [ProgrammeTemplate.all[0]] }
    let language = env.language()
    var menu = language.text(.promptProgrammesTitle) + "\n"
    for (i, t) in ProgrammeTemplate.all.enumerated() {
      menu += "  \(i + 1)  \(t.id.padding(toLength: 22, withPad: " ", startingAt: 0))  \(t.label)\n"
    }
    env.stderr.write(menu)
    return try Prompt.ask(
      language.text(.promptProgrammes), env,
      again: language.text(.promptProgrammesAgain, String(names.count))
    ) { answer in
      if answer.isEmpty { return [ProgrammeTemplate.all[0]] }
      var out: [ProgrammeTemplate] = []
      for part in answer.split(separator: ",") {
        let word = String(part).trimming(" ")
        let template =
          Int(word).flatMap {
            ProgrammeTemplate.all.indices.contains($0 - 1) ? ProgrammeTemplate.all[$0 - 1] : nil
          } ?? ProgrammeTemplate.named(word)
        guard let template else { return nil }
        if !out.contains(where: { $0.id == template.id }) { out.append(template) }
      }
      return out.isEmpty ? nil : out
    }
  }

  /// `text` quoted for a POSIX shell when it needs it.
  static func shellQuoted(_ text: String) -> String {
    let safe = text.unicodeScalars.allSatisfy {
      CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0)
    }
    return safe && !text.isEmpty
      ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
