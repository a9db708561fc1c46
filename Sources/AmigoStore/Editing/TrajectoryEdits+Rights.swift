import AmigoSchema
import AmigoYAML

/// The edits behind `amigo statement` and `amigo handover` (issue 33; `Model/Rights.swift`).
extension TrajectoryEdits {
  /// Adds the family's statement, dated, after the statements of that day or before.
  public static func addStatement(
    _ editor: inout YAMLEditor, date: LocalDate, by: String, text: String
  ) throws {
    let item = YAMLContent.mapping([
      ("date", .literal(date.description)), ("by", .literal(by)), ("text", .text(text)),
    ])
    try insertByDate(&editor, item, date: date, list: "statements", spec: Schemas.trajectory)
  }

  /// Hands the trajectory over from `from` to `to` on `date`: `to` becomes the worker where
  /// `from` was the worker, or takes `from`'s place among the further workers; a dated
  /// `handovers:` entry records it.
  public static func handOver(
    _ editor: inout YAMLEditor, _ t: Trajectory, from: String, to: String, date: LocalDate
  ) throws {
    if t.worker == from {
      try set(&editor, "worker", .literal(to), spec: Schemas.trajectory)
      // The new lead was one of the further workers: now once, as the lead.
      if let i = t.workers.firstIndex(of: to) {
        try editor.remove(["workers", .index(i)])
      }
    } else if let i = t.workers.firstIndex(of: from) {
      if t.worker == to || t.workers.contains(to) {
        try editor.remove(["workers", .index(i)])
      } else {
        try editor.set(["workers", .index(i)], to: .literal(to))
      }
    }
    let item = YAMLContent.mapping(
      [("date", .literal(date.description)), ("from", .literal(from)), ("to", .literal(to))],
      flow: true)
    try insertByDate(&editor, item, date: date, list: "handovers", spec: Schemas.trajectory)
  }
}
