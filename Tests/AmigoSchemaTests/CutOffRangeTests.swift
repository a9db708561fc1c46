import AmigoSchema
import AmigoYAML
import Foundation
import Testing

/// A band's cut-off in `amigo.yaml` outside the form's `min`-`max` (QA: `abnormal: 15` on a
/// 0-10 scale passed `validate`, and no score could ever be abnormal): `cut-off-out-of-range`,
/// at the cut-off.
@Suite struct CutOffRangeTests {
  func diagnostics(_ parent: String) -> [Diagnostic] {
    let text = """
      schema: amigo.config/1
      organisation: Test
      programmes:
        amigos-op-school: {label: Amigo's op School}
      schools:
        de-akker: {name: De Akker}
      workers:
        mv: {name: Mira}
      instruments:
        sdq:
          label: SDQ
          forms:
            parent: {min: 4, max: 17}
          scales:
            emotional:
              label: emotional problems
              direction: lower-is-better
              parent: {\(parent)}

      """
    return Validator.validateConfig(YAMLDocument(parsing: text)).1.filter {
      $0.code == "cut-off-out-of-range"
    }
  }

  @Test func aCutOffAboveTheMaxIsAnError() throws {
    let found = diagnostics("min: 0, max: 10, borderline: 4, abnormal: 15")
    let d = try #require(found.first)
    #expect(found.count == 1)
    #expect(d.severity == .error)
    #expect(d.range?.start.line == 18)
    #expect(d.range?.start.column == 60)
    #expect(
      d.text.en
        == "the abnormal cut-off 15 of scale 'emotional' on the parent form lies above its max 10, outside the range 0-10"
    )
    #expect(
      d.text.nl
        == "het afkappunt abnormal 15 van schaal 'emotional' op de ouderversie ligt boven de max 10, buiten het bereik 0-10"
    )
  }

  @Test func aCutOffBelowTheMinIsAnError() throws {
    let found = diagnostics("min: 0, max: 10, borderline: -2, abnormal: 5")
    #expect(found.count == 1)
    #expect(found.first?.text.en.contains("borderline cut-off -2") == true)
    #expect(found.first?.text.en.contains("below its min 0") == true)
  }

  @Test func cutOffsAtTheEndsOfTheRangeAreFine() {
    #expect(diagnostics("min: 0, max: 10, borderline: 0, abnormal: 10").isEmpty)
  }
}
