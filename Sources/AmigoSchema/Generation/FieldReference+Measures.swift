/// The outcome-measures section of `schema/fields.md`: the SDQ as `amigo init` ships it (`SDQ`).
extension FieldReference {
  static let measuresHeading = "Outcome measures: the SDQ as amigo init ships it"

  static func measuresSection() -> String {
    var out = "\n## \(measuresHeading)\n\n"
    out += """
      A measure records one completed form: instrument, informant (`parent`, `teacher`, `self`),
      timepoint (`pre`, `post`, `follow-up`) and scale scores, as numbers only: never item texts
      or answers (the SDQ's items are copyrighted). What an instrument has is configuration in
      `amigo.yaml` (`instruments:`), so organisations add their own. `amigo init` ships the SDQ:
      four difficulties scales (0-10) that add up to the total difficulties score (0-40), the
      prosocial scale (0-10) and the impact score. A total left out of `scores` is the sum of its
      scales; one written must equal it (`total-mismatch`). A `post` is compared with the `pre`
      of the same instrument and informant (`docs/reports.md`).

      Bands: the **\(SDQ.country)** three-band cut-offs; SD and reliability r for the reliable change
      index: the UK norm study. Source: \(SDQ.source). Dutch norms replace them: an organisation
      edits the numbers and `norms` in its `amigo.yaml`, and reports name the country it gives.
      Forms: \(SDQ.ages.map { "`\($0.informant)` ages \($0.ages.lowerBound)-\($0.ages.upperBound)" }.joined(separator: ", ")).

      | scale | direction | sum of | form | range | SD | r | borderline from | abnormal from |
      | --- | --- | --- | --- | --- | --- | --- | --- | --- |

      """
    for scale in SDQ.scales {
      for form in scale.forms {
        let sum = scale.sumOf.isEmpty ? "" : scale.sumOf.map { "`\($0)`" }.joined(separator: " + ")
        out +=
          "| `\(scale.id)` (\(scale.en)) | \(scale.higherIsBetter ? "higher is better" : "lower is better") | \(sum) | \(form.informant) | 0-\(form.max) | \(form.sd ?? "–") | \(form.reliability ?? "–") | \(form.borderline) | \(form.abnormal) |\n"
      }
    }
    out += """

      The impact score has no SD or reliability here, so no reliable change is computed for it.
      On a higher-is-better scale (prosocial) the bands count down: borderline from 5 means a
      score of 5, abnormal from 4 a score of 4 or lower.

      """
    return out
  }
}
