import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files in git (issue 20): `history` and `changes` say what changed in words, and
/// the merge driver merges two workers' additions to one group.
@Suite struct ActivityGitTests {
  static let group = "activities/G-2026-0001.yaml"

  static let groupV1 = """
    schema: amigo.activity/1
    id: G-2026-0001
    type: group
    programme: amigos-op-school
    school: mijn-school
    workers: [begeleider]
    name: Samen sterk
    participants: [T-2026-AAAA]

    """

  /// A second child, `T-2026-AAAB`, with its own file.
  static func addSecondChild(_ s: GitSandbox, _ folder: String) throws {
    try s.write(
      folder,
      baseTrajectory.replacingOccurrences(of: "T-2026-AAAA", with: "T-2026-AAAB")
        .replacingOccurrences(of: "Sam B.", with: "Noor T."), "trajectories/T-2026-AAAB.yaml")
  }

  static func masked(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"  [0-9a-f]{7}  "#, with: "  HASH  ", options: .regularExpression)
  }

  @Test func historyAndChangesTellWhatChangedInAnActivityFile() throws {
    let s = try GitSandbox()
    let a = try s.team()
    try FileManager.default.createDirectory(
      atPath: a + "/activities", withIntermediateDirectories: true)
    func at(_ day: String) -> [String: String] {
      ["GIT_AUTHOR_DATE": "\(day)T16:00:00+02:00", "GIT_COMMITTER_DATE": "\(day)T16:00:00+02:00"]
    }
    try s.write(a, Self.groupV1, Self.group)
    let created = s.amigo(["changes"], in: a)
    #expect(created.status == .success, "\(created.err)")
    #expect(
      created.out.contains(
        "\nactivities/G-2026-0001.yaml\n  groepsmodule aangemaakt (1 deelnemer, 0 bijeenkomsten)\n"),
      "\(created.out)")
    #expect(s.commit(a, "group", at("2026-09-09")).status == 0)

    // A meeting with attendance.
    let v2 =
      Self.groupV1 + """
        meetings:
          - date: 2026-09-10
            minutes: 60
            present: [T-2026-AAAA]

        """
    try s.write(a, v2, Self.group)
    let meeting = s.amigo(["changes"], in: a).out
    #expect(
      meeting.contains("  groepsbijeenkomst 2026-09-10 toegevoegd (60 min, aanwezig 1)\n"),
      "\(meeting)")
    #expect(!meeting.contains("trajectories/"), "\(meeting)")
    #expect(s.commit(a, "meeting", at("2026-09-10")).status == 0)

    // A child joins the group, and its attendance is recorded afterwards.
    try Self.addSecondChild(s, a)
    let v3 = v2.replacingOccurrences(
      of: "participants: [T-2026-AAAA]", with: "participants: [T-2026-AAAA, T-2026-AAAB]"
    )
    .replacingOccurrences(
      of: "    present: [T-2026-AAAA]\n",
      with: "    present: [T-2026-AAAA]\n    excused: [T-2026-AAAB]\n")
    try s.write(a, v3, Self.group)
    let joined = s.amigo(["changes"], in: a).out
    #expect(joined.contains("  kind toegevoegd aan de groep: T-2026-AAAB\n"), "\(joined)")
    #expect(
      joined.contains("  aanwezigheid vastgelegd 2026-09-10: T-2026-AAAB afgemeld\n"), "\(joined)")
    let committed = s.commit(a, "join", at("2026-09-12"))
    #expect(committed.status == 0, "\(committed.text)\(committed.stderr)")

    let history = s.amigo(["history", "G-2026-0001"], in: a)
    #expect(history.status == .success, "\(history.err)")
    #expect(
      Self.masked(history.out) == """
        Geschiedenis van G-2026-0001 (groepsmodule): 3 commits, oudste eerst

        2026-09-09  HASH  Mila
          groepsmodule aangemaakt (1 deelnemer, 0 bijeenkomsten)

        2026-09-10  HASH  Mila
          groepsbijeenkomst 2026-09-10 toegevoegd (60 min, aanwezig 1)

        2026-09-12  HASH  Mila
          kind toegevoegd aan de groep: T-2026-AAAB
          aanwezigheid vastgelegd 2026-09-10: T-2026-AAAB afgemeld

        """, "\(history.out)")
    // A deleted activity file keeps its history under its id.
    try FileManager.default.removeItem(atPath: a + "/" + Self.group)
    #expect(s.amigo(["changes"], in: a).out.contains("activities/G-2026-0001.yaml\n  verwijderd\n"))
    #expect(s.commit(a, "gone", at("2026-09-13")).status == 0)
    let gone = s.amigo(["history", "G-2026-0001"], in: a)
    #expect(gone.status == .success, "\(gone.err)")
    #expect(gone.out.contains("4 commits"), "\(gone.out)")
    #expect(gone.out.hasSuffix("  verwijderd\n"), "\(gone.out)")
  }

  /// The team's workspace with a second child and a group of both, pushed; and a colleague.
  static func groupTeam(_ s: GitSandbox) throws -> (a: String, b: String) {
    let a = try s.team()
    try FileManager.default.createDirectory(
      atPath: a + "/activities", withIntermediateDirectories: true)
    try addSecondChild(s, a)
    try s.write(
      a,
      groupV1.replacingOccurrences(
        of: "participants: [T-2026-AAAA]", with: "participants: [T-2026-AAAA, T-2026-AAAB]")
          + """
          meetings:
            - date: 2026-09-10
              minutes: 60
              present: [T-2026-AAAA, T-2026-AAAB]

          """, group)
    let first = s.commit(a, "group")
    #expect(first.status == 0, "\(first.text)\(first.stderr)")
    s.sync(a)
    return (a, s.clone("b", user: "Jan"))
  }

  /// Two workers add a group meeting each, and attendance and a participant: git merges the
  /// group file with amigo's driver, keeping both, each once, in date order.
  @Test func twoWorkersAddingMeetingsToOneGroupMergeCleanly() throws {
    let s = try GitSandbox()
    let (a, b) = try Self.groupTeam(s)
    #expect(s.read(b, ".gitattributes").contains("activities/*.yaml merge=amigo"))
    // Mila: a meeting on the 17th, Sam excused.
    try s.write(
      a,
      s.read(a, Self.group) + """
          - date: 2026-09-17
            minutes: 45
            present: [T-2026-AAAA]
            excused: [T-2026-AAAB]

        """, Self.group)
    #expect(s.commit(a, "meeting 17").status == 0)
    s.sync(a)
    // Jan, meanwhile: a meeting on the 24th, and one more participant.
    try s.write(
      b,
      baseTrajectory.replacingOccurrences(of: "T-2026-AAAA", with: "T-2026-AAAC")
        .replacingOccurrences(of: "Sam B.", with: "Ali K."), "trajectories/T-2026-AAAC.yaml")
    try s.write(
      b,
      s.read(b, Self.group).replacingOccurrences(
        of: "participants: [T-2026-AAAA, T-2026-AAAB]",
        with: "participants: [T-2026-AAAA, T-2026-AAAB, T-2026-AAAC]")
          + """
            - date: 2026-09-24
              minutes: 60
              present: [T-2026-AAAA, T-2026-AAAC]
              absent: [T-2026-AAAB]

          """, Self.group)
    #expect(s.commit(b, "meeting 24").status == 0)
    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status == 0, "\(pull.text)\(pull.stderr)")
    let merged = s.read(b, Self.group)
    #expect(!merged.contains("<<<<<<<"), "\(merged)")
    let dates = merged.split(separator: "\n").filter { $0.hasPrefix("  - date: ") }
      .map { String($0.dropFirst("  - date: ".count)) }
    #expect(dates == ["2026-09-10", "2026-09-17", "2026-09-24"], "\(merged)")
    #expect(merged.contains("participants: [T-2026-AAAA, T-2026-AAAB, T-2026-AAAC]"), "\(merged)")
    #expect(merged.contains("    excused: [T-2026-AAAB]\n"), "\(merged)")
    let check = s.amigo(["validate"], in: b)
    #expect(check.status == .success, "\(check.out)")
    #expect((Int(s.git(["rev-list", "--merges", "--count", "HEAD"], in: b).line) ?? 0) == 1)
  }

  /// The same meeting added on both sides with different minutes is kept twice, and the
  /// driver refuses the result, saying why: a group meets once a day.
  @Test func aMeetingAddedTwiceDifferentlyIsAClearConflict() throws {
    let s = try GitSandbox()
    let (a, b) = try Self.groupTeam(s)
    let base = s.read(a, Self.group)
    // Both record a meeting on the 17th: Mila 45 minutes, Jan 60.
    try s.write(
      a, base + "  - date: 2026-09-17\n    minutes: 45\n    present: [T-2026-AAAA]\n",
      Self.group)
    #expect(s.commit(a, "17 by Mila").status == 0)
    s.sync(a)
    try s.write(
      b, base + "  - date: 2026-09-17\n    minutes: 60\n    present: [T-2026-AAAB]\n",
      Self.group)
    #expect(s.commit(b, "17 by Jan").status == 0)
    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status != 0)
    let said = pull.text + pull.stderr
    #expect(said.contains("error[meeting-twice]"), "\(said)")
    #expect(said.contains("twee bijeenkomsten op 2026-09-17"), "\(said)")
    #expect(said.contains("CONFLICT"), "\(said)")
    // Nothing is lost: both meetings are in the file, for the worker to make one of them.
    let merged = s.read(b, Self.group)
    #expect(merged.contains("minutes: 45") && merged.contains("minutes: 60"), "\(merged)")
  }

  /// One child recorded present on one side and absent on the other at the same meeting: the
  /// driver refuses the merged file and says why.
  @Test func oneChildRecordedDifferentlyOnBothSidesIsRefused() throws {
    let s = try GitSandbox()
    let (a, b) = try Self.groupTeam(s)
    let base = s.read(a, Self.group)
    try s.write(
      a, base + "  - date: 2026-09-17\n    minutes: 45\n    present: [T-2026-AAAA]\n",
      Self.group)
    #expect(s.commit(a, "17 by Mila").status == 0)
    s.sync(a)
    try s.write(
      b,
      base.replacingOccurrences(
        of: "    present: [T-2026-AAAA, T-2026-AAAB]\n",
        with: "    present: [T-2026-AAAB]\n    absent: [T-2026-AAAA]\n"), Self.group)
    #expect(s.commit(b, "AAAA was absent on the 10th").status == 0)
    // Mila, after the sync, corrects the 10th otherwise: the same child excused.
    try s.write(
      a,
      s.read(a, Self.group).replacingOccurrences(
        of: "    present: [T-2026-AAAA, T-2026-AAAB]\n",
        with: "    present: [T-2026-AAAB]\n    excused: [T-2026-AAAA]\n"), Self.group)
    #expect(s.commit(a, "AAAA was excused on the 10th").status == 0)
    s.sync(a)
    let pull = s.git(["pull", "--no-rebase", "--no-edit"], in: b)
    #expect(pull.status != 0)
    let said = pull.text + pull.stderr
    #expect(said.contains("twee keer genoemd in de aanwezigheid van 2026-09-10"), "\(said)")
    #expect(said.contains("beide kanten hebben dezelfde bijeenkomst of hetzelfde kind anders vastgelegd"), "\(said)")
  }
}
