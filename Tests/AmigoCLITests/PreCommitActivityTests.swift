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
    let stopped = s.commit(a, "scope")
    let said = stopped.text + stopped.stderr
    #expect(stopped.status != 0, "\(said)")
    #expect(said.contains("activities/M-2026-0001.yaml"), "\(said)")
    #expect(said.contains("error[activity-without-consent]"), "\(said)")
  }

  /// A staged file whose id differs only in case from a committed one's (one file on macOS
  /// and Windows) stops the commit, as `validate` refuses it (issue 20 review).
  @Test func aStagedIdDifferingOnlyInCaseStopsTheCommit() throws {
    let s = try GitSandbox()
    let a = try s.team()
    let lower = GitSandbox.id.lowercased()
    let text = s.read(a).replacingOccurrences(of: "id: \(GitSandbox.id)", with: "id: \(lower)")
    try s.write(a, text, "trajectories/\(lower).yaml")
    let stopped = s.commit(a, "copy")
    let said = stopped.text + stopped.stderr
    #expect(stopped.status != 0, "\(said)")
    #expect(said.contains("error[duplicate-id]"), "\(said)")
    #expect(
      said.contains("trajectories/\(GitSandbox.file.dropFirst("trajectories/".count))"), "\(said)")
  }
}
