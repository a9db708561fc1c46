import AmigoCLI
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The built amigo, which git runs as the merge driver and from the pre-commit hook: next to
/// the test binary (`swift test` builds both), else `.build/debug/amigo`.
let builtAmigo: String = {
  let candidates: [String?] = [
    Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("amigo").path,
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("amigo").path,
    Fixtures.root.appendingPathComponent(".build/debug/amigo").path,
  ]
  let paths = candidates.compactMap { $0 }
  return paths.first { FileManager.default.isExecutableFile(atPath: $0) } ?? paths.last!
}()

/// A folder with a bare "remote" and clones of it, with git isolated from the user's own
/// configuration: no global or system config, HOME inside the folder, branch `main`.
final class GitSandbox: @unchecked Sendable {
  let folder: TemporaryFolder
  var root: URL { folder.root }
  let variables: [String: String]
  static let id = "T-2026-AAAA"
  static let file = "trajectories/T-2026-AAAA.yaml"

  init() throws {
    let folder = try TemporaryFolder(prefix: "amigo-git")
    self.folder = folder
    variables = [
      "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.root.path,
      "GIT_TERMINAL_PROMPT": "0", "GIT_CONFIG_COUNT": "2",
      "GIT_CONFIG_KEY_0": "init.defaultBranch", "GIT_CONFIG_VALUE_0": "main",
      "GIT_CONFIG_KEY_1": "advice.detachedHead", "GIT_CONFIG_VALUE_1": "false",
      "AMIGO_EXECUTABLE": builtAmigo, "NO_COLOR": "1",
    ]
  }

  func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// Runs git in `folder`; never throws on a failing status.
  @discardableResult
  func git(_ arguments: [String], in folder: String, _ extra: [String: String] = [:]) -> Git.Output
  {
    var environment = ProcessInfo.processInfo.environment
    for key in ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"] { environment[key] = nil }
    environment.merge(variables) { $1 }
    environment.merge(extra) { $1 }
    do {
      return try Git(directory: folder, environment: environment).run(arguments, check: false)
    } catch {
      Issue.record("git could not run: \(error)")
      return Git.Output(status: -1, stdout: [], stderr: "\(error)")
    }
  }

  /// Runs amigo in this process, in `folder`.
  @discardableResult
  func amigo(
    _ arguments: [String], in folder: String, today: String = "2026-12-31"
  )
    -> (status: AmigoCLI.ExitStatus, out: String, err: String)
  {
    let env = Environment(
      variables: variables, currentDirectory: folder, today: LocalDate(today)!)
    let status = Amigo.run(arguments, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  func read(_ folder: String, _ file: String = GitSandbox.file) -> String {
    (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
  }

  func write(_ folder: String, _ text: String, _ file: String = GitSandbox.file) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
  }

  /// Writes `activities/M-2026-0001.yaml` in `folder`: a 60-minute meeting on 2026-09-10 with
  /// the care coordinator about `child`.
  func writeMeeting(_ folder: String, naming child: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/activities", withIntermediateDirectories: true)
    let meeting = """
      schema: amigo.activity/1
      id: M-2026-0001
      type: meeting
      programme: amigos-op-school
      school: mijn-school
      workers: [begeleider]
      date: 2026-09-10
      minutes: 60
      with: [care-coordinator]
      children: [\(child)]

      """
    try write(folder, meeting, "activities/M-2026-0001.yaml")
  }

  func configureUser(_ folder: String, _ name: String) {
    git(["config", "user.name", name], in: folder)
    git(["config", "user.email", "\(name.lowercased())@example.org"], in: folder)
  }

  /// `git add -A && git commit`; the pre-commit hook runs.
  @discardableResult
  func commit(_ folder: String, _ message: String, _ extra: [String: String] = [:]) -> Git.Output {
    git(["add", "-A"], in: folder)
    return git(["commit", "-q", "-m", message], in: folder, extra)
  }

  /// The remote with a workspace and one trajectory, and a first clone `a` set up by
  /// `amigo init`.
  func team() throws -> String {
    let remote = path("remote.git")
    git(["init", "-q", "--bare", remote], in: root.path)
    let a = path("a")
    git(["clone", "-q", remote, a], in: root.path)
    configureUser(a, "Mila")
    let created = amigo(["init"], in: a)
    #expect(created.status == .success, "\(created.err)")
    try write(a, baseTrajectory)
    let first = commit(a, "amigo workspace")
    #expect(first.status == 0, "\(first.stderr)")
    git(["push", "-q", "-u", "origin", "main"], in: a)
    return a
  }

  /// Another clone, set up with `amigo git-setup` as a colleague would.
  func clone(_ name: String, user: String) -> String {
    let folder = path(name)
    git(["clone", "-q", path("remote.git"), folder], in: root.path)
    configureUser(folder, user)
    let setup = amigo(["git-setup"], in: folder)
    #expect(setup.status == .success, "\(setup.err)")
    return folder
  }

  /// Pull (merging, or rebasing) and push.
  func sync(_ folder: String, rebase: Bool = false) {
    let pull = git(["pull", "-q", rebase ? "--rebase" : "--no-rebase", "--no-edit"], in: folder)
    #expect(pull.status == 0, "pull failed: \(pull.text)\(pull.stderr)")
    let push = git(["push", "-q"], in: folder)
    #expect(push.status == 0, "push failed: \(push.stderr)")
  }
}

let baseTrajectory = """
  schema: amigo.trajectory/1
  id: T-2026-AAAA
  programme: amigos-op-school
  school: mijn-school
  worker: begeleider
  status: active

  child:
    label: Sam B.
    born: 2016-05
    group: 5

  referral:
    date: 2026-08-28
    by: teacher

  consent:
    - date: 2026-09-03
      given_by: [parents]
      scope: [support, home-visit, school-consultation]

  plan:
    start: 2026-09-07

  goals:
    - id: g1
      text: Speelt samen in de pauze
      ratings:
        - {date: 2026-09-08, value: 3, rater: child}

  sessions:
    - date: 2026-09-08
      kind: child-talk
      minutes: 20

  """

/// Sessions as `date kind`, ratings of a goal as `date rater value`, read from the file.
func sessionKeys(_ text: String) -> [String] {
  YAMLDocument(parsing: text).node(at: ["sessions"])?.sequence?.items.map {
    let m = $0.value.mapping
    return (m?["date"]?.scalar?.value ?? "") + " " + (m?["kind"]?.scalar?.value ?? "")
  } ?? []
}

func ratingKeys(_ text: String, goal: Int = 0) -> [String] {
  YAMLDocument(parsing: text).node(at: ["goals", .index(goal), "ratings"])?.sequence?.items.map {
    let m = $0.value.mapping
    return ["date", "rater", "value"].map { m?[$0]?.scalar?.value ?? "" }.joined(separator: " ")
  } ?? []
}

@Suite struct GitTests {
  @Test func theBuiltAmigoIsThere() {
    #expect(
      FileManager.default.isExecutableFile(atPath: builtAmigo),
      "git needs the built amigo at \(builtAmigo); run 'swift build' first")
  }

  // (a)
  @Test func concurrentSessionsAndRatingsMergeCleanly() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id

    #expect(
      s.amigo(["log-session", id, "--date", "2026-09-15", "--score", "g1=6"], in: a).0 == .success)
    #expect(
      s.amigo(["goal", "rate", id, "g1", "5", "--rater", "teacher", "--date", "2026-09-16"], in: a)
        .0 == .success)
    #expect(s.commit(a, "week 38").status == 0)
    s.sync(a)

    #expect(
      s.amigo(
        ["log-session", id, "--date", "2026-09-17", "--kind", "huisbezoek", "--minutes", "60"],
        in: b
      ).0 == .success)
    #expect(
      s.amigo(["goal", "rate", id, "g1", "7", "--rater", "parents", "--date", "2026-09-17"], in: b)
        .0 == .success)
    #expect(
      s.amigo(
        ["goal", "add", id, "--text", "Vraagt om hulp", "--baseline", "4", "--date", "2026-09-17"],
        in: b
      ).0 == .success)
    #expect(s.commit(b, "home visit").status == 0)

    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status == 0, "\(pull.text)\(pull.stderr)")
    #expect(!(pull.text + pull.stderr).contains("CONFLICT"))
    s.sync(b)
    s.sync(a)

    let merged = s.read(b)
    #expect(s.read(a) == merged)
    #expect(!merged.contains("<<<<<<<"))
    #expect(
      sessionKeys(merged) == [
        "2026-09-08 child-talk", "2026-09-15 child-talk", "2026-09-17 home-visit",
      ])
    #expect(
      ratingKeys(merged) == [
        "2026-09-08 child 3", "2026-09-15 child 6", "2026-09-16 teacher 5",
        "2026-09-17 parents 7",
      ])
    #expect(ratingKeys(merged, goal: 1) == ["2026-09-17 child 4"])
    for folder in [a, b] {
      let check = s.amigo(["validate"], in: folder)
      #expect(check.status == .success, "\(check.out)")
    }
    #expect(s.git(["status", "--porcelain"], in: a).text.isEmpty)
  }

  /// Two workers who each add a goal get the same next id (`g2`); the merge driver gives the
  /// goal being merged in the next free id, and its ratings and sessions move with it. Before,
  /// both goals were kept as `g2` and the merge was refused (`duplicate-goal`).
  @Test func goalsAddedOnBothSidesUnderOneIDAreRenumbered() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id

    #expect(
      s.amigo(
        ["goal", "add", id, "--text", "Speelt mee", "--baseline", "3", "--date", "2026-09-15"],
        in: a
      ).0 == .success)
    #expect(
      s.amigo(["log-session", id, "--date", "2026-09-17", "--score", "g2=5"], in: a).0 == .success)
    #expect(s.commit(a, "goal Mila").status == 0)
    s.sync(a)

    #expect(
      s.amigo(
        ["goal", "add", id, "--text", "Vraagt om hulp", "--baseline", "4", "--date", "2026-09-16"],
        in: b
      ).0 == .success)
    #expect(s.commit(b, "goal Jan").status == 0)

    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status == 0, "\(pull.text)\(pull.stderr)")
    #expect(!(pull.text + pull.stderr).contains("CONFLICT"))
    s.sync(b)
    s.sync(a)

    let merged = s.read(b)
    #expect(s.read(a) == merged)
    let document = YAMLDocument(parsing: merged)
    let goals = (document.node(at: ["goals"])?.sequence?.items ?? []).map {
      ($0.value.mapping?["id"]?.scalar?.value ?? "") + " "
        + ($0.value.mapping?["text"]?.scalar?.value ?? "")
    }
    // Ours (Jan's, pulling) keeps g2; Mila's goal, merged in, becomes g3.
    #expect(goals.count == 3, "\(goals)")
    let jan = try #require(goals.firstIndex(of: "g2 Vraagt om hulp"), "\(goals)")
    let mila = try #require(goals.firstIndex(of: "g3 Speelt mee"), "\(goals)")
    #expect(ratingKeys(merged, goal: jan) == ["2026-09-16 child 4"])
    #expect(ratingKeys(merged, goal: mila) == ["2026-09-15 child 3", "2026-09-17 child 5"])
    let sessionGoals = (document.node(at: ["sessions"])?.sequence?.items ?? []).map {
      ($0.value.mapping?["goals"]?.sequence?.items ?? []).compactMap { $0.value.scalar?.value }
    }
    // Mila's session scored her goal: it now names g3.
    #expect(sessionGoals.last == ["g3"], "\(sessionGoals)")
    #expect((pull.text + pull.stderr).contains("dat van de collega heet nu 'g3'"), "\(pull.stderr)")
    for folder in [a, b] {
      let check = s.amigo(["validate"], in: folder)
      #expect(check.status == .success, "\(check.out)")
    }
  }

  /// In a rebase git's "ours" is the branch rebased onto, a colleague's work, and "theirs" the
  /// worker's own commit: the driver said "the colleague's goal is now g3" of the worker's own
  /// goal, and marked a conflict "ours" around the colleague's value (qa-walk p13). It says
  /// "yours" and marks the sides "upstream" and "jouw commit".
  @Test func aRebaseNamesItsSidesAsTheyAre() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    #expect(
      s.amigo(["goal", "add", id, "--text", "Speelt mee", "--date", "2026-09-15"], in: a).0
        == .success)
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    #expect(s.commit(a, "goal Mila").status == 0)
    s.sync(a)
    #expect(
      s.amigo(["goal", "add", id, "--text", "Vraagt om hulp", "--date", "2026-09-16"], in: b).0
        == .success)
    #expect(s.commit(b, "goal Jan").status == 0)
    try s.write(b, s.read(b).replacingOccurrences(of: "minutes: 20", with: "minutes: 30"))
    #expect(s.commit(b, "longer talk Jan").status == 0)
    let pull = s.git(["pull", "--rebase"], in: b)
    let said = pull.text + pull.stderr
    // Jan's own goal, replayed on top of Mila's, is the one renumbered, and said to be his.
    #expect(
      said.contains("dat van jou (in de commit die verplaatst wordt) heet nu 'g3'"), "\(said)")
    #expect(!said.contains("dat van de collega"), "\(said)")
    // The minutes conflict: Mila's value is upstream, Jan's is his commit's.
    #expect(pull.status != 0)
    let lines = s.read(b).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: "<<<<<<< upstream"), "\(lines)")
    #expect(
      Array(lines[start...].prefix(5)) == [
        "<<<<<<< upstream", "    minutes: 25", "=======", "    minutes: 30", ">>>>>>> jouw commit",
      ])
    #expect(s.git(["rebase", "--abort"], in: b).status == 0)
  }

  /// After that renumbering, the worker whose goal it was scores it again under its old id
  /// before pulling: the merge must hang the score on that goal under its new id, not on the
  /// colleague's goal that now has the old id (QA, twelfth session: it did, silently).
  @Test(arguments: [false, true])
  func aGoalRenumberedEarlierTakesTheScoresAddedToItMeanwhile(rebase: Bool) throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    #expect(
      s.amigo(
        ["goal", "add", id, "--text", "Speelt mee", "--baseline", "3", "--date", "2026-09-15"],
        in: a
      ).0 == .success)
    #expect(s.commit(a, "goal Mila").status == 0)
    s.sync(a)
    #expect(
      s.amigo(
        ["goal", "add", id, "--text", "Vraagt om hulp", "--baseline", "4", "--date", "2026-09-16"],
        in: b
      ).0 == .success)
    #expect(s.commit(b, "goal Jan").status == 0)
    #expect(s.git(["pull", "--no-rebase", "--no-edit"], in: b).status == 0)
    s.sync(b)
    // Mila has not pulled: her goal is still g2 to her. She scores it in a session.
    #expect(
      s.amigo(["log-session", id, "--date", "2026-09-18", "--score", "g2=6"], in: a).0 == .success)
    #expect(s.commit(a, "score Mila").status == 0)
    // Merged, or replayed on top of the colleague's work (in a rebase the sides swap: the
    // renumbering is then on "ours").
    let pull = s.git(["pull", rebase ? "--rebase" : "--no-rebase", "--no-edit"], in: a)
    #expect(pull.status == 0, "\(pull.text)\(pull.stderr)")
    #expect(!(pull.text + pull.stderr).contains("CONFLICT"))
    let merged = s.read(a)
    let document = YAMLDocument(parsing: merged)
    let goals = (document.node(at: ["goals"])?.sequence?.items ?? []).map {
      ($0.value.mapping?["id"]?.scalar?.value ?? "") + " "
        + ($0.value.mapping?["text"]?.scalar?.value ?? "")
    }
    let jan = try #require(goals.firstIndex(of: "g2 Vraagt om hulp"), "\(goals)")
    let mila = try #require(goals.firstIndex(of: "g3 Speelt mee"), "\(goals)")
    #expect(ratingKeys(merged, goal: jan) == ["2026-09-16 child 4"])
    #expect(ratingKeys(merged, goal: mila) == ["2026-09-15 child 3", "2026-09-18 child 6"])
    let sessionGoals = (document.node(at: ["sessions"])?.sequence?.items ?? []).map {
      ($0.value.mapping?["goals"]?.sequence?.items ?? []).compactMap { $0.value.scalar?.value }
    }
    #expect(sessionGoals.last == ["g3"], "\(sessionGoals)")
    #expect(
      (pull.text + pull.stderr).contains("heet sinds een eerdere samenvoeging 'g3'"),
      "\(pull.stderr)")
    let check = s.amigo(["validate"], in: a)
    #expect(check.status == .success, "\(check.out)")
  }

  // (b)
  @Test func conflictingEditsOfOneSessionConflictOnThatEntryOnly() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id

    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    s.amigo(["log-session", id, "--date", "2026-09-15"], in: a)
    #expect(s.commit(a, "longer talk").status == 0)
    s.sync(a)

    try s.write(b, s.read(b).replacingOccurrences(of: "minutes: 20", with: "minutes: 30"))
    s.amigo(["log-session", id, "--date", "2026-09-17", "--kind", "oudergesprek"], in: b)
    #expect(s.commit(b, "even longer talk").status == 0)
    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status != 0)
    #expect((pull.text + pull.stderr).contains("CONFLICT"))
    #expect(s.git(["status", "--porcelain"], in: b).text.contains("UU \(GitSandbox.file)"))

    // One marked entry: the minutes of that session; both new sessions merged around it.
    let text = s.read(b)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: "<<<<<<< ours"))
    #expect(lines.filter { $0.hasPrefix("<<<<<<<") }.count == 1)
    #expect(
      Array(lines[start...].prefix(5)) == [
        "<<<<<<< ours", "    minutes: 30", "=======", "    minutes: 25", ">>>>>>> theirs",
      ])
    #expect(lines[start - 2] == "  - date: 2026-09-08")
    #expect(text.contains("  - date: 2026-09-15\n    kind: child-talk\n"))
    #expect(text.contains("  - date: 2026-09-17\n    kind: parent-talk\n"))

    // `amigo validate` names the markers.
    let validate = s.amigo(["validate"], in: b)
    #expect(validate.status != .success)
    #expect(validate.out.contains("error[conflict-marker]"), "\(validate.out)")

    // Resolved to a third value: the merge's own change shows in the history.
    let resolved = lines[..<start] + ["    minutes: 27"] + lines[(start + 5)...]
    try s.write(b, resolved.joined(separator: "\n"))
    #expect(s.commit(b, "merged").status == 0)
    let history = s.amigo(["history", id, "--newest-first"], in: b)
    #expect(
      history.out.contains("  samenvoeging: sessie 2026-09-08 gewijzigd (minutes)\n"),
      "\(history.out)")
  }

  /// Issue 26, p19: the pre-commit hook shows only the warnings a commit adds.
  @Test func thePreCommitHookShowsOnlyTheWarningsACommitAdds() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let session = "  - date: 2026-09-08\n    kind: child-talk\n    minutes: 20\n"
    // The same session twice: a possible-duplicate warning, shown when it comes in.
    try s.write(a, s.read(a) + session)
    let first = s.commit(a, "twice")
    #expect(first.status == 0, "\(first.stderr)")
    #expect((first.text + first.stderr).contains("warning[possible-duplicate]"), "\(first.text)")
    // A later commit of the same file does not show it again, but counts it.
    try s.write(a, s.read(a).replacingOccurrences(of: "group: 5", with: "group: 6"))
    let second = s.commit(a, "group 6")
    #expect(second.status == 0, "\(second.stderr)")
    let out = second.text + second.stderr
    #expect(!out.contains("possible-duplicate"), "\(out)")
    #expect(!out.contains("warning["), "\(out)")
  }

  /// qa-walk M5 (issue 26, item 7): a merge whose result differs from both sides in a value.
  @Test func aMergeThatMovedTheClosureDateShowsInTheHistory() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    let today = ["--today", "2026-12-06"]
    let closed = s.amigo(
      [
        "close", id, "-d", "2026-12-04", "--reason", "completed", "--destination", "none",
        "--result", "g1=achieved",
      ] + today, in: a)
    #expect(closed.status == .success, "\(closed.err)")
    #expect(s.commit(a, "a: close").status == 0)
    s.sync(a)
    let logged = s.amigo(
      ["log-session", id, "-d", "2026-12-05", "-k", "parent-talk", "-m", "20"] + today, in: b)
    #expect(logged.status == .success, "\(logged.err)")
    #expect(s.commit(b, "b: session").status == 0)
    // The session lies after the closure: the merge is refused.
    #expect(s.git(["pull", "--no-rebase", "--no-edit"], in: b).status != 0)
    // Jan takes the closed version, moves the closure to the day of his talk and logs it again.
    s.git(["checkout", "--theirs", GitSandbox.file], in: b)
    try s.write(
      b, s.read(b).replacingOccurrences(of: "  date: 2026-12-04\n", with: "  date: 2026-12-05\n"))
    let again = s.amigo(
      ["log-session", id, "-d", "2026-12-05", "-k", "parent-talk", "-m", "20"] + today, in: b)
    #expect(again.status == .success, "\(again.err)")
    #expect(s.commit(b, "merged").status == 0)
    let history = s.amigo(["history", id], in: b).out
    #expect(history.contains("  samenvoeging: afsluiting gewijzigd (date)\n"), "\(history)")
    // Only the merge's own change: not the session or the closure it joined.
    let merge = history.components(separatedBy: "\n\n").filter { $0.contains("samenvoeging: ") }
    #expect(
      merge.count == 1 && merge[0].components(separatedBy: "samenvoeging: ").count == 2,
      "\(history)")
  }

  /// A clean merge that changed a value on the way (an "evil merge") is listed too; a plain
  /// merge of two sides is not.
  @Test func aCleanMergeWithAChangeOfItsOwnShowsInTheHistory() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    #expect(s.commit(a, "longer talk").status == 0)
    s.sync(a)
    try s.write(
      b, s.read(b).replacingOccurrences(of: "  born: 2016-05\n", with: "  born: 2016-06\n"))
    let born = s.commit(b, "born in June")
    #expect(born.status == 0, "\(born.text)\(born.stderr)")
    #expect(s.git(["pull", "--no-rebase", "--no-commit"], in: b).status == 0)
    let plain = s.amigo(["history", id], in: b).out
    #expect(!plain.contains("samenvoeging:"), "\(plain)")
    try s.write(
      b,
      s.read(b).replacingOccurrences(
        of: "  text: Speelt samen in de pauze", with: "  text: Speelt mee in de pauze"))
    #expect(s.commit(b, "merged").status == 0)
    let history = s.amigo(["history", id], in: b).out
    let merge = history.components(separatedBy: "\n").filter { $0.contains("samenvoeging: ") }
    #expect(merge.count == 1, "\(history)")
    #expect(merge.first?.contains("g1") == true, "\(history)")
  }

  @Test func aConflictResolvedByKeepingOneSideShowsInTheHistory() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    #expect(s.commit(a, "longer talk").status == 0)
    s.sync(a)
    try s.write(b, s.read(b).replacingOccurrences(of: "minutes: 20", with: "minutes: 30"))
    #expect(s.commit(b, "even longer talk").status == 0)
    #expect(s.git(["pull", "--no-rebase", "--no-edit"], in: b).status != 0)
    // Jan keeps Mila's version: his own change is undone by the merge.
    s.git(["checkout", "--theirs", GitSandbox.file], in: b)
    #expect(s.read(b).contains("minutes: 25"))
    #expect(s.commit(b, "kept Mila's").status == 0)
    let history = s.amigo(["history", id], in: b).out
    let lines = history.split(separator: "\n").map(String.init)
    // Oldest first: the last word on the minutes is the merge's, as the file says.
    let last = try #require(lines.lastIndex { $0.contains("sessie 2026-09-08") })
    #expect(lines[last] == "  samenvoeging: sessie 2026-09-08 gewijzigd (minutes)", "\(history)")
  }

  /// A merge that kept one side's file whole, dropping the other side's session, is listed with
  /// that drop only: not with the kept side's own session, which its own commit already tells.
  @Test func aMergeThatDroppedOneSidesSessionTellsOnlyTheDrop() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    s.amigo(["log-session", id, "--date", "2026-09-15"], in: a)
    #expect(s.commit(a, "a: talk").status == 0)
    s.sync(a)
    s.amigo(["log-session", id, "--date", "2026-09-17", "--kind", "oudergesprek"], in: b)
    let own = s.read(b)
    #expect(s.commit(b, "b: parent talk").status == 0)
    #expect(s.git(["pull", "--no-rebase", "--no-commit"], in: b).status == 0)
    #expect(s.read(b).contains("  - date: 2026-09-15\n"))
    // Jan writes his own version back over the merged one: Mila's talk is gone.
    try s.write(b, own)
    #expect(s.commit(b, "merged").status == 0)
    let history = s.amigo(["history", id], in: b).out
    let merge = history.components(separatedBy: "\n").filter { $0.contains("samenvoeging: ") }
    #expect(merge == ["  samenvoeging: sessie 2026-09-15 verwijderd"], "\(history)")
  }

  /// qa-walk A.1: a remote whose default branch does not exist gives a clone with nothing
  /// checked out; amigo names the branch that holds the workspace instead of only "not inside
  /// an amigo workspace".
  @Test func aCloneWithNothingCheckedOutNamesTheBranchToCheckOut() throws {
    let s = try GitSandbox()
    _ = try s.team()
    s.git(["symbolic-ref", "HEAD", "refs/heads/master"], in: s.path("remote.git"))
    let c = s.path("c")
    s.git(["clone", "-q", s.path("remote.git"), c], in: s.root.path)
    #expect(!FileManager.default.fileExists(atPath: c + "/amigo.yaml"))
    for command in [["git-setup"], ["list"]] {
      let r = s.amigo(command, in: c)
      #expect(r.status == .noInput)
      #expect(
        r.err.contains(
          "this git clone has nothing checked out (its branch 'master' has no commits"), "\(r.err)")
      #expect(
        r.err.contains(
          "The workspace is on origin/main: check it out with 'git checkout main', then run 'amigo git-setup'"
        ), "\(r.err)")
    }
    // Done so, the clone is a workspace.
    #expect(s.git(["checkout", "-q", "main"], in: c).status == 0)
    #expect(s.amigo(["git-setup"], in: c).status == .success)
    // An empty repository without a remote: the plain message.
    let empty = s.path("empty")
    s.git(["init", "-q", empty], in: s.root.path)
    let plain = s.amigo(["list"], in: empty)
    #expect(plain.err.contains("not inside an amigo workspace (no amigo.yaml here"), "\(plain.err)")
  }

  // (c)
  @Test func randomInterleavingsLoseAndDuplicateNothing() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    var rng = SeededGenerator(seed: 2026)
    var sessions: Set<String> = ["2026-09-08 child-talk"]
    var ratings: Set<String> = ["2026-09-08 child 3"]
    let start = LocalDate("2026-09-09")!
    let kinds = ["child-talk", "parent-talk", "teacher-talk", "classroom-observation"]
    let raters = ["child", "parents", "teacher", "worker"]
    for round in 0..<20 {
      let folder = Bool.random(using: &rng) ? a : b
      switch Int.random(in: 0..<10, using: &rng) {
      case 0..<4:
        let date = start.adding(days: Int.random(in: 0..<90, using: &rng)).description
        let kind = kinds.randomElement(using: &rng)!
        guard sessions.insert("\(date) \(kind)").inserted else { continue }
        let r = s.amigo(["log-session", id, "--date", date, "--kind", kind], in: folder)
        #expect(r.status == .success, "round \(round): \(r.err)")
        #expect(s.commit(folder, "round \(round)").status == 0)
      case 4..<7:
        let date = start.adding(days: Int.random(in: 0..<90, using: &rng)).description
        let rater = raters.randomElement(using: &rng)!
        let value = Int.random(in: 0...10, using: &rng)
        guard !ratings.contains(where: { $0.hasPrefix("\(date) \(rater) ") }) else { continue }
        ratings.insert("\(date) \(rater) \(value)")
        let r = s.amigo(
          ["goal", "rate", id, "g1", "\(value)", "--rater", rater, "--date", date], in: folder)
        #expect(r.status == .success, "round \(round): \(r.err)")
        #expect(s.commit(folder, "round \(round)").status == 0)
      default:
        s.sync(folder, rebase: Bool.random(using: &rng))
      }
    }
    s.sync(a)
    s.sync(b)
    s.sync(a)
    let final = s.read(a)
    #expect(s.read(b) == final)
    #expect(!final.contains("<<<<<<<"))
    let foundSessions = sessionKeys(final)
    #expect(foundSessions.count == sessions.count, "duplicated or lost: \(foundSessions)")
    #expect(Set(foundSessions) == sessions)
    let foundRatings = ratingKeys(final)
    #expect(foundRatings.count == ratings.count, "duplicated or lost: \(foundRatings)")
    #expect(Set(foundRatings) == ratings)
    // Sessions stay in date order.
    let dates = foundSessions.map { $0.prefix(10) }
    #expect(dates == dates.sorted())
    let check = s.amigo(["validate"], in: a)
    #expect(check.status == .success, "\(check.out)")
    // The driver merged, not just fast-forwards.
    #expect((Int(s.git(["rev-list", "--merges", "--count", "HEAD"], in: a).line) ?? 0) > 0)
  }

  // (d)
  @Test func thePreCommitHookChecksTheStagedContent() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let good = s.read(a)
    let invalid = good.replacingOccurrences(of: "status: active", with: "status: actief")
    let head = s.git(["rev-parse", "HEAD"], in: a).line

    // Staged invalid, working tree valid: stopped.
    try s.write(a, invalid)
    s.git(["add", GitSandbox.file], in: a)
    try s.write(a, good + "    note: Weer goed.\n")
    let stopped = s.git(["commit", "-m", "invalid"], in: a)
    #expect(stopped.status != 0)
    let said = stopped.text + stopped.stderr
    #expect(said.contains("\(GitSandbox.file):6:9: error[invalid-value]: 'actief'"), "\(said)")
    #expect(said.contains("de commit is tegengehouden"))
    #expect(s.git(["rev-parse", "HEAD"], in: a).line == head)

    // Staged valid, working tree invalid: committed, and what was committed is the valid one.
    let valid = good + "    note: Kort gesprek.\n"
    try s.write(a, valid)
    s.git(["add", GitSandbox.file], in: a)
    try s.write(a, invalid)
    let passed = s.git(["commit", "-m", "valid"], in: a)
    #expect(passed.status == 0, "\(passed.text)\(passed.stderr)")
    #expect(s.git(["show", "HEAD:" + GitSandbox.file], in: a).text == valid)

    // Warnings are shown and do not stop a commit; the staged amigo.yaml gives the norms.
    try s.write(a, valid.replacingOccurrences(of: "born: 2016-05", with: "born: 2019-05"))
    let warned = s.commit(a, "warning")
    #expect(warned.status == 0, "\(warned.text)\(warned.stderr)")
    #expect((warned.text + warned.stderr).contains("warning[age-outside-band]"))

    // An invalid staged amigo.yaml is stopped too.
    let config = s.read(a, "amigo.yaml")
    try s.write(
      a, config.replacingOccurrences(of: "small_numbers: 5", with: "small_numbers: veel"),
      "amigo.yaml")
    let badConfig = s.commit(a, "config")
    #expect(badConfig.status != 0)
    #expect((badConfig.text + badConfig.stderr).contains("amigo.yaml:"))
  }

  /// Issue 20: staged activity files are checked too, against the workspace's trajectories.
  @Test func thePreCommitHookChecksStagedActivityFiles() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: "T-2026-AAAB")
    let stopped = s.commit(a, "meeting")
    #expect(stopped.status != 0)
    let said = stopped.text + stopped.stderr
    #expect(said.contains("error[unknown-trajectory]"), "\(said)")
    #expect(said.contains("bedoelde je 'T-2026-AAAA'?"), "\(said)")
    try s.writeMeeting(a, naming: "T-2026-AAAA")
    let passed = s.commit(a, "meeting")
    #expect(passed.status == 0, "\(passed.text)\(passed.stderr)")
  }

  /// An activity file that names a staged trajectory is checked again (a consent moved after
  /// the meeting), whether the activity index answers which children each file names or the
  /// files are read.
  @Test(arguments: [false, true])
  func thePreCommitHookChecksActivitiesNamingAStagedTrajectory(indexed: Bool) throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: "T-2026-AAAA")
    #expect(s.commit(a, "meeting").status == 0)
    let index = a + "/.amigo/cache/activities"
    if indexed {
      _ = s.amigo(["report", "--week", "2026-W37"], in: a)
    } else {
      try? FileManager.default.removeItem(atPath: index)
    }
    #expect(FileManager.default.fileExists(atPath: index) == indexed)
    try s.write(
      a, s.read(a).replacingOccurrences(of: "- date: 2026-09-03", with: "- date: 2026-09-20"))
    let stopped = s.commit(a, "consent later")
    #expect(stopped.status != 0)
    let said = stopped.text + stopped.stderr
    #expect(said.contains("activities/M-2026-0001.yaml:"), "\(said)")
  }

  // (e)
  @Test func historyAndChangesTellTheStoryInWords() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let id = GitSandbox.id
    func at(_ day: String, _ author: String = "Mila") -> [String: String] {
      [
        "GIT_AUTHOR_DATE": "\(day)T16:00:00+02:00", "GIT_COMMITTER_DATE": "\(day)T16:00:00+02:00",
        "GIT_AUTHOR_NAME": author,
      ]
    }
    s.amigo(["log-session", id, "--date", "2026-09-15", "--score", "g1=6"], in: a)
    #expect(s.commit(a, "s", at("2026-09-15")).status == 0)
    s.amigo(
      ["log-session", id, "--date", "2026-09-24", "--kind", "huisbezoek", "--status", "no-show"],
      in: a)
    #expect(s.commit(a, "s", at("2026-09-24", "Jan de Boer")).status == 0)
    #expect(s.amigo(["goal", "add", id, "--text", "Vraagt om hulp"], in: a).status == .success)
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20\n", with: "minutes: 25\n"))
    #expect(s.commit(a, "s", at("2026-10-01")).status == 0)
    #expect(s.amigo(["goal", "result", id, "g1", "achieved"], in: a).status == .success)
    #expect(s.amigo(["goal", "result", id, "g2", "partly"], in: a).status == .success)
    try s.write(a, s.read(a).replacingOccurrences(of: "status: active", with: "status: closing"))
    #expect(s.commit(a, "s", at("2026-12-10")).status == 0)

    let history = s.amigo(["history", "AAAA"], in: a)
    #expect(history.status == .success, "\(history.err)")
    let masked = history.out.replacingOccurrences(
      of: #"  [0-9a-f]{7}  "#, with: "  HASH  ", options: .regularExpression)
    let today = s.git(["log", "-1", "--format=%ad", "--date=short", "HEAD~4"], in: a).line
    #expect(
      masked == """
        Geschiedenis van T-2026-AAAA (Sam B.): 5 commits, oudste eerst

        \(today)  HASH  Mila
          aangemaakt (aangemeld door leerkracht)
          toestemming gegeven 2026-09-03
          gestart 2026-09-07
          doel g1 toegevoegd
          kindgesprek 2026-09-08, 20 min vastgelegd
          score g1 3 (kind)

        2026-09-15  HASH  Mila
          kindgesprek 2026-09-15, 20 min vastgelegd
          score g1 6 (kind)

        2026-09-24  HASH  Jan de Boer
          huisbezoek 2026-09-24 vastgelegd (niet doorgegaan: niet verschenen)

        2026-10-01  HASH  Mila
          doel g2 toegevoegd
          sessie 2026-09-08 gewijzigd (minutes)
          sessie 2026-09-15 gewijzigd (minutes)

        2026-12-10  HASH  Mila
          status actief → afronding
          doel g1: resultaat behaald
          doel g2: resultaat deels behaald

        """)
    // Never the note text or names other than the label in the heading.
    #expect(!history.out.contains("Vraagt"))

    // The working tree: a session not staged, a new child staged.
    s.amigo(
      ["log-session", id, "--date", "2026-12-11", "--kind", "teacher-talk", "--minutes", "30"],
      in: a)
    try s.write(
      a, baseTrajectory.replacingOccurrences(of: "AAAA", with: "BBBB"),
      "trajectories/T-2026-BBBB.yaml")
    s.git(["add", "trajectories/T-2026-BBBB.yaml"], in: a)
    let changes = s.amigo(["changes"], in: a + "/trajectories")
    #expect(
      changes.out == """
        Wijzigingen in de werkmap sinds HEAD (klaargezet en niet klaargezet):

        T-2026-AAAA.yaml
          leerkrachtgesprek 2026-12-11, 30 min vastgelegd

        T-2026-BBBB.yaml
          aangemaakt (aangemeld door leerkracht)
          toestemming gegeven 2026-09-03
          gestart 2026-09-07
          doel g1 toegevoegd
          kindgesprek 2026-09-08, 20 min vastgelegd
          score g1 3 (kind)

        """, "\(changes.out)\(changes.err)")
    let range = s.amigo(["changes", "HEAD~3..HEAD~1"], in: a)
    #expect(
      range.out == """
        Wijzigingen van HEAD~3 tot HEAD~1:

        \(GitSandbox.file)
          doel g2 toegevoegd
          sessie 2026-09-08 gewijzigd (minutes)
          sessie 2026-09-15 gewijzigd (minutes)
          huisbezoek 2026-09-24 vastgelegd (niet doorgegaan: niet verschenen)

        """, "\(range.out)\(range.err)")
    let bad = s.amigo(["changes", "nope..HEAD"], in: a)
    #expect(bad.status == .usage)
    #expect(bad.err.contains("'nope' is geen commit in deze repository."))

    // In an English workspace, the same story in English (issue 28: one language).
    try s.write(
      a, s.read(a, "amigo.yaml").replacingOccurrences(of: "language: nl", with: "language: en"),
      "amigo.yaml")
    let english = s.amigo(["changes", "HEAD~3..HEAD~1"], in: a)
    #expect(
      english.out == """
        Changes from HEAD~3 to HEAD~1:

        \(GitSandbox.file)
          added goal g2
          changed session 2026-09-08 (minutes)
          changed session 2026-09-15 (minutes)
          logged home visit 2026-09-24 (not held: no-show)

        """, "\(english.out)\(english.err)")
    let englishHistory = s.amigo(["history", "AAAA"], in: a).out
    #expect(englishHistory.hasPrefix("History of T-2026-AAAA (Sam B.): 5 commits, oldest first\n"))
    #expect(englishHistory.contains("  logged child talk 2026-09-15, 20 min\n"))
    #expect(englishHistory.contains("  status active → closing\n"))
    #expect(s.amigo(["changes", "nope..HEAD"], in: a).err.contains("'nope' is not a commit"))
  }

  @Test func gitSetupInAFreshCloneIsIdempotentAndLeavesForeignHooksAlone() throws {
    let s = try GitSandbox()
    _ = try s.team()
    let b = s.path("b")
    s.git(["clone", "-q", s.path("remote.git"), b], in: s.root.path)
    // A fresh clone has neither the driver nor the hook.
    #expect(s.git(["config", "--get", "merge.amigo.driver"], in: b).status != 0)
    let first = s.amigo(["git-setup"], in: b)
    #expect(first.status == .success)
    #expect(
      first.out == """
        Git ingericht voor de amigo-werkmap in de huidige map:
          .gitignore      heeft de regels van amigo al
          .gitattributes  heeft de regels van amigo al
          .amigo/schema/  al bijgewerkt (schema's voor editors uit amigo.yaml)
          diff-driver     ingesteld (diff.amigo): elk blok noemt zijn doel of contact
          git pull        voegt uiteenlopend werk samen met de samenvoeger van amigo (pull.rebase false)
          werkmap         afgeschermd (alleen de eigenaar, 0700)
          samenvoeger     geregistreerd in .git/config: git voegt trajecten onderdeel voor onderdeel samen
          pre-commit-hook geïnstalleerd: .git/hooks/pre-commit (controleert de klaargezette bestanden voor elke commit)

        """)
    #expect(
      s.git(["config", "--get", "merge.amigo.driver"], in: b).line
        == "\(builtAmigo) merge-driver %O %A %B %P")
    #expect(s.git(["config", "--get", "merge.amigo.name"], in: b).line == "amigo trajectory merge")
    let hook = b + "/.git/hooks/pre-commit"
    #expect(FileManager.default.isExecutableFile(atPath: hook))

    let again = s.amigo(["git-setup"], in: b + "/trajectories")
    #expect(again.status == .success)
    #expect(
      again.out == """
        Git ingericht voor de amigo-werkmap in '\(b)':
          .gitignore      heeft de regels van amigo al
          .gitattributes  heeft de regels van amigo al
          .amigo/schema/  al bijgewerkt (schema's voor editors uit amigo.yaml)
          diff-driver     al ingesteld: elk blok noemt zijn doel of contact
          git pull        houdt de keuze van deze kloon aan (pull.rebase false)
          werkmap         al afgeschermd (alleen de eigenaar)
          samenvoeger     al geregistreerd in \(b)/.git/config
          pre-commit-hook al geïnstalleerd: \(b)/.git/hooks/pre-commit

        """)

    // Someone else's hook stays; amigo says how to chain it.
    try Data("#!/bin/sh\nexit 0\n".utf8).write(to: URL(fileURLWithPath: hook))
    let foreign = s.amigo(["git-setup"], in: b)
    #expect(foreign.status == .success)
    #expect(
      foreign.out.contains(
        "pre-commit-hook niet geïnstalleerd: .git/hooks/pre-commit is niet van amigo"))
    #expect(foreign.err.contains("\(builtAmigo) _pre-commit || exit 1"))
    #expect(try String(contentsOfFile: hook, encoding: .utf8) == "#!/bin/sh\nexit 0\n")
  }

  /// A workspace made without `.gitignore` (by hand, or before amigo wrote one) gets amigo's
  /// lines from `git-setup`, so `git add -A` leaves the lock out; a user's own lines stay.
  @Test func gitSetupWritesOrExtendsTheGitignore() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try FileManager.default.removeItem(atPath: a + "/.gitignore")
    let first = s.amigo(["git-setup"], in: a)
    #expect(first.status == .success, "\(first.err)")
    #expect(
      first.out.contains(
        "  .gitignore      regels van amigo toegevoegd (leg deze wijziging vast)\n"))
    #expect(s.read(a, ".gitignore").contains(".amigo.lock\n"))
    // With amigo's lock present, git add -A leaves it out.
    try s.write(a, "", ".amigo.lock")
    s.git(["add", "-A"], in: a)
    #expect(!s.git(["diff", "--cached", "--name-only"], in: a).text.contains(".amigo.lock"))

    // A user's own .gitignore keeps its lines; amigo appends its own.
    try s.write(a, "private/\nnotes.txt", ".gitignore")
    let second = s.amigo(["git-setup"], in: a)
    #expect(
      second.out.contains(
        "  .gitignore      regels van amigo toegevoegd (leg deze wijziging vast)\n"))
    let text = s.read(a, ".gitignore")
    #expect(text.hasPrefix("private/\nnotes.txt\n"))
    for pattern in ["*.tmp-*", ".amigo.lock", ".amigo/cache/"] {
      #expect(text.split(separator: "\n").contains(Substring(pattern)), "\(pattern)")
    }
    let third = s.amigo(["git-setup"], in: a)
    #expect(third.out.contains("  .gitignore      heeft de regels van amigo al\n"))
    #expect(s.read(a, ".gitignore") == text)
  }

  @Test func initInARepositoryOrWithGitSetsEverythingUp() throws {
    let s = try GitSandbox()
    let made = s.amigo(["init", "dossiers", "--git"], in: s.root.path)
    #expect(made.status == .success, "\(made.err)")
    let folder = s.path("dossiers")
    #expect(made.out.contains("  .git/           een nieuwe git-repository (git init)\n"))
    #expect(made.out.contains("  samenvoeger     geregistreerd in dossiers/.git/config"))
    #expect(FileManager.default.isExecutableFile(atPath: folder + "/.git/hooks/pre-commit"))
    #expect(
      s.read(folder, ".gitattributes").contains(
        "*.yaml text eol=lf\n# amigo: git voegt dossiers per onderdeel samen met amigo ('amigo git-setup').\ntrajectories/*.yaml merge=amigo\ntrajectories/**/*.yaml merge=amigo\n"
      ))
    // git sees the attribute on trajectory files, also in subfolders.
    let check = s.git(
      [
        "check-attr", "merge", "--", "trajectories/T-1.yaml", "trajectories/2025/T-2.yaml",
        "amigo.yaml",
      ],
      in: folder)
    #expect(
      check.text == """
        trajectories/T-1.yaml: merge: amigo
        trajectories/2025/T-2.yaml: merge: amigo
        amigo.yaml: merge: unspecified

        """)

    // Outside a repository, without --git: no git, and the next step says how.
    let plain = s.amigo(["init", "plain"], in: s.root.path)
    #expect(plain.status == .success)
    #expect(!plain.out.contains("merge driver"))
    #expect(plain.out.contains("Bewaar de map in git: git init, dan amigo git-setup"))
    #expect(!FileManager.default.fileExists(atPath: s.path("plain/.git")))
  }

  @Test func clearErrorsWithoutARepositoryOrWithoutGit() throws {
    let s = try GitSandbox()
    s.amigo(["init", "plain"], in: s.root.path)
    let folder = s.path("plain")
    for command in [["git-setup"], ["history", "T-1"], ["changes"]] {
      let r = s.amigo(command, in: folder)
      #expect(r.status == .noInput, "\(command)")
      #expect(r.err.contains("staat niet in een git-repository"), "\(command): \(r.err)")
    }
    let env = Environment(
      variables: s.variables.merging(["PATH": "/nonexistent"]) { $1 }, currentDirectory: folder)
    #expect(Amigo.run(["git-setup"], environment: env) == .noInput)
    #expect(env.stderr.text.contains("git is niet geïnstalleerd"))
    let noGit = Environment(
      variables: s.variables.merging(["PATH": "/nonexistent"]) { $1 },
      currentDirectory: s.root.path)
    #expect(Amigo.run(["init", "other", "--git"], environment: noGit) == .noInput)
    #expect(!FileManager.default.fileExists(atPath: s.path("other")))
  }
}

/// `amigo history` tells a file's own story: git's `--follow` would take a new child's file
/// for a copy of a similar one (every file from one template is), or for a rename of a file
/// deleted in the same commit (an erased child's).
@Suite struct OwnHistoryTests {
  @Test func aSimilarFileAddedLaterHasOnlyItsOwnCommits() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let other = "trajectories/T-2026-AAAB.yaml"
    // The same file under another id, added in a commit of its own: git sees a copy.
    try s.write(
      a, baseTrajectory.replacingOccurrences(of: GitSandbox.id, with: "T-2026-AAAB"), other)
    #expect(s.commit(a, "second child").status == 0)
    let history = s.amigo(["history", "T-2026-AAAB"], in: a)
    #expect(history.status == .success, "\(history.err)")
    #expect(!history.out.contains(GitSandbox.id), "\(history.out)")
    #expect(!history.out.contains("amigo workspace"), "\(history.out)")
    let log = s.git(["log", "--format=%s", "--", other], in: a)
    #expect(String(decoding: log.stdout, as: UTF8.self) == "second child\n")
    #expect(history.out.components(separatedBy: "\n\n").count == 2, "\(history.out)")
  }

  @Test func aFileDeletedWhileASimilarOneIsAddedIsNotItsPast() throws {
    let s = try GitSandbox()
    let a = try s.team()
    // One child's file removed and another's added in one commit: git sees a rename.
    s.git(["rm", "-q", GitSandbox.file], in: a)
    try s.write(
      a, baseTrajectory.replacingOccurrences(of: GitSandbox.id, with: "T-2026-AAAB"),
      "trajectories/T-2026-AAAB.yaml")
    #expect(s.commit(a, "swap").status == 0)
    let history = s.amigo(["history", "T-2026-AAAB"], in: a).out
    #expect(!history.contains(GitSandbox.id), "\(history)")
  }

  @Test func aMoveToAnotherFolderIsFollowed() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try FileManager.default.createDirectory(
      atPath: a + "/trajectories/2026", withIntermediateDirectories: true)
    s.git(["mv", GitSandbox.file, "trajectories/2026/T-2026-AAAA.yaml"], in: a)
    #expect(s.commit(a, "by year").status == 0)
    let history = s.amigo(["history", GitSandbox.id], in: a).out
    // The creation in the first commit and the move: two entries.
    #expect(history.components(separatedBy: "\n\n").count == 3, "\(history)")
  }

  /// A move to another folder that also rewrote most of the file (below git's similarity)
  /// is followed by the file's name: the history still begins at its creation.
  @Test func aMoveWithALargeEditIsFollowedByName() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try FileManager.default.createDirectory(
      atPath: a + "/trajectories/2026", withIntermediateDirectories: true)
    s.git(["rm", "-q", GitSandbox.file], in: a)
    let small = """
      schema: amigo.trajectory/1
      id: \(GitSandbox.id)
      programme: amigos-op-school
      school: mijn-school
      worker: begeleider
      status: referred

      """
    try s.write(a, small, "trajectories/2026/T-2026-AAAA.yaml")
    // The cut file need not be valid for its history (the hook is not the point here).
    s.git(["add", "-A"], in: a)
    #expect(s.git(["commit", "-q", "--no-verify", "-m", "moved and cut"], in: a).status == 0)
    let history = s.amigo(["history", GitSandbox.id], in: a).out
    // The creation in the first commit and the move: two entries.
    #expect(history.components(separatedBy: "\n\n").count == 3, "\(history)")
  }

  @Test func theCommitsStopWhereTheFileWasCopiedOrRenamedFromAnother() {
    func commit(_ hash: String, _ change: Git.FileChange) -> Git.Commit {
      Git.Commit(
        hash: hash, parents: [], author: "x", date: "2026-01-01", timestamp: 0, change: change)
    }
    let log = [
      commit("3", Git.FileChange(status: "M", oldPath: "t/B.yaml", path: "t/B.yaml")),
      commit("2", Git.FileChange(status: "R", oldPath: "t/B.yaml", path: "t/2026/B.yaml")),
      commit("1", Git.FileChange(status: "C", oldPath: "t/A.yaml", path: "t/B.yaml")),
      commit("0", Git.FileChange(status: "A", oldPath: "t/A.yaml", path: "t/A.yaml")),
    ]
    let own = Git.ownHistory(log)
    #expect(own.map(\.hash) == ["3", "2", "1"])
    #expect(own[2].change == Git.FileChange(status: "A", oldPath: "t/B.yaml", path: "t/B.yaml"))
    let renamed = [
      commit("1", Git.FileChange(status: "R", oldPath: "t/A.yaml", path: "t/B.yaml")),
      commit("0", Git.FileChange(status: "A", oldPath: "t/A.yaml", path: "t/A.yaml")),
    ]
    #expect(Git.ownHistory(renamed).map(\.hash) == ["1"])
    #expect(Git.ownHistory(renamed)[0].change?.status == "A")
  }
}
