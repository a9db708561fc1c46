import AmigoSchema

extension ChildReport {
  /// The charts of the HTML child report, by where they go (`HTMLRenderer`): child talks per
  /// school week against the norm and a contact timeline in the dose section, each goal's
  /// scores over time in the goals section.
  public func charts(_ lang: Language) -> [String: [Chart]] {
    var out: [String: [Chart]] = [:]
    if let c = talksPerWeek(lang) { out["dose/dose", default: []].append(c) }
    if let c = contactTimeline(lang) { out["dose/dose", default: []].append(c) }
    let goals = goalCharts(lang)
    if !goals.isEmpty { out["goals/goals"] = goals }
    return out
  }

  /// The days the charts span: from the referral or start (or first contact) to the closure
  /// or today, whichever is later than the last contact.
  func span() -> (Int, Int)? {
    let t = trajectory
    var days = t.sessions.compactMap(\.date?.dayNumber)
    days += t.goals.flatMap { $0.ratings.compactMap(\.date?.dayNumber) }
    days += t.plan.reviews.map(\.dayNumber)
    if let s = t.plan.start { days.append(s.dayNumber) }
    if let c = t.closure?.date { days.append(c.dayNumber) } else { days.append(today.dayNumber) }
    guard let lo = days.min(), let hi = days.max() else { return nil }
    return (lo, max(hi, lo + 7))
  }

  /// About five ticks over the span, on the first of a month when the span is long.
  func ticks(_ span: (Int, Int), _ lang: Language) -> [(x: Int, label: String)] {
    let from = LocalDate(dayNumber: span.0)
    let to = LocalDate(dayNumber: span.1)
    let months = (to.year - from.year) * 12 + to.month - from.month
    let names = lang.code == "nl" ? Language.monthsNL : Language.monthsEN
    if months >= 2 {
      let step = max(1, (months + 5) / 6)
      var out: [(Int, String)] = []
      var y = from.year
      var m = from.month + 1
      if m > 12 {
        m = 1
        y += 1
      }
      var i = 0
      while let d = LocalDate(year: y, month: m, day: 1), d.dayNumber <= span.1 {
        if i % step == 0 {
          out.append((d.dayNumber, names[m - 1] + (m == 1 ? " \(y)" : "")))
        }
        i += 1
        m += 1
        if m > 12 {
          m = 1
          y += 1
        }
      }
      return out
    }
    let step = max(7, (span.1 - span.0) / 4)
    return stride(from: span.0, through: span.1, by: step).map {
      let d = LocalDate(dayNumber: $0)
      return ($0, "\(d.day) \(names[d.month - 1])")
    }
  }

  /// Each goal's scores over time, one line per rater, the target as a line, review dates
  /// marked.
  func goalCharts(_ lang: Language) -> [Chart] {
    guard let span = span() else { return [] }
    var out: [Chart] = []
    for g in trajectory.goals {
      let raters = g.raters
      guard !raters.isEmpty else { continue }
      let series = raters.map { rater in
        (
          name: rater.map { lang.label($0, config.vocabulary(Schemas.rater)) }
            ?? lang("unknown", "onbekend"),
          points: g.scores(by: rater).map { (x: $0.date.dayNumber, y: $0.value) }
        )
      }
      let id = "goal-" + g.id
      let title = lang("Goal \(g.id): scores over time", "Doel \(g.id): scores in de tijd")
      var desc = series.map { s in
        s.name + ": "
          + s.points.map {
            lang.date(LocalDate(dayNumber: $0.x)) + " " + Cell.score($0.y).display(lang)
          }
          .joined(separator: ", ")
      }.joined(separator: "; ")
      if let target = g.target {
        desc += lang("; target ", "; streefscore ") + Cell.score(target).display(lang)
      }
      if !trajectory.plan.reviews.isEmpty {
        desc +=
          lang("; reviews ", "; evaluaties ")
          + trajectory.plan.reviews.map(lang.date).joined(separator: ", ")
      }
      let svg = SVGCharts.lines(
        id: id, title: title, desc: desc + ".", series: series,
        target: g.target.map {
          (value: $0, label: lang("target ", "streef ") + Cell.score($0).display(lang))
        },
        marks: trajectory.plan.reviews.map {
          (x: $0.dayNumber, label: lang("review", "evaluatie"))
        },
        xDomain: span, xTicks: ticks(span, lang), lang: lang)
      out.append(
        Chart(
          id: id, title: title, desc: desc, svg: svg,
          table: Table(
            id: id,
            columns: [
              Column("rater", lang("Rated by", "Gescoord door")),
              Column("date", lang("Date", "Datum")),
              Column("score", lang("Score", "Score"), numeric: true),
            ],
            rows: series.flatMap { s in
              s.points.map {
                [
                  .text(s.name), .text(LocalDate(dayNumber: $0.x).description),
                  Cell.score($0.y),
                ]
              }
            })))
    }
    return out
  }

  /// Sessions of the programme's dose kind (`Programme.doseKind`: child talks unless it says
  /// otherwise) per school week from the start, against its norm; holiday weeks,
  /// weeks the school was closed and paused weeks (`Pause`: all five school days paused) shaded
  /// (and not counted).
  func talksPerWeek(_ lang: Language) -> Chart? {
    let t = trajectory
    guard let programme = config.programme(t.programme), let start = t.plan.start else {
      return nil
    }
    let kind = programme.doseKind
    guard programme.hasDoseNorm || t.sessions.contains(where: { $0.kind == kind }) else {
      return nil
    }
    let end = t.closure?.date ?? today
    guard end >= start else { return nil }
    let first = start.isoWeek
    let weeksCount = min(520, (end.isoWeek.monday.dayNumber - first.monday.dayNumber) / 7 + 1)
    guard weeksCount > 0 else { return nil }
    var talks = [Int](repeating: 0, count: weeksCount)
    var closed = [Bool](repeating: false, count: weeksCount)
    for s in t.sessions {
      guard let d = s.date else { continue }
      let k = (d.isoWeek.monday.dayNumber - first.monday.dayNumber) / 7
      guard d >= first.monday, k < weeksCount else { continue }
      if s.kind == kind && s.isHeld { talks[k] += 1 }
      if s.status == .schoolClosed { closed[k] = true }
    }
    let holidayText = lang("school holiday", "schoolvakantie")
    let closedText = lang("school closed", "school dicht")
    let pausedText = lang("paused", "gepauzeerd")
    let weeks: [(label: String, value: Int?, shaded: String?)] = (0..<weeksCount).map { k in
      let week = first.adding(weeks: k)
      let shaded =
        config.isHolidayWeek(week)
        ? (config.holiday(covering: week)?.label ?? holidayText)
        : closed[k]
          ? closedText : t.isPausedWeek(monday: week.monday.dayNumber) ? pausedText : nil
      return (label: String(week.week), value: shaded == nil ? talks[k] : nil, shaded: shaded)
    }
    let norm = programme.childSessionsPerWeek.flatMap { $0 > 0 ? Double($0) : nil }
    let kinds = lang(kind.pluralEn, kind.pluralNl)
    let title =
      kinds.prefix(1).uppercased() + kinds.dropFirst() + lang(" per school week", " per schoolweek")
    let shadedCount = weeks.filter { $0.shaded != nil }.count
    let total = talks.reduce(0, +)
    let desc =
      lang(
        "\(total) \(kind.en(count: total)) in \(Counted.of(weeksCount, "week", "weeks")) from week \(first.week) of \(first.year)",
        "\(total) \(kind.nl(count: total)) in \(Counted.of(weeksCount, "week", "weken")) vanaf week \(first.week) van \(first.year)"
      )
      + (norm.map { lang("; norm \(Int($0)) a week", "; norm \(Int($0)) per week") } ?? "")
      + (shadedCount > 0
        ? lang(
          "; \(Counted.of(shadedCount, "week", "weeks")) shaded (holiday, school closed or paused; not counted)",
          "; \(Counted.of(shadedCount, "week", "weken")) gearceerd (vakantie, school dicht of gepauzeerd; telt niet mee)"
        )
        : "")
    let id = "talks-per-week"
    let svg = SVGCharts.weeks(
      id: id, title: title, desc: desc + ".", weeks: weeks, norm: norm,
      normLabel: lang("norm", "norm") + (norm.map { " \(Int($0))" } ?? ""), lang: lang)
    return Chart(
      id: id, title: title, desc: desc, svg: svg,
      table: Table(
        id: id,
        columns: [
          Column("week", lang("Week", "Week")),
          Column("dose", kinds.prefix(1).uppercased() + kinds.dropFirst(), numeric: true),
          Column("note", lang("Note", "Opmerking")),
        ],
        rows: (0..<weeksCount).map { k in
          let week = first.adding(weeks: k)
          return [
            .text(week.description), weeks[k].value.map { .int($0) } ?? .empty,
            weeks[k].shaded.map { .text($0) } ?? .empty,
          ]
        }))
  }

  /// Every contact on its date, a row per kind: filled when held, open when not.
  func contactTimeline(_ lang: Language) -> Chart? {
    guard let span = span() else { return nil }
    let dated = trajectory.sessions.filter { $0.date != nil }
    guard !dated.isEmpty else { return nil }
    var kinds: [String] = []
    for s in dated {
      let k = s.kind?.rawValue ?? "other"
      if !kinds.contains(k) { kinds.append(k) }
    }
    let lanes = kinds.map { lang.label($0, Schemas.sessionKind) }
    let events = dated.map { s in
      let status = lang.label(s.status.rawValue, Schemas.sessionStatus)
      return (
        lane: kinds.firstIndex(of: s.kind?.rawValue ?? "other")!, x: s.date!.dayNumber,
        held: s.isHeld,
        label: lang.date(s.date!) + ": " + lang.label(s.kind?.rawValue ?? "", Schemas.sessionKind)
          + " (" + status + ")"
      )
    }
    let held = dated.filter(\.isHeld).count
    let title = lang("Contacts over time", "Contacten in de tijd")
    // The contacts' own first and last day (the chart's span also holds reviews and today).
    let days = dated.map { $0.date! }
    let (firstDay, lastDay) = (lang.date(days.min()!), lang.date(days.max()!))
    let when =
      firstDay == lastDay
      ? lang("on \(firstDay)", "op \(firstDay)")
      : lang("from \(firstDay) to \(lastDay)", "van \(firstDay) tot \(lastDay)")
    let desc = lang(
      "\(Counted.of(dated.count, "contact", "contacts")) \(when), \(held) held (filled) and \(dated.count - held) not held (open); the dates are in the table of contacts",
      "\(Counted.of(dated.count, "contact", "contacten")) \(when), \(held) gehouden (gevuld) en \(dated.count - held) niet gehouden (open); de data staan in de tabel met contacten"
    )
    let id = "contact-timeline"
    let svg = SVGCharts.timeline(
      id: id, title: title, desc: desc + ".", lanes: lanes, events: events, xDomain: span,
      xTicks: ticks(span, lang))
    return Chart(
      id: id, title: title, desc: desc, svg: svg,
      table: Table(
        id: id,
        columns: [
          Column("date", lang("Date", "Datum")), Column("kind", lang("Kind", "Soort")),
          Column("status", lang("Status", "Status")),
        ],
        rows: dated.map { s in
          [
            .text(s.date!.description),
            .text(lang.label(s.kind?.rawValue ?? "", Schemas.sessionKind)),
            .text(lang.label(s.status.rawValue, Schemas.sessionStatus)),
          ]
        }))
  }
}
