import AmigoReports
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// Issue 33: `export --record`, `statement` and `handover`, in copies of the example workspaces.
@Suite struct RightsCommandTests {
  final class Workspace: ExampleWorkspaceCopy {

    func run(_ args: [String], stdin: String? = nil) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
      if let stdin { env.standardInput = { Data(stdin.utf8) } }
      let status = Amigo.run(args, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    func file(_ id: String) -> String {
      (try? String(
        contentsOf: work.appendingPathComponent("trajectories/\(id).yaml"), encoding: .utf8)) ?? ""
    }

    func write(_ name: String, _ text: String) throws {
      try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    var ids: [String] {
      ((try? FileManager.default.contentsOfDirectory(
        atPath: work.appendingPathComponent("trajectories").path)) ?? []).filter {
          $0.hasSuffix(".yaml")
        }.map { String($0.dropLast(5)) }.sorted()
    }
  }

  static let examples = [
    "Examples/caseload", "Examples/kansencoach", "Examples/ruggensteun",
    "Examples/sociaal-werker-school", "Examples/tijd-voor-toekomst",
  ]

  /// The record of every child of every example names no other child: no other trajectory id,
  /// and no label of another child who shares an activity with it; in both formats.
  @Test(arguments: examples)
  func theRecordNamesNoOtherChild(_ example: String) throws {
    let w = try Workspace(example)
    let ids = w.ids
    for id in ids {
      for format in ["markdown", "html"] {
        let (status, out, err) = w.run(["export", "--record", id, "--format", format])
        #expect(status == .success, "\(id): \(err)")
        #expect(out.contains(id))
        for other in ids where other != id {
          #expect(!out.contains(other), "\(id) \(format) names \(other)")
          // Nor the short id a worker types.
          if let short = other.split(separator: "-").last, short.count >= 4 {
            #expect(!out.contains(String(short)), "\(id) \(format) names \(short)")
          }
        }
      }
    }
  }

  /// The record writes every date as the family reads it (`14 okt 2026`, `14 Oct 2026`), the
  /// tables of meetings and groups, agreements, sharing and meldcode steps too: no ISO date
  /// in any record of any example, in either language or format.
  @Test(arguments: examples)
  func theRecordWritesEveryDateInWords(_ example: String) throws {
    let w = try Workspace(example)
    for id in w.ids {
      for lang in ["nl", "en"] {
        for format in ["markdown", "html"] {
          let (status, out, err) = w.run(
            ["export", "--record", id, "--lang", lang, "--format", format])
          #expect(status == .success, "\(id): \(err)")
          let iso = out.firstMatch(of: #/[0-9]{4}-[0-9]{2}-[0-9]{2}/#).map { String($0.output) }
          #expect(iso == nil, "\(id) \(lang) \(format): \(iso ?? "")")
        }
      }
    }
  }

  /// Everything the file holds: what a meeting agreed for the child, the referrals to other
  /// help and the changes of school are in the record too.
  @Test func theRecordHoldsAgreementsReferralsAndSchoolMoves() throws {
    let w = try Workspace("Examples/kansencoach")
    #expect(w.run(["agree", "109Y", "4QT7", "samen oefenen met de groep"]).0 == .success)
    #expect(w.run(["refer", "109Y", "--to", "youth-care", "-d", "2026-11-12"]).0 == .success)
    let moved = w.run(["move", "109Y", "--school", "obs-de-brink", "-d", "2026-11-10"])
    #expect(moved.0 == .success, "\(moved.2)")
    let (status, out, err) = w.run(["export", "--record", "109Y", "--lang", "en"])
    #expect(status == .success, "\(err)")
    #expect(out.contains("| 20 Oct 2026 | M-2026-4QT7 | samen oefenen met de groep |"), "\(out)")
    #expect(out.contains("## Referrals to other help"), "\(out)")
    #expect(out.contains("Referred to youth care on 12 Nov 2026: "), "\(out)")
    #expect(out.contains("Changed school on 10 Nov 2026: CBS Het Anker → OBS De Brink"), "\(out)")
  }

  /// A group: the record shows the child's own attendance, never how many took part or who.
  @Test func aGroupShowsOnlyTheChildsPart() throws {
    let w = try Workspace("Examples/tijd-voor-toekomst")
    let (status, out, _) = w.run(["export", "--record", "0XGM", "--lang", "en"])
    #expect(status == .success)
    #expect(
      out.contains(
        "| 13 Oct 2026 | G-2026-608B | group module | Kinderen in scheiding | excused | 60 |"))
    // The group's first meeting was before this child joined: not in the record.
    #expect(!out.contains("22 Sep 2026"))
    #expect(!out.lowercased().contains("participants"))
  }

  /// `statement`: verbatim as a block, dated; shown by `show` and the record; not linted even
  /// under strict privacy; a second statement the same day is kept too.
  @Test func aStatementIsKeptVerbatimAndShown() throws {
    let w = try Workspace()
    let config = w.work.appendingPathComponent("amigo.yaml")
    var text = try String(contentsOf: config, encoding: .utf8)
    text += "\nprivacy: {strict: true}\n"
    try text.write(to: config, atomically: true, encoding: .utf8)
    #expect(w.run(["validate", "--strict"]).0 == .success)
    let statement =
      "Wij zijn het niet eens met de notitie van 15 september.\n\n  Bel ons gerust: 06-12345678.\n"
    try w.write("verklaring.txt", statement + "\n\n")
    let (status, out, err) = w.run([
      "statement", "K7Q4", "--file", w.root.appendingPathComponent("verklaring.txt").path,
      "--date", "2026-11-18",
    ])
    #expect(status == .success, "\(err)")
    #expect(out.contains("Verklaring van de ouders van 2026-11-18 toegevoegd aan AOS-2026-K7Q4"))
    let file = w.file("AOS-2026-K7Q4")
    #expect(
      file.hasSuffix(
        """
        statements:
          - date: 2026-11-18
            by: parents
            text: |-
              Wij zijn het niet eens met de notitie van 15 september.

                Bel ons gerust: 06-12345678.

        """), "\(file)")
    // Read back word for word.
    let doc = YAMLDocument(parsing: file)
    let (t, diagnostics) = Validator.validateTrajectory(
      doc, fileName: "AOS-2026-K7Q4", config: nil, today: LocalDate("2026-11-19")!)
    #expect(
      t?.statements.first?.text
        == "Wij zijn het niet eens met de notitie van 15 september.\n\n  Bel ons gerust: 06-12345678."
    )
    #expect(!diagnostics.contains { $0.code.hasPrefix("privacy") }, "\(diagnostics.map(\.header))")
    #expect(w.run(["validate", "--strict"]).0 == .success)
    // The child's own, from standard input, in Dutch words.
    let (ok, _, err2) = w.run(
      ["statement", "K7Q4", "--file", "-", "--by", "kind", "--date", "2026-11-18"],
      stdin: "Ik vind de gesprekken fijn.")
    #expect(ok == .success, "\(err2)")
    let (_, shown, _) = w.run(["show", "K7Q4", "--notes"])
    #expect(shown.contains("06-12345678"), "\(shown)")
    #expect(shown.contains("Ik vind de gesprekken fijn."), "\(shown)")
    let (_, record, _) = w.run(["export", "--record", "K7Q4"])
    #expect(record.contains("Verklaring van de ouders"), "\(record)")
    #expect(record.contains("Ik vind de gesprekken fijn."))
    // Erase removes it with the file.
    #expect(w.run(["erase", "AOS-2026-K7Q4", "--yes"]).0 == .success)
    #expect(w.file("AOS-2026-K7Q4").isEmpty)
  }

  @Test func aStatementNeedsTextAndAKnownAuthor() throws {
    let w = try Workspace()
    let before = w.file("AOS-2026-K7Q4")
    try w.write("leeg.txt", "\n  \n")
    let empty = w.run([
      "statement", "K7Q4", "--file", w.root.appendingPathComponent("leeg.txt").path,
    ])
    #expect(empty.0 == .dataError)
    #expect(empty.2.contains("is leeg"), "\(empty.2)")
    let missing = w.run(["statement", "K7Q4", "--file", "/nonexistent/verklaring.txt"])
    #expect(missing.0 == .noInput)
    let who = w.run(["statement", "K7Q4", "--file", "-", "--by", "school"], stdin: "x")
    #expect(who.0 == .usage)
    // A statement is given on a day that has come (it was accepted for 2030).
    try w.write("verklaring.txt", "Wij zijn het oneens.\n")
    let future = w.run([
      "statement", "K7Q4", "--file", w.root.appendingPathComponent("verklaring.txt").path,
      "--date", "2030-01-01",
    ])
    #expect(future.0 == .dataError)
    #expect(
      future.2.contains("error[date-in-future]: een verklaring heeft de datum 2030-01-01"),
      "\(future.2)")
    #expect(w.file("AOS-2026-K7Q4") == before)
  }

  /// A statement saved by Notepad as "Unicode" (UTF-16 with a byte order mark) is read as the
  /// letters it holds; it was refused as "not UTF-8". Windows-1252 is still refused.
  @Test func aUTF16StatementIsRead() throws {
    let w = try Workspace()
    let before = w.file("AOS-2026-K7Q4")
    var data = Data([0xFF, 0xFE])
    for unit in "Wij zijn het oneens, Zoë.\r\n".utf16 {
      data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
    }
    let path = w.root.appendingPathComponent("verklaring.txt")
    try data.write(to: path)
    let (status, _, err) = w.run(["statement", "K7Q4", "--file", path.path])
    #expect(status == .success, "\(err)")
    #expect(w.file("AOS-2026-K7Q4").hasSuffix("    text: Wij zijn het oneens, Zoë.\n"))
    try Data([0x5A, 0x6F, 0xEB, 0x0A]).write(to: path)
    let after = w.file("AOS-2026-K7Q4")
    let (refused, _, refusal) = w.run(["statement", "K7Q4", "--file", path.path])
    #expect(refused == .dataError)
    #expect(refusal.contains("is geen UTF-8-tekst"), "\(refusal)")
    #expect(w.file("AOS-2026-K7Q4") == after)
    #expect(after != before)
  }

  /// A statement file with a control character (a NUL from a document or a UTF-16 file read
  /// as UTF-8, an escape sequence) is refused before anything changes, naming the file and
  /// the line; a tab is text. A statement already in a file with one is an error of the file
  /// (`control-character-in-value`), as in every other text.
  @Test func aStatementWithAControlCharacterIsRefused() throws {
    let w = try Workspace()
    let before = w.file("AOS-2026-K7Q4")
    for (text, code, line) in [
      ("Wij\nzijn a\u{0}b", "0000", 2), ("Wij \u{1B}[31mboos", "001B", 1),
    ] {
      try w.write("verklaring.txt", text + "\n")
      let (status, _, err) = w.run([
        "statement", "K7Q4", "--file", w.root.appendingPathComponent("verklaring.txt").path,
      ])
      #expect(status == .dataError)
      #expect(err.contains("bevat het stuurteken U+\(code) op regel \(line),"), "\(err)")
      #expect(err.contains("er is niets veranderd"))
    }
    #expect(w.file("AOS-2026-K7Q4") == before)
    try w.write("verklaring.txt", "kolom\tkolom\n")
    #expect(
      w.run([
        "statement", "K7Q4", "--file", w.root.appendingPathComponent("verklaring.txt").path,
      ]).0 == .success)

    let file = w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    try Data(
      (before + "statements:\n  - date: 2026-11-18\n    by: parents\n    text: \"a\\e[31mb\"\n")
        .utf8
    ).write(to: file)
    let (status, out, _) = w.run(["validate"])
    #expect(status == .failure)
    #expect(
      out.contains("error[control-character-in-value]: verklaring bevat het stuurteken U+001B"))
  }

  /// `handover` without children: every open trajectory of the worker, one dated entry each;
  /// the files stay valid and `history`-free readers see the new worker. A trajectory that
  /// ended (closed, or not started: AOS-2026-0DXR) stays with the worker who had it.
  @Test func handoverMovesEveryOpenTrajectory() throws {
    let w = try Workspace()
    func ended(_ f: String) -> Bool {
      f.contains("\nstatus: closed\n") || f.contains("\nstatus: not-started\n")
    }
    let open = w.ids.filter {
      let f = w.file($0)
      return f.contains("\nworker: mvd\n") && !ended(f)
    }
    let closed = w.ids.filter {
      let f = w.file($0)
      return f.contains("\nworker: mvd\n") && ended(f)
    }
    #expect(!open.isEmpty)
    #expect(closed.contains("AOS-2026-0DXR"))
    let (status, out, err) = w.run([
      "handover", "--from", "mvd", "--to", "sk", "--date", "2026-11-18",
    ])
    #expect(status == .success, "\(err)")
    #expect(out.contains("\(open.count) trajecten overgedragen van"), "\(out)")
    for id in open {
      let f = w.file(id)
      #expect(f.contains("\nworker: sk\n"), "\(id)")
      #expect(
        f.contains("handovers: [{date: 2026-11-18, from: mvd, to: sk}]")
          || f.contains("- {date: 2026-11-18, from: mvd, to: sk}"), "\(f)")
    }
    for id in closed {
      #expect(w.file(id).contains("\nworker: mvd\n"), "\(id)")
      #expect(!w.file(id).contains("handovers"), "\(id)")
    }
    #expect(w.run(["validate", "--strict"]).0 == .success, "\(w.run(["validate", "--strict"]).2)")
    // Again: nothing left to hand over, said in the workspace's language.
    let (again, againOut, _) = w.run(["handover", "--from", "mvd", "--to", "sk"])
    #expect(again == .success)
    #expect(againOut == "'mvd' heeft geen lopende trajecten; er is niets over te dragen.\n")
    let (_, record, _) = w.run(["export", "--record", open[0], "--lang", "en"])
    #expect(record.contains("Handed over from"), "\(record)")
  }

  /// A handover dated before a child's referral (it was accepted, and `history` then told of
  /// a handover before the trajectory began): refused for every file, and none changes.
  @Test func handoverBeforeTheReferralIsRefused() throws {
    let w = try Workspace()
    let before = w.ids.map(w.file)
    let (status, out, err) = w.run([
      "handover", "--from", "mvd", "--to", "sk", "--date", "2020-01-01",
    ])
    #expect(status == .dataError, "\(out)")
    #expect(
      err.contains(
        "error[handover-before-referral]: deze overdracht op 2020-01-01 ligt voor de aanmelding"),
      "\(err)")
    #expect(w.ids.map(w.file) == before)
  }

  /// A handover dated after today was accepted: the files named the new worker at once, while
  /// `history` and the record told of a handover still to come. Refused, as every other fact
  /// that is recorded once it happened, and no file changes.
  @Test func handoverAfterTodayIsRefused() throws {
    let w = try Workspace()
    let before = w.ids.map(w.file)
    let (status, out, err) = w.run([
      "handover", "--from", "mvd", "--to", "sk", "--date", "2030-01-01",
    ])
    #expect(status == .dataError, "\(out)")
    #expect(
      err.contains(
        "error[date-in-future]: een overdracht aan een andere begeleider heeft de datum 2030-01-01"),
      "\(err)")
    // "Nothing changed" once, of every file (it was said twice: of the file, then of all).
    #expect(err.contains("ongeldig maken; er is in geen enkel bestand iets veranderd"), "\(err)")
    #expect(!err.contains("er is niets veranderd"), "\(err)")
    #expect(w.ids.map(w.file) == before)
  }

  /// To a worker who left: refused, and no file changes.
  @Test func handoverToAFormerWorkerIsRefused() throws {
    let w = try Workspace()
    let config = w.work.appendingPathComponent("amigo.yaml")
    let text = try String(contentsOf: config, encoding: .utf8)
    let before = w.ids.map(w.file)
    // `sk` left on 2026-10-31.
    let changed = text.replacingOccurrences(
      of: "  sk:\n    name: Soufiane Kaddouri\n",
      with: "  sk:\n    name: Soufiane Kaddouri\n    end: 2026-10-31\n")
    #expect(changed != text)
    try changed.write(to: config, atomically: true, encoding: .utf8)
    let (status, _, err) = w.run(["handover", "--from", "mvd", "--to", "sk"])
    #expect(status == .dataError)
    #expect(err.contains("is vertrokken op 2026-10-31"), "\(err)")
    #expect(w.ids.map(w.file) == before)
  }

  /// A named child who is not the worker's: refused, and none of the named files changes.
  @Test func handoverIsAllOrNothing() throws {
    let w = try Workspace()
    let mine = try #require(w.ids.first { w.file($0).contains("\nworker: mvd\n") })
    let other = try #require(w.ids.first { !w.file($0).contains("\nworker: mvd\n") })
    let before = [w.file(mine), w.file(other)]
    let (status, _, err) = w.run(["handover", "--from", "mvd", "--to", "sk", mine, other])
    #expect(status == .dataError)
    #expect(err.contains("er is in geen enkel bestand iets veranderd"), "\(err)")
    #expect([w.file(mine), w.file(other)] == before)
  }

  /// Several workers: a further worker is handed over in their place; the lead stays.
  @Test func aFurtherWorkerIsHandedOverInPlace() throws {
    let w = try Workspace()
    let id = try #require(w.ids.first { w.file($0).contains("\nworker: mvd\n") })
    let path = w.work.appendingPathComponent("trajectories/\(id).yaml")
    let text = w.file(id).replacingOccurrences(
      of: "\nworker: mvd\n", with: "\nworker: mvd\nworkers: [sk]\n")
    try text.write(to: path, atomically: true, encoding: .utf8)
    #expect(w.run(["validate", "--strict"]).0 == .success, "\(w.run(["validate"]).2)")
    let third = "ab"
    let (status, _, err) = w.run(["handover", "--from", "sk", "--to", third, id])
    #expect(status == .success, "\(err)")
    let f = w.file(id)
    #expect(f.contains("\nworker: mvd\nworkers: [\(third)]\n"), "\(f)")
  }
}

/// History, reports by worker and the import mark (issue 33).
@Suite struct RightsModelTests {
  typealias Workspace = RightsCommandTests.Workspace

  static func trajectory(_ text: String, _ name: String) -> Trajectory? {
    Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: name, config: nil, today: LocalDate("2026-11-19")!
    ).0
  }

  /// `history` (TrajectoryChanges) tells a handover in words, not as a bare worker change.
  @Test func historyTellsTheHandover() throws {
    let w = try Workspace()
    let before = w.file("AOS-2026-K7Q4")
    #expect(
      w.run(["handover", "--from", "mvd", "--to", "sk", "K7Q4", "--date", "2026-11-18"]).0
        == .success)
    let after = w.file("AOS-2026-K7Q4")
    let changes = TrajectoryChanges.compare(
      Self.trajectory(before, "AOS-2026-K7Q4"), Self.trajectory(after, "AOS-2026-K7Q4")
    ).map { $0.text(.en) }
    #expect(changes == ["handed over from mvd to sk on 2026-11-18"], "\(changes)")
  }

  /// A trajectory with a further worker is in that worker's part of the weekly report too.
  @Test func theWeeklyReportCountsTheTrajectoryForEachWorker() throws {
    let w = try Workspace()
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let (_, without, _) = w.run(["report", "--week", "2026-W47", "--worker", "sk"])
    #expect(!without.contains("Sam B."))
    try w.file("AOS-2026-K7Q4").replacingOccurrences(
      of: "\nworker: mvd\n", with: "\nworker: mvd\nworkers: [sk]\n"
    ).write(to: path, atomically: true, encoding: .utf8)
    let (status, with, err) = w.run(["report", "--week", "2026-W47", "--worker", "sk"])
    #expect(status == .success, "\(err)")
    #expect(with.contains("Sam B."), "\(with)")
    let (_, lead, _) = w.run(["report", "--week", "2026-W47", "--worker", "mvd"])
    #expect(lead.contains("Sam B."))
    let (_, listed, _) = w.run(["list", "--worker", "sk"])
    #expect(listed.contains("AOS-2026-K7Q4"), "\(listed)")
  }

  /// An unknown further worker is an error that names it.
  @Test func anUnknownFurtherWorkerIsAnError() throws {
    let w = try Workspace()
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    try w.file("AOS-2026-K7Q4").replacingOccurrences(
      of: "\nworker: mvd\n", with: "\nworker: mvd\nworkers: [zz]\n"
    ).write(to: path, atomically: true, encoding: .utf8)
    let (status, out, _) = w.run(["validate", "trajectories/AOS-2026-K7Q4.yaml"])
    #expect(status != .success)
    #expect(out.contains("zz"), "\(out)")
  }

  /// The norm for child talks counts from the import day: weeks before it raise no warning.
  @Test func normWeeksStartAtTheImportDay() throws {
    let w = try Workspace()
    let text = w.file("AOS-2026-K7Q4")
    // Without the sessions, every complete week since the start is below the norm.
    let start = try #require(text.range(of: "\nsessions:\n"))
    let end = try #require(text.range(of: "\nmeasures:\n"))
    let bare =
      String(text[..<start.lowerBound]) + "\n" + String(text[end.lowerBound...].dropFirst())
    let path = w.work.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    try bare.write(to: path, atomically: true, encoding: .utf8)
    let (_, out, _) = w.run(["validate", "trajectories/AOS-2026-K7Q4.yaml"])
    #expect(out.contains("below-session-norm"), "\(out)")
    // Imported on Monday 2026-11-16: the week of the 16th is not complete on the 19th.
    try (bare + "imported: {date: 2026-11-16, sessions: 18}\n").write(
      to: path, atomically: true, encoding: .utf8)
    let (status, out2, err2) = w.run(["validate", "--strict", "trajectories/AOS-2026-K7Q4.yaml"])
    #expect(!out2.contains("below-session-norm"), "\(out2)")
    #expect(status == .success, "\(out2) \(err2)")
    let (_, shown, _) = w.run(["show", "K7Q4", "--lang", "en"])
    #expect(shown.contains("Imported     2026-11-16, 18 contacts before (not dated)"), "\(shown)")
  }
}
