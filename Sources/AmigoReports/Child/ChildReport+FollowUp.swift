import AmigoSchema

/// After the trajectory in the child report (issue 23): the referrals this service made, the
/// follow-up contacts, ratings and measures after the closure, and the earlier trajectory of a
/// repeat request. Never a note's text.
extension ChildReport {
  /// The section, or nil when the trajectory records none of it.
  func followUpSection(_ lang: Language) -> Section? {
    let t = trajectory
    let programme = config.programme(t.programme)
    var items: [String] = []
    if let previous = t.previous {
      items.append(
        lang("Repeat request; earlier trajectory: ", "Herhaalde aanmelding; eerder traject: ")
          + previous)
    }
    for r in t.referrals {
      let to = r.to.map { lang.label($0, Schemas.destination) } ?? "?"
      let status = lang.label(r.effectiveStatus.rawValue, Schemas.referralStatus)
      items.append(
        lang("Referred to ", "Verwezen naar ") + to + " " + lang("on ", "op ")
          + (r.date.map(lang.date) ?? "?") + ": " + status)
    }
    let sessions = t.sessions.filter(\.followUp)
    let ratings = t.goals.flatMap { g in g.ratings.filter(\.followUp).map { (g.id, $0) } }
    let measures = t.followUpMeasures
    if !sessions.isEmpty || !ratings.isEmpty || !measures.isEmpty,
      let end = t.followUpEnd(months: programme?.effectiveFollowUpMonths ?? 12)
    {
      items.append(lang("Follow-up until ", "Nazorg tot en met ") + lang.date(end))
    }
    for s in sessions {
      var line =
        lang("Follow-up contact ", "Nazorgcontact ") + (s.date.map(lang.date) ?? "?") + ": "
        + (s.kind.map { lang.label($0.rawValue, Schemas.sessionKind) } ?? "?")
      if !s.isHeld { line += " (" + lang.label(s.status.rawValue, Schemas.sessionStatus) + ")" }
      if let minutes = s.countedMinutes(programme), s.isHeld {
        line += ", \(minutes) " + lang("min", "min")
      }
      items.append(line)
    }
    for (goal, r) in ratings {
      items.append(
        lang("Follow-up rating ", "Nazorgscore ") + goal + " " + (r.date.map(lang.date) ?? "?")
          + ": " + (r.value.map(ChildReport.score) ?? "?")
          + (r.rater.map { " (" + lang.label($0, Schemas.rater) + ")" } ?? ""))
    }
    for m in measures {
      let scores = m.scores.map { "\($0.scale) \(ChildReport.score($0.value))" }
      items.append(
        lang("Follow-up measure ", "Follow-upmeting ") + (m.date.map(lang.date) ?? "?") + ": "
          + m.instrument + ", "
          + (m.informant.map { lang.label($0.rawValue, Schemas.informant) } ?? "?")
          + (scores.isEmpty ? "" : " (" + scores.joined(separator: ", ") + ")"))
    }
    guard !items.isEmpty else { return nil }
    return Section(
      id: "after_trajectory", title: lang("After the trajectory", "Na het traject"),
      blocks: [.list(items)])
  }

  /// `6`, `6.5`.
  static func score(_ d: Double) -> String {
    d == d.rounded() ? String(Int(d)) : String(d)
  }
}
