import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// A Dutch decimal comma in a flow mapping (`{date: …, value: 4,5, rater: child}`, `scores:
/// {emotional: 3,5, …}`) is YAML's comma between entries: the number 4 and a key `5` without a
/// value. It was reported as "unknown field '5' in rating", and in `scores:` as a
/// `typed-plain-scalar` whose fix, applied by `amigo fmt`, wrote `3,'5'` (ecosystem review §2).
/// Now one `invalid-number` that names the number and says to write a point, on both validate
/// paths, and nothing for `amigo fmt` to change.
@Suite struct DecimalCommaTests {
  static let today = LocalDate("2026-11-19")
  static var trajectory: String {
    (try? String(
      contentsOf: Fixtures.root.appendingPathComponent(
        "Examples/caseload/trajectories/AOS-2026-K7Q4.yaml"), encoding: .utf8)) ?? ""
  }

  static func diagnostics(_ text: String) -> [Diagnostic] {
    let bytes = Array(text.utf8)
    let full = Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: "AOS-2026-K7Q4", config: nil, today: today)
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "AOS-2026-K7Q4", config: nil, today: today)
    #expect(quick.1 == full.1, "the two paths differ on\n\(text)")
    return full.1
  }

  @Test(arguments: [
    (
      "{date: 2026-10-08, value: 4.5, rater: child}",
      "{date: 2026-10-08, value: 4,5, rater: child}", "4,5", "4.5"
    ),
    ("{emotional: 3, conduct: 4,", "{emotional: 3,5, conduct: 4,", "3,5", "3.5"),
    ("{emotional: 3, conduct: 4,", "{emotional: 3, conduct: 4,25,", "4,25", "4.25"),
  ])
  func aDecimalCommaIsOneErrorThatSaysToWriteAPoint(
    _ before: String, _ after: String, _ written: String, _ fixed: String
  ) throws {
    let original = Self.trajectory
    #expect(original.contains(before))
    let text = original.replacingOccurrences(of: before, with: after)
    let found = Self.diagnostics(text).filter { $0.severity == .error }
    #expect(found.map(\.code) == ["invalid-number"])
    let d = try #require(found.first)
    #expect(d.text.en.hasPrefix("'\(written)' is not a number"))
    #expect(d.text.nl.hasPrefix("'\(written)' is geen getal"))
    #expect(d.helpText?.en.contains(fixed) == true)
    #expect(d.helpText?.nl.contains(fixed) == true)
    // The caret covers the whole number as written.
    let line = try #require(
      text.split(separator: "\n", omittingEmptySubsequences: false).first {
        $0.contains(after)
      })
    let column = line.distance(from: line.startIndex, to: line.range(of: written)!.lowerBound)
    let range = try #require(d.range)
    #expect(range.start.column == column + 1)
    // `amigo fmt` has nothing to change here.
    let fixes = SchemaChecker.typedReadingFixes(
      YAMLDocument(bytes: Array(text.utf8)), against: Schemas.trajectory)
    #expect(fixes.isEmpty)
  }

  /// A comma with a space after it is a real separator; a key that is not digits after a
  /// number, or digits after a text, stay what they were.
  @Test func otherCommasAreNotDecimalCommas() {
    let original = Self.trajectory
    let spaced = original.replacingOccurrences(
      of: "{date: 2026-10-08, value: 4.5, rater: child}",
      with: "{date: 2026-10-08, value: 4, 5, rater: child}")
    #expect(Self.diagnostics(spaced).map(\.code).contains("unknown-field"))
    #expect(!Self.diagnostics(spaced).map(\.code).contains("invalid-number"))
  }
}

/// A one-line text (a label, a goal's text) with the line or paragraph separator written as an
/// escape (`label: "Sam \u2028 B."`) passed `validate`, though fields.md says such text has no
/// line breaks and editors, browsers and spreadsheets break the line there (ecosystem review
/// §6). It is `single-line-text`, as `\n` is; a note may still hold it.
@Suite struct LineSeparatorTests {
  @Test(arguments: ["\\u2028", "\\u2029", "\\L", "\\P", "\\n"])
  func aLineSeparatorInALabelIsALineBreak(_ escape: String) {
    let text = DecimalCommaTests.trajectory.replacingOccurrences(
      of: "label: Sam B.", with: "label: \"Sam \(escape) B.\"")
    #expect(DecimalCommaTests.diagnostics(text).map(\.code) == ["single-line-text"])
  }

  @Test func aNoteMayHoldOne() {
    let text = DecimalCommaTests.trajectory.replacingOccurrences(
      of:
        "note: Kennismaking. Sam vertelt over voetbal en zijn broertje. Hij doet enthousiast mee.",
      with: "note: \"Kennismaking.\\u2028Sam vertelt over voetbal en zijn broertje.\"")
    #expect(text != DecimalCommaTests.trajectory)
    #expect(DecimalCommaTests.diagnostics(text).filter { $0.severity == .error }.isEmpty)
  }
}
