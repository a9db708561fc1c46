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
