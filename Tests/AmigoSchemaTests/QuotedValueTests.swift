import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The files are a strict YAML subset that every YAML tool reads to the same values (issue 20
/// QA): a quoted number or true/false (`minutes: "60"`) is text to PyYAML and the JSON Schema,
/// so amigo refuses it on both validate paths, with the fix; the reverse (a plain value that
/// typed readers read as a number, boolean, null or date where the schema takes text) is
/// `typed-plain-scalar`.
@Suite struct QuotedValueTests {
  static let today = LocalDate("2026-11-19")
  static var trajectory: String {
    (try? String(
      contentsOf: Fixtures.root.appendingPathComponent(
        "Examples/kansencoach/trajectories/KC-2026-W34N.yaml"), encoding: .utf8)) ?? ""
  }
  static var meeting: String {
    (try? String(
      contentsOf: Fixtures.root.appendingPathComponent(
        "Examples/kansencoach/activities/M-2026-4QT7.yaml"), encoding: .utf8)) ?? ""
  }

  /// Both validate paths of a trajectory; they must agree.
  static func trajectoryCodes(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let full = Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: "KC-2026-W34N", config: nil, today: today)
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "KC-2026-W34N", config: nil, today: today)
    #expect(quick.1 == full.1, "the two paths differ on\n\(text)")
    return full.1.map(\.code)
  }

  static func activityCodes(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let full = ActivityValidator.validate(
      YAMLDocument(bytes: bytes), fileName: "M-2026-4QT7", config: nil, index: nil, today: today)
    let quick = ActivityValidator.validate(
      bytes: bytes, fileName: "M-2026-4QT7", config: nil, index: nil, today: today)
    #expect(quick.1 == full.1, "the two paths differ on\n\(text)")
    return full.1.map(\.code)
  }

  @Test func theExamplesAreClean() {
    #expect(Self.trajectoryCodes(Self.trajectory).isEmpty)
    #expect(Self.activityCodes(Self.meeting).isEmpty)
  }

  /// Quoted whole numbers, numbers and booleans, in either quote style, at the top level, in a
  /// list item and in a flow mapping.
  @Test(arguments: [
    (
      "    minutes: 30\n    place: school\n    with: [parents]\n  - date: 2026-09-16",
      "    minutes: \"30\"\n    place: school\n    with: [parents]\n  - date: 2026-09-16"
    ),
    ("    minutes: 45", "    minutes: '45'"),
    ("  group: 5", "  group: \"5\""),
    ("  start: 2026-09-14", "  start: 2026-09-14\n  weeks: '12'"),
    ("    minutes: 45", "    minutes: 45\n    follow_up: 'false'"),
  ])
  func quotedValuesInATrajectoryAreErrors(_ replace: (String, String)) throws {
    let text = Self.trajectory.replacingOccurrences(of: replace.0, with: replace.1)
    #expect(text != Self.trajectory)
    let codes = Self.trajectoryCodes(text)
    #expect(codes.contains("quoted-value"), "\(codes)")
    let diagnostic = Validator.validateTrajectory(
      YAMLDocument(bytes: Array(text.utf8)), fileName: "KC-2026-W34N", config: nil,
      today: Self.today
    ).1.first { $0.code == "quoted-value" }
    #expect(diagnostic?.severity == .error)
    #expect(diagnostic?.helpText?.en.contains("without quotes") == true)
    #expect(diagnostic?.helpText?.nl.contains("zonder aanhalingstekens") == true)
  }

  @Test(arguments: [
    ("minutes: 60", "minutes: \"60\""), ("unnamed: 3", "unnamed: '3'"),
  ])
  func quotedValuesInAnActivityAreErrors(_ replace: (String, String)) {
    let text = Self.meeting.replacingOccurrences(of: replace.0, with: replace.1)
    #expect(text != Self.meeting)
    #expect(Self.activityCodes(text) == ["quoted-value"])
  }

  /// A quoted value that is no number at all stays `invalid-number` (one problem per value).
  @Test func aQuotedNonNumberIsNotANumber() {
    let text = Self.meeting.replacingOccurrences(of: "minutes: 60", with: "minutes: 'sixty'")
    #expect(Self.activityCodes(text) == ["invalid-number"])
  }

  /// The reverse: plain values that typed readers read as something else than text.
  @Test(arguments: [
    ("  request: Wordt snel boos in de klas.", "  request: yes"),
    ("  request: Wordt snel boos in de klas.", "  request: 2024"),
    ("  request: Wordt snel boos in de klas.", "  request: ~"),
    ("  request: Wordt snel boos in de klas.", "  request: 12:30"),
    ("  label: Sam B.", "  label: No"),
  ])
  func plainValuesTypedReadersReadOtherwiseAreErrors(_ replace: (String, String)) {
    let text = Self.trajectory.replacingOccurrences(of: replace.0, with: replace.1)
    #expect(text != Self.trajectory)
    #expect(Self.trajectoryCodes(text).contains("typed-plain-scalar"))
  }
}
