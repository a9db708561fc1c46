import AmigoYAML

/// A session that repeats an earlier one (the same date, kind, minutes, status and
/// participants) was probably logged twice: a warning, since two short talks on one day happen.
/// So was a consent, a sharing entry or a meldcode step that repeats an earlier one.
enum DuplicateSessionRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let sessions = c.trajectory.sessions
    for (first, repeat_) in pairs(sessions) {
      let session = sessions[repeat_]
      out.append(
        SchemaDiagnostics.possibleDuplicate(
          c.range(session.dateSpan), date: session.date!,
          firstLine: c.range(sessions[first].dateSpan).start.line))
    }
    // A consent, a sharing entry or a meldcode step recorded twice (the command run again):
    // the same date and fields say nothing new. Few entries per file: every pair is compared.
    let t = c.trajectory
    func repeats<T>(
      _ entries: [T], date: (T) -> LocalDate?, span: (T) -> Span, what: Bilingual,
      same: Bilingual, _ equal: (T, T) -> Bool
    ) {
      for j in entries.indices {
        guard let d = date(entries[j]) else { continue }
        guard
          let i = entries[..<j].firstIndex(where: { date($0) == d && equal($0, entries[j]) })
        else { continue }
        out.append(
          SchemaDiagnostics.possibleDuplicateEntry(
            c.range(span(entries[j])), what: what, date: d,
            firstLine: c.range(span(entries[i])).start.line, same: same))
      }
    }
    repeats(
      t.consent, date: \.date, span: \.dateSpan,
      what: Bilingual("this consent", "deze toestemming"),
      same: Bilingual(
        "givers, form, scope and withdrawal", "gevers, vorm, reikwijdte en intrekking")
    ) {
      $0.withdrawn == $1.withdrawn && $0.form == $1.form && $0.exception == $1.exception
        && $0.givenBy.sorted() == $1.givenBy.sorted() && $0.scope.sorted() == $1.scope.sorted()
    }
    repeats(
      t.sharing, date: \.date, span: \.dateSpan,
      what: Bilingual("this sharing", "dit delen"),
      same: Bilingual(
        "direction, parties, topics and basis", "richting, partijen, onderwerpen en grondslag")
    ) {
      $0.direction == $1.direction && $0.effectiveBasis == $1.effectiveBasis && $0.note == $1.note
        && $0.with.sorted() == $1.with.sorted() && $0.what.sorted() == $1.what.sorted()
    }
    repeats(
      t.meldcode, date: \.date, span: \.dateSpan,
      what: Bilingual("this meldcode step", "deze stap van de meldcode"),
      same: Bilingual("step and outcome", "stap en uitkomst")
    ) { $0.step == $1.step && $0.outcome == $1.outcome }
    return out
  }

  /// Each session (by index) that repeats an earlier one, with the first it repeats. Sessions
  /// are sorted by date (nearly always already in order), so only sessions of one day are
  /// compared: no hashing of every session.
  static func pairs(_ sessions: [Session]) -> [(Int, Int)] {
    var order = sessions.indices.filter { sessions[$0].date != nil }
    guard order.count > 1 else { return [] }
    var sorted = true
    for k in 1..<order.count where sessions[order[k - 1]].date! > sessions[order[k]].date! {
      sorted = false
      break
    }
    if !sorted { order.sort { (sessions[$0].date!, $0) < (sessions[$1].date!, $1) } }
    var out: [(Int, Int)] = []
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, sessions[order[end]].date == sessions[order[start]].date {
        end += 1
      }
      if end - start > 1 {
        for j in start + 1..<end {
          let b = sessions[order[j]]
          for i in start..<j {
            let a = sessions[order[i]]
            guard a.kind == b.kind, a.minutes == b.minutes, a.status == b.status else {
              continue
            }
            if a.with.sorted() != b.with.sorted() { continue }
            out.append((order[i], order[j]))
            break
          }
        }
      }
      start = end
    }
    return out.sorted { $0.1 < $1.1 }
  }
}
