import AmigoCLI
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 29: schemas in the workspace, readable diffs, private clones, a server-side check.
@Suite struct EditorsAndServerTests {
  func firstLine(_ path: String) -> String {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return String(text.prefix { $0 != "\n" })
  }

  /// The file a modeline names, resolved against the folder of the file it starts (as the YAML
  /// language server does).
  func schemaPath(of file: String) -> String? {
    let line = firstLine(file)
    guard line.hasPrefix(WorkspaceSchemas.modelinePrefix) else { return nil }
    let relative = String(line.dropFirst(WorkspaceSchemas.modelinePrefix.count))
    return URL(fileURLWithPath: (file as NSString).deletingLastPathComponent)
      .appendingPathComponent(relative).standardizedFileURL.path
  }

  func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The values the schema allows for a referral's concerns.
  func concerns(_ schema: [String: Any]) throws -> [String] {
    let defs = try #require(schema["$defs"] as? [String: Any])
    let referral = try #require(
      defs.values.compactMap { $0 as? [String: Any] }.first {
        (($0["properties"] as? [String: Any])?["concerns"]) != nil
      })
    let field = try #require((referral["properties"] as? [String: Any])?["concerns"])
    let text = String(
      decoding: try JSONSerialization.data(withJSONObject: field, options: [.sortedKeys]),
      as: UTF8.self)
    return text.matches(of: #/"([a-z][a-z-]*)"/#).map { String($0.output.1) }
  }

  @Test func initWritesTheSchemasAndEveryNewFileNamesThem() throws {
    let s = try GitSandbox()
    #expect(s.amigo(["init", "ws", "--git"], in: s.root.path).status == .success)
    let ws = s.path("ws")
    for name in ["trajectory", "activity", "config"] {
      let schema = try json(ws + "/.amigo/schema/\(name).schema.json")
      #expect(schema["x-amigo-generator"] as? String == "amigo " + Amigo.version)
      let id = try #require(schema["$id"] as? String)
      #expect(id.hasPrefix("urn:amigo:schema:amigo.\(name)/1"), "\(id)")
    }
    // amigo.yaml, a new child and an activity file each name their own schema, by a path
    // relative to the file.
    #expect(schemaPath(of: ws + "/amigo.yaml") == ws + "/.amigo/schema/config.schema.json")
    let child = s.amigo(
      [
        "new-child", "--label", "Noor K.", "--born", "2016-05", "--group", "5",
        "--referred-by", "teacher", "--referral-date", "2026-09-01",
      ], in: ws)
    #expect(child.status == .success, "\(child.err)")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: ws + "/trajectories").first {
        $0.hasSuffix(".yaml")
      })
    let path = ws + "/trajectories/" + file
    #expect(
      firstLine(path) == "# yaml-language-server: $schema=../.amigo/schema/trajectory.schema.json")
    #expect(schemaPath(of: path) == ws + "/.amigo/schema/trajectory.schema.json")
    // PyYAML and amigo read it as a comment: the file still validates.
    #expect(s.amigo(["validate", path], in: ws).status == .success)
    // The schemas are tracked, not ignored.
    #expect(
      s.git(["check-ignore", "-q", ".amigo/schema/trajectory.schema.json"], in: ws).status == 1)
    // So is the ledger of erased ids; only the workspace index (children's labels) is ignored.
    #expect(s.git(["check-ignore", "-q", ".amigo/erased.yaml"], in: ws).status == 1)
    #expect(s.git(["check-ignore", "-q", ".amigo/cache/index"], in: ws).status == 0)
  }

  @Test func aNewActivityFileNamesTheActivitySchema() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let made = s.amigo(
      [
        "meeting", "--children", GitSandbox.id, "--with", "teacher", "--minutes", "30",
        "--date", "2026-09-10",
      ], in: a)
    #expect(made.status == .success, "\(made.err)")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: a + "/activities").first {
        $0.hasSuffix(".yaml")
      })
    let path = a + "/activities/" + file
    #expect(
      firstLine(path) == "# yaml-language-server: $schema=../.amigo/schema/activity.schema.json")
    #expect(FileManager.default.fileExists(atPath: try #require(schemaPath(of: path))))
  }

  @Test func theWorkspaceSchemasKnowItsVocabulariesAndNeverGoBackToAnOlderAmigo() throws {
    let s = try GitSandbox()
    #expect(s.amigo(["init", "ws", "--git"], in: s.root.path).status == .success)
    let ws = s.path("ws")
    let schema = ws + "/.amigo/schema/trajectory.schema.json"
    #expect(try !concerns(json(schema)).contains("schoolweigering"))
    var config = try String(contentsOfFile: ws + "/amigo.yaml", encoding: .utf8)
    config +=
      "vocabularies:\n  concerns:\n    schoolweigering: {en: School refusal, nl: Schoolweigering}\n"
    try Data(config.utf8).write(to: URL(fileURLWithPath: ws + "/amigo.yaml"))
    #expect(s.amigo(["validate"], in: ws).status == .success)
    let refreshed = s.amigo(["git-setup"], in: ws)
    #expect(refreshed.status == .success, "\(refreshed.err)")
    #expect(refreshed.out.contains(".amigo/schema/  JSON-schema's voor editors bijgewerkt"))
    let values = try concerns(json(schema))
    #expect(values.contains("schoolweigering"))
    #expect(values.contains("self-confidence"))
    // A schema of a newer amigo stays; an older one's is replaced.
    let newer = try String(contentsOfFile: schema, encoding: .utf8).replacingOccurrences(
      of: "\"amigo \(Amigo.version)\"", with: "\"amigo 99.0.0\"")
    try Data(newer.utf8).write(to: URL(fileURLWithPath: schema))
    let kept = s.amigo(["git-setup"], in: ws)
    #expect(kept.status == .success)
    #expect(
      kept.err.contains("is geschreven door amigo 99.0.0, nieuwer dan deze amigo"), "\(kept.err)")
    #expect(try String(contentsOfFile: schema, encoding: .utf8) == newer)
    let older = newer.replacingOccurrences(of: "\"amigo 99.0.0\"", with: "\"amigo 0.0.1\"")
    try Data(older.utf8).write(to: URL(fileURLWithPath: schema))
    #expect(s.amigo(["git-setup"], in: ws).status == .success)
    #expect(try json(schema)["x-amigo-generator"] as? String == "amigo " + Amigo.version)
    #expect(WorkspaceSchemas.compareVersions("0.10.0", "0.9.1") == .orderedDescending)
    #expect(WorkspaceSchemas.compareVersions("0.2.0-dev", "0.2.0") == .orderedAscending)
  }

  @Test func fmtGivesExistingFilesTheLineAndKeepsItStable() throws {
    let s = try GitSandbox()
    let ws = s.path("ws")
    try FileManager.default.createDirectory(
      atPath: ws + "/trajectories", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Fixtures.url("errors/_base/amigo.yaml").path, toPath: ws + "/amigo.yaml")
    let plain = baseTrajectory.replacingOccurrences(of: "mijn-school", with: "de-akker")
      .replacingOccurrences(of: "begeleider", with: "mv")
    try Data(plain.utf8).write(to: URL(fileURLWithPath: ws + "/" + GitSandbox.file))
    let custom = "# yaml-language-server: $schema=../../schema/trajectory.schema.json\n" + plain
    try Data(custom.replacingOccurrences(of: "AAAA", with: "AAAB").utf8).write(
      to: URL(fileURLWithPath: ws + "/trajectories/T-2026-AAAB.yaml"))
    let check = s.amigo(["fmt", "--check"], in: ws)
    #expect(check.status == .failure)
    #expect(check.out.contains(GitSandbox.file))
    #expect(!check.out.contains("T-2026-AAAB"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/.amigo/schema"))
    #expect(s.amigo(["fmt"], in: ws).status == .success)
    #expect(
      firstLine(ws + "/amigo.yaml")
        == "# yaml-language-server: $schema=.amigo/schema/config.schema.json")
    let path = ws + "/" + GitSandbox.file
    #expect(
      try String(contentsOfFile: path, encoding: .utf8)
        == "# yaml-language-server: $schema=../.amigo/schema/trajectory.schema.json\n" + plain)
    #expect(FileManager.default.fileExists(atPath: schemaPath(of: path)!))
    // A file's own choice of schema stays; a second run changes nothing.
    #expect(
      firstLine(ws + "/trajectories/T-2026-AAAB.yaml").hasSuffix(
        "../../schema/trajectory.schema.json"))
    let again = s.amigo(["fmt", "--check"], in: ws)
    #expect(again.status == .success, "\(again.out)")
    // amigo's lossless editor keeps the line.
    configureAndLog(s, ws)
    #expect(firstLine(path).hasSuffix("$schema=../.amigo/schema/trajectory.schema.json"))
    #expect(s.amigo(["validate", path], in: ws).status == .success)
  }

  @Test func diffHunksNameTheGoalOrSessionAndPullsMergeWithoutQuestions() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Daan")
    // Two colleagues work at once; b pulls after a pushed: no "divergent branches" stop.
    #expect(
      s.amigo(["log-session", GitSandbox.id, "--date", "2026-09-15", "--score", "g1=6"], in: a)
        .status
        == .success)
    s.commit(a, "a")
    #expect(s.git(["push", "-q"], in: a).status == 0)
    #expect(
      s.amigo(
        ["log-session", GitSandbox.id, "--date", "2026-09-16", "--kind", "oudergesprek"], in: b
      ).status == .success)
    s.commit(b, "b")
    let pull = s.git(["pull", "--no-edit"], in: b)
    #expect(pull.status == 0, "\(pull.stderr)")
    #expect(!pull.stderr.contains("divergent"), "\(pull.stderr)")
    #expect(
      sessionKeys(s.read(b)).contains("2026-09-15 child-talk")
        && sessionKeys(s.read(b)).contains("2026-09-16 parent-talk"))
    // The hunks of a's rating and session (merged into b) name their goal and session.
    let diff = s.git(["diff", "HEAD~1", "--", GitSandbox.file], in: b).text
    let headers = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }.map {
      $0.split(separator: "@@", omittingEmptySubsequences: false).last!.trimmingCharacters(
        in: .whitespaces)
    }
    #expect(headers == ["- id: g1"], "\(diff)")
    // A session added at the end: its hunk names the session before it.
    s.sync(b)
    s.git(["pull", "-q"], in: a)
    #expect(
      s.amigo(["log-session", GitSandbox.id, "--date", "2026-09-22", "--minutes", "25"], in: a)
        .status == .success)
    s.commit(a, "session")
    let added = s.git(["diff", "HEAD~1"], in: a).text
    let header = added.split(separator: "\n").first { $0.hasPrefix("@@") } ?? ""
    #expect(header.hasSuffix("   - date: 2026-09-15"), "\(added)")
    #expect(!diff.contains("@@ goals:") && !diff.contains("@@ sessions:"), "\(diff)")
  }

  @Test func aCloneIsMadePrivateAndValidateWarnsUntilItIs() throws {
    let s = try GitSandbox()
    _ = try s.team()
    let b = s.path("b")
    s.git(["clone", "-q", s.path("remote.git"), b], in: s.root.path)
    chmod(b, 0o755)
    chmod(b + "/" + GitSandbox.file, 0o644)
    let before = s.amigo(["validate"], in: b)
    #expect(before.out.contains("warning[workspace-readable]"), "\(before.out)")
    #expect(s.amigo(["validate", "--strict"], in: b).status == .failure)
    let setup = s.amigo(["git-setup"], in: b)
    #expect(
      setup.out.contains("werkmap         afgeschermd (alleen de eigenaar, 0700)"), "\(setup.out)")
    var info = stat()
    stat(b, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(!s.amigo(["validate"], in: b).out.contains("workspace-readable"))
    // amigo's own rewrite of a 0644 file leaves it owner-only.
    configureAndLog(s, b)
    stat(b + "/" + GitSandbox.file, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  /// A push with the server's hook: amigo on the PATH as the server has it.
  func push(_ s: GitSandbox, _ folder: String, _ arguments: [String]) -> Git.Output {
    let bin = (builtAmigo as NSString).deletingLastPathComponent
    let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    return s.git(["push"] + arguments, in: folder, ["PATH": path])
  }

  /// `git commit --no-verify`: what the server must catch when a clone skips its own hook.
  func commitUnchecked(_ s: GitSandbox, _ folder: String, _ message: String) {
    s.git(["add", "-A"], in: folder)
    let r = s.git(["commit", "-q", "--no-verify", "-m", message], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
  }

  @Test func theServerHookChecksWhatEachPushChanges() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let remote = s.path("remote.git")
    // Only in a bare repository.
    #expect(s.amigo(["git-setup", "--server"], in: a).status == .usage)
    let setup = s.amigo(["git-setup", "--server"], in: remote)
    #expect(setup.status == .success, "\(setup.err)")
    #expect(setup.out.contains("pre-receive hook installed"), "\(setup.out)")
    #expect(FileManager.default.isExecutableFile(atPath: remote + "/hooks/pre-receive"))
    #expect(s.amigo(["git-setup", "--server"], in: remote).out.contains("already installed"))

    // A good push is accepted.
    #expect(
      s.amigo(["log-session", GitSandbox.id, "--date", "2026-09-15"], in: a).status == .success)
    s.commit(a, "good")
    let good = push(s, a, ["-q"])
    #expect(good.status == 0, "\(good.stderr)")

    // A conflict marker (committed past the clone's hook) is refused with the diagnostic.
    let text = s.read(a)
    try s.write(
      a,
      text.replacingOccurrences(
        of: "  - date: 2026-09-15\n",
        with: "<<<<<<< ours\n  - date: 2026-09-15\n=======\n>>>>>>> theirs\n"))
    commitUnchecked(s, a, "bad")
    let bad = push(s, a, [])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("main:trajectories/T-2026-AAAA.yaml:"), "\(bad.stderr)")
    #expect(bad.stderr.contains("error[conflict-marker]"), "\(bad.stderr)")
    // In the workspace's language (`amigo init` made it Dutch).
    #expect(bad.stderr.contains("het delen (push) is geweigerd"), "\(bad.stderr)")
    #expect(
      s.git(["rev-parse", "main"], in: remote).line != s.git(["rev-parse", "HEAD"], in: a).line)

    // The same commit on a new branch is refused too; a new branch with good files is not.
    let branch = push(s, a, ["origin", "HEAD:refs/heads/try"])
    #expect(branch.status != 0)
    #expect(branch.stderr.contains("try:trajectories/T-2026-AAAA.yaml"), "\(branch.stderr)")
    s.git(["reset", "-q", "--hard", "HEAD~1"], in: a)
    #expect(push(s, a, ["-q", "origin", "HEAD:refs/heads/try"]).status == 0)
    // Deleting a branch needs no check.
    #expect(push(s, a, ["-q", "origin", ":refs/heads/try"]).status == 0)

    // A force push is checked against the history it keeps: a rewritten commit with an
    // invalid value is refused, a valid rewrite accepted.
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: twenty"))
    s.git(["add", "-A"], in: a)
    s.git(["commit", "-q", "--no-verify", "--amend", "-m", "rewritten"], in: a)
    let forced = push(s, a, ["--force"])
    #expect(forced.status != 0)
    #expect(
      forced.stderr.contains("error[invalid-number]") || forced.stderr.contains("error["),
      "\(forced.stderr)")
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: twenty", with: "minutes: 25"))
    s.git(["add", "-A"], in: a)
    s.git(["commit", "-q", "--amend", "-m", "rewritten"], in: a)
    #expect(push(s, a, ["-q", "--force"]).status == 0)

    // A change to amigo.yaml checks every file of the workspace: removing the worker the
    // (unchanged) trajectory names is refused there.
    var config = s.read(a, "amigo.yaml")
    config = config.replacingOccurrences(of: "  begeleider:", with: "  iemand:")
    try s.write(a, config, "amigo.yaml")
    commitUnchecked(s, a, "worker renamed")
    let renamed = push(s, a, [])
    #expect(renamed.status != 0)
    #expect(renamed.stderr.contains("main:trajectories/T-2026-AAAA.yaml"), "\(renamed.stderr)")
    #expect(renamed.stderr.contains("error[unknown-worker]"), "\(renamed.stderr)")
  }

  /// A push that brings back the file of an erased child is refused as `validate` refuses it
  /// (`erased-trajectory`): a changed file, a force push back to before the erasure (commits
  /// the server already has) and a new branch from there.
  @Test func theServerHookRefusesAnErasedChildBroughtBack() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let remote = s.path("remote.git")
    #expect(s.amigo(["git-setup", "--server"], in: remote).status == .success)
    let erased = s.amigo(["erase", GitSandbox.id, "--yes"], in: a)
    #expect(erased.status == .success, "\(erased.err)")
    s.commit(a, "erased")
    let erasure = push(s, a, ["-q"])
    #expect(erasure.status == 0, "\(erasure.stderr)")
    let file = "trajectories/\(GitSandbox.id).yaml"

    // The file back from the commit before the erasure, past the clone's own hook.
    s.git(["checkout", "HEAD~1", "--", file], in: a)
    commitUnchecked(s, a, "back")
    let back = push(s, a, [])
    #expect(back.status != 0)
    #expect(back.stderr.contains("main:\(file):"), "\(back.stderr)")
    #expect(back.stderr.contains("error[erased-trajectory]"), "\(back.stderr)")
    s.git(["reset", "-q", "--hard", "HEAD~1"], in: a)

    // The history from before the erasure, which the server already holds.
    let rewound = push(s, a, ["--force", "origin", "HEAD~1:refs/heads/main"])
    #expect(rewound.status != 0)
    #expect(rewound.stderr.contains("error[erased-trajectory]"), "\(rewound.stderr)")
    let branch = push(s, a, ["origin", "HEAD~1:refs/heads/old"])
    #expect(branch.status != 0)
    #expect(branch.stderr.contains("old:\(file):"), "\(branch.stderr)")
    #expect(
      s.git(["rev-parse", "main"], in: remote).line == s.git(["rev-parse", "HEAD"], in: a).line)
    // The erased state itself still goes through.
    #expect(push(s, a, ["-q", "origin", "HEAD:refs/heads/later"]).status == 0)
  }

  /// A file name may hold a line break; git reads object names a line at a time. The pre-commit
  /// hook crashed on such a staged file (signal 4, nothing said); it now reports the file's
  /// errors and stops the commit, and the server's hook refuses the push likewise.
  @Test func aFileNameWithALineBreakIsCheckedNotACrash() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let remote = s.path("remote.git")
    #expect(s.amigo(["git-setup", "--server"], in: remote).status == .success)
    try s.write(a, s.read(a), "trajectories/X\nY.yaml")
    let committed = s.commit(a, "odd name")
    #expect(committed.status != 0)
    #expect(!committed.stderr.contains("signal"), "\(committed.stderr)")
    let said = committed.text + committed.stderr
    #expect(said.contains("error[id-mismatch]"), "\(said)")
    commitUnchecked(s, a, "odd name")
    let pushed = push(s, a, [])
    #expect(pushed.status != 0)
    #expect(pushed.stderr.contains("error[id-mismatch]"), "\(pushed.stderr)")
  }

  /// What the server's hook prints goes to the pusher and into the hosting service's logs: no
  /// line of a file (a refused note would be repeated there), no label a privacy finding
  /// quotes, and in the language of the pushed amigo.yaml, as the pre-commit hook speaks the
  /// clone's.
  @Test func theServerHookPrintsNoLineOfAFileInTheWorkspacesLanguage() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let remote = s.path("remote.git")
    #expect(s.amigo(["git-setup", "--server"], in: remote).status == .success)
    let phone = "06-12345678"
    try s.write(
      a,
      s.read(a)
        .replacingOccurrences(
          of: "    minutes: 20\n", with: "    minutes: 20\n    note: Moeder belt \(phone)\n"
        )
        .replacingOccurrences(of: "label: Sam B.", with: "label: Noor Achterberg"))
    commitUnchecked(s, a, "bad")
    let bad = push(s, a, [])
    #expect(bad.status != 0)
    let file = "main:trajectories/T-2026-AAAA.yaml:"
    // The note is on line 35.
    #expect(bad.stderr.contains(file + "35:"), "\(bad.stderr)")
    #expect(
      bad.stderr.contains(
        "error[possible-phone-number]: deze tekst lijkt een telefoonnummer te bevatten"),
      "\(bad.stderr)")
    #expect(
      bad.stderr.contains(
        file + "9:10: error[possible-full-name]: het label '…' lijkt een volledige naam"),
      "\(bad.stderr)")
    #expect(bad.stderr.contains("= tip: "), "the help stays")
    #expect(bad.stderr.contains("het delen (push) is geweigerd"), "\(bad.stderr)")
    for leak in [phone, "Moeder", "Achterberg", " | ", "^^^"] {
      #expect(!bad.stderr.contains(leak), "'\(leak)' in: \(bad.stderr)")
    }
    #expect(!bad.stderr.contains("the push was refused"))

    // An English workspace gets English.
    let config = s.read(a, "amigo.yaml")
    try s.write(
      a, config.replacingOccurrences(of: "\nlanguage: nl", with: "\nlanguage: en"), "amigo.yaml")
    commitUnchecked(s, a, "English")
    let english = push(s, a, [])
    #expect(english.status != 0)
    #expect(
      english.stderr.contains(
        file + "9:10: error[possible-full-name]: the label '…' looks like a full name"),
      "\(english.stderr)")
    #expect(english.stderr.contains("amigo: the push was refused"), "\(english.stderr)")
    for leak in [phone, "Achterberg", " | "] {
      #expect(!english.stderr.contains(leak), "'\(leak)' in: \(english.stderr)")
    }
  }

  func configureAndLog(_ s: GitSandbox, _ folder: String) {
    let logged = s.amigo(["log-session", GitSandbox.id, "--date", "2026-09-15"], in: folder)
    #expect(logged.status == .success, "\(logged.err)")
  }
}
