import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo _pre-receive`: what the server-side hook (`amigo git-setup --server`) runs in a bare
/// repository. Reads git's `OLD NEW REF` lines and refuses the push when a pushed ref would hold
/// a trajectory, activity file or amigo.yaml with errors (conflict markers included).
enum PreReceiveCommand: Command {
  static let spec = CommandSpec(
    name: "_pre-receive",
    abstract: "Check pushed trajectory files and amigo.yaml (git's pre-receive hook, on a server).",
    discussion: """
      git runs this from the pre-receive hook 'amigo git-setup --server' installs in a bare
      repository, with one 'OLD NEW REF' line per pushed ref on standard input. For each ref it
      checks, in the pushed commit, the files the push changes: those that differ from where
      the new commits leave the history the repository already has (all files of a branch
      with a history of its own), and every file of a workspace whose amigo.yaml changes.
      Deleted refs need no check; a force push is checked against the history it keeps.
      A trajectory file of an erased child is refused whether the push changes it or not: its
      id is in the ledger of erased ids (.amigo/erased.yaml) of the pushed commit, of what the
      ref held before, or of the repository's HEAD (a force push back to before the erasure,
      or an old clone's branch, brings the child back). Files are read from git's object store
      with 'git cat-file --batch', without a checkout. Each problem is printed as one line,
      'REF:PATH:LINE:COLUMN: error[code]: message', with its help, in the language of the
      workspace's pushed amigo.yaml, and without the lines of the file: what git prints goes to
      the pusher and into the hosting service's logs, and a file the privacy check refuses holds
      the very data that must not be repeated there (the label a finding quotes is left out
      too). Exit status 1 when there are errors, which refuses the whole push. Warnings do not
      refuse a push and are not shown (the pre-commit hook shows them).
      """,
    examples: ["amigo _pre-receive < updates"])

  static let zero = String(repeating: "0", count: 40)

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let input = String(decoding: (try? env.readStandardInput()) ?? Data(), as: UTF8.self)
    let git = env.git(env.currentDirectory)
    var checked: [(file: CheckedText, language: Language?)] = []
    var files = 0
    for line in input.split(whereSeparator: \.isNewline) {
      let parts = line.split(separator: " ").map(String.init)
      guard parts.count == 3 else { continue }
      let (old, new, ref) = (parts[0], parts[1], parts[2])
      // A deletion leaves nothing to check.
      if new.allSatisfy({ $0 == "0" }) { continue }
      let result = try GitIntegration.checked(env) { try check(new, old: old, ref: ref, git) }
      checked += result.problems.map { ($0.file, $0.language) }
      files += result.files
    }
    guard !checked.isEmpty else { return .success }
    // The workspace's language (its pushed amigo.yaml), as the pre-commit hook speaks the
    // language of the clone's; the summary in the language of the first file with problems.
    let language = checked.first?.language ?? env.language()
    var out = ""
    for (file, fileLanguage) in checked {
      let renderer = DiagnosticRenderer(
        color: false, language: (fileLanguage ?? language).code)
      // No source excerpt: only location, severity, code, message and help.
      for d in file.diagnostics { out += renderer.render(serverSafe(d), source: nil) }
    }
    let counts = ProblemCounts(checked.flatMap(\.file.diagnostics))
    out += language.text(.valPushed, counts.summary(files: files, language)) + "\n"
    out += language.text(.ccPushRefused) + "\n"
    env.stderr.write(out)
    return .failure
  }

  /// `d` as the server prints it: a privacy finding's message without the text it quotes (a
  /// label that looks like a full name, a child's label in an activity file), which would
  /// repeat the data the check refused in the hosting service's logs. The code, position and
  /// help say what to fix; the pusher has the file.
  static func serverSafe(_ d: Diagnostic) -> Diagnostic {
    SchemaDiagnostics.withoutQuotedData(d)
  }

  /// The errors of the files the update of `ref` from `old` to `new` changes, named `REF:PATH`,
  /// each with the language of its workspace's amigo.yaml (`language:`; nil when it cannot be
  /// read). Also, changed or not, every trajectory file of an erased child: one whose id the
  /// ledger of erased ids (`.amigo/erased.yaml`) names, in the pushed commit, in what the ref
  /// held before or in the repository's HEAD (a force push back to before an erasure, a new
  /// branch from an old clone, brings the child back as surely as a changed file).
  static func check(
    _ new: String, old: String = zero, ref: String, _ git: Git
  ) throws(Git.Failure) -> (problems: [(file: CheckedText, language: Language?)], files: Int) {
    // The commits the repository does not have yet, and where they leave its history. None:
    // only commits the repository has checked already, but maybe from before an erasure.
    let listed = try git.run(["rev-list", "--boundary", new, "--not", "--all"]).line
    let lines = listed.split(separator: "\n").map(String.init)
    let boundaries = lines.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }
    // Every file of the pushed commit with its blob: `MODE blob OID<TAB>PATH`. Blobs are then
    // read by object id, which git finds at once (a `COMMIT:PATH` name walks the tree each
    // time: quadratic in a folder of 10 000 files).
    var blobOf: [String: String] = [:]
    var all: [String] = []
    for entry in Git.paths(try git.run(["ls-tree", "-r", "-z", new])) {
      guard let tab = entry.firstIndex(of: "\t") else { continue }
      let fields = entry[..<tab].split(separator: " ")
      guard fields.count == 3, fields[1] == "blob" else { continue }
      let path = String(entry[entry.index(after: tab)...])
      blobOf[path] = String(fields[2])
      all.append(path)
    }
    var changed: Set<String>
    if lines.isEmpty {
      changed = []
    } else if boundaries.isEmpty {
      changed = Set(all)  // a history of its own: every file
    } else {
      changed = []
      for base in boundaries {
        changed.formUnion(
          Git.paths(
            try git.run([
              "diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base, new,
            ])))
      }
    }

    // Workspaces by the folder holding amigo.yaml ("" at the top).
    let roots = Set(
      all.filter { ($0 as NSString).lastPathComponent == Workspace.configName }.map {
        PreCommitCommand.folder(of: $0)
      })
    func prefix(_ root: String) -> String { root.isEmpty ? "" : root + "/" }
    func workspace(of path: String) -> (root: String, activity: Bool)? {
      let name = (path as NSString).lastPathComponent
      guard name.hasSuffix(".yaml"), !name.hasPrefix(".") else { return nil }
      let owner = roots.filter { root in
        path.hasPrefix(prefix(root) + Workspace.trajectoriesFolder + "/")
          || path.hasPrefix(prefix(root) + Workspace.activitiesFolder + "/")
      }.max { $0.count < $1.count }
      guard let owner else { return nil }
      return (owner, path.hasPrefix(prefix(owner) + Workspace.activitiesFolder + "/"))
    }
    // A changed amigo.yaml: every file of its workspace.
    let changedConfigs = roots.filter { changed.contains(prefix($0) + Workspace.configName) }
    // Each workspace's erased ids, from the ledgers of the pushed commit, of what the ref held
    // before and of HEAD.
    // The pushed ledger by its object id; the others by `REV:PATH`.
    let earlier = (old.allSatisfy { $0 == "0" } ? [] : [old]) + ["HEAD"]
    var ledgerNames: [(root: String, name: String)] = []
    for root in roots.sorted() {
      let path = prefix(root) + ErasedLedger.relativePath
      if let blob = blobOf[path] { ledgerNames.append((root, blob)) }
      ledgerNames += earlier.map { (root, $0 + ":" + path) }
    }
    let ledgers = try git.blobs(ledgerNames.map(\.name))
    var erasedOf: [String: [String: LocalDate]] = [:]
    for (ledger, bytes) in zip(ledgerNames, ledgers) {
      guard let bytes else { continue }
      erasedOf[ledger.root, default: [:]].merge(ErasedLedger.parse(bytes: bytes)) { min($0, $1) }
    }
    var targets: [(path: String, root: String, activity: Bool)] = []
    for path in all {
      guard let (root, activity) = workspace(of: path) else { continue }
      if changed.contains(path) || changedConfigs.contains(root)
        || (!activity && erasedOf[root]?[Workspace.id(ofFile: path)] != nil)
      {
        targets.append((path, root, activity))
      }
    }
    let neededRoots = Array(Set(targets.map(\.root)).union(changedConfigs)).sorted()
    guard !neededRoots.isEmpty else { return ([], 0) }

    // Every config and file in one `git cat-file --batch`.
    func name(_ path: String) -> String { blobOf[path] ?? new + ":" + path }
    let names =
      neededRoots.map { name(prefix($0) + Workspace.configName) } + targets.map { name($0.path) }
    var blobs = try git.blobs(names)[...]
    var problems: [(file: CheckedText, language: Language?)] = []
    var configOf: [String: Config] = [:]
    var languageOf: [String: Language] = [:]
    let shownRef = ref.hasPrefix("refs/heads/") ? String(ref.dropFirst(11)) : ref
    func keep(_ file: CheckedText, _ path: String, root: String) {
      let errors = file.errors.map { $0.inFile(shownRef + ":" + path) }
      if !errors.isEmpty { problems.append((file.with(errors), languageOf[root])) }
    }
    var files = 0
    for root in neededRoots {
      guard let bytes = blobs.removeFirst() else { continue }
      let (config, checked) = FileCheck.config(bytes)
      if let config, !checked.diagnostics.hasErrors { configOf[root] = config }
      // Read as `UILanguage` reads it, also from a config with errors.
      if let config { languageOf[root] = config.language == "en" ? .en : .nl }
      if changedConfigs.contains(root) {
        files += 1
        keep(checked, prefix(root) + Workspace.configName, root: root)
      }
    }
    for target in targets {
      guard let bytes = blobs.removeFirst() else { continue }
      let name = Workspace.id(ofFile: target.path)
      files += 1
      if target.activity {
        let checked = FileCheck.activity(
          bytes, fileName: name, config: configOf[target.root], today: nil
        ).1
        keep(checked, target.path, root: target.root)
        continue
      }
      let (trajectory, firstCheck) = FileCheck.trajectory(
        bytes, fileName: name, config: configOf[target.root], today: nil)
      var checked = firstCheck
      // The id of an erased child, as `validate` and the pre-commit hook refuse it.
      if let t = trajectory, let day = erasedOf[target.root]?[t.id] {
        let d = SchemaDiagnostics.erasedTrajectory(
          checked.source.range(t.idSpan.start, t.idSpan.end), t.id, erasedOn: day)
        checked = checked.with(checked.diagnostics + [d])
      }
      keep(checked, target.path, root: target.root)
    }
    return (problems, files)
  }
}
