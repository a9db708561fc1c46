import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Text a worker typed is never lost when amigo cannot write it: it is kept in a private file
/// in amigo's recovery folder, and the error says where.
@Suite struct RecoveryTests {
  /// A copy of the example workspace with strict privacy, and a private state folder.
  final class Fixture {
    let ws: ExampleCopy
    let state: String

    init(strict: Bool = true) throws {
      ws = try ExampleCopy()
      state = ws.path + "-state"
      if strict {
        let config = ws.path + "/amigo.yaml"
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try (text + "\nprivacy:\n  strict: true\n").write(
          toFile: config, atomically: true, encoding: .utf8)
      }
    }

    deinit {
      ws.remove()
      try? FileManager.default.removeItem(atPath: state)
    }

    var recoveryFolder: String { state + "/amigo/recovery" }

    /// The recovery files, by name.
    var kept: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: recoveryFolder)) ?? []).sorted()
    }

    func text(_ name: String) -> String {
      (try? String(contentsOfFile: recoveryFolder + "/" + name, encoding: .utf8)) ?? ""
    }

    func mode(_ path: String) -> Int {
      ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    func run(
      _ args: [String], stdin: String = "", answers: [String]? = nil,
      variables: [String: String] = [:]
    ) -> (status: Int32, stdout: String, stderr: String) {
      var env = Environment(
        variables: variables.merging(["XDG_STATE_HOME": state]) { a, _ in a },
        currentDirectory: ws.path, today: LocalDate("2026-11-19")!)
      let data = Data(stdin.utf8)
      env.standardInput = { data }
      if let answers {
        let queue = LineQueue(answers)
        env.isInteractive = true
        env.readLine = { queue.next() }
      }
      let status = Amigo.run(args, environment: env)
      return (status.rawValue, env.stdout.text, env.stderr.text)
    }
  }

  static let note = "Regel een.\nRegel twee.\nMoeder vroeg of ik haar terugbel op 06 12 34 56 78.\n"

  @Test func aRefusedNoteFromStandardInputIsKeptAndTheErrorPointsAtItsLine() throws {
    let f = try Fixture()
    let file = f.ws.path + "/trajectories/AOS-2026-K7Q4.yaml"
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let r = f.run(
      ["log-session", "K7Q4", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(r.status == 65)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
    // The caret is on the line with the number, under the number.
    #expect(r.stderr.contains(":43: error[possible-phone-number]"))
    #expect(r.stderr.contains(" |       Moeder vroeg of ik haar terugbel op 06 12 34 56 78.\n"))
    #expect(r.stderr.contains(" |" + String(repeating: " ", count: 43) + "^^^^^^^^^^^^^^\n"))
    #expect(!r.stderr.contains("note: |"))
    // The note is kept, owner-only, and the error says where.
    #expect(f.kept == ["note-AOS-2026-K7Q4-2026-11-19-1.txt"])
    #expect(f.text("note-AOS-2026-K7Q4-2026-11-19-1.txt") == Self.note)
    let kept = f.recoveryFolder + "/note-AOS-2026-K7Q4-2026-11-19-1.txt"
    #expect(f.mode(kept) == 0o600)
    #expect(f.mode(f.recoveryFolder) == 0o700)
    #expect(r.stderr.contains("je notitie is bewaard in \(kept)"))
    #expect(r.stderr.contains("--note-file '\(kept)'"))
    // It can be used as it is, once the number is gone; a second refusal does not overwrite it.
    let again = f.run(
      ["log-session", "K7Q4", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(again.status == 65)
    #expect(
      f.kept == ["note-AOS-2026-K7Q4-2026-11-19-1.txt", "note-AOS-2026-K7Q4-2026-11-19-2.txt"])
  }

  @Test func aNoteFromAFileIsKeptWhenTheWriteFailsForAnyReason() throws {
    let f = try Fixture(strict: false)
    let noteFile = f.ws.path + "-note.txt"
    defer { try? FileManager.default.removeItem(atPath: noteFile) }
    try "Kort gesprek.\n".write(toFile: noteFile, atomically: true, encoding: .utf8)
    // No such child.
    let r = f.run(["log-session", "NOBODY", "--note-file", noteFile])
    #expect(r.status == 66)
    #expect(f.kept == ["note-2026-11-19-1.txt"])
    #expect(f.text("note-2026-11-19-1.txt") == "Kort gesprek.\n")
    #expect(r.stderr.contains("geen traject past bij 'NOBODY'"))
    #expect(r.stderr.contains("je notitie is bewaard in"))
  }

  @Test func aNoteOnTheCommandLineOrAWrittenNoteLeavesNoFile() throws {
    let f = try Fixture()
    let refused = f.run(["log-session", "K7Q4", "--note", "bel 06 12 34 56 78"])
    #expect(refused.status == 65)
    let written = f.run(["log-session", "K7Q4", "--note-file", "-"], stdin: "Goed gesprek.\n")
    #expect(written.status == 0)
    #expect(f.kept == [])
  }

  @Test func withoutAStateFolderTheHomeFolderIsUsedAndMadePrivate() throws {
    let f = try Fixture()
    let home = f.state + "/home"
    // A state folder that others can read is made private.
    try FileManager.default.createDirectory(
      atPath: home + "/.local/state", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    try FileManager.default.createDirectory(
      atPath: home + "/.local/state/amigo/recovery", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    let r = f.run(
      ["log-session", "K7Q4", "--note-file", "-"], stdin: Self.note,
      variables: ["HOME": home, "XDG_STATE_HOME": "relative/is/ignored"])
    #expect(r.status == 65)
    let kept = home + "/.local/state/amigo/recovery/note-AOS-2026-K7Q4-2026-11-19-1.txt"
    #expect(FileManager.default.contents(atPath: kept) == Data(Self.note.utf8))
    #expect(f.mode(kept) == 0o600)
    #expect(f.mode(home + "/.local/state/amigo/recovery") == 0o700)
  }

  @Test func aRecoveryFolderThatIsAFileIsPassedOver() throws {
    let f = try Fixture()
    try FileManager.default.createDirectory(
      atPath: f.state + "/amigo", withIntermediateDirectories: true)
    try "not a folder".write(toFile: f.recoveryFolder, atomically: true, encoding: .utf8)
    let tmp = f.state + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    let r = f.run(
      ["log-session", "K7Q4", "--note-file", "-"], stdin: Self.note, variables: ["TMPDIR": tmp])
    #expect(r.status == 65)
    let folder = tmp + "/amigo-recovery-\(getuid())"
    #expect(
      FileManager.default.contents(atPath: folder + "/note-AOS-2026-K7Q4-2026-11-19-1.txt")
        == Data(Self.note.utf8))
    #expect(f.mode(folder) == 0o700)
    #expect(
      r.stderr.contains("je notitie is bewaard in \(folder)/note-AOS-2026-K7Q4-2026-11-19-1.txt"))
  }

  // MARK: - new-child on a terminal

  /// Answers to every question of `new-child` in the example workspace, label and request
  /// replaced.
  static func answers(label: [String], request: [String]) -> [String] {
    label + ["2016-03", "meisje", "6", "de-zeester", "mvd", "amigos-op-school", "", "ib", ""]
      + request + [""]
  }

  /// The one file `new-child` created, by its text.
  static func created(_ f: Fixture, _ before: Set<String>) throws -> String {
    let folder = f.ws.path + "/trajectories"
    let now = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
    let new = try #require(now.subtracting(before).first)
    return try String(contentsOfFile: folder + "/" + new, encoding: .utf8)
  }

  static func files(_ f: Fixture) throws -> Set<String> {
    Set(try FileManager.default.contentsOfDirectory(atPath: f.ws.path + "/trajectories"))
  }

  @Test func aStrictWorkspaceAsksAgainForAFullNameOrANumberAndKeepsTheOtherAnswers() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    let r = f.run(
      ["new-child"],
      answers: Self.answers(
        label: ["Noor Achterberg", "Noor A."],
        request: ["Moeder: bel 06 12 34 56 78", "Noor piekert veel."]))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stderr.contains(
        "  error[possible-full-name]: het label 'Noor Achterberg' lijkt een volledige naam\n"))
    #expect(
      r.stderr.contains(
        "  error[possible-phone-number]: deze tekst lijkt een telefoonnummer te bevatten\n"))
    #expect(r.stderr.contains("Antwoord opnieuw; wat je eerder antwoordde, blijft bewaard."))
    let text = try Self.created(f, before)
    #expect(text.contains("  label: Noor A.\n"))
    #expect(text.contains("  born: 2016-03\n"))
    #expect(text.contains("  by: care-coordinator\n"))
    #expect(text.contains("  request: Noor piekert veel.\n"))
    #expect(f.kept == [])
  }

  /// A birth month answered before a referral date it comes after: the birth month is asked
  /// again (the referral date is not), and nothing else is lost.
  @Test func aBirthMonthAfterTheReferralIsAskedAgain() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    let r = f.run(
      ["new-child"],
      answers: [
        "Ivo K.", "2026-11", "", "", "de-zeester", "mvd", "amigos-op-school", "2026-10-05",
        "2026-11", "2016-11", "ib", "", "", "",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stderr.contains(
        "  error[born-after-referral]: het kind is geboren (2026-11) na de aanmelding (2026-10-05)\n"
      ), "\(r.stderr)")
    // Asked again until it is not after the referral.
    #expect(r.stderr.components(separatedBy: "Geboren (JJJJ-MM, mag leeg): ").count == 4)
    #expect(r.stderr.contains("Antwoord opnieuw; wat je eerder antwoordde, blijft bewaard."))
    #expect(r.stderr.components(separatedBy: "Datum aanmelding [").count == 2)
    let text = try Self.created(f, before)
    #expect(text.contains("  born: 2016-11\n"), "\(text)")
    #expect(text.contains("  date: 2026-10-05\n"), "\(text)")
    #expect(f.kept == [])
  }

  @Test func withoutStrictPrivacyAWarningIsConfirmedBeforeTheNextQuestion() throws {
    let f = try Fixture(strict: false)
    let before = try Self.files(f)
    let r = f.run(
      ["new-child"],
      answers: Self.answers(
        label: ["Noor Achterberg", "n", "Noor Achterberg", "j"], request: ["Noor piekert."]))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("  warning[possible-full-name]: het label 'Noor Achterberg'"))
    #expect(r.stderr.contains("  'Noor Achterberg' toch houden? [j/N] "))
    #expect(try Self.created(f, before).contains("  label: Noor Achterberg\n"))
  }

  @Test func onATerminalAnOptionTheFileCouldNotHoldIsAskedFor() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    let r = f.run(
      ["new-child", "--label", "Noor Achterberg", "--request", "BSN 111222333"],
      answers: [
        "Noor A.", "2016-03", "", "", "de-zeester", "mvd", "amigos-op-school", "", "ib",
        "", "Noor piekert.", "",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stderr.hasPrefix(
        "  error[possible-full-name]: het label 'Noor Achterberg' lijkt een volledige naam (--label)\n"
      ))
    #expect(r.stderr.contains("een burgerservicenummer (BSN) te bevatten (--request)\n"))
    let text = try Self.created(f, before)
    #expect(text.contains("  label: Noor A.\n"))
    #expect(text.contains("  request: Noor piekert.\n"))
  }

  @Test func answersAreKeptWhenTheCommandStopsAfterAQuestion() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    // The answers end (Ctrl-D) at the question for the request.
    let r = f.run(
      ["new-child"],
      answers: [
        "Noor A.", "2016-03", "", "", "de-zeester", "mvd", "amigos-op-school", "", "ib",
        "angst, faalangst",
      ])
    #expect(r.status == 64)
    #expect(try Self.files(f) == before, "nothing written")
    #expect(f.kept == ["new-child-2026-11-19-1.txt"])
    let command =
      "amigo new-child --label 'Noor A.' --born 2016-03 --school de-zeester --worker mvd"
      + " --programme amigos-op-school --referral-date 2026-11-19 --referred-by care-coordinator"
      + " --concern anxiety"
    #expect(f.text("new-child-2026-11-19-1.txt").hasSuffix(command + "\n"))
    #expect(r.stderr.contains("amigo: je antwoorden zijn bewaard in "))
    #expect(r.stderr.contains(f.recoveryFolder + "/new-child-2026-11-19-1.txt"))
  }

  /// The kept command carries the earlier trajectory (`--previous`) and the sibling (issue 23):
  /// run again, it links both as the interrupted run would have.
  @Test func theKeptCommandNamesThePreviousTrajectoryAndTheSibling() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    let r = f.run(
      ["new-child", "--previous", "AOS-2025-6NCE", "--sibling-of", "AOS-2026-0DXR"],
      answers: ["Noor A.", "2016-03", "", "", "de-zeester", "mvd", "amigos-op-school"])
    #expect(r.status == 64)
    #expect(try Self.files(f) == before, "nothing written")
    let kept = f.text("new-child-2026-11-19-1.txt")
    #expect(kept.contains(" --sibling-of AOS-2026-0DXR"), "\(kept)")
    #expect(kept.contains(" --previous AOS-2025-6NCE\n"), "\(kept)")
    #expect(!kept.contains("--family"), "a made-up family id would not link the sibling")

    // A family id given is kept as given.
    let g = try Fixture()
    _ = g.run(
      ["new-child", "--family", "F-7KQ4"],
      answers: ["Noor A.", "2016-03", "", "", "de-zeester", "mvd", "amigos-op-school"])
    #expect(g.text("new-child-2026-11-19-1.txt").contains(" --family F-7KQ4"))
  }

  @Test func nothingIsAskedWhenTheWorkspaceCannotBeWritten() throws {
    let f = try Fixture()
    try FileManager.default.createDirectory(
      atPath: f.ws.path + "/.amigo.lock", withIntermediateDirectories: true)
    let r = f.run(["new-child"], answers: Self.answers(label: ["Noor A."], request: [""]))
    #expect(r.status == 74)
    #expect(!r.stderr.contains("Label"))
    #expect(r.stderr.hasSuffix("; er is niets gevraagd en niets geschreven\n"))
  }

  @Test func anInvalidValueGivenAsAnOptionIsNamedByItsOptionNotByALineOfNoFile() throws {
    let f = try Fixture()
    let before = try Self.files(f)
    let r = f.run([
      "new-child", "--label", "Noor Achterberg", "--school", "de-zeester", "--worker", "mvd",
      "--programme", "amigos-op-school", "--referred-by", "ib", "--request",
      "Bel moeder: 06 12 34 56 78",
    ])
    #expect(r.status == 65)
    #expect(try Self.files(f) == before)
    #expect(
      r.stderr.contains(
        "amigo: error[possible-full-name]: het label 'Noor Achterberg' lijkt een volledige naam (--label)\n"
      ))
    #expect(
      r.stderr.contains(
        "amigo: error[possible-phone-number]: deze tekst lijkt een telefoonnummer te bevatten (--request)\n"
      ))
    #expect(
      r.stderr.hasSuffix("amigo: het nieuwe traject zou niet geldig zijn; er is niets geschreven\n")
    )
    #expect(!r.stderr.contains("amigo: amigo:"), "one prefix a line")
    #expect(r.stderr.hasPrefix("amigo: error["), "the first problem opens the message")
    #expect(!r.stderr.contains("trajectories/"), "no line of a file that does not exist")
    #expect(!r.stderr.contains(" | "), "no excerpt")
    #expect(f.kept == [], "the values are on the command line")
  }

  // MARK: - erase

  /// A note or statement for a child that was erased is not kept: it is about that child, and
  /// a recovery file would outlive the erasure (erase has run already, and does not run again).
  @Test func textAboutAnErasedChildIsNotKept() throws {
    let f = try Fixture()
    let erased = f.run(["erase", "AOS-2026-K7Q4", "--yes"])
    #expect(erased.status == 0, "\(erased.stderr)")
    let note = f.run(
      ["log-session", "AOS-2026-K7Q4", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(note.status == 66)
    #expect(
      note.stderr.hasSuffix(
        "amigo: je notitie is niet bewaard: AOS-2026-K7Q4 is gewist op 19 nov 2026, en van een gewist kind blijft niets achter\n"
      ), "\(note.stderr)")
    // A lower-case id names it too; a child that was never erased still gets its note kept.
    let lower = f.run(
      ["log-session", "aos-2026-k7q4", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(lower.stderr.contains("je notitie is niet bewaard"), "\(lower.stderr)")
    #expect(f.kept == [])
    let unknown = f.run(
      ["log-session", "AOS-2026-ZZZ9", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(unknown.status == 66)
    #expect(f.kept == ["note-2026-11-19-1.txt"])
  }

  /// `erase` removes the recovery files that hold the trajectory's text (they carry its id),
  /// in every recovery folder amigo may have used, and names the files that name no
  /// trajectory; it touches nothing else: another child's files, a link (not its target), a
  /// file outside the recovery folder.
  @Test func eraseRemovesTheTrajectorysRecoveryFilesAndNamesTheUnnamedOnes() throws {
    let f = try Fixture()
    let fm = FileManager.default
    // A refused note of the child (kept by amigo itself) and a statement from standard input.
    let refused = f.run(
      ["log-session", "K7Q4", "-d", "2026-11-18", "--note-file", "-"], stdin: Self.note)
    #expect(refused.status == 65)
    // (A folder where the lock file goes: the statement cannot be written.)
    let lock = f.ws.path + "/.amigo.lock"
    try? fm.removeItem(atPath: lock)
    try fm.createDirectory(atPath: lock, withIntermediateDirectories: true)
    let statement = f.run(["statement", "K7Q4", "--file", "-"], stdin: "Wij zijn het oneens.\n")
    #expect(statement.status != 0)
    #expect(statement.stderr.contains("statement-AOS-2026-K7Q4-2026-11-19-1.txt"))
    try fm.removeItem(atPath: lock)
    // An edit kept before; another child's; an old note without an id; the fallback folder.
    let folder = f.recoveryFolder
    func put(_ path: String, _ text: String = "tekst\n") throws {
      try fm.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    try put(folder + "/edit-AOS-2026-K7Q4-2026-10-01-1.yaml", "label: Sam B.\n")
    try put(folder + "/edit-AOS-2026-9TFX-2026-10-01-1.yaml")
    try put(folder + "/note-2026-09-30-1.txt")
    try put(folder + "/edit-AOS-2026-K7Q4-notes.txt")  // not a name amigo gives
    let outside = f.state + "/amigo/edit-AOS-2026-K7Q4-2026-10-01-1.yaml"
    try put(outside)
    try fm.createSymbolicLink(
      atPath: folder + "/edit-AOS-2026-K7Q4-2026-10-02-1.yaml", withDestinationPath: outside)
    let tmp = f.state + "/tmp"
    let fallback = tmp + "/amigo-recovery-\(getuid())"
    try put(fallback + "/note-AOS-2026-K7Q4-2026-11-01-1.txt")
    try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fallback)
    #expect(
      f.kept == [
        "edit-AOS-2026-9TFX-2026-10-01-1.yaml", "edit-AOS-2026-K7Q4-2026-10-01-1.yaml",
        "edit-AOS-2026-K7Q4-2026-10-02-1.yaml", "edit-AOS-2026-K7Q4-notes.txt",
        "note-2026-09-30-1.txt", "note-AOS-2026-K7Q4-2026-11-19-1.txt",
        "statement-AOS-2026-K7Q4-2026-11-19-1.txt",
      ])

    let r = f.run(["erase", "AOS-2026-K7Q4", "--yes"], variables: ["TMPDIR": tmp])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      f.kept == [
        "edit-AOS-2026-9TFX-2026-10-01-1.yaml", "edit-AOS-2026-K7Q4-2026-10-02-1.yaml",
        "edit-AOS-2026-K7Q4-notes.txt", "note-2026-09-30-1.txt",
      ])
    #expect(!fm.fileExists(atPath: fallback + "/note-AOS-2026-K7Q4-2026-11-01-1.txt"))
    #expect(fm.fileExists(atPath: outside), "a link's target is never removed")
    let removed = [
      folder + "/edit-AOS-2026-K7Q4-2026-10-01-1.yaml",
      folder + "/note-AOS-2026-K7Q4-2026-11-19-1.txt",
      folder + "/statement-AOS-2026-K7Q4-2026-11-19-1.txt",
      fallback + "/note-AOS-2026-K7Q4-2026-11-01-1.txt",
    ]
    #expect(
      r.stdout.contains(
        "4 herstelbestanden van AOS-2026-K7Q4 verwijderd (tekst die amigo bewaarde toen een "
          + "opdracht mislukte): " + removed.joined(separator: ", ") + ".\n"), "\(r.stdout)")
    #expect(
      r.stdout.contains(
        "De herstelmap van amigo bevat ook een bestand dat geen traject noemt (een notitie of "
          + "verklaring bewaard door een oudere amigo, of antwoorden op new-child): "
          + folder + "/note-2026-09-30-1.txt. Lees het en verwijder het als het over "
          + "AOS-2026-K7Q4 gaat.\n"), "\(r.stdout)")
    #expect(r.stdout.contains("herstelbestanden van AOS-2026-K7Q4 op hun computer"))

    // Erasing a child without recovery files says nothing about them.
    let other = f.run(["erase", "AOS-2025-6NCE", "--yes"], variables: ["TMPDIR": tmp])
    #expect(other.status == 0, "\(other.stderr)")
    #expect(!other.stdout.contains("verwijderd (tekst die amigo bewaarde"), "\(other.stdout)")
    #expect(other.stdout.contains("De herstelmap van amigo bevat ook een bestand"))
  }
}
