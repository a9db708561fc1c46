import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// `validate --changed` (issue 32): the files git sees changed, with the checks across files
/// answered from the index; the same problems, for those files, as a full `validate`.
@Suite struct ValidateChangedTests {
  final class Repo: ExampleWorkspaceCopy {
    init(_ example: String) throws { try super.init(example, git: "start") }

    func run(_ args: [String]) -> (Int32, String) {
      let env = Environment(
        variables: [:], currentDirectory: path, today: LocalDate("2026-11-19")!)
      let status = Amigo.run(args, environment: env)
      return (status.rawValue, env.stdout.text + env.stderr.text)
    }

    func edit(_ name: String, _ from: String, _ to: String) {
      let path = self.path + "/" + name
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      #expect(text.contains(from), "\(name) has \(from)")
      #expect(
        FileManager.default.createFile(
          atPath: path, contents: Data(text.replacingOccurrences(of: from, with: to).utf8)))
    }

    /// `validate --changed`, expected to fail with what a full `validate` says.
    func changedAsFull() -> (Int32, String) {
      let changed = run(["validate", "--changed"])
      #expect(changed.0 != 0, "\(changed.1)")
      #expect(changed == run(["validate"]))
      return changed
    }

    /// The diagnostic lines (`file:line:col: …`) of an output that name `file`.
    func lines(_ out: String, naming file: String) -> [String] {
      out.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file + ":") }
    }
  }

  /// A child erased and committed, then brought back by a copy from before (an old clone that
  /// pushes, a backup restored): the file is an error (`erased-trajectory`) for the hooks'
  /// `validate --changed` as for a full `validate`, so it is not committed or pushed unseen.
  @Test func anErasedChildBroughtBackIsAnError() throws {
    let r = try Repo("caseload")
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    let before = try Data(contentsOf: r.work.appendingPathComponent(file))
    #expect(r.run(["erase", "AOS-2026-K7Q4", "--yes"]).0 == 0)
    r.git("add", "-A")
    r.git("commit", "-qm", "Erase a trajectory")
    try before.write(to: r.work.appendingPathComponent(file))
    let (status, out) = r.run(["validate", "--changed"])
    #expect(status == 1)
    #expect(r.lines(out, naming: file) == r.lines(r.run(["validate"]).1, naming: file))
    #expect(
      r.lines(out, naming: file) == [
        file
          + ":3:5: error[erased-trajectory]: traject 'AOS-2026-K7Q4' is gewist op 2026-11-19 (.amigo/erased.yaml), maar dit bestand bevat het weer"
      ], "\(out)")
  }

  @Test func nothingChangedChecksNothing() throws {
    let r = try Repo("caseload")
    let (status, out) = r.run(["validate", "--changed"])
    #expect(status == 0)
    #expect(out == "amigo: 0 bestanden gecontroleerd, geen problemen\n")
  }

  @Test func aChangedFileGetsTheProblemsAFullValidateGives() throws {
    let r = try Repo("caseload")
    r.edit("trajectories/AOS-2026-K7Q4.yaml", "worker: mvd", "worker: nobody")
    let (status, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    #expect(status == 1)
    let file = "trajectories/AOS-2026-K7Q4.yaml"
    #expect(!r.lines(out, naming: file).isEmpty)
    #expect(r.lines(out, naming: file) == r.lines(full, naming: file))
    #expect(out.hasSuffix("in 1 van 1 bestand\n"), "\(out)")
  }

  @Test func anUntrackedFileRepeatingAnIdIsADuplicate() throws {
    let r = try Repo("caseload")
    _ = r.run(["list"])  // an index to answer from
    let source = r.path + "/trajectories/AOS-2026-K7Q4.yaml"
    let copy = r.path + "/trajectories/AOS-2026-ZZZZ.yaml"
    try FileManager.default.copyItem(atPath: source, toPath: copy)
    let (status, out) = r.run(["validate", "--changed"])
    #expect(status == 1)
    #expect(out.contains("error[duplicate-id]"), "\(out)")
    #expect(out.contains("AOS-2026-K7Q4.yaml"))
  }

  @Test func aChangedConfigChecksEverything() throws {
    let r = try Repo("caseload")
    r.edit("amigo.yaml", "\n", "\n# edited\n")
    #expect(r.run(["validate", "--changed"]) == r.run(["validate"]))
  }

  /// A deleted trajectory that a meeting names: `--changed` finds what a full `validate`
  /// finds (any file may name the deleted one: everything is checked again).
  @Test func aDeletedTrajectoryChecksEverything() throws {
    let r = try Repo("kansencoach")
    try FileManager.default.removeItem(
      at: r.work.appendingPathComponent("trajectories/KC-2026-W34N.yaml"))
    let changed = r.changedAsFull()
    #expect(changed.1.contains("activities/M-2026-4QT7.yaml"), "\(changed.1)")
  }

  /// A deleted activity file that a trajectory's agreement refers to: as a full `validate`.
  @Test func aDeletedActivityChecksEverything() throws {
    let r = try Repo("kansencoach")
    #expect(r.run(["agree", "109Y", "4QT7", "samen oefenen"]).0 == 0)
    r.git("add", "-A")
    r.git("commit", "-qm", "agreement")
    try FileManager.default.removeItem(
      at: r.work.appendingPathComponent("activities/M-2026-4QT7.yaml"))
    let changed = r.changedAsFull()
    #expect(changed.1.contains("error[unknown-activity]"), "\(changed.1)")
  }

  /// A trajectory moved to a subfolder under its own name is no deletion: only it is checked.
  @Test func aMovedTrajectoryIsNoDeletion() throws {
    let r = try Repo("kansencoach")
    try FileManager.default.createDirectory(
      at: r.work.appendingPathComponent("trajectories/2026"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: r.work.appendingPathComponent("trajectories/KC-2026-W34N.yaml"),
      to: r.work.appendingPathComponent("trajectories/2026/KC-2026-W34N.yaml"))
    let (status, out) = r.run(["validate", "--changed"])
    #expect(status == 0, "\(out)")
    // The moved file and the meeting that names it; not every file, as a deletion would.
    #expect(out.contains("2 bestanden gecontroleerd, geen problemen"), "\(out)")
    #expect(out != r.run(["validate"]).1)
  }

  @Test func anActivityNamingAChangedChildIsCheckedAgain() throws {
    let r = try Repo("kansencoach")
    // The child's consent ends before the meeting: the activity file is what breaks.
    let activity = "activities/M-2026-4QT7.yaml"
    let (_, fullBefore) = r.run(["validate"])
    #expect(r.lines(fullBefore, naming: activity).isEmpty)
    r.edit("trajectories/KC-2026-W34N.yaml", "  - date: 2026-09-10", "  - date: 2026-10-25")
    let (_, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    #expect(!r.lines(full, naming: activity).isEmpty)
    #expect(r.lines(out, naming: activity) == r.lines(full, naming: activity))
  }

  /// A closure moved before the meeting: the meeting names the child after its closure, on
  /// both paths alike (issue 20 QA).
  @Test func anActivityAfterAChangedClosureIsCheckedAgain() throws {
    let r = try Repo("kansencoach")
    let activity = "activities/M-2026-4QT7.yaml"
    r.edit("trajectories/KC-2026-W34N.yaml", "  date: 2026-11-06", "  date: 2026-10-19")
    let (_, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    let lines = r.lines(full, naming: activity)
    #expect(lines.contains { $0.contains("error[activity-after-closure]") }, "\(full)")
    #expect(r.lines(out, naming: activity) == lines)
  }

  /// Ids that differ only in case: `--changed` names them as a full `validate` does, for a
  /// trajectory (found through the index) and an activity file (issue 20 review).
  @Test func idsDifferingOnlyInCaseAreCaughtOnTheChangedPath() throws {
    let r = try Repo("kansencoach")
    _ = r.run(["list"])  // an index to answer from
    for (folder, id) in [("trajectories", "KC-2026-109Y"), ("activities", "M-2026-4QT7")] {
      let text = try String(
        contentsOfFile: "\(r.path)/\(folder)/\(id).yaml", encoding: .utf8)
      try Data(text.replacingOccurrences(of: "id: \(id)", with: "id: \(id.lowercased())").utf8)
        .write(to: URL(fileURLWithPath: "\(r.path)/\(folder)/\(id.lowercased()).yaml"))
    }
    let (status, out) = r.run(["validate", "--changed", "--lang", "en"])
    #expect(status == 1, "\(out)")
    #expect(
      out.contains(
        "error[duplicate-id]: id 'kc-2026-109y' differs only in case from 'KC-2026-109Y' (trajectories/KC-2026-109Y.yaml)"
      ), "\(out)")
    #expect(
      out.contains(
        "error[duplicate-id]: id 'm-2026-4qt7' differs only in case from 'M-2026-4QT7' (activities/M-2026-4QT7.yaml)"
      ), "\(out)")
  }

  @Test func aChangedRepeatRequestNamesAKnownTrajectory() throws {
    let r = try Repo("tijd-voor-toekomst")
    _ = r.run(["list"])  // an index to answer from
    let file = "trajectories/TVT-2026-R3QP.yaml"
    for (to, code) in [
      ("previous: TVT-2026-XXXX", "unknown-previous"),
      ("previous: TVT-2026-R3QP", "previous-is-self"),
    ] {
      r.edit(file, "previous: TVT-2026-WGEW", to)
      let (status, out) = r.run(["validate", "--changed"])
      let (_, full) = r.run(["validate"])
      #expect(status == 1)
      #expect(out.contains(code), "\(out)")
      #expect(r.lines(out, naming: file) == r.lines(full, naming: file))
      r.edit(file, to, "previous: TVT-2026-WGEW")
    }
    #expect(r.run(["validate", "--changed"]).0 == 0)
  }

  /// A changed meeting whose note names a child it does not list by its label ("ook Mila K.
  /// kort besproken", acc-groups): the pre-commit hook's check finds it, with the line, message
  /// and severity a full `validate` gives, with the workspace index or without one.
  @Test(arguments: [false, true])
  func aChangedActivityNamingAnotherChildByItsLabelIsFound(indexed: Bool) throws {
    let r = try Repo("kansencoach")
    if indexed { _ = r.run(["list"]) }  // the labels from the index's entries
    let activity = "activities/M-2026-4QT7.yaml"
    r.edit(activity, "unnamed: 3\n", "unnamed: 3\nnote: ook Mila K. kort besproken\n")
    let (status, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    #expect(status == 1, "\(out)")
    let lines = r.lines(out, naming: activity)
    #expect(
      lines.contains { $0.contains("[child-label-in-activity]") && $0.contains("KC-2026-8JJK") },
      "\(out)")
    #expect(lines == r.lines(full, naming: activity))
  }

  /// A child's label changed and committed after the workspace index was written (its entry
  /// stale): `--changed` looks for the label the file holds now, never the index's old one, so
  /// the old label gives no warning and the new one is found, as by a full `validate`.
  @Test func aLabelChangedSinceTheIndexIsLookedForAsTheFileHasIt() throws {
    let r = try Repo("kansencoach")
    _ = r.run(["list"])  // an index holding "Mila K."
    r.edit("trajectories/KC-2026-8JJK.yaml", "label: Mila K.", "label: Mila Z.")
    r.git("commit", "-qam", "Another label")
    let activity = "activities/M-2026-4QT7.yaml"
    r.edit(activity, "unnamed: 3\n", "unnamed: 3\nnote: ook Mila K. kort besproken\n")
    let old = r.run(["validate", "--changed"])
    #expect(old.0 == 0, "\(old.1)")
    #expect(!old.1.contains("child-label-in-activity"), "\(old.1)")
    #expect(r.lines(old.1, naming: activity) == r.lines(r.run(["validate"]).1, naming: activity))
    r.edit(activity, "ook Mila K.", "ook Mila Z.")
    let (status, out) = r.run(["validate", "--changed"])
    #expect(status == 1, "\(out)")
    let lines = r.lines(out, naming: activity)
    #expect(lines.contains { $0.contains("KC-2026-8JJK") }, "\(out)")
    #expect(lines == r.lines(r.run(["validate"]).1, naming: activity))
  }

  /// A child's consent changed: the meeting that names the child is checked again whether the
  /// activity index (`.amigo/cache/activities`) answers which children each file names or the
  /// files are read, and an activity that names other children only is left alone either way.
  @Test(arguments: [false, true])
  func theActivityIndexChangesNothingButSpeed(indexed: Bool) throws {
    let r = try Repo("kansencoach")
    let activity = "activities/M-2026-4QT7.yaml"
    let index = r.path + "/.amigo/cache/activities"
    // A child no activity names (its id only in a committed note of the meeting).
    let other = "KC-2026-8JJK"
    r.edit(activity, "unnamed: 3\n", "unnamed: 3\nnote: zie ook \(other)\n")
    r.git("commit", "-qam", "A note")
    if indexed {
      _ = r.run(["report", "--week", "2026-W43"])  // writes the activity index
      #expect(FileManager.default.fileExists(atPath: index))
    } else {
      try? FileManager.default.removeItem(atPath: index)
    }
    r.edit("trajectories/KC-2026-W34N.yaml", "  - date: 2026-09-10", "  - date: 2026-10-25")
    r.edit("trajectories/\(other).yaml", "\nstatus: active", "\n# changed\nstatus: active")
    let (_, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    #expect(!r.lines(full, naming: activity).isEmpty)
    #expect(r.lines(out, naming: activity) == r.lines(full, naming: activity), "\(out)")
    // The same again, now with the index the run above wrote.
    #expect(r.run(["validate", "--changed"]).1 == out)
  }

  /// A trajectory new against HEAD whose id an unchanged activity's note already holds: the
  /// note's warning (an id written in text, which `erase` cannot remove) is new with the file,
  /// so `--changed` reads the activities' text for it, as a full `validate` reports it.
  @Test func aNewChildsIDInAnUnchangedNoteIsFound() throws {
    let r = try Repo("kansencoach")
    let activity = "activities/M-2026-4QT7.yaml"
    let new = "KC-2026-NEW1"
    r.edit(activity, "unnamed: 3\n", "unnamed: 3\nnote: later een dossier \(new)\n")
    r.git("commit", "-qam", "A note")
    _ = r.run(["report", "--week", "2026-W43"])  // an activity index that holds no text
    let source = try String(
      contentsOfFile: r.path + "/trajectories/KC-2026-8JJK.yaml", encoding: .utf8)
    #expect(
      FileManager.default.createFile(
        atPath: r.path + "/trajectories/\(new).yaml",
        contents: Data(source.replacingOccurrences(of: "KC-2026-8JJK", with: new).utf8)))
    let (_, out) = r.run(["validate", "--changed"])
    let (_, full) = r.run(["validate"])
    let lines = r.lines(full, naming: activity)
    #expect(lines.contains { $0.contains(new) }, "\(full)")
    #expect(r.lines(out, naming: activity) == lines, "\(out)")
  }
}
