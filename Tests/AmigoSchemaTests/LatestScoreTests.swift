import AmigoSchema
import Testing
import _AmigoTestSupport

/// `Goal.latestScore(onOrBefore:)` is the baseline rater's last score on or before a day, as
/// `raters` and `scores(by:)` define them: compared with them on random goals (dates alike,
/// scores without a date or a value, several raters, no rater named).
@Suite struct LatestScoreTests {
  @Test func latestScoreIsTheBaselineRatersLastScore() {
    var g = SeededGenerator(seed: 42)
    let raters: [String?] = [nil, "child", "teacher", "parent"]
    let base = LocalDate("2026-01-01")!
    for round in 0..<3_000 {
      var goal = Goal()
      for _ in 0..<Int.random(in: 0...8, using: &g) {
        var r = Rating()
        if Int.random(in: 0..<6, using: &g) > 0 {
          r.date = base.adding(days: Int.random(in: 0...(round % 2 == 0 ? 5 : 200), using: &g))
        }
        if Int.random(in: 0..<6, using: &g) > 0 {
          r.value = Double(Int.random(in: 1...10, using: &g))
        }
        r.rater = raters.randomElement(using: &g)!
        goal.ratings.append(r)
      }
      for day in [-1, 0, 3, 100, 300] {
        let date = base.adding(days: day)
        let reference: Double? =
          goal.raters.first.flatMap { rater in
            goal.scores(by: rater).last { $0.date <= date }?.value
          }
        #expect(goal.latestScore(onOrBefore: date) == reference, "round \(round), day \(day)")
      }
    }
  }
}
