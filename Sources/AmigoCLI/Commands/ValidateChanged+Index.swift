import AmigoStore
import Dispatch
import Foundation

extension ValidateChanged {
  /// The changed files `validate --changed` checks, with the listing of the trajectory folder
  /// it made meanwhile.
  struct Changes {
    /// Paths relative to the workspace: tracked files that differ from `HEAD` (staged or not)
    /// and untracked files not ignored, as `git diff --name-only HEAD` and `git ls-files
    /// --others --exclude-standard` give them, for every file amigo looks at (`amigo.yaml`,
    /// the activity folder, the trajectory files amigo lists); files elsewhere may be missing.
    var names: Set<String>
    var listing: IndexedListing
    /// True when git's index file answered (`quickChanges`), false when git's two commands did.
    var quick: Bool
  }

  /// The changed files, from git's index where amigo understands it (`quick`), else from git's
  /// two commands, which stat and list every file of the workspace.
  static func changes(
    _ git: Git, _ workspace: Workspace, quick allowed: Bool = true
  ) throws(Git.Failure) -> Changes {
    var listing: IndexedListing?
    if allowed {
      let (names, listed) = quickChanges(git, workspace)
      if let names { return Changes(names: names, listing: listed, quick: true) }
      listing = listed
    }
    // Two git calls: tracked files changed against HEAD (staged or not; all tracked files when
    // there is no commit yet), and untracked files not ignored. Paths relative to the root.
    // Both run while amigo lists and stats the trajectory files and reads its index: git stats
    // every tracked file too, so the three share the cores.
    let head = git.isCommit("HEAD")
    let changedRun = GitRun(
      git,
      head
        ? ["diff", "--name-only", "--relative", "--no-renames", "-z", "HEAD", "--", "."]
        : ["ls-files", "--cached", "-z", "--", "."])
    let untrackedRun = GitRun(
      git, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])
    let listed = listing ?? Loader.listIndexed(workspace, version: Amigo.version)
    let names = Set(Git.paths(try changedRun.output()) + Git.paths(try untrackedRun.output()))
    return Changes(names: names, listing: listed, quick: false)
  }

  /// What git says of the repository, in one call: the workspace's folder below the top, the
  /// index file, the size of object names (from `HEAD`'s) and `HEAD`'s tree. Nil when there is
  /// no commit, no repository or no git: the two commands decide (and give the error).
  struct QuickSetup {
    var prefix: String
    var indexPath: String
    var hashSize: Int
    var tree: String

    init?(_ git: Git) {
      guard
        let output = try? git.run(
          [
            "rev-parse", "--show-prefix", "--git-path", "index", "HEAD^{commit}", "HEAD^{tree}",
            "--",
          ], check: false),
        output.status == 0
      else { return nil }
      let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false)
      guard lines.count == 6, lines[4] == "--", lines[5].isEmpty, !lines[1].isEmpty else {
        return nil
      }
      prefix = String(lines[0])
      guard prefix.isEmpty || prefix.hasSuffix("/") else { return nil }
      let index = String(lines[1])
      indexPath = index.hasPrefix("/") ? index : git.directory + "/" + index
      switch lines[2].count {
      case 40: hashSize = 20
      case 64: hashSize = 32
      default: return nil
      }
      tree = String(lines[3])
      guard tree.count == lines[2].count else { return nil }
    }
  }

  /// The untracked files amigo checks against the ignore rules with `git check-ignore`, at
  /// most; more (a workspace never committed) and git's own listing is quicker.
  static let quickUntrackedLimit = 20_000
  /// The tracked files amigo names to git for a second look, at most; more (after a checkout,
  /// a command that rewrote many files, or a copy of the workspace) and git compares every
  /// file of the folder. git matches each name against every entry of `HEAD`'s tree: at
  /// 100 000 files, 3 ms a name, where comparing all of them costs some 0.2 s.
  static let quickStaleLimit = 40

  /// The changed files from git's index file compared with amigo's own listing (issue 32),
  /// without git stat'ing every tracked file nor listing every folder again:
  /// - trajectory files whose stat differs from the index entry's (or racy, or not listed)
  ///   are named to `git diff --name-only HEAD --`, which decides for them (more than
  ///   `quickStaleLimit`: git compares the whole folder);
  /// - the others are as git last saw them: changed against `HEAD` exactly when staged
  ///   (`git diff --cached`, run meanwhile; not run when the index's cache-tree says it holds
  ///   `HEAD`'s tree);
  /// - listed files the index lacks are untracked, less those `git check-ignore` ignores;
  /// - `amigo.yaml` and the activity folder are compared with the index the same way; git is
  ///   asked about them (`git diff HEAD` of the two, in a command of their own) only when one
  ///   of them is stale or something is staged, so that a clean workspace runs no git command
  ///   for them.
  /// Nil names (with the listing made) when git's index is one amigo leaves to git, or there
  /// is no repository or commit.
  static func quickChanges(
    _ git: Git, _ workspace: Workspace
  ) -> (Set<String>?, IndexedListing) {
    let others = [Workspace.configName, Workspace.activitiesFolder]
    let folder = Workspace.trajectoriesFolder + "/"
    // Asks git where its index is, then reads it, while amigo lists; and what is staged in
    // the trajectory folder, unless the index's own tree is HEAD's.
    let indexRead = IndexRead(
      git, folder: folder, others: [Workspace.configName, Workspace.activitiesFolder + "/"])
    let listing = Loader.listIndexed(workspace, version: Amigo.version)
    // `amigo.yaml` and the activity files, as `validate` lists them.
    let otherPaths =
      (FileSystem.exists(workspace.configPath) ? [workspace.configPath] : [])
      + workspace.activityPaths()
    guard let index = indexRead.index(),
      let comparison = index.compare(with: listing, root: workspace.root),
      let otherComparison = index.compareOthers(otherPaths, root: workspace.root),
      comparison.untracked.count + otherComparison.untracked.count <= quickUntrackedLimit,
      !nestedRepository(comparison.untracked + otherComparison.untracked, in: workspace.root)
    else {
      _ = try? indexRead.staged?.output()
      return (nil, listing)
    }
    let whole = comparison.stale.count > quickStaleLimit
    let staleRun =
      comparison.stale.isEmpty
      ? nil
      : GitRun(
        git,
        [
          "--literal-pathspecs", "diff", "--name-only", "--relative", "--no-renames", "-z",
          "HEAD", "--",
        ] + (whole ? [folder] : comparison.stale))
    // `amigo.yaml` and the activity folder in a command of their own (named together with
    // files in a large folder, a top-level file made git 2.39 take seconds), when git must
    // look: one of them stale (changed, racy, deleted), or anything staged.
    let othersRun =
      otherComparison.stale.isEmpty && indexRead.staged == nil
      ? nil
      : GitRun(
        git,
        [
          "--literal-pathspecs", "diff", "--name-only", "--relative", "--no-renames", "-z",
          "HEAD", "--",
        ] + others)
    let untracked = comparison.untracked + otherComparison.untracked
    let ignoreRun =
      untracked.isEmpty
      ? nil
      : GitRun(
        // Not `--literal-pathspecs` (refused here): check-ignore takes each path as it is,
        // wildcards too; only a leading `:` would be magic, and each starts with a folder or
        // is `amigo.yaml`.
        git, ["check-ignore", "--stdin", "-z"],
        input: Array(untracked.map { $0 + "\0" }.joined().utf8), check: false)
    var staged: [String] = []
    if let run = indexRead.staged {
      guard let output = try? run.output() else { return (nil, listing) }
      staged = Git.paths(output)
    }
    var names = Set<String>()
    if let staleRun {
      guard let output = try? staleRun.output() else { return (nil, listing) }
      names.formUnion(Git.paths(output))
    }
    if let othersRun {
      guard let output = try? othersRun.output() else { return (nil, listing) }
      names.formUnion(Git.paths(output))
    }
    if !whole {
      // Staged and as git last stat'ed them: changed against HEAD.
      let looked = Set(comparison.stale)
      names.formUnion(staged.filter { !looked.contains($0) })
    }
    if let ignoreRun {
      guard let ignored = try? ignoreRun.output(), ignored.status <= 1 else {
        return (nil, listing)
      }
      names.formUnion(Set(untracked).subtracting(Git.paths(ignored)))
    }
    return (names, listing)
  }

  /// True when an untracked file lies in a folder holding a repository of its own, the
  /// trajectory folder itself included (git lists that folder, not its files).
  static func nestedRepository(_ paths: [String], in root: String) -> Bool {
    var seen = Set<String>()
    for path in paths {
      var folder = (path as NSString).deletingLastPathComponent
      while !folder.isEmpty, seen.insert(folder).inserted {
        if FileSystem.exists(root + "/" + folder + "/.git") { return true }
        folder = (folder as NSString).deletingLastPathComponent
      }
    }
    return false
  }

  /// git's index file found (`QuickSetup`) and read on a thread of its own while amigo lists
  /// the trajectory folder; nil when there is none amigo can read.
  final class IndexRead: @unchecked Sendable {
    private var result: GitIndex?
    private var stagedRun: GitRun?
    private let done = DispatchSemaphore(value: 0)

    init(_ git: Git, folder: String, others: [String] = []) {
      let thread = Thread { [self] in
        if let setup = QuickSetup(git) {
          result = GitIndex.read(
            setup.indexPath, workspace: setup.prefix, folder: folder, others: others,
            hashSize: setup.hashSize)
          if let index = result, index.tree != setup.tree {
            stagedRun = GitRun(
              git,
              [
                "--literal-pathspecs", "diff", "--cached", "--name-only", "--relative",
                "--no-renames", "-z", "HEAD", "--", folder,
              ])
          }
        }
        done.signal()
      }
      thread.start()
    }

    func index() -> GitIndex? {
      done.wait()
      done.signal()
      return result
    }

    /// `git diff --cached` of the folder, running; nil when the index holds `HEAD`'s tree
    /// (nothing staged) or was not read.
    var staged: GitRun? {
      done.wait()
      done.signal()
      return stagedRun
    }
  }
}
