import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo changes [REV]`: what changed in the workspace's files, in words, per file: the working
/// tree against HEAD, against another commit, or between two commits.
enum ChangesCommand: Command {
  static let spec = CommandSpec(
    name: "changes",
    abstract: "Summarise changes to the workspace's files in words, for review.",
    discussion: """
      Without a revision, compares the working tree (staged and not staged, new files
      included) with HEAD; with a commit, the working tree with that commit; with A..B, commit B
      with commit A (A...B: with where B left A). For every changed trajectory file, activity
      file and amigo.yaml it says what changed, as 'amigo history' does: sessions logged,
      changed or removed, ratings, goals, consents, start, status and closure; for a meeting
      or group: created, children discussed, children added to a group, group meetings added,
      attendance recorded. It names dates, kinds, ids and field names, never note texts,
      labels or names, so the output can go into a review.
      """,
    examples: ["amigo changes", "amigo changes HEAD~3", "amigo changes origin/main..HEAD"],
    arguments: [
      ArgumentSpec(
        "revision", optional: true,
        help: "A commit (compared with the working tree) or a range A..B (default: HEAD).")
    ],
    options: [.dir])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let workspace = try CommonOptions(args, env, command: spec).workspace()
    let language = env.language()
    let git = env.git(workspace.root)
    let revision = args.positionals.first
    let (top, prefix) = try GitIntegration.checked(env) { (try git.topLevel(), try git.prefix()) }

    // The two sides: `old` is a commit; `new` a commit or nil for the working tree.
    var old: String
    var new: String?
    var heading: String
    func commit(_ rev: String) throws -> String {
      guard git.isCommit(rev) else {
        throw UsageError.invalidValue(
          revision ?? rev, for: "<revision>", command: spec.name,
          hint: Hint(.hintNotACommit, rev))
      }
      return rev
    }
    if let revision, let range = revision.range(of: "..") {
      let threeDots = revision[range.upperBound...].hasPrefix(".")
      let left = String(revision[..<range.lowerBound])
      let right = String(
        revision[(threeDots ? revision.index(after: range.upperBound) : range.upperBound)...])
      let a = try commit(left.isEmpty ? "HEAD" : left)
      let b = try commit(right.isEmpty ? "HEAD" : right)
      old = a
      if threeDots {
        old = try GitIntegration.checked(env) { try git.run(["merge-base", a, b]).line }
      }
      new = b
      heading =
        language.text(.chFromTo, a, b) + (threeDots ? language.text(.chSinceDiverged) : "")
    } else if let revision {
      old = try commit(revision)
      heading = language.text(.chWorkingTreeSince, revision)
    } else if git.isCommit("HEAD") {
      old = "HEAD"
      heading = language.text(.chWorkingTreeSinceHEAD)
    } else {
      old = try GitIntegration.checked(env) { try git.emptyTree() }
      heading = language.text(.chWorkingTreeNoCommits)
    }

    let pathspecs = [
      Workspace.configName, Workspace.trajectoriesFolder, Workspace.activitiesFolder,
    ]
    var files: [Git.FileChange] = try GitIntegration.checked(env) {
      var diff = ["diff", "--name-status", "-z", "-M", old]
      if let new { diff.append(new) }
      let changes = Git.fileChanges(
        ArraySlice(Git.paths(try git.run(diff + ["--"] + pathspecs))))
      guard new == nil else { return changes }
      let untracked = Git.paths(
        try git.run(
          ["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--"] + pathspecs))
      return changes + untracked.map { Git.FileChange(status: "A", oldPath: $0, path: $0) }
    }
    let configPath = prefix + Workspace.configName
    let trajectories = prefix + Workspace.trajectoriesFolder + "/"
    let activities = prefix + Workspace.activitiesFolder + "/"
    files = files.filter { f in
      f.path == configPath
        || ((f.path.hasPrefix(trajectories) || f.path.hasPrefix(activities))
          && f.path.hasSuffix(".yaml"))
    }.sorted { ($0.path == configPath ? "" : $0.path) < ($1.path == configPath ? "" : $1.path) }

    // Contents: the old side from git, the new side from git or the working tree.
    var names: [String] = []
    for f in files {
      names.append(f.status == "A" ? "" : "\(old):\(f.oldPath)")
      if let new { names.append(f.status == "D" ? "" : "\(new):\(f.path)") }
    }
    let blobs = try GitIntegration.checked(env) { try git.blobs(names.filter { !$0.isEmpty }) }
    var next = blobs.makeIterator()
    var out = heading + ":\n"
    var any = false
    for f in files {
      let before: [UInt8]? = f.status == "A" ? nil : next.next() ?? nil
      let after: [UInt8]?
      if new != nil {
        after = f.status == "D" ? nil : next.next() ?? nil
      } else {
        after = f.status == "D" ? nil : try? FileSystem.read(top + "/" + f.path)
      }
      let lines =
        f.path == configPath
        ? ChangeWords.configLines(old: before, new: after, language)
        : f.path.hasPrefix(activities)
          ? ChangeWords.activityLines(old: before, new: after, language)
          : ChangeWords.trajectoryLines(old: before, new: after, language)
      guard !lines.isEmpty else { continue }
      any = true
      func shown(_ path: String) -> String {
        env.display(workspace.root + "/" + String(path.dropFirst(prefix.count)))
      }
      out += "\n" + shown(f.path)
      if f.oldPath != f.path { out += language.text(.chRenamedFrom, shown(f.oldPath)) }
      out += "\n" + lines.map { "  \($0)\n" }.joined()
    }
    if !any { out += language.text(.chNothing) + "\n" }
    env.stdout.write(out)
    return .success
  }
}

/// The words for what changed between two versions of a file, shared by `history` and
/// `changes`.
enum ChangeWords {
  enum Version {
    case missing
    /// Not readable as a trajectory (YAML errors, conflict markers).
    case unreadable
    case trajectory(Trajectory)
  }

  static func trajectory(_ bytes: [UInt8]?) -> Version {
    guard let bytes else { return .missing }
    return SchemaDecoder.readableTrajectory(bytes).map { .trajectory($0) } ?? .unreadable
  }

  static func trajectoryLines(
    old: [UInt8]?, new: [UInt8]?, _ language: Language = .en
  ) -> [String] {
    switch (trajectory(old), trajectory(new)) {
    case (.missing, .missing): return []
    case (.missing, .unreadable): return [language.text(.chCreatedWithErrors)]
    case (_, .unreadable): return [language.text(.chNowHasErrors)]
    case (.unreadable, .missing): return [language.text(.chDeleted)]
    case (.unreadable, .trajectory): return [language.text(.chErrorsFixed)]
    case (.missing, .trajectory(let t)):
      return TrajectoryChanges.compare(nil, t).map { $0.text(language) }
    case (.trajectory(let t), .missing):
      return TrajectoryChanges.compare(t, nil).map { $0.text(language) }
    case (.trajectory(let a), .trajectory(let b)):
      let lines = TrajectoryChanges.compare(a, b).map { $0.text(language) }
      if lines.isEmpty && old != new { return [language.text(.chNoDataChange)] }
      return lines
    }
  }

  /// What changed in an activity file (`ActivityChanges`).
  static func activityLines(
    old: [UInt8]?, new: [UInt8]?, _ language: Language = .en
  ) -> [String] {
    enum Version {
      case missing, unreadable
      case activity(Activity)
    }
    func version(_ bytes: [UInt8]?) -> Version {
      guard let bytes else { return .missing }
      return SchemaDecoder.readableActivity(bytes).map { .activity($0) } ?? .unreadable
    }
    switch (version(old), version(new)) {
    case (.missing, .missing): return []
    case (.missing, .unreadable): return [language.text(.chCreatedWithErrors)]
    case (_, .unreadable): return [language.text(.chNowHasErrors)]
    case (.unreadable, .missing): return [language.text(.chDeleted)]
    case (.unreadable, .activity): return [language.text(.chErrorsFixed)]
    case (.missing, .activity(let a)):
      return ActivityChanges.compare(nil, a).map { $0.text(language) }
    case (.activity, .missing): return [language.text(.chDeleted)]
    case (.activity(let a), .activity(let b)):
      let lines = ActivityChanges.compare(a, b).map { $0.text(language) }
      if lines.isEmpty && old != new { return [language.text(.chNoDataChange)] }
      return lines
    }
  }

  static func configLines(
    old: [UInt8]?, new: [UInt8]?, _ language: Language = .en
  ) -> [String] {
    func config(_ bytes: [UInt8]?) -> Config?? {
      guard let bytes else { return .some(nil) }
      return SchemaDecoder.readableConfig(bytes).map { .some($0) }
    }
    guard let a = config(old), let b = config(new) else {
      return [language.text(.chHasErrors)]
    }
    let lines = TrajectoryChanges.compare(config: a, b, oldBytes: old, newBytes: new).map {
      $0.text(language)
    }
    if lines.isEmpty && old != new { return [language.text(.chNoSettingsChange)] }
    return lines
  }
}
