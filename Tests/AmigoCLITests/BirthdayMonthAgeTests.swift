import Foundation
import Testing

/// A child's age from its birth year-month is either of two in the birthday month
/// (`ConsentLaw.Age`). Every place that shows or judges an age says it as the consent line does,
/// so one child never has two ages on one screen.
@Suite struct BirthdayMonthAgeTests {
  typealias Workspace = PeopleCommandTests.Workspace
  let file = "trajectories/AOS-2026-K7Q4.yaml"  // start 2026-09-07, today 2026-11-19

  @Test func theChildReportAndShowSayBothAgesInTheBirthdayMonth() throws {
    let w = try Workspace()
    // Born in September: the start (7 September) is in the birthday month.
    try w.edit(file) { $0.replacingOccurrences(of: "born: 2016-04", with: "born: 2017-09") }
    let (status, out, err) = w.run(["report", "--child", "K7Q4"])
    #expect(status == .success, "\(err)")
    #expect(out.contains("Leeftijd bij start:     8 of 9\n"), "\(out)")
    #expect(out.contains("[x] leeftijd 8 of 9 (8-13)"), "\(out)")
    // JSON keeps its whole number.
    #expect(w.run(["report", "--child", "K7Q4", "--format", "json"]).1.contains("\"age\": 9,"))

    // Born in November: today (19 November) is in the birthday month, for the consent line
    // and `show` alike.
    try w.edit(file) { $0.replacingOccurrences(of: "born: 2017-09", with: "born: 2017-11") }
    let report = w.run(["report", "--child", "K7Q4"]).1
    #expect(report.contains("Leeftijd bij start:     8\n"), "\(report)")
    #expect(report.contains("(kind 8 of 9 jaar)"), "\(report)")
    let show = w.run(["show", "K7Q4"]).1
    #expect(show.contains("geboren 2017-11 (8 of 9 jaar)"), "\(show)")
  }

  @Test func anAgeBandIsJudgedOnEitherAgeInTheBirthdayMonth() throws {
    let w = try Workspace()
    // 13 or 14 at the start, for a programme of 8-13: possibly in the band, no warning.
    try w.edit(file) { $0.replacingOccurrences(of: "born: 2016-04", with: "born: 2012-09") }
    #expect(!w.run(["validate"]).1.contains("age-outside-band"))
    // 14 for certain: warned, with the one age.
    try w.edit(file) { $0.replacingOccurrences(of: "born: 2012-09", with: "born: 2012-08") }
    let out = w.run(["validate"]).1
    #expect(out.contains("warning[age-outside-band]: het kind is 14 bij de start"), "\(out)")
  }

  /// A birth month after the referral (a typo of the year) makes every age below 0: an error at
  /// `child.born`, so `new-child` writes nothing; born in the referral's month is fine.
  @Test func aChildBornAfterTheReferralIsAnError() throws {
    let w = try Workspace()
    let child = [
      "new-child", "--label", "Ivo K.", "--referral-date", "2026-10-05", "--referred-by", "ib",
      "--school", "de-zeester", "--worker", "mvd", "--programme", "amigos-op-school",
    ]
    let before = try FileManager.default.contentsOfDirectory(
      atPath: w.work.appendingPathComponent("trajectories").path)
    let (refused, _, err) = w.run(child + ["--born", "2026-11"])
    #expect(refused == .dataError, "\(err)")
    #expect(
      err.contains("error[born-after-referral]: het kind is geboren (2026-11) na de aanmelding"),
      "\(err)")
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: w.work.appendingPathComponent("trajectories").path) == before)
    let (status, _, accepted) = w.run(child + ["--born", "2016-10"])
    #expect(status == .success, "\(accepted)")

    // In a file: `validate` names the line.
    try w.edit(file) { $0.replacingOccurrences(of: "born: 2016-04", with: "born: 2026-07") }
    let out = w.run(["validate"]).1
    #expect(out.contains("AOS-2026-K7Q4.yaml:"), "\(out)")
    #expect(out.contains("error[born-after-referral]"), "\(out)")
  }
}
