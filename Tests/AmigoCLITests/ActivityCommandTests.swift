import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files are covered by what covers trajectory files (issue 20): `fmt` here.
@Suite struct ActivityCommandTests {
  @Test func fmtTidiesActivityFilesAndQuotesAmbiguousValues() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent(
      "amigo-activity-fmt-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: dir) }
    try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/kansencoach"), to: dir)
    let path = dir.path + "/activities/M-2026-4QT7.yaml"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    // A trailing space, and a note that YAML 1.1 tools would read as a boolean.
    let messy =
      original.replacingOccurrences(of: "minutes: 60", with: "minutes: 60   ") + "note: No\n"
    try Data(messy.utf8).write(to: URL(fileURLWithPath: path))
    let env = Environment(currentDirectory: dir.path)
    let status = Amigo.run(["fmt", "--dir", dir.path], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(env.stdout.text.contains("activities/M-2026-4QT7.yaml"), "\(env.stdout.text)")
    let tidied = try String(contentsOfFile: path, encoding: .utf8)
    #expect(tidied == original + "note: 'No'\n")
  }

  /// `group meet` takes the participant list from the file it changes, under the lock: a child
  /// a colleague's `group join` added meanwhile (here while meet waits at its prompt) is
  /// recorded absent like the other participants not named, never missed.
  @Test func groupMeetReadsTheParticipantsInsideTheLock() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent(
      "amigo-group-meet-lock-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: dir) }
    try fm.copyItem(
      at: Fixtures.root.appendingPathComponent("Examples/tijd-voor-toekomst"), to: dir)
    let today = LocalDate("2026-11-19")!
    var env = Environment(currentDirectory: dir.path, today: today)
    env.isInteractive = true
    let joined = LockedFlag()
    env.readLine = {
      // The colleague's join, between meet's start and its write.
      let other = Environment(currentDirectory: dir.path, today: today)
      let status = Amigo.run(["group", "join", "608B", "9F5C"], environment: other)
      joined.set(status == .success)
      return "GVFC,KSS3,0XGM"
    }
    let status = Amigo.run(["group", "meet", "608B", "--minutes", "60"], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(joined.value)
    let text = try String(
      contentsOfFile: dir.path + "/activities/G-2026-608B.yaml", encoding: .utf8)
    #expect(text.contains("absent: [TVT-2026-9F5C]"), "\(text)")
    #expect(env.stdout.text.contains("3 aanwezig, 1 afwezig, 0 afgemeld"), "\(env.stdout.text)")
  }
}

private final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  var value: Bool { lock.withLock { flag } }
  func set(_ value: Bool) { lock.withLock { flag = value } }
}

/// Ids that differ only in case collide on macOS and Windows checkouts: `validate` refuses the
/// second file, for activities and trajectories alike (issue 20 QA).
@Suite struct CaseCollisionTests {
  @Test func idsDifferingOnlyInCaseAreAnError() throws {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("amigo-case-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: dir) }
    try fm.copyItem(at: Fixtures.root.appendingPathComponent("Examples/kansencoach"), to: dir)
    func run() -> (AmigoCLI.ExitStatus, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(["validate", "--lang", "en"], environment: env)
      return (status, env.stdout.text + env.stderr.text)
    }
    #expect(run().0 == .success, "\(run().1)")
    // A copy of a trajectory and of an activity under their ids in lower case.
    for (folder, id) in [("trajectories", "KC-2026-109Y"), ("activities", "M-2026-4QT7")] {
      let text = try String(contentsOfFile: "\(dir.path)/\(folder)/\(id).yaml", encoding: .utf8)
      try Data(text.replacingOccurrences(of: "id: \(id)", with: "id: \(id.lowercased())").utf8)
        .write(to: URL(fileURLWithPath: "\(dir.path)/\(folder)/\(id.lowercased()).yaml"))
    }
    let (status, out) = run()
    #expect(status != .success)
    #expect(
      out.contains(
        "error[duplicate-id]: id 'kc-2026-109y' differs only in case from 'KC-2026-109Y' (trajectories/KC-2026-109Y.yaml)"
      ), "\(out)")
    #expect(
      out.contains(
        "error[duplicate-id]: id 'm-2026-4qt7' differs only in case from 'M-2026-4QT7' (activities/M-2026-4QT7.yaml)"
      ), "\(out)")
  }
}
