import AmigoSchema
import AmigoYAML

/// The edits behind `amigo pause` and `amigo resume` (`Pause`).
extension TrajectoryEdits {
  /// Adds the pause `from`…`to` (`to` nil: it lasts) at the end of `pauses`.
  public static func addPause(_ editor: inout YAMLEditor, from: LocalDate, to: LocalDate?) throws {
    var entries: [(String, YAMLContent)] = [("from", .literal(from.description))]
    if let to { entries.append(("to", .literal(to.description))) }
    try insertByDate(
      &editor, .mapping(entries), date: from, list: "pauses", spec: Schemas.trajectory)
  }

  /// Ends the open pause (the last one without `to`) on `to`, its last paused day.
  public static func endPause(_ editor: inout YAMLEditor, on to: LocalDate) throws {
    let items = editor.document.node(at: ["pauses"])?.sequence?.items ?? []
    guard
      let index = items.lastIndex(where: {
        $0.value.mapping?["from"] != nil && $0.value.mapping?["to"] == nil
      })
    else { throw YAMLEditError.notFound(["pauses"]) }
    try set(
      &editor, "to", .literal(to.description), in: ["pauses", .index(index)], spec: Schemas.pause)
  }

  /// Sets the trajectory's status.
  public static func setStatus(_ editor: inout YAMLEditor, _ status: TrajectoryStatus) throws {
    try set(&editor, "status", .literal(status.rawValue), spec: Schemas.trajectory)
  }
}
