import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 19: `new-child --family ID|new` and `--sibling-of CHILD` link siblings by a
/// pseudonymous family id (never a surname), and `show` lists them, also at different schools
/// (`Examples/ruggensteun`: Rayan B. at De Wilg, Ayla B. at De Linde).
@Suite struct FamilyNewChildTests {
  final class Workspace: ExampleWorkspaceCopy {

    func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
      env.variables["AMIGO_SEED"] = "7"
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    func files() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(
        atPath: work.appendingPathComponent("trajectories").path)) ?? []).sorted()
    }
  }

  static let child = [
    "new-child", "--label", "Mo B.", "--referred-by", "shelter", "--school", "bs-de-linde",
  ]

  @Test func aSurnameIsRefusedAndNothingIsWritten() throws {
    let w = try Workspace("ruggensteun")
    let before = w.files()
    // Only the shape amigo makes (`F-` and four characters of its alphabet, one a digit): a
    // surname with a digit (`de-Vries-2`, `F-BAKKER1`) is no family id either.
    for bad in [
      "Bakker", "de-vries", "F 12", "", "de-Vries-2", "F-BAKKER1", "F-12", "F-7KQ4X", "F-IL01",
      "F-ABCD", "G-7KQ4",
    ] {
      let (s, _, err) = w.run(Self.child + ["--family", bad])
      #expect(s == .usage, "\(bad): \(err)")
      #expect(err.contains("nooit een achternaam"), "\(err)")
      #expect(err.contains("'F-' en vier tekens"), "\(err)")
      #expect(err.contains("'--family new' maakt er een"), "\(err)")
    }
    #expect(w.files() == before)
  }

  /// The shape amigo makes is taken in small letters too, and written as amigo makes it.
  @Test func aFamilyIDInSmallLettersIsWrittenInCapitals() throws {
    let w = try Workspace("ruggensteun")
    let (s, _, err) = w.run(Self.child + ["--family", "f-7kq4"])
    #expect(s == .success, "\(err)")
    let created = try #require(w.files().first { w.text("trajectories/\($0)").contains("Mo B.") })
    #expect(w.text("trajectories/\(created)").contains("\nfamily: F-7KQ4\n"))
  }

  @Test func aGivenFamilyIDLinksTheNewChild() throws {
    let w = try Workspace("ruggensteun")
    let family = try #require(
      w.text("trajectories/HWC-2026-J7AA.yaml").split(separator: "\n").first {
        $0.hasPrefix("family: ")
      }?.dropFirst(8))
    let (s, out, err) = w.run(Self.child + ["--family", String(family)])
    #expect(s == .success, "\(err)")
    #expect(out.contains("Gezin \(family): broers en zussen "), "\(out)")
    #expect(out.contains("Ayla B. (HWC-2026-J7AA)") && out.contains("Rayan B. (HWC-2026-H4HZ)"))
    let created = try #require(
      w.files().first {
        !$0.hasPrefix("HWC-2026-28DJ") && w.text("trajectories/\($0)").contains("Mo B.")
      })
    #expect(
      w.text("trajectories/\(created)").contains(
        "worker: nk\nfamily: \(family)\nstatus: referred\n"))
    #expect(w.run(["validate", "--strict"]).0 == .success)
  }

  @Test func newMakesAFreshFamilyID() throws {
    let w = try Workspace("ruggensteun")
    let (s, out, err) = w.run(Self.child + ["--family", "new"])
    #expect(s == .success, "\(err)")
    #expect(out.contains("nog geen broers of zussen in deze werkmap"), "\(out)")
    let created = try #require(w.files().first { w.text("trajectories/\($0)").contains("Mo B.") })
    let line = try #require(
      w.text("trajectories/\(created)").split(separator: "\n").first { $0.hasPrefix("family: F-") })
    #expect(line.count == "family: F-7KQ4".count && line.dropFirst(10).contains(where: \.isNumber))
    #expect(w.run(["validate", "--strict"]).0 == .success)
  }

  @Test func siblingOfTakesOrGivesTheFamilyID() throws {
    let w = try Workspace("ruggensteun")
    // Omar T. has no family id: both files get a new one.
    let omar = "trajectories/HWC-2026-R2X7.yaml"
    #expect(!w.text(omar).contains("family:"))
    let (s, out, err) = w.run(Self.child + ["--sibling-of", "Omar T."])
    #expect(s == .success, "\(err)")
    #expect(out.contains("broers en zussen Omar T. (HWC-2026-R2X7)"), "\(out)")
    let line = try #require(
      w.text(omar).split(separator: "\n").first { $0.hasPrefix("family: F-") })
    let created = try #require(w.files().first { w.text("trajectories/\($0)").contains("Mo B.") })
    #expect(w.text("trajectories/\(created)").contains("\n\(line)\n"))
    #expect(w.text(omar).contains("worker: nk\n\(line)\nstatus: active\n"))
    // `show` lists the siblings both ways.
    let (_, shown, _) = w.run(["show", "R2X7"])
    #expect(shown.contains("Mo B."), "\(shown)")
    #expect(w.run(["validate", "--strict"]).0 == .success)
    // Both options at once: refused.
    let (both, _, err2) = w.run(Self.child + ["--sibling-of", "Omar T.", "--family", "new"])
    #expect(both == .usage, "\(err2)")
  }

  @Test func siblingsAtTwoSchoolsAreListedAndCountedAsOneFamily() throws {
    let w = try Workspace("ruggensteun")
    let (_, rayan, _) = w.run(["show", "H4HZ"])
    #expect(rayan.contains("Ayla B. (HWC-2026-J7AA)"), "\(rayan)")
    let (_, ayla, _) = w.run(["show", "J7AA"])
    #expect(ayla.contains("Rayan B. (HWC-2026-H4HZ)"), "\(ayla)")
    #expect(w.text("trajectories/HWC-2026-H4HZ.yaml").contains("school: bs-de-wilg"))
    #expect(w.text("trajectories/HWC-2026-J7AA.yaml").contains("school: bs-de-linde"))
  }
}
