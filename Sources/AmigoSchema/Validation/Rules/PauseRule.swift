import AmigoYAML

/// Pauses (`Pause`): each ends on or after the day it starts, and pauses do not overlap. A
/// trajectory paused without a dated pause stays valid, with a note on how to date it (until
/// then its norms cannot be judged: the weeks since the pause cannot be told apart).
enum PauseRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    var out: [Diagnostic] = []
    var previous: Pause?
    for p in t.pauses {
      guard let from = p.from else { continue }
      if let to = p.to, to < from {
        out.append(pauseDates(c.range(p.toSpan), from: from, to: to))
      }
      if let previous, let end = previous.to ?? c.today, let start = previous.from,
        from >= start, from <= end
      {
        out.append(pauseOverlap(c.range(p.fromSpan), from: from, previous: start))
      }
      previous = p
    }
    if t.status == .paused, t.openPause == nil {
      out.append(undatedPause(c.range(t.statusSpan), id: t.id))
    }
    return out
  }

  static func pauseDates(_ r: SourceRange, from: LocalDate, to: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "pause-dates",
      message: Bilingual(
        "the pause ends on \(to), before it starts (\(from))",
        "de pauze eindigt op \(to), voordat ze begint (\(from))"),
      range: r,
      help: Bilingual(
        "'to' is the last paused day, on or after 'from'",
        "'to' is de laatste dag van de pauze, op of na 'from'"))
  }

  static func pauseOverlap(_ r: SourceRange, from: LocalDate, previous: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "pause-dates",
      message: Bilingual(
        "this pause starts on \(from), inside the pause from \(previous)",
        "deze pauze begint op \(from), binnen de pauze vanaf \(previous)"),
      range: r,
      help: Bilingual(
        "pauses follow each other: end the earlier one ('to') before this one starts, or join them",
        "pauzes volgen op elkaar: laat de eerdere eindigen ('to') voordat deze begint, of voeg ze samen"
      ))
  }

  static func undatedPause(_ r: SourceRange, id: String) -> Diagnostic {
    Diagnostic(
      severity: .note, code: "undated-pause",
      message: Bilingual(
        "the trajectory is paused without a date: its norms cannot be judged since",
        "het traject is gepauzeerd zonder datum: de normen zijn sindsdien niet te beoordelen"),
      range: r,
      help: Bilingual(
        "date the pause, so the weeks before it count and the paused weeks do not: amigo pause \(id) --date DATE (the first paused day); amigo resume \(id) --since DATE does so when it resumes",
        "geef de pauze een datum, zodat de weken ervoor meetellen en de gepauzeerde weken niet: amigo pause \(id) --date DATUM (de eerste dag van de pauze); amigo resume \(id) --since DATUM doet dat bij het hervatten"
      ))
  }
}
