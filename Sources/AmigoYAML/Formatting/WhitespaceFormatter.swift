/// White-space-only normalisation of a document, safe to run on every commit:
///
/// - trailing spaces are removed, except where they are content (the lines of a block scalar,
///   and inside a multi-line double-quoted scalar, where an escape may precede them);
/// - runs of blank lines collapse to one, except inside a multi-line scalar, where blank lines
///   are line breaks of the value; blank lines at the start and the end of the file go;
/// - the last line gets a line ending (the file's dominant one) if it has none;
/// - tabs, line endings (CRLF stays CRLF, also in mixed files), comments, quoting and
///   everything else stay exactly as they are.
///
/// The result is only accepted when it reads back to exactly the same value.
public enum WhitespaceFormatter {
  public enum Result: Sendable, Equatable {
    /// The document is formatted already.
    case unchanged
    /// The formatted bytes.
    case formatted([UInt8])
    /// The document has YAML errors; it is left alone.
    case invalid
    /// Normalising would change the document's value (this would be a bug); it is left alone.
    case unsafe
  }

  /// Formats `document`.
  public static func format(_ document: YAMLDocument) -> Result {
    // A tab in indentation: replaced with the spaces the parser read it as (the file's
    // indentation step), when the file then reads to the same value.
    if document.diagnostics.contains(where: { $0.code == "tab-indentation" }),
      document.diagnostics.allSatisfy({
        $0.severity != .error || $0.code == "tab-indentation"
          || $0.code == "block-scalar-at-end-of-file"
      })
    {
      let fixed = YAMLDocument(bytes: replacingIndentationTabs(document))
      guard !fixed.diagnostics.contains(where: { $0.code == "tab-indentation" }),
        fixed.value == document.value
      else { return .invalid }
      if case .formatted(let bytes) = format(fixed) { return .formatted(bytes) }
      return fixed.isValid ? .formatted(fixed.bytes) : .invalid
    }
    // The one error formatting fixes: a block scalar ending the file without a line break.
    if !document.isValid,
      document.diagnostics.allSatisfy({
        $0.severity != .error || $0.code == "block-scalar-at-end-of-file"
      })
    {
      let fixed = YAMLDocument(
        bytes: document.bytes + Array(document.source.dominantLineEnding.utf8))
      guard fixed.isValid, fixed.value == document.value else { return .invalid }
      if case .formatted(let bytes) = format(fixed) { return .formatted(bytes) }
      return .formatted(fixed.bytes)
    }
    guard document.isValid else { return .invalid }
    let formatted = formattedBytes(document)
    if formatted == document.bytes { return .unchanged }
    let check = YAMLDocument(bytes: formatted)
    guard check.isValid, check.value == document.value else { return .unsafe }
    return .formatted(formatted)
  }

  /// The bytes of `document` with the tabs in the indentation of each line that has a
  /// `tab-indentation` error replaced with spaces to the next stop of `YAMLParser.tabWidth`,
  /// as the parser read them.
  static func replacingIndentationTabs(_ document: YAMLDocument) -> [UInt8] {
    let source = document.source
    let bytes = source.bytes
    let width = YAMLParser.tabWidth(source)
    let lines = Set(
      document.diagnostics.filter { $0.code == "tab-indentation" }.compactMap {
        $0.range.map { $0.start.line - 1 }
      })
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + lines.count * width)
    var i = 0
    for l in 0..<source.lineCount {
      let start = source.lineStart(l)
      let end = source.lineEnd(l)
      out += bytes[i..<start]
      i = start
      if lines.contains(l) {
        var column = 0
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) {
          let next = bytes[i] == 0x09 ? (column / width + 1) * width : column + 1
          out += repeatElement(0x20, count: next - column)
          column = next
          i += 1
        }
      }
      out += bytes[i..<end]
      i = end
    }
    out += bytes[i...]
    return out
  }

  /// The normalised bytes of `document` (not yet checked against its value).
  static func formattedBytes(_ document: YAMLDocument) -> [UInt8] {
    let source = document.source
    let bytes = source.bytes
    let count = source.lineCount
    guard count > 0 else { return bytes }
    var keepTrailing = [Bool](repeating: false, count: count)
    var keepBlank = [Bool](repeating: false, count: count)
    if let root = document.root {
      protect(root, keepTrailing: &keepTrailing, keepBlank: &keepBlank)
    }

    // Each line as its content (trailing spaces stripped where allowed) and its ending.
    var lines: [Line] = []
    lines.reserveCapacity(count)
    for i in 0..<count {
      let start = source.lineStart(i)
      var contentEnd = source.lineContentEnd(i)
      if !keepTrailing[i] {
        while contentEnd > start && bytes[contentEnd - 1] == 0x20 { contentEnd -= 1 }
      }
      lines.append(
        Line(
          content: bytes[start..<contentEnd],
          ending: bytes[source.lineContentEnd(i)..<source.lineEnd(i)], protected: keepBlank[i]))
    }
    // Collapse runs of blank lines; drop them at the start and at the end.
    var kept: [Line] = []
    kept.reserveCapacity(count)
    for line in lines {
      if line.isBlank {
        guard let previous = kept.last, !previous.looksBlank else { continue }
      }
      kept.append(line)
    }
    while let last = kept.last, last.isBlank { kept.removeLast() }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 2)
    for line in kept {
      out.append(contentsOf: line.content)
      // Only the file's last line can lack an ending: give it the file's usual one.
      out.append(
        contentsOf: line.ending.isEmpty ? ArraySlice(source.dominantLineEnding.utf8) : line.ending)
    }
    return out
  }

  struct Line {
    var content: ArraySlice<UInt8>
    var ending: ArraySlice<UInt8>
    /// Part of a multi-line scalar: a blank line here is a line break of the value.
    var protected: Bool

    /// Nothing but spaces (or nothing), outside a scalar: may be collapsed.
    var isBlank: Bool { !protected && looksBlank }
    var looksBlank: Bool { content.allSatisfy { $0 == 0x20 } }
  }

  /// Marks the lines whose trailing spaces or blankness are part of a scalar's value.
  static func protect(_ node: YAMLNode, keepTrailing: inout [Bool], keepBlank: inout [Bool]) {
    switch node {
    case .scalar(let s):
      guard s.lastLine > s.firstLine else { return }
      // Lines after the first: blank lines there are line breaks of the value.
      for line in (s.firstLine + 1)...s.lastLine where line < keepBlank.count {
        keepBlank[line] = true
      }
      switch s.style {
      case .literal, .folded:
        // Every content line: trailing spaces are text.
        for line in (s.firstLine + 1)...s.lastLine where line < keepTrailing.count {
          keepTrailing[line] = true
        }
      case .doubleQuoted:
        // `\ ` escapes a space; keep the lines as they are, to be safe.
        for line in s.firstLine..<s.lastLine where line < keepTrailing.count {
          keepTrailing[line] = true
        }
      case .plain, .singleQuoted:
        // Trailing white space before a line break is folded away: not content.
        break
      }
    case .mapping(let m):
      for entry in m.entries {
        protect(entry.value, keepTrailing: &keepTrailing, keepBlank: &keepBlank)
      }
    case .sequence(let s):
      for item in s.items {
        protect(item.value, keepTrailing: &keepTrailing, keepBlank: &keepBlank)
      }
    }
  }
}
