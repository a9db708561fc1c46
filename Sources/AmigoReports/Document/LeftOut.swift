import AmigoSchema

/// A file a report leaves out: a trajectory file that could not be read as a trajectory (a
/// YAML or structural error such as a duplicate key or a git conflict left in it), one that
/// repeats another file's trajectory id (the id counts once), or an activity file with errors.
public struct LeftOutFile: Sendable, Hashable {
  /// Why the file is left out.
  public enum Kind: Sendable, Hashable {
    /// It could not be read as a trajectory.
    case unreadable
    /// It holds the trajectory id of another file, which is counted instead.
    case repeatedID
    /// An activity file with errors, or one that could not be read as an activity.
    case activity
  }

  /// The id: the trajectory's (`repeatedID`), else the one its file name gives it.
  public var id: String
  /// The path as amigo shows it.
  public var path: String
  /// The first error: its line (when known) and code.
  public var line: Int?
  public var code: String
  public var kind: Kind

  public init(id: String, path: String, line: Int?, code: String, kind: Kind = .unreadable) {
    self.id = id
    self.path = path
    self.line = line
    self.code = code
    self.kind = kind
  }

  /// `trajectories/AOS-2026-K7Q4.yaml:40 (duplicate-key)`.
  public var location: String {
    path + (line.map { ":\($0)" } ?? "") + " (\(code))"
  }

  /// The id as a report that may leave the workspace shows it: only an id of the shape amigo
  /// makes (`AOS-2026-K7Q4`, `G-2026-3HX9`, a tally `L-2026-03-mvd`), which cannot hold a
  /// name; nil for any other (a file named `Pietje Jansen.yaml` that could not be read has no
  /// id, and its name may be a child's).
  public var shownID: String? {
    TrajectoryIDShape.isGenerated(id, needsDigit: false) || Self.isTallyID(id) ? id : nil
  }

  /// `L-<yyyy>-<mm>-<worker>`: a worker's tally of light contacts in a month
  /// (`Activity.lightContactsID`).
  static func isTallyID(_ id: String) -> Bool {
    let parts = id.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "L", parts[1].count == 4, parts[2].count == 2,
      (parts[1] + parts[2]).allSatisfy({ $0.isASCII && $0.isNumber })
    else { return false }
    return Identifier.isValid(String(parts[3]))
  }

  /// The line and code of its error without the path: `line 40 (duplicate-key)`.
  func lineAndCode(_ lang: Language) -> String {
    (line.map { lang("line \($0)", "regel \($0)") + " " } ?? "") + "(\(code))"
  }

  /// How a report that may leave the workspace names the file: its id (`shownID`), the line
  /// and code of its error, never its path.
  func withoutPath(_ lang: Language) -> String {
    (shownID.map { $0 + ": " } ?? "") + lineAndCode(lang)
  }
}

extension ReportDocument {
  /// The report with the files it left out named where no reader can miss them: two facts
  /// (`left_out`, the number, and `left_out_ids`), a section before all others, and rows at the
  /// top of the CSV table. Unchanged when nothing was left out.
  ///
  /// The week report is the worker's own (it names the children): it names each file by its id
  /// and path. Every other report (the period report, the coordinator's views) may leave the
  /// workspace, for a funder or a manager: it never shows a path, and shows an id only where
  /// it has the shape amigo makes (`LeftOutFile.shownID`). A file that could not be read and
  /// is named `Pietje Jansen.yaml` is counted there, not named (standard error and `amigo
  /// validate` name it); `left_out_ids` lists the ids shown, and is left out when none is.
  public func namingLeftOut(_ files: [LeftOutFile], _ lang: Language) -> ReportDocument {
    guard !files.isEmpty else { return self }
    let withPaths = kind == "week"
    var doc = self
    let ids = withPaths ? files.map(\.id) : files.compactMap(\.shownID)
    doc.facts.append(Fact("left_out", lang("Left out", "Weggelaten"), .int(files.count)))
    if !ids.isEmpty {
      doc.facts.append(
        Fact(
          "left_out_ids", lang("Left out (ids)", "Weggelaten (ids)"), .list(ids.map { .text($0) }))
      )
    }
    let n = files.count
    let what: String
    if files.contains(where: { $0.kind == .activity }) {
      // Activity files (meetings, groups) are left out for any error: said so when there are.
      what =
        n == 1
        ? lang(
          "1 file has errors or could not be read and is not in this report:",
          "1 bestand bevat fouten of kon niet gelezen worden en staat niet in dit rapport:")
        : lang(
          "\(n) files have errors or could not be read and are not in this report:",
          "\(n) bestanden bevatten fouten of konden niet gelezen worden en staan niet in dit rapport:"
        )
    } else if files.allSatisfy({ $0.kind == .unreadable }) {
      what =
        n == 1
        ? lang(
          "1 file could not be read as a trajectory and is not in this report:",
          "1 bestand kon niet als traject gelezen worden en staat niet in dit rapport:")
        : lang(
          "\(n) files could not be read as trajectories and are not in this report:",
          "\(n) bestanden konden niet als traject gelezen worden en staan niet in dit rapport:"
        )
    } else if files.allSatisfy({ $0.kind == .repeatedID }) {
      what =
        n == 1
        ? lang(
          "1 file repeats the trajectory id of another file and is not in this report; that trajectory counts once, from the other file:",
          "1 bestand herhaalt de traject-id van een ander bestand en staat niet in dit rapport; dat traject telt één keer, uit het andere bestand:"
        )
        : lang(
          "\(n) files repeat the trajectory id of another file and are not in this report; each trajectory counts once, from the file named after its id:",
          "\(n) bestanden herhalen de traject-id van een ander bestand en staan niet in dit rapport; elk traject telt één keer, uit het bestand dat naar de id heet:"
        )
    } else {
      what = lang(
        "\(n) files could not be read as trajectories or repeat the trajectory id of another file, and are not in this report:",
        "\(n) bestanden konden niet als traject gelezen worden of herhalen de traject-id van een ander bestand, en staan niet in dit rapport:"
      )
    }
    var items: [String]
    if withPaths {
      items = files.map { "\($0.id): \($0.location)" }
    } else {
      items = files.filter { $0.shownID != nil }.map { $0.withoutPath(lang) }
      let unnamed = files.filter { $0.shownID == nil }.count
      if unnamed > 0 {
        items.append(
          unnamed == 1
            ? lang(
              "1 file left out, not named here (its name is not an id); 'amigo validate' names it",
              "1 bestand weggelaten, hier niet genoemd (de naam is geen id); 'amigo validate' noemt het"
            )
            : lang(
              "\(unnamed) files left out, not named here (their names are not ids); 'amigo validate' names them",
              "\(unnamed) bestanden weggelaten, hier niet genoemd (de namen zijn geen id's); 'amigo validate' noemt ze"
            ))
      }
    }
    let fix =
      files.allSatisfy({ $0.kind == .repeatedID })
      ? (n == 1
        ? lang(
          "Remove the copy or give it an id of its own ('amigo validate' names both files) and make the report again.",
          "Verwijder de kopie of geef die een eigen id ('amigo validate' noemt beide bestanden) en maak het rapport opnieuw."
        )
        : lang(
          "Remove the copies or give them ids of their own ('amigo validate' names the files) and make the report again.",
          "Verwijder de kopieën of geef ze een eigen id ('amigo validate' noemt de bestanden) en maak het rapport opnieuw."
        ))
      : (n == 1
        ? lang(
          "Its figures are missing. Fix the file ('amigo validate' shows what is wrong) and make the report again.",
          "De cijfers ervan ontbreken. Herstel het bestand ('amigo validate' toont wat er mis is) en maak het rapport opnieuw."
        )
        : lang(
          "Their figures are missing. Fix the files ('amigo validate' shows what is wrong) and make the report again.",
          "De cijfers ervan ontbreken. Herstel de bestanden ('amigo validate' toont wat er mis is) en maak het rapport opnieuw."
        ))
    doc.sections.insert(
      Section(
        id: "left-out", title: lang("Left out", "Weggelaten"),
        blocks: [.paragraph(what), .list(items), .paragraph(fix)]), at: 0)
    if let table = doc.csvTable {
      doc.csvTable = Table(
        id: table.id, columns: table.columns,
        rows: files.map { leftOutRow($0, columns: table.columns, withPath: withPaths, lang) }
          + table.rows)
    }
    return doc
  }

  /// A CSV row for a left-out file: its id in the id column (`group` in the period table, with
  /// the file as its label in the week's), the facts the table repeats on every row (the
  /// period, the ISO week and its Monday), the code `left-out` in the group type column
  /// (period), and what happened in the indicator column (period, as the label of the code
  /// `left_out`) or the attention column (week, as the label of the code `left-out`), else in
  /// the last text column. Without the
  /// path (`withPath`, see `namingLeftOut`): the id only where it is shown, else the code
  /// `file`, and the line and code of the error (after the id, in a table without an id
  /// column).
  func leftOutRow(
    _ file: LeftOutFile, columns: [Column], withPath: Bool, _ lang: Language
  ) -> [Cell] {
    let why =
      file.kind == .repeatedID
      ? lang(
        "left out, repeats the trajectory id of another file: ",
        "weggelaten, herhaalt de traject-id van een ander bestand: ")
      : lang("left out, could not be read: ", "weggelaten, niet leesbaar: ")
    var row = [Cell](repeating: .empty, count: columns.count)
    let keys = columns.map(\.key)
    let idColumn = keys.firstIndex(of: "id") ?? keys.firstIndex(of: "group")
    // Without an id column (the coordinator's team table) the note names the id it may show.
    let note =
      why
      + (withPath
        ? file.location : idColumn == nil ? file.withoutPath(lang) : file.lineAndCode(lang))
    if let i = keys.firstIndex(of: "group_type") {
      row[i] = .code("left-out", label: lang("left out", "weggelaten"))
    }
    if let i = idColumn {
      if withPath {
        row[i] = columns[i].labelColumn != nil ? .code(file.id, label: file.path) : .text(file.id)
      } else if let id = file.shownID {
        row[i] = columns[i].labelColumn != nil ? .code(id, label: id) : .text(id)
      } else {
        let unnamed = lang("file (not named)", "bestand (niet genoemd)")
        row[i] = columns[i].labelColumn != nil ? .code("file", label: unnamed) : .text(unnamed)
      }
    }
    // The report's own facts where the table repeats them on every row (period, organisation;
    // the week's ISO week and Monday).
    for (i, key) in keys.enumerated() {
      switch key {
      case "period", "organisation":
        if let fact = facts.first(where: { $0.key == key }), case .text = fact.value {
          row[i] = fact.value
        }
      case "iso_week":
        if let fact = facts.first(where: { $0.key == "week" }), case .text = fact.value {
          row[i] = fact.value
        }
      case "week_start":
        if let fact = facts.first(where: { $0.key == "dates" }),
          case .dates(let from, _, _) = fact.value
        {
          row[i] = .text(from)
        }
      default: break
      }
    }
    if let i = keys.firstIndex(of: "indicator") {
      row[i] = .code("left_out", label: note)
    } else if let i = keys.firstIndex(of: "attention") {
      row[i] = .list([.code("left-out", label: note)])
    } else if let i = columns.lastIndex(where: { !$0.numeric }), i != idColumn {
      row[i] = .text(note)
    }
    return row
  }
}
