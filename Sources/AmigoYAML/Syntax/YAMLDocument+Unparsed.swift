extension YAMLDocument {
  /// A document of `source` that was never parsed: no tree and no problems. For a file the
  /// fast path (`CanonicalScanner`) read without a syntax problem and that is kept only for
  /// the excerpts of its diagnostics: the line table is all an excerpt needs, so the file is
  /// not parsed a second time.
  public init(unparsed source: SourceText) {
    self.source = source
    self.root = nil
    self.diagnostics = []
  }
}
