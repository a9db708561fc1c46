import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo erase CHILD`: removes a trajectory file (past its retention period, or on an erasure
/// request) and prints how to purge it from git's history and every clone (docs/erasure.md).
enum EraseCommand: Command {
  static let spec = CommandSpec(
    name: "erase",
    abstract: "Remove a trajectory file, and show how to purge it from git's history.",
    discussion: """
      Removes the child's file from the workspace, holding the workspace lock. On a terminal amigo
      shows what it is about to remove and asks you to type the id; without a terminal it needs
      --yes and the full id. Git still holds the file in its history, on the remote, in every
      colleague's clone and in backups: amigo then prints the exact procedure that destroys it
      there (docs/erasure.md). amigo never runs git itself: rewriting history concerns the whole
      team, and is for you to carry out. amigo also removes its recovery files of the
      trajectory on this computer (an edit, a note or a statement it kept when a command
      failed) and the private copies a killed 'amigo edit' of it left (beside the workspace's
      folders or in $TMPDIR), and names the recovery files that name no trajectory, for you to
      read.
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
    // A numbered choice on a terminal: the id is still typed to confirm.
    let path = try WorkspaceContext.resolve(
      name, in: workspace, env, tail: .ccNameOneByIdErase, version: nil)
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

    // What would stop the file's removal stops the command before anything changes.
    do {
      try Erasure.check(path, in: workspace)
    } catch {
      throw CommandError(
        message: env.language().text(.ccNothingErased, env.language().say(error)), status: .ioError)
    }
    // First out of every activity file that names the child (meetings, groups), so that no
    // activity names a child that is gone; then the trajectory file. All or nothing: when
    // the file cannot be removed after all, the activity files are written back.
    let removal: ActivityStore.ChildRemoval
    do {
      let config = try? WorkspaceContext.validConfig(workspace, env)
      removal = try ActivityStore.remove(
        child: id, in: workspace, config: config, today: env.today, display: env.display)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
    let activities = removal.paths
    let outcome: Erasure.Outcome
    do {
      outcome = try Erasure.erase(
        path, in: workspace, recordingOn: env.today, temporaryFolders: [env.temporaryFolder])
    } catch {
      let language = env.language()
      let kept = removal.undo()
      guard kept.isEmpty else {
        // Rare: the file could not be removed, nor an activity file written back.
        let files = kept.map { env.display($0.path) + " (" + language.say($0.error) + ")" }
        throw CommandError(
          message: language.text(
            .ccErasePartly, language.say(error), id, files.joined(separator: ", ")),
          status: .ioError)
      }
      throw CommandError(
        message: language.text(.ccNothingErased, language.say(error)), status: .ioError)
    }
    let language = env.language()
    var out = language.text(.erErased, id, shown)
    if let target = outcome.linkTarget { out += language.text(.erLink, target) }
    out += ".\n"
    if !outcome.leftovers.isEmpty {
      let copies = outcome.leftovers.map { env.display($0) }.joined(separator: ", ")
      out +=
        language.text(outcome.leftovers.count == 1 ? .erTempCopy : .erTempCopies, copies) + "\n"
    }
    if let problem = outcome.ledgerError {
      env.stderr.write(
        language.text(
          .ccWarningLine,
          language.text(.erNotRecorded, id, ErasedLedger.relativePath, problem)) + "\n")
    } else {
      out += language.text(.erRecorded, ErasedLedger.relativePath) + "\n"
    }
    if !activities.isEmpty {
      let files = activities.map { env.display($0) }.joined(separator: ", ")
      out +=
        (activities.count == 1
          ? language.text(.erActivityOne, id, files)
          : language.text(.erActivityMany, id, String(activities.count), files)) + "\n"
    }
    out += removeRecoveryFiles(of: id, env)
    let repository = Erasure.repositoryRoot(of: workspace)
    let base = repository ?? workspace.root
    let relative = String(path.dropFirst(base.count + (base.hasSuffix("/") ? 0 : 1)))
    out +=
      "\n" + procedure(path: relative, id: id, inRepository: repository != nil, language)
    env.stdout.write(out)
    return .success
  }

  /// Removes the recovery files that hold text of `id` (an edit, a note or a statement amigo
  /// kept when a command failed: `RecoveryFile`) and returns what to say: the files removed,
  /// and the files that name no trajectory, which may hold its text too and are left to the
  /// user. Nothing outside amigo's recovery folders is touched.
  static func removeRecoveryFiles(of id: String, _ env: Environment) -> String {
    let language = env.language()
    let (ofID, unnamed) = RecoveryFile.files(of: id, env)
    let (removed, failed) = RecoveryFile.remove(ofID)
    var out = ""
    if !removed.isEmpty {
      let files = removed.joined(separator: ", ")
      out +=
        (removed.count == 1
          ? language.text(.erRecoveryOne, id, files)
          : language.text(.erRecoveryMany, id, String(removed.count), files)) + "\n"
    }
    for (path, code) in failed {
      env.stderr.write(
        language.text(.erRecoveryNotRemoved, path, systemErrorText(code, language.code)) + "\n")
    }
    if !unnamed.isEmpty {
      let files = unnamed.joined(separator: ", ")
      out +=
        (unnamed.count == 1
          ? language.text(.erRecoveryUnnamedOne, id, files)
          : language.text(.erRecoveryUnnamedMany, id, String(unnamed.count), files)) + "\n"
    }
    return out
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
  static func procedure(
    path: String, id: String, inRepository: Bool, _ language: Language = .en
  ) -> String {
    let quoted = InitCommand.shellQuoted(path)
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
    if !inRepository { out += language.text(.erNoGit) + "\n\n" }
    out += language.text(.erProcedure, quoted, id, filter)
    return out
  }
}
