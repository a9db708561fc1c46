import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// Issue 18 leftover: the profile rules point at the field itself from the model's positions,
/// wherever the key stands in its object (no scan of the file text).
@Suite struct ProfileSpanTests {
  @Test func aNotRecordedFieldIsPointedAtWhereverItStands() throws {
    var config = testConfig
    config.programmes[0].notRecorded = ["referral.concerns", "child.group"]
    config.programmes[0].referrers = ["care-coordinator"]
    // `concerns` and `by` before `date`, `group` before `label`: a text scan from the date or
    // the label missed them.
    let text = replacing(
      "referral:\n  date: 2026-09-01\n  by: teacher\n",
      "referral:\n  concerns: [bullying]\n  by: teacher\n  date: 2026-09-01\n"
    ).replacingOccurrences(
      of: "child:\n  label: Sam B.\n  born: 2016-03\n  group: 6\n",
      with: "child:\n  group: 6\n  label: Sam B.\n  born: 2016-03\n")
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: config, today: nil)
    let found = diagnostics.filter {
      ["field-not-recorded", "referrer-not-in-programme"].contains($0.code)
    }.map { "\($0.code) \($0.range!.start.line):\($0.range!.start.column)" }
    #expect(
      found.sorted() == [
        "field-not-recorded 12:13", "field-not-recorded 8:10", "referrer-not-in-programme 13:7",
      ], "\(found)")
  }
}
