import AmigoYAML

/// A session that repeats an earlier one (the same date, kind, minutes, status and
/// participants) was probably logged twice: a warning, since two short talks on one day happen.
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
