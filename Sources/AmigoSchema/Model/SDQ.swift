/// The SDQ (Strengths and Difficulties Questionnaire) as `amigo init` ships it in `amigo.yaml`
/// (`InstrumentTemplates`) and `schema/fields.md` documents it: scale scores only. Bands: the UK
/// three-band cut-offs published on sdqinfo.org; norm SDs and reliabilities (Cronbach's alpha):
/// the UK norm study (Goodman 2001, ages 5-15). Dutch norms replace them in an organisation's
/// own `amigo.yaml`; nothing in amigo's code depends on these numbers.
public enum SDQ {
  public static let source = "sdqinfo.org (three-band cut-offs); Goodman 2001 (SD, reliability)"
  public static let country = "UK"
  /// The forms and the ages (years) they are for.
  public static let ages: [(informant: String, ages: ClosedRange<Int>)] = [
    ("parent", 4...17), ("teacher", 4...17), ("self", 11...17),
  ]

  /// One scale on one form: range, norm SD, reliability, and where the borderline and abnormal
  /// bands start (counting from the normal end).
  public struct Form: Sendable {
    public let informant: String
    public let max: Int
    public let sd: String?
    public let reliability: String?
    public let borderline: Int
    public let abnormal: Int

    public var yaml: String {
      var parts = ["min: 0", "max: \(max)"]
      if let sd { parts.append("sd: \(sd)") }
      if let reliability { parts.append("reliability: \(reliability)") }
      parts += ["borderline: \(borderline)", "abnormal: \(abnormal)"]
      return "\(informant): {\(parts.joined(separator: ", "))}"
    }
  }

  public struct Scale: Sendable {
    public let id: String
    public let en: String
    public let nl: String
    public let higherIsBetter: Bool
    public var sumOf: [String] = []
    public let forms: [Form]
  }

  static func f(
    _ informant: String, _ max: Int, _ sd: String?, _ r: String?, _ borderline: Int,
    _ abnormal: Int
  ) -> Form {
    Form(
      informant: informant, max: max, sd: sd, reliability: r, borderline: borderline,
      abnormal: abnormal)
  }

  /// The SDQ's scales: the four difficulties scales (0-10) and their total (0-40), the
  /// prosocial scale (0-10) and the impact score (parent and self 0-10, teacher 0-6).
  public static let scales: [Scale] = [
    Scale(
      id: "total", en: "total difficulties", nl: "totale problemen", higherIsBetter: false,
      sumOf: ["emotional", "conduct", "hyperactivity", "peer"],
      forms: [
        f("parent", 40, "5.7", "0.82", 14, 17), f("teacher", 40, "5.9", "0.87", 12, 16),
        f("self", 40, "5.2", "0.80", 16, 20),
      ]),
    Scale(
      id: "emotional", en: "emotional symptoms", nl: "emotionele problemen",
      higherIsBetter: false,
      forms: [
        f("parent", 10, "2.0", "0.67", 4, 5), f("teacher", 10, "1.9", "0.78", 5, 6),
        f("self", 10, "2.1", "0.66", 6, 7),
      ]),
    Scale(
      id: "conduct", en: "conduct problems", nl: "gedragsproblemen", higherIsBetter: false,
      forms: [
        f("parent", 10, "1.7", "0.63", 3, 4), f("teacher", 10, "1.6", "0.74", 3, 4),
        f("self", 10, "1.7", "0.60", 4, 5),
      ]),
    Scale(
      id: "hyperactivity", en: "hyperactivity/inattention", nl: "hyperactiviteit/aandacht",
      higherIsBetter: false,
      forms: [
        f("parent", 10, "2.7", "0.77", 6, 7), f("teacher", 10, "2.8", "0.88", 6, 8),
        f("self", 10, "2.2", "0.67", 6, 7),
      ]),
    Scale(
      id: "peer", en: "peer relationship problems", nl: "problemen met leeftijdgenoten",
      higherIsBetter: false,
      forms: [
        f("parent", 10, "1.7", "0.57", 3, 4), f("teacher", 10, "1.7", "0.70", 4, 5),
        f("self", 10, "1.4", "0.41", 4, 6),
      ]),
    Scale(
      id: "prosocial", en: "prosocial behaviour", nl: "prosociaal gedrag", higherIsBetter: true,
      forms: [
        f("parent", 10, "1.6", "0.65", 5, 4), f("teacher", 10, "2.4", "0.84", 5, 4),
        f("self", 10, "1.7", "0.66", 5, 4),
      ]),
    Scale(
      id: "impact", en: "impact", nl: "impact", higherIsBetter: false,
      forms: [
        f("parent", 10, nil, nil, 1, 2), f("teacher", 6, nil, nil, 1, 2),
        f("self", 10, nil, nil, 1, 2),
      ]),
  ]

}
