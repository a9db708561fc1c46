/// The bytes of one file and its line table. Everything in the YAML layer points into this.
///
/// Lines end at `\n`; a `\r` directly before it belongs to the line ending, not the content.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line. Always at least one entry.
  public let lineStarts: [Int]

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 24 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      let n = buffer.count
      while i < n {
        if buffer[i] == 0x0A { starts.append(i + 1) }
        i += 1
      }
    }
    // A final newline does not open a line of its own.
    if starts.count > 1 && starts.last == bytes.count { starts.removeLast() }
    self.lineStarts = starts
  }

  /// The text as a String (invalid UTF-8 is repaired; the parser reports it separately).
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  public var lineCount: Int { bytes.isEmpty ? 0 : lineStarts.count }

  /// Start of line `index` (0-based).
  @inline(__always) public func lineStart(_ index: Int) -> Int { lineStarts[index] }

  /// End of the content of line `index` (0-based): before `\n` or `\r\n`.
  @inline(__always) public func lineContentEnd(_ index: Int) -> Int {
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
    if end > lineStarts[index] && bytes[end - 1] == 0x0A {
      end -= 1
      if end > lineStarts[index] && bytes[end - 1] == 0x0D { end -= 1 }
    }
    return end
  }

  /// End of line `index` including its line ending.
  @inline(__always) public func lineEnd(_ index: Int) -> Int {
    index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
  }

  /// The 0-based line holding byte `offset` (an offset equal to the count maps to the last line).
  public func lineIndex(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The 1-based line and column of byte `offset`. Columns count Unicode scalars; each byte of
  /// an invalid UTF-8 sequence counts as one column.
  public func position(of offset: Int) -> SourcePosition {
    let line = lineIndex(of: offset)
    var column = 1
    var i = lineStarts[line]
    if line == 0 && hasByteOrderMark && offset >= 3 { i = 3 }
    let end = min(offset, bytes.count)
    while i < end {
      let b = bytes[i]
      let length: Int
      if b < 0x80 {
        length = 1
      } else if b & 0xE0 == 0xC0 {
        length = 2
      } else if b & 0xF0 == 0xE0 {
        length = 3
      } else if b & 0xF8 == 0xF0 {
        length = 4
      } else {
        length = 1
      }
      var valid = i + length <= end || length == 1
      if valid && length > 1 {
        for k in 1..<length where i + k >= bytes.count || bytes[i + k] & 0xC0 != 0x80 {
          valid = false
        }
      }
      i += valid ? length : 1
      column += 1
    }
    return SourcePosition(line: line + 1, column: column)
  }

  public func range(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(start: position(of: start), end: position(of: max(start, end)))
  }

  /// The text of line `index` without its ending.
  public func lineText(_ index: Int) -> String {
    String(decoding: bytes[lineStart(index)..<lineContentEnd(index)], as: UTF8.self)
  }

  /// True when the file starts with a UTF-8 byte order mark.
  public var hasByteOrderMark: Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// True when the last line ends with a line break (or the file is empty).
  public var endsWithNewline: Bool { bytes.isEmpty || bytes.last == 0x0A }

  /// The line ending most lines use: `"\r\n"` when CRLF lines outnumber LF lines, else `"\n"`.
  public var dominantLineEnding: String {
    var crlf = 0
    var lf = 0
    for start in lineStarts.dropFirst() {
      if start >= 2 && bytes[start - 2] == 0x0D { crlf += 1 } else { lf += 1 }
    }
    return crlf > lf ? "\r\n" : "\n"
  }
}
