import AmigoSchema
import AmigoStore
import Foundation

/// `amigo merge-driver BASE OURS THEIRS [PATH]`: git's custom merge driver for trajectory files
/// and activity files.
enum MergeDriverCommand: Command {
  static let spec = CommandSpec(
    name: "merge-driver",
    abstract: "Merge two versions of a trajectory or activity file (git merge driver).",
    discussion: """
      git runs this during a merge, pull or rebase for files marked 'merge=amigo' in
      .gitattributes ('amigo init' and 'amigo git-setup' set it up). It merges on the document:
      sessions, ratings, goals and consents added on both sides are all kept, in date order, each
      once; a field changed on one side takes that change; the same field or entry changed
      differently on both sides is a conflict, marked with <<<<<<< ours / ======= / >>>>>>> theirs
      around just that entry (in a rebase <<<<<<< upstream / >>>>>>> your commit: git's "ours"
      is then the branch rebased onto). The result is written to OURS. Exit status 0 when the
      merge is clean and the merged file validates, 1 otherwise (git then reports a conflict).
      Files that are not valid YAML are merged line by line with 'git merge-file', and the
      result is checked the same way.
      Activity files (activities/, a meeting or a group) merge the same way: group meetings by
      date, and the children named (participants, attendance, children discussed) as sets, so
      two workers adding meetings, children or attendance to one group both keep theirs; one
      child recorded differently on both sides (present and absent at one meeting) is a
      conflict the message names. A tally of light contacts keeps the contacts both sides
      added, each counted: two alike contacts added on both sides are two.
      """,
    arguments: [
      ArgumentSpec("base", help: "The common ancestor (git's %O)."),
      ArgumentSpec("ours", help: "Our version (git's %A); the result is written here."),
      ArgumentSpec("theirs", help: "Their version (git's %B)."),
      ArgumentSpec(
        "path", optional: true, help: "The file's path in the repository (git's %P), for messages."),
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let p = args.positionals
    let basePath = env.resolve(p[0])
    let oursPath = env.resolve(p[1])
    let theirsPath = env.resolve(p[2])
    let shown = p.count > 3 ? p[3] : p[1]
    func read(_ path: String) throws -> [UInt8] {
      do { return try FileSystem.read(path) } catch {
        throw CommandError(message: env.language().say(error), status: .noInput)
      }
    }
    let base = try read(basePath)
    let ours = try read(oursPath)
    let theirs = try read(theirsPath)

    let activity = isActivity(ours) || isActivity(theirs)
    // In a rebase git's "ours" is the branch rebased onto (a colleague's work) and "theirs"
    // the worker's own commit: the markers and messages say so instead of "ours"/"theirs".
    let rebasing = rebaseUnderWay(env)
    let labels =
      rebasing
      ? (env.language().text(.ccMergeLabelUpstream), env.language().text(.ccMergeLabelYours))
      : ("ours", "theirs")
    guard
      let result = TrajectoryMerge.merge(
        base: base, ours: ours, theirs: theirs,
        spec: activity ? Schemas.activity : Schemas.trajectory, labels: labels)
    else {
      env.stderr.write(env.language().text(.ccMergeNotYAML, shown) + "\n")
      let merged = lineMerge(
        base: basePath, ours: oursPath, theirs: theirsPath, labels: labels, env)
      guard merged == .success else { return merged }
      // A clean line merge is checked as a document merge is: one side's invalid file (not
      // YAML at all, invalid UTF-8) taken over unchanged would otherwise pass as merged.
      return try check(read(oursPath), activity: activity, shown: shown, env)
    }
    let language = env.language()
    for r in result.followed {
      env.stderr.write(language.text(.ccMergeFollowed, shown, r.from, r.to) + "\n")
    }
    for r in result.renumbered {
      env.stderr.write(
        language.text(
          rebasing ? .ccMergeRenumberedYours : .ccMergeRenumbered, shown, r.from, r.to) + "\n")
    }
    do {
      try AtomicWrite.write(result.bytes, to: oursPath)
    } catch {
      throw CommandError(message: language.say(error), status: .ioError)
    }
    if !result.conflicts.isEmpty {
      for c in result.conflicts {
        env.stderr.write(language.text(.ccMergeConflictAt, shown, c.path) + "\n")
      }
      let n = result.conflicts.count
      env.stderr.write(
        (n == 1
          ? language.text(.ccMergeConflict, shown)
          : language.text(.ccMergeConflicts, shown, String(n))) + "\n")
      return .failure
    }
    return check(result.bytes, activity: activity, shown: shown, env)
  }

  /// Success when `bytes`, the merged `shown`, is a valid trajectory (activity); otherwise
  /// its errors on standard error and failure, so that git reports a conflict.
  static func check(
    _ bytes: [UInt8], activity: Bool, shown: String, _ env: Environment
  ) -> ExitStatus {
    let language = env.language()
    let name = Workspace.id(ofFile: shown)
    let checked =
      activity
      ? FileCheck.activity(
        bytes, fileName: name, config: workspaceConfig(of: shown, env), today: nil,
        warnings: false
      ).1
      : FileCheck.trajectory(bytes, fileName: name, config: nil, today: nil).1
    let errors = checked.errors
    if !errors.isEmpty {
      let renderer = DiagnosticRenderer(
        color: env.useColor(on: env.stderr), language: env.language().code)
      for d in errors {
        env.stderr.write(renderer.render(d.inFile(shown), source: checked.source))
      }
      env.stderr.write(
        language.text(.ccMergedHasErrors, shown)
          + (!activity
            ? "" : language.text(name.hasPrefix("L-") ? .ccMergedTallyHint : .ccMergedActivityHint))
          + "\n")
      return .failure
    }
    return .success
  }

  /// The configuration of the workspace whose activity file `path` is (`<root>/activities/…`,
  /// relative to the top of the repository, where git runs the driver), for the vocabularies
  /// it declares (a tally's own themes); nil when there is none.
  static func workspaceConfig(of path: String, _ env: Environment) -> Config? {
    let folder = (path as NSString).deletingLastPathComponent
    guard (folder as NSString).lastPathComponent == Workspace.activitiesFolder else { return nil }
    let parent = (folder as NSString).deletingLastPathComponent
    let workspace = Workspace(root: env.resolve(parent.isEmpty ? "." : parent))
    guard FileSystem.exists(workspace.configPath) else { return nil }
    return Loader.loadConfig(workspace, display: env.display).0
  }

  /// An activity file (`schema: amigo.activity/1`), by its content: git hands the driver
  /// temporary files.
  static func isActivity(_ bytes: [UInt8]) -> Bool { FileCheck.isActivity(bytes) }

  /// True when git is rebasing in the repository the driver runs in (git runs it at the top
  /// of the work tree): `rebase-merge/`, or `rebase-apply/` of a rebase (not of `git am`).
  static func rebaseUnderWay(_ env: Environment) -> Bool {
    let git = env.git(env.resolve("."))
    func exists(_ name: String) -> Bool {
      (try? git.gitPath(name)).map(FileManager.default.fileExists) == true
    }
    return exists("rebase-merge") || exists("rebase-apply/rebasing")
  }

  /// git's own three-way line merge, writing into `ours`.
  static func lineMerge(
    base: String, ours: String, theirs: String,
    labels: (ours: String, theirs: String) = ("ours", "theirs"), _ env: Environment
  ) -> ExitStatus {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "git", "merge-file", "-L", labels.ours, "-L", "base", "-L", labels.theirs, ours, base,
      theirs,
    ]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      env.stderr.write(env.language().text(.ccCannotMergeFile, "\(error)") + "\n")
      return .software
    }
    return process.terminationStatus == 0 ? .success : .failure
  }
}

extension MergeDriverCommand {
  /// CSV, JSON or YAML: never folded to the terminal's width.
  static func writesText(_ arguments: ParsedArguments) -> Bool { false }
}
