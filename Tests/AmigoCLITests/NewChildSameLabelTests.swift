import Foundation
import Testing

/// `new-child` with the exact label of a trajectory in the caseload: perhaps the same child
/// registered twice, or a repeat request that should name the earlier one (`--previous`). The
/// file is written, and a warning names the other trajectory.
@Suite struct NewChildSameLabelTests {
  typealias Workspace = PeopleCommandTests.Workspace

  static let child = [
    "new-child", "--born", "2016-04", "--referred-by", "ib", "--school", "de-zeester",
    "--worker", "mvd", "--programme", "amigos-op-school",
  ]

  @Test func aLabelOfAnotherTrajectoryIsWarnedAbout() throws {
    let w = try Workspace()
    // Sam B. is AOS-2026-K7Q4; the label is matched as a lookup by label matches it.
    let (status, out, err) = w.run(Self.child + ["--label", "sam b."])
    #expect(status == .success, "\(err)")
    #expect(out.contains("aangemaakt"), "\(out)")
    #expect(
      err.contains("amigo: waarschuwing: AOS-2026-K7Q4 heeft ook het label 'sam b.'"), "\(err)")
    // Another label: no warning.
    let (_, _, other) = w.run(Self.child + ["--label", "Sem B."])
    #expect(!other.contains("ook het label"), "\(other)")
  }

  @Test func aRepeatRequestNamingTheEarlierTrajectoryIsNotWarnedAbout() throws {
    let w = try Workspace()
    // Sara L. (AOS-2025-6NCE) is closed: a new request names it with --previous.
    let (status, _, err) = w.run(
      Self.child.map { $0 == "2016-04" ? "2016-10" : $0 } + [
        "--label", "Sara L.", "--previous", "AOS-2025-6NCE",
      ])
    #expect(status == .success, "\(err)")
    #expect(!err.contains("ook het label"), "\(err)")
  }
}
