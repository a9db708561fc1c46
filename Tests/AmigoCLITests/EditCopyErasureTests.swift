import Foundation
import Testing

@testable import AmigoCLI

/// Where amigo cannot make the private folder of `amigo edit` beside `trajectories/`, it makes
/// it in the temporary folder (`$TMPDIR`, else `/tmp`). A copy that an edit killed with its
/// editor left there is the child's whole file: `erase` removes it, as it removes one beside
/// the folder, so nothing of an erased child that amigo wrote stays on disk.
@Suite struct EditCopyErasureTests {
  @Test func eraseRemovesTheCopyAKilledEditLeftInTheTemporaryFolder() throws {
    let f = try EditCommandTests.Fixture()
    let fm = FileManager.default
    let tmp = f.scripts.path + "/tmp"
    try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    // No folder to make one beside the file in: the copy goes to the temporary folder.
    let copy = try EditCopy(
      of: "/nonexistent-\(UUID().uuidString)/trajectories/T-1.yaml", bytes: Array(f.text.utf8),
      temporaryFolder: tmp)
    #expect(copy.folder.hasPrefix(tmp + "/.amigo-edit-"), "\(copy.folder)")
    try Data("x".utf8).write(to: URL(fileURLWithPath: copy.folder + "/.T-1.yaml.swp"))
    // Another child's copy there stays.
    let other = try EditCopy(
      of: "/nonexistent-\(UUID().uuidString)/trajectories/T-2.yaml", bytes: Array("x\n".utf8),
      temporaryFolder: tmp)

    let env = Environment(
      variables: ["TMPDIR": tmp + "/", "XDG_STATE_HOME": f.state],
      currentDirectory: f.workspace.path)
    let status = Amigo.run(["erase", "T-1", "--yes"], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(!fm.fileExists(atPath: copy.folder), "\(env.stdout.text)")
    #expect(env.stdout.text.contains(copy.file), "\(env.stdout.text)")
    #expect(fm.fileExists(atPath: other.file))
    other.remove()
  }
}
