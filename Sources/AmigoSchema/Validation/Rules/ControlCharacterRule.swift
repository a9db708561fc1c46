import AmigoYAML

/// No control character in a text, even when written as an escape in double quotes
/// (`"Ev\e[31ma R."`): C0 and C1 controls and DEL would restyle or move a terminal that prints
/// the text, and a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069) shows it
/// reordered in an editor or `git diff` ("Trojan source"; amigo's own output removes them). Line breaks and tabs are allowed where the text may span lines (notes, the
/// request, the closure summary); a line break in a one-line text is `single-line-text`.
/// (A control character written as itself is refused by the YAML layer, `control-character`.)
public enum ControlCharacterRule: TrajectoryRule {
  public static func check(_ c: RuleContext) -> [Diagnostic] {
    // Text in canonical layout holds no control character but the line breaks of block text
    // (the scanner refuses the others, and every escape): nothing to find
    // (`ControlCharacterRuleTests` holds the fast path to the full one).
    let t = c.trajectory
    var out: [Diagnostic] = []
    // An invisible character in the child's label (a zero-width space, joiner or non-joiner,
    // word joiner, byte order mark) makes a label that looks like another but is not: finding
    // the child by label and the privacy checks of labels miss it. Written as itself it passes
    // the YAML layer, so this is checked in canonical layout too.
    if let scalar = firstInvisible(in: t.child.label) {
      out.append(
        SchemaDiagnostics.controlCharacterInValue(
          c.range(t.child.labelSpan), field: "child.label", scalar))
    }
    if c.canonicalLayout { return out }
    func check(_ text: String?, _ span: Span, _ field: Bilingual, multiline: Bool) {
      // A line break in one-line text is reported as single-line-text.
      guard let text, let scalar = firstControl(in: text, lineBreaks: true, tabs: multiline)
      else { return }
      out.append(
        SchemaDiagnostics.controlCharacterInValue(c.range(span), field: field, scalar))
    }
    // Key paths stay as they are; fields named in words are named in both languages.
    func path(_ key: String) -> Bilingual { Bilingual(key, key) }
    check(t.child.label, t.child.labelSpan, path("child.label"), multiline: false)
    check(
      t.referral?.request, t.referral?.requestSpan ?? .none, path("referral.request"),
      multiline: true)
    for goal in t.goals {
      check(goal.text, goal.textSpan, Bilingual("goal text", "doeltekst"), multiline: false)
    }
    for i in t.sessions.indices {
      check(
        t.sessions[i].note, t.sessions[i].noteSpan,
        Bilingual("session note", "notitie van een contact"), multiline: true)
    }
    for s in t.sharing {
      check(
        s.note, s.noteSpan, Bilingual("sharing note", "notitie bij het delen"), multiline: false)
    }
    for consent in t.consent {
      check(
        consent.exceptionGround, consent.exceptionGroundSpan, path("exception_ground"),
        multiline: false)
    }
    check(
      t.closure?.summary, t.closure?.summarySpan ?? .none, path("closure.summary"),
      multiline: true)
    for a in t.agreements {
      check(
        a.agreed, a.agreedSpan, Bilingual("agreement", "afspraak"), multiline: true)
    }
    // The family's words are kept as given, but a control character is no word: a file
    // saved from a word processor or as UTF-16 brings NULs along, and an escape sequence
    // would restyle the terminal of whoever reads the record.
    for s in t.statements {
      check(s.text, s.textSpan, Bilingual("statement", "verklaring"), multiline: true)
    }
    return out
  }

  /// True when `text` holds a C0 or C1 control character, DEL or a bidirectional override or
  /// isolate (line breaks and tabs aside when allowed), found eight UTF-8 bytes at a time: a
  /// word holds a byte below 0x20, a DEL, a C2 lead byte (of U+0080...U+009F) or an E2 lead
  /// byte (of U+2000...U+2FFF) only when the borrow test sets a high bit, and only such a word
  /// is looked at byte by byte. Every text of every file passes through here
  /// on every command that checks the workspace.
  static func hasControl(_ text: String, lineBreaks: Bool, tabs: Bool) -> Bool {
    var text = text
    return text.withUTF8 { raw in
      let n = raw.count
      func exact(_ from: Int, _ to: Int) -> Bool {
        for i in from..<to {
          let c = raw[i]
          if c < 0x20 {
            if (c == 0x0A && lineBreaks) || (c == 0x09 && tabs) { continue }
            return true
          }
          if c == 0x7F || (c == 0xC2 && i + 1 < n && raw[i + 1] >= 0x80 && raw[i + 1] < 0xA0) {
            return true
          }
          if c == 0xE2, i + 2 < n {
            let (b1, b2) = (raw[i + 1], raw[i + 2])
            if (b1 == 0x80 && (0xAA...0xAE).contains(b2))
              || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
            {
              return true
            }
          }
        }
        return false
      }
      return anyWord(raw, exact: exact) { w in
        (w &- Self.ones &* 0x20) & ~w | byte(0x7F, in: w) | byte(0xC2, in: w)
          | byte(0xE2, in: w)
      }
    }
  }

  @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }

  /// High bits set at least where `w` holds byte `b` (the borrow test: never a miss, now and
  /// then a byte above one that matched).
  @inline(__always) static func byte(_ b: UInt8, in w: UInt64) -> UInt64 {
    let x = w ^ (ones &* UInt64(b))
    return (x &- ones) & ~x
  }

  /// The word-at-a-time scan of `hasControl` and `hasInvisible`: `raw` eight bytes at a time,
  /// only a word whose `candidates` set a high bit looked at byte by byte (`exact(from, to)`),
  /// and the bytes after the last whole word.
  @inline(__always) static func anyWord(
    _ raw: UnsafeBufferPointer<UInt8>, exact: (Int, Int) -> Bool,
    candidates: (UInt64) -> UInt64
  ) -> Bool {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let bytes = UnsafeRawBufferPointer(raw)
    let n = raw.count
    var i = 0
    while i + 8 <= n {
      let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      if candidates(w) & highs != 0, exact(i, i + 8) { return true }
      i += 8
    }
    return exact(i, n)
  }

  /// The first zero-width or invisible formatting character of `text` (U+200B-U+200D, U+2060,
  /// U+FEFF), nil when it has none. A joiner or non-joiner (U+200C, U+200D) between two letters
  /// of a script that writes with them (any but Latin, Greek and Cyrillic: a Persian name, say)
  /// is part of the name and not counted; next to a Latin letter, a space or at an end it only
  /// makes the text look like another.
  ///
  /// The one test for every text amigo checks (labels, names and notes in trajectory, activity
  /// and configuration files, `Init`'s organisation): an error in a label or a name, a warning
  /// (`invisible-character`) in free text. A text without such a character costs a scan of its
  /// bytes, eight at a time (`hasInvisible`): it runs on every note of every file.
  public static func firstInvisible(in text: String) -> Unicode.Scalar? {
    guard hasInvisible(text) else { return nil }
    let scalars = Array(text.unicodeScalars)
    func joins(_ s: Unicode.Scalar) -> Bool {
      s.value >= 0x0530 && s.properties.isAlphabetic
    }
    for (i, s) in scalars.enumerated() where invisible.contains(s.value) {
      if s.value == 0x200C || s.value == 0x200D, i > 0, i + 1 < scalars.count,
        joins(scalars[i - 1]), joins(scalars[i + 1])
      {
        continue
      }
      return s
    }
    return nil
  }

  static let invisible: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

  /// True when `text` holds one of `invisible` (joiners between letters included): the UTF-8
  /// of U+200B-U+200D (E2 80 8B-8D), U+2060 (E2 81 A0) or U+FEFF (EF BB BF). Words with no
  /// E2 or EF byte are passed over whole, as `hasControl` passes them; a dash or a curly quote
  /// (E2 80 93, E2 80 99) is looked at and let go.
  static func hasInvisible(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { raw in
      let n = raw.count
      func exact(_ from: Int, _ to: Int) -> Bool {
        for i in from..<to where i + 2 < n {
          let (c, b1, b2) = (raw[i], raw[i + 1], raw[i + 2])
          if c == 0xE2, (b1 == 0x80 && (0x8B...0x8D).contains(b2)) || (b1 == 0x81 && b2 == 0xA0) {
            return true
          }
          if c == 0xEF, b1 == 0xBB, b2 == 0xBF { return true }
        }
        return false
      }
      return anyWord(raw, exact: exact) { w in byte(0xE2, in: w) | byte(0xEF, in: w) }
    }
  }

  /// The first C0 or C1 control character, DEL or bidirectional override or isolate in `text`,
  /// line breaks and tabs aside when allowed, or nil.
  static func firstControl(in text: String, lineBreaks: Bool, tabs: Bool) -> Unicode.Scalar? {
    guard hasControl(text, lineBreaks: lineBreaks, tabs: tabs) else { return nil }
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A where lineBreaks: continue
      case 0x09 where tabs: continue
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return scalar
      default: continue
      }
    }
    return nil
  }
}
