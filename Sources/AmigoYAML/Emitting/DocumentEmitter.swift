/// Writes new documents from `YAMLContent`: a block mapping at the root, in sections separated
/// by one blank line, the way amigo's files are laid out. Every scalar goes through
/// `ScalarEmitter`, so a value that needs quotes gets them.
public enum DocumentEmitter {
  /// The lines (without line endings) of `key: content` with the key at column `indent`.
  public static func entryLines(
    key: String, _ content: YAMLContent, indent: Int = 0, style: LayoutStyle = LayoutStyle()
  ) -> [String] {
    BlockEmitter.entry(key: key, content, indent: indent, style: style)
  }

  /// The text of a new document: the `header` lines (comments, written as given), then the
  /// entries of each section, with one blank line between sections, each line ending in
  /// `style.lineEnding`. Throws when the text would not read back as exactly these entries
  /// (a bug in amigo, never expected).
  public static func document(
    header: [String] = [], sections: [[(String, YAMLContent)]], style: LayoutStyle = LayoutStyle()
  ) throws(YAMLEditError) -> String {
    var lines = header
    let nonEmpty = sections.filter { !$0.isEmpty }
    for (i, section) in nonEmpty.enumerated() {
      if i > 0 { lines.append("") }
      for (key, content) in section {
        lines += BlockEmitter.entry(key: key, content, indent: 0, style: style)
      }
    }
    let text = lines.map { $0 + style.lineEnding }.joined()
    let expected = YAMLValue.mapping(nonEmpty.flatMap { $0 }.map { ($0.0, $0.1.value) })
    let check = YAMLDocument(parsing: text)
    guard check.isValid else {
      throw .unsafeResult(check.diagnostics.first.map { $0.header } ?? "parse error")
    }
    guard check.value == expected else {
      throw .unsafeResult("the new document would not read back as intended")
    }
    return text
  }
}
