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
