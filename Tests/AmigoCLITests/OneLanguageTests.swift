import AmigoCLI
import AmigoReports
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language: numbers in Dutch text follow Dutch (`4,5`, as `show` writes them),
/// never in JSON; usage errors speak the workspace's language.
@Suite struct OneLanguageTests {
  static let caseload = Fixtures.root.appendingPathComponent("Examples/caseload").path

  func run(_ args: [String]) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(currentDirectory: Self.caseload, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }

  @Test func dutchReportsWriteADecimalCommaAsShowDoes() {
    let (_, nl, _) = run(["report", "--week"])
    #expect(nl.contains("g2 4,5"))
    #expect(!nl.contains("4.5"))
    let (_, markdown, _) = run(["report", "--week", "--format", "markdown"])
    #expect(markdown.contains("g2 4,5"))
    let (_, show, _) = run(["show", "9TFX"])
    #expect(show.contains("4,5"))
    let (_, en, _) = run(["report", "--week", "--lang", "en"])
    #expect(en.contains("g2 4.5"))
    let (_, json, _) = run(["report", "--week", "--format", "json"])
    #expect(json.contains("\"g2\": 4.5"))
    let (_, csv, _) = run(["report", "--week", "--format", "csv"])
    #expect(csv.contains("g2=4.5"))
    let (_, csvNL, _) = run(["report", "--week", "--format", "csv", "--csv-delimiter", ";"])
    #expect(csvNL.contains("g2=4,5"))
  }

  /// The child report's and the record's measures (change, reliable change index) and goal
  /// scores: the decimal comma in Dutch text, Markdown and HTML (QA: `2.34 verbeterd`); a point
  /// in English, JSON and CSV.
  @Test func dutchChildReportsAndRecordsWriteTheRCIWithADecimalComma() {
    for format in ["text", "markdown", "html"] {
      let (_, nl, _) = run(["report", "--child", "AOS-2025-6NCE", "--format", format])
      #expect(nl.contains("2,34 verbeterd"), "\(format)")
      #expect(nl.contains("1,85 onveranderd"), "\(format)")
      #expect(!nl.contains("2.34") && !nl.contains("1.85"), "\(format)")
      // The goal's scores over time beside it (`2 → 7,5`; HTML shows every score), and the
      // child talks per week against the norm.
      #expect(nl.contains(format == "html" ? "2 → 4,5 → 7,5" : "2 → 7,5"), "\(format)")
      #expect(!nl.contains("→ 7.5"), "\(format)")
      #expect(nl.contains("2,0 per week (norm 2)"), "\(format)")
      #expect(!nl.contains("2.0 per week"), "\(format)")
    }
    for format in ["markdown", "html"] {
      let (_, record, _) = run(["export", "--record", "AOS-2025-6NCE", "--format", format])
      #expect(record.contains("2,34 verbeterd"), "\(format)")
      #expect(!record.contains("2.34"), "\(format)")
      // A goal's scores, one by one: `12 jun 2026: 7,5`.
      #expect(record.contains(": 7,5"), "\(format)")
      #expect(!record.contains(": 7.5"), "\(format)")
    }
    let (_, en, _) = run(["report", "--child", "AOS-2025-6NCE", "--lang", "en"])
    #expect(en.contains("2.34 improved"))
    #expect(en.contains("2 → 7.5"))
    let (_, json, _) = run(["report", "--child", "AOS-2025-6NCE", "--format", "json"])
    #expect(json.contains("2.34"))
    #expect(!json.contains("2,34"))
  }

  @Test func oneFormatterForShowAndReports() {
    #expect(Language.nl.number(5.5) == "5,5")
    #expect(Language.en.number(5.5) == "5.5")
    #expect(Language.nl.number(6) == "6")
    #expect(Cell.number(14.25, decimals: 1).display(.nl) == "14,3")
    #expect(Cell.range(13.1, 17.3, decimals: 1).display(.nl) == "13,1-17,3")
    #expect(Cell.percent(92, decimals: 0).display(.nl) == "92%")
  }

  /// Usage errors in a Dutch workspace: Dutch words, Dutch words first in the allowed values;
  /// codes and values stay as they are. Outside a workspace: English.
  @Test func usageErrorsSpeakTheWorkspacesLanguage() {
    let (status, _, err) = run(["log-session", "K7Q4", "--kind", "koffie"])
    #expect(status == .usage)
    #expect(
      err.hasPrefix(
        "Fout: De waarde 'koffie' is ongeldig voor '--kind <kind>'\nKies een van 'kindgesprek', "))
    #expect(err.contains("(of in het Engels: 'child-talk', "))
    #expect(
      err.contains(
        "\nGebruik: amigo log-session [<options>] <child>\n  Zie 'amigo log-session --help' voor meer uitleg.\n"
      ))
    let (_, _, unknown) = run(["vaildate"])
    #expect(unknown.hasPrefix("Fout: Onbekende opdracht 'vaildate'. Bedoelde je 'validate'?"))
    let outside = Environment(currentDirectory: "/")
    _ = Amigo.run(["vaildate"], environment: outside)
    #expect(outside.stderr.text.hasPrefix("Error: Unknown command 'vaildate'."))
  }

  /// Every message has both languages, naming the same things.
  @Test func everyMessageHasBothLanguages() {
    for message in Message.allCases {
      guard let entry = Message.catalogue[message] else {
        Issue.record("no catalogue entry for \(message)")
        continue
      }
      #expect(!entry.en.isEmpty && !entry.nl.isEmpty, "\(message)")
      #expect(Message.placeholders(entry.en) == Message.placeholders(entry.nl), "\(message)")
    }
  }
}
