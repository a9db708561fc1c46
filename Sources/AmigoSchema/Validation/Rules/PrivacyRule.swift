import AmigoYAML

/// Free text must not identify anyone: warns on what looks like a citizen number (nine digits
/// passing the eleven-test), an e-mail address or a phone number.
enum PrivacyRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    guard case .mapping(let root)? = c.document.root else { return out }
    // Every free-text field of the schema.
    var texts: [YAMLScalar] = []
    if let request = root["referral"]?.mapping?["request"]?.scalar { texts.append(request) }
    if let summary = root["closure"]?.mapping?["summary"]?.scalar { texts.append(summary) }
    if let label = root["child"]?.mapping?["label"]?.scalar { texts.append(label) }
    for goal in root["goals"]?.sequence?.items ?? [] {
      if let text = goal.value.mapping?["text"]?.scalar { texts.append(text) }
    }
    for session in root["sessions"]?.sequence?.items ?? [] {
      if let note = session.value.mapping?["note"]?.scalar { texts.append(note) }
    }
    for scalar in texts where !scalar.value.isEmpty {
      let range = c.document.range(of: scalar)
      for finding in IdentifierLint.findings(in: scalar.value) {
        out.append(SchemaDiagnostics.privacy(finding.code, range, what: finding.what))
      }
    }
    return out
  }
}

/// Finds things in text that look like personal identifiers.
public enum IdentifierLint {
  public struct Finding: Sendable, Hashable {
    public let code: String
    public let what: String
  }

  public static func findings(in text: String) -> [Finding] {
    var out: [Finding] = []
    let u = Array(text.utf8)
    if containsCitizenNumber(u) {
      out.append(Finding(code: "possible-citizen-number", what: "a citizen service number (BSN)"))
    }
    if containsEmail(u) { out.append(Finding(code: "possible-email", what: "an e-mail address")) }
    if containsPhone(u) {
      out.append(Finding(code: "possible-phone-number", what: "a phone number"))
    }
    return out
  }

  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Runs of digits, allowing single separators (space, dot, dash) between digits.
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

  static func containsCitizenNumber(_ u: [UInt8]) -> Bool {
    digitRuns(u).contains { passesElevenTest($0) }
  }

  /// Dutch numbers: ten digits starting with 0 (06-12345678, 010 123 4567), or +31/0031 and nine.
  static func containsPhone(_ u: [UInt8]) -> Bool {
    for run in digitRuns(u) {
      if run.count == 10 && run[0] == 0 && run[1] != 0 { return true }
      if run.count == 11 && run[0] == 3 && run[1] == 1 { return true }
      if run.count == 13 && run[0] == 0 && run[1] == 0 && run[2] == 3 && run[3] == 1 { return true }
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
