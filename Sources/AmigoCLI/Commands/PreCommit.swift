import AmigoSchema
import AmigoStore
import Foundation

/// `amigo _pre-commit`: what the pre-commit hook runs. Checks the staged versions (the index,
/// not the working tree) of trajectory files and amigo.yaml and fails when they have errors.
enum PreCommitCommand: Command {
  static let spec = CommandSpec(
    name: "_pre-commit",
    abstract: "Check the staged trajectory files and amigo.yaml (git's pre-commit hook).",
    discussion: """
      git runs this from the hook 'amigo git-setup' installs. It checks what is about to be
      committed, the staged content, not the files in the working tree: every staged trajectory
      file (under a workspace's trajectories/) and activity file (under activities/, against the
      trajectories of the working tree) against the staged amigo.yaml of its workspace,
      and a staged amigo.yaml itself. Problems are printed as 'amigo validate' prints them, with
      paths from the top of the repository. Exit status 1 when there are errors, which stops the
      commit; warnings do not. Only the warnings the commit adds are shown (those a file had in
      the last commit are counted on one line), and date-dependent warnings are left out.
      """,
    examples: ["amigo _pre-commit"])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let git = env.git(env.currentDirectory)
    let (staged, deleted, configs, top) = try GitIntegration.checked(env) {
      let top = try git.topLevel()
      let staged = Git.paths(
        try git.run(["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"]))
      let deleted = Git.paths(
        try git.run(["diff", "--cached", "--name-only", "--diff-filter=D", "--no-renames", "-z"]))
      let configs = Git.paths(
        try git.run([
          "ls-files", "--cached", "--full-name", "-z", "--", ":(top)" + Workspace.configName,
          ":(top,glob)**/" + Workspace.configName,
        ]))
      return (staged, deleted, configs, Optional(top))
    }
    // Workspaces in the index, by the folder holding amigo.yaml ("" at the top).
    let roots = Set(configs.map { folder(of: $0) })
    func workspace(of path: String, folder: String = Workspace.trajectoriesFolder) -> String? {
      roots.filter { root in
        path.hasPrefix((root.isEmpty ? "" : root + "/") + folder + "/")
      }.max { $0.count < $1.count }
    }
    var configFiles: [String] = []
    var trajectoryFiles: [(path: String, root: String)] = []
    // Staged activity files (`activities/`), checked with the trajectories.
    var activityFiles = Set<String>()
    for path in staged {
      let name = (path as NSString).lastPathComponent
      if name == Workspace.configName && roots.contains(folder(of: path)) {
        configFiles.append(path)
      } else if name.hasSuffix(".yaml"), !name.hasPrefix("."), let root = workspace(of: path) {
        trajectoryFiles.append((path, root))
      } else if name.hasSuffix(".yaml"), !name.hasPrefix("."),
        let root = workspace(of: path, folder: Workspace.activitiesFolder)
      {
        trajectoryFiles.append((path, root))
        activityFiles.insert(path)
      }
    }
    // Activity files that name a staged trajectory are checked again, as `validate --changed`
    // does: a changed consent can leave a meeting or group without the consent it needs; and
    // so are those that name a trajectory whose file the commit deletes (a meeting would name
    // a child that is gone).
    if let top {
      var staged: [String: Set<String>] = [:]
      for file in trajectoryFiles where !activityFiles.contains(file.path) {
        staged[file.root, default: []].insert(Workspace.id(ofFile: file.path))
      }
      for path in deleted where path.hasSuffix(".yaml") {
        if let root = workspace(of: path) {
          staged[root, default: []].insert(Workspace.id(ofFile: path))
        }
      }
      for (root, ids) in staged.sorted(by: { $0.key < $1.key }) {
        let workspace = Workspace(root: root.isEmpty ? top : top + "/" + root)
        // From the top of the repository (an activity file may lie in a subfolder). Which
        // children a file names, the activity index answers without reading it.
        let paths = workspace.activityPaths().filter {
          $0.hasPrefix(top + "/") && !activityFiles.contains(String($0.dropFirst(top.count + 1)))
        }
        let (read, files) = Loader.readActivities(
          paths, in: workspace, version: Amigo.version,
          passingOver: { ids.isDisjoint(with: $0.named) })
        for (path, file) in zip(read, files) {
          guard let activity = file.activity, !ids.isDisjoint(with: activity.namedChildren)
          else { continue }
          let relative = String(path.dropFirst(top.count + 1))
          trajectoryFiles.append((relative, root))
          activityFiles.insert(relative)
        }
      }
    }
    guard !configFiles.isEmpty || !trajectoryFiles.isEmpty else { return .success }

    // A staged file whose name differs only in case from another file's in git's index (of
    // the workspace's trajectories or activities, in any of their folders): one file on macOS
    // and Windows. And a staged file whose name another file of its folder has (a copy in
    // another subfolder): one trajectory, meeting or group twice.
    var caseOthers: [String: String] = [:]
    var sameNamed: [String: String] = [:]
    if !trajectoryFiles.isEmpty {
      let specs = trajectoryFiles.flatMap { file -> [String] in
        let prefix = file.root.isEmpty ? "" : file.root + "/"
        let name = (file.path as NSString).lastPathComponent
        // A file name is an id and `.yaml`: no character that a glob reads as a pattern.
        return [Workspace.trajectoriesFolder, Workspace.activitiesFolder].map {
          ":(top,icase,glob)" + prefix + $0 + "/**/" + name
        }
      }
      let listed = try GitIntegration.checked(env) {
        Git.paths(try git.run(["ls-files", "--cached", "-z", "--"] + specs))
      }
      for file in trajectoryFiles {
        let name = (file.path as NSString).lastPathComponent
        let prefix = file.root.isEmpty ? "" : file.root + "/"
        let others = listed.filter { other in
          other != file.path && other.hasPrefix(prefix)
            && (other as NSString).lastPathComponent.uppercased() == name.uppercased()
        }.sorted()
        caseOthers[file.path] = others.first {
          ($0 as NSString).lastPathComponent != name
        }
        let folder =
          activityFiles.contains(file.path)
          ? Workspace.activitiesFolder : Workspace.trajectoriesFolder
        sameNamed[file.path] = others.first {
          ($0 as NSString).lastPathComponent == name && $0.hasPrefix(prefix + folder + "/")
        }
      }
    }

    // The configs the trajectories need and the staged files, from the index in one go.
    let neededRoots = Array(Set(trajectoryFiles.map(\.root))).sorted()
    let configPaths = neededRoots.map { ($0.isEmpty ? "" : $0 + "/") + Workspace.configName }
    let stagedNames = (configPaths + configFiles + trajectoryFiles.map(\.path)).map { ":" + $0 }
    // The committed versions too: only the warnings a commit adds are shown.
    let committedNames = (configFiles + trajectoryFiles.map(\.path)).map { "HEAD:" + $0 }
    let fetched = try GitIntegration.checked(env) { try git.blobs(stagedNames + committedNames) }
    var blobs = fetched.prefix(stagedNames.count)
    var committed = fetched.dropFirst(stagedNames.count)
    // Every child's label an activity file of the commit may hold, per workspace, as
    // `validate` looks for them all: from the workspace's index, each confirmed by its file
    // (`ChildLookup.labels(mayBeIn:)`), and the staged trajectories' as they are committed.
    var labelsOf: [String: LabelLookup] = [:]
    if let top, !activityFiles.isEmpty {
      let staged = configPaths.count + configFiles.count
      let last = stagedNames.count + configFiles.count
      var texts: [String: [[UInt8]]] = [:]
      var current: [String: [(path: String, label: String)]] = [:]
      for (i, file) in trajectoryFiles.enumerated() {
        guard let bytes = fetched[staged + i] else { continue }
        if activityFiles.contains(file.path) {
          // The committed version too: its warnings are told from the new ones.
          texts[file.root, default: []] += [bytes] + (fetched[last + i].map { [$0] } ?? [])
        } else {
          current[file.root, default: []].append(
            (top + "/" + file.path, ChildLookup.label(in: bytes)))
        }
      }
      for (root, texts) in texts {
        labelsOf[root] = LabelLookup(
          ChildLookup.labels(
            mayBeIn: LabelLookup.Words(texts),
            in: Workspace(root: root.isEmpty ? top : top + "/" + root), version: Amigo.version,
            current: current[root] ?? []))
      }
    }
    var configOf: [String: Config] = [:]
    for root in neededRoots {
      guard let bytes = blobs.removeFirst() else { continue }
      let (config, checked) = FileCheck.config(bytes)
      if let config, !checked.diagnostics.hasErrors { configOf[root] = config }
    }

    var checked: [CheckedText] = []
    var files = 0
    var earlierWarnings = 0
    /// Every error, and the warnings the file did not have in the last commit.
    func keep(_ file: CheckedText, before: [Diagnostic]?, _ path: String) {
      let now = file.diagnostics
      var kept: [Diagnostic] = []
      let new = Set(
        now.filter { $0.severity == .warning }.introduced(
          comparedTo: (before ?? []).filter { $0.severity == .warning }
        ).map { "\($0.code) \($0.message) \($0.range.map(\.description) ?? "")" })
      for d in now {
        if d.severity == .warning
          && !new.contains("\(d.code) \(d.message("en")) \(d.range.map(\.description) ?? "")")
        {
          earlierWarnings += 1
          continue
        }
        kept.append(d.inFile(path))
      }
      if !kept.isEmpty { checked.append(file.with(kept)) }
    }
    for path in configFiles {
      let last = committed.removeFirst()
      guard let bytes = blobs.removeFirst() else { continue }
      files += 1
      let before = last.map { FileCheck.config($0).1.diagnostics }
      keep(FileCheck.config(bytes).1, before: before, path)
    }
    // Each workspace's ledger of erased ids (`.amigo/erased.yaml`): a staged file of an erased
    // child is one a copy from before the erasure brought back.
    var ledgers: [String: [String: LocalDate]] = [:]
    func erased(_ root: String) -> [String: LocalDate] {
      if let known = ledgers[root] { return known }
      let ledger =
        top.map { ErasedLedger.read(Workspace(root: root.isEmpty ? $0 : $0 + "/" + root)) } ?? [:]
      ledgers[root] = ledger
      return ledger
    }
    for file in trajectoryFiles {
      let last = committed.removeFirst()
      guard let bytes = blobs.removeFirst() else { continue }
      let name = Workspace.id(ofFile: file.path)
      files += 1
      func check(_ bytes: [UInt8]) -> CheckedText {
        if activityFiles.contains(file.path) {
          // Against the trajectories of the working tree (the children it names, their
          // consent).
          return FileCheck.activity(
            bytes, fileName: name, config: configOf[file.root],
            index: { activity in
              top.map { top in
                ActivityStore.index(
                  Workspace(root: file.root.isEmpty ? top : top + "/" + file.root),
                  naming: activity.namedChildren, labels: labelsOf[file.root])
              }
            }, today: nil
          ).1
        }
        let (trajectory, text) = FileCheck.trajectory(
          bytes, fileName: name, config: configOf[file.root], today: nil)
        guard let t = trajectory, let day = erased(file.root)[t.id] else { return text }
        let d = SchemaDiagnostics.erasedTrajectory(
          text.source.range(t.idSpan.start, t.idSpan.end), t.id, erasedOn: day)
        return text.with(text.diagnostics + [d])
      }
      var checkedText = check(bytes)
      if let other = sameNamed[file.path] {
        let d = CaseCollisions.sameNameDiagnostic(
          name, other: other, bytes: bytes, activity: activityFiles.contains(file.path))
        checkedText = checkedText.with(checkedText.diagnostics + [d.inFile(file.path)])
      } else if let other = caseOthers[file.path] {
        let d = CaseCollisions.diagnostic(
          name, (Workspace.id(ofFile: other), other), bytes: bytes)
        checkedText = checkedText.with(checkedText.diagnostics + [d.inFile(file.path)])
      }
      keep(checkedText, before: last.map { check($0).diagnostics }, file.path)
    }
    guard !checked.isEmpty else { return .success }

    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stdout), language: env.language().code)
    var out = ""
    for file in checked {
      for d in file.diagnostics { out += renderer.render(d, source: file.source) }
    }
    let counts = ProblemCounts(checked.flatMap(\.diagnostics))
    out += env.language().text(.valStaged, counts.summary(files: files, env.language())) + "\n"
    if earlierWarnings > 0 {
      out +=
        (earlierWarnings == 1
          ? env.language().text(.ccEarlierWarning)
          : env.language().text(.ccEarlierWarnings, String(earlierWarnings))) + "\n"
    }
    env.stdout.write(out)
    if counts.errors > 0 {
      env.stderr.write(
        env.language().text(.ccCommitStopped) + "\n")
      return .failure
    }
    return .success
  }

  /// The folder of a repository path, "" at the top.
  static func folder(of path: String) -> String {
    (path as NSString).deletingLastPathComponent
  }
}
