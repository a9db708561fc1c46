import AmigoYAML

/// Each measure fits its instrument in `amigo.yaml`: the instrument is declared and has a form
/// for the informant, the form is for the child's age on the measure's date, every score names
/// a scale of that form and lies in its range, a total written adds up to its scales, and a
/// measure has at least one score.
enum MeasureRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.measures.isEmpty, let config = c.config else { return [] }
    var out: [Diagnostic] = []
    for m in t.measures where m.scores.isEmpty && m.scoresSpan != .none {
      out.append(SchemaDiagnostics.measureWithoutScores(c.range(m.scoresSpan), m))
    }
    for m in t.measures where !m.instrument.isEmpty {
      guard let instrument = config.instrument(m.instrument) else {
        out.append(
          SchemaDiagnostics.unknownReference(
            c.range(m.instrumentSpan), kind: "instrument", value: m.instrument,
            known: config.instruments.map(\.id)))
        continue
      }
      guard let informant = m.informant else { continue }
      guard let ages = instrument.forms.ages[informant] else {
        out.append(
          SchemaDiagnostics.informantWithoutForm(c.range(m.informantSpan), m, instrument))
        continue
      }
      if let born = t.child.born, let date = m.date {
        let age = ConsentLaw.Age(born: born, on: date)
        if !age.overlaps(ages) {
          out.append(
            SchemaDiagnostics.measureOutsideAge(c.range(m.informantSpan), m, age: age, ages: ages))
        }
      }
      let onForm = instrument.scales.filter { $0.norms[informant] != nil }
      for score in m.scores {
        guard let scale = instrument.scale(score.scale), let norms = scale.norms[informant] else {
          out.append(
            SchemaDiagnostics.unknownScale(
              c.range(score.span), scale: score.scale, m, known: onForm.map(\.id)))
          continue
        }
        if let range = norms.range, !range.contains(score.value) {
          out.append(
            SchemaDiagnostics.scoreOutOfRange(
              c.range(score.span), scale: scale, value: score.value, range: range, m))
        }
      }
      for scale in onForm where !scale.sumOf.isEmpty {
        guard let written = m.scores.first(where: { $0.scale == scale.id }) else { continue }
        let parts = scale.sumOf.compactMap { m.score($0) }
        guard parts.count == scale.sumOf.count else { continue }
        let sum = parts.reduce(0, +)
        if abs(sum - written.value) > 1e-9 {
          out.append(
            SchemaDiagnostics.totalMismatch(
              c.range(written.span), scale: scale, total: written.value, sum: sum, m))
        }
      }
    }
    return out
  }
}
