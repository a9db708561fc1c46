import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Findings of the QA walk (`qa-walk.md`) still open on a later main, each on a copy of the
/// example caseload (Dutch, today 2026-11-19).
@Suite struct QAWalkTests {
  /// A copy of the example caseload.
  final class Workspace: CommandWorkspace {
    func read(_ relative: String) throws -> String {
      try String(contentsOf: work.appendingPathComponent(relative), encoding: .utf8)
    }
  }

  /// p1: more child talks than the norm read "3, norm 2", never "3 of 2".
  @Test func moreTalksThanTheNormAreNoThreeOfTwo() throws {
    let w = try Workspace()
    defer { w.remove() }
    #expect(
      w.run(["show", "K7Q4"]).1.contains("Deze week    2 van de 2 kindgesprekken (2026-W47)"))
    #expect(w.run(["log-session", "K7Q4", "-d", "2026-11-19"]).0 == .success)
    let (_, show, _) = w.run(["show", "K7Q4"])
    #expect(show.contains("Deze week    3 kindgesprekken, norm 2 (2026-W47)"), "\(show)")
  }

  /// p20: a goal cannot be added to a closed trajectory, and amigo says that, not the rule the
  /// new goal would break ("goal g2 has no result").
  @Test func aGoalForAClosedTrajectoryIsRefusedAsSuch() throws {
    let w = try Workspace()
    defer { w.remove() }
    let before = try w.read("trajectories/AOS-2026-5KPW.yaml")
    let (status, out, err) = w.run([
      "goal", "add", "5KPW", "--text", "Durft te vragen", "--domain", "zelfvertrouwen",
    ])
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(
      err
        == "amigo: AOS-2026-5KPW is afgesloten op 2026-10-30: aan een afgesloten traject kan geen doel meer worden toegevoegd; er is niets veranderd\n"
    )
    #expect(try w.read("trajectories/AOS-2026-5KPW.yaml") == before)
  }

  /// p10: every new top-level list is set off by a blank line, as `consent:` and `plan:` are:
  /// `sessions:` after `plan:` too.
  @Test func aNewListIsSetOffLikeTheOtherSections() throws {
    let w = try Workspace()
    defer { w.remove() }
    // A referral with consent and a start, but no sessions yet.
    let (status, out, _) = w.run([
      "new-child", "--programme", "amigos-op-school", "--label", "Bo K.", "--born", "2016-04",
      "--school", "de-zeester",
      "--worker", "mvd", "--referred-by", "ib", "--referral-date", "2026-11-02",
    ])
    #expect(status == .success)
    let id = try #require(out.firstMatch(of: /AOS-2026-[0-9A-Z]+/)).output
    #expect(
      w.run([
        "consent", String(id), "--given-by", "ouders", "--form", "schriftelijk", "--scope",
        "begeleiding", "-d", "2026-11-02",
      ]).0 == .success)
    #expect(w.run(["start", String(id), "-d", "2026-11-03"]).0 == .success)
    #expect(w.run(["log-session", String(id), "-d", "2026-11-04"]).0 == .success)
    let text = try w.read("trajectories/\(id).yaml")
    #expect(text.contains("\n\nplan:\n  start: 2026-11-03\n\nsessions:\n"), "\(text)")
  }

  /// p15: a reversed `FROM..TO` says why it is refused; a period after today is reported with
  /// a warning that its figures say nothing yet.
  @Test func aReversedOrFuturePeriodIsExplained() throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, _, err) = w.run(["report", "--period", "2026-12-01..2026-10-01"])
    #expect(status == .usage)
    #expect(
      err.contains(
        "De periode eindigt voordat ze begint (2026-10-01 ligt voor 2026-12-01); zet de vroegste datum eerst: 2026-10-01..2026-12-01."
      ), "\(err)")
    let (exported, _, exportErr) = w.run([
      "export", "--research", "--period", "2026-12-01..2026-10-01",
    ])
    #expect(exported == .usage)
    #expect(exportErr.contains("zet de vroegste datum eerst"), "\(exportErr)")
    let (future, out, warning) = w.run(["report", "--period", "2027"])
    #expect(future == .success)
    #expect(out.hasPrefix("Periodeverslag 2027"))
    #expect(
      warning.contains(
        "amigo: waarschuwing: de periode 2027 begint na vandaag (2027-01-01, vandaag is 2026-11-19)"
      ), "\(warning)")
    // The current period, running into the future, is no warning.
    #expect(!w.run(["report", "--period", "2026"]).2.contains("begint na vandaag"))
  }

  /// p6: an unknown command is offered a command only when it is a typo of one; `--version`
  /// takes no argument; `--csv-delimiter` and `--no-bom` without CSV are an error, not ignored.
  @Test(
    arguments: [
      ("nonsense", nil), ("xyz", nil), ("lijst", "list"), ("histroy", "history"),
      ("valdate", "validate"), ("stat", "start"),
    ] as [(String, String?)])
  func onlyATypoGetsASuggestion(_ typed: String, _ suggested: String?) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, _, err) = w.run([typed])
    #expect(status == .usage)
    let first = err.split(separator: "\n").first.map(String.init) ?? ""
    #expect(
      first
        == "Fout: Onbekende opdracht '\(typed)'."
        + (suggested.map { " Bedoelde je '\($0)'?" } ?? ""))
  }

  /// An option where the command belongs (`amigo --dir W list`, `amigo -x`) is an unknown
  /// option that says where options go; it was an "unknown command '--dir'".
  @Test(arguments: ["--dir", "-x", "--today"])
  func anOptionBeforeTheCommandSaysWhereOptionsGo(_ typed: String) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, _, err) = w.run([typed, w.path, "list"])
    #expect(status == .usage)
    let first = err.split(separator: "\n").first.map(String.init) ?? ""
    #expect(
      first
        == "Fout: Onbekende optie '\(typed)'. Opties komen na de opdracht: amigo OPDRACHT [OPTIES]."
    )
  }

  @Test func optionsThatWouldBeIgnoredAreRefused() throws {
    let w = try Workspace()
    defer { w.remove() }
    let (version, out, err) = w.run(["--version", "extra"])
    #expect(version == .usage)
    #expect(out.isEmpty)
    #expect(err.hasPrefix("Fout: Onverwacht argument 'extra'"), "\(err)")
    for args in [
      ["report", "--week", "--csv-delimiter", ";"], ["list", "--no-bom"],
      ["show", "K7Q4", "--format", "json", "--csv-delimiter", ";"],
    ] {
      let (status, _, err) = w.run(args)
      #expect(status == .usage, "\(args)")
      #expect(err.contains("gaan niet samen"), "\(args): \(err)")
    }
    let (csv, table, _) = w.run(["report", "--week", "--format", "csv", "--csv-delimiter", ";"])
    #expect(csv == .success)
    #expect(table.contains(";Kind;"))
  }

  /// p4: when `fmt` can write no file for one reason (the lock cannot be taken), it says that
  /// once, then how many more files it concerns, not the same line for every file.
  @Test func fmtSaysACommonWriteFailureOnce() throws {
    let w = try Workspace()
    defer { w.remove() }
    try FileManager.default.createDirectory(
      at: w.work.appendingPathComponent(".amigo.lock"), withIntermediateDirectories: false)
    let (status, _, err) = w.run(["fmt"])
    #expect(status == .ioError)
    let lines = err.split(separator: "\n")
    #expect(lines.count == 2, "\(err)")
    #expect(
      lines.first?.hasSuffix("het is een map; het bestand is niet veranderd") == true, "\(err)")
    #expect(
      lines.last?.hasPrefix("amigo: hetzelfde voor nog ") == true
        && lines.last?.hasSuffix(" bestanden; geen ervan is veranderd") == true, "\(err)")
  }

  /// p7: a day that exists, written otherwise than YYYY-MM-DD (`2026-2-3`, `2026/12/31`), is
  /// offered in that form. It was told it does not exist: "februari 2026 heeft geen 3e dag (de
  /// maand heeft 28 dagen)", "december 2026 heeft geen 31e dag (de maand heeft 31 dagen)".
  @Test(
    arguments: [
      (
        "2026-2-3",
        "Bedoelde je '2026-02-03'? Geef een datum als JJJJ-MM-DD (twee cijfers voor de maand en de dag)."
      ),
      (
        "2026/12/31",
        "Bedoelde je '2026-12-31'? Geef een datum als JJJJ-MM-DD (twee cijfers voor de maand en de dag)."
      ),
      (
        "2026.1.1",
        "Bedoelde je '2026-01-01'? Geef een datum als JJJJ-MM-DD (twee cijfers voor de maand en de dag)."
      ),
      (
        "2026-2-30",
        "februari 2026 heeft geen 30e dag (de maand heeft 28 dagen). Geef een datum als JJJJ-MM-DD."
      ),
      ("31-12-2026", "Bedoelde je '2026-12-31'? Geef een datum als JJJJ-MM-DD (het jaar eerst)."),
    ])
  func aDayThatExistsIsNeverSaidNotToExist(_ typed: String, _ hint: String) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (status, out, err) = w.run(["log-session", "K7Q4", "--date", typed])
    #expect(status == .usage)
    #expect(out.isEmpty)
    let lines = err.split(separator: "\n").map(String.init)
    #expect(lines.count > 1 && lines[1] == hint, "\(err)")
    // `--week` takes a date in the week, and says the same.
    let week = w.run(["report", "--week", typed]).2.split(separator: "\n").map(String.init)
    #expect(week.count > 1 && week[1] == hint, "\(week)")
  }

  /// Part B: withdrawing consent on a date before contacts already logged is refused, each
  /// later contact named; the help said "no contact that needs consent before it is given:
  /// record it with 'amigo consent … --given-by …'", which is no remedy for a withdrawal dated
  /// too early. It now says to date the withdrawal on or after the contact.
  @Test func aWithdrawalDatedBeforeContactsSaysToCheckItsDate() throws {
    let w = try Workspace()
    defer { w.remove() }
    let before = try w.read("trajectories/AOS-2026-K7Q4.yaml")
    let (status, out, err) = w.run(["consent", "K7Q4", "--withdraw", "--date", "2026-11-01"])
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(err.contains("(de toestemming is ingetrokken op 2026-11-01)"), "\(err)")
    #expect(
      err.contains(
        "= tip: is de toestemming later ingetrokken, dateer de intrekking dan op of na dit contact (in een bestand met 'amigo edit'); is ze opnieuw gegeven, leg dat vast met 'amigo consent AOS-2026-K7Q4 --given-by …"
      ), "\(err)")
    #expect(!err.contains("voordat die gegeven is"), "\(err)")
    #expect(try w.read("trajectories/AOS-2026-K7Q4.yaml") == before)
  }

  /// m2: the words amigo itself shows for a value are taken as input too: `show` says
  /// "overleg met school" and "samen spelen", which `--scope` and `--domain` refused (only the
  /// aliases `overleg-school`, `samenspelen` and the codes were taken).
  @Test func theWordsShowPrintsAreTakenAsInput() throws {
    let w = try Workspace()
    defer { w.remove() }
    #expect(w.run(["show", "K7Q4"]).1.contains("overleg met school"))
    let (consent, _, err) = w.run([
      "consent", "K7Q4", "--given-by", "beide gezaghebbende ouders", "--scope",
      "Overleg met school", "--date", "2026-11-18",
    ])
    #expect(consent == .success, "\(err)")
    let (goal, _, goalErr) = w.run([
      "goal", "add", "K7Q4", "--text", "Vraagt hulp", "--domain", "samen spelen",
    ])
    #expect(goal == .success, "\(goalErr)")
    let file = try w.read("trajectories/AOS-2026-K7Q4.yaml")
    #expect(file.contains("    scope: [school-consultation]\n"), "\(file)")
    #expect(file.contains("    domain: playing-together\n    text: Vraagt hulp\n"), "\(file)")
  }

  /// Part B: a note given as a pipe (`--note-file /dev/stdin`, bash's `<(…)`, which is
  /// `/dev/fd/63`) was refused ("kan het notitiebestand niet lezen"), and a salt so given was
  /// called empty: a pipe has no size. Such a file is read to its end.
  @Test func aNoteFileThatIsAPipeIsRead() throws {
    let w = try Workspace()
    defer { w.remove() }
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("Uit een pijp gelezen.\n".utf8))
    try pipe.fileHandleForWriting.close()
    let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
    let (status, _, err) = w.run([
      "log-session", "K7Q4", "--date", "2026-11-18", "--note-file", path,
    ])
    #expect(status == .success, "\(err)")
    #expect(
      try w.read("trajectories/AOS-2026-K7Q4.yaml").contains("    note: Uit een pijp gelezen.\n"))
  }

  /// Part B: a file saved with a byte order mark (Windows Notepad) is read normally, but `fmt`
  /// did not see its schema line behind the mark and put a second one before it: the mark then
  /// began line 2, amigo read it as part of a key (`unknown-field`), and the file had an error.
  /// The mark stays first and the line is found behind it, or added behind it.
  @Test func fmtKeepsAByteOrderMarkFirst() throws {
    let w = try Workspace()
    defer { w.remove() }
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let original = try Data(contentsOf: path)
    let bom = Data([0xEF, 0xBB, 0xBF])
    try (bom + original).write(to: path)
    #expect(w.run(["fmt"]).0 == .success)
    #expect(try Data(contentsOf: path) == bom + original)
    // Without its schema line: added after the mark.
    let text = try #require(String(data: original, encoding: .utf8))
    let schemaLine = try #require(text.split(separator: "\n").first).description
    #expect(schemaLine.hasPrefix("# yaml-language-server: "))
    let rest = Data(text.dropFirst(schemaLine.count + 1).utf8)
    try (bom + rest).write(to: path)
    #expect(w.run(["fmt"]).0 == .success)
    let added = try Data(contentsOf: path)
    #expect(added.starts(with: bom + Data("# yaml-language-server: $schema=".utf8)))
    #expect(added.suffix(rest.count) == rest)
    #expect(added.filter { $0 == 0xEF }.count == 1)
    let (status, out, _) = w.run(["validate", "trajectories/AOS-2026-K7Q4.yaml"])
    #expect(status == .success, "\(out)")
  }

  /// Part B: `start` without consent told to record it with `--given-by parents` at every age;
  /// a 17-year-old consents alone and a 13-year-old together with the parents (WGBO), so the
  /// command it gave was refused or warned about in turn. It names the lawful party.
  @Test(arguments: [("2009-06", "child"), ("2013-05", "parents,child"), ("2016-05", "parents")])
  func startWithoutConsentNamesWhoConsentsAtTheChildsAge(_ born: String, _ givers: String) throws {
    let w = try Workspace()
    defer { w.remove() }
    let (made, out, err) = w.run([
      "new-child", "--programme", "amigos-op-school", "--label", "Kim V.", "--born", born,
      "--school", "de-zeester", "--worker", "mvd", "--referred-by", "ouder", "--referral-date",
      "2026-11-02",
    ])
    #expect(made == .success, "\(err)")
    let id = try #require(out.firstMatch(of: /AOS-2026-[0-9A-Z]+/)).output
    let (status, _, refused) = w.run(["start", String(id), "--date", "2026-11-03"])
    #expect(status == .dataError)
    #expect(
      refused.hasSuffix("Leg eerst toestemming vast: amigo consent \(id) --given-by \(givers)\n"),
      "\(refused)")
  }
}
