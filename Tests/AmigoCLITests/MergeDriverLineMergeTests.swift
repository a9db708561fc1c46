import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// A side that is not YAML at all is merged line by line (`git merge-file`). When the other side
/// left the file alone, that merge is clean and takes the broken side whole: it used to pass as
/// merged (exit 0), so git committed the merge (no pre-commit hook runs for it) with a file
/// `validate` refuses. The result is checked as a document merge is.
@Suite struct MergeDriverLineMergeTests {
  @Test func aCleanLineMergeOfABrokenSideIsAConflict() throws {
    let scratch = try TemporaryFolder(prefix: "amigo-line-merge")
    let folder = scratch.root.path
    let base = try Data(
      contentsOf: Fixtures.root.appendingPathComponent(
        "Examples/caseload/trajectories/AOS-2026-K7Q4.yaml"))
    try base.write(to: URL(fileURLWithPath: folder + "/base"))
    func merge(theirs: Data) throws -> (AmigoCLI.ExitStatus, String, Data) {
      try base.write(to: URL(fileURLWithPath: folder + "/ours"))
      try theirs.write(to: URL(fileURLWithPath: folder + "/theirs"))
      let env = Environment(currentDirectory: folder)
      let status = Amigo.run(
        ["merge-driver", "base", "ours", "theirs", "trajectories/AOS-2026-K7Q4.yaml"],
        environment: env)
      return (status, env.stderr.text, try Data(contentsOf: URL(fileURLWithPath: folder + "/ours")))
    }
    // Their side is not UTF-8: the line merge takes it, and the check refuses it.
    let broken = Data([0xFF, 0xFE]) + base
    let (status, err, merged) = try merge(theirs: broken)
    #expect(merged == broken)
    #expect(status == .failure, "\(err)")
    #expect(err.contains("trajectories/AOS-2026-K7Q4.yaml:1:1: error["), "\(err)")
    // A side that is YAML merges on the document, as before.
    let (good, goodErr, _) = try merge(theirs: base)
    #expect(good == .success, "\(goodErr)")
  }
}
