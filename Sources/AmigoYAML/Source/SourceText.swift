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

  /// A source whose line table is already known (`CanonicalScanner` builds one on its way).
  init(bytes: [UInt8], lineStarts: [Int]) {
    self.bytes = bytes
    self.lineStarts = lineStarts.isEmpty ? [0] : lineStarts
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
      i += SourceText.unitLength(bytes, at: i)
      column += 1
    }
    return SourcePosition(line: line + 1, column: column)
  }

  /// The length of the character (or of the ill-formed piece) at `i`: a well-formed UTF-8
  /// sequence, or the maximal subpart of an ill-formed one, as a decoder replaces it. The same
  /// rule the parser uses to report invalid UTF-8, so ranges always end after they start.
  @inline(__always) public static func unitLength(_ bytes: [UInt8], at i: Int) -> Int {
    let c = bytes[i]
    if c < 0x80 { return 1 }
    var length = 0
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch c {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      hi = 0x9F
    case 0xF0:
      length = 4
      lo = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      hi = 0x8F
    default: return 1
    }
    var consumed = 1
    for k in 1..<length {
      guard i + k < bytes.count else { return consumed }
      let cc = bytes[i + k]
      let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
      guard cc >= l && cc <= h else { return consumed }
      consumed += 1
    }
    return consumed
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
