import AmigoSchema

/// The instruments `amigo init` writes into `amigo.yaml`: the SDQ (`SDQ`; Strengths and Difficulties
/// Questionnaire), scale scores only. Its bands are the UK three-band cut-offs published on
/// sdqinfo.org; its norm SDs and reliabilities those of the UK norm study (Goodman 2001). Dutch
/// norms replace them: an organisation edits the numbers in its own `amigo.yaml`.
public enum InstrumentTemplates {
  /// The `instruments:` section with the SDQ, commented in the workspace's language.
  public static func sdq(english en: Bool) -> [String] {
    var lines: [String] = []
    if en {
      lines += [
        "# Questionnaires for outcome measures ('amigo measure'): scale scores only, never the",
        "# items or answers (the SDQ's items are copyrighted). The bands below are the UK",
        "# three-band cut-offs from sdqinfo.org, the SDs and reliabilities (for the reliable",
        "# change index) those of the UK norm study (Goodman 2001). Dutch norms replace them:",
        "# when you use them, change the numbers and 'norms' (source and country) here.",
      ]
    } else {
      lines += [
        "# Vragenlijsten voor effectmeting ('amigo measure'): alleen schaalscores, nooit de",
        "# vragen of antwoorden (op de vragen van de SDQ rust auteursrecht). De banden hieronder",
        "# zijn de Britse afkappunten (drie banden) van sdqinfo.org, de SD's en betrouwbaarheden",
        "# (voor de betrouwbare verandering) die van de Britse normstudie (Goodman 2001).",
        "# Nederlandse normen vervangen ze: pas dan de getallen en 'norms' (bron en land) hier aan.",
      ]
    }
    lines +=
      [
        "instruments:",
        "  sdq:",
        "    label: Strengths and Difficulties Questionnaire (SDQ)",
        "    norms: {source: '\(SDQ.source)', country: \(SDQ.country)}",
        en
          ? "    # Who fills in a form, and for which ages (years)."
          : "    # Wie een formulier invult, en voor welke leeftijden (jaren).",
        "    forms:",
      ]
      + SDQ.ages.map {
        "      \($0.informant): {min: \($0.ages.lowerBound), max: \($0.ages.upperBound)}"
      } + [
        en
          ? "    # Per form: valid range, norm SD, reliability, and the first score of the borderline"
          : "    # Per formulier: geldig bereik, SD en betrouwbaarheid van de norm, en de eerste score",
        en
          ? "    # and abnormal bands, counting from the normal end."
          : "    # van de banden grensgebied en afwijkend, geteld vanaf de normale kant.",
        "    scales:",
      ]
    for scale in SDQ.scales {
      lines.append("      \(scale.id):")
      lines.append("        label: \(en ? scale.en : scale.nl)")
      lines.append(
        "        direction: \(scale.higherIsBetter ? "higher-is-better" : "lower-is-better")")
      if !scale.sumOf.isEmpty {
        lines.append("        sum_of: [\(scale.sumOf.joined(separator: ", "))]")
      }
      for form in scale.forms { lines.append("        " + form.yaml) }
    }
    return lines
  }
}
