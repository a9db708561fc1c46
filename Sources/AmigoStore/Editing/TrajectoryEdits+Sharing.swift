import AmigoSchema
import AmigoYAML

/// The edits behind `amigo share`: an entry of the sharing log, in date order.
extension TrajectoryEdits {
  /// An entry of `sharing` as content, keys in schema order; `basis` only when given and not
  /// the default (`consent`).
  public static func sharing(
    date: LocalDate, direction: String, with: [String], what: [String], basis: String?,
    note: String?
  ) -> YAMLContent {
    var entries: [(String, YAMLContent)] = [
      ("date", .literal(date.description)), ("direction", .literal(direction)),
      ("with", .sequence(with.map { .literal($0) }, flow: true)),
      ("what", .sequence(what.map { .literal($0) }, flow: true)),
    ]
    if let basis { entries.append(("basis", .literal(basis))) }
    if let note, !note.isEmpty { entries.append(("note", .text(note))) }
    return .mapping(entries)
  }

  /// Adds an entry to the sharing log, after every entry dated on or before it.
  public static func addSharing(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate
  )
    throws
  {
    try addItem(&editor, item, date: date, list: "sharing")
  }
}

extension TrajectoryEdits {
  /// A meldcode step as content, keys in schema order.
  public static func meldcodeStep(date: LocalDate, step: String, outcome: String?) -> YAMLContent {
    var entries: [(String, YAMLContent)] = [
      ("date", .literal(date.description)), ("step", .literal(step)),
    ]
    if let outcome { entries.append(("outcome", .literal(outcome))) }
    return .mapping(entries)
  }

  /// Adds a meldcode step, after every step dated on or before it.
  public static func addMeldcodeStep(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate
  ) throws {
    try addItem(&editor, item, date: date, list: "meldcode")
  }
}
