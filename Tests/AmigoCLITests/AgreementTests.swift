import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// What a meeting about several children agreed for one child lives in that child's own file
/// (`agreements:`), refers to the activity and carries no minutes (issue 20).
@Suite struct AgreementTests {
  static func run(_ args: [String], in dir: URL) -> (Int32, String, String) {
    let env = Environment(currentDirectory: dir.path)
    let today = args.first == "erase" ? [] : ["--today", "2026-11-19"]
    let status = Amigo.run(args + ["--dir", dir.path] + today, environment: env)
    return (status.rawValue, env.stdout.text, env.stderr.text)
  }

  static func read(_ dir: URL, _ path: String) throws -> String {
    try String(contentsOfFile: dir.path + "/" + path, encoding: .utf8)
  }

  static func write(_ dir: URL, _ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: dir.path + "/" + path))
  }

  @Test func agreeWritesTheAgreementInTheChildsFileWithoutMinutes() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    let before = try Self.read(dir, "trajectories/KC-2026-W34N.yaml")
    let activity = try Self.read(dir, "activities/M-2026-4QT7.yaml")
    let (status, out, err) = Self.run(
      ["agree", "W34N", "4QT7", "IB plant een gesprek met ouders"], in: dir)
    #expect(status == 0, "\(err)")
    #expect(out.contains("M-2026-4QT7 op 2026-10-20"), "\(out)")
    let after = try Self.read(dir, "trajectories/KC-2026-W34N.yaml")
    #expect(
      after.contains(
        """
        agreements:
          - date: 2026-10-20
            activity: M-2026-4QT7
            agreed: IB plant een gesprek met ouders

        """), "\(after)")
    // Only the agreement was added; the activity file is untouched; no minutes were copied.
    #expect(after.count > before.count)
    #expect(try Self.read(dir, "activities/M-2026-4QT7.yaml") == activity)
    let added = after.dropFirst(after.range(of: "agreements:")!.lowerBound.utf16Offset(in: after))
    #expect(!added.prefix(120).contains("minutes"))
    #expect(Self.run(["validate", "--strict"], in: dir).0 == 0)

    // The child report lists it; the period report's minutes do not change.
    let report = Self.run(["report", "--child", "W34N", "--lang", "en"], in: dir)
    #expect(report.1.contains("IB plant een gesprek met ouders"), "\(report.1)\(report.2)")

    // Twice the same meeting: refused, nothing changed.
    let again = Self.run(["agree", "W34N", "4QT7", "iets anders"], in: dir)
    #expect(again.0 == 65)
    #expect(again.2.contains("heeft al een afspraak"), "\(again.2)")
    #expect(try Self.read(dir, "trajectories/KC-2026-W34N.yaml") == after)
  }

  @Test func agreeRefusesAChildTheActivityDoesNotNameOrAnotherDay() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    let before = try Self.read(dir, "trajectories/KC-2026-7TAQ.yaml")
    let notNamed = Self.run(["agree", "KC-2026-7TAQ", "M-2026-4QT7", "x"], in: dir)
    #expect(notNamed.0 == 65)
    #expect(notNamed.2.contains("noemt KC-2026-7TAQ niet"), "\(notNamed.2)")
    let wrongDay = Self.run(
      ["agree", "KC-2026-W34N", "M-2026-4QT7", "x", "--date", "2026-10-21"], in: dir)
    #expect(wrongDay.0 == 65)
    #expect(wrongDay.2.contains("is niet gehouden op 2026-10-21"), "\(wrongDay.2)")
    #expect(try Self.read(dir, "trajectories/KC-2026-7TAQ.yaml") == before)
  }

  @Test func aGroupAgreementTakesTheChildsLastGroupMeeting() throws {
    let copy = try ExampleWorkspaceCopy("tijd-voor-toekomst")
    let dir = copy.work
    let (status, _, err) = Self.run(
      ["agree", "TVT-2026-KSS3", "G-2026-608B", "oefent thuis de ademhaling"], in: dir)
    #expect(status == 0, "\(err)")
    let after = try Self.read(dir, "trajectories/TVT-2026-KSS3.yaml")
    #expect(after.contains("  - date: 2026-11-03\n    activity: G-2026-608B\n"), "\(after)")
    #expect(Self.run(["validate", "--strict"], in: dir).0 == 0)
  }

  /// `validate` checks every agreement against the activity files, on the fast path (a
  /// canonical file) and the full one (a file with a comment the fast path leaves to it).
  @Test(arguments: [false, true])
  func validateReportsDanglingAndMismatchedAgreements(fullPath: Bool) throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    #expect(Self.run(["agree", "W34N", "4QT7", "IB belt ouders"], in: dir).0 == 0)
    let file = "trajectories/KC-2026-W34N.yaml"
    var good = try Self.read(dir, file)
    if fullPath { good = good.replacingOccurrences(of: "agreements:\n", with: "agreements: # x\n") }
    func check(_ text: String, code: String, line: String) throws {
      try Self.write(dir, file, text)
      let (status, out, _) = Self.run(["validate"], in: dir)
      #expect(status == 1, "\(out)")
      #expect(out.contains("error[\(code)]"), "\(out)")
      #expect(out.contains(line), "\(out)")
    }
    try check(
      good.replacingOccurrences(of: "activity: M-2026-4QT7", with: "activity: M-2026-4QT8"),
      code: "unknown-activity", line: "bedoelde je 'M-2026-4QT7'?")
    try check(
      good.replacingOccurrences(
        of: "  - date: 2026-10-20\n    activity", with: "  - date: 2026-10-27\n    activity"),
      code: "agreement-date", line: "is niet gehouden op 2026-10-27 (wel op 2026-10-20)")
    // The same agreement in a child the meeting did not discuss.
    let other = "trajectories/KC-2026-7TAQ.yaml"
    let otherText = try Self.read(dir, other)
    try Self.write(dir, file, good)
    let agreement =
      "agreements:\n  - date: 2026-10-20\n    activity: M-2026-4QT7\n    agreed: IB belt ouders\n"
    let insert = otherText + agreement
    #expect(insert != otherText)
    try Self.write(dir, other, insert)
    let (status, out, _) = Self.run(["validate", other], in: dir)
    #expect(status == 1, "\(out)")
    #expect(out.contains("error[agreement-not-named]"), "\(out)")
    try Self.write(dir, other, otherText)

    // The activity erased: the agreement dangles, and says so.
    try FileManager.default.removeItem(atPath: dir.path + "/activities/M-2026-4QT7.yaml")
    let (s2, out2, _) = Self.run(["validate"], in: dir)
    #expect(s2 == 1)
    #expect(out2.contains("error[unknown-activity]"), "\(out2)")
    #expect(out2.contains("KC-2026-W34N.yaml"), "\(out2)")
  }

  /// Erasing another child the meeting discussed leaves this child's agreement intact.
  @Test func erasingAnotherChildLeavesTheAgreement() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    #expect(Self.run(["agree", "W34N", "4QT7", "IB belt ouders"], in: dir).0 == 0)
    let mine = try Self.read(dir, "trajectories/KC-2026-W34N.yaml")
    let (status, _, err) = Self.run(["erase", "KC-2026-109Y", "--yes"], in: dir)
    #expect(status == 0, "\(err)")
    #expect(try Self.read(dir, "trajectories/KC-2026-W34N.yaml") == mine)
    let activity = try Self.read(dir, "activities/M-2026-4QT7.yaml")
    #expect(!activity.contains("KC-2026-109Y"))
    #expect(activity.contains("KC-2026-W34N"))
    let (s2, out2, _) = Self.run(["validate", "--strict"], in: dir)
    #expect(s2 == 0, "\(out2)")
  }
}
