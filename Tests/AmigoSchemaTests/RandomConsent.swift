import AmigoSchema
import _AmigoTestSupport

/// Seeded material for the consent tests (`ConsentRuleTests`, `ActivityConsentVerdictsTests`):
/// days from 2025-09-01, lists of random values, and children born so that contacts fall around
/// their 12th or 16th birthday (or born unknown) with zero to three consent entries: given or
/// undated, by random givers for random scopes, some with an exception, some withdrawn wholly
/// or per scope.
struct RandomConsent {
  var random: SeededGenerator
  let participants = Schemas.participant.values.map(\.value) + ["unknown"]
  let givers = Schemas.consentGiver.values.map(\.value)
  let scopes = Schemas.consentScope.values.map(\.value)
  let exceptions = Schemas.consentException.values.map(\.value)
  let start = LocalDate(year: 2025, month: 9, day: 1)!.dayNumber

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func day(_ range: ClosedRange<Int>) -> LocalDate {
    LocalDate(dayNumber: start + Int.random(in: range, using: &random))
  }

  mutating func some<T>(_ values: [T], upTo n: Int) -> [T] {
    (0..<Int.random(in: 0...n, using: &random)).map { _ in
      values.randomElement(using: &random)!
    }
  }

  /// A trajectory `id` with a birth month (seven times in eight) and its consent entries.
  mutating func child(_ id: String) -> Trajectory {
    var t = Trajectory()
    t.id = id
    if Int.random(in: 0..<8, using: &random) > 0 {
      let year = [2009, 2010, 2013, 2014, 2018].randomElement(using: &random)!
      t.child.born = YearMonth(year: year, month: Int.random(in: 1...12, using: &random))
    }
    for _ in 0..<Int.random(in: 0...3, using: &random) {
      var consent = Consent()
      consent.date = Int.random(in: 0..<10, using: &random) == 0 ? nil : day(0...300)
      consent.givenBy = some(givers, upTo: 2)
      consent.scope = some(scopes, upTo: 3)
      consent.exception =
        Int.random(in: 0..<4, using: &random) == 0
        ? exceptions.randomElement(using: &random) : nil
      if Int.random(in: 0..<3, using: &random) == 0 {
        consent.withdrawn = day(0...400)
        consent.withdrawnScope = some(scopes, upTo: 2)
      }
      t.consent.append(consent)
    }
    return t
  }
}
