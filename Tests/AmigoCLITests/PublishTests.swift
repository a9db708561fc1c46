import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// `report --period … --publish` and the comparison with the published figures (issue 33).
@Suite struct PublishTests {
  typealias Workspace = RightsCommandTests.Workspace

  @Test func publishedFiguresAreKeptAndLaterRunsSayHowTheyDiffer() throws {
    let w = try Workspace("Tests/Fixtures/generated")
    let period = "2025/2026"
    let file = w.work.appendingPathComponent("published/2025-2026.json")
    // Without --publish nothing is kept.
    #expect(w.run(["report", "--period", period, "--format", "json"]).0 == .success)
    #expect(!FileManager.default.fileExists(atPath: file.path))
    let (status, _, err) = w.run(["report", "--period", period, "--publish"])
    #expect(status == .success, "\(err)")
    #expect(err.contains("de cijfers van 2025/2026 zijn gepubliceerd"), "\(err)")
    let published = try String(contentsOf: file, encoding: .utf8)
    // Counts only: no trajectory id, no label.
    for id in w.ids.prefix(200) {
      #expect(!published.contains(id), "\(id) in the published figures")
    }
    // The same run again: the same figures.
    let (_, _, same) = w.run(["report", "--period", period])
    #expect(same.contains("dezelfde cijfers als gepubliceerd"), "\(same)")
    // Erasures change the figures; the published file stays, and the report says what differs.
    // Trajectories closed in the period.
    let erased = w.ids.filter { id in
      ["closure:\n  date: 2025-1", "closure:\n  date: 2026-0"].contains { w.file(id).contains($0) }
    }.prefix(8)
    #expect(erased.count == 8)
    for id in erased { #expect(w.run(["erase", id, "--yes"]).0 == .success) }
    let (later, _, note) = w.run(["report", "--period", period])
    #expect(later == .success)
    #expect(note.contains("verschillen van de rapportage gepubliceerd op 2026-11-19"), "\(note)")
    #expect(note.contains(" → "), "\(note)")
    let (again, _, refused) = w.run(["report", "--period", period, "--publish"])
    #expect(again != .success)
    #expect(
      refused.contains("bewaart de cijfers die op 2026-11-19 gepubliceerd zijn"), "\(refused)")
    #expect(try String(contentsOf: file, encoding: .utf8) == published)
  }

  /// Two overlapping periods published: their difference is the figures of the days in one
  /// only, not suppressed. Publishing the second says so; one that does not overlap does not.
  @Test func publishingAPeriodThatOverlapsAPublishedOneWarns() throws {
    let w = try Workspace("Tests/Fixtures/generated")
    #expect(w.run(["report", "--period", "2026-Q1", "--publish"]).0 == .success)
    let (status, _, err) = w.run(["report", "--period", "2026-01-01..2026-03-30", "--publish"])
    #expect(status == .success, "\(err)")
    #expect(err.contains("2026-01-01..2026-03-30 overlapt met 2026-Q1"), "\(err)")
    let (_, _, apart) = w.run(["report", "--period", "2026-Q2", "--publish"])
    #expect(!apart.contains("overlapt"), "\(apart)")
    // The same period again compares, and warns of nothing new.
    let (_, _, same) = w.run(["report", "--period", "2026-Q1"])
    #expect(!same.contains("overlapt"), "\(same)")
  }

  @Test func publishNeedsAPeriod() throws {
    let w = try Workspace()
    let (status, _, err) = w.run(["report", "--week", "2026-W47", "--publish"])
    #expect(status == .usage)
    #expect(err.contains("Alleen een perioderapport wordt gepubliceerd"), "\(err)")
  }
}
