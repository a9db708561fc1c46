import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A write to a trajectory never leaves an activity file that names the child invalid (issue
/// 20 QA): a consent withdrawn before a meeting, a referral moved after it, a closure moved
/// before it. The command refuses, names the activity file and the date, and changes nothing.
@Suite struct ActivityIntegrityTests {
  /// A copy of an example workspace, removed when the test ends.
  final class Copy: ExampleWorkspaceCopy {
    var dir: URL { work }

    func run(
      _ arguments: [String], variables: [String: String] = [:]
    ) -> (status: AmigoCLI.ExitStatus, out: String, err: String) {
      let env = Environment(
        variables: variables, currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(arguments, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    /// Every file's bytes, to prove nothing changed.
    func snapshot() -> [String: Data] {
      var out: [String: Data] = [:]
      for sub in FileManager.default.subpaths(atPath: dir.path) ?? [] where sub.hasSuffix(".yaml") {
        out[sub] = FileManager.default.contents(atPath: dir.path + "/" + sub)
      }
      return out
    }
  }

  /// The Kansencoach meeting of 2026-10-20 discusses KC-2026-W34N with the school: withdrawing
  /// the consent for school consultation before it is refused; after it, recorded.
  @Test func consentWithdrawnBeforeAMeetingIsRefused() throws {
    let w = try Copy("kansencoach")
    let before = w.snapshot()
    let refused = w.run([
      "consent", "W34N", "--withdraw", "--scope", "school-consultation", "--date", "2026-10-15",
    ])
    #expect(refused.status == .dataError, "\(refused.out)\(refused.err)")
    #expect(refused.err.contains("activities/M-2026-4QT7.yaml"), "\(refused.err)")
    #expect(refused.err.contains("2026-10-20"), "\(refused.err)")
    #expect(refused.err.contains("error[activity-without-consent]"), "\(refused.err)")
    #expect(
      refused.err.contains(
        "deze wijziging van trajectories/KC-2026-W34N.yaml zou activities/M-2026-4QT7.yaml ongeldig maken"
      ), "\(refused.err)")
    #expect(refused.err.contains("er is niets veranderd"), "\(refused.err)")
    #expect(w.snapshot() == before)
    let later = w.run([
      "consent", "W34N", "--withdraw", "--scope", "school-consultation", "--date", "2026-10-21",
    ])
    #expect(later.status == .success, "\(later.err)")
    #expect(w.run(["validate", "--strict"]).status == .success)
  }

  /// The same refusal when the activity file index (`.amigo/cache/activities`, made by a week
  /// report over files older than it) answers which children each file names.
  @Test func theActivityIndexFindsTheMeetingToo() throws {
    let w = try Copy("kansencoach")
    let old = timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)
    let activities = w.dir.path + "/activities"
    for name in try FileManager.default.contentsOfDirectory(atPath: activities) {
      var times = [old, old]
      _ = utimensat(AT_FDCWD, activities + "/" + name, &times, 0)
    }
    #expect(w.run(["report", "--week", "2026-W47"]).status == .success)
    #expect(FileManager.default.fileExists(atPath: w.dir.path + "/.amigo/cache/activities"))
    let before = w.snapshot()
    let refused = w.run([
      "consent", "W34N", "--withdraw", "--scope", "school-consultation", "--date", "2026-10-15",
    ])
    #expect(refused.status == .dataError, "\(refused.out)\(refused.err)")
    #expect(refused.err.contains("activities/M-2026-4QT7.yaml"), "\(refused.err)")
    #expect(w.snapshot() == before)
  }

  /// A group participant's consent withdrawn before a meeting that names it (present,
  /// absent or excused) is refused too.
  @Test func consentWithdrawnBeforeAGroupMeetingIsRefused() throws {
    let w = try Copy("tijd-voor-toekomst")
    let before = w.snapshot()
    let refused = w.run(["consent", "0XGM", "--withdraw", "--date", "2026-10-10"])
    #expect(refused.status == .dataError, "\(refused.out)\(refused.err)")
    #expect(refused.err.contains("activities/G-2026-608B.yaml"), "\(refused.err)")
    #expect(refused.err.contains("2026-10-13"), "\(refused.err)")
    #expect(w.snapshot() == before)
  }

  /// Closing a trajectory before a group meeting that names the child is refused
  /// (`activity-after-closure` in the group file); closing it after the last one is not, and
  /// the next `group meet` leaves the closed child out instead of recording it absent.
  @Test func closingBeforeAGroupMeetingIsRefusedAndLaterMeetingsLeaveTheChildOut() throws {
    let w = try Copy("tijd-voor-toekomst")
    let before = w.snapshot()
    let refused = w.run([
      "close", "0XGM", "--reason", "completed", "--destination", "none", "--date", "2026-10-20",
    ])
    #expect(refused.status == .dataError, "\(refused.out)\(refused.err)")
    #expect(refused.err.contains("activities/G-2026-608B.yaml"), "\(refused.err)")
    #expect(refused.err.contains("error[activity-after-closure]"), "\(refused.err)")
    #expect(refused.err.contains("2026-10-27"), "\(refused.err)")
    #expect(w.snapshot() == before)
    let closed = w.run([
      "close", "0XGM", "--reason", "completed", "--destination", "none", "--date", "2026-11-10",
    ])
    #expect(closed.status == .success, "\(closed.err)")
    let met = w.run([
      "group", "meet", "608B", "--present", "GVFC,KSS3", "--date", "2026-11-17", "--minutes", "60",
    ])
    #expect(met.status == .success, "\(met.err)")
    #expect(met.err.contains("TVT-2026-0XGM"), "\(met.err)")
    let group = w.text("activities/G-2026-608B.yaml")
    #expect(!group.contains("absent: [TVT-2026-0XGM]"), "\(group)")
    let validated = w.run(["validate"])
    #expect(validated.status == .success, "\(validated.out)\(validated.err)")
  }

  /// `amigo edit` refuses a copy that keeps the trajectory valid but leaves the meeting
  /// without the consent it needs.
  @Test func editThatBreaksAMeetingIsRefused() throws {
    let w = try Copy("kansencoach")
    let scratch = try TemporaryFolder(prefix: "amigo-integrity-editor")
    let scripts = scratch.root
    let script = scripts.appendingPathComponent("editor.sh")
    try Data(
      "#!/bin/sh\nfor f; do :; done\nsed -i 's/    scope: \\[support, school-consultation\\]/&\\n    withdrawn: 2026-10-15\\n    withdrawn_scope: [school-consultation]/' \"$f\"\n"
        .utf8
    ).write(to: script)
    let before = w.snapshot()
    let refused = w.run(
      ["edit", "W34N"],
      variables: [
        "EDITOR": "/bin/sh " + script.path, "PATH": "/usr/bin:/bin",
        "XDG_STATE_HOME": scripts.path + "/state",
      ])
    #expect(refused.status == .dataError, "\(refused.out)\(refused.err)")
    #expect(refused.err.contains("activities/M-2026-4QT7.yaml"), "\(refused.err)")
    #expect(refused.err.contains("error[activity-without-consent]"), "\(refused.err)")
    #expect(w.snapshot() == before)
  }
}
