import AmigoYAML

/// Free text must not identify anyone: warns on what looks like a citizen number (nine digits
/// passing the eleven-test), an e-mail address, a phone number or a Dutch postcode, and on a
/// child's label that looks like a full name. With
/// `privacy: {strict: true}` in the workspace config these are errors, so amigo refuses to write
/// them.
enum PrivacyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let t = c.trajectory
    let strict = c.config?.strictPrivacy ?? false
    func lint(_ text: String?, _ span: Span) {
      guard let text, !text.isEmpty else { return }
      for finding in IdentifierLint.findings(in: text) {
        out.append(
          SchemaDiagnostics.privacy(finding.code, c.range(span), what: finding.what, strict: strict)
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
    return out
  }
}

/// Finds things in text that look like personal identifiers.
public enum IdentifierLint {
  /// Two words or more, the last of more than two letters and without a full stop: `Timothy
  /// Jansen`, not `Sam B.`, `Noor El` or `Sam`.
  public static func looksLikeFullName(_ label: String) -> Bool {
    let words = label.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count >= 2, let last = words.last, !last.contains(".") else { return false }
    return last.filter(\.isLetter).count > 2
  }

  public struct Finding: Sendable, Hashable {
    public let code: String
    public let what: String
  }

  public static func findings(in text: String) -> [Finding] {
    // Every pattern holds a digit or an `@`; most notes hold neither.
    let suspicious =
      text.utf8.withContiguousStorageIfAvailable { u in
        u.contains { isDigit($0) || $0 == 0x40 }
      } ?? text.utf8.contains { isDigit($0) || $0 == 0x40 }
    guard suspicious else { return [] }
    var out: [Finding] = []
    let u = Array(text.utf8)
    let runs = digitRuns(u)
    if containsCitizenNumber(runs) {
      out.append(Finding(code: "possible-citizen-number", what: "a citizen service number (BSN)"))
    }
    if containsEmail(u) { out.append(Finding(code: "possible-email", what: "an e-mail address")) }
    if containsPhone(runs) {
      out.append(Finding(code: "possible-phone-number", what: "a phone number"))
    }
    if containsPostcode(u) {
      out.append(Finding(code: "possible-postcode", what: "a postcode"))
    }
    return out
  }

  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Runs of digits, allowing single separators (space, dot, dash, or `) ` after an area code
  /// in brackets) between digits.
  static func digitRuns(_ u: [UInt8]) -> [[UInt8]] {
    var runs: [[UInt8]] = []
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
      if j >= u.count || !isLetter(u[j]) { runs.append(digits) }
      i = max(j, i + 1)
    }
    return runs
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

  /// `runs`: the text's `digitRuns`.
  static func containsCitizenNumber(_ runs: [[UInt8]]) -> Bool {
    runs.contains { passesElevenTest($0) }
  }

  /// Dutch numbers: ten digits starting with 0 (06-12345678, 010 123 4567), or +31/0031 and nine.
  static func containsPhone(_ runs: [[UInt8]]) -> Bool {
    for run in runs {
      if run.count == 10 && run[0] == 0 && run[1] != 0 { return true }
      if run.count == 11 && run[0] == 3 && run[1] == 1 { return true }
      if run.count == 13 && run[0] == 0 && run[1] == 0 && run[2] == 3 && run[3] == 1 { return true }
    }
    return false
  }

  /// A Dutch postcode: four digits, the first not 0, then two capital letters, with or without
  /// one space between (`3072 AP`, `3072AP`); lower-case letters only without the space
  /// (`3072ap`), so that `2026 en` is not one. The letter pairs SA, SD and SS are never used.
  /// Not part of a longer number, word, date or time.
  static func containsPostcode(_ u: [UInt8]) -> Bool {
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
      return true
    }
    return false
  }

  /// `local@domain.tld` (a sentence's full stop after it does not hide it).
  static func containsEmail(_ u: [UInt8]) -> Bool {
    for (i, c) in u.enumerated() where c == 0x40 {
      guard i > 0, isEmailChar(u[i - 1]) else { continue }
      var j = i + 1
      while j < u.count && (isEmailChar(u[j]) || u[j] == 0x2E) { j += 1 }
      var domain = u[(i + 1)..<j]
      while domain.last == 0x2E { domain = domain.dropLast() }
      guard let dot = domain.lastIndex(of: 0x2E), dot > domain.startIndex else { continue }
      if domain.endIndex - dot - 1 >= 2 { return true }
    }
    return false
  }

  static func isEmailChar(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
      || c == 0x2B
  }
}
