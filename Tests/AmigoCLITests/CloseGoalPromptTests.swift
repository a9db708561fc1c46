import AmigoReports
import AmigoSchema
import Testing

@testable import AmigoCLI

/// `amigo close` asks the result of each goal with its target and latest scores. The scores of
/// different raters are never one series (qa-walk m18): the main series first, the others in
/// the order they began. The child's main series ends at 5 even when the teacher scored 7
/// later, and rater names are in the workspace's language.
@Suite struct CloseGoalPromptTests {
  func goal(_ ratings: [(String, Double, String?)]) -> Goal {
    var g = Goal()
    g.id = "g1"
    g.text = "Durft vragen te stellen"
    g.target = 7
    g.ratings = ratings.map { date, value, rater in
      var r = Rating()
      r.date = LocalDate(date)
      r.value = value
      r.rater = rater
      return r
    }
    return g
  }

  @Test func eachRatersLatestScoreMainSeriesFirst() {
    let g = goal([
      ("2026-10-01", 3, "child"), ("2026-11-12", 5, "child"), ("2026-11-13", 7, "teacher"),
      ("2026-11-10", 6.5, "parents"),
    ])
    #expect(
      CloseCommand.describe(g, .nl)
        == "Doel g1: Durft vragen te stellen\n"
        + "  streefwaarde 7; laatste scores kind 5 (2026-11-12), ouders 6,5 (2026-11-10), "
        + "leerkracht 7 (2026-11-13)\n")
    #expect(
      CloseCommand.describe(g, .en).hasSuffix(
        "target 7; last scores child 5 (2026-11-12), parents 6.5 (2026-11-10), "
          + "teacher 7 (2026-11-13)\n"))
  }

  @Test func oneRaterIsNamedInTheWorkspacesLanguage() {
    // The latest by date, not the last in the file.
    let g = goal([("2026-11-12", 5, "child"), ("2026-10-01", 3, "child")])
    #expect(
      CloseCommand.describe(g, .nl).hasSuffix(
        "streefwaarde 7; laatste score 5 (kind, 2026-11-12)\n"))
  }
}
