import AmigoSchema
import AmigoYAML

extension TrajectoryFile {
  /// The same file with the `duplicate-id` error against the file shown as `other`, its excerpt
  /// read from the file when the load kept no text of it (a clean file).
  public func addingDuplicateID(other: String) -> TrajectoryFile {
    guard let t = trajectory else { return self }
    let document =
      diagnostics.isEmpty
      ? ((try? FileSystem.read(path)).map { YAMLDocument(bytes: $0) } ?? self.document)
      : self.document
    let d = SchemaDiagnostics.duplicateID(
      document.source.range(t.idSpan.start, t.idSpan.end), id: t.id, other: other
    ).inFile(displayPath)
    return adding(d, document: document)
  }
}

extension TrajectoryFile {
  /// The same file with the repeat request's (`previous:`) error when it names the file itself
  /// or no trajectory among `known` (the workspace's ids, from the index; an id in `erased`
  /// says when it was erased), as a full `validate` gives it; unchanged otherwise.
  public func addingPreviousCheck(
    known: Set<String>, erased: [String: LocalDate]
  ) -> TrajectoryFile {
    guard let t = trajectory, let previous = t.previous else { return self }
    let make: (SourceRange) -> Diagnostic
    if !t.id.isEmpty, previous == t.id {
      make = { SchemaDiagnostics.previousIsSelf($0, t.id) }
    } else if !known.contains(previous) {
      make = {
        SchemaDiagnostics.unknownPrevious(
          $0, previous, erasedOn: erased[previous],
          suggestion: Suggestions.nearest(previous, in: known.sorted()))
      }
    } else {
      return self
    }
    let document =
      diagnostics.isEmpty
      ? ((try? FileSystem.read(path)).map { YAMLDocument(bytes: $0) } ?? self.document)
      : self.document
    let d = make(document.source.range(t.previousSpan.start, t.previousSpan.end))
    return adding(d.inFile(displayPath), document: document)
  }

  /// The same file with the `erased-trajectory` error when `erased` (the ledger of erased ids)
  /// names its id: the child was erased, and a copy brought it back.
  public func addingErasedCheck(_ erased: [String: LocalDate]) -> TrajectoryFile {
    guard let t = trajectory, let day = erased[t.id] else { return self }
    let document =
      diagnostics.isEmpty
      ? ((try? FileSystem.read(path)).map { YAMLDocument(bytes: $0) } ?? self.document)
      : self.document
    let d = SchemaDiagnostics.erasedTrajectory(
      document.source.range(t.idSpan.start, t.idSpan.end), t.id, erasedOn: day)
    return adding(d.inFile(displayPath), document: document)
  }

  /// A scalar still readable at `keys` (`["plan", "start"]`) in a file that does not decode as a
  /// trajectory (`list` shows what it can of it); nil when absent or empty.
  public func scalar(_ keys: [String]) -> String? {
    guard let value = document.node(at: YAMLPath(keys.map { .key($0) }))?.scalar?.value,
      !value.isEmpty
    else { return nil }
    return value
  }
}
