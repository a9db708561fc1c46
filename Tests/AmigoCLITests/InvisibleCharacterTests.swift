import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// A zero-width character (U+200B, U+200C, U+200D, U+2060, U+FEFF) is judged by one function
/// (`ControlCharacterRule.firstInvisible`) wherever text is typed: an error in what names
/// something (a child's label, a group's name, the names in amigo.yaml), a warning in free
/// text (notes and other texts), and the commands that write them do as `validate` judges.
@Suite struct InvisibleCharacterTests {
  static let today = "2026-11-19"

  @Test func aZeroWidthCharacterInAGroupsNameIsAnError() throws {
    let ws = try TemporaryWorkspace(example: "tijd-voor-toekomst")
    let dir = ws.root.appendingPathComponent("activities")
    let file = try #require(
      FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first {
        let text = try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)
        return text?.contains("\nname: ") == true
      })
    let url = dir.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = try #require(text.split(separator: "\n").first { $0.hasPrefix("name: ") })
    let changed = text.replacingOccurrences(of: name + "\n", with: name + "\u{200B}\n")
    try Data(changed.utf8).write(to: url)
    let (status, out, _) = ws.run(["validate", "--today", Self.today])
    #expect(status == .failure, "\(out)")
    #expect(out.contains("error[control-character-in-value]: name "), "\(out)")
    #expect(out.contains("U+200B"), "\(out)")
  }

  @Test func groupNewRefusesAZeroWidthCharacterInTheName() throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let (status, _, err) = ws.run([
      "group", "new", "--name", "Rots\u{200B} en water", "--children", "K7Q4", "--today",
      Self.today,
    ])
    #expect(status != .success)
    #expect(err.contains("U+200B"), "\(err)")
    // Nothing was written (the caseload has no activity files).
    #expect(
      !FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("activities").path))
  }

  /// In an activity's note it is a warning, from `validate` and from the command that writes
  /// it; the file is written.
  @Test func aZeroWidthCharacterInAnActivityNoteIsAWarning() throws {
    let ws = try TemporaryWorkspace(example: "kansencoach")
    let (status, out, err) = ws.run([
      "coach", "--school", "obs-de-brink", "--teacher", "teacher", "--theme", "behaviour",
      "--minutes", "30", "--note", "Lees\u{200B}plan besproken", "--today", Self.today,
    ])
    #expect(status == .success, "\(out)\(err)")
    #expect((out + err).contains("invisible-character"), "\(out)\(err)")
    let (valid, vout, _) = ws.run(["validate", "--today", Self.today])
    #expect(valid == .success, "\(vout)")
    #expect(vout.contains("warning[invisible-character]: "), "\(vout)")
    #expect(vout.contains("U+200B"), "\(vout)")
  }

  /// A session note likewise: a warning, and `log-session` writes it and says so.
  @Test func aZeroWidthCharacterInASessionNoteIsAWarning() throws {
    let ws = try TemporaryWorkspace(example: "caseload")
    let (status, out, err) = ws.run([
      "log-session", "K7Q4", "--minutes", "20", "--note", "Jan\u{200B}sen belde", "--today",
      Self.today,
    ])
    #expect(status == .success, "\(out)\(err)")
    #expect((out + err).contains("invisible-character"), "\(out)\(err)")
    let (valid, vout, _) = ws.run(["validate", "--today", Self.today])
    #expect(valid == .success, "\(vout)")
    #expect(vout.contains("warning[invisible-character]: notitie van een contact bevat"), "\(vout)")
  }

  /// The names in amigo.yaml: an error, at the name; a joiner between letters of a script
  /// that writes with it is part of the name.
  @Test(arguments: [
    ("{name: OBS De Akker}", "{name: \"OBS De\\u200B Akker\"}", "schools.de-akker.name"),
    ("{name: M. de Vries}", "{name: \"M. de Vries\u{2060}\"}", "workers.mv.name"),
    (
      "label: Amigo's op School", "label: \"Amigo's op\u{FEFF} School\"",
      "programmes.amigos-op-school.label"
    ),
    ("organisation: Test", "organisation: \"Te\\u200Dst\"", "organisation"),
  ])
  func aZeroWidthCharacterInAConfigNameIsAnError(
    _ old: String, _ new: String, _ path: String
  )
    throws
  {
    let config = smallConfig.replacingOccurrences(of: old, with: new)
    #expect(config != smallConfig)
    let ws = try TemporaryWorkspace([
      "amigo.yaml": config, "trajectories/T-1.yaml": trajectoryFile("T-1"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status != .success)
    #expect(
      out.contains("error[control-character-in-value]: \(path) bevat het onzichtbare teken"),
      "\(out)")
  }

  @Test func aJoinerInsideAConfigNameOfItsScriptIsPartOfIt() throws {
    let ws = try TemporaryWorkspace([
      "amigo.yaml": smallConfig.replacingOccurrences(
        of: "{name: M. de Vries}", with: "{name: \"می\u{200C}خواهم R.\"}"),
      "trajectories/T-1.yaml": trajectoryFile("T-1"),
    ])
    let (status, out, _) = ws.run(["validate"])
    #expect(status == .success, "\(out)")
  }

  @Test func initRefusesAZeroWidthCharacterInTheOrganisation() throws {
    let ws = try TemporaryWorkspace([:])
    let (status, _, err) = ws.run(["init", "--organisation", "Stich\u{200B}ting", "sub"])
    #expect(status == .usage, "\(err)")
    #expect(err.contains("invisible characters") || err.contains("onzichtbare tekens"), "\(err)")
    #expect(
      !FileManager.default.fileExists(
        atPath: ws.root.appendingPathComponent("sub/amigo.yaml").path))
  }
}
