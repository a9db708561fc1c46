/// The catalogue of diagnostics the YAML layer reports. Each code is declared once, here.
/// `schema/README.md` documents each rule of the subset with the code that enforces it.
public enum YAMLDiagnostics {
  /// Every code the YAML layer can report, for documentation and the error-catalogue tests.
  /// Errors after which the tree still says what the file means for the other checks: a
  /// duplicate key (the first occurrence counts) and a tab in indentation (read as spaces).
  public static let recoverable: Set<String> = ["duplicate-key", "tab-indentation"]

  public static let codes: [String] = [
    "invalid-utf8", "control-character", "tab-indentation", "tab-character", "conflict-marker",
    "bad-indentation",
    "unsupported-anchor", "unsupported-alias", "unsupported-tag", "unsupported-directive",
    "multiple-documents", "complex-key", "multi-line-flow", "nested-flow", "invalid-flow",
    "duplicate-key", "missing-colon", "inline-collection", "colon-in-plain-scalar",
    "unterminated-quote", "invalid-escape", "trailing-content", "invalid-block-scalar-header",
    "reserved-indicator", "nesting-too-deep", "block-scalar-at-end-of-file",
  ]

  static func blockScalarAtEndOfFile(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "block-scalar-at-end-of-file",
      message: "a block scalar ends the file without a final line break", range: r,
      help:
        "end the file with a line break ('amigo fmt' does this); YAML readers disagree on the text's last line break otherwise"
    )
  }

  static func invalidUTF8(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "invalid-utf8", message: "the file is not valid UTF-8 here", range: r,
      help: "save the file as UTF-8")
  }

  static func controlCharacter(_ r: SourceRange, _ byte: UInt8) -> Diagnostic {
    let name =
      byte == 0x0D
      ? "a carriage return not followed by a line feed"
      : byte == 0 ? "a NUL byte" : "the control character U+\(hex(byte))"
    return Diagnostic(
      code: "control-character", message: "\(name) is not allowed in a YAML file", range: r,
      help: "remove it; write it as an escape inside double quotes if it is really meant")
  }

  static func tabIndentation(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "tab-indentation", message: "tab character in indentation", range: r,
      help: "indent with spaces only (YAML does not allow tabs for indentation)")
  }

  static func conflictMarker(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "conflict-marker",
      message: "git conflict marker: two versions of this part of the file are still in it",
      range: r,
      help:
        "keep what is right from the lines between <<<<<<< and >>>>>>>, delete the marker lines, then run 'amigo validate' and 'git add' the file"
    )
  }

  static func tabCharacter(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "tab-character",
      message: "tab character outside quotes, block text or a comment", range: r,
      help:
        "replace it with spaces (YAML tools read tabs here differently); a tab meant in a value goes in double quotes as \\t"
    )
  }

  static func badIndentation(_ r: SourceRange, _ detail: String) -> Diagnostic {
    Diagnostic(
      code: "bad-indentation", message: detail, range: r,
      help: "line this up with the entries it belongs to")
  }

  static func anchor(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-anchor", message: "anchors (&name) are not part of amigo's YAML subset",
      range: r, help: "write the value out in full")
  }

  static func alias(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-alias", message: "aliases (*name) are not part of amigo's YAML subset",
      range: r, help: "write the value out in full; if a '*' is meant literally, quote the text")
  }

  static func tag(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-tag", message: "tags (!tag) are not part of amigo's YAML subset",
      range: r, help: "remove the tag; if a '!' is meant literally, quote the text")
  }

  static func directive(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-directive",
      message: "directives (%YAML, %TAG) are not part of amigo's YAML subset", range: r,
      help: "remove the directive line")
  }

  static func multipleDocuments(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "multiple-documents", message: "a file holds exactly one YAML document", range: r,
      help: "remove the '---' or '...' marker, or split the documents into separate files")
  }

  static func complexKey(_ r: SourceRange, inValue: Bool = false) -> Diagnostic {
    Diagnostic(
      code: "complex-key",
      message: "complex keys ('?', or a collection as a key) are not supported",
      range: r,
      help: inValue
        ? "put the value in quotes if it starts with a '?' meant literally"
        : "use a plain or quoted text as the key")
  }

  static func multiLineFlow(_ r: SourceRange, _ close: Character) -> Diagnostic {
    Diagnostic(
      code: "multi-line-flow",
      message: "this flow collection is not closed on the line where it opens",
      range: r, help: "close it with '\(close)' on the same line, or write it in block style")
  }

  static func nestedFlow(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "nested-flow", message: "a flow collection may hold only scalars", range: r,
      help: "write the nested collection in block style")
  }

  static func invalidFlow(_ r: SourceRange, _ detail: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-flow", message: detail, range: r,
      help: "write flow collections as [a, b] or {key: value, key: value}")
  }

  static func duplicateKey(_ r: SourceRange, _ key: String, firstLine: Int) -> Diagnostic {
    Diagnostic(
      code: "duplicate-key",
      message: "duplicate key '\(Diagnostic.quoted(key))' (first on line \(firstLine))",
      range: r, help: "remove one of the two, or merge them")
  }

  static func missingColon(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "missing-colon", message: "expected 'key: value' in this mapping", range: r,
      help: "add ': ' after the key, or indent the line to continue the text above")
  }

  static func inlineCollection(_ r: SourceRange, _ what: String) -> Diagnostic {
    Diagnostic(
      code: "inline-collection",
      message: "a block \(what) cannot start on the same line as its key or dash", range: r,
      help: what == "mapping"
        ? "quote the value if ': ' is meant literally, or put the mapping on the next lines"
        : "put the list on the next lines, or quote the value if '- ' is meant literally")
  }

  static func colonInPlain(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "colon-in-plain-scalar",
      message: "': ' in a line that continues the text above", range: r,
      help:
        "if this line is a key, line it up with the keys above; if it is text, put the whole text in double quotes"
    )
  }

  static func unterminatedQuote(_ r: SourceRange, _ quote: Character) -> Diagnostic {
    Diagnostic(
      code: "unterminated-quote", message: "the quoted text has no closing \(quote)", range: r,
      help: "add the closing \(quote); a quote inside the text is written "
        + (quote == "'" ? "as ''" : "as \\\""))
  }

  static func invalidEscape(_ r: SourceRange, _ escape: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-escape", message: "unknown escape '\\\(escape)' in double-quoted text",
      range: r, help: "write a backslash as \\\\, or use single quotes")
  }

  static func trailingContent(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "trailing-content", message: "unexpected text after the value", range: r,
      help: "remove it, or put the whole value in quotes; comments start with ' #'")
  }

  static func blockScalarHeader(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "invalid-block-scalar-header",
      message: "a block scalar header is '|' or '>' with an optional digit and '+' or '-'",
      range: r,
      help:
        "put '|' or '>' alone at the end of the line and the text on the lines below; quote the value if it starts with a '|' or '>' meant literally"
    )
  }

  static func reservedIndicator(_ r: SourceRange, _ c: Character) -> Diagnostic {
    Diagnostic(
      code: "reserved-indicator", message: "a plain text cannot start with '\(c)'", range: r,
      help: "put the text in quotes")
  }

  static func nestingTooDeep(_ r: SourceRange, _ limit: Int) -> Diagnostic {
    Diagnostic(
      code: "nesting-too-deep", message: "nesting deeper than \(limit) levels", range: r,
      help: "amigo files are shallow; this is likely a damaged file")
  }

  private static func hex(_ b: UInt8) -> String {
    let s = String(b, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - s.count) + s
  }
}
