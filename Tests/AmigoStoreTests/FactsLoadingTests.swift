import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// `Loader.loadFacts` (the period report's load: clean files kept as their trajectories only)
/// gives the trajectories and the files with something to say exactly as
/// `Loader.loadTrajectories(…, detail: .facts, …)` does.
@Suite struct FactsLoadingTests {
  /// Every trajectory file of the error fixtures (unreadable ones, YAML and structural
  /// errors, rule errors, two files with one id) and of the examples, with `config`.
  static func paths() -> [String] {
    var out: [String] = []
    for root in ["Tests/Fixtures/errors", "Examples"] {
      let url = Fixtures.root.appendingPathComponent(root)
      guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
      for case let path as String in walker
      where path.hasSuffix(".yaml") && path.contains("trajectories/") {
        out.append(url.path + "/" + path)
      }
    }
    return out.sorted()
  }

  static func compare(
    _ paths: [String], config: Config?, today: LocalDate?,
    trim: @escaping @Sendable (inout Trajectory) -> Void = { _ in }
  ) {
    let display: @Sendable (String) -> String = { "shown/" + $0 }
    let files = Loader.loadTrajectories(
      paths, config: config, today: today, warnings: false, detail: .facts, display: display)
    let facts = Loader.loadFacts(
      paths, config: config, today: today, warnings: false, trim: trim, display: display)
    #expect(
      facts.trajectories
        == files.compactMap(\.trajectory).map { t in
          var trimmed = t
          trim(&trimmed)
          return trimmed
        })
    let flagged = files.filter { $0.trajectory == nil || !$0.diagnostics.isEmpty }
    #expect(facts.flagged.map(\.path) == flagged.map(\.path))
    #expect(facts.flagged.map(\.displayPath) == flagged.map(\.displayPath))
    #expect(facts.flagged.map(\.trajectory) == flagged.map(\.trajectory))
    #expect(facts.flagged.map(\.diagnostics) == flagged.map(\.diagnostics))
    #expect(facts.flagged.map(\.document.source.bytes) == flagged.map(\.document.source.bytes))
  }

  @Test func theSameAsLoadingEveryFileWithItsFacts() throws {
    let paths = Self.paths()
    #expect(paths.count > 100)
    let workspace = Workspace(root: Fixtures.root.appendingPathComponent("Examples/caseload").path)
    let config = Loader.loadConfig(workspace, display: { $0 }).0
    let today = LocalDate("2026-11-19")
    // The files with errors and repeated ids among clean ones.
    let files = Loader.loadTrajectories(
      paths, config: config, today: today, warnings: false, detail: .facts, display: { $0 })
    #expect(files.contains { $0.trajectory == nil })
    #expect(files.contains { $0.trajectory != nil && $0.diagnostics.isEmpty })
    #expect(files.contains { $0.diagnostics.contains { $0.code == "duplicate-id" } })
    Self.compare(paths, config: config, today: today)
    // Clean files only (no file flagged); a repeated id among clean files; no config.
    let clean = files.filter { $0.trajectory != nil && $0.diagnostics.isEmpty }.map(\.path)
    Self.compare(clean, config: config, today: today)
    Self.compare(clean + [clean[0]], config: config, today: today)
    // Trimmed on loading; a flagged file (and the clean file a repeated id makes one) keeps
    // its trajectory whole.
    let trim: @Sendable (inout Trajectory) -> Void = {
      $0.plan.reviews = []; $0.goals = []
    }
    Self.compare(paths, config: config, today: today, trim: trim)
    Self.compare(clean + [clean[0]], config: config, today: today, trim: trim)
    Self.compare([clean[3], clean[0], clean[3]], config: nil, today: nil)
    Self.compare([], config: config, today: today)
  }
}
