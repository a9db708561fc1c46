import AmigoCLI
import AmigoSchema
import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files are covered by what covers trajectory files (issue 20): `fmt` here.
@Suite struct ActivityCommandTests {
  @Test func fmtTidiesActivityFilesAndQuotesAmbiguousValues() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
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
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
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

/// `group` takes only the options of the action it does: a note goes with `new` (the group)
/// and `meet` (the meeting); `join`, with or without `--new`, has nowhere to keep one and
/// refuses it rather than drop it. (The example workspace speaks Dutch.)
@Suite struct GroupOptionTests {
  static func run(_ dir: URL, _ args: [String]) -> (AmigoCLI.ExitStatus, String) {
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text + env.stderr.text)
  }

  static let joinNew = [
    "group", "join", "608B", "--new", "--label", "Ad", "--born", "2016-04", "--consent-by",
    "parents", "--referred-by", "teacher",
  ]

  @Test(arguments: [
    (
      joinNew + ["--note", "Eerste keer."],
      "'--note' is geen optie van 'amigo group join --new': die wordt alleen gebruikt door 'amigo group new' en 'amigo group meet'"
    ),
    (
      ["group", "join", "608B", "9F5C", "-n", "Eerste keer."],
      "'--note' is geen optie van 'amigo group join': die wordt alleen gebruikt"
    ),
    (
      ["group", "join", "608B", "9F5C", "--date", "2026-11-16"],
      "'--date' is geen optie van 'amigo group join': die wordt alleen gebruikt door 'amigo group join --new' en 'amigo group meet'"
    ),
    (
      ["group", "new", "--name", "Test", "--children", "GVFC", "--date", "2026-09-14"],
      "'--date' is geen optie van 'amigo group new': die wordt alleen gebruikt door 'amigo group join --new' en 'amigo group meet'"
    ),
    (
      ["group", "new", "--name", "Test", "--children", "GVFC", "--present", "GVFC"],
      "'--present' is geen optie van 'amigo group new': die wordt alleen gebruikt door 'amigo group meet'"
    ),
    (
      ["group", "meet", "608B", "--present", "GVFC", "--label", "Ad"],
      "'--label' is geen optie van 'amigo group meet': die wordt alleen gebruikt door 'amigo group join --new'"
    ),
    (
      ["group", "new", "--name", "Test", "--children", "GVFC", "--minutes", "60"],
      "'--minutes' is geen optie van 'amigo group new': die wordt alleen gebruikt door 'amigo group meet'"
    ),
    (
      ["group", "meet", "608B", "--present", "GVFC", "--new"],
      "'--new' is geen optie van 'amigo group meet': die wordt alleen gebruikt door 'amigo group join --new'"
    ),
  ])
  func anOptionTheActionDoesNotUseIsRefused(_ args: [String], _ message: String) throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
    let group = try Data(contentsOf: dir.appendingPathComponent("activities/G-2026-608B.yaml"))
    let (status, out) = Self.run(dir, args)
    #expect(status == .usage, "\(out)")
    #expect(out.contains(message), "\(out)")
    #expect(try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted() == before)
    #expect(
      try Data(contentsOf: dir.appendingPathComponent("activities/G-2026-608B.yaml")) == group)
  }

  @Test func newAndMeetKeepTheirNote() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let meet = Self.run(
      dir, ["group", "meet", "608B", "--present", "GVFC,0XGM", "--note", "Buiten gespeeld."])
    #expect(meet.0 == .success, "\(meet.1)")
    let group = try String(
      contentsOfFile: dir.path + "/activities/G-2026-608B.yaml", encoding: .utf8)
    #expect(group.contains("note: Buiten gespeeld."), "\(group)")
    let new = Self.run(
      dir, ["group", "new", "--name", "Test", "--children", "GVFC", "-n", "Op woensdag."])
    #expect(new.0 == .success, "\(new.1)")
    let made = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/activities")
      .filter { $0.hasPrefix("G-") && $0 != "G-2026-608B.yaml" }
    #expect(made.count == 1)
    let text = try String(
      contentsOfFile: dir.path + "/activities/" + (made.first ?? ""), encoding: .utf8)
    #expect(text.contains("note: Op woensdag."), "\(text)")
  }
}

/// Commands that change an activity file and something else change both or neither (QA of
/// issue 20): `group join --new`, `erase`; and one activity in two files counts once.
@Suite struct ActivityAllOrNothingTests {
  static func trajectories(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path + "/trajectories")) ?? [])
      .sorted()
  }

  /// The group refuses the child (consent by the child alone at 10): the trajectory made for
  /// it is not left behind, and the command says nothing was made.
  @Test func aRefusedJoinLeavesNoNewTrajectory() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let before = Self.trajectories(dir)
    let group = try Data(contentsOf: dir.appendingPathComponent("activities/G-2026-608B.yaml"))
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(
      [
        "group", "join", "608B", "--new", "--label", "Ad", "--born", "2016-04", "--consent-by",
        "child", "--referred-by", "teacher",
      ], environment: env)
    #expect(status != .success)
    #expect(env.stderr.text.contains("activity-without-consent"), "\(env.stderr.text)")
    #expect(!env.stdout.text.contains("TVT-2026-"), "\(env.stdout.text)")
    #expect(Self.trajectories(dir) == before)
    #expect(
      try Data(contentsOf: dir.appendingPathComponent("activities/G-2026-608B.yaml")) == group)
  }

  /// A join that goes through still makes the trajectory and says so.
  @Test func anAcceptedJoinMakesTheTrajectory() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let before = Self.trajectories(dir)
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(
      [
        "group", "join", "608B", "--new", "--label", "Ad", "--born", "2016-04", "--consent-by",
        "parents", "--referred-by", "teacher",
      ], environment: env)
    #expect(status == .success, "\(env.stderr.text)")
    #expect(Self.trajectories(dir).count == before.count + 1)
    #expect(env.stdout.text.contains("Ad"), "\(env.stdout.text)")
  }

  /// A closed trajectory does not join a group: refused, nothing changed.
  @Test func aClosedTrajectoryDoesNotJoin() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let path = dir.appendingPathComponent("activities/G-2026-608B.yaml")
    let group = try Data(contentsOf: path)
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(["group", "join", "608B", "WGEW"], environment: env)
    #expect(status == .dataError)
    #expect(
      env.stderr.text.contains("TVT-2026-WGEW is afgesloten op 2026-10-14"), "\(env.stderr.text)")
    #expect(try Data(contentsOf: path) == group)
  }

  /// Nor does `group new` take one in.
  @Test func aNewGroupRefusesAClosedTrajectory() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/activities")
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(
      ["group", "new", "--name", "Test", "--children", "WGEW,GVFC"], environment: env)
    #expect(status == .dataError, "\(env.stderr.text)")
    #expect(env.stderr.text.contains("TVT-2026-WGEW is afgesloten op 2026-10-14"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/activities") == before)
  }

  /// The activity files a child was taken out of are written back byte for byte by `undo`
  /// (what `erase` does when the trajectory file cannot be removed after all).
  @Test func aRemovalFromActivitiesIsUndone() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let workspace = AmigoStore.Workspace(root: dir.path)
    let paths = workspace.activityPaths()
    let before = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    let removal = try ActivityStore.remove(
      child: "TVT-2026-0XGM", in: workspace, config: nil, today: LocalDate("2026-11-19"),
      display: { $0 })
    #expect(!removal.paths.isEmpty)
    let during = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    #expect(during != before)
    #expect(removal.undo().isEmpty)
    #expect(try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before)
  }

  /// A meeting copied into a subfolder of `activities/`: `validate` names both files, and
  /// the period report counts the meeting once (one of the two is left out).
  @Test func oneActivityInTwoFilesCountsOnce() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args + ["--lang", "en"], environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }
    let period = ["report", "--period", "2026", "--format", "csv"]
    let clean = run(period)
    #expect(clean.0 == .success, "\(clean.2)")
    try FileManager.default.createDirectory(
      atPath: dir.path + "/activities/2026", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: dir.path + "/activities/M-2026-4QT7.yaml",
      toPath: dir.path + "/activities/2026/M-2026-4QT7.yaml")
    let validated = run(["validate"])
    #expect(validated.0 != .success)
    let said = validated.1 + validated.2
    #expect(said.contains("error[duplicate-id]"), "\(said)")
    #expect(said.contains("is also used by activities/"), "\(said)")
    // The period report refuses a workspace with errors; told to go on, it leaves one file
    // of the two out and counts the meeting once.
    let refused = run(period)
    #expect(refused.0 != .success)
    #expect(refused.2.contains("M-2026-4QT7.yaml"), "\(refused.2)")
    let skipped = run(period + ["--skip-invalid"])
    #expect(skipped.0 == .success, "\(skipped.2)")
    // CSV lines end in CR LF (one character to Swift's `split`): split the bytes at LF.
    let lines = Array(skipped.1.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    let named = lines.filter { $0.contains(",left_out,") }
    #expect(named.count == 1 && named[0].contains("duplicate-id"), "\(skipped.1)")
    #expect(lines.filter { !$0.contains(",left_out,") }.joined(separator: "\n") == clean.1)
    // The child's record shows the meeting once.
    let record = run(["export", "--record", "109Y"])
    #expect(record.0 == .success, "\(record.2)")
    #expect(record.1.components(separatedBy: "M-2026-4QT7").count == 2, "\(record.1)")
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
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
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

/// The privacy check of activity text when an activity is written.
@Suite struct ActivityLabelWriteTests {
  /// A note that names another child by its label ("ook Mila K. kort besproken", acc-groups) is
  /// found when the activity is written, as `validate` finds it: Kansencoach's workspace keeps
  /// privacy strict, so the meeting is refused and no file is written.
  @Test func aMeetingNoteNamingAnotherChildByItsLabelIsRefused() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach", prefix: "amigo-activity-label")
    let dir = copy.work.path
    let before = try FileManager.default.contentsOfDirectory(atPath: dir + "/activities")
    let env = Environment(currentDirectory: dir, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(
      [
        "meeting", "--children", "109Y", "--with", "ib", "--minutes", "30", "--date",
        "2026-11-18", "--note", "ook Mila K. kort besproken",
      ], environment: env)
    #expect(status == .dataError, "\(env.stdout.text)")
    #expect(env.stderr.text.contains("child-label-in-activity"), "\(env.stderr.text)")
    #expect(env.stderr.text.contains("KC-2026-8JJK"), "\(env.stderr.text)")
    let after = try FileManager.default.contentsOfDirectory(atPath: dir + "/activities")
    #expect(after.sorted() == before.sorted())
    // The same note about the child the meeting names is a matter for its own check only.
    let own = Environment(currentDirectory: dir, today: LocalDate("2026-11-19")!)
    let written = Amigo.run(
      [
        "meeting", "--children", "109Y", "--with", "ib", "--minutes", "30", "--date",
        "2026-11-18", "--note", "voortgang besproken",
      ], environment: own)
    #expect(written == .success, "\(own.stderr.text)")
  }
}
