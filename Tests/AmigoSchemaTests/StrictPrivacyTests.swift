import AmigoSchema
import AmigoYAML
import Testing

@Suite struct StrictPrivacyTests {
  @Test(arguments: [
    "verhuisd naar 3072 AP", "nieuw adres: 3072AP Rotterdam", "postcode 9999 zz? nee: 1011ab",
    "(1234 AB)", "3072 AP.",
  ])
  func postcodesAreFound(_ text: String) {
    #expect(IdentifierLint.findings(in: text).map(\.code) == ["possible-postcode"])
  }

  @Test(arguments: [
    "2026 en 2027", "groep 8 in 2026", "0123 AB", "30721 AP", "3072 APX", "3072 SS", "3072 sd",
    "A3072 AP", "2026-1234 AB", "20 min, 1200 m", "om 1030 uur", "12345678 AB", "3072 Ap",
  ])
  func otherTextIsNotAPostcode(_ text: String) {
    #expect(!IdentifierLint.findings(in: text).map(\.code).contains("possible-postcode"))
  }

  @Test func theLintIsAWarningByDefault() {
    let text = replacing("    goals: [g1]", "    goals: [g1]\n    note: verhuisd naar 3072 AP")
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil)
    #expect(diagnostics.map(\.code) == ["possible-postcode"])
    #expect(diagnostics.map(\.severity) == [.warning])
  }

  @Test func strictPrivacyMakesEveryFindingAnError() {
    var config = testConfig
    config.strictPrivacy = true
    for note in ["BSN 111222333", "mail j.jansen@example.nl", "bel 06-12345678", "3072 AP"] {
      let text = replacing("    goals: [g1]", "    goals: [g1]\n    note: \(note)")
      let (_, diagnostics) = Validator.validateTrajectory(
        YAMLDocument(parsing: text), fileName: "T-1", config: config, today: nil)
      #expect(diagnostics.count == 1, "\(note)")
      #expect(diagnostics.allSatisfy { $0.severity == .error && $0.code.hasPrefix("possible-") })
    }
  }

  @Test func theConfigTurnsStrictPrivacyOn() {
    let base = """
      schema: amigo.config/1
      organisation: Test
      programmes:
        p: {label: P}
      schools:
        s: {name: S}
      workers:
        w: {name: W}

      """
    for (extra, strict) in [
      ("", false), ("privacy:\n  strict: true\n", true), ("privacy: {strict: false}\n", false),
      ("privacy:\n", false),
    ] {
      let (config, diagnostics) = Validator.validateConfig(YAMLDocument(parsing: base + extra))
      #expect(diagnostics.isEmpty, "\(extra): \(diagnostics.map(\.code))")
      #expect(config?.strictPrivacy == strict, "\(extra)")
    }
    let (_, wrong) = Validator.validateConfig(
      YAMLDocument(parsing: base + "privacy: {strict: yes, loud: true}\n"))
    #expect(wrong.map(\.code) == ["invalid-value", "unknown-field"])
  }
}

/// A finding points at the line and column of what was found, also inside a block of text.
@Suite struct PrivacyLocationTests {
  static let notes: [(note: String, line: String, match: String)] = [
    (
      "|-\n      Regel een.\n      Regel twee.\n      Moeder belt terug op 06 12 34 56 78.",
      "      Moeder belt terug op 06 12 34 56 78.", "06 12 34 56 78"
    ),
    (
      "|\n      Eerste regel.\n      mail: j.jansen@example.nl, vandaag",
      "      mail: j.jansen@example.nl, vandaag",
      "j.jansen@example.nl"
    ),
    (
      "Verhuisd naar 3072 AP, zegt moeder", "    note: Verhuisd naar 3072 AP, zegt moeder",
      "3072 AP"
    ),
    ("'BSN 111222333 genoemd'", "    note: 'BSN 111222333 genoemd'", "111222333"),
  ]

  @Test(arguments: 0..<4)
  func theFindingPointsAtTheMatchNotAtTheKey(_ index: Int) throws {
    let (note, line, match) = Self.notes[index]
    let text = replacing("    goals: [g1]", "    goals: [g1]\n    note: \(note)")
    let lines = text.components(separatedBy: "\n")
    let lineNumber = try #require(lines.firstIndex(of: line)) + 1
    let column = try #require(line.range(of: match)).lowerBound.utf16Offset(in: line) + 1
    // Both ways a file is read: the fast decoder and the full parse.
    let fast = Validator.validateTrajectory(
      bytes: Array(text.utf8), fileName: "T-1", config: testConfig, today: nil
    ).1
    let full = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil
    ).1
    for diagnostics in [fast, full] {
      let d = try #require(diagnostics.first { $0.code.hasPrefix("possible-") })
      #expect(d.range?.start.line == lineNumber)
      #expect(d.range?.start.column == column)
      #expect(d.range?.end.line == lineNumber)
      #expect(d.range?.end.column == column + match.count)
    }
  }

  @Test func aNumberFoldedOverTwoLinesPointsAtItsFirstPart() throws {
    let text = replacing(
      "    goals: [g1]", "    goals: [g1]\n    note: Moeder belt 06\n      12 34 56 78 terug.")
    let lines = text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex(of: "    note: Moeder belt 06")) + 1
    let diagnostics = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: testConfig, today: nil
    ).1
    let d = try #require(diagnostics.first { $0.code == "possible-phone-number" })
    #expect(d.range?.start == SourcePosition(line: line, column: 23))
    #expect(d.range?.end == SourcePosition(line: line, column: 25))
  }

  @Test func theSameMatchTwiceInATextPointsAtTheFirst() throws {
    let u = Array("06 12 34 56 78 en 06 12 34 56 78".utf8)
    let finding = try #require(
      IdentifierLint.findings(in: String(decoding: u, as: UTF8.self)).first)
    #expect(finding.range == 0..<14)
  }

  /// Where others read the output (the server's hook), a privacy finding does not quote what
  /// it found; other diagnostics keep their message. The privacy codes are the catalogue's.
  @Test func withoutQuotedDataLeavesOutTheLabelAFindingQuotes() {
    var config = testConfig
    config.strictPrivacy = true
    let text = replacing("  label: Sam B.", "  label: Noor Achterberg")
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: text), fileName: "T-1", config: config, today: nil)
    let found = diagnostics.filter { $0.code == "possible-full-name" }
    #expect(found.count == 1, "\(diagnostics.map(\.code))")
    for d in found.map(SchemaDiagnostics.withoutQuotedData) {
      #expect(d.message("en") == "the label '…' looks like a full name")
      #expect(d.message("nl") == "het label '…' lijkt een volledige naam")
      #expect(d.help("en") == found[0].help("en"))
    }
    let other = Diagnostic(code: "unknown-school", message: Bilingual("'x' is not a school", "x"))
    #expect(SchemaDiagnostics.withoutQuotedData(other) == other)
    #expect(SchemaDiagnostics.privacyCodes.isSubset(of: SchemaDiagnostics.codes))
  }
}
