import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI

/// `amigo import` with CSV files as Dutch spreadsheets save them: Excel's "CSV UTF-8" (`;`,
/// a byte order mark, CRLF), its "Unicode text" (UTF-16 with tabs), its plain "CSV"
/// (Windows-1252, which amigo refuses), LibreOffice's short dates, and header names as people
/// type them.
@Suite struct ImportCSVTests {
  final class Workspace: ExampleWorkspaceCopy {
    init() throws { try super.init(prefix: "amigo-import") }

    func run(_ csv: Data, _ extra: [String] = []) -> (AmigoCLI.ExitStatus, String, String) {
      var env = Environment(currentDirectory: work.path, today: LocalDate("2026-11-19")!)
      env.standardInput = { csv }
      let status = Amigo.run(
        ["import", "-", "--programme", "amigos-op-school"] + extra, environment: env)
      return (status, env.stdout.text, env.stderr.text)
    }

    func run(_ csv: String, _ extra: [String] = []) -> (AmigoCLI.ExitStatus, String, String) {
      run(Data(csv.utf8), extra)
    }

    var files: [String] {
      ((try? FileManager.default.contentsOfDirectory(
        atPath: work.appendingPathComponent("trajectories").path)) ?? []).sorted()
    }

    /// The texts of the files the import added.
    func added(since before: [String]) -> [String] {
      files.filter { !before.contains($0) }.map {
        (try? String(
          contentsOf: work.appendingPathComponent("trajectories/\($0)"), encoding: .utf8)) ?? ""
      }
    }
  }

  static let header = "naam;school;begeleider;aanmelding;aangemeld door"

  /// A required column that amigo knows under one name only (`school`) was missing: amigo
  /// crashed building the message. Now it names the column and the names it reads.
  @Test func aMissingColumnIsNamed() throws {
    let w = try Workspace()
    let before = w.files
    for (csv, column) in [
      (
        "naam;begeleider;aanmelding;aangemeld door\r\nSam X.;mvd;1-11-2026;leerkracht\r\n", "school"
      ),
      (
        "naam;school;aanmelding;aangemeld door\r\nSam X.;de-zeester;1-11-2026;leerkracht\r\n",
        "worker"
      ),
    ] {
      let (status, _, err) = w.run(csv)
      #expect(status == .dataError, "\(err)")
      #expect(err.contains("rij 1: de kopregel heeft geen kolom '\(column)'"), "\(err)")
      #expect(err.contains("er is niets geschreven"))
    }
    #expect(w.files == before)
    // Without a referrer column, the referrers it suggests are ones `--referred-by` takes (it
    // said 'parents', which the option refuses).
    let csv = "naam;school;begeleider;aanmelding\r\nSam X.;de-zeester;mvd;1-11-2026\r\n"
    let (status, _, err) = w.run(csv)
    #expect(status == .dataError)
    #expect(err.contains("geef --referred-by (teacher, parent, other, …)"), "\(err)")
    #expect(w.run(csv, ["--referred-by", "parent", "--dry-run"]).0 == .success)
  }

  /// An unknown column is named with the accepted name it is a typo of, and the list of names
  /// shows the Dutch ones beside the English, as help does (it listed only the English keys, to
  /// a Dutch user with Dutch headers).
  @Test func anUnknownColumnSuggestsTheNearestName() throws {
    let w = try Workspace()
    let before = w.files
    let csv =
      "naam;school;begeleidster;aanmelding;aangemeld door;leerjaar\r\n"
      + "Sam X.;de-zeester;mvd;1-11-2026;leerkracht;5\r\n"
    let (status, _, err) = w.run(csv)
    #expect(status == .dataError, "\(err)")
    #expect(
      err.contains(
        "rij 1: onbekende kolommen 'begeleidster' (bedoelde je 'begeleider'?), 'leerjaar'; geef die een van deze namen: label (naam), born (geboren), school, worker (begeleider), referral (aanmelding), start, sessions (gesprekken), programme (programma), referred by (aangemeld door), consent (toestemming) (zie 'amigo import --help'), of haal ze weg"
      ), "\(err)")
    #expect(w.files == before)
  }

  /// A header alone is "no rows", whether its line ends in LF or CRLF, or blank rows (`;;;;`)
  /// follow it: no "0 files written" with exit 0.
  @Test(arguments: [
    header + "\r\n", header + "\n", header, header + "\r\n;;;;\r\n\r\n", "\u{FEFF}", "",
  ])
  func aHeaderAloneHasNoRows(_ csv: String) throws {
    let w = try Workspace()
    let (status, out, err) = w.run(csv)
    #expect(status == .dataError)
    #expect(out.isEmpty)
    #expect(err.contains("heeft geen rijen onder de kopregel"), "\(err)")
  }

  /// Excel's "Unicode text": UTF-16 little-endian with a byte order mark, tabs between
  /// values, CRLF. Read as the letters it holds.
  @Test func excelUnicodeTextIsRead() throws {
    let w = try Workspace()
    let before = w.files
    let text =
      "naam\tschool\tbegeleider\taanmelding\taangemeld door\r\nZoë K.\tde-zeester\tmvd\t19-11-2026\tleerkracht\r\n"
    var data = Data([0xFF, 0xFE])
    for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
    let (status, _, err) = w.run(data)
    #expect(status == .success, "\(err)")
    let added = w.added(since: before)
    #expect(added.count == 1)
    #expect(added.first?.contains("label: Zoë K.") == true)
    #expect(added.first?.contains("date: 2026-11-19") == true)
  }

  /// A UTF-8 file with tabs between values (a copy from a spreadsheet saved as text).
  @Test func tabsSeparateValues() throws {
    let w = try Workspace()
    let (status, _, err) = w.run(
      "naam\tschool\tbegeleider\taanmelding\taangemeld door\nZoë K.\tde-zeester\tmvd\t1-11-2026\tleerkracht\n",
      ["--dry-run"])
    #expect(status == .success, "\(err)")
  }

  /// Excel's plain "CSV" in Dutch is Windows-1252 (`ë` is one byte, 0xEB): refused, naming
  /// the first line that is not UTF-8, and nothing written; never mojibake in a file.
  @Test func windows1252IsRefusedWithTheLine() throws {
    let w = try Workspace()
    let before = w.files
    var data = Data((Self.header + "\r\nSam X.;de-zeester;mvd;1-11-2026;leerkracht\r\nZo").utf8)
    data.append(0xEB)
    data.append(contentsOf: Array(" K.;de-zeester;mvd;1-11-2026;leerkracht\r\n".utf8))
    let (status, _, err) = w.run(data)
    #expect(status == .dataError)
    #expect(err.contains("geen UTF-8-tekst (regel 3 is de eerste die het niet is)"), "\(err)")
    #expect(err.contains("'CSV UTF-8'"))
    #expect(w.files == before)
    // A UTF-16 file whose bytes are cut off is refused too, not read halfway.
    let (cut, _, _) = w.run(Data([0xFF, 0xFE, 0x41, 0x00, 0x42]))
    #expect(cut == .dataError)
  }

  /// `sep=;` on the first line (Excel's hint, not shown as a row) names the delimiter; rows
  /// are counted from the header as the spreadsheet shows them.
  @Test func excelsSeparatorLineNamesTheDelimiter() throws {
    let w = try Workspace()
    let (status, out, err) = w.run(
      "sep=;\r\nnaam;school;begeleider;aanmelding;aangemeld door\r\nSam X., Jr;de-zeester;mvd;1-11-2026;leerkracht\r\n",
      ["--dry-run"])
    #expect(status == .success, "\(err)")
    #expect(out.contains("rij 2: zou"))
    #expect(out.contains("label: Sam X., Jr"))
  }

  /// Dates as Dutch spreadsheets show them: day first with a two-digit year (LibreOffice's
  /// short date), the month as a Dutch or English word (Excel's `d-mmm-jj`), year first with
  /// slashes.
  @Test(arguments: [
    ("19-11-2026", "2026-11-19"), ("19/11/2026", "2026-11-19"), ("19.11.2026", "2026-11-19"),
    ("19-11-26", "2026-11-19"), ("19-nov-26", "2026-11-19"), ("19 nov. 2026", "2026-11-19"),
    ("1-mrt-2026", "2026-03-01"), ("1 maart 2026", "2026-03-01"), ("3-okt-26", "2026-10-03"),
    ("3-Oct-2026", "2026-10-03"), ("15 mei 2026", "2026-05-15"), ("2026/11/19", "2026-11-19"),
    ("2026-11-19", "2026-11-19"), ("1-sept-26", "2026-09-01"),
  ])
  func datesAsSpreadsheetsWriteThem(_ text: String, _ date: String) {
    #expect(ImportCommand.parseDate(text)?.description == date)
  }

  @Test func countsFromCellsWithDecimals() {
    #expect(ImportCommand.count("12") == 12)
    #expect(ImportCommand.count("12,0") == 12)
    #expect(ImportCommand.count("12.00") == 12)
    #expect(ImportCommand.count("12,5") == nil)
    #expect(ImportCommand.count("1.000") == nil)
    #expect(ImportCommand.count("12,") == nil)
  }

  /// A birth month as Excel shows `2016-04` once it took it for a date (`apr-16`).
  @Test(arguments: [
    ("04-2016", "2016-04"), ("4/2016", "2016-04"), ("apr-16", "2016-04"),
    ("april 2016", "2016-04"), ("04-16", "2016-04"), ("mei-2017", "2017-05"),
  ])
  func birthMonthsAsSpreadsheetsWriteThem(_ text: String, _ month: String) {
    #expect(ImportCommand.monthFirst(text)?.description == month)
  }

  @Test(arguments: [
    "46345", "19-13-2026", "31-02-2026", "19-no-26", "19-xyz-2026", "19-11-202", "19-11",
    "1-ma-2026", "-1-1-2026", "+1-1-2026", "1-1-2026-", "19 november", "١٩-١١-٢٠٢٦",
    "19-11-２０２６", "nov-19-2026",
  ])
  func notADate(_ text: String) {
    #expect(ImportCommand.parseDate(text) == nil)
  }

  /// A count from a cell with decimals (`12,0`), and header names written with `-`, `_` or
  /// spaces between their words; a real fraction stays a problem named by row and column.
  @Test func countsAndHeaderNamesAsTyped() throws {
    let w = try Workspace()
    let before = w.files
    let csv = """
      \u{FEFF}Naam;School;Begeleider;Aanmeld-datum;Aangemeld_door;Start;Aantal-gesprekken;;\r
      "Sam ""X"".";OBS De Zeester;Mira van Dalen;1-11-2026;Leerkracht;2-11-26;12,0;;\r
      Tim Y.;de-zeester;mvd;1-11-2026;leerkracht;2-11-2026;3.0;;\r
      ;;;;;;;;\r

      """
    let (status, _, err) = w.run(csv)
    #expect(status == .success, "\(err)")
    let added = w.added(since: before).joined()
    #expect(added.contains("label: Sam \"X\"."))
    #expect(added.contains("imported: {date: 2026-11-19, sessions: 12}"))
    #expect(added.contains("imported: {date: 2026-11-19, sessions: 3}"))
    #expect(added.contains("start: 2026-11-02"))

    let (half, _, halfErr) = w.run(
      Self.header
        + ";gesprekken;start\r\nAnn Z.;de-zeester;mvd;1-11-2026;leerkracht;2,5;2-11-2026\r\n")
    #expect(half == .dataError)
    #expect(halfErr.contains("rij 2, kolom 'sessions': '2,5' is geen aantal"), "\(halfErr)")

    // One contact held without a start date: the count agrees with its noun.
    let (one, _, oneErr) = w.run(
      Self.header + ";gesprekken\r\nAnn Z.;de-zeester;mvd;1-11-2026;leerkracht;1\r\n")
    #expect(one == .dataError)
    #expect(oneErr.contains("leeg terwijl er 1 contact is gehouden;"), "\(oneErr)")
  }

  /// A quoted label over two lines, or one that starts like a formula: the row is named, and
  /// nothing is written for any row.
  @Test func badLabelsAreNamedAndNothingIsWritten() throws {
    let w = try Workspace()
    let before = w.files
    let csv =
      Self.header
      + "\r\nSam X.;de-zeester;mvd;1-11-2026;leerkracht\r\n\"Tim\r\nY.\";de-zeester;mvd;1-11-2026;leerkracht\r\n=HYPERLINK(\"x\");de-zeester;mvd;1-11-2026;leerkracht\r\n"
    let (status, _, err) = w.run(csv)
    #expect(status == .dataError)
    #expect(err.contains("rij 3"))
    #expect(err.contains("rij 4"))
    #expect(!err.contains("rij 2"))
    #expect(w.files == before)
  }

  /// Rows that used to vanish without a word, with exit 0 and the other rows imported: a
  /// quote never closed (it took every row after it along), a row without its referrer or
  /// programme, values right of the last header, and a column given twice (the second won).
  @Test(arguments: [
    (
      header
        + "\r\nAnn A.;de-zeester;mvd;1-11-2026;leerkracht\r\n\"Sam B.;de-zeester;mvd;1-11-2026;leerkracht\r\nTim C.;de-zeester;mvd;1-11-2026;leerkracht\r\n",
      "rij 3: een waarde begint met een aanhalingsteken (\") dat nergens wordt gesloten"
    ),
    (
      header
        + "\r\nAnn A.;de-zeester;mvd;1-11-2026;leerkracht\r\nSam B.;de-zeester;mvd;1-11-2026\r\n",
      "rij 3, kolom 'referred-by': leeg; geef wie het kind aanmeldde"
    ),
    (
      header + ";programma\r\nAnn A.;de-zeester;mvd;1-11-2026;leerkracht;\r\n",
      "rij 2, kolom 'programme': leeg; geef het programma"
    ),
    (
      header + "\r\nAnn A.;de-zeester;mvd;1-11-2026;leerkracht;;2016-04\r\n",
      "rij 2: kolom G (7) bevat '2016-04' maar heeft geen kop"
    ),
    (
      header + ";naam\r\nAnn A.;de-zeester;mvd;1-11-2026;leerkracht;Tim C.\r\n",
      "rij 1: kolommen A (1) 'naam' en F (6) 'naam' zijn allebei 'label'"
    ),
  ])
  func noRowIsLeftOutWithoutAWord(_ csv: String, _ problem: String) throws {
    let w = try Workspace()
    let before = w.files
    // The programme column is empty in one case: no --programme then.
    var env = Environment(currentDirectory: w.work.path, today: LocalDate("2026-11-19")!)
    env.standardInput = { Data(csv.utf8) }
    let status = Amigo.run(["import", "-", "--dry-run"], environment: env)
    let err = env.stderr.text
    #expect(status == .dataError, "\(err)")
    #expect(err.contains(problem), "\(err)")
    #expect(w.files == before)
  }

  @Test func columnsAreNamedAsASpreadsheetShowsThem() {
    #expect(CSVTable.columnName(0) == "A (1)")
    #expect(CSVTable.columnName(25) == "Z (26)")
    #expect(CSVTable.columnName(26) == "AA (27)")
    #expect(CSVTable.columnName(701) == "ZZ (702)")
    #expect(CSVTable.columnName(702) == "AAA (703)")
  }
}
