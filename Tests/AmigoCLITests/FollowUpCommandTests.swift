import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 23 at the commands: a goal rating after the closure is taken only as follow-up, and
/// `goal rate --follow-up` records one (the `rating-after-closure` help names it); `refer`
/// offers only the places it takes. In a copy of `Examples/caseload`: Ravi S.
/// (AOS-2026-JV2N) closed on 2026-05-22.
@Suite struct FollowUpCommandTests {
  final class Workspace: CommandWorkspace {
    init() throws { try super.init("caseload", prefix: "amigo-follow-up") }

    var file: String {
      (try? String(
        contentsOf: work.appendingPathComponent("trajectories/AOS-2026-JV2N.yaml"),
        encoding: .utf8)) ?? ""
    }
  }

  @Test func goalRateTakesAFollowUpRating() throws {
    let w = try Workspace()
    #expect(
      w.run([
        "consent", "JV2N", "--given-by", "parents", "--scope", "follow-up", "--date", "2026-09-01",
      ]).0 == .success)
    let before = w.file
    let (refused, _, err) = w.run(["goal", "rate", "JV2N", "g1", "7", "--date", "2026-09-10"])
    #expect(refused == .dataError)
    #expect(err.contains("amigo goal rate … --follow-up"), "\(err)")
    #expect(w.file == before)
    let (status, _, err2) = w.run([
      "goal", "rate", "JV2N", "g1", "7", "--date", "2026-09-10", "--follow-up",
    ])
    #expect(status == .success, "\(err2)")
    #expect(w.file.contains("{date: 2026-09-10, value: 7, rater: child, follow_up: true}"))
    #expect(w.run(["validate", "--strict"]).0 == .success)
  }

  @Test func referHelpListsOnlyThePlacesItTakes() throws {
    let w = try Workspace()
    let (_, help, _) = w.run(["refer", "--help"])
    let to = try #require(help.range(of: "--to <where>"))
    let status = try #require(help.range(of: "--status <status>"))
    let option = help[to.upperBound..<status.lowerBound]
    #expect(option.contains("'youth-care'"))
    #expect(!option.contains("'none'"))
    #expect(!option.contains("'own-network'"))
  }
}
