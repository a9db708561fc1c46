import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation

/// `amigo init [FOLDER]`: creates a new workspace with the Amigo's op School defaults.
enum Init: Command {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Create a new workspace: amigo.yaml, trajectories/ and git settings.",
    discussion: """
      Writes amigo.yaml with the Amigo's op School programme and its norms (age 8-13, 12-20
      weeks, two child talks of 20 minutes a week, a home visit, classroom observation, parent
      talk and teacher talk, kept 20 years), one example school and one example worker to
      replace, and commented examples of a second programme and of school holidays. Also
      writes trajectories/ (the children's files go there), a .gitignore for amigo's lock and
      temporary files, and a .gitattributes. Files are readable by you only. Existing .gitignore
      and .gitattributes files keep their lines; amigo adds its own. amigo refuses to write over
      an existing amigo.yaml.
      """,
    examples: [
      "amigo init", "amigo init zorgdossiers --organisation 'Stichting Kansrijk Zuid'",
      "amigo init --language en",
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
        "language", value: "language",
        help: "Language of reports and of the comments in amigo.yaml: 'nl' (default) or 'en'."),
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let language =
      try args.value("language").map {
        try OptionValues.enumValue(
          $0, Schemas.language, option: "--language <language>", command: name)
      } ?? "nl"
    let organisation =
      args.value("organisation").map { $0.trimming(" \t") }
      ?? (language == "en" ? "My organisation" : "Mijn organisatie")
    if organisation.isEmpty || organisation.contains("\n") || organisation.contains("\r") {
      throw UsageError.invalidValue(
        args.value("organisation") ?? "", for: "--organisation <name>", command: name,
        hint: "Please give the organisation's name on one line.")
    }
    let folder = args.positionals.first
    let root = URL(fileURLWithPath: env.resolve(folder ?? ".")).standardizedFileURL.path
    let isHere = root == env.currentDirectory
    let shown = isHere ? "the current folder" : env.display(root)
    let quoted = isHere ? shown : "'\(shown)'"

    // Inside another workspace's trajectories/, the new amigo.yaml would read as a trajectory.
    let outer = Workspace.find(from: (root as NSString).deletingLastPathComponent)
    if let outer, (root + "/").hasPrefix(outer.trajectoriesPath + "/") {
      throw CommandError(
        message:
          "'\(env.display(root))' lies in the trajectories folder of the workspace in "
          + "'\(env.display(outer.root))'; choose a folder outside it",
        status: .usage)
    }

    // The config amigo writes must be valid: anything else is a bug.
    let config = WorkspaceTemplate.config(organisation: organisation, language: language)
    let (_, diagnostics) = Validator.validateConfig(YAMLDocument(parsing: config))
    guard !diagnostics.hasErrors else {
      throw DiagnosticsError(
        message: "internal error: the new amigo.yaml would not be valid; nothing was written",
        diagnostics: diagnostics, source: SourceText(config), status: .software)
    }

    let steps: [WorkspaceCreation.Step]
    do {
      steps = try WorkspaceCreation.create(
        at: root, config: config, gitignore: WorkspaceTemplate.gitignore(language: language),
        gitattributes: WorkspaceTemplate.gitattributes(language: language),
        ignoredPatterns: WorkspaceTemplate.ignoredPatterns,
        attributesLine: WorkspaceTemplate.attributesLine)
    } catch {
      switch error {
      case .exists:
        throw CommandError(
          message: "\(quoted) already has an amigo workspace (amigo.yaml); nothing was changed",
          status: .usage)
      case .write(let writeError):
        throw CommandError(message: writeError.description, status: .ioError)
      case .read(let readError):
        throw CommandError(message: readError.description, status: .noInput)
      }
    }

    let school = WorkspaceTemplate.placeholderSchool(language: language)
    let worker = WorkspaceTemplate.placeholderWorker(language: language)
    let about = [
      Workspace.configName: "the organisation, its programmes and norms, schools and workers",
      Workspace.trajectoriesFolder + "/": "one file per child (none yet)",
      ".gitignore": "keeps amigo's lock and temporary files out of git",
      ".gitattributes": "line endings of the YAML files",
    ]
    var out = "Created an amigo workspace in \(shown):\n"
    for step in steps {
      let what: String
      switch step.action {
      case .created: what = about[step.path] ?? ""
      case .updated: what = "added amigo's lines"
      case .kept: what = "already there"
      }
      out += "  " + step.path.padding(toLength: 16, withPad: " ", startingAt: 0) + what + "\n"
    }
    out += "\nNext steps:\n"
    var number = 1
    func step(_ text: String) {
      out += "  \(number). \(text)\n"
      number += 1
    }
    if root != env.currentDirectory {
      step("cd \(shellQuoted(env.display(root)))")
    }
    step(
      "Edit amigo.yaml: your organisation's name, and your own schools and workers instead of\n"
        + "     the examples '\(school)' and '\(worker)'. Then check it: amigo validate")
    step("Register a child: amigo new-child (on a terminal, amigo asks for the details)")
    step("Keep the folder in git (git init, if it is not in a repository yet) and commit it.")
    env.stdout.write(out)
    if let outer {
      env.stderr.write(
        "amigo: warning: the new workspace lies inside the workspace in '\(env.display(outer.root))'; "
          + "the two are separate\n")
    }
    return .success
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
