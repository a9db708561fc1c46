import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI
@testable import AmigoStore

/// `validate --changed` reads git's index file and compares it with its own listing instead of
/// letting git stat every file again (issue 32): on real repositories, over many kinds of
/// change, the files it finds equal what `git diff --name-only HEAD` and `git ls-files
/// --others --exclude-standard` give, for every file amigo looks at; and where amigo leaves
/// the index to git, it asks git as before.
@Suite struct ValidateChangedIndexTests {
  final class Repo {
    let scratch: TemporaryFolder
    var top: URL { scratch.root }
    /// The workspace: the repository's top, or a folder below it.
    let root: String
    let environment: [String: String]

    init(below folder: String = "", sha256: Bool = false) throws {
      let scratch = try TemporaryFolder(prefix: "amigo-changed-index")
      let top = scratch.root
      self.scratch = scratch
      root = folder.isEmpty ? top.path : top.path + "/" + folder
      try FileManager.default.createDirectory(
        atPath: root + "/trajectories/2019", withIntermediateDirectories: true)
      try FileManager.default.createDirectory(
        atPath: root + "/activities", withIntermediateDirectories: true)
      var env = ProcessInfo.processInfo.environment
      for key in ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"] { env[key] = nil }
      env.merge([
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "HOME": top.path,
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
      ]) { $1 }
      environment = env
      write("amigo.yaml", "organisation: Voorbeeld\n")
      for i in 0..<30 { write("trajectories/T-2026-A\(i).yaml", "id: T-2026-A\(i)\nn: \(i)\n") }
      for i in 0..<5 { write("trajectories/2019/T-2019-B\(i).yaml", "id: T-2019-B\(i)\n") }
      write("trajectories/T 2026 é.yaml", "id: spaces\n")
      write("trajectories/README.md", "not a trajectory\n")
      write("trajectories/.gitkeep", "")
      write("trajectories/.hidden/T-2026-H1.yaml", "id: T-2026-H1\n")
      write("activities/M-1.yaml", "id: M-1\n")
      write(".gitignore", "*.tmp\ntrajectories/ignored/\n")
      write("notes.txt", "outside amigo's files\n")
      if sha256 { git("init", "-q", "--object-format=sha256") } else { git("init", "-q") }
      git("add", "-A")
      git("commit", "-qm", "start")
    }

    @discardableResult
    func git(_ arguments: String...) -> String {
      let output = try? Git(directory: root, environment: environment).run(
        arguments, check: false)
      #expect(
        output?.status == 0, "git \(arguments.joined(separator: " ")): \(output?.stderr ?? "")")
      return output?.text ?? ""
    }

    func write(_ name: String, _ text: String) {
      let path = root + "/" + name
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    func remove(_ name: String) { try? FileManager.default.removeItem(atPath: root + "/" + name) }

    /// The files amigo looks at: `amigo.yaml`, and the `.yaml` files of the activity and
    /// trajectory folders whose name does not start with a dot (amigo's listing leaves out
    /// hidden folders: an untracked file there is the one kind it does not find, and none is
    /// made here; a tracked one is found).
    static func looked(_ path: String) -> Bool {
      if path == "amigo.yaml" { return true }
      guard path.hasPrefix("trajectories/") || path.hasPrefix("activities/"),
        path.hasSuffix(".yaml")
      else { return false }
      return !(path as NSString).lastPathComponent.hasPrefix(".")
    }

    /// What git's two commands say, for the files amigo looks at.
    func expected() -> Set<String> {
      let g = Git(directory: root, environment: environment)
      let diff = try? g.run(["diff", "--name-only", "--relative", "--no-renames", "-z", "HEAD"])
      let others = try? g.run(["ls-files", "--others", "--exclude-standard", "-z"])
      #expect(diff != nil && others != nil)
      return Set((diff.map(Git.paths) ?? []) + (others.map(Git.paths) ?? [])).filter(Repo.looked)
    }

    func changes(quick: Bool = true) throws -> ValidateChanged.Changes {
      try ValidateChanged.changes(
        Git(directory: root, environment: environment), Workspace(root: root), quick: quick)
    }

    /// The index file read, and the changes found, equal git's.
    func check(
      quick: Bool = true, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation
    )
      throws
    {
      let found = try changes()
      #expect(found.quick == quick, comment, sourceLocation: sourceLocation)
      #expect(
        found.names.filter(Repo.looked) == expected(), comment, sourceLocation: sourceLocation)
    }
  }

  func mutate(_ r: Repo) throws {
    try r.check("nothing changed")
    r.write("trajectories/T-2026-A1.yaml", "id: T-2026-A1\nn: changed\n")
    try r.check("modified")
    r.git("add", "trajectories/T-2026-A1.yaml")
    try r.check("staged")
    r.write("trajectories/T-2026-A2.yaml", "id: T-2026-A2\nn: 9\n")
    r.git("add", "trajectories/T-2026-A2.yaml")
    r.write("trajectories/T-2026-A2.yaml", "id: T-2026-A2\nn: 2\n")
    try r.check("staged, then reverted")
    // Same size, same second as the index write (racy), its mtime put back.
    r.write("trajectories/T-2026-A3.yaml", "id: T-2026-A3\nn: 7\n")
    r.git("add", "trajectories/T-2026-A3.yaml")
    let path = r.root + "/trajectories/T-2026-A3.yaml"
    let mtime = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
    r.write("trajectories/T-2026-A3.yaml", "id: T-2026-A3\nn: 8\n")
    try FileManager.default.setAttributes([.modificationDate: mtime!], ofItemAtPath: path)
    try r.check("same-second edit after git add")
    r.write("trajectories/T-2026-A4.yaml", "id: T-2026-A4\nn: 4\n")  // the same bytes
    try r.check("touched without change")
    r.remove("trajectories/T-2026-A5.yaml")
    try r.check("deleted")
    r.git("rm", "-q", "trajectories/T-2026-A6.yaml")
    try r.check("staged deletion")
    r.git("rm", "-q", "--cached", "trajectories/T-2026-A7.yaml")
    try r.check("removed from the index, kept as an untracked file")
    r.git("mv", "trajectories/T-2026-A8.yaml", "trajectories/T-2026-C8.yaml")
    try FileManager.default.moveItem(
      atPath: r.root + "/trajectories/T-2026-A9.yaml",
      toPath: r.root + "/trajectories/2019/T-2026-A9.yaml")
    try r.check("renamed")
    r.write("trajectories/T-2026-N1.yaml", "id: T-2026-N1\n")
    r.write("trajectories/new/deeper/T-2026-N2.yaml", "id: T-2026-N2\n")
    r.write("trajectories/N ï 3.yaml", "id: x\n")
    r.write("trajectories/T-2026-[*]?.yaml", "id: wildcards\n")
    try r.check("untracked, nested, not ASCII")
    r.write("trajectories/T-2026-X.tmp", "ignored\n")
    r.write("trajectories/X.yaml.tmp", "ignored\n")
    r.write("trajectories/T-[*].yaml.tmp", "ignored\n")
    r.write("trajectories/ignored/T-2026-I1.yaml", "ignored\n")
    try r.check("ignored")
    r.write("trajectories/T 2026 é.yaml", "id: changed\n")
    try r.check("a name with spaces and not ASCII")
    r.write("trajectories/.hidden/T-2026-H1.yaml", "id: changed\n")
    r.remove("trajectories/.gitkeep")
    r.remove("trajectories/README.md")
    try r.check("tracked files amigo does not list")
    r.write("activities/M-2.yaml", "id: M-2\n")
    r.write("activities/M-1.yaml", "id: M-1\nchanged: yes\n")
    try r.check("activities")
    // `amigo.yaml` and the activity folder from git's index too: staged, deleted, files amigo
    // does not list there, an edit in the same second with the old time put back.
    r.git("add", "activities/M-1.yaml")
    try r.check("an activity file staged")
    r.remove("activities/M-1.yaml")
    try r.check("a staged activity file deleted")
    r.write("activities/notes.txt", "not an activity\n")
    r.write("activities/.hidden.yaml", "id: hidden\n")
    try r.check("files amigo does not list in the activity folder")
    let config = r.root + "/amigo.yaml"
    let configTime = try FileManager.default.attributesOfItem(atPath: config)[.modificationDate]
    r.write("amigo.yaml", "organisation: Voorbeelt\n")  // the same size
    try FileManager.default.setAttributes([.modificationDate: configTime!], ofItemAtPath: config)
    try r.check("amigo.yaml changed, its time put back")
    r.write("amigo.yaml", "organisation: Anders\n")
    try r.check("a changed amigo.yaml")
  }

  @Test func equalsGitOverMutations() throws {
    try mutate(try Repo())
  }

  @Test func equalsGitBelowTheTop() throws {
    let r = try Repo(below: "werk/amigo ws")
    r.write("../../trajectories/outside.yaml", "outside the workspace\n")
    try mutate(r)
  }

  @Test func equalsGitWithIndexVersions() throws {
    for version in ["2", "3", "4"] {
      let r = try Repo()
      r.git("update-index", "--index-version", version)
      try mutate(r)
    }
  }

  @Test func equalsGitWithSHA256ObjectNames() throws {
    try mutate(try Repo(sha256: true))
  }

  @Test func equalsGitAfterACheckout() throws {
    let r = try Repo()
    let first = r.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    for i in 0..<10 { r.write("trajectories/T-2026-A\(i).yaml", "id: T-2026-A\(i)\nv: 2\n") }
    r.remove("trajectories/T-2026-A20.yaml")
    r.git("add", "-A")
    r.git("commit", "-qm", "second")
    try r.check("second commit")
    r.git("checkout", "-q", first)
    try r.check("checked out the first again")
    r.write("trajectories/T-2026-A3.yaml", "id: T-2026-A3\nv: 3\n")
    try r.check("an edit after the checkout")
  }

  /// Entries amigo does not judge itself: git's two commands decide, with the same result.
  @Test func fallsBackToGit() throws {
    let cases: [(String, (Repo) -> Void)] = [
      ("split index", { $0.git("update-index", "--split-index") }),
      (
        "skip-worktree",
        { $0.git("update-index", "--skip-worktree", "trajectories/T-2026-A1.yaml") }
      ),
      (
        "assume-unchanged",
        { $0.git("update-index", "--assume-unchanged", "trajectories/T-2026-A1.yaml") }
      ),
      (
        "intent to add",
        { r in
          r.write("trajectories/T-2026-N1.yaml", "id: N1\n")
          r.git("add", "-N", "trajectories/T-2026-N1.yaml")
        }
      ),
      (
        "submodule",
        { r in
          let head = r.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
          r.git("update-index", "--add", "--cacheinfo", "160000,\(head),trajectories/sub")
        }
      ),
      (
        "nested repository",
        { r in
          r.write("trajectories/nested/T-2026-N1.yaml", "id: N1\n")
          r.git("init", "-q", "trajectories/nested")
        }
      ),
      (
        "the trajectory folder a repository of its own",
        { r in r.git("init", "-q", "trajectories") }
      ),
    ]
    for (name, make) in cases {
      let r = try Repo()
      make(r)
      r.write("trajectories/T-2026-A1.yaml", "id: T-2026-A1\nn: changed\n")
      r.write("trajectories/T-2026-N9.yaml", "id: N9\n")
      try r.check(quick: false, "\(name)")
    }
  }

  @Test func fallsBackWithoutACommit() throws {
    let r = try Repo()
    r.git("update-ref", "-d", "HEAD")
    let found = try r.changes()
    #expect(!found.quick)
    let listed = r.git("ls-files", "--cached", "-z")
    #expect(
      found.names.filter(Repo.looked)
        == Set(listed.split(separator: "\0").map(String.init)).filter(Repo.looked))
  }

  @Test func outsideARepositoryTheSameError() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-changed-index")
    let folder = scratch.root
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("trajectories"), withIntermediateDirectories: true)
    let git = Git(
      directory: folder.path,
      environment: [
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "",
        "GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path,
      ])
    #expect(throws: Git.Failure.self) {
      try ValidateChanged.changes(git, Workspace(root: folder.path))
    }
  }

  /// More tracked files to look at again than amigo names to git: git compares them all.
  @Test func manyStaleFilesAskGitForAll() throws {
    let r = try Repo()
    for i in 0..<(ValidateChanged.quickStaleLimit + 10) {
      r.write("trajectories/many/T-\(i).yaml", "id: \(i)\n")
    }
    r.git("add", "-A")
    r.git("commit", "-qm", "many")
    for i in 0..<(ValidateChanged.quickStaleLimit + 10) {
      r.write("trajectories/many/T-\(i).yaml", i % 100 == 0 ? "id: changed\n" : "id: \(i)\n")
    }
    try r.check("many touched")
  }

  /// The index's cache-tree names HEAD's tree after a commit (nothing staged: git is not asked),
  /// and no longer once something is staged.
  @Test func cacheTreeTellsWhetherAnythingIsStaged() throws {
    let r = try Repo()
    let git = Git(directory: r.root, environment: r.environment)
    func read() -> GitIndex? {
      GitIndex.read(r.root + "/.git/index", workspace: "", folder: "trajectories/", hashSize: 20)
    }
    let tree = r.git("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(ValidateChanged.QuickSetup(git)?.tree == tree)
    #expect(read()?.tree == tree)
    r.write("trajectories/T-2026-A1.yaml", "id: T-2026-A1\nn: staged\n")
    r.git("add", "trajectories/T-2026-A1.yaml")
    #expect(read() != nil)
    #expect(read()?.tree != tree)
    try r.check("staged, cache-tree invalidated")
  }

  /// A corrupt or unknown index file: git decides.
  @Test func unknownIndexFallsBack() throws {
    let r = try Repo()
    let index = r.root + "/.git/index"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: index))
    bytes[7] = 9  // version 9
    try bytes.write(to: URL(fileURLWithPath: index))
    let found = try? r.changes()
    #expect(found?.quick != true)
  }
}

/// The stat comparison itself: an entry is left to git unless every field matches and it was
/// stat'ed before the second the index was written (git's racy rule).
@Suite struct GitIndexCleanTests {
  static let second: Int64 = 1_790_000_000

  func index(mtime: UInt32, size: UInt32 = 12, mode: UInt32 = 0o100644) -> GitIndex {
    GitIndex(
      names: Array("trajectories/a.yaml".utf8),
      entries: [
        GitIndex.Entry(
          start: 0, length: 19, ctimeSeconds: mtime, ctimeNanoseconds: 5, mtimeSeconds: mtime,
          mtimeNanoseconds: 7, inode: 42, mode: mode, size: size)
      ],
      seconds: GitIndexCleanTests.second)
  }

  func stamp(
    _ mtime: Int64, size: Int64 = 12, inode: UInt64 = 42, ctimeNanoseconds: Int64 = 5
  )
    -> WorkspaceIndex.Stamp
  {
    WorkspaceIndex.Stamp(
      size: size, mtime: mtime * 1_000_000_000 + 7,
      ctime: mtime * 1_000_000_000 + ctimeNanoseconds, inode: inode)
  }

  @Test func cleanOnlyWhenEveryFieldMatchesAndNotRacy() {
    let old = UInt32(GitIndexCleanTests.second - 10)
    let i = index(mtime: old)
    let e = i.entries[0]
    #expect(i.clean(e, stamp(Int64(old))))
    #expect(!i.clean(e, nil), "not stat'ed")
    #expect(!i.clean(e, stamp(Int64(old), size: 13)), "size")
    #expect(!i.clean(e, stamp(Int64(old), inode: 43)), "inode")
    #expect(!i.clean(e, stamp(Int64(old), ctimeNanoseconds: 6)), "ctime's nanoseconds")
    #expect(!i.clean(e, stamp(Int64(old) + 1)), "mtime")
    // Modified in the second the index was written, or later: racy, git must look.
    for m in [UInt32(GitIndexCleanTests.second), UInt32(GitIndexCleanTests.second + 1)] {
      let racy = index(mtime: m)
      #expect(!racy.clean(racy.entries[0], stamp(Int64(m))), "racy at \(m)")
    }
    let smudged = index(mtime: old, size: 0)
    #expect(!smudged.clean(smudged.entries[0], stamp(Int64(old), size: 0)), "smudged")
    let link = index(mtime: old, mode: 0o120000)
    #expect(!link.clean(link.entries[0], stamp(Int64(old))), "symbolic link")
  }
}
