import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// The options commands share, parsed once at the top of a command's `run` into typed values
/// (like swift-argument-parser's option groups): `--dir` (the workspace), `--today`, `--lang`
/// and `--format`. A command reads only the ones its spec declares; the others are absent.
struct CommonOptions {
  /// The command's name, for usage errors.
  let command: String
  /// `--today`, or the environment's today.
  let today: LocalDate
  /// `--lang` (`nl`, `en`, or a name such as `dutch` or `Nederlands`); nil when not given.
  let language: Language?
  /// `--format` as given; nil when not given. `format(_:default:hint:)` checks it.
  let formatText: String?
  /// `--dir` as given (resolved by `workspace()`).
  let dir: String?
  /// The positional arguments (files and folders for `validate` and `fmt`).
  let positionals: [String]
  let env: Environment

  init(_ arguments: ParsedArguments, _ env: Environment, command spec: CommandSpec) throws {
    self.env = env
    command = spec.name
    dir = arguments.value("dir")
    formatText = arguments.value("format")
    positionals = arguments.positionals
    if let text = arguments.value("today") {
      guard let date = LocalDate(text) else {
        throw UsageError.invalidValue(
          text, for: "--today <date>", command: spec.name, hint: Hint(.hintDateOnly))
      }
      today = date
    } else {
      today = env.today
    }
    if let text = arguments.value("lang") {
      guard let language = Self.language(text) else {
        throw UsageError.invalidValue(
          text, for: spec.option(named: "lang")?.synopsis ?? "--lang <lang>", command: spec.name,
          hint: Hint(.hintLanguage))
      }
      self.language = language
    } else {
      language = nil
    }
  }

  /// The one `--lang` rule: a code of the schema's `language` (with its Dutch words) or a
  /// common name of the language.
  static func language(_ text: String) -> Language? {
    Language(resolving: text)
  }

  /// The language of output: `--lang`, else the workspace's.
  func language(_ config: Config) -> Language {
    language ?? (config.language == "en" ? .en : .nl)
  }

  /// `--format`, one of `allowed`, else `default`; another value is a usage error with `hint`.
  func format(
    _ allowed: [ReportFormat], default: ReportFormat, hint: Hint
  ) throws -> ReportFormat {
    guard let text = formatText else { return `default` }
    guard let format = ReportFormat(rawValue: text), allowed.contains(format) else {
      throw UsageError.invalidValue(text, for: "--format <format>", command: command, hint: hint)
    }
    return format
  }

  /// The workspace: `--dir`, else `$AMIGO_DIR`, else the nearest folder up with amigo.yaml.
  func workspace() throws -> Workspace { try Self.workspace(dir: dir, env) }

  /// The workspace `dir` names (else `$AMIGO_DIR`, else the nearest folder up with amigo.yaml).
  static func workspace(dir given: String?, _ env: Environment) throws -> Workspace {
    let fromVariable = env.variables["AMIGO_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    if let dir = given ?? fromVariable {
      let path = URL(fileURLWithPath: env.resolve(dir)).standardizedFileURL.path
      guard FileSystem.exists(path + "/" + Workspace.configName) else {
        let source = given == nil ? env.language().text(.errFromAmigoDir) : ""
        var isFolder: ObjCBool = false
        let reason =
          !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
          ? env.language().text(.errDoesNotExist)
          : env.language().text(!isFolder.boolValue ? .errNotAFolder : .errNoConfig)
        throw CommandError(
          message: env.language().text(.errNoWorkspaceAt, dir, source, reason), status: .noInput)
      }
      return Workspace(root: path)
    }
    guard let ws = Workspace.find(from: env.currentDirectory) else {
      throw CommandError(message: notInWorkspace(env), status: .noInput)
    }
    return ws
  }

  /// Why there is no workspace here. In a git clone with nothing checked out (the remote's
  /// default branch is one that does not exist, so `git clone` checked out nothing) amigo names
  /// the remote branch that holds amigo.yaml and how to check it out.
  static func notInWorkspace(_ env: Environment) -> String {
    let language = env.language()
    let plain = language.text(.errNotInWorkspace)
    let git = env.git(env.currentDirectory)
    guard
      let branch = try? git.run(["symbolic-ref", "--quiet", "--short", "HEAD"], check: false),
      branch.status == 0, !git.isCommit("HEAD"),
      let refs = try? git.run(
        ["for-each-ref", "--format=%(refname:short)", "refs/remotes"], check: false),
      refs.status == 0
    else { return plain }
    let remote = refs.text.split(separator: "\n").map(String.init)
      .filter { !$0.hasSuffix("/HEAD") && $0.contains("/") }
      // The usual names first.
      .sorted { ($0.hasSuffix("/main") ? 0 : 1, $0) < ($1.hasSuffix("/main") ? 0 : 1, $1) }
      .prefix(20)
      .first {
        (try? git.run(["cat-file", "-e", $0 + ":" + Workspace.configName], check: false))?
          .status == 0
      }
    guard let remote, let slash = remote.firstIndex(of: "/") else { return plain }
    return language.text(
      .errNothingCheckedOut,
      branch.text.trimmingCharacters(in: .whitespacesAndNewlines), remote,
      String(remote[remote.index(after: slash)...]))
  }

  /// The files the positional arguments name, each once, in order: a workspace folder gives its
  /// amigo.yaml and trajectory files, another folder the YAML files below it (a workspace's
  /// amigo.yaml among them), a file itself.
  func files() throws -> [String] {
    var paths: [String] = []
    for argument in positionals {
      let path = URL(fileURLWithPath: env.resolve(argument)).standardizedFileURL.path
      guard FileSystem.exists(path) else {
        throw CommandError(message: env.language().text(.errNoSuchPath, argument), status: .noInput)
      }
      if FileSystem.isDirectory(path) {
        if FileSystem.exists(path + "/" + Workspace.configName) {
          let workspace = Workspace(root: path)
          paths +=
            [workspace.configPath] + workspace.trajectoryPaths() + workspace.activityPaths()
        } else {
          paths += FileSystem.yamlFiles(under: path)
        }
      } else {
        paths.append(path)
      }
    }
    var seen = Set<String>()
    return paths.filter { seen.insert($0).inserted }
  }
}
