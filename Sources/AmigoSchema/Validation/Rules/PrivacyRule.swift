import AmigoYAML

/// Free text must not identify anyone: warns on what looks like a citizen number (nine digits
/// passing the eleven-test), an e-mail address, a phone number or a Dutch postcode, and on a
/// child's label that looks like a full name. A text far longer than a note is a warning too
/// (`long-text`: the minimum, and parents may read it), never an error. With
/// `privacy: {strict: true}` in the workspace config these are errors, so amigo refuses to write
/// them.
enum PrivacyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let t = c.trajectory
    let strict = c.config?.strictPrivacy ?? false
    func lint(_ text: String?, _ span: Span) {
      guard let text, !text.isEmpty else { return }
      // Far too long for a note (a pasted report, a file read by mistake): said on its first
      // line (qa-walk p17).
      if text.utf8.count > SchemaDiagnostics.longTextLimit {
        let characters = text.count
        if characters > SchemaDiagnostics.longTextLimit {
          let bytes = c.source.bytes
          var end = span.start
          while end < span.end && end < bytes.count && bytes[end] != 0x0A { end += 1 }
          out.append(
            SchemaDiagnostics.longText(
              c.range(Span(span.start, max(end, span.start))), characters: characters))
        }
      }
      for finding in IdentifierLint.findings(in: text) {
        let at = locate(finding, in: text, span, c.source.bytes) ?? span
        out.append(
          SchemaDiagnostics.privacy(finding.code, c.range(at), what: finding.what, strict: strict)
        )
      }
    }
    // Every free-text field of the schema.
    if let r = t.referral { lint(r.request, r.requestSpan) }
    if let closure = t.closure { lint(closure.summary, closure.summarySpan) }
    lint(t.child.label, t.child.labelSpan)
    if IdentifierLint.looksLikeFullName(t.child.label) {
      out.append(
        SchemaDiagnostics.possibleFullName(
          c.range(t.child.labelSpan), t.child.label, strict: strict))
    }
    for i in t.goals.indices { lint(t.goals[i].text, t.goals[i].textSpan) }
    for i in t.sessions.indices { lint(t.sessions[i].note, t.sessions[i].noteSpan) }
    for i in t.sharing.indices { lint(t.sharing[i].note, t.sharing[i].noteSpan) }
    for a in t.agreements { lint(a.agreed, a.agreedSpan) }
    for i in t.consent.indices {
      lint(t.consent[i].exceptionGround, t.consent[i].exceptionGroundSpan)
    }
    return out
  }

  /// Where in the file the match of `finding` lies: its bytes, found in the value's part of the
  /// file (on the right line of a block scalar), or nil when the value is written differently
  /// there (folded over two lines, escaped), and the whole value is pointed at.
  static func locate(
    _ finding: IdentifierLint.Finding, in text: String, _ span: Span, _ source: [UInt8]
  )
    -> Span?
  {
    let u = Array(text.utf8)
    guard finding.range.lowerBound >= 0, finding.range.upperBound <= u.count,
      !finding.range.isEmpty, span.start >= 0, span.end <= source.count, span.start < span.end
    else { return nil }
    let match = Array(u[finding.range])
    if let found = find(match, at: finding.range.lowerBound, in: u, span, source) {
      return Span(found, found + match.count)
    }
    // Folded over two lines (plain or `>` text): the part before the first space or line break.
    let head = Array(match.prefix { $0 != 0x20 && $0 != 0x0A })
    guard head.count >= 2, head.count < match.count,
      let found = find(head, at: finding.range.lowerBound, in: u, span, source)
    else { return nil }
    return Span(found, found + head.count)
  }

  /// Where in `span` of `source` the occurrence of `needle` at `offset` in `text` is written:
  /// the same occurrence, counted from the start (nil when the value is written otherwise).
  static func find(
    _ needle: [UInt8], at offset: Int, in text: [UInt8], _ span: Span, _ source: [UInt8]
  ) -> Int? {
    var occurrence = 0
    var i = 0
    while let found = ByteSearch.firstIndex(of: needle, in: text, from: i), found < offset {
      occurrence += 1
      i = found + 1
    }
    var j = span.start
    var seen = 0
    while let found = ByteSearch.firstIndex(of: needle, in: source, from: j),
      found + needle.count <= span.end
    {
      if seen == occurrence { return found }
      seen += 1
      j = found + 1
    }
    return nil
  }
}

/// Finds things in text that look like personal identifiers.
public enum IdentifierLint {
  /// Two words or more, the last of more than two letters and without a full stop: `Timothy
  /// Jansen`, not `Sam B.`, `Noor El` or `Sam`.
  public static func looksLikeFullName(_ label: String) -> Bool {
    var label = label
    if let answer = label.withUTF8(asciiLooksLikeFullName) { return answer }
    let words = label.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count >= 2, let last = words.last, !last.contains(".") else { return false }
    return last.filter(\.isLetter).count > 2
  }

  /// `looksLikeFullName` of an ASCII label, read as bytes (every file's label passes here;
  /// splitting it into words cost more than the rest of the check); nil for any other label.
  static func asciiLooksLikeFullName(_ u: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
    @inline(__always) func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    // The last word, and whether another comes before it.
    var end = u.count
    while end > 0 && blank(u[end - 1]) { end -= 1 }
    var start = end
    while start > 0 && !blank(u[start - 1]) { start -= 1 }
    guard end > 0, u[..<start].contains(where: { !blank($0) }) else { return false }
    var letters = 0
    for c in u[start..<end] {
      if c == 0x2E { return false }
      if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { letters += 1 }
    }
    return letters > 2
  }

  public struct Finding: Sendable, Hashable {
    public let code: String
    public let what: String
    /// Where the first match lies in the text, in UTF-8 bytes.
    public let range: Range<Int>

    /// `what` in Dutch.
    public var whatNL: String { SchemaDiagnostics.privacyWhatNL[code] ?? what }

    public init(code: String, what: String, range: Range<Int>) {
      self.code = code
      self.what = what
      self.range = range
    }
  }

  /// What `findings` finds in one text typed at a prompt, as the diagnostics a file would get
  /// (errors when `strict`), without a place.
  public static func diagnostics(in text: String, strict: Bool) -> [Diagnostic] {
    findings(in: text).map {
      SchemaDiagnostics.privacy($0.code, nil, what: $0.what, strict: strict)
    }
  }

  public static func findings(in text: String) -> [Finding] {
    // Every pattern holds a digit or an `@`; most notes hold neither.
    let suspicious =
      text.utf8.withContiguousStorageIfAvailable(hasDigitOrAt)
      ?? text.utf8.contains { isDigit($0) || $0 == 0x40 }
    guard suspicious else { return [] }
    var out: [Finding] = []
    let u = Array(text.utf8)
    let runs = digitRuns(u)
    if let run = runs.first(where: { passesElevenTest($0.digits) }) {
      out.append(
        Finding(
          code: "possible-citizen-number", what: "a citizen service number (BSN)",
          range: run.range))
    }
    if let range = email(in: u) {
      out.append(Finding(code: "possible-email", what: "an e-mail address", range: range))
    }
    if let run = runs.first(where: { isPhone($0.digits) }) {
      out.append(Finding(code: "possible-phone-number", what: "a phone number", range: run.range))
    }
    if let range = postcode(in: u) {
      out.append(Finding(code: "possible-postcode", what: "a postcode", range: range))
    }
    return out
  }

  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// True when `u` holds an ASCII digit or an `@` (what every pattern needs), eight bytes at a
  /// time: every note of every file passes here. With each byte's high bit cleared (`y`),
  /// adding 0x50 sets it exactly for bytes from `0` up, adding 0x46 exactly for bytes from `:`
  /// up, and adding 0x7F to `y ^ 0x40` exactly for bytes other than `@`; no sum carries into
  /// the next byte, and bytes with the high bit set (of multi-byte characters) count as
  /// neither.
  public static func hasDigitOrAt(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawBufferPointer(u)
    var i = 0
    while i + 8 <= u.count {
      let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      let y = w & ~highs
      let digit = (y &+ ones &* 0x50) & ~(y &+ ones &* 0x46)
      let z = y ^ (ones &* 0x40)
      let at = ~(z &+ ones &* 0x7F)
      if (digit | at) & ~w & highs != 0 { return true }
      i += 8
    }
    while i < u.count {
      if isDigit(u[i]) || u[i] == 0x40 { return true }
      i += 1
    }
    return false
  }

  /// Runs of digits, allowing single separators (space, dot, dash, or `) ` after an area code
  /// in brackets) between digits.
  static func digitRuns(_ u: [UInt8]) -> [DigitRun] {
    var runs: [DigitRun] = []
    var i = 0
    while i < u.count {
      guard isDigit(u[i]), i == 0 || !(isDigit(u[i - 1]) || isLetter(u[i - 1])) else {
        i += 1
        continue
      }
      var digits: [UInt8] = []
      var j = i
      while j < u.count {
        if isDigit(u[j]) {
          digits.append(u[j] - 0x30)
          j += 1
        } else if (u[j] == 0x20 || u[j] == 0x2E || u[j] == 0x2D) && j + 1 < u.count
          && isDigit(u[j + 1]) && !digits.isEmpty
        {
          j += 1
        } else if u[j] == 0x29 && j + 2 < u.count && u[j + 1] == 0x20 && isDigit(u[j + 2])
          && !digits.isEmpty
        {
          // An area code in brackets: `(010) 123 45 67`.
          j += 2
        } else {
          break
        }
      }
      if j >= u.count || !isLetter(u[j]) { runs.append(DigitRun(digits: digits, range: i..<j)) }
      i = max(j, i + 1)
    }
    return runs
  }

  /// The digits of a run and where the run lies in the text.
  struct DigitRun {
    let digits: [UInt8]
    let range: Range<Int>
  }

  static func isLetter(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
  }

  /// Nine digits with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11 (and not all zero).
  public static func passesElevenTest(_ d: [UInt8]) -> Bool {
    guard d.count == 9, d.contains(where: { $0 != 0 }) else { return false }
    var sum = 0
    for k in 0..<8 { sum += (9 - k) * Int(d[k]) }
    sum -= Int(d[8])
    return sum % 11 == 0
  }

  /// Dutch numbers: ten digits starting with 0 (06-12345678, 010 123 4567), or +31/0031 and nine.
  static func isPhone(_ run: [UInt8]) -> Bool {
    if run.count == 10 && run[0] == 0 && run[1] != 0 { return true }
    if run.count == 11 && run[0] == 3 && run[1] == 1 { return true }
    if run.count == 13 && run[0] == 0 && run[1] == 0 && run[2] == 3 && run[3] == 1 { return true }
    return false
  }

  /// A Dutch postcode: four digits, the first not 0, then two capital letters, with or without
  /// one space between (`3072 AP`, `3072AP`); lower-case letters only without the space
  /// (`3072ap`), so that `2026 en` is not one. The letter pairs SA, SD and SS are never used.
  /// Not part of a longer number, word, date or time.
  static func postcode(in u: [UInt8]) -> Range<Int>? {
    func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    var i = 0
    while i + 6 <= u.count {
      defer { i += 1 }
      guard u[i] != 0x30, (i..<i + 4).allSatisfy({ isDigit(u[$0]) }) else { continue }
      if i > 0 {
        let before = u[i - 1]
        if isDigit(before) || isLetter(before) || [0x2D, 0x2E, 0x2F, 0x3A, 0x2C].contains(before) {
          continue
        }
      }
      var j = i + 4
      let spaced = u[j] == 0x20
      if spaced { j += 1 }
      guard j + 2 <= u.count else { continue }
      let (a, b) = (u[j], u[j + 1])
      let letters =
        (isUpper(a) && isUpper(b)) || (!spaced && isLower(a) && isLower(b))
      guard letters else { continue }
      let pair = [a & 0xDF, b & 0xDF]
      if pair == [0x53, 0x41] || pair == [0x53, 0x44] || pair == [0x53, 0x53] { continue }
      if j + 2 < u.count, isDigit(u[j + 2]) || isLetter(u[j + 2]) { continue }
      return i..<(j + 2)
    }
    return nil
  }

  /// `local@domain.tld` (a sentence's full stop after it does not hide it).
  static func email(in u: [UInt8]) -> Range<Int>? {
    for (i, c) in u.enumerated() where c == 0x40 {
      guard i > 0, isEmailChar(u[i - 1]) else { continue }
      var j = i + 1
      while j < u.count && (isEmailChar(u[j]) || u[j] == 0x2E) { j += 1 }
      var domain = u[(i + 1)..<j]
      while domain.last == 0x2E { domain = domain.dropLast() }
      guard let dot = domain.lastIndex(of: 0x2E), dot > domain.startIndex else { continue }
      if domain.endIndex - dot - 1 >= 2 {
        var start = i - 1
        while start > 0 && (isEmailChar(u[start - 1]) || u[start - 1] == 0x2E) { start -= 1 }
        return start..<domain.endIndex
      }
    }
    return nil
  }

  static func isEmailChar(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
      || c == 0x2B
  }
}
