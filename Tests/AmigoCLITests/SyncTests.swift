import AmigoCLI
import AmigoSchema
import AmigoStore
import Foundation
import Synchronization
import Testing
import _AmigoTestSupport

/// `amigo sync` with real git against a bare remote (issue 33).
@Suite struct SyncTests {
  @Test func syncCommitsPullsAndPushesWithoutPrompts() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    let id = GitSandbox.id
    // Not committed: sync commits it.
    #expect(s.amigo(["log-session", id, "--date", "2026-09-15"], in: a).0 == .success)
    let first = s.amigo(["sync"], in: a)
    #expect(first.status == .success, "\(first.err)")
    #expect(first.out.contains("Je wijzigingen zijn vastgelegd: 1 bestand."), "\(first.out)")
    #expect(first.out.contains("Je wijzigingen zijn gedeeld met het team."))
    #expect(s.git(["status", "--porcelain"], in: a).text.isEmpty)
    // The colleague's own change and a's merge through the driver.
    #expect(
      s.amigo(["log-session", id, "--date", "2026-09-17", "--kind", "oudergesprek"], in: b).0
        == .success)
    let second = s.amigo(["sync"], in: b)
    #expect(second.status == .success, "\(second.err)")
    #expect(second.out.contains("hun wijzigingen zijn samengevoegd"), "\(second.out)")
    #expect(
      sessionKeys(s.read(b)) == [
        "2026-09-08 child-talk", "2026-09-15 child-talk", "2026-09-17 parent-talk",
      ])
    let back = s.amigo(["sync"], in: a)
    #expect(back.status == .success, "\(back.err)")
    #expect(sessionKeys(s.read(a)) == sessionKeys(s.read(b)))
    #expect(s.git(["log", "--format=%s", "-1"], in: b).text.contains("Merge"))
  }

  @Test func aRealConflictIsExplainedAndUndone() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let b = s.clone("b", user: "Jan")
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    #expect(s.amigo(["sync"], in: a).status == .success)
    try s.write(b, s.read(b).replacingOccurrences(of: "minutes: 20", with: "minutes: 30"))
    let before = s.read(b)
    let r = s.amigo(["sync"], in: b)
    #expect(r.status != .success)
    #expect(
      r.err.contains(
        "amigo: \(GitSandbox.file), het onderdeel 'date: 2026-09-08' in 'sessions' (regel"),
      "\(r.err)")
    #expect(r.err.contains("bij jou 'minutes: 30', bij de collega 'minutes: 25'"), "\(r.err)")
    #expect(r.err.contains("het ophalen is teruggedraaid"), "\(r.err)")
    #expect(r.err.contains("amigo edit"))
    // As it was: no markers, no merge under way, nothing staged.
    #expect(s.read(b) == before)
    #expect(!FileManager.default.fileExists(atPath: b + "/.git/MERGE_HEAD"))
    #expect(s.git(["status", "--porcelain"], in: b).text.isEmpty)
    // Agreed on the colleague's value: the next sync goes through.
    try s.write(b, s.read(b).replacingOccurrences(of: "minutes: 30", with: "minutes: 25"))
    let again = s.amigo(["sync"], in: b)
    #expect(again.status == .success, "\(again.err)")
    #expect(s.read(b).contains("minutes: 25"))
  }

  /// A commit message goes to every clone and stays in the history: one that names a child by
  /// its label, or holds a phone number, is refused and nothing is committed (QA finding).
  @Test func aMessageNamingAChildIsRefused() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let id = GitSandbox.id
    #expect(s.amigo(["log-session", id, "--date", "2026-09-15"], in: a).0 == .success)
    let commits = s.git(["rev-list", "--count", "HEAD"], in: a).text
    for message in [
      "Gesprek juf over Sam B. (\(id)): moeder drinkt", "gesprek over SAM B", "bel 06-12345678",
    ] {
      let r = s.amigo(["sync", "-m", message], in: a)
      #expect(r.status == .dataError, "\(message): \(r.out)\(r.err)")
      #expect(r.err.contains("er is niets vastgelegd"), "\(r.err)")
      #expect(s.git(["rev-list", "--count", "HEAD"], in: a).text == commits)
    }
    let named = s.amigo(["sync", "-m", "Gesprek juf over Sam B."], in: a)
    #expect(named.err.contains("het commitbericht noemt \(id) ('Sam B.')"), "\(named.err)")
    #expect(
      s.amigo(["sync", "-m", "bel 06-12345678"], in: a).err.contains("een telefoonnummer"))
    // A trajectory id is how a message names a child.
    let ok = s.amigo(["sync", "-m", "Gesprek juf over \(id)"], in: a)
    #expect(ok.status == .success, "\(ok.err)")
    #expect(s.git(["log", "--format=%s", "-1"], in: a).text.contains("Gesprek juf over \(id)"))
  }

  /// During a rebase HEAD is detached; sync names the rebase and how to end it, not
  /// 'git checkout' (which would leave the rebase half done), and changes nothing (QA finding).
  @Test func aRebaseUnderWayIsNamedWithItsWayOut() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 25"))
    s.git(["commit", "-qam", "mine"], in: a)
    s.git(["checkout", "-q", "-b", "other", "HEAD~1"], in: a)
    try s.write(a, s.read(a).replacingOccurrences(of: "minutes: 20", with: "minutes: 30"))
    s.git(["commit", "-qam", "theirs"], in: a)
    s.git(["-c", "merge.amigo.driver=false", "rebase", "-q", "main"], in: a)
    #expect(FileManager.default.fileExists(atPath: a + "/.git/rebase-merge"))
    let status = s.git(["status", "--porcelain"], in: a).text
    let r = s.amigo(["sync"], in: a)
    #expect(r.status == .failure)
    #expect(r.err.contains("in deze kloon is nog een rebase bezig"), "\(r.err)")
    #expect(r.err.contains("'git rebase --continue'") && r.err.contains("'git rebase --abort'"))
    #expect(!r.err.contains("git checkout"), "\(r.err)")
    #expect(s.git(["status", "--porcelain"], in: a).text == status)
  }

  /// git rewrites files while sync pulls; an amigo command that read one before and wrote it
  /// back after would undo the colleague's changes (and the next sync would commit that). So
  /// sync holds the workspace lock: with another amigo holding it, sync waits and says so.
  @Test func syncWaitsForTheWorkspaceLock() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let fd = open(a + "/.amigo.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
    let env = Environment(
      variables: s.variables, currentDirectory: a, today: LocalDate("2026-12-31")!)
    let done = DispatchSemaphore(value: 0)
    let status = Mutex<AmigoCLI.ExitStatus?>(nil)
    Thread.detachNewThread {
      let result = Amigo.run(["sync"], environment: env)
      status.withLock { $0 = result }
      done.signal()
    }
    var waited = false
    for _ in 0..<3000 where !waited {
      waited = env.stderr.text.contains("een ander amigo-commando schrijft in deze werkmap")
      if !waited { usleep(10_000) }
    }
    #expect(status.withLock { $0 } == nil, "sync ran while another amigo held the lock")
    close(fd)
    done.wait()
    #expect(waited, "\(env.stderr.text)")
    #expect(status.withLock { $0 } == .success, "\(env.stderr.text)")
  }

  @Test func withoutTheMergeDriverSyncSaysWhatToDo() throws {
    let s = try GitSandbox()
    _ = try s.team()
    let c = s.path("c")
    s.git(["clone", "-q", s.path("remote.git"), c], in: s.root.path)
    let r = s.amigo(["sync"], in: c)
    #expect(r.status != .success)
    #expect(r.err.contains("voer eenmaal 'amigo git-setup' uit"), "\(r.err)")
  }

  /// A fresh clone without `amigo git-setup` would merge amigo's files line by line: `validate`
  /// says so, once, on stderr; not in its JSON and not for a single file. A clone set up by
  /// `init` or `git-setup` hears nothing (qa-walk m10).
  @Test func validateNamesAMissingMergeDriverOnce() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let c = s.path("c")
    s.git(["clone", "-q", s.path("remote.git"), c], in: s.root.path)
    let r = s.amigo(["validate"], in: c)
    #expect(r.status == .success, "\(r.out)\(r.err)")
    #expect(r.err.contains("deze kloon heeft de samenvoeger van amigo nog niet"), "\(r.err)")
    #expect(r.err.components(separatedBy: "'amigo git-setup'").count == 2, "\(r.err)")
    #expect(!r.out.contains("samenvoeger"), "\(r.out)")
    let json = s.amigo(["validate", "--format", "json"], in: c)
    #expect(json.err.isEmpty && !json.out.contains("samenvoeger"), "\(json.out)\(json.err)")
    #expect(s.amigo(["validate", GitSandbox.file], in: c).err.isEmpty)
    #expect(s.amigo(["validate"], in: a).err.isEmpty)
    #expect(s.amigo(["git-setup"], in: c).status == .success)
    let after = s.amigo(["validate"], in: c)
    #expect(after.err.isEmpty, "\(after.err)")
  }
}
