import AmigoYAML

extension Validator {
  /// The instruments of `amigo.yaml` hold together: a total's `sum_of` names scales of the
  /// instrument, each form's range is ordered, its cut-offs lie within it, and the bands start
  /// in the scale's direction.
  static func instrumentDiagnostics(_ root: YAMLMapping, _ document: YAMLDocument) -> [Diagnostic] {
    var out: [Diagnostic] = []
    func number(_ node: YAMLNode?) -> Double? {
      node?.scalar.flatMap { DecimalText.parse($0.value) }
    }
    for instrument in root["instruments"]?.mapping?.entries ?? [] {
      guard let scales = instrument.value.mapping?["scales"]?.mapping else { continue }
      let known = scales.entries.map(\.key.value)
      for scale in scales.entries {
        guard let s = scale.value.mapping else { continue }
        for item in s["sum_of"]?.sequence?.items ?? [] {
          guard let part = item.value.scalar, !known.contains(part.value) else { continue }
          out.append(
            SchemaDiagnostics.unknownSumScale(
              document.range(of: part), scale: part.value, total: scale.key.value, known: known))
        }
        let direction = s["direction"]?.scalar.flatMap { ScaleDirection(rawValue: $0.value) }
        for informant in Informant.allCases {
          guard let form = s[informant.rawValue]?.mapping else { continue }
          if let lo = number(form["min"]), let hi = number(form["max"]), lo > hi {
            out.append(
              Diagnostic(
                code: "range-order",
                message: Bilingual(
                  "min \(formatNumber(lo)) is greater than max \(formatNumber(hi))",
                  "min \(formatNumber(lo)) is groter dan max \(formatNumber(hi))"),
                range: document.range(of: form["min"]!),
                help: Bilingual("swap the two values", "verwissel de twee waarden")))
          }
          // A cut-off outside the form's range: no score could reach its band (above the
          // max), or every score would lie in it (below the min).
          if let lo = number(form["min"]), let hi = number(form["max"]), lo <= hi {
            for band in ["borderline", "abnormal"] {
              guard let node = form[band], let cut = number(node), cut < lo || cut > hi else {
                continue
              }
              out.append(
                SchemaDiagnostics.cutOffOutOfRange(
                  document.range(of: node), scale: scale.key.value, form: informant,
                  band: band, cutOff: cut, min: lo, max: hi))
            }
          }
          var norms = ScaleNorms()
          norms.borderline = number(form["borderline"])
          norms.abnormal = number(form["abnormal"])
          if let direction, let b = norms.borderline, let a = norms.abnormal,
            !norms.bandsInOrder(direction)
          {
            out.append(
              SchemaDiagnostics.bandOrder(
                document.range(of: form["abnormal"]!), scale: scale.key.value,
                direction: direction, borderline: b, abnormal: a))
          }
        }
      }
    }
    return out
  }
}
