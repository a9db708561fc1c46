import AmigoYAML

/// A handover (`handovers:`, written by `amigo handover`) lies within the trajectory: not
/// before the referral, when the child was nobody's yet. `history` and the record tell it as
/// "handed over from W to V on D".
enum HandoverRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard !t.handovers.isEmpty, let referral = t.referral?.date else { return [] }
    return t.handovers.compactMap { h in
      guard let date = h.date, date < referral else { return nil }
      return beforeReferral(c.range(h.dateSpan), date: date, referral: referral)
    }
  }

  static func beforeReferral(
    _ r: SourceRange, date: LocalDate, referral: LocalDate
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "handover-before-referral",
      message: Bilingual(
        "this handover on \(date) lies before the referral (\(referral))",
        "deze overdracht op \(date) ligt voor de aanmelding (\(referral))"),
      range: r,
      help: Bilingual(
        "date the handover on the day the new worker took over ('amigo handover --date'; in a file, correct it with 'amigo edit')",
        "geef de overdracht de dag waarop de nieuwe begeleider het overnam ('amigo handover --date'; in een bestand verbeter je de datum met 'amigo edit')"
      ))
  }
}
