/// The fast path for whole-workspace commands: reads a file written in amigo's canonical layout
/// (what `amigo fmt` and every writing command produce) into a `CompactTree`, a flat array of
/// nodes that point into the bytes, without a `String` per scalar or an array per collection.
///
/// It answers only for the plain case and gives up (returns nil) on everything else: comments
/// after values, multi-line plain or quoted text, escapes, folded or chomped block text, empty
/// values, anchors, tags, tabs, carriage returns, control or unusual characters, trailing spaces,
/// duplicate keys, a missing final newline… Whoever gets nil uses `YAMLParser`, which reports
/// every problem with its position. The contract, checked by `CanonicalScannerTests` on every
/// fixture and on mutated files: when `scan` returns a tree, `YAMLParser` reports no diagnostic
/// for the same bytes and builds a tree with the same values, styles and byte ranges.
public enum CanonicalScanner {
  /// Nesting deeper than this is left to the parser.
  static let maximumDepth = 32
  /// A mapping with more keys than this is left to the parser.
  static let maximumKeys = 64

  public static func scan(_ bytes: [UInt8]) -> CompactTree? {
    bytes.withUnsafeBufferPointer { b -> CompactTree? in
      guard b.count < Int(Int32.max) else { return nil }
      var scanner = Scanner(b: b)
      guard scanner.scanLines(), scanner.parseDocument() else { return nil }
      var tree = CompactTree(
        source: bytes, decoded: scanner.decoded, nodes: scanner.nodes,
        text: SourceText(bytes: bytes, lineStarts: scanner.lineStart))
      // `scanLines` checked every byte, and every value starts and ends at an ASCII byte.
      tree.wellFormedUTF8 = true
      return tree
    }
  }
}

/// A parsed file as a flat array of nodes in document order: a collection's children follow it,
/// and `next` skips its whole subtree. Values of entries carry their key's byte range.
public struct CompactTree: Sendable {
  public enum Kind: UInt8, Sendable { case scalar, mapping, sequence }

  public struct Node: Sendable {
    public var kind: Kind
    public var style: ScalarStyle
    public var collectionStyle: CollectionStyle
    /// For a scalar, its value is `decoded[valueStart..<valueEnd]` instead of source bytes.
    public var isDecoded: Bool
    /// The node's byte range, as `YAMLNode.start` and `.end` give it.
    public var start: Int32
    public var end: Int32
    /// A scalar's value bytes (in the source, or in `decoded`).
    public var valueStart: Int32
    public var valueEnd: Int32
    /// For the value of a mapping entry: the key's byte range (`keyStart < 0` otherwise).
    public var keyStart: Int32
    public var keyEnd: Int32
    /// For an item of a block sequence: its `-`; of a flow sequence: its first byte.
    public var itemStart: Int32
    /// The index just past this node's subtree.
    public var next: Int32
  }

  public let source: [UInt8]
  /// Values that differ from their source text (`''` in single quotes, block text).
  public let decoded: [UInt8]
  public let nodes: [Node]

  /// The root (always a block mapping) is node 0.
  public var root: Int { 0 }

  /// The line table the scanner built, as a `SourceText` (for positions in diagnostics).
  public let text: SourceText

  /// True when every value's bytes are known to be well-formed UTF-8 (`CanonicalScanner`
  /// checked every byte of the file): `View.string(of:)` then makes strings without checking
  /// them again. False for a tree of a parsed document.
  public internal(set) var wellFormedUTF8 = false

  /// Calls `body` with a view of the tree over unsafe buffers: the fast way to walk it. The
  /// view must not escape `body`.
  @inline(__always) public func withView<R>(_ body: (View) -> R) -> R {
    nodes.withUnsafeBufferPointer { n in
      source.withUnsafeBufferPointer { s in
        decoded.withUnsafeBufferPointer { d in
          body(View(nodes: n, source: s, decoded: d, wellFormedUTF8: wellFormedUTF8))
        }
      }
    }
  }

  /// The indices of the children of the collection at `i`, in order.
  public func children(_ i: Int) -> [Int] { withView { Array($0.children(i)) } }
  /// The value of scalar `i`.
  public func string(_ i: Int) -> String { withView { $0.string(i) } }
  /// The key of entry value `i`.
  public func key(_ i: Int) -> String { withView { $0.keyString(i) } }

  /// The tree over unsafe buffers (see `withView`).
  public struct View {
    public let nodes: UnsafeBufferPointer<Node>
    public let source: UnsafeBufferPointer<UInt8>
    public let decoded: UnsafeBufferPointer<UInt8>
    /// `CompactTree.wellFormedUTF8`.
    public let wellFormedUTF8: Bool

    /// The children of the collection at `i`: `for child in view.children(i)`.
    @inline(__always) public func children(_ i: Int) -> Children {
      Children(nodes: nodes, current: i + 1, end: Int(nodes[i].next))
    }

    /// The value bytes of scalar `i`. (Inlinable: the decoder in AmigoSchema calls it for
    /// every scalar of every file.)
    @inlinable @inline(__always) public func value(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      let n = nodes[i]
      let buffer = n.isDecoded ? decoded : source
      return UnsafeBufferPointer(rebasing: buffer[Int(n.valueStart)..<Int(n.valueEnd)])
    }

    /// The key bytes of entry value `i`.
    @inlinable @inline(__always) public func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      let n = nodes[i]
      return UnsafeBufferPointer(rebasing: source[Int(n.keyStart)..<Int(n.keyEnd)])
    }

    /// True when the key of entry value `i` is `name`.
    @inline(__always) public func key(_ i: Int, is name: StaticString) -> Bool {
      let k = key(i)
      guard k.count == name.utf8CodeUnitCount else { return false }
      let p = name.utf8Start
      var j = 0
      while j < k.count {
        if k[j] != p[j] { return false }
        j += 1
      }
      return true
    }

    public func string(_ i: Int) -> String { string(of: value(i)) }

    /// `bytes` (a value or key of this tree) as a string. When the scanner checked the file's
    /// UTF-8, without checking it again: the standard library's check costs about ten
    /// instructions a byte on text with accented letters, and every note of every session
    /// passes here.
    @inline(__always) public func string(of bytes: UnsafeBufferPointer<UInt8>) -> String {
      wellFormedUTF8
        ? String(wellFormedUTF8: bytes) : String(decoding: bytes, as: UTF8.self)
    }
    public func keyString(_ i: Int) -> String { String(decoding: key(i), as: UTF8.self) }

    /// The byte range of node `i`.
    @inline(__always) public func range(_ i: Int) -> (start: Int, end: Int) {
      (Int(nodes[i].start), Int(nodes[i].end))
    }
  }

  /// The children of a node.
  public struct Children: Sequence, IteratorProtocol {
    let nodes: UnsafeBufferPointer<Node>
    var current: Int
    let end: Int

    @inline(__always) public mutating func next() -> Int? {
      guard current < end else { return nil }
      defer { current = Int(nodes[current].next) }
      return current
    }

    /// The number of children.
    public var count: Int {
      var copy = self
      var n = 0
      while copy.next() != nil { n += 1 }
      return n
    }
  }
}

// MARK: - The scanner

private let SPACE: UInt8 = 0x20
private let NEWLINE: UInt8 = 0x0A
private let HASH: UInt8 = 0x23
private let COLON: UInt8 = 0x3A
private let DASH: UInt8 = 0x2D
private let COMMA: UInt8 = 0x2C
private let SQUOTE: UInt8 = 0x27
private let DQUOTE: UInt8 = 0x22
private let BACKSLASH: UInt8 = 0x5C
private let LBRACKET: UInt8 = 0x5B
private let RBRACKET: UInt8 = 0x5D
private let LBRACE: UInt8 = 0x7B
private let RBRACE: UInt8 = 0x7D
private let PIPE: UInt8 = 0x7C

/// A character that may appear in a key the scanner reads: letters, digits, `_`, `-`, `.`.
/// Looked up as a bit of two masks (bytes 0-63 and 64-127) instead of five comparisons: every
/// byte of every key passes here.
@inline(__always) private func isKeyByte(_ c: UInt8) -> Bool {
  // `-` `.` `0`-`9`; `A`-`Z` `_` `a`-`z` (counted from 64).
  let low: UInt64 = 0x03FF_6000_0000_0000
  let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
  let mask = c < 64 ? low : high
  return c < 128 && (mask >> UInt64(c & 63)) & 1 != 0
}

/// A byte that ends or spoils a plain scalar inside a flow collection: `,`, a bracket or brace,
/// `:`, `#` or `?` (which YAML 1.1 readers take as a key there).
@inline(__always) private func isFlowSpecial(_ c: UInt8) -> Bool {
  switch c {
  case COMMA, COLON, HASH, LBRACKET, RBRACKET, LBRACE, RBRACE, 0x3F: true
  default: false
  }
}

/// Per byte value, made once: bit 0 `isKeyByte`, bit 1 `isFlowSpecial`. The key and flow loops
/// look a byte up instead of testing it (a load and a branch per byte). Written once, then only
/// read.
nonisolated(unsafe) private let byteClasses: UnsafePointer<UInt8> = {
  let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
  for c in 0..<256 {
    table[c] = (isKeyByte(UInt8(c)) ? KEY_BYTE : 0) | (isFlowSpecial(UInt8(c)) ? FLOW_SPECIAL : 0)
  }
  return UnsafePointer(table)
}()
private let KEY_BYTE: UInt8 = 1
private let FLOW_SPECIAL: UInt8 = 2

/// A character a plain scalar may start with here: not a YAML indicator, not white space.
@inline(__always) private func isPlainStart(_ c: UInt8) -> Bool {
  switch c {
  case DASH, 0x3F, COLON, COMMA, LBRACKET, RBRACKET, LBRACE, RBRACE, HASH, 0x26, 0x2A, 0x21, PIPE,
    0x3E, SQUOTE, DQUOTE, 0x25, 0x40, 0x60, SPACE:
    return false
  default:
    return true
  }
}

private struct Scanner {
  let b: UnsafeBufferPointer<UInt8>
  /// Per line: start, end (before `\n`), and indentation; `indent == -1` for a blank line,
  /// `-2` for a comment line.
  var lineStart: [Int] = []
  var lineEnd: [Int32] = []
  var lineIndent: [Int32] = []
  var nodes: [CompactTree.Node] = []
  var decoded: [UInt8] = []
  var depth = 0
  /// `byteClasses`, read once per file.
  let classes: UnsafePointer<UInt8>

  init(b: UnsafeBufferPointer<UInt8>) {
    self.b = b
    classes = byteClasses
  }

  // MARK: Lines and characters

  /// Splits the lines and checks every byte: printable ASCII, well-formed UTF-8 without
  /// controls, line or paragraph separators or byte order marks; no tab, no carriage return, no
  /// trailing space, and a final newline.
  mutating func scanLines() -> Bool {
    let n = b.count
    guard n > 0, b[n - 1] == NEWLINE else { return false }
    let estimate = n / 24 + 1
    lineStart.reserveCapacity(estimate)
    lineEnd.reserveCapacity(estimate)
    lineIndent.reserveCapacity(estimate)
    nodes.reserveCapacity(estimate * 2)
    var i = 0
    while i < n {
      let start = i
      var indent = 0
      while b[i] == SPACE { i += 1 }
      indent = i - start
      let first = b[i]
      // Eight bytes at a time while they are all printable ASCII (most of every file), then
      // straight to the first byte that is not: the lowest byte either test flags is one
      // (a borrow or carry can flag bytes only above a true one). The newline, or a UTF-8
      // sequence after which the words go on; byte by byte only in the last eight bytes.
      let base = UnsafeRawPointer(b.baseAddress!)
      while true {
        while i + 8 <= n {
          let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          let below = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
          let above = ((w &+ 0x0101_0101_0101_0101) | w) & 0x8080_8080_8080_8080
          let flagged = below | above
          if flagged != 0 {
            i += flagged.trailingZeroBitCount >> 3
            break
          }
          i += 8
        }
        let c = b[i]
        if c >= 0x20 && c < 0x7F {
          i += 1
          continue
        }
        if c == NEWLINE { break }
        if c < 0x80 { return false }
        guard let length = wellFormed(at: i) else { return false }
        i += length
      }
      // `i` is at the newline.
      if i > start && b[i - 1] == SPACE { return false }  // trailing or white-only
      lineStart.append(start)
      lineEnd.append(Int32(i))
      lineIndent.append(i == start ? -1 : first == HASH ? -2 : Int32(indent))
      i += 1
    }
    return true
  }

  /// The length of the well-formed, unremarkable UTF-8 sequence at `i`, or nil.
  @inline(__always) func wellFormed(at i: Int) -> Int? {
    let c = b[i]
    let n = b.count
    @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
      k < n && b[k] >= lo && b[k] <= hi
    }
    switch c {
    case 0xC2:
      // U+0080-U+009F are C1 controls (NEL among them: a line break to YAML 1.1 readers).
      return cont(i + 1, 0xA0) ? 2 : nil
    case 0xC3...0xDF:
      return cont(i + 1) ? 2 : nil
    case 0xE0:
      return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : nil
    case 0xE2:
      // U+2028 and U+2029 (line and paragraph separators) are left to the parser, and the
      // bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) to the control
      // character check of the full path.
      guard cont(i + 1), cont(i + 2) else { return nil }
      if b[i + 1] == 0x80 && b[i + 2] >= 0xA8 && b[i + 2] <= 0xAE { return nil }
      if b[i + 1] == 0x81 && b[i + 2] >= 0xA6 && b[i + 2] <= 0xA9 { return nil }
      return 3
    case 0xE1, 0xE3...0xEC, 0xEE:
      return cont(i + 1) && cont(i + 2) ? 3 : nil
    case 0xED:
      return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : nil
    case 0xEF:
      // U+FEFF (byte order mark) and U+FFF0-U+FFFF are left to the parser.
      guard cont(i + 1), cont(i + 2) else { return nil }
      if b[i + 1] == 0xBB && b[i + 2] == 0xBF { return nil }
      if b[i + 1] == 0xBF && b[i + 2] >= 0xB0 { return nil }
      return 3
    case 0xF0:
      return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : nil
    case 0xF1...0xF3:
      return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : nil
    case 0xF4:
      return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : nil
    default:
      return nil
    }
  }

  /// The first line at or after `l` that is neither blank nor a comment, or the line count.
  @inline(__always) func nextContentLine(_ l: Int) -> Int {
    var i = l
    while i < lineIndent.count && lineIndent[i] < 0 { i += 1 }
    return i
  }

  /// The first line at or after `l` that is not blank, or the line count.
  @inline(__always) func nextNonBlankLine(_ l: Int) -> Int {
    var i = l
    while i < lineIndent.count && lineIndent[i] == -1 { i += 1 }
    return i
  }

  // MARK: Nodes

  mutating func append(
    _ kind: CompactTree.Kind, style: ScalarStyle = .plain, collection: CollectionStyle = .block,
    start: Int, end: Int, valueStart: Int = 0, valueEnd: Int = 0, decoded isDecoded: Bool = false
  ) -> Int {
    nodes.append(
      CompactTree.Node(
        kind: kind, style: style, collectionStyle: collection, isDecoded: isDecoded,
        start: Int32(start), end: Int32(end), valueStart: Int32(valueStart),
        valueEnd: Int32(valueEnd), keyStart: -1, keyEnd: -1, itemStart: -1,
        next: Int32(nodes.count + 1)))
    return nodes.count - 1
  }

  // MARK: Document

  mutating func parseDocument() -> Bool {
    let first = nextContentLine(0)
    guard first < lineIndent.count, lineIndent[first] == 0 else { return false }
    guard let next = parseBlockMapping(line: first, keyAt: Int(lineStart[first])) else {
      return false
    }
    return nextContentLine(next) == lineIndent.count
  }

  /// The end of a plain key starting at `at` (its `:` follows directly, then a space or the end
  /// of the line), or nil.
  @inline(__always) func keyEnd(_ at: Int, _ end: Int) -> Int? {
    var i = at
    while i < end && classes[Int(b[i])] & KEY_BYTE != 0 { i += 1 }
    guard i > at, i < end, b[i] == COLON, i + 1 == end || b[i + 1] == SPACE else { return nil }
    // A key longer than YAML's 1024 characters is left to the parser (`long-key`).
    guard i - at <= 1024 else { return nil }
    // A key starts with a letter or digit (not `-`, `.`).
    let c = b[at]
    guard c != DASH && c != 0x2E else { return nil }
    return i
  }

  /// A block mapping whose first key is at `keyAt` on line `first`. Returns the line after it.
  mutating func parseBlockMapping(line first: Int, keyAt: Int) -> Int? {
    depth += 1
    defer { depth -= 1 }
    guard depth <= CanonicalScanner.maximumDepth else { return nil }
    let indent = keyAt - Int(lineStart[first])
    let me = append(.mapping, start: keyAt, end: keyAt)
    var l = first
    var at = keyAt
    var lastEnd = keyAt
    var next = first + 1
    var seen: UInt64 = 0
    var count = 0
    while true {
      let end = Int(lineEnd[l])
      guard let colon = keyEnd(at, end), !hasKey(at, colon, in: me, seen: &seen) else {
        return nil
      }
      count += 1
      guard count <= CanonicalScanner.maximumKeys else { return nil }
      let valueIndex = nodes.count
      var v = colon + 1
      while v < end && b[v] == SPACE { v += 1 }
      if v == end {
        // The value is on the following lines: a more indented mapping or list.
        let n = nextContentLine(l + 1)
        guard n < lineIndent.count, Int(lineIndent[n]) > indent else { return nil }
        let content = Int(lineStart[n]) + Int(lineIndent[n])
        if b[content] == DASH {
          guard let after = parseBlockSequence(line: n, dash: content) else { return nil }
          next = after
        } else {
          guard let after = parseBlockMapping(line: n, keyAt: content) else { return nil }
          next = after
        }
      } else {
        guard let after = parseInlineValue(line: l, at: v, parent: indent, blockScalar: true)
        else { return nil }
        next = after
      }
      nodes[valueIndex].keyStart = Int32(at)
      nodes[valueIndex].keyEnd = Int32(colon)
      lastEnd = Int(nodes[valueIndex].end)
      // The next entry, if any.
      let n = nextContentLine(next)
      if n == lineIndent.count || Int(lineIndent[n]) < indent { break }
      guard Int(lineIndent[n]) == indent else { return nil }
      l = n
      at = Int(lineStart[n]) + indent
      if b[at] == DASH && (at + 1 == Int(lineEnd[n]) || b[at + 1] == SPACE) { return nil }
    }
    nodes[me].end = Int32(max(lastEnd, keyAt))
    nodes[me].next = Int32(nodes.count)
    return next
  }

  /// True when the mapping at `me` already has the key `b[at..<end]` (duplicates are the
  /// parser's to report). A linear search suits the small mappings of amigo's files; one of
  /// more than `maximumKeys` keys is the parser's, which hashes.
  /// `seen` holds a bit per key so far (by length and first and last byte): a new key whose bit
  /// is not set needs no search.
  @inline(__always)
  func hasKey(_ at: Int, _ end: Int, in me: Int, seen: inout UInt64) -> Bool {
    let bit: UInt64 = 1 << UInt64(((end - at) &+ Int(b[at]) &* 7 &+ Int(b[end - 1]) &* 13) & 63)
    defer { seen |= bit }
    if seen & bit == 0 { return false }
    return searchKey(at, end, in: me)
  }

  /// `hasKey`'s search, when the key's bit was set.
  func searchKey(_ at: Int, _ end: Int, in me: Int) -> Bool {
    var child = me + 1
    let length = Int32(end - at)
    while child < nodes.count {
      let n = nodes[child]
      if n.keyEnd - n.keyStart == length {
        var k = 0
        while k < Int(length) && b[Int(n.keyStart) + k] == b[at + k] { k += 1 }
        if k == Int(length) { return true }
      }
      child = Int(n.next)
    }
    return false
  }

  /// A block sequence whose first `-` is at `dash` on line `first`. Returns the line after it.
  mutating func parseBlockSequence(line first: Int, dash firstDash: Int) -> Int? {
    depth += 1
    defer { depth -= 1 }
    guard depth <= CanonicalScanner.maximumDepth else { return nil }
    let indent = firstDash - Int(lineStart[first])
    let me = append(.sequence, start: firstDash, end: firstDash + 1)
    var l = first
    var dash = firstDash
    var lastEnd = firstDash + 1
    var next = first + 1
    while true {
      let end = Int(lineEnd[l])
      // `- ` and the item on the same line.
      guard dash + 1 < end, b[dash + 1] == SPACE else { return nil }
      var v = dash + 2
      while v < end && b[v] == SPACE { v += 1 }
      guard v < end else { return nil }
      let itemIndex = nodes.count
      if keyEnd(v, end) != nil {
        guard let after = parseBlockMapping(line: l, keyAt: v) else { return nil }
        next = after
      } else {
        guard let after = parseInlineValue(line: l, at: v, parent: indent, blockScalar: false)
        else { return nil }
        next = after
      }
      nodes[itemIndex].itemStart = Int32(dash)
      lastEnd = Int(nodes[itemIndex].end)
      let n = nextContentLine(next)
      if n == lineIndent.count || Int(lineIndent[n]) < indent { break }
      // More indented: the parser reports it. At the same column: another item, or the end.
      guard Int(lineIndent[n]) == indent else { return nil }
      let c = Int(lineStart[n]) + indent
      guard b[c] == DASH else { break }
      l = n
      dash = c
    }
    nodes[me].end = Int32(max(lastEnd, firstDash + 1))
    nodes[me].next = Int32(nodes.count)
    return next
  }

  /// A value that starts on its key's (or dash's) line at `at`: a plain or quoted scalar, a
  /// flow collection, or (after a key) a literal block text. Returns the line after it.
  mutating func parseInlineValue(line l: Int, at: Int, parent: Int, blockScalar: Bool) -> Int? {
    let end = Int(lineEnd[l])
    let c = b[at]
    switch c {
    case LBRACKET, LBRACE:
      guard parseFlow(at: at, end: end) == end else { return nil }
      return l + 1
    case SQUOTE, DQUOTE:
      guard let close = parseQuoted(at: at, end: end), close == end else { return nil }
      return l + 1
    case PIPE where blockScalar:
      return parseLiteral(line: l, at: at, parent: parent)
    default:
      guard isPlainStart(c) else { return nil }
      // Plain text: no `: ` (that would open a mapping), no ` #` (a comment), no final `:`.
      var i = at
      // Eight bytes at a time while none is a `:` or `#` (the zero-byte test on the word
      // xor-ed with each: never misses one, and its lowest flagged byte is a true one, so the
      // byte loop goes on from there). The last bytes of the line are one more word when the
      // file goes on for eight bytes, with the bytes past the line masked off.
      let base = UnsafeRawPointer(b.baseAddress!)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      @inline(__always) func flagged(_ i: Int) -> UInt64 {
        let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let colon = w ^ (ones &* UInt64(COLON))
        let hash = w ^ (ones &* UInt64(HASH))
        return ((colon &- ones) & ~colon | (hash &- ones) & ~hash) & highs
      }
      var hit = false
      while i + 8 <= end {
        let f = flagged(i)
        if f != 0 {
          i += f.trailingZeroBitCount >> 3
          hit = true
          break
        }
        i += 8
      }
      if !hit && i < end && i + 8 <= b.count {
        let f = flagged(i) & ((1 << UInt64((end - i) * 8)) &- 1)
        i = f == 0 ? end : i + (f.trailingZeroBitCount >> 3)
      }
      while i < end {
        let x = b[i]
        if x == COLON && (i + 1 == end || b[i + 1] == SPACE) { return nil }
        if x == HASH && b[i - 1] == SPACE { return nil }
        i += 1
      }
      // Not continued on the next lines (the parser would fold them in).
      let probe = nextNonBlankLine(l + 1)
      if probe < lineIndent.count && lineIndent[probe] != -2 && Int(lineIndent[probe]) > parent {
        return nil
      }
      _ = append(.scalar, start: at, end: end, valueStart: at, valueEnd: end)
      return l + 1
    }
  }

  /// A single-line quoted scalar at `at`; returns the offset past its closing quote. Double
  /// quotes without escapes only; `''` in single quotes is decoded.
  mutating func parseQuoted(at: Int, end: Int) -> Int? {
    let q = b[at]
    var i = at + 1
    var doubled = false
    while i < end {
      let c = b[i]
      if c == q {
        if q == SQUOTE && i + 1 < end && b[i + 1] == SQUOTE {
          doubled = true
          i += 2
          continue
        }
        break
      }
      if c == BACKSLASH && q == DQUOTE { return nil }
      i += 1
    }
    guard i < end else { return nil }
    let style: ScalarStyle = q == SQUOTE ? .singleQuoted : .doubleQuoted
    if doubled {
      let start = decoded.count
      var k = at + 1
      while k < i {
        decoded.append(b[k])
        k += b[k] == SQUOTE ? 2 : 1
      }
      _ = append(
        .scalar, style: style, start: at, end: i + 1, valueStart: start, valueEnd: decoded.count,
        decoded: true)
    } else {
      _ = append(.scalar, style: style, start: at, end: i + 1, valueStart: at + 1, valueEnd: i)
    }
    return i + 1
  }

  /// A one-line `[a, b]` or `{k: v, …}` of scalars; returns the offset past its bracket.
  mutating func parseFlow(at: Int, end: Int) -> Int? {
    let isMap = b[at] == LBRACE
    let close = isMap ? RBRACE : RBRACKET
    let me = append(isMap ? .mapping : .sequence, collection: .flow, start: at, end: at)
    var seen: UInt64 = 0
    var count = 0
    var i = at + 1
    while i < end && b[i] == SPACE { i += 1 }
    if i < end && b[i] == close {
      i += 1
    } else {
      while true {
        guard i < end else { return nil }
        var key: (Int, Int)?
        if isMap {
          guard let colon = keyEnd(i, end), colon + 1 < end,
            !hasKey(i, colon, in: me, seen: &seen)
          else {
            return nil
          }
          count += 1
          guard count <= CanonicalScanner.maximumKeys else { return nil }
          key = (i, colon)
          i = colon + 1
          while i < end && b[i] == SPACE { i += 1 }
        }
        let index = nodes.count
        guard let after = parseFlowScalar(at: i, end: end, close: close) else { return nil }
        if let key {
          nodes[index].keyStart = Int32(key.0)
          nodes[index].keyEnd = Int32(key.1)
        } else {
          nodes[index].itemStart = nodes[index].start
        }
        i = after
        while i < end && b[i] == SPACE { i += 1 }
        guard i < end else { return nil }
        if b[i] == close {
          i += 1
          break
        }
        guard b[i] == COMMA else { return nil }
        i += 1
        while i < end && b[i] == SPACE { i += 1 }
      }
    }
    nodes[me].end = Int32(i)
    nodes[me].next = Int32(nodes.count)
    return i
  }

  /// A scalar inside a flow collection: quoted, or plain up to `,` or the closing bracket.
  mutating func parseFlowScalar(at: Int, end: Int, close: UInt8) -> Int? {
    guard at < end else { return nil }
    let c = b[at]
    if c == SQUOTE || c == DQUOTE { return parseQuoted(at: at, end: end) }
    guard isPlainStart(c) else { return nil }
    var i = at
    while i < end {
      let x = b[i]
      if classes[Int(x)] & FLOW_SPECIAL != 0 {
        if x == COMMA || x == close { break }
        // Colons, comments, brackets and '?' inside flow text are left to the parser.
        return nil
      }
      i += 1
    }
    var e = i
    while e > at && b[e - 1] == SPACE { e -= 1 }
    guard e > at else { return nil }
    _ = append(.scalar, start: at, end: e, valueStart: at, valueEnd: e)
    return e
  }

  /// A literal block text (`|`, clip chomping, no indentation indicator) after a key at
  /// indentation `parent`. Returns the line after it.
  mutating func parseLiteral(line l: Int, at: Int, parent: Int) -> Int? {
    guard at + 1 == Int(lineEnd[l]) else { return nil }
    // The first line that is not empty sets the indentation; it must be deeper than the key.
    var k = l + 1
    while k < lineIndent.count && lineIndent[k] == -1 { k += 1 }
    guard k < lineIndent.count else { return nil }
    let contentIndent = leadingSpaces(k)
    guard contentIndent > parent else { return nil }
    let start = decoded.count
    var lastContent = l
    k = l + 1
    var pendingEmpty = 0
    var firstText = true
    while k < lineIndent.count {
      if lineIndent[k] == -1 {
        pendingEmpty += 1
        k += 1
        continue
      }
      let spaces = leadingSpaces(k)
      if spaces < contentIndent { break }
      if !firstText { decoded.append(NEWLINE) }
      for _ in 0..<pendingEmpty { decoded.append(NEWLINE) }
      pendingEmpty = 0
      firstText = false
      let s = Int(lineStart[k]) + contentIndent
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<Int(lineEnd[k])]))
      lastContent = k
      k += 1
    }
    guard lastContent > l else { return nil }
    decoded.append(NEWLINE)
    _ = append(
      .scalar, style: .literal, start: at, end: Int(lineEnd[lastContent]), valueStart: start,
      valueEnd: decoded.count, decoded: true)
    return lastContent + 1
  }

  /// The spaces at the start of line `l` (comment lines included).
  @inline(__always) func leadingSpaces(_ l: Int) -> Int {
    var j = Int(lineStart[l])
    let end = Int(lineEnd[l])
    while j < end && b[j] == SPACE { j += 1 }
    return j - Int(lineStart[l])
  }
}

extension String {
  /// `bytes` as a string, without checking that they are well-formed UTF-8: the caller knows
  /// they are (`CompactTree.wellFormedUTF8`). Whether they are ASCII is looked up, eight bytes
  /// at a time, so that the string knows it as one made by `String(decoding:as:)` does.
  init(wellFormedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    self.init(
      copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
  }
}

/// True when every byte of `u` is below 0x80.
@inline(__always) func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
  guard let base = u.baseAddress else { return true }
  let raw = UnsafeRawPointer(base)
  let n = u.count
  var i = 0
  var high: UInt64 = 0
  while i + 8 <= n {
    high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    i += 8
  }
  while i < n {
    high |= UInt64(raw.load(fromByteOffset: i, as: UInt8.self))
    i += 1
  }
  return high & 0x8080_8080_8080_8080 == 0
}
