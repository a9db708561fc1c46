import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation

/// `amigo _pre-commit`: what the pre-commit hook runs. Checks the staged versions (the index,
/// not the working tree) of trajectory files and amigo.yaml and fails when they have errors.
enum PreCommit: Command {
  static let spec = CommandSpec(
    name: "_pre-commit",
    abstract: "Check the staged trajectory files and amigo.yaml (git's pre-commit hook).",
    discussion: """
      git runs this from the hook 'amigo git-setup' installs. It checks what is about to be
      committed, the staged content, not the files in the working tree: every staged trajectory
      file (under a workspace's trajectories/) against the staged amigo.yaml of its workspace,
      and a staged amigo.yaml itself. Problems are printed as 'amigo validate' prints them, with
      paths from the top of the repository. Exit status 1 when there are errors, which stops the
      commit; warnings do not. Date-dependent warnings are left out.
      """,
    examples: ["amigo _pre-commit"])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let git = env.git(env.currentDirectory)
    let (staged, configs) = try GitIntegration.checked(env) {
      _ = try git.topLevel()
      let staged = Git.paths(
        try git.run(["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"]))
      let configs = Git.paths(
        try git.run([
          "ls-files", "--cached", "--full-name", "-z", "--", ":(top)" + Workspace.configName,
          ":(top,glob)**/" + Workspace.configName,
        ]))
      return (staged, configs)
    }
    // Workspaces in the index, by the folder holding amigo.yaml ("" at the top).
    let roots = Set(configs.map { folder(of: $0) })
    func workspace(of path: String) -> String? {
      roots.filter { root in
        path.hasPrefix((root.isEmpty ? "" : root + "/") + Workspace.trajectoriesFolder + "/")
      }.max { $0.count < $1.count }
    }
    var configFiles: [String] = []
    var trajectoryFiles: [(path: String, root: String)] = []
    for path in staged {
      let name = (path as NSString).lastPathComponent
      if name == Workspace.configName && roots.contains(folder(of: path)) {
        configFiles.append(path)
      } else if name.hasSuffix(".yaml"), !name.hasPrefix("."), let root = workspace(of: path) {
        trajectoryFiles.append((path, root))
      }
    }
    guard !configFiles.isEmpty || !trajectoryFiles.isEmpty else { return .success }

    // The configs the trajectories need and the staged files, from the index in one go.
    let neededRoots = Array(Set(trajectoryFiles.map(\.root))).sorted()
    let configPaths = neededRoots.map { ($0.isEmpty ? "" : $0 + "/") + Workspace.configName }
    let names = (configPaths + configFiles + trajectoryFiles.map(\.path)).map { ":" + $0 }
    var blobs = try GitIntegration.checked(env) { try git.blobs(names) }[...]
    var configOf: [String: Config] = [:]
    for root in neededRoots {
      guard let bytes = blobs.removeFirst() else { continue }
      let (config, diagnostics) = Validator.validateConfig(YAMLDocument(bytes: bytes))
      if let config, !diagnostics.hasErrors { configOf[root] = config }
    }

    var checked: [(Diagnostic, SourceText)] = []
    var files = 0
    for path in configFiles {
      guard let bytes = blobs.removeFirst() else { continue }
      let document = YAMLDocument(bytes: bytes)
      files += 1
      checked += Validator.validateConfig(document).1.map { ($0.inFile(path), document.source) }
    }
    for file in trajectoryFiles {
      guard let bytes = blobs.removeFirst() else { continue }
      let document = YAMLDocument(bytes: bytes)
      let name = Workspace.id(ofFile: file.path)
      files += 1
      checked += Validator.validateTrajectory(
        document, fileName: name, config: configOf[file.root], today: nil
      ).1.map { ($0.inFile(file.path), document.source) }
    }
    guard !checked.isEmpty else { return .success }

    let renderer = DiagnosticRenderer(color: env.useColor(on: env.stdout))
    var out = ""
    for (d, source) in checked { out += renderer.render(d, source: source) }
    let counts = ProblemCounts(checked.map(\.0))
    out += counts.summary(files: files) + " (staged)\n"
    env.stdout.write(out)
    if counts.errors > 0 {
      env.stderr.write(
        "amigo: the commit was stopped: the staged files have errors. Fix them, 'git add' "
          + "them and commit again\n")
      return .failure
    }
    return .success
  }

  /// The folder of a repository path, "" at the top.
  static func folder(of path: String) -> String {
    (path as NSString).deletingLastPathComponent
  }
}
