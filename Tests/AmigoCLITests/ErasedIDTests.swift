import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// An erased trajectory's id (in `.amigo/erased.yaml`) is never given to a new child: not by
/// `new-child`, nor by `import`, nor taken with `new-child --id`. A new file under an erased
/// id would mix two children in git's history of that path (and a purge of it would take the
/// new child's history too), and `validate` would call it erased.
@Suite struct ErasedIDTests {
  final class Workspace: ExampleWorkspaceCopy {
    init() throws { try super.init(prefix: "amigo-erased") }

    func run(_ args: [String], stdin: String = "") -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
      env.variables["AMIGO_SEED"] = "7"
      env.variables["XDG_STATE_HOME"] = root.path + "/state"
      let data = Data(stdin.utf8)
      env.standardInput = { data }
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    var files: [String] {
      ((try? FileManager.default.contentsOfDirectory(
        atPath: work.appendingPathComponent("trajectories").path)) ?? []).sorted()
    }

    /// Runs `args`, which makes one new file, and returns its name.
    func made(_ args: [String], stdin: String = "") -> String? {
      let before = files
      let r = run(args, stdin: stdin)
      #expect(r.0 == .success, "\(r.2)")
      return files.first { !before.contains($0) }
    }
  }

  static let newChild = [
    "new-child", "--label", "Kim T.", "--school", "de-zeester", "--worker", "mvd",
    "--referred-by", "teacher", "--referral-date", "2026-11-01", "--programme",
    "amigos-op-school",
  ]
  static let csv =
    "naam;school;begeleider;aanmelding;aangemeld door\nLou V.;de-zeester;mvd;1-11-2026;leerkracht\n"

  @Test func newChildAndImportNeverGiveAnErasedID() throws {
    let w = try Workspace()
    // The id the seed draws first, erased.
    let first = try #require(w.made(Self.newChild))
    let id = String(first.dropLast(".yaml".count))
    #expect(w.run(["erase", id, "--yes"]).0 == .success)

    let again = try #require(w.made(Self.newChild))
    #expect(again != first)
    let imported = try #require(
      w.made(["import", "-", "--programme", "amigos-op-school"], stdin: Self.csv))
    #expect(imported != first)

    // Asked for by name, it is refused with the day it was erased.
    let given = w.run(Self.newChild + ["--id", id.lowercased()])
    #expect(given.0 == .usage)
    #expect(
      given.2.contains(
        "Een traject met dit id is gewist op 19 nov 2026 ('amigo erase'); een id wordt nooit opnieuw gebruikt. Laat --id weg voor een nieuw id."
      ), "\(given.2)")
    #expect(!w.files.contains(first))
  }
}
