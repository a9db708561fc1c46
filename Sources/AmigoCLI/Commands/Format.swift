import AmigoSchema
import AmigoStore
import Foundation

/// `amigo fmt [--check] [PATH…]`: white-space normalisation and quoting of plain values that
/// typed YAML readers read differently, safe for a pre-commit hook.
enum FormatCommand: Command {
  static let spec = CommandSpec(
    name: "fmt",
    abstract:
      "Tidy the white space and ambiguous values of trajectory and activity files and amigo.yaml.",
    discussion: """
      Removes trailing spaces, collapses runs of blank lines into one, drops blank lines at the
      start and end of a file and adds a missing final line break, and replaces a tab in the
      indentation with the spaces amigo reads it as (the file's indentation step). It also fixes
      plain values that typed YAML tools read differently from amigo (typed-plain-scalar): text
      like No, ~, 0800 or 1:30 is quoted ('No'), a number like 045 loses its leading zeros (45),
      so that amigo reads the same value as before. Nothing else changes: not the text of block
      scalars (where trailing spaces are content), not other tabs, comments or quoting, and
      CRLF files keep CRLF. A file is only rewritten when it reads back to the same values.
      Files with other YAML errors are reported and left alone.
      With --check, amigo changes nothing, lists the files that would change and exits with
      status 1 if there are any: for a pre-commit hook or CI.
      """,
    examples: [
      "amigo fmt", "amigo fmt --check", "amigo fmt trajectories/AOS-2026-K7Q4.yaml",
    ],
    arguments: [
      ArgumentSpec(
        "path", optional: true, variadic: true,
        help:
          "Files or folders to format (default: amigo.yaml, every trajectory file and every activity file)."
      )
    ],
    options: [
      OptionSpec(
        "check", help: "Change nothing; list the files that would change (exit 1 if any)."),
      .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let check = args.flag("check")
    let paths = try files(args, env)
    // The editors' schema line for files without one; the workspace gets its schemas first.
    var workspaces: [String: Workspace?] = [:]
    let modelines = paths.map { path -> String? in
      let folder = (path as NSString).deletingLastPathComponent
      let found = workspaces[folder] ?? Workspace.find(from: folder)
      workspaces[folder] = found
      guard let workspace = found ?? nil else { return nil }
      return WorkspaceSchemas.modeline(forFile: path, in: workspace, present: false)
    }
    if !check {
      try writeSchemas(paths: paths, modelines: modelines, env)
    }
    let outcomes = FileFormatting.format(paths, write: !check, modelines: modelines)

    var formatted: [String] = []
    var already = 0
    var yamlErrors = 0
    var readFailures = 0
    var writeFailures = 0
    var saidWriteFailures: Set<String> = []
    var repeatedWriteFailures = 0
    let language = env.language()
    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stderr), language: language.code)
    for (path, outcome) in zip(paths, outcomes) {
      let shown = env.display(path)
      switch outcome {
      case .unchanged:
        already += 1
      case .formatted:
        formatted.append(shown)
      case .invalid(let checked):
        yamlErrors += 1
        for d in checked.errors {
          env.stderr.write(renderer.render(d.inFile(shown), source: checked.source))
        }
      case .unsafe:
        env.stderr.write(language.text(.ccFmtUnsafe, shown) + "\n")
      case .readFailed(let error):
        readFailures += 1
        env.stderr.write("amigo: \(language.say(error))\n")
      case .writeFailed(let error):
        writeFailures += 1
        // One cause for every file (the workspace lock, a read-only folder) is said once, not
        // once per file (qa-walk p4).
        let why = language.say(error)
        if saidWriteFailures.insert(why).inserted {
          env.stderr.write("amigo: " + language.text(.ccFileUnchanged, why) + "\n")
        } else {
          repeatedWriteFailures += 1
        }
      }
    }
    if repeatedWriteFailures > 0 {
      env.stderr.write(
        language.text(.ccFmtSameForMore, language.files(repeatedWriteFailures)) + "\n")
    }

    var out = formatted.map { $0 + "\n" }.joined()
    let alreadyText = language.text(.ccAlreadyFormatted, language.files(already))
    if !formatted.isEmpty {
      let n = formatted.count
      out +=
        (!check
          ? language.text(.ccFormatted, language.files(n))
          : n == 1
            ? language.text(.ccWouldBeFormattedOne) : language.text(.ccWouldBeFormatted, String(n)))
        + (already > 0 ? " (\(alreadyText))" : "") + (check ? language.text(.ccRunFmt) : "")
        + "\n"
    } else if already > 0 || paths.isEmpty {
      out += alreadyText + "\n"
    }
    env.stdout.write(out)
    if yamlErrors > 0 {
      env.stderr.write(language.text(.ccYAMLErrorsLeft, language.files(yamlErrors)) + "\n")
    }
    if writeFailures > 0 { return .ioError }
    if readFailures > 0 { return .noInput }
    if yamlErrors > 0 { return .dataError }
    if check && !formatted.isEmpty { return .failure }
    return .success
  }

  /// Writes the schemas of each workspace one of whose files is about to get a schema line
  /// and that has none yet (`amigo git-setup` refreshes existing ones).
  static func writeSchemas(paths: [String], modelines: [String?], _ env: Environment) throws {
    var roots: Set<String> = []
    for (path, modeline) in zip(paths, modelines) where modeline != nil {
      guard let bytes = try? FileSystem.read(path), !WorkspaceSchemas.hasModeline(bytes),
        let workspace = Workspace.find(from: (path as NSString).deletingLastPathComponent),
        !roots.contains(workspace.root)
      else { continue }
      roots.insert(workspace.root)
      if FileSystem.isDirectory(workspace.root + "/" + WorkspaceSchemas.folder) { continue }
      let config = Loader.loadConfig(workspace, display: env.display).0
      do {
        _ = try WorkspaceSchemas.write(root: workspace.root, config: config, version: Amigo.version)
      } catch {
        throw CommandError(message: env.language().say(error), status: .ioError)
      }
    }
  }

  /// The files the arguments name: the workspace's amigo.yaml and trajectory files, or the
  /// given files and folders (a workspace folder gives its amigo.yaml and trajectories).
  static func files(_ args: ParsedArguments, _ env: Environment) throws -> [String] {
    let options = try CommonOptions(args, env, command: spec)
    guard args.positionals.isEmpty else { return try options.files() }
    let workspace = try options.workspace()
    return [workspace.configPath] + workspace.trajectoryPaths() + workspace.activityPaths()
  }
}
