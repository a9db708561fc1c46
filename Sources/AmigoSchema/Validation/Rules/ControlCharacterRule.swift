import AmigoYAML

/// No control character in a text, even when written as an escape in double quotes
/// (`"Ev\e[31ma R."`): C0 and C1 controls and DEL would restyle or move a terminal that prints
/// the text. Line breaks and tabs are allowed where the text may span lines (notes, the
/// request, the closure summary); a line break in a one-line text is `single-line-text`.
/// (A control character written as itself is refused by the YAML layer, `control-character`.)
enum ControlCharacterRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    // The YAML layer refuses every control character written as itself but NEL: without an
    // escape (a backslash) or a NEL in the file, no value can hold one.
    guard mayHoldControls(c.source.bytes) else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    func check(_ text: String?, _ span: Span, _ field: String, multiline: Bool) {
      // A line break in one-line text is reported as single-line-text.
      guard let text, let scalar = firstControl(in: text, lineBreaks: true, tabs: multiline)
      else { return }
      out.append(
        SchemaDiagnostics.controlCharacterInValue(c.range(span), field: field, scalar))
    }
    check(t.child.label, t.child.labelSpan, "child.label", multiline: false)
    check(
      t.referral?.request, t.referral?.requestSpan ?? .none, "referral.request", multiline: true)
    for goal in t.goals {
      check(goal.text, goal.textSpan, "goal text", multiline: false)
    }
    for session in t.sessions {
      check(session.note, session.noteSpan, "session note", multiline: true)
    }
    check(t.closure?.summary, t.closure?.summarySpan ?? .none, "closure.summary", multiline: true)
    return out
  }

  /// True when `bytes` hold a backslash or a NEL (U+0085, UTF-8 `C2 85`).
  static func mayHoldControls(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        let c = b[i]
        if c == 0x5C || (c == 0x85 && i > 0 && b[i - 1] == 0xC2) { return true }
        i += 1
      }
      return false
    }
  }

  /// The first C0 or C1 control character or DEL in `text`, line breaks and tabs aside when
  /// allowed, or nil.
  static func firstControl(in text: String, lineBreaks: Bool, tabs: Bool) -> Unicode.Scalar? {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A where lineBreaks: continue
      case 0x09 where tabs: continue
      case 0x00..<0x20, 0x7F..<0xA0: return scalar
      default: continue
      }
    }
    return nil
  }
}
