import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo erase CHILD`: removes a trajectory file (past its retention period, or on an erasure
/// request) and prints how to purge it from git's history and every clone (docs/erasure.md).
enum Erase: Command {
  static let spec = CommandSpec(
    name: "erase",
    abstract: "Remove a trajectory file, and show how to purge it from git's history.",
    discussion: """
      Removes the child's file from the workspace, holding the workspace lock. On a terminal amigo
      shows what it is about to remove and asks you to type the id; without a terminal it needs
      --yes and the full id. Git still holds the file in its history, on the remote, in every
      colleague's clone and in backups: amigo then prints the exact procedure that destroys it
      there (docs/erasure.md). amigo never runs git itself: rewriting history concerns the whole
      team, and is for you to carry out.
      """,
    examples: [
      "amigo erase AOS-2025-6NCE", "amigo erase AOS-2025-6NCE --yes",
    ],
    arguments: [
      ArgumentSpec(
        "child",
        help: "The trajectory: its id (with --yes, only the full id), a unique id prefix or label.")
    ],
    options: [
      OptionSpec("yes", short: "y", help: "Do not ask: erase the trajectory with this full id."),
      .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = args.positionals[0]
    let workspace = try CommonOptions(args, env, command: spec).workspace()
    let path: String
    switch ChildLookup.find(name, in: workspace) {
    case .found(let p): path = p
    case .notFound: throw WorkspaceContext.notFound(name, env.language())
    case .ambiguous(let candidates):
      throw WorkspaceContext.ambiguous(
        name, candidates, env.language(), tail: .ccNameOneByIdErase)
    }
    let id = Workspace.id(ofFile: path)
    let shown = env.display(path)

    if args.flag("yes") {
      guard name == id else {
        throw CommandError(
          message: env.language().text(.caEraseFullID, id, name),
          status: .usage)
      }
    } else {
      guard env.isInteractive else {
        throw CommandError(
          message: env.language().text(.caEraseNeedsConfirmation),
          status: .usage)
      }
      env.stderr.write(summary(path: path, id: id, shown: shown, env.language()))
      let language = env.language()
      let typed = try Prompt.answer(
        language.text(.promptEraseConfirm), env,
        atEnd: CommandError(message: language.text(.promptEraseNoAnswer), status: .usage))
      guard typed == id else {
        throw CommandError(
          message: typed.isEmpty
            ? language.text(.promptEraseNothingTyped)
            : language.text(.promptEraseMismatch, typed, id),
          status: .failure)
      }
    }

    // First out of every activity file that names the child (meetings, groups), so that no
    // activity names a child that is gone; then the trajectory file.
    let activities: [String]
    do {
      let config = try? WorkspaceContext.validConfig(workspace, env)
      activities = try ActivityStore.remove(
        child: id, in: workspace, config: config, today: env.today, display: env.display)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
    let outcome: Erasure.Outcome
    do {
      outcome = try Erasure.erase(path, in: workspace, recordingOn: env.today)
    } catch {
      throw CommandError(
        message: env.language().text(.ccNothingErased, env.language().say(error)), status: .ioError)
    }
    var out = "Erased \(id): removed \(shown)"
    if let target = outcome.linkTarget {
      out += " (a link to '\(target)': amigo removed the link, not its target)"
    }
    out += ".\n"
    if !outcome.leftovers.isEmpty {
      out +=
        "Also removed amigo's temporary "
        + (outcome.leftovers.count == 1 ? "copy" : "copies") + ": "
        + outcome.leftovers.map { env.display($0) }.joined(separator: ", ") + ".\n"
    }
    if let problem = outcome.ledgerError {
      env.stderr.write(
        "amigo: warning: \(id) was erased, but not added to \(ErasedLedger.relativePath) (\(problem)); "
          + "'amigo validate' will call it unknown, not erased, where it is named\n")
    } else {
      out += "Recorded the id (no name) in \(ErasedLedger.relativePath).\n"
    }
    if !activities.isEmpty {
      out +=
        "Removed \(id) from \(activities.count) activity \(activities.count == 1 ? "file" : "files"): "
        + activities.map { env.display($0) }.joined(separator: ", ")
        + " (their history in git keeps the id, never a name).\n"
    }
    let repository = Erasure.repositoryRoot(of: workspace)
    let base = repository ?? workspace.root
    let relative = String(path.dropFirst(base.count + (base.hasSuffix("/") ? 0 : 1)))
    out += "\n" + procedure(path: relative, id: id, inRepository: repository != nil)
    env.stdout.write(out)
    return .success
  }

  /// What the user is about to erase: id, label, status and dates, so a wrong match shows.
  static func summary(
    path: String, id: String, shown: String, _ language: Language = .en
  ) -> String {
    var facts: [String] = []
    if let bytes = try? FileSystem.read(path) {
      let trajectory = SchemaDecoder.trajectory(bytes: bytes)
      if !trajectory.child.label.isEmpty { facts.append(trajectory.child.label) }
      if let status = trajectory.status {
        facts.append(
          language.text(.promptEraseStatus, language.label(status.rawValue, Schemas.status)))
      }
      if let closed = trajectory.closure?.date {
        facts.append(language.text(.promptEraseClosedOn, language.date(closed)))
      }
    }
    let details = facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")"
    return language.text(.promptEraseSummary, shown, details) + "\n"
  }

  /// The procedure that destroys the file in git, for `path` relative to the repository's top
  /// folder. The same steps, explained, are in docs/erasure.md.
  static func procedure(path: String, id: String, inRepository: Bool) -> String {
    let quoted = Init.shellQuoted(path)
    // The index filter is one shell word holding a command with the path in it.
    let filter: String
    if quoted == path {
      filter = "'git rm --cached --ignore-unmatch \(path)'"
    } else {
      var escaped = ""
      for c in quoted {
        if "\"$`\\".contains(c) { escaped.append("\\") }
        escaped.append(c)
      }
      filter = "\"git rm --cached --ignore-unmatch \(escaped)\""
    }
    var out = ""
    if !inRepository {
      out += "amigo found no .git folder above the workspace. If it is shared through git after\n"
      out += "all, make the paths below relative to the repository's top folder.\n\n"
    }
    out += """
      The file is still in git: in this clone's history, on the remote, in every colleague's
      clone and in backups. To destroy it (docs/erasure.md explains every step), in the
      repository's top folder:

        1. Ask everyone to push their work and stop; then commit the removal:
             git rm --cached --ignore-unmatch \(quoted)
             git commit -m 'Erase a trajectory'
        2. List every path the file ever had (moves, renames) and repeat step 3 for each:
             git log --all --format= --name-only -- '*\(id)*' | sort -u
        3. Remove it from all history, with git filter-repo (recommended):
             git filter-repo --force --invert-paths --path \(quoted)
           or, without filter-repo:
             git filter-branch --force --prune-empty --index-filter \\
               \(filter) -- --all
             git for-each-ref --format='delete %(refname)' refs/original | git update-ref --stdin
        4. Drop the old copies this clone keeps (stashes can hold the file: this drops them all):
             git stash clear
             git reflog expire --expire=now --all
             git gc --prune=now
           Check that this prints nothing:
             git log --all --oneline -- \(quoted)
        5. Overwrite the remote (filter-repo removes 'origin': add it again first):
             git push --force --all
             git push --force --tags
           Ask the server's administrator to prune unreachable objects there too.
        6. Every colleague deletes their clone and clones again: an old clone that pushes brings
           the file back.
        7. Backups: remove the file from them, or let them expire under your backup policy. Record
           the destruction (date, id, reason) in your organisation's register, not in this
           workspace.

      """
    return out
  }
}
