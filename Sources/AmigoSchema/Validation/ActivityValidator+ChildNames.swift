import AmigoYAML
import Foundation

/// A child named in an activity file other than by its id in the lists that name children
/// (`children`, `participants`, the attendance): its label anywhere in the file, written as it
/// is or in capitals, with other spaces or accents, or without its final full stop; its
/// trajectory id in a name, a note or a comment. `amigo erase` takes the child out of those
/// lists only. The label's own capitals count (`Ben` is a name, `ben` a word: "ik ben er").
extension ActivityValidator {
  /// A named child's label anywhere in the file (free text or a comment), as whole words,
  /// compared folded (`FoldedText`): erasure removes the child's id from the activity, never a
  /// label in the text. Once per child.
  static func labels(_ c: Context, strict: Bool) -> [Diagnostic] {
    guard let index = c.index else { return [] }
    var out: [Diagnostic] = []
    var text: FoldedText? = nil  // made for the first child with a label
    for id in c.activity.namedChildren {
      guard let label = index.entries[id]?.label, let needle = FoldedText.needle(label) else {
        continue
      }
      if text == nil { text = FoldedText(c.source.bytes) }
      if let r = text!.wordRange(of: needle) {
        out.append(
          SchemaDiagnostics.childLabelInActivity(
            c.source.range(r.lowerBound, r.upperBound), id: id, label: label, strict: strict))
      }
    }
    // A child the activity does not name, written by its label ("ook Mila K. besproken"): the
    // worst case, as no erasure of that child ever looks into this file.
    guard !index.labels.isEmpty else { return out }
    if text == nil { text = FoldedText(c.source.bytes) }
    let named = Set(c.activity.namedChildren)
    for hit in index.labels.hits(in: text!) where !named.contains(hit.id) {
      out.append(
        SchemaDiagnostics.childLabelInActivity(
          c.source.range(hit.range.lowerBound, hit.range.upperBound), id: hit.id,
          label: hit.label, strict: strict))
    }
    return out
  }

  /// A trajectory id of the workspace (or an erased one) written in a group's name, a note or a
  /// comment line: once per id.
  static func idsInText(_ c: Context, strict: Bool) -> [Diagnostic] {
    guard let index = c.index else { return [] }
    let a = c.activity
    var places: [Span] = [a.nameSpan, a.noteSpan] + a.meetings.map(\.noteSpan)
    places = places.filter { $0 != .none }
    let bytes = c.source.bytes
    // Whole comment lines (`# …`), where a worker may also write about a child.
    var lineStart = 0
    while lineStart < bytes.count {
      var end = lineStart
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      var k = lineStart
      while k < end && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
      if k < end && bytes[k] == UInt8(ascii: "#") { places.append(Span(k, end)) }
      lineStart = end + 1
    }
    var out: [Diagnostic] = []
    var seen = Set<String>()
    for span in places where span.start >= 0 && span.end <= bytes.count && span.start < span.end {
      var i = span.start
      while i < span.end {
        guard isIDByte(bytes[i]), i == span.start || !isIDByte(bytes[i - 1]) else {
          i += 1
          continue
        }
        var j = i
        var dash = false
        while j < span.end && isIDByte(bytes[j]) {
          dash = dash || bytes[j] == 0x2D
          j += 1
        }
        // Only a word with a dash can be an id (`AOS-2026-K7Q4`): no string for the others.
        guard dash else {
          i = j
          continue
        }
        let token = String(decoding: bytes[i..<j], as: UTF8.self).uppercased()
        if !seen.contains(token), index.contains(token) || index.erased[token] != nil {
          seen.insert(token)
          out.append(
            SchemaDiagnostics.childIDInActivityText(c.source.range(i, j), id: token, strict: strict)
          )
        }
        i = j
      }
    }
    return out
  }

  @inline(__always) private static func isIDByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D
  }
}

/// A child's label in other text (a commit message `amigo sync` would share), found as the
/// activity files' privacy check finds it (`FoldedText`): as whole words, in the label's own
/// capitals or in all capitals, with other spaces or accents, without its final full stop.
public enum ChildLabelSearch {
  /// The first of `labels` (a child's id and label) that `text` names; nil when none does.
  public static func first(
    in text: String, labels: [(id: String, label: String)]
  ) -> (id: String, label: String)? {
    var folded: FoldedText? = nil
    for entry in labels {
      guard let needle = FoldedText.needle(entry.label) else { continue }
      if folded == nil { folded = FoldedText(Array(text.utf8)) }
      if folded!.wordRange(of: needle) != nil { return entry }
    }
    return nil
  }
}

/// Every child's label of a workspace, found in a text in one pass over its words (a
/// workspace has thousands): labels of two words or more only ("Mila K."), as a single first
/// name is too often also a teacher's or a parent's. Matched as `FoldedText.wordRange(of:)`
/// matches: folded, in the label's own capitals or, from four letters, in all capitals.
public struct LabelLookup: Sendable {
  private struct Label: Sendable {
    let id: String
    let label: String
    let needle: [UInt32]
  }
  /// By a hash of the label's first word as written, and (from four letters) in capitals; a
  /// candidate is then compared in full, so a collision costs one comparison.
  private var byFirstWord: [UInt64: [Label]] = [:]

  public var isEmpty: Bool { byFirstWord.isEmpty }

  public init(_ labels: [(id: String, label: String)]) {
    byFirstWord.reserveCapacity(labels.count)
    for (id, label) in labels {
      // Keyed by the first run of letters and digits, as the text's words are read.
      guard let needle = FoldedText.needle(label), needle.contains(0x20),
        let first = needle.firstIndex(where: { !FoldedText.isWord($0) }), first > 0
      else { continue }
      byFirstWord[Self.hash(needle, 0, first), default: []].append(
        Label(id: id, label: label, needle: needle))
      let upper = needle.map(FoldedText.upper)
      if upper != needle, needle.count(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) >= 4 {
        byFirstWord[Self.hash(upper, 0, first), default: []].append(
          Label(id: id, label: label, needle: upper))
      }
    }
  }

  /// FNV-1a of the scalars `from..<to`.
  @inline(__always) private static func hash(
    _ scalars: UnsafeBufferPointer<UInt32>, _ from: Int, _ to: Int
  ) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in from..<to { h = (h ^ UInt64(scalars[i])) &* 0x100_0000_01b3 }
    return h
  }

  private static func hash(_ scalars: [UInt32], _ from: Int, _ to: Int) -> UInt64 {
    scalars.withUnsafeBufferPointer { hash($0, from, to) }
  }

  /// The words of the texts labels are looked for in (activity files), for a first sort of
  /// many labels without a table of them (`validate --changed` against the workspace index's
  /// labels): a label whose first word, in capitals, is none of the texts' words in capitals
  /// is in none of the texts. It may hold a label that is not there: a `LabelLookup` of those
  /// it may hold decides, as for the whole workspace.
  public struct Words: Sendable {
    private var hashes = Set<UInt64>()

    public init(_ texts: [[UInt8]]) {
      for bytes in texts {
        FoldedText(bytes).scalars.withUnsafeBufferPointer { scalars in
          var k = 0
          while k < scalars.count {
            guard FoldedText.isWord(scalars[k]) else {
              k += 1
              continue
            }
            var end = k
            while end < scalars.count && FoldedText.isWord(scalars[end]) { end += 1 }
            hashes.insert(Words.upperHash(scalars, k, end))
            k = end
          }
        }
      }
    }

    /// False when `label` (its bytes, UTF-8) is surely in none of the texts.
    public func mayHold(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
      guard !hashes.isEmpty else { return false }
      var k = 0
      while k < label.count,
        label[k] == 0x20 || label[k] == 0x09 || label[k] == 0x0A
          || label[k] == 0x0D
      {
        k += 1
      }
      var end = k
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      while end < label.count, label[end] < 0x80, FoldedText.isWord(UInt32(label[end])) {
        h = (h ^ UInt64(FoldedText.upper(UInt32(label[end])))) &* 0x100_0000_01b3
        end += 1
      }
      // A first word with a letter outside ASCII: folded as the lookup folds it.
      if end < label.count, label[end] >= 0x80 {
        return mayHold(String(decoding: label, as: UTF8.self))
      }
      return end > k && hashes.contains(h)
    }

    /// False when `label` is surely in none of the texts.
    public func mayHold(_ label: String) -> Bool {
      guard !hashes.isEmpty, let needle = FoldedText.needle(label) else { return false }
      let first = needle.firstIndex(where: { !FoldedText.isWord($0) }) ?? needle.count
      return first > 0
        && hashes.contains(needle.withUnsafeBufferPointer { Words.upperHash($0, 0, first) })
    }

    /// FNV-1a of the scalars `from..<to` in capitals.
    private static func upperHash(
      _ scalars: UnsafeBufferPointer<UInt32>, _ from: Int, _ to: Int
    ) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for i in from..<to { h = (h ^ UInt64(FoldedText.upper(scalars[i]))) &* 0x100_0000_01b3 }
      return h
    }
  }

  /// The labels `text` holds as whole words, each child once, in the order of the text.
  func hits(in text: FoldedText) -> [(id: String, label: String, range: Range<Int>)] {
    var out: [(id: String, label: String, range: Range<Int>)] = []
    var seen = Set<String>()
    text.scalars.withUnsafeBufferPointer { scalars in
      var k = 0
      while k < scalars.count {
        guard FoldedText.isWord(scalars[k]), k == 0 || !FoldedText.isWord(scalars[k - 1]) else {
          k += 1
          continue
        }
        var end = k
        while end < scalars.count && FoldedText.isWord(scalars[end]) { end += 1 }
        if let candidates = byFirstWord[Self.hash(scalars, k, end)] {
          for candidate in candidates where !seen.contains(candidate.id) {
            if let r = text.range(of: candidate.needle, at: k) {
              seen.insert(candidate.id)
              out.append((candidate.id, candidate.label, r))
            }
          }
        }
        k = end
      }
    }
    return out
  }
}

/// Text as a search for a name should see it: letters without accents (`Zoë` and `Zoe\u{308}`
/// alike), every run of white space (a tab, a no-break space) one space, zero-width characters
/// left out; each folded scalar with the byte range in the original it comes from. Capitals
/// are kept: `wordRange` matches the label's own or all capitals.
struct FoldedText {
  private(set) var scalars: [UInt32] = []
  private(set) var starts: [Int] = []
  private(set) var ends: [Int] = []

  init(_ bytes: [UInt8]) {
    scalars.reserveCapacity(bytes.count)
    starts.reserveCapacity(bytes.count)
    ends.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        let folded: UInt32 = b == 0x09 || b == 0x0D || b == 0x0A || b == 0x20 ? 0x20 : UInt32(b)
        add(folded, i, i + 1)
        i += 1
        continue
      }
      // One scalar of UTF-8 (the files are checked to be well formed; a stray byte is itself).
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      let end = min(i + length, bytes.count)
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
        switch s.value {
        case 0x300...0x36F: continue  // a combining accent
        case 0x200B...0x200D, 0x2060, 0xFEFF: continue  // zero-width
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: add(0x20, i, end)
        default: add(s.value, i, end)
        }
      }
      i = end
    }
  }

  /// A label as `wordRange(of:)` looks for it: folded, without a final full stop ("Sofie R."
  /// is written "Sofie R" too) or outer spaces; nil when shorter than two scalars.
  static func needle(_ label: String) -> [UInt32]? {
    var needle: [UInt32]
    if label.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (nearly every label): folded without the byte ranges `FoldedText` keeps.
      needle = []
      needle.reserveCapacity(label.utf8.count)
      for b in label.utf8 {
        let s: UInt32 = b == 0x09 || b == 0x0D || b == 0x0A || b == 0x20 ? 0x20 : UInt32(b)
        if s == 0x20, needle.last == 0x20 { continue }
        needle.append(s)
      }
    } else {
      needle = FoldedText(Array(label.utf8)).scalars
    }
    while let last = needle.last, last == 0x2E || last == 0x20 { needle.removeLast() }
    while let first = needle.first, first == 0x20 { needle.removeFirst() }
    return needle.count >= 2 ? needle : nil
  }

  private mutating func add(_ scalar: UInt32, _ start: Int, _ end: Int) {
    if scalar == 0x20, scalars.last == 0x20 {
      ends[ends.count - 1] = end
      return
    }
    scalars.append(scalar)
    starts.append(start)
    ends.append(end)
  }

  /// Whether `s` is part of a word: a letter or digit (every non-ASCII scalar counts).
  @inline(__always) static func isWord(_ s: UInt32) -> Bool {
    s >= 0x80 || (s >= 0x30 && s <= 0x39) || (s | 0x20 >= 0x61 && s | 0x20 <= 0x7A)
  }

  /// `s` in capitals (ASCII letters; the accents are gone by now).
  @inline(__always) static func upper(_ s: UInt32) -> UInt32 {
    s >= 0x61 && s <= 0x7A ? s - 0x20 : s
  }

  /// The byte range in the original of the first occurrence of `needle` (folded) as whole
  /// words, with a full stop that follows it (a label's own, as in `Sofie R.`), or nil.
  func wordRange(of needle: [UInt32]) -> Range<Int>? {
    if let found = wordRange(of: needle, exactly: true) { return found }
    // A label in capitals is told from a shouted word by four letters or more ("BEN" is not).
    let letters = needle.count { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    return letters < 4 ? nil : wordRange(of: needle.map(Self.upper), exactly: false)
  }

  /// The byte range in the original of `needle` (folded) when it is written at scalar `k` and
  /// ends a word there (with a full stop that follows it), or nil.
  func range(of needle: [UInt32], at k: Int) -> Range<Int>? {
    let last = scalars.withUnsafeBufferPointer { text in
      needle.withUnsafeBufferPointer { Self.lastMatched($0, in: text, at: k) }
    }
    return last.map { starts[k]..<ends[$0] }
  }

  /// Where `needle` ends in `text` (its last scalar, or the full stop that follows it) when it
  /// is written at `k` and ends a word there; nil otherwise. Over the buffers: this runs for
  /// every child named in every activity file.
  @inline(__always) private static func lastMatched(
    _ needle: UnsafeBufferPointer<UInt32>, in text: UnsafeBufferPointer<UInt32>, at k: Int
  ) -> Int? {
    let n = needle.count
    guard n > 0, k + n <= text.count else { return nil }
    var m = 0
    while m < n && text[k + m] == needle[m] { m += 1 }
    guard m == n else { return nil }
    let end = k + n
    guard !isWord(needle[n - 1]) || end == text.count || !isWord(text[end]) else { return nil }
    return end < text.count && text[end] == 0x2E ? end : end - 1
  }

  /// `wordRange(of:)` for one writing of the needle: as the label has it, or (`exactly:
  /// false`) in capitals (`SOFIE R.`), when it has four letters or more to tell it by.
  private func wordRange(of needle: [UInt32], exactly: Bool) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    if !exactly && needle.count(where: { $0 >= 0x41 && $0 <= 0x5A }) < 4 { return nil }
    let found: (k: Int, last: Int)? = scalars.withUnsafeBufferPointer { text in
      needle.withUnsafeBufferPointer { needle in
        let first = needle[0]
        var k = 0
        while k + needle.count <= text.count {
          if text[k] == first, !Self.isWord(first) || k == 0 || !Self.isWord(text[k - 1]),
            let last = Self.lastMatched(needle, in: text, at: k)
          {
            return (k, last)
          }
          k += 1
        }
        return nil
      }
    }
    return found.map { starts[$0.k]..<ends[$0.last] }
  }
}
