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
}

extension ReportDocument {
  /// The report with the files it left out named where no reader can miss them: two facts
  /// (`left_out`, the number, and `left_out_ids`), a section before all others, and rows at the
  /// top of the CSV table. Unchanged when nothing was left out.
  public func namingLeftOut(_ files: [LeftOutFile], _ lang: Language) -> ReportDocument {
    guard !files.isEmpty else { return self }
    var doc = self
    doc.facts += [
      Fact("left_out", lang("Left out", "Weggelaten"), .int(files.count)),
      Fact(
        "left_out_ids", lang("Left out (ids)", "Weggelaten (ids)"),
        .list(files.map { .text($0.id) })),
    ]
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
    let items = files.map { "\($0.id): \($0.location)" }
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
        rows: files.map { leftOutRow($0, columns: table.columns, lang) }
          + table.rows)
    }
    return doc
  }

  /// A CSV row for a left-out file: its id in the id column (`group` in the period table, with
  /// the file as its label), the facts the table repeats on every row (the period), the
  /// code `left-out` in the group type column (period), and what happened in the indicator
  /// column (period, as the label of the code `left_out`) or the attention column (week, as the
  /// label of the code `left-out`), else in the last text column.
  func leftOutRow(_ file: LeftOutFile, columns: [Column], _ lang: Language) -> [Cell] {
    let why =
      file.kind == .repeatedID
      ? lang(
        "left out, repeats the trajectory id of another file: ",
        "weggelaten, herhaalt de traject-id van een ander bestand: ")
      : lang("left out, could not be read: ", "weggelaten, niet leesbaar: ")
    let note = why + file.location
    var row = [Cell](repeating: .empty, count: columns.count)
    let keys = columns.map(\.key)
    let idColumn = keys.firstIndex(of: "id") ?? keys.firstIndex(of: "group")
    if let i = keys.firstIndex(of: "group_type") {
      row[i] = .code("left-out", label: lang("left out", "weggelaten"))
    }
    if let i = idColumn {
      row[i] = columns[i].labelColumn != nil ? .code(file.id, label: file.path) : .text(file.id)
    }
    // The report's own facts where the table repeats them on every row (period, organisation).
    for (i, key) in keys.enumerated() where key == "period" || key == "organisation" {
      if let fact = facts.first(where: { $0.key == key }), case .text = fact.value {
        row[i] = fact.value
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
