import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// `amigo edit` with real editors: small shell scripts that change the copy they are given.
@Suite struct EditCommandTests {
  /// A workspace with one valid trajectory, and a folder outside it for editor scripts.
  final class Fixture {
    let workspace: TemporaryWorkspace
    let scratch: TemporaryFolder
    var scripts: URL { scratch.root }

    init(trajectory: String = trajectoryFile("T-1")) throws {
      workspace = try TemporaryWorkspace([
        "amigo.yaml": smallConfig, "trajectories/T-1.yaml": trajectory,
      ])
      scratch = try TemporaryFolder(prefix: "amigo-editors")
    }

    var file: String { workspace.path + "/trajectories/T-1.yaml" }
    var text: String { (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }

    /// An editor command running a `/bin/sh` script; the file to edit is its last argument, `$f`.
    func editor(_ body: String) throws -> String {
      let url = scripts.appendingPathComponent("editor-\(UUID().uuidString).sh")
      try Data("#!/bin/sh\nfor f; do :; done\n\(body)\n".utf8).write(to: url)
      // Run through sh, not exec'd directly: another test's spawn may hold a descriptor of a
      // script being written, and exec would then fail with ETXTBSY ("text file busy").
      return "/bin/sh " + url.path
    }

    /// Runs `amigo edit T-1` with `variables` (PATH, ORIG and LOG are added), optionally as on
    /// a terminal answering prompts with `answers`.
    func edit(
      _ variables: [String: String], interactive: Bool = false, answers: [String] = []
    ) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(
        variables: variables.merging(
          [
            "PATH": "/usr/bin:/bin", "ORIG": file, "LOG": scripts.path + "/log",
            "XDG_STATE_HOME": state,
          ]
        ) { a, _ in a }, currentDirectory: workspace.path)
      if interactive {
        let queue = LineQueue(answers)
        env.isInteractive = true
        env.readLine = { queue.next() }
      }
      let status = Amigo.run(["edit", "T-1"], environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    /// Every file in the workspace, hidden ones included (the lock file aside).
    var files: [String] {
      (FileManager.default.subpaths(atPath: workspace.path) ?? []).filter {
        $0 != ".amigo.lock" && $0 != "trajectories"
      }.sorted()
    }

    var log: String { (try? String(contentsOfFile: scripts.path + "/log", encoding: .utf8)) ?? "" }

    /// amigo's private state folder for these runs (recovery files go under it).
    var state: String { scripts.path + "/state" }
    var recoveryFolder: String { state + "/amigo/recovery" }

    /// The recovery files kept so far, by name.
    var kept: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: recoveryFolder)) ?? []).sorted()
    }

    func keptText(_ name: String) -> String {
      (try? String(contentsOfFile: recoveryFolder + "/" + name, encoding: .utf8)) ?? ""
    }
  }

  /// The line that says where an unsaved edit of T-1 was kept.
  static func keptLine(_ f: Fixture, _ n: Int = 1) -> String {
    "amigo: je wijziging is bewaard in \(f.recoveryFolder)/edit-T-1-2026-01-01-\(n).yaml (alleen"
      + " jij kunt het lezen; verwijder het als je klaar bent). Neem wat je nodig hebt over in het"
      + " bestand met 'amigo edit T-1'.\n"
  }

  @Test func anEditThatKeepsTheFileValidIsSaved() throws {
    let f = try Fixture()
    let before = f.text
    let editor = try f.editor("sed -i 's/label: Kind A\\./label: Kind B./' \"$f\"")
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .success)
    #expect(out == "trajectories/T-1.yaml is opgeslagen.\n")
    #expect(err == "")
    #expect(f.text == before.replacingOccurrences(of: "Kind A.", with: "Kind B."))
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"], "no stray copy")
  }

  /// A window editor that is not told to wait (`EDITOR=code`) hands the file back at once:
  /// amigo found it unchanged and removed its copy, and the edit the user saved later went
  /// nowhere. Refused before anything opens, with the command that waits (QA finding).
  @Test func aWindowEditorThatDoesNotWaitIsRefusedWithTheCommandThatDoes() throws {
    let f = try Fixture()
    let before = f.text
    let (status, out, err) = f.edit(["EDITOR": "code"])
    #expect(status == .usage)
    #expect(out.isEmpty)
    #expect(
      err
        == "amigo: de editor 'code' ($EDITOR) geeft het bestand meteen terug, voordat je het hebt bewerkt, dus amigo zou je bewerking nooit zien; zet $EDITOR='code --wait', dat wacht tot je het bestand sluit\n"
    )
    let subl = f.edit(["VISUAL": "/opt/bin/subl -n"])
    #expect(subl.0 == .usage)
    #expect(subl.2.contains("zet $VISUAL='/opt/bin/subl --wait -n'"), "\(subl.2)")
    #expect(f.text == before)
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"], "no stray copy")
  }

  /// A problem whose message names a line ("first on line 9") is the same problem after an
  /// edit added a line above it: such an edit was refused as adding an error (QA finding).
  @Test func anEditAboveAProblemThatNamesALineIsSaved() throws {
    let f = try Fixture(trajectory: trajectoryFile("T-1", extra: "  label: Kind B."))
    let before = f.text
    let editor = try f.editor("sed -i '1i # een opmerking' \"$f\"")
    let (status, _, err) = f.edit(["EDITOR": editor])
    #expect(status == .success, "\(err)")
    #expect(!err.contains("zou een fout toevoegen"), "\(err)")
    #expect(f.text == "# een opmerking\n" + before)
  }

  @Test func anEditThatBreaksTheFileIsRefusedAndTheOriginalUntouched() throws {
    let f = try Fixture()
    let before = f.text
    let editor = try f.editor("printf 'status: &x closed\\n' >> \"$f\"")
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .dataError)
    #expect(out == "")
    #expect(err.contains("error[duplicate-key]: dubbele sleutel 'status'"))
    #expect(err.contains("error[unsupported-anchor]"))
    #expect(
      err.hasSuffix(
        "amigo: je bewerking zou 2 fouten toevoegen aan trajectories/T-1.yaml; trajectories/T-1.yaml is niet veranderd\n"
          + Self.keptLine(f)))
    #expect(!err.contains("Re-open"), "no prompt without a terminal")
    #expect(f.text == before)
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
    #expect(f.kept == ["edit-T-1-2026-01-01-1.yaml"])
    #expect(f.keptText("edit-T-1-2026-01-01-1.yaml") == before + "status: &x closed\n")
  }

  @Test func anUnchangedFileIsNotWritten() throws {
    let f = try Fixture()
    let before =
      try FileManager.default.attributesOfItem(atPath: f.file)[.modificationDate] as? Date
    let (status, out, err) = f.edit(["EDITOR": try f.editor(":")])
    #expect(status == .success)
    #expect(out == "Geen wijzigingen in trajectories/T-1.yaml.\n")
    #expect(err == "")
    #expect(
      try FileManager.default.attributesOfItem(atPath: f.file)[.modificationDate] as? Date == before
    )
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
  }

  @Test func aFileChangedOnDiskDuringTheEditIsNotOverwritten() throws {
    let f = try Fixture()
    let editor = try f.editor(
      """
      printf '# changed by someone else\\n' >> "$ORIG"
      sed -i 's/label: Kind A\\./label: Kind B./' "$f"
      """)
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .ioError)
    #expect(out == "")
    #expect(
      err
        == "amigo: trajectories/T-1.yaml is op schijf veranderd terwijl je het bewerkte; je bewerking is er niet overheen bewaard\n"
        + Self.keptLine(f)
    )
    #expect(f.text.hasSuffix("# changed by someone else\n"), "the other change stays")
    #expect(f.text.contains("Kind A."), "our edit was not written")
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
    // The edit is kept, owner-only, outside the workspace.
    let kept = f.recoveryFolder + "/edit-T-1-2026-01-01-1.yaml"
    #expect(f.keptText("edit-T-1-2026-01-01-1.yaml").contains("label: Kind B."))
    #expect(
      try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int == 0o600)
    #expect(
      try FileManager.default.attributesOfItem(atPath: f.recoveryFolder)[.posixPermissions] as? Int
        == 0o700)
  }

  /// The child is erased (`amigo erase` in another terminal) while the editor is open: the
  /// edit is not saved, and not kept in a recovery file either, which would outlive the
  /// erasure with the child's whole file in it.
  @Test func anEditOfAChildErasedMeanwhileIsNotKept() throws {
    let f = try Fixture()
    let editor = try f.editor(
      """
      sed -i 's/label: Kind A\\./label: Kind B./' "$f"
      rm "$ORIG"
      ws=$(dirname "$(dirname "$ORIG")")
      mkdir -p "$ws/.amigo"
      printf 'erased:\\n  - {id: T-1, date: 2026-01-01}\\n' > "$ws/.amigo/erased.yaml"
      """)
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .ioError)
    #expect(out == "")
    #expect(
      err.hasSuffix(
        "amigo: je wijziging is niet bewaard: T-1 is gewist op 1 jan 2026, en van een gewist kind blijft niets achter\n"
      ), "\(err)")
    #expect(f.kept == [])
    #expect(!FileManager.default.fileExists(atPath: f.file))
    #expect(f.files == [".amigo", ".amigo/erased.yaml", "amigo.yaml"])
  }

  @Test func aWorkspaceThatCannotBeWrittenIsFoundBeforeTheEditorOpens() throws {
    let f = try Fixture()
    let before = f.text
    // A folder where the lock file belongs: the lock cannot be taken, not even by root.
    try FileManager.default.createDirectory(
      atPath: f.workspace.path + "/.amigo.lock", withIntermediateDirectories: true)
    let (status, out, err) = f.edit(["EDITOR": try f.editor("echo opened > \"$LOG\"")])
    #expect(status == .ioError)
    #expect(out == "")
    #expect(err.hasPrefix("amigo: kan '\(f.workspace.path)/.amigo.lock' niet schrijven: "))
    #expect(
      err.hasSuffix(
        "; amigo kan geen wijziging opslaan, dus er is geen editor geopend. trajectories/T-1.yaml is niet veranderd\n"
      ))
    #expect(f.log == "", "the editor did not run")
    #expect(f.text == before)
    #expect(f.kept == [])
  }

  @Test func anEditThatCannotBeSavedIsKept() throws {
    let f = try Fixture()
    let before = f.text
    // The workspace becomes unwritable while the editor runs.
    let editor = try f.editor(
      """
      sed -i 's/Kind A\\./Kind B./' "$f"
      rm -f "$(dirname "$ORIG")/../.amigo.lock"; mkdir "$(dirname "$ORIG")/../.amigo.lock"
      """)
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .ioError)
    #expect(out == "")
    #expect(err.contains("trajectories/T-1.yaml is niet veranderd\n" + Self.keptLine(f)))
    #expect(f.text == before)
    #expect(
      f.keptText("edit-T-1-2026-01-01-1.yaml")
        == before.replacingOccurrences(
          of: "Kind A.", with: "Kind B."))
  }

  @Test func theCopyIsPrivateAndNamedLikeTheFile() throws {
    let f = try Fixture()
    let editor = try f.editor(
      "stat -c '%a' \"$(dirname \"$f\")\" \"$f\" > \"$LOG\"; basename \"$f\" >> \"$LOG\"")
    let (status, _, _) = f.edit(["EDITOR": editor])
    #expect(status == .success)
    #expect(f.log == "700\n600\nT-1.yaml\n")
  }

  @Test func editorCommandsWithArgumentsWorkAndVisualComesFirst() throws {
    let f = try Fixture()
    let visual = try f.editor(
      "printf '%s|' \"$@\" > \"$LOG\"; sed -i 's/Kind A\\./Kind V./' \"$f\"")
    let editor = try f.editor("sed -i 's/Kind A\\./Kind E./' \"$f\"")
    let (status, _, _) = f.edit(["VISUAL": visual + " --wait -n", "EDITOR": editor])
    #expect(status == .success)
    #expect(f.log.hasPrefix("--wait|-n|"))
    #expect(f.log.hasSuffix("/T-1.yaml|"))
    #expect(f.text.contains("label: Kind V."))
  }

  @Test func anEditorThatFailsLeavesTheFileAndKeepsTheEdit() throws {
    let f = try Fixture()
    let before = f.text
    let editor = try f.editor("sed -i 's/Kind A\\./Kind B./' \"$f\"; exit 3")
    let (status, out, err) = f.edit(["EDITOR": editor])
    #expect(status == .failure)
    #expect(out == "")
    #expect(
      err
        == "amigo: de editor stopte met status 3; trajectories/T-1.yaml is niet veranderd\n"
        + Self.keptLine(f)
    )
    #expect(f.text == before)
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
    #expect(f.keptText("edit-T-1-2026-01-01-1.yaml").contains("Kind B."))

    let (missing, _, missingErr) = f.edit(["EDITOR": "/nonexistent/editor"])
    #expect(missing == .failure)
    #expect(missingErr.contains("de editor '/nonexistent/editor' kon niet worden gestart"))
  }

  @Test func onATerminalABrokenEditCanBeReopenedAndFixed() throws {
    let f = try Fixture()
    // First run: adds an unknown field. Second run: removes it and changes the label.
    let editor = try f.editor(
      """
      if [ -e "$LOG" ]; then
        sed -i '/^bogus:/d; s/Kind A\\./Kind B./' "$f"
      else
        echo run > "$LOG"
        printf 'bogus: 1\\n' >> "$f"
      fi
      """)
    let (status, out, err) = f.edit(["EDITOR": editor], interactive: true, answers: [""])
    #expect(status == .success)
    #expect(out == "trajectories/T-1.yaml is opgeslagen.\n")
    #expect(err.contains("bogus"))
    #expect(
      err.hasSuffix("amigo: je wijziging voegt een fout toe. De editor opnieuw openen? [J/n] "))
    #expect(f.text.contains("label: Kind B."))
    #expect(!f.text.contains("bogus"))
    #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
  }

  @Test func onATerminalDecliningToReopenLeavesTheFileAndKeepsTheEdit() throws {
    for answer in ["n", "nee"] as [String?] + [nil] {
      let f = try Fixture()
      let before = f.text
      let editor = try f.editor("printf 'bogus: 1\\n' >> \"$f\"")
      let (status, _, err) = f.edit(
        ["EDITOR": editor], interactive: true, answers: answer.map { [$0] } ?? [])
      #expect(status == .dataError, "answer \(answer ?? "none")")
      // The end of input ends the question's line, as at every prompt.
      #expect(
        err.contains(
          "De editor opnieuw openen? [J/n] " + (answer == nil ? "\n" : "")
            + "amigo: je bewerking zou een fout toevoegen aan"))
      #expect(err.hasSuffix(Self.keptLine(f)))
      #expect(f.text == before)
      #expect(f.files == ["amigo.yaml", "trajectories/T-1.yaml"])
      #expect(f.keptText("edit-T-1-2026-01-01-1.yaml") == before + "bogus: 1\n")
    }
  }

  @Test func aFileWithErrorsCanBeFixedOrImprovedButNotMadeWorse() throws {
    let broken = trajectoryFile("T-1", status: "actief")
    // Fixed.
    let f = try Fixture(trajectory: broken)
    let (fixed, out, _) = f.edit(["EDITOR": try f.editor("sed -i 's/actief/referred/' \"$f\"")])
    #expect(fixed == .success)
    #expect(out == "trajectories/T-1.yaml is opgeslagen.\n")
    #expect(f.text == trajectoryFile("T-1"))
    // Changed, the old error kept: saved, with a reminder.
    let g = try Fixture(trajectory: broken)
    let (kept, _, err) = g.edit(["EDITOR": try g.editor("sed -i 's/Kind A\\./Kind B./' \"$f\"")])
    #expect(kept == .success)
    #expect(
      err
        == "amigo: waarschuwing: trajectories/T-1.yaml bevat nog 1 fout; zie 'amigo validate trajectories/T-1.yaml'\n"
    )
    // A new error on top of the old one: refused.
    let h = try Fixture(trajectory: broken)
    let (worse, _, _) = h.edit(["EDITOR": try h.editor("printf 'bogus: 1\\n' >> \"$f\"")])
    #expect(worse == .dataError)
    #expect(h.text == broken)
  }
}
