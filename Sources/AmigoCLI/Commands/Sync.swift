import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo sync`: commit the workspace's changes, pull the colleagues' through amigo's merge
/// driver, and push; git never asks anything, and a real conflict is explained in words.
enum SyncCommand: Command {
  static let spec = CommandSpec(
    name: "sync",
    abstract: "Share your changes with the team and get theirs (git pull and push, no prompts).",
    discussion: """
      Commits what changed in the workspace (with a message saying which files), pulls the
      colleagues' changes from the remote — merging trajectory files entry by entry through
      amigo's merge driver, never rebasing, never opening an editor — and pushes. git is run
      with explicit options and without prompts: a remote that asks for a password fails with a
      message instead. When a colleague changed the same entry (say the minutes of one talk)
      differently, amigo undoes the pull, so the workspace is as it was, and says which file,
      which entry and both values: agree which is right, make your file say it ('amigo edit'),
      and run 'amigo sync' again. Before pushing, amigo checks the trajectory and activity
      files the push would share: when one has errors (a merge without a conflict can still
      make one), nothing is pushed and amigo names the files and their errors: correct them and
      run 'amigo sync' again. Needs 'amigo git-setup' once per clone (it says so).
      """,
    examples: ["amigo sync"],
    options: [
      OptionSpec(
        "message", short: "m", value: "text",
        help: "The commit message for your changes: no child's label, nothing identifying."),
      .dir,
    ])

  /// git never prompts, never opens an editor, and merges the way `amigo sync` expects,
  /// whatever the user's own settings say.
  static let quiet: [String: String] = [
    "GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true", "GIT_MERGE_AUTOEDIT": "no",
    "GIT_ASKPASS": "true", "SSH_ASKPASS": "true", "GIT_SSH_COMMAND": "ssh -o BatchMode=yes",
    "LC_ALL": "C",
  ]

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let workspace = try CommonOptions(args, env, command: spec).workspace()
    let language = env.language()
    let base = env.git(workspace.root)
    let git = Git(directory: base.directory, environment: base.environment.merging(quiet) { $1 })
    let top = try GitIntegration.checked(env) { try git.topLevel() }
    // The merge driver must be registered, or trajectory files would conflict line by line.
    let driver = try GitIntegration.checked(env) { try git.localConfig("merge.amigo.driver") }
    guard driver != nil else {
      throw CommandError(message: language.text(.ccSyncNoDriver), status: .failure)
    }
    // A merge left half-done (by git itself) comes first.
    if (try? git.gitPath("MERGE_HEAD")).map(FileManager.default.fileExists) == true {
      throw CommandError(message: language.text(.ccSyncMergeUnderWay), status: .failure)
    }
    // So does a rebase (HEAD is detached meanwhile, but 'git checkout' would be bad advice).
    if ["rebase-merge", "rebase-apply"].contains(where: {
      (try? git.gitPath($0)).map(FileManager.default.fileExists) == true
    }) {
      throw CommandError(message: language.text(.ccSyncRebaseUnderWay), status: .failure)
    }
    let branch = try GitIntegration.checked(env) {
      try git.run(["symbolic-ref", "--quiet", "--short", "HEAD"], check: false)
    }
    guard branch.status == 0 else {
      throw CommandError(message: language.text(.ccSyncDetached), status: .failure)
    }
    let upstream = try GitIntegration.checked(env) {
      try git.run(
        ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], check: false)
    }
    guard upstream.status == 0 else {
      throw CommandError(
        message: language.text(.ccSyncNoUpstream, branch.line), status: .failure)
    }

    // A message goes to every clone, for good: no child's label, nothing identifying.
    if let message = args.value("message") { try refuseIdentifying(message, workspace, env) }

    // git rewrites trajectory and activity files while it merges (and when it undoes a merge
    // that conflicted): no amigo command may read one and write it back meanwhile, or its
    // rename would undo the colleague's changes in the working tree, and the next sync would
    // commit that. The workspace lock is held until the pull is done (and released
    // on the way out when it fails).
    let lock: WorkspaceLock
    do { lock = try WorkspaceLock(workspace) } catch {
      throw CommandError(message: language.say(error), status: .ioError)
    }

    // 1. Commit the workspace's own changes (only inside the workspace folder).
    let scope = workspace.root == top ? "." : workspace.root
    try GitIntegration.checked(env) { _ = try git.run(["add", "--all", "--", scope]) }
    let staged = try GitIntegration.checked(env) {
      Git.paths(try git.run(["diff", "--cached", "--name-only", "-z"]))
    }
    var out = ""
    if !staged.isEmpty {
      let named = staged.prefix(5).joined(separator: ", ") + (staged.count > 5 ? ", …" : "")
      let message =
        args.value("message")
        ?? language.text(.ccSyncCommitMessage, language.files(staged.count), named)
      let commit = try GitIntegration.checked(env) {
        try git.run(["commit", "--quiet", "--no-edit", "-m", message], check: false)
      }
      guard commit.status == 0 else {
        let text = commit.stderr + commit.text
        if text.contains("tell me who you are") || text.contains("user.email") {
          throw CommandError(message: language.text(.ccSyncNoName), status: .failure)
        }
        throw CommandError(
          message: language.text(.ccSyncNotCommitted, commit.line.isEmpty ? text : commit.line),
          status: .failure)
      }
      out += language.text(.ccSyncCommitted, language.files(staged.count)) + "\n"
    }

    // 2. Pull: merge (never rebase), no editor, through the merge driver.
    let pull = try GitIntegration.checked(env) {
      try git.run(
        ["-c", "pull.rebase=false", "-c", "pull.ff=true", "pull", "--no-rebase", "--no-edit"],
        check: false)
    }
    if pull.status != 0 {
      let conflicted = try GitIntegration.checked(env) {
        Git.paths(try git.run(["diff", "--name-only", "--diff-filter=U", "-z"], check: false))
      }
      if !conflicted.isEmpty {
        var explanation = ""
        for path in conflicted {
          let bytes = (try? FileSystem.read(top + "/" + path)) ?? []
          explanation += ConflictText.explain(
            path, String(decoding: bytes, as: UTF8.self), language)
        }
        _ = try? git.run(["merge", "--abort"], check: false)
        env.stdout.write(out)
        env.stderr.write(explanation)
        throw CommandError(
          message: language.text(
            conflicted.count == 1 ? .ccSyncConflictOne : .ccSyncConflictMany),
          status: .failure)
      }
      env.stdout.write(out)
      throw CommandError(
        message: language.text(.ccSyncCannotPull, gitWords(pull, language)), status: .failure)
    }
    withExtendedLifetime(lock) {}
    let pulled = language.text(
      pull.text.contains("Already up to date") ? .ccSyncNoNew : .ccSyncMerged)
    out += language.text(.ccSyncGot, pulled) + "\n"

    // 3. Nothing invalid is shared: a merge git made without a conflict (or a commit of
    // one's own) can still hold a file with errors.
    let invalid = try invalidFiles(git, workspace, top: top, env)
    if !invalid.isEmpty {
      env.stdout.write(out)
      throw CommandError(
        message: language.text(
          .ccSyncInvalid, language.files(invalid.count), invalid.joined(separator: ", ")),
        status: .dataError)
    }

    // 4. Push.
    let push = try GitIntegration.checked(env) { try git.run(["push", "--quiet"], check: false) }
    guard push.status == 0 else {
      env.stdout.write(out)
      let words =
        push.stderr.contains("rejected") || push.stderr.contains("fetch first")
        ? language.text(.ccSyncPushRace)
        : gitWords(push, language)
      throw CommandError(message: language.text(.ccSyncCannotPush, words), status: .failure)
    }
    out += language.text(.ccSyncShared) + "\n"
    env.stdout.write(out)
    return .success
  }

  /// Refuses (exit 65) a commit message that names a child by its label (as the activity files'
  /// privacy check finds one, `ChildLabelSearch`) or holds what looks like a citizen number,
  /// phone number, e-mail address or postcode (`IdentifierLint`). A trajectory id is fine.
  static func refuseIdentifying(
    _ message: String, _ workspace: Workspace, _ env: Environment
  ) throws {
    let language = env.language()
    let paths = workspace.trajectoryPaths()
    let index = ActivityStore.index(
      workspace, naming: paths.map(Workspace.id(ofFile:)), paths: paths)
    let labels = index.entries.sorted { $0.key < $1.key }.map {
      (id: $0.key, label: $0.value.label)
    }
    if let named = ChildLabelSearch.first(in: message, labels: labels) {
      throw CommandError(
        message: language.text(.ccSyncMessageLabel, named.id, named.label), status: .dataError)
    }
    if let finding = IdentifierLint.findings(in: message).first {
      throw CommandError(
        message: language.text(
          .ccSyncMessageIdentifier, language.code == "en" ? finding.what : finding.whatNL),
        status: .dataError)
    }
  }

  /// The trajectory and activity files the push would share (those that differ between the
  /// upstream and `HEAD`) that have errors, shown; each error is written to stderr. Each file
  /// is checked on its own, against the workspace's configuration (its vocabularies).
  static func invalidFiles(
    _ git: Git, _ workspace: Workspace, top: String, _ env: Environment
  ) throws -> [String] {
    let paths = try GitIntegration.checked(env) {
      Git.paths(
        try git.run(["diff", "--name-only", "-z", "@{upstream}", "HEAD", "--"], check: false))
    }
    let config = Loader.loadConfig(workspace, display: env.display).0
    let renderer = DiagnosticRenderer(
      color: env.useColor(on: env.stderr), language: env.language().code)
    var invalid: [String] = []
    for path in paths where path.hasSuffix(".yaml") {
      let full = top + "/" + path
      let activity = full.hasPrefix(workspace.activitiesPath + "/")
      guard activity || full.hasPrefix(workspace.trajectoriesPath + "/"),
        let bytes = try? FileSystem.read(full)
      else { continue }
      let name = Workspace.id(ofFile: full)
      let checked =
        activity
        ? FileCheck.activity(bytes, fileName: name, config: config, today: nil, warnings: false).1
        : FileCheck.trajectory(bytes, fileName: name, config: config, today: nil).1
      guard !checked.errors.isEmpty else { continue }
      let shown = env.display(full)
      for d in checked.errors {
        env.stderr.write(renderer.render(d.inFile(shown), source: checked.source))
      }
      invalid.append(shown)
    }
    return invalid
  }

  /// git's message in one line, with a hint for the usual causes.
  static func gitWords(_ output: Git.Output, _ language: Language) -> String {
    let text = output.stderr.isEmpty ? output.text : output.stderr
    let first =
      text.split(separator: "\n").first { !$0.hasPrefix("hint:") }.map(String.init)
      ?? language.text(.ccGitFailed)
    if text.contains("Authentication failed") || text.contains("terminal prompts disabled")
      || text.contains("Permission denied")
    {
      return language.text(.ccGitLogin, first)
    }
    if text.contains("Could not resolve host") || text.contains("unable to access") {
      return language.text(.ccGitOffline, first)
    }
    return first
  }
}

/// The conflicts git left in a file, in words: which entry, your value and the colleague's.
enum ConflictText {
  static func explain(_ path: String, _ text: String, _ language: Language) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out = ""
    var i = 0
    var count = 0
    while i < lines.count {
      guard lines[i].hasPrefix("<<<<<<<") else {
        i += 1
        continue
      }
      let start = i
      var ours: [String] = []
      var theirs: [String] = []
      i += 1
      while i < lines.count, !lines[i].hasPrefix("=======") {
        ours.append(lines[i])
        i += 1
      }
      i += 1
      while i < lines.count, !lines[i].hasPrefix(">>>>>>>") {
        theirs.append(lines[i])
        i += 1
      }
      i += 1
      count += 1
      out +=
        language.text(
          .ccConflictLine, path, entry(before: start, in: lines, language),
          shown(ours, language), shown(theirs, language)) + "\n"
    }
    if count == 0 {
      out += language.text(.ccConflictUnmergeable, path) + "\n"
    }
    return out
  }

  /// The entry the marked lines belong to: the nearest list item or key above, less indented,
  /// past the lines of earlier conflicts.
  static func entry(before index: Int, in lines: [String], _ language: Language) -> String {
    var names: [String] = []
    // Above the marked lines: the keys less indented than they are.
    var indent = Int.max
    var k = index + 1
    while k < lines.count, !lines[k].hasPrefix(">>>>>>>") {
      let trimmed = lines[k].drop { $0 == " " }
      if !trimmed.isEmpty, !lines[k].hasPrefix("=======") {
        indent = min(indent, lines[k].count - trimmed.count)
      }
      k += 1
    }
    var j = index - 1
    while j >= 0 {
      let line = lines[j]
      // An earlier conflict in the file: its markers and both sides are no key of this one.
      if line.hasPrefix(">>>>>>>") {
        while j >= 0, !lines[j].hasPrefix("<<<<<<<") { j -= 1 }
        j -= 1
        continue
      }
      let trimmed = line.drop { $0 == " " }
      let depth = line.count - trimmed.count
      if !trimmed.isEmpty, !trimmed.hasPrefix("#"), depth < indent {
        names.insert(String(trimmed), at: 0)
        indent = depth
        if depth == 0 { break }
      }
      j -= 1
    }
    let path = names.map {
      $0.hasPrefix("- ")
        ? language.text(.ccConflictEntry, String($0.dropFirst(2)))
        : "'\($0.hasSuffix(":") ? String($0.dropLast()) : $0)'"
    }
    let place =
      path.isEmpty
      ? language.text(.ccConflictStart)
      : path.dropFirst().reduce(path[0]) { language.text(.ccConflictIn, $1, $0) }
    return language.text(.ccConflictAtLine, place, String(index + 1))
  }

  static func shown(_ lines: [String], _ language: Language) -> String {
    let text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return text.isEmpty ? language.text(.ccNothing) : "'" + text.joined(separator: "; ") + "'"
  }
}
