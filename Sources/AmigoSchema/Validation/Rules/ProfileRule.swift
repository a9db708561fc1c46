import AmigoYAML

/// The programme profile's warnings: sessions of kinds the programme does not use, and
/// referrals by someone the programme does not take children from.
enum ProfileRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    if let kinds = programme.sessionKinds {
      var reported = Set<SessionKind>()
      for s in t.sessions {
        guard let kind = s.kind, !kinds.contains(kind), reported.insert(kind).inserted else {
          continue
        }
        out.append(
          SchemaDiagnostics.kindNotInProgramme(
            c.range(s.dateSpan), kind: kind, programme: programme))
      }
    }
    if !programme.referrers.isEmpty, let referral = t.referral, let by = referral.by,
      !programme.referrers.contains(by)
    {
      out.append(
        SchemaDiagnostics.referrerNotInProgramme(
          c.range(keySpan("by", after: referral.dateSpan, c)), by: by,
          programme: programme))
    }
    return out
  }

  /// The value of `key:` in the object whose field `near` is (the model keeps no position for
  /// every field): the first `key:` after the start of `near`'s line, within the next lines of
  /// the same or deeper indentation; else `near`.
  static func keySpan(_ key: String, after near: Span, _ c: RuleContext) -> Span {
    let bytes = c.source.bytes
    guard near != .none, near.start >= 0, near.start <= bytes.count else { return near }
    let pattern = Array((key + ":").utf8)
    var line = c.source.lineIndex(of: near.start)
    let indent = { (l: Int) -> Int in
      var i = c.source.lineStart(l)
      while i < bytes.count && bytes[i] == 0x20 { i += 1 }
      return i - c.source.lineStart(l)
    }
    let depth = indent(line)
    // The same line (flow style) and the following lines of the object.
    var first = true
    while line < c.source.lineCount {
      if !first && indent(line) < depth { break }
      let start = first ? near.start : c.source.lineStart(line)
      let end = c.source.lineContentEnd(line)
      var i = start
      while i + pattern.count <= end {
        if Array(bytes[i..<(i + pattern.count)]) == pattern
          && (i == 0 || [0x20, 0x7B, 0x2C].contains(bytes[i - 1]))
        {
          var v = i + pattern.count
          while v < end && bytes[v] == 0x20 { v += 1 }
          var e = v
          while e < end && ![0x2C, 0x7D, 0x20, 0x23].contains(bytes[e]) { e += 1 }
          return e > v ? Span(v, e) : near
        }
        i += 1
      }
      first = false
      line += 1
    }
    return near
  }
}

/// Fields the programme does not record (`not_recorded:`): a file that has one is refused.
enum NotRecordedRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let programme = c.programme, !programme.notRecorded.isEmpty else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    for field in programme.notRecorded {
      let span: Span?
      switch field {
      case "child.born": span = t.child.born != nil ? t.child.bornSpan : nil
      case "child.gender":
        span =
          t.child.gender != nil ? ProfileRule.keySpan("gender", after: t.child.labelSpan, c) : nil
      case "child.group":
        span =
          t.child.group != nil ? ProfileRule.keySpan("group", after: t.child.labelSpan, c) : nil
      case "referral.concerns":
        span =
          t.referral.map {
            $0.concerns.isEmpty ? nil : ProfileRule.keySpan("concerns", after: $0.dateSpan, c)
          } ?? nil
      case "referral.request": span = t.referral?.request != nil ? t.referral?.requestSpan : nil
      case "goals": span = t.goals.first.map(\.idSpan)
      case "closure.summary": span = t.closure?.summary != nil ? t.closure?.summarySpan : nil
      case "closure.satisfaction":
        span = t.closure.map { $0.satisfaction.isEmpty ? nil : $0.span } ?? nil
      default: span = nil
      }
      if let span {
        out.append(
          SchemaDiagnostics.fieldNotRecorded(
            c.range(span == .none ? t.programmeSpan : span), field: field, programme: programme))
      }
    }
    return out
  }
}
