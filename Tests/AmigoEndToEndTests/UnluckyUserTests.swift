import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What an unlucky user runs into: two colleagues' commands at the same moment, a file written
/// by a newer amigo, a pipe where a record should be, standard streams closed by a script.
/// Nothing is lost or overwritten, and the message says what is the matter.
@Suite(.serialized, .enabled(if: AmigoBinary.isAvailable))
struct UnluckyUserTests {
  static let tally = "L-2026-11-mvd-amigos-op-school-de-zeester.yaml"

  static func contact(_ ws: TempWorkspace, _ i: Int) -> [String] {
    [
      "contact", "--light", "--who", "parent", "--theme", "home-situation", "--minutes",
      String(10 + i), "--worker", "mvd", "--school", "de-zeester", "--programme",
      "amigos-op-school", "--date", "2026-11-\(10 + i % 9)", "--dir", ws.root, "--today",
      TempWorkspace.today,
    ]
  }

  /// The first contacts of a month, recorded at once, all found no tally and all created it:
  /// every one but the first was refused ("it already exists").
  @Test func contactsAtOnceOnANewTallyAllCount() throws {
    let ws = try TempWorkspace("tally")
    guard let binary = AmigoBinary.path else { return }
    let processes = try (0..<12).map { try Spawn.start(binary, Self.contact(ws, $0)) }
    for (i, r) in processes.map({ $0.wait(timeout: 60) }).enumerated() {
      #expect(r.exitCode == 0, "contact \(i): \(r) \(r.stderr)")
    }
    let tally = ws.bytes(ws.root + "/activities/" + Self.tally)
    #expect(occurrences(of: "  - {date: 2026-11-", in: tally) == 12)
    for i in 0..<12 { #expect(occurrences(of: "minutes: \(10 + i)}\n", in: tally) == 1) }
    let validate = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(validate.exitCode == 0, "\(validate): \(validate.stdout)")
  }

  /// A trajectory file of a format this amigo does not know (a colleague's newer amigo wrote
  /// it) is not changed: its fields may mean something else there.
  @Test func aFileOfAnUnknownFormatIsNotWritten() throws {
    let ws = try TempWorkspace("format")
    let path = ws.trajectory(TempWorkspace.child)
    let text = String(decoding: ws.bytes(path), as: UTF8.self).replacingOccurrences(
      of: "schema: amigo.trajectory/1\n", with: "schema: amigo.trajectory/2\n")
    try ws.write(Array(text.utf8), to: path)
    let before = ws.bytes(path)
    let r = try amigo([
      "log-session", "K7Q4", "--note", "should not be written", "--dir", ws.root, "--today",
      TempWorkspace.today,
    ])
    #expect(r.exitCode == 65, "\(r): \(r.stderr)")
    #expect(r.stderr.contains("error[wrong-schema]: onbekend schema 'amigo.trajectory/2'"))
    #expect(r.stderr.contains("deze versie van amigo leest 'amigo.trajectory/1'"))
    #expect(r.stderr.contains("er is niets veranderd"), "\(r.stderr)")
    #expect(ws.bytes(path) == before)
  }

  /// A pipe named like a record is passed over (reading it would wait for ever), and the
  /// warning says what it is, not that its name lacks '.yaml'.
  @Test func aPipeNamedLikeARecordIsNamedForWhatItIs() throws {
    let ws = try TempWorkspace("fifo")
    #expect(mkfifo(ws.trajectory("AOS-2026-PIPE"), 0o600) == 0)
    let r = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today], timeout: 30)
    #expect(r.exitCode == 0, "\(r): \(r.stdout)\(r.stderr)")
    let output = r.stdout + r.stderr
    #expect(
      output.contains(
        "AOS-2026-PIPE.yaml: warning[ignored-file]: amigo leest dit niet: het is een pijp (FIFO), geen bestand"
      ), "\(output)")
    #expect(!output.contains("alleen bestanden die op '.yaml' eindigen"), "\(output)")
  }

  /// `trajectories` (or `activities`) is a file, not a folder: validate said "1 file checked,
  /// no problems" and list "0 trajectories". Now it is an error that says what to do.
  @Test func aRecordFolderThatIsAFileIsAnError() throws {
    let ws = try TempWorkspace("notafolder")
    try FileManager.default.removeItem(atPath: ws.trajectories)
    try ws.write(Array("x\n".utf8), to: ws.trajectories)
    try ws.write(Array("x\n".utf8), to: ws.root + "/activities")
    let r = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(r.exitCode == 1, "\(r): \(r.stdout)\(r.stderr)")
    let output = r.stdout + r.stderr
    #expect(
      output.contains(
        "trajectories: error[unreadable-file]: hier hoort de map met trajectbestanden, maar het is een bestand, dus er wordt geen trajectbestand gelezen"
      ), "\(output)")
    #expect(output.contains("mv trajectories trajectories.oud"), "\(output)")
    #expect(
      output.contains(
        "activities: error[unreadable-file]: hier hoort de map met activiteitenbestanden, maar het is een bestand"
      ), "\(output)")

    // A link to a folder that is gone (moved, or a drive not mounted) is the same problem.
    try FileManager.default.removeItem(atPath: ws.trajectories)
    try FileManager.default.createSymbolicLink(
      atPath: ws.trajectories, withDestinationPath: ws.root + "/gone")
    let gone = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(gone.exitCode == 1, "\(gone)")
    #expect(
      (gone.stdout + gone.stderr).contains(
        "trajectories: error[unreadable-file]: hier hoort de map met trajectbestanden, maar het is een symbolische koppeling die nergens heen leidt"
      ), "\(gone.stdout)\(gone.stderr)")
  }

  /// `new-child` killed while it wrote the new file leaves its temporary copy, with the child's
  /// label, and no later write replaces it (a copy of an existing file is replaced by the
  /// file's next write, and stays unmentioned). validate names such a copy and how to remove it.
  @Test func aCopyLeftByAKilledCreationIsNamed() throws {
    let ws = try TempWorkspace("orphan")
    let copy = ws.trajectories + "/.AOS-2026-ZZZ9.yaml.tmp-amigo"
    try ws.write(
      Array("schema: amigo.trajectory/1\nid: AOS-2026-ZZZ9\nlabel: Kim D.\n".utf8), to: copy)
    try ws.write(
      ws.bytes(ws.trajectory(TempWorkspace.child)),
      to: ws.trajectories + "/.\(TempWorkspace.child).yaml.tmp-amigo")
    let r = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(r.exitCode == 0, "\(r): \(r.stdout)\(r.stderr)")
    let output = r.stdout + r.stderr
    #expect(
      output.contains(
        ".AOS-2026-ZZZ9.yaml.tmp-amigo: warning[ignored-file]: een kopie van een onderbroken schrijfactie: amigo werd gestopt terwijl het 'AOS-2026-ZZZ9.yaml' maakte, dat niet bestaat"
      ), "\(output)")
    #expect(output.contains("haal het dan weg: rm '"), "\(output)")
    #expect(!output.contains(".\(TempWorkspace.child).yaml.tmp-"), "\(output)")
  }

  /// A file made read-only (`chmod a-w`, say to freeze a closed trajectory) was replaced all the
  /// same, even by a user who may not write it: a write renames a new file over it. Refused now,
  /// as a folder that may not be written is, with exit 74 and the file as it was.
  @Test func aReadOnlyFileIsNotReplaced() throws {
    let ws = try TempWorkspace("readonly-file")
    let path = ws.trajectory(TempWorkspace.child)
    let before = ws.bytes(path)
    chmod(path, 0o444)
    let r = try amigo([
      "log-session", "K7Q4", "--note", "should not be written", "--dir", ws.root, "--today",
      TempWorkspace.today,
    ])
    #expect(r.exitCode == 74, "\(r): \(r.stderr)")
    #expect(
      r.stderr.contains(
        "AOS-2026-K7Q4.yaml' niet schrijven: het is alleen-lezen (het bestand zelf mag niet beschreven worden); maak het eerst beschrijfbaar (chmod u+w)"
      ), "\(r.stderr)")
    #expect(ws.bytes(path) == before)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o444)
    #expect(ws.strayFiles().isEmpty, "\(ws.strayFiles())")
    // A report over a read-only file is refused too.
    let report = ws.root + "/week.md"
    try ws.write(Array("kept\n".utf8), to: report)
    chmod(report, 0o444)
    let week = try amigo([
      "report", "--week", "--output", report, "--dir", ws.root, "--today",
      TempWorkspace.today,
    ])
    #expect(week.exitCode == 74, "\(week): \(week.stderr)")
    #expect(ws.bytes(report) == Array("kept\n".utf8))
  }

  /// A file name from a colleague's clone can hold anything: an escape sequence in it
  /// recoloured (or cleared) the terminal of whoever ran validate, a line break split the
  /// `file:line:column:` header in two. Both show as symbols now.
  @Test func controlCharactersInAFileNameAreShownAsSymbols() throws {
    let ws = try TempWorkspace("names")
    let bytes = ws.bytes(ws.trajectory(TempWorkspace.child))
    try ws.write(bytes, to: ws.trajectories + "/AOS-2026-\u{1B}[2J\u{1B}[31mX.yaml")
    try ws.write(bytes, to: ws.trajectories + "/AOS-2026-\nY.yaml")
    let r = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(r.exitCode == 1, "\(r)")
    let output = r.stdout + r.stderr
    #expect(!output.contains("\u{1B}"), "\(output)")
    #expect(output.contains("/AOS-2026-\u{241B}[2J\u{241B}[31mX.yaml:3:5: error[id-mismatch]"))
    #expect(output.contains("/AOS-2026-\u{240A}Y.yaml:3:5: error[id-mismatch]"), "\(output)")
    #expect(!output.contains("AOS-2026-\nY"))
  }

  /// The terminal closes (SIGHUP) or the computer shuts down (SIGTERM) while `edit`'s editor
  /// runs: amigo died at once and left its private copy of the child's whole file in the
  /// workspace (`.amigo-edit-…/`) for good. Now the editor gets the signal and ends as it does;
  /// amigo lives on, saves what the editor saved, and removes the copy.
  @Test(arguments: [SIGHUP, SIGTERM]) func editOutlivesAHangup(_ signal: Int32) throws {
    let ws = try TempWorkspace("hangup")
    guard let binary = AmigoBinary.path else { return }
    let started = ws.root + "/editor-started"
    let editor = ws.root + "/editor.sh"
    // The editor saves, says it runs, and takes a moment to end (it outlives the signal, as an
    // editor that was not sent one does).
    try ws.write(
      Array(
        "#!/bin/sh\necho '# edited before the hangup' >> \"$1\"\ntouch '\(started)'\nsleep 1\n"
          .utf8), to: editor)
    chmod(editor, 0o755)
    let edit = try Spawn.start(
      binary, ["edit", "K7Q4", "--dir", ws.root, "--today", TempWorkspace.today],
      environment: ["EDITOR": editor, "VISUAL": editor])
    for _ in 0..<3000 where !FileManager.default.fileExists(atPath: started) { usleep(10_000) }
    kill(edit.pid, signal)
    let r = edit.wait(timeout: 60)
    #expect(r.exitCode == 0, "\(r): \(r.stderr)")
    #expect(
      occurrences(
        of: "# edited before the hangup", in: ws.bytes(ws.trajectory(TempWorkspace.child))) == 1)
    let left = try FileManager.default.contentsOfDirectory(atPath: ws.root).filter {
      $0.hasPrefix(".amigo-edit-")
    }
    #expect(left.isEmpty, "\(left)")
  }

  /// `trajectories/` is a link out of the workspace: each file in it was reported as "a symbolic
  /// link to …" with the advice to replace that link by the file, though no file is a link.
  /// The message now names the folder on the way, and the advice fits both.
  @Test func filesBehindALinkedFolderNameTheFolder() throws {
    let ws = try TempWorkspace("linked")
    let outside = ws.root + "-outside"
    try FileManager.default.moveItem(atPath: ws.trajectories, toPath: outside)
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: ws.trajectories, withDestinationPath: outside)
    let r = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(r.exitCode == 1, "\(r)")
    let output = r.stdout + r.stderr
    #expect(
      output.contains(
        "AOS-2026-K7Q4.yaml: error[unreadable-file]: het bestand is niet te lezen: het ligt achter een symbolische koppeling: een map op de weg ernaartoe leidt naar '\(realPath(outside))', buiten de werkmap"
      ), "\(output)")
    #expect(!output.contains("het is een symbolische koppeling naar"), "\(output)")
    #expect(output.contains("vervang de koppeling door waar ze naar leidt (het bestand, of de map"))
  }

  /// Another amigo holds the workspace lock (stopped with Ctrl-Z, or slow): a writer waits for
  /// it, and says so, instead of hanging without a word; once the lock is free it writes.
  @Test func waitingForAnotherAmigoIsSaid() throws {
    let ws = try TempWorkspace("lock")
    guard let binary = AmigoBinary.path else { return }
    let lock = open(ws.root + "/.amigo.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
    let writer = try Spawn.start(
      binary,
      [
        "log-session", "K7Q4", "--note", "after the wait", "--dir", ws.root, "--today",
        TempWorkspace.today,
      ])
    // The message comes while the lock is still held (up to 30 s for a slow machine).
    var said = ""
    for _ in 0..<3000 where !said.contains("\n") {
      said = (try? String(contentsOfFile: writer.io + "/stderr", encoding: .utf8)) ?? ""
      usleep(10_000)
    }
    close(lock)
    let r = writer.wait(timeout: 60)
    #expect(
      said
        == "amigo: een ander amigo-commando schrijft in deze werkmap (het houdt '\(ws.root)/.amigo.lock' vast); amigo wacht tot het klaar is. Druk op Ctrl-C om niet te wachten (er verandert dan niets)\n"
    )
    #expect(r.exitCode == 0, "\(r): \(r.stderr)")
    #expect(
      occurrences(of: "after the wait", in: ws.bytes(ws.trajectory(TempWorkspace.child))) == 1)
  }

  /// Runs amigo with the standard descriptors in `closed` closed (as `cmd >&-` does).
  func amigoClosing(_ closed: String, _ arguments: [String]) throws -> ProcessResult {
    guard let binary = AmigoBinary.path else { throw SpawnError(message: "no amigo") }
    return try Spawn.run(
      "/bin/bash", ["-c", "exec \"$@\" \(closed)", "bash", binary] + arguments)
  }

  /// With a standard stream closed, the next file amigo opened took its number (the workspace
  /// lock, the listing cache: output went to their descriptors), and the message was the
  /// system's English. Now the numbers stay taken, and the message says the stream is closed.
  @Test func closedStandardStreamsReceiveNothingAndAreNamed() throws {
    let ws = try TempWorkspace("closed")
    let common = ["--dir", ws.root, "--today", TempWorkspace.today]
    _ = try amigo(["list"] + common)  // writes the listing cache
    let list = try amigoClosing(">&-", ["list"] + common)
    #expect(list.exitCode == 74, "\(list): \(list.stderr)")
    #expect(
      list.stderr
        == "amigo: kan niet schrijven naar standaarduitvoer: het is gesloten (ongeldige bestandsdescriptor)\n"
    )

    let path = ws.trajectory(TempWorkspace.child)
    let before = ws.bytes(path)
    let note = try amigoClosing(
      "<&-", ["log-session", "K7Q4", "--note-file", "-"] + common)
    #expect(note.exitCode == 74, "\(note): \(note.stderr)")
    #expect(
      note.stderr
        == "amigo: kan de standaardinvoer niet lezen: het is gesloten (ongeldige bestandsdescriptor)\n"
    )
    #expect(ws.bytes(path) == before)

    // All three closed: the session is written, nothing else is, and the lock stays empty.
    let logged = try amigoClosing(
      "<&- >&- 2>&-", ["log-session", "K7Q4", "--note", "closed streams"] + common)
    #expect(logged.exitCode == 74, "\(logged)")
    let after = ws.bytes(path)
    #expect(insertedBlock(before, after).map { occurrences(of: "closed streams", in: $0) } == 1)
    #expect(ws.bytes(ws.root + "/.amigo.lock").isEmpty)
    #expect(ws.strayFiles().isEmpty, "\(ws.strayFiles())")
  }
}
