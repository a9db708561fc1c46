import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 26, item 2: a control character written as an escape (`"Ev\e[31ma R."`) is an error
/// in every value, and no text, Markdown or CSV output ever prints one.
@Suite struct ControlCharacterTests {
  /// `validate` of the caseload example with Sam B.'s label (line 10) written as `label`.
  static func validate(label: String) throws -> (AmigoCLI.ExitStatus, String) {
    let ws = try TemporaryWorkspace(example: "caseload")
    let file = ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "  label: Sam B.\n", with: "  label: \(label)\n").utf8
    ).write(to: file)
    let (status, out, _) = ws.run(["validate", "--today", "2026-11-19"])
    return (status, out)
  }

  static let escape = "\u{1B}"

  /// The example caseload with Sam B.'s label holding an escape sequence.
  func caseloadWithEscapedLabel() throws -> TemporaryWorkspace {
    let ws = try TemporaryWorkspace(example: "caseload")
    let file = ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("  label: Sam B.\n"))
    try Data(
      text.replacingOccurrences(of: "  label: Sam B.\n", with: "  label: \"Sa\\e[31mm B.\"\n").utf8
    ).write(to: file)
    return ws
  }

  @Test func anEscapedControlCharacterInALabelIsAnError() throws {
    let ws = try caseloadWithEscapedLabel()
    let (status, out, _) = ws.run(["validate", "--today", "2026-11-19"])
    #expect(status == .failure)
    #expect(out.contains("AOS-2026-K7Q4.yaml:10:10: error[control-character-in-value]"))
    #expect(!out.contains(Self.escape))
  }

  @Test(arguments: [
    ["report", "--child", "K7Q4", "--today", "2026-11-19"],
    ["report", "--child", "K7Q4", "--today", "2026-11-19", "--format", "markdown"],
    ["report", "--child", "K7Q4", "--today", "2026-11-19", "--format", "csv"],
    ["report", "--week", "--today", "2026-11-19"],
    ["report", "--week", "--today", "2026-11-19", "--format", "markdown"],
    ["report", "--week", "--today", "2026-11-19", "--format", "csv"],
    ["list", "--today", "2026-11-19"],
    ["show", "K7Q4", "--today", "2026-11-19"],
  ])
  func noOutputPrintsTheControlCharacter(_ args: [String]) throws {
    let ws = try caseloadWithEscapedLabel()
    let (_, out, err) = ws.run(args)
    #expect(!out.contains(Self.escape), "\(args)")
    #expect(!err.contains(Self.escape), "\(args)")
  }

  /// A code and its label (a school amigo.yaml does not know is shown by its code) went into
  /// Markdown and CSV as they were: `school: "zee\e[31mster"` put the escape into both.
  @Test(arguments: ["markdown", "csv", "text"])
  func aCodeCellPrintsNoControlCharacter(_ format: String) throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let file = ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("\nschool: de-zeester\n"))
    try Data(
      text.replacingOccurrences(
        of: "\nschool: de-zeester\n", with: "\nschool: \"zee\\e[31mster\"\n"
      ).utf8
    ).write(to: file)
    let (_, out, _) = ws.run(["report", "--week", "--today", "2026-11-19", "--format", format])
    #expect(out.contains("zee\u{FFFD}"), "\(out)")
    #expect(!out.contains(Self.escape), "\(out)")
  }

  @Test func newChildRefusesTheLabelAndPrintsNoEscape() throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let fm = FileManager.default
    let before = try fm.contentsOfDirectory(
      atPath: ws.root.appendingPathComponent("trajectories").path)
    let (status, out, err) = ws.run([
      "new-child", "--label", "Ev\u{1B}[31ma R.", "--born", "2016-05", "--referred-by", "parents",
      "--school", "de-zeester", "--worker", "mvd", "--today", "2026-11-19",
    ])
    #expect(status != .success)
    #expect(!out.contains(Self.escape) && !err.contains(Self.escape))
    let after = try fm.contentsOfDirectory(
      atPath: ws.root.appendingPathComponent("trajectories").path)
    #expect(before.sorted() == after.sorted())
  }

  /// A bidirectional override or isolate (U+202E, U+2066) shows a text reordered in an editor
  /// or `git diff` ("Trojan source"); amigo's output removed them, but `new-child` stored such a
  /// label and `validate` said nothing, written as itself or as an escape.
  @Test(arguments: ["\"Sam\\u202E B.\"", "Sam\u{2066} B.", "\"Sam \\u202AB.\""])
  func aBidirectionalControlInALabelIsAnError(_ label: String) throws {
    let (status, out) = try Self.validate(label: label)
    #expect(status == .failure)
    #expect(
      out.contains("AOS-2026-K7Q4.yaml:10:10: error[control-character-in-value]: child.label"),
      "\(out)")
    #expect(out.contains("het is een richtingsteken"), "\(out)")
  }

  /// A zero-width character (U+200B-U+200D, U+2060, U+FEFF) in a label makes it look like
  /// another label while it is not: finding the child by label and the privacy checks of
  /// labels miss it. Stored and validated without a word before; written as itself it passed
  /// even the canonical layout's fast path.
  @Test(arguments: ["Sam\u{200B} B.", "\"Sam B.\\u200D\"", "Sam B.\u{2060}", "\u{FEFF}Sam B."])
  func aZeroWidthCharacterInALabelIsAnError(_ label: String) throws {
    let (status, out) = try Self.validate(label: label)
    #expect(status == .failure)
    #expect(
      out.contains(
        "AOS-2026-K7Q4.yaml:10:10: error[control-character-in-value]: child.label bevat het onzichtbare teken U+"
      ), "\(out)")
    #expect(out.contains("het is een teken zonder breedte"), "\(out)")
  }

  /// A non-joiner or joiner between two letters of a script written with them is part of a
  /// name (the Persian "Mohammad‌Reza" as محمد‌رضا): the label is valid. Between Latin letters the
  /// same character only makes the label look like another.
  @Test(arguments: [
    ("\u{645}\u{62D}\u{645}\u{62F}\u{200C}\u{631}\u{636}\u{627} B.", true),
    ("Sa\u{200C}m B.", false),
  ])
  func aJoinerInsideANameOfItsScriptIsPartOfIt(_ label: String, valid: Bool) throws {
    let (status, out) = try Self.validate(label: label)
    #expect(out.contains("U+200C") == !valid, "\(out)")
    #expect((status == .success) == valid, "\(out)")
  }

  @Test func newChildRefusesAZeroWidthCharacterInTheLabel() throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let fm = FileManager.default
    let dir = ws.root.appendingPathComponent("trajectories").path
    let before = try fm.contentsOfDirectory(atPath: dir)
    let (status, _, err) = ws.run([
      "new-child", "--label", "Sam\u{200B} B.", "--born", "2016-05", "--referred-by", "ib",
      "--programme", "amigos-op-school",
      "--school", "de-zeester", "--worker", "mvd", "--today", "2026-11-19",
    ])
    #expect(status != .success)
    #expect(err.contains("U+200B"), "\(err)")
    #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == before.sorted())
  }

  @Test(arguments: ["Ev\u{202E}a R.", "Ev\u{2067}a R."])
  func newChildRefusesABidirectionalControl(_ label: String) throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let fm = FileManager.default
    let dir = ws.root.appendingPathComponent("trajectories").path
    let before = try fm.contentsOfDirectory(atPath: dir)
    let (status, out, err) = ws.run([
      "new-child", "--label", label, "--born", "2016-05", "--referred-by", "parents",
      "--school", "de-zeester", "--worker", "mvd", "--today", "2026-11-19",
    ])
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(err.contains("Er staat het stuurteken U+"), "\(err)")
    #expect(!err.contains("\u{202E}") && !err.contains("\u{2067}"))
    #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == before.sorted())
  }

  @Test func aControlCharacterInTheConfigIsAnError() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig.replacingOccurrences(
        of: "{name: OBS De Akker}", with: "{name: \"OBS De\\u001B[2J Akker\"}"),
      "trajectories/T-1.yaml": trajectoryFile("T-1"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status != .success)
    #expect(
      out.contains("error[control-character-in-value]: schools.de-akker.name bevat"), "\(out)")
  }

  @Test func blockTextMayHoldTabsAndLineBreaks() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig,
      "trajectories/T-1.yaml": trajectoryFile(
        "T-1",
        extra: "referral: {date: 2025-09-01, by: teacher, request: \"Eerst\\tdan\\nklaar.\"}\n"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status == .success, "\(out)")
  }

  /// The example caseload in a temporary folder, to write into.
  func caseload(_ name: String = "caseload") throws -> TemporaryWorkspace {
    let ws = try TemporaryWorkspace(example: name)
    return ws
  }

  /// A writing command refuses a control character in what it was given before it writes:
  /// the usage error names the option (or argument), shows the character as a symbol and says
  /// to give the value again; no line of a file that was never written, no 'amigo edit'.
  @Test(arguments: [
    (["log-session", "K7Q4", "--minutes", "30", "--note", "a\u{0B}b"], "--note <text>", "U+000B"),
    (["goal", "add", "K7Q4", "--text", "Ik\u{1B}[31m durf"], "--text <text>", "U+001B"),
    (
      ["share", "K7Q4", "--with", "teacher", "--what", "attendance", "--note", "a\u{7F}"],
      "--note <text>", "U+007F"
    ),
    (
      ["close", "K7Q4", "--reason", "completed", "--summary", "klaar\u{0C}"], "--summary <text>",
      "U+000C"
    ),
    (["agree", "K7Q4", "M-2026-XXXX", "a\u{01}b"], "<agreed>", "U+0001"),
    (
      ["consent", "K7Q4", "--given-by", "parents\u{1B}", "--scope", "support"],
      "--given-by <who>", "U+001B"
    ),
  ])
  func writingCommandsNameTheOptionOfAControlCharacter(
    _ args: [String], option: String, code: String
  ) throws {
    let ws = try caseload()
    let file = ws.root.appendingPathComponent("trajectories/AOS-2026-K7Q4.yaml")
    let before = try Data(contentsOf: file)
    let (status, out, err) = ws.run(args + ["--today", "2026-11-19"])
    #expect(status == .usage, "\(args): \(err)")
    // The example workspace speaks Dutch.
    #expect(err.contains("is ongeldig voor '\(option)'"), "\(err)")
    #expect(err.contains("stuurteken \(code)") && err.contains("geef het opnieuw"), "\(err)")
    #expect(!err.contains("amigo edit") && !err.contains(".yaml:"), "\(err)")
    #expect(!(out + err).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(err)")
    #expect(try Data(contentsOf: file) == before)
  }

  /// A tab or a line break in one-line text is refused the same way; in text that may span
  /// lines it is kept.
  @Test func aTabIsRefusedInOneLineTextOnly() throws {
    let ws = try caseload()
    let (status, _, err) = ws.run([
      "goal", "add", "K7Q4", "--text", "Ik durf\tte vragen", "--today", "2026-11-19",
    ])
    #expect(status == .usage)
    #expect(err.contains("'Ik durf␉te vragen' is ongeldig voor '--text <text>'"), "\(err)")
    #expect(err.contains("één regel tekst"), "\(err)")
    // A line break too, also where no command of its own checks it: 'group new --name' wrote
    // its name as block text and then refused the file by its line.
    let (named, _, nameErr) = ws.run([
      "group", "new", "--name", "Rots\nen water", "--children", "K7Q4", "--today", "2026-11-19",
    ])
    #expect(named == .usage)
    #expect(nameErr.contains("'Rots␊en water' is ongeldig voor '--name <name>'"), "\(nameErr)")
    #expect(!nameErr.contains(".yaml:"), "\(nameErr)")
    // Nothing was written (the caseload has no activity files).
    #expect(
      !FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("activities").path))
    let (logged, _, logErr) = ws.run([
      "log-session", "K7Q4", "--minutes", "30", "--note", "Eerst\tdan", "--today",
      "2026-11-19",
    ])
    #expect(logged == .success, "\(logErr)")
  }

  /// Tabs: one policy for free text that may span lines. An activity's note (and a group
  /// meeting's) holds a tab as a session note does, on one line (`"a\tb"`) as well as in
  /// block text; before, `coach --note` and `meeting --note` refused one on a single line.
  @Test func anActivityNoteMayHoldATabAsASessionNoteDoes() throws {
    let ws = try caseload("kansencoach")
    let (status, out, err) = ws.run([
      "coach", "--school", "obs-de-brink", "--teacher", "teacher", "--theme", "behaviour",
      "--minutes", "30", "--note", "Eerst\tdan", "--today", "2026-11-19",
    ])
    #expect(status == .success, "\(out)\(err)")
    let (valid, vout, _) = ws.run(["validate", "--today", "2026-11-19"])
    #expect(valid == .success, "\(vout)")
    // The full path (a file not in the canonical layout) reads it alike.
    let activity = """
      schema: amigo.activity/1
      id: C-2026-T4B1
      type: teacher-support
      programme: kansencoach
      school: obs-de-brink
      workers: [lw]
      theme: behaviour
      date: 2026-10-08
      minutes: 45
      teacher: teacher
      note:   "a\\tb"

      """
    try Data(activity.utf8).write(
      to: ws.root.appendingPathComponent("activities/C-2026-T4B1.yaml"))
    let (again, aout, _) = ws.run(["validate", "--today", "2026-11-19"])
    #expect(again == .success, "\(aout)")
    // A tab in a one-line value of an activity is still an error.
    try Data(
      activity.replacingOccurrences(of: "theme: behaviour", with: "theme: \"be\\thaviour\"").utf8
    )
    .write(to: ws.root.appendingPathComponent("activities/C-2026-T4B1.yaml"))
    let (bad, bout, _) = ws.run(["validate", "--today", "2026-11-19"])
    #expect(bad != .success)
    #expect(bout.contains("control-character-in-value"), "\(bout)")
  }

  /// Usage errors and other messages quote a value or a file name with its control characters
  /// as symbols, as diagnostic headers do: nothing reaches the terminal raw.
  @Test func messagesShowControlCharactersInValuesAndNamesAsSymbols() throws {
    let ws = try caseload()
    let (status, _, err) = ws.run(["init", "--organisation", "a\u{1B}[31mred", "sub"])
    #expect(status == .usage)
    #expect(err.contains("'a␛[31mred'"), "\(err)")
    #expect(!err.contains(Self.escape))
    let (missing, _, missingErr) = ws.run(["validate", "nonexist\u{1B}[31m"])
    #expect(missing != .success)
    #expect(missingErr.contains("nonexist␛[31m") && !missingErr.contains(Self.escape))
    let (unknown, _, unknownErr) = ws.run(["list\u{1B}[2J"])
    #expect(unknown == .usage)
    #expect(unknownErr.contains("list␛[2J") && !unknownErr.contains(Self.escape))
    // A file whose name holds an escape (a copy of a trajectory without consent, so that the
    // change is refused): the message under the diagnostics names it safely.
    let trajectories = ws.root.appendingPathComponent("trajectories")
    try FileManager.default.copyItem(
      at: trajectories.appendingPathComponent("AOS-2026-0DXR.yaml"),
      to: trajectories.appendingPathComponent("X\u{1B}[31mY.yaml"))
    let (changed, out, changeErr) = ws.run([
      "log-session", "X\u{1B}[31mY", "--minutes", "30", "--today", "2026-11-19",
    ])
    #expect(changed != .success)
    #expect(changeErr.contains("trajectories/X␛[31mY.yaml ongeldig"), "\(changeErr)")
    #expect(!(out + changeErr).contains(Self.escape), "\(changeErr)")
  }

  /// `import` quotes a cell in its problems as every other message quotes a value (before, as
  /// U+FFFD, the table cells' stand-in, which hides which character it was).
  @Test func importQuotesACellWithItsControlCharacterAsASymbol() throws {
    let ws = try caseload()
    let csv = ws.root.appendingPathComponent("in.csv")
    try Data(
      """
      label,born,school,worker,referral,programme,referred-by
      Sam B.,2016-03,de-zeester\u{1B}[31m,sk,2026-09-01,amigos-op-school,teacher

      """.utf8
    ).write(to: csv)
    let (status, out, err) = ws.run(["import", csv.path, "--today", "2026-11-19"])
    #expect(status != .success)
    #expect(err.contains("'de-zeester␛[31m'"), "\(err)")
    #expect(!(out + err).contains(Self.escape))
  }
}
