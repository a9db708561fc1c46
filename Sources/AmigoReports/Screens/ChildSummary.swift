import AmigoSchema

/// `amigo show CHILD` as a report document: one child's trajectory on one screen (who and
/// where, status and week, the dates from referral to closure, the goals with each rater's
/// latest score, the sessions held and not held per kind, the last sessions). Free text (the
/// request, goal texts, notes, the summary, the family's statements) only with `notes`.
///
/// Its text is the compact screen (`TextLayout.screen`); its JSON and CSV carry the same facts
/// as data (`schema/report.schema.json`, report `show`; CSV: the facts table).
public struct ChildSummary: Sendable {
  public let trajectory: Trajectory
  public let config: Config
  public let today: LocalDate
  /// With the free text (`--notes`).
  public let notes: Bool
  /// How many of the last sessions to list.
  public let sessionCount: Int
  /// The other trajectories of the child's family (`family:`): its siblings, by id.
  public var siblings: [(id: String, label: String)]

  /// Width of free text (the request, goal texts, notes) before it wraps.
  public static let textWidth = 84

  public init(
    _ trajectory: Trajectory, config: Config, today: LocalDate, notes: Bool = false,
    sessionCount: Int = 5, siblings: [(id: String, label: String)] = []
  ) {
    self.trajectory = trajectory
    self.config = config
    self.today = today
    self.notes = notes
    self.sessionCount = sessionCount
    self.siblings = siblings
  }

  public func document(_ lang: Language) -> ReportDocument {
    Builder(summary: self, L: lang).document()
  }

  /// The emphasis of a status on screen: running green, paused yellow, archived dim.
  public static func emphasis(ofStatus status: String?) -> Emphasis? {
    switch status {
    case "active", "closing": .good
    case "paused": .attention
    case "closed", "not-started": .muted
    default: nil
    }
  }
}

/// The document of one `ChildSummary` in one language.
private struct Builder {
  let summary: ChildSummary
  let L: Language
  var t: Trajectory { summary.trajectory }
  var config: Config { summary.config }
  var today: LocalDate { summary.today }
  var notes: Bool { summary.notes }
  var programme: Programme? { config.programme(t.programme) }

  /// The label of an enumeration value; an open list's workspace values carry their labels
  /// from `amigo.yaml`; unknown values as written.
  func label(_ spec: EnumSpec, _ value: String) -> String {
    (spec[value] ?? config.vocabulary(spec)[value])?.label(L.code) ?? value
  }

  func code(_ spec: EnumSpec, _ value: String) -> Cell {
    .code(value, label: label(spec, value))
  }

  func document() -> ReportDocument {
    let id = t.id.isEmpty ? "?" : t.id
    var doc = ReportDocument(
      kind: "show",
      title: t.child.label.isEmpty ? id : id + "  " + t.child.label,
      facts: [
        Fact("id", "id", .text(t.id)),
        Fact("child", L("Child", "Kind"), .text(t.child.label)),
        Fact("as_of", L("As of", "Stand van"), .text(today.description)),
      ])
    let facts = self.facts()
    doc.sections.append(Section(id: "facts", title: "", blocks: [.table(facts)]))
    // No "none yet" for a programme that agrees no goals (`goals: false`).
    if !t.goals.isEmpty || (programme?.goalsExpected ?? true) {
      doc.sections.append(Section(id: "goals", title: "", blocks: [.table(goals())]))
    }
    if notes, t.goals.contains(where: { !$0.text.isEmpty }) {
      doc.sections.append(Section(id: "goal-texts", title: "", blocks: [.table(goalTexts())]))
    }
    doc.sections.append(Section(id: "sessions", title: "", blocks: [.table(sessionCounts())]))
    if let recent = recentSessions() { doc.sections.append(recent) }
    doc.csvTable = facts
    doc.textLayout = .screen(showsTitle: true)
    return doc.written(in: L)
  }

  // MARK: - Facts

  func facts() -> Table {
    var rows: [[Cell]] = []
    func row(_ key: String, _ label: String, _ value: Cell, _ emphasis: Emphasis? = nil) {
      rows.append([.text(key), .text(label), value.marked(emphasis)])
    }
    row(
      "programme", L("Programme", "Programma"),
      .code(
        t.programme, label: programme.map { $0.label.isEmpty ? $0.id : $0.label } ?? t.programme))
    if let school = config.school(t.school) {
      let place = [school.municipality, school.area].compactMap { $0 }.joined(separator: ", ")
      let name = school.name.isEmpty ? school.id : school.name
      row(
        "school", "School",
        .shown(name + (place.isEmpty ? "" : " (\(place))"), value: .code(t.school, label: name)))
    } else {
      row("school", "School", .code(t.school, label: t.school))
    }
    // School changes with a date (`schools:`), oldest first.
    for m in t.schoolMoves {
      let name = { (id: String) in config.school(id).map { $0.name.isEmpty ? id : $0.name } ?? id }
      row(
        "school_change", L("School change", "Schoolwissel"),
        .text(
          L(
            "from \(name(m.from)) to \(name(m.to)) on \(m.date)",
            "van \(name(m.from)) naar \(name(m.to)) op \(m.date)")))
    }
    row(
      "worker", L("Worker", "Begeleider"),
      .list(
        t.allWorkers.map { id in
          .code(id, label: config.worker(id).map { $0.name.isEmpty ? $0.id : $0.name } ?? id)
        }))
    if let imported = t.imported {
      row(
        "imported", L("Imported", "Ingevoerd"),
        .text(
          (imported.date?.description ?? "?")
            + (imported.sessions.map {
              L(", \($0) contacts before (not dated)", ", \($0) contacten daarvoor (zonder datum)")
            } ?? "")))
    }
    for h in t.handovers {
      row(
        "handed_over", L("Handed over", "Overgedragen"),
        .text((h.date?.description ?? "?") + ": " + h.from + " → " + h.to))
    }
    row(
      "status", "Status",
      t.status.map { code(Schemas.status, $0.rawValue) } ?? .shown("?", value: .empty),
      ChildSummary.emphasis(ofStatus: t.status?.rawValue))
    row("child", L("Child", "Kind"), .text(child()))
    if let family = t.family {
      let list = summary.siblings.map { $0.label.isEmpty ? $0.id : "\($0.label) (\($0.id))" }
      row(
        "family", L("Family", "Gezin"),
        .text(
          family + ": "
            + (list.isEmpty
              ? L("no siblings in this workspace", "geen broers of zussen in deze werkmap")
              : L("siblings ", "broers en zussen ") + list.joined(separator: ", "))))
    }
    // A repeat request: the earlier trajectory of the same child (an id, never a name).
    if let previous = t.previous, !previous.isEmpty {
      row("previous", L("Previous", "Eerder traject"), .text(previous))
    }
    if let referral = t.referral {
      var text = referral.date?.description ?? "?"
      if let by = referral.by { text += ", " + L("by ", "door ") + label(Schemas.referrer, by) }
      if !referral.concerns.isEmpty {
        text += "; " + referral.concerns.map { label(Schemas.domain, $0) }.joined(separator: ", ")
      }
      row("referral", L("Referral", "Aanmelding"), .text(text))
      if notes, let request = referral.request, !request.isEmpty {
        row("request", L("Request", "Hulpvraag"), .text(request))
      }
    }
    if t.consent.isEmpty {
      let needed = t.status.map { ![.referred, .waiting, .notStarted].contains($0) } ?? false
      row(
        "consent", L("Consent", "Toestemming"), .text(L("none", "geen")), needed ? .attention : nil)
    }
    for (i, consent) in t.consent.enumerated() {
      var parts = [consent.date?.description ?? "?"]
      if !consent.givenBy.isEmpty {
        parts.append(
          consent.givenBy.map { label(Schemas.consentGiver, $0) }.joined(separator: ", "))
      }
      if let form = consent.form { parts.append(label(Schemas.consentForm, form)) }
      row(
        "consent", i == 0 ? L("Consent", "Toestemming") : "", .text(parts.joined(separator: ", ")))
      if !consent.scope.isEmpty {
        row(
          "consent_scope", "",
          .text(consent.scope.map { label(Schemas.consentScope, $0) }.joined(separator: ", ")))
      }
      if let exception = consent.exception {
        row("consent_exception", "", .text(label(Schemas.consentException, exception)))
      }
      if let withdrawn = consent.withdrawn {
        var text = L("withdrawn on ", "ingetrokken op ") + withdrawn.description
        if !consent.withdrawnScope.isEmpty {
          text +=
            " ("
            + consent.withdrawnScope.map { label(Schemas.consentScope, $0) }.joined(
              separator: ", ") + ")"
        }
        row("consent_withdrawn", "", .text(text), .attention)
      }
    }
    if !t.consent.isEmpty {
      // What the consent in force covers today, judged as the law does (`ConsentLaw`).
      let on = t.closure?.date.map { min($0, today) } ?? today
      let law = ConsentLaw.Summary(t, on: on, bothParents: config.consentBothParents)
      row(
        "consent_in_force", L("In force", "Van kracht"),
        .text(L("on ", "op ") + on.description + ": " + law.text(L.code)),
        law.isLawful ? nil : .attention)
    }
    let (startText, startEmphasis) = start()
    row("start", "Start", .text(startText), startEmphasis)
    if !t.plan.reviews.isEmpty {
      row(
        "reviews", L("Reviews", "Evaluaties"),
        .text(t.plan.reviews.map(\.description).joined(separator: ", ")))
    }
    if let week = thisWeek() { row("this_week", L("This week", "Deze week"), .text(week)) }
    // Referrals this service made to other help (`referrals:`): date, where to, what came of it.
    for (i, r) in t.referrals.enumerated() {
      var text =
        (r.date?.description ?? "?") + ", " + (r.to.map { label(Schemas.destination, $0) } ?? "?")
      text += ": " + label(Schemas.referralStatus, r.effectiveStatus.rawValue)
      row("referred_to", i == 0 ? L("Referred to", "Verwezen naar") : "", .text(text))
    }
    if let closure = t.closure {
      var text = closure.date?.description ?? "?"
      if let reason = closure.reason {
        text += ", " + label(Schemas.closureReason, reason.rawValue)
      }
      let destinations = closure.allDestinations
      if !destinations.isEmpty {
        text +=
          "; " + L("next: ", "vervolg: ")
          + destinations.map { label(Schemas.destination, $0) }.joined(separator: ", ")
      }
      row("closure", L("Closure", "Afsluiting"), .text(text))
      let scores = [Party.child, .parents, .teacher].compactMap { party in
        closure.satisfaction[party].map { label(Schemas.party, party.rawValue) + " \($0)" }
      }
      if !scores.isEmpty {
        row(
          "satisfaction", L("Satisfaction", "Tevredenheid"), .text(scores.joined(separator: ", ")))
      }
      if notes, let summary = closure.summary, !summary.isEmpty {
        row("summary", L("Summary", "Samenvatting"), .text(summary))
      }
    }
    // The family's own statements (`amigo statement`): their texts with --notes.
    for (i, st) in t.statements.enumerated() {
      let who = st.by == "child" ? L("child", "kind") : L("parents", "ouders")
      let head = (st.date?.description ?? "?") + ", " + who
      row(
        "statement", i == 0 ? L("Statement", "Verklaring") : "",
        .text(
          notes ? head + ": " + st.text : head + L(" (--notes shows it)", " (--notes toont hem)")))
    }
    if let missing = missingContacts(), !missing.isEmpty {
      row("still_to_do", L("Still to do", "Nog te doen"), .list(missing), .attention)
    }
    let hidden = ScreenColumn(header: "")
    return Table(
      id: "facts",
      columns: [
        Column("field", L("field", "veld"), screen: .dataOnly),
        Column("label", L("label", "label"), screen: hidden),
        Column(
          "value", L("value", "waarde"), labelColumn: L("value (label)", "waarde (omschrijving)"),
          screen: ScreenColumn(maxWidth: ChildSummary.textWidth, wraps: true, header: "")),
      ], rows: rows)
  }

  /// `born 2016-04 (10 years), group 6, boy`
  func child() -> String {
    var parts: [String] = []
    if let born = t.child.born {
      let age = ConsentLaw.Age(born: born, on: today)
      parts.append(
        L("born ", "geboren ") + born.description + " ("
          + L("\(age.description) years", "\(age.descriptionNL) jaar") + ")")
    }
    if let group = t.child.group { parts.append(SchoolGroup.label(group, L.code)) }
    if let gender = t.child.gender { parts.append(label(Schemas.gender, gender)) }
    return parts.isEmpty ? "–" : parts.joined(separator: ", ")
  }

  /// The start date and where the trajectory is: `2026-09-07, week 11 of 16 (max. 20)`.
  func start() -> (String, Emphasis?) {
    guard let start = t.plan.start else {
      let planned = t.plan.weeks.map { "; " + L("planned ", "gepland ") + weekCount($0) } ?? ""
      return (L("not yet", "nog niet") + planned, nil)
    }
    let maximum = programme?.weeks?.upperBound
    let maxText = maximum.map { " (max. \($0))" } ?? ""
    if t.status == .closed, let end = t.closure?.date, let weeks = t.week(of: end) {
      var limits: [String] = []
      if let planned = t.plan.weeks {
        limits.append(L("planned \(planned)", "gepland \(planned)"))
      }
      if let maximum { limits.append("max. \(maximum)") }
      let text =
        start.description + ", " + weekCount(weeks)
        + (limits.isEmpty ? "" : " (" + limits.joined(separator: ", ") + ")")
      return (text, nil)
    }
    guard t.status != .notStarted, let week = t.week(of: today), start <= today else {
      let planned = t.plan.weeks.map { ", " + L("planned ", "gepland ") + weekCount($0) } ?? ""
      return (start.description + planned, nil)
    }
    var text = start.description + ", " + L("week \(week)", "week \(week)")
    if let planned = t.plan.weeks {
      text = start.description + ", week " + L(PartOf.en(week, planned), PartOf.nl(week, planned))
    }
    text += maxText
    let emphasis: Emphasis? =
      maximum.map { week > $0 } == true
      ? .alarm
      : t.plan.weeks.map { week > $0 } == true ? .attention : nil
    return (text, emphasis)
  }

  /// Sessions of the programme's dose kind (`Programme.doseKind`) held in today's ISO week
  /// against its norm, while support runs: `1 of 2 child talks (2026-W47)`, or the holiday
  /// that covers the week.
  func thisWeek() -> String? {
    guard let status = t.status, status.isRunning, let start = t.plan.start, start <= today
    else { return nil }
    let week = today.isoWeek
    if let holiday = config.holiday(covering: week) { return "\(week): \(holiday.label)" }
    let kind = programme?.doseKind ?? .childTalk
    let held = t.sessions.filter {
      $0.kind == kind && $0.isHeld && $0.date.map(week.contains) == true
    }.count
    // Nothing to say of a kind the programme does not count (`Programme.counts`).
    if held == 0, let programme, !programme.counts(kind) { return nil }
    let talks = L(kind.en(count: held), kind.nl(count: held))
    // No norm in the incomplete first week (a start after its Monday), as in the week report.
    guard let norm = programme?.childSessionsPerWeek, start.weekday == 1 || start < week.monday
    else { return "\(held) \(talks) (\(week))" }
    // More than the norm is no "3 of 2" (qa-walk p1).
    if held > norm { return "\(held) \(talks), norm \(norm) (\(week))" }
    return L(PartOf.en(held, norm, kind.nounsEn), PartOf.nl(held, norm, kind.nounsNl))
      + " (\(week))"
  }

  /// `1 week`, `12 weeks` / `12 weken`.
  func weekCount(_ n: Int) -> String {
    Counted.of(n, "week", L("weeks", "weken"))
  }

  /// Required contacts of the programme not held yet, while the trajectory runs.
  func missingContacts() -> [Cell]? {
    guard let programme, let status = t.status,
      [.intake, .active, .paused, .closing].contains(status)
    else { return nil }
    let held = Set(t.sessions.filter(\.isHeld).compactMap(\.kind))
    return programme.requiredContacts.filter { !held.contains($0) }.map {
      code(Schemas.sessionKind, $0.rawValue)
    }
  }

  // MARK: - Goals

  func goals() -> Table {
    // The built-in raters in their order, then the workspace's own.
    let used = Set(t.goals.flatMap { $0.ratings.compactMap(\.rater) })
    let builtIn = Schemas.rater.values.map(\.value).filter(used.contains)
    let raters = builtIn + used.subtracting(builtIn).sorted()
    let showResult = t.goals.contains { $0.result != nil }
    var columns = [
      Column("goal", L("Goals", "Doelen"), screen: ScreenColumn(indent: 2)),
      Column("domain", L("domain", "domein"), screen: ScreenColumn(header: "")),
      Column("target", L("target", "streef"), numeric: true),
    ]
    columns += raters.map { Column("rater:" + $0, label(Schemas.rater, $0), numeric: true) }
    columns.append(Column("last_scored", L("last scored", "laatst gescoord")))
    if showResult { columns.append(Column("result", L("result", "resultaat"))) }
    var rows: [[Cell]] = []
    for goal in t.goals {
      var row: [Cell] = [
        .text(goal.id),
        goal.domain.map { code(Schemas.domain, $0) } ?? .empty,
        goal.target.map { .shown(L.number($0), value: Cell.score($0)) }
          ?? .shown("–", value: .empty),
      ]
      for rater in raters {
        let latest = goal.ratings.enumerated().filter { $0.element.rater == rater }.max {
          ($0.element.date ?? today, $0.offset) < ($1.element.date ?? today, $1.offset)
        }?.element
        row.append(
          latest?.value.map { .shown(L.number($0), value: Cell.score($0)) }
            ?? .shown("–", value: .empty))
      }
      let last = goal.ratings.compactMap(\.date).max()
      row.append(
        last.map { .text($0.description) }
          ?? .marked(.shown(L("no score yet", "nog geen score"), value: .empty), .attention))
      if showResult {
        row.append(
          goal.result.map { code(Schemas.goalResult, $0.rawValue) } ?? .shown("–", value: .empty))
      }
      rows.append(row)
    }
    return Table(id: "goals", columns: columns, rows: rows, whenEmpty: L("none yet", "nog geen"))
  }

  /// The goals in the child's words (only with `--notes`).
  func goalTexts() -> Table {
    Table(
      id: "goal_texts",
      columns: [
        Column("goal", L("goal", "doel"), screen: ScreenColumn(indent: 2, header: "")),
        Column(
          "text", L("text", "tekst"),
          screen: ScreenColumn(maxWidth: ChildSummary.textWidth, wraps: true, header: "")),
      ],
      rows: t.goals.filter { !$0.text.isEmpty }.map { [.text($0.id), .text($0.text)] })
  }

  // MARK: - Sessions

  /// Per kind: held, not held, minutes; then the total and the follow-up contacts among them.
  func sessionCounts() -> Table {
    let columns = [
      Column("kind", L("Sessions", "Contacten"), screen: ScreenColumn(indent: 2)),
      Column("held", L("held", "gehouden"), numeric: true),
      Column("not_held", L("not held", "niet gehouden"), numeric: true),
      Column("minutes", L("minutes", "minuten"), numeric: true),
    ]
    var rows: [[Cell]] = []
    if !t.sessions.isEmpty {
      var totals = (held: 0, notHeld: 0, minutes: 0)
      // Every kind in the programme's order; sessions whose kind is missing or invalid as "?".
      for kind in SessionKind.allCases.map(Optional.some) + [nil] {
        let sessions = t.sessions.filter { $0.kind == kind }
        guard !sessions.isEmpty else { continue }
        let held = sessions.filter(\.isHeld)
        let minutes = held.compactMap { $0.countedMinutes(programme) }.reduce(0, +)
        totals.held += held.count
        totals.notHeld += sessions.count - held.count
        totals.minutes += minutes
        rows.append([
          kind.map { code(Schemas.sessionKind, $0.rawValue) } ?? .shown("?", value: .empty),
          .int(held.count), .int(sessions.count - held.count), .int(minutes),
        ])
      }
      rows.append(
        [
          .code("total", label: L("total", "totaal")), .int(totals.held), .int(totals.notHeld),
          .int(totals.minutes),
        ].map { .marked($0, .strong) })
      // Follow-up contacts after the closure (`follow_up: true`) are in the rows above; this
      // says how many, as the child report does.
      let followUp = t.sessions.filter(\.followUp)
      if !followUp.isEmpty {
        let held = followUp.filter(\.isHeld)
        let minutes = held.compactMap { $0.countedMinutes(programme) }.reduce(0, +)
        rows.append([
          .code("follow-up", label: L("of which follow-up", "waarvan nazorg")), .int(held.count),
          .int(followUp.count - held.count), .int(minutes),
        ])
      }
    }
    return Table(
      id: "sessions", columns: columns, rows: rows, whenEmpty: L("none yet", "nog geen"))
  }

  /// The last sessions, newest first; with `--notes`, each note below its session.
  func recentSessions() -> Section? {
    guard summary.sessionCount > 0, !t.sessions.isEmpty else { return nil }
    let ordered = t.sessions.enumerated().sorted {
      ($0.element.date ?? today, $0.offset) > ($1.element.date ?? today, $1.offset)
    }.map(\.element)
    let shown = Array(ordered.prefix(summary.sessionCount))
    let title =
      L("Last sessions", "Laatste contacten")
      + (shown.count < t.sessions.count
        ? " ("
          + L(PartOf.en(shown.count, t.sessions.count), PartOf.nl(shown.count, t.sessions.count))
          + ")" : "")
    var columns = [
      Column("date", L("date", "datum"), screen: ScreenColumn(indent: 2, header: "")),
      Column("kind", L("kind", "soort"), screen: ScreenColumn(header: "")),
      Column("minutes", L("minutes", "minuten"), numeric: true, screen: ScreenColumn(header: "")),
      Column("goals", L("goals", "doelen"), screen: ScreenColumn(header: "")),
      Column("status", "status", screen: ScreenColumn(header: "")),
    ]
    if notes {
      columns.append(
        Column(
          "note", L("note", "notitie"),
          screen: ScreenColumn(
            indent: 6, maxWidth: ChildSummary.textWidth, wraps: true, placement: .below)))
    }
    let rows = shown.map { s -> [Cell] in
      let kind = s.kind.map { code(Schemas.sessionKind, $0.rawValue) } ?? .empty
      let status = code(Schemas.sessionStatus, s.status.rawValue)
      let minutes = s.isHeld ? s.countedMinutes(programme) : nil
      var row: [Cell] = [
        s.date.map { .text($0.description) } ?? .shown("?", value: .empty),
        .shown(
          (s.kind.map { label(Schemas.sessionKind, $0.rawValue) } ?? "?")
            + (s.followUp ? L(" (follow-up)", " (nazorg)") : ""), value: kind),
        minutes.map { .shown("\($0) min", value: .int($0)) } ?? .empty,
        .list(s.goals.map { .text($0) }),
        s.isHeld ? .shown("", value: status) : .marked(status, .attention),
      ]
      if notes { row.append(s.note.map { .text($0) } ?? .empty) }
      return row
    }
    return Section(
      id: "last-sessions", title: title,
      blocks: [.table(Table(id: "last_sessions", columns: columns, rows: rows))])
  }
}
