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
      code: "pause-dates", message: "the pause ends on \(to), before it starts (\(from))",
      range: r, help: "'to' is the last paused day, on or after 'from'")
  }

  static func pauseOverlap(_ r: SourceRange, from: LocalDate, previous: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "pause-dates",
      message: "this pause starts on \(from), inside the pause from \(previous)",
      range: r,
      help:
        "pauses follow each other: end the earlier one ('to') before this one starts, or join them")
  }

  static func undatedPause(_ r: SourceRange, id: String) -> Diagnostic {
    Diagnostic(
      severity: .note, code: "undated-pause",
      message: "the trajectory is paused without a date: its norms cannot be judged since",
      range: r,
      help:
        "date the pause, so the weeks before it count and the paused weeks do not: amigo pause \(id) --date DATE (the first paused day); amigo resume \(id) --since DATE does so when it resumes"
    )
  }
}
