import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation
import Testing
import _AmigoTestSupport

/// `ActivityStore.index(…, known:)` (a report's trajectories, decoded already, give the facts
/// the activity check needs) equals the index made by reading the named children's files.
@Suite struct ActivityIndexKnownTests {
  /// Every workspace with activity files among the examples and fixtures.
  static func workspaces() -> [Workspace] {
    var out: [Workspace] = []
    for root in ["Examples", "Tests/Fixtures/cli", "Tests/Fixtures/errors"] {
      let url = Fixtures.root.appendingPathComponent(root)
      guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
      for case let path as String in walker
      where path.hasSuffix("/amigo.yaml") || path == "amigo.yaml" {
        let workspace = Workspace(
          root: url.appendingPathComponent(String(path.dropLast("amigo.yaml".count))).path)
        if !workspace.activityPaths().isEmpty { out.append(workspace) }
      }
    }
    return out
  }

  @Test func knownTrajectoriesGiveTheIndexReadingGives() throws {
    let workspaces = Self.workspaces()
    #expect(workspaces.count >= 2)
    var namedAtAll = 0
    for workspace in workspaces {
      let named = Array(Loader.activityIndex(workspace.activityPaths()).named).sorted()
      namedAtAll += named.count
      let config = Loader.loadConfig(workspace, display: { $0 }).0
      let read = ActivityStore.index(workspace, naming: named)
      // All of the report's trajectories (as the period report holds them, trimmed), some of
      // them (as the week report holds them: the others are read), and none.
      let facts = Loader.loadFacts(
        workspace.trajectoryPaths(), config: config, today: LocalDate("2026-11-19"),
        warnings: false, trim: PeriodReport.dropUnread, display: { $0 }
      ).trajectories
      for known in [
        facts, Array(facts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)), [],
      ] {
        let index = ActivityStore.index(workspace, naming: named, known: known)
        #expect(index.ids == read.ids, "\(workspace.root)")
        #expect(index.entries == read.entries, "\(workspace.root)")
      }
    }
    #expect(namedAtAll > 10)
  }
}
