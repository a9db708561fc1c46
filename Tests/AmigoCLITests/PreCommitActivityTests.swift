import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// The pre-commit hook checks the activity files that name a staged trajectory too (issue 20):
/// a consent changed in the child's file can leave a meeting without the consent it needs,
/// though the activity file itself is not staged.
@Suite struct PreCommitActivityTests {
  @Test func aStagedTrajectoryChecksTheActivitiesNamingIt() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: "T-2026-AAAA")
    let first = s.commit(a, "meeting")
    #expect(first.status == 0, "\(first.text)\(first.stderr)")
    // The consent no longer covers consultation with the school: the trajectory itself is
    // still valid (its one talk needs 'support'), the meeting of 2026-09-10 is not.
    let trajectory = s.read(a)
    try s.write(
      a,
      trajectory.replacingOccurrences(
        of: "scope: [support, home-visit, school-consultation]", with: "scope: [support]"))
    let said = stopped(s, a, "scope")
    #expect(said.contains("activities/M-2026-0001.yaml"), "\(said)")
    #expect(said.contains("error[activity-without-consent]"), "\(said)")
  }

  /// A child erased and committed, its file then brought back (a copy from before the
  /// erasure: an old clone's, a backup): the commit is stopped (`erased-trajectory`).
  @Test func aFileOfAnErasedChildStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let text = s.read(a)
    let erased = s.amigo(["erase", GitSandbox.id, "--yes"], in: a)
    #expect(erased.status == .success, "\(erased.err)")
    let removal = s.commit(a, "Erase a trajectory")
    #expect(removal.status == 0, "\(removal.text)\(removal.stderr)")
    try s.write(a, text)
    let said = stopped(s, a, "back")
    #expect(
      said.contains(
        "\(GitSandbox.file):2:5: error[erased-trajectory]: traject '\(GitSandbox.id)' is gewist op 2026-12-31"
      ), "\(said)")
  }

  /// A staged file whose id differs only in case from a committed one's (one file on macOS
  /// and Windows) stops the commit, as `validate` refuses it (issue 20 review).
  @Test func aStagedIdDifferingOnlyInCaseStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let lower = GitSandbox.id.lowercased()
    let text = s.read(a).replacingOccurrences(of: "id: \(GitSandbox.id)", with: "id: \(lower)")
    try s.write(a, text, "trajectories/\(lower).yaml")
    let said = stopped(s, a, "copy")
    #expect(said.contains("error[duplicate-id]"), "\(said)")
    #expect(
      said.contains("trajectories/\(GitSandbox.file.dropFirst("trajectories/".count))"), "\(said)")
  }

  /// Deleting a trajectory that a committed meeting names stops the commit: the meeting would
  /// name a child that is gone (QA of issue 32).
  @Test func aDeletedTrajectoryNamedInAMeetingStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: GitSandbox.id)
    #expect(s.commit(a, "meeting").status == 0)
    s.git(["rm", "-q", GitSandbox.file], in: a)
    let said = stopped(s, a, "gone", add: false)
    #expect(said.contains("activities/M-2026-0001.yaml"), "\(said)")
  }

  /// A copy of a committed meeting in a subfolder of `activities/` stops the commit: one
  /// meeting in two files would count twice.
  @Test func aStagedCopyOfAnActivityStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: GitSandbox.id)
    #expect(s.commit(a, "meeting").status == 0)
    try FileManager.default.createDirectory(
      atPath: a + "/activities/2026", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: a + "/activities/M-2026-0001.yaml", toPath: a + "/activities/2026/M-2026-0001.yaml")
    let said = stopped(s, a, "copy")
    #expect(said.contains("error[duplicate-id]"), "\(said)")
    #expect(said.contains("activities/M-2026-0001.yaml"), "\(said)")
  }

  /// A deletion git stages as a rename (the file moved to another id, its content changed
  /// to match) still leaves a meeting naming a child that is gone: the commit stops.
  @Test func aTrajectoryRenamedAwayFromAMeetingStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try s.writeMeeting(a, naming: GitSandbox.id)
    #expect(s.commit(a, "meeting").status == 0)
    s.git(["mv", GitSandbox.file, "trajectories/T-2026-AAAB.yaml"], in: a)
    try s.write(
      a,
      s.read(a, "trajectories/T-2026-AAAB.yaml").replacingOccurrences(
        of: GitSandbox.id, with: "T-2026-AAAB"), "trajectories/T-2026-AAAB.yaml")
    let said = stopped(s, a, "renamed")
    #expect(said.contains("activities/M-2026-0001.yaml"), "\(said)")
  }

  /// A copy of a committed trajectory in a subfolder of `trajectories/` stops the commit.
  @Test func aStagedCopyOfATrajectoryStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try FileManager.default.createDirectory(
      atPath: a + "/trajectories/2026", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: a + "/" + GitSandbox.file, toPath: a + "/trajectories/2026/T-2026-AAAA.yaml")
    let said = stopped(s, a, "copy")
    #expect(said.contains("error[duplicate-id]"), "\(said)")
  }

  /// A second child, `T-2026-AAAB` labelled `label`, committed.
  func addChild(_ s: GitSandbox, _ a: String, label: String) throws {
    let text = baseTrajectory.replacingOccurrences(of: "T-2026-AAAA", with: "T-2026-AAAB")
      .replacingOccurrences(of: "label: Sam B.", with: "label: \(label)")
    try s.write(a, text, "trajectories/T-2026-AAAB.yaml")
    let added = s.commit(a, "another child")
    #expect(added.status == 0, "\(added.text)\(added.stderr)")
  }

  /// A meeting about one child whose note names another by its label ("ook Mila K. kort
  /// besproken", acc-groups) stops the commit, with the line `validate` gives (the workspace
  /// keeps privacy strict): the labels from the workspace index, or without one from the files.
  @Test(arguments: [false, true])
  func aMeetingNamingAnotherChildByItsLabelStopsTheCommit(indexed: Bool) throws {
    let s = try GitSandbox()
    let a = try s.team()
    try addChild(s, a, label: "Mila K.")
    if indexed { s.amigo(["list"], in: a) }
    try s.writeMeeting(a, naming: GitSandbox.id)
    let meeting = "activities/M-2026-0001.yaml"
    try s.write(a, s.read(a, meeting) + "note: ook Mila K. kort besproken\n", meeting)
    let said = stopped(s, a, "meeting")
    let line = said.split(separator: "\n").filter { $0.contains("[child-label-in-activity]") }
    #expect(line.count == 1 && line[0].contains("T-2026-AAAB"), "\(said)")
    let full = s.amigo(["validate"], in: a).out.split(separator: "\n").filter {
      $0.contains("[child-label-in-activity]")
    }
    #expect(line == full, "\(said)")
  }

  /// A label changed (and committed) after the workspace index was written: the index's old
  /// label gives no warning, as each label the index offers is taken from the child's file as
  /// it is now; the new one stops the commit.
  @Test func aLabelChangedSinceTheIndexGivesNoFalseWarning() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try addChild(s, a, label: "Mila K.")
    s.amigo(["list"], in: a)  // an index holding "Mila K."
    let child = "trajectories/T-2026-AAAB.yaml"
    try s.write(a, s.read(a, child).replacingOccurrences(of: "Mila K.", with: "Mila Z."), child)
    #expect(s.commit(a, "another label").status == 0)
    try s.writeMeeting(a, naming: GitSandbox.id)
    let meeting = "activities/M-2026-0001.yaml"
    try s.write(a, s.read(a, meeting) + "note: ook Mila K. kort besproken\n", meeting)
    let old = s.commit(a, "meeting")
    #expect(old.status == 0, "\(old.text)\(old.stderr)")
    #expect(!(old.text + old.stderr).contains("child-label-in-activity"))
    try s.write(
      a, s.read(a, meeting).replacingOccurrences(of: "Mila K.", with: "Mila Z."), meeting)
    let said = stopped(s, a, "the new label")
    #expect(said.contains("child-label-in-activity"), "\(said)")
    #expect(said.contains("T-2026-AAAB"), "\(said)")
  }

  /// Commits in `a` (with `git add -A` first unless `add` is false), expects the hook to stop
  /// the commit, and returns what it said.
  func stopped(_ s: GitSandbox, _ a: String, _ message: String, add: Bool = true) -> String {
    let result = add ? s.commit(a, message) : s.git(["commit", "-q", "-m", message], in: a)
    let said = result.text + result.stderr
    #expect(result.status != 0, "\(said)")
    return said
  }
}
