import AmigoReports
import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation

/// `amigo show CHILD`: one child's trajectory on one screen, without free text unless asked.
enum Show: Command {
  static let spec = CommandSpec(
    name: "show",
    abstract: "Show a summary of one child's trajectory.",
    discussion: """
      Shows who and where (programme, school, worker), the status and the week of the trajectory
      as of today, the dates from referral to closure, the goals with the latest score of each
      rater, the sessions held and not held per kind with their minutes, and the last sessions.
      Free text (the request for help, goal texts, session notes, the closure summary) is left
      out unless you ask for it with --notes: it is sensitive and may be on screen for others.
      """,
    examples: [
      "amigo show AOS-2026-K7Q4", "amigo show 'Sam B.' --lang en", "amigo show K7Q4 --notes",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "notes",
        help:
          "Also show free text: the request, goal texts, session notes, the summary and the family's statements."
      ),
      OptionSpec(
        "sessions", value: "count", help: "How many of the last sessions to list (default: 5)."),
      DisplayLanguage.option, .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let language = context.options.language(context.config).code
    let count = try sessionCount(args)
    let path = try context.resolve(args.positionals[0])
    let file = Loader.loadTrajectories(
      [path], config: context.config, today: context.today, display: { [env] in env.display($0) }
    )[0]
    let errors = file.diagnostics.filter { $0.severity == .error }
    guard let trajectory = file.trajectory else {
      throw DiagnosticsError(
        message: "\(file.displayPath) cannot be read as a trajectory; fix it first (amigo edit)",
        diagnostics: errors, source: file.document.source, status: .dataError)
    }
    var summary = Summary(
      trajectory, config: context.config, today: context.today, language: language,
      notes: args.flag("notes"), sessionCount: count)
    if let family = trajectory.family, !family.isEmpty {
      // From the workspace index: only the files it cannot vouch for are read.
      let all = Loader.loadTrajectories(
        indexed: context.workspace, version: Amigo.version, config: context.config,
        today: context.today, detail: .facts, leaveUnread: { _ in true },
        display: { [env] in env.display($0) }
      ).summaries
      summary.siblings = all.filter { $0.key != path && $0.value.family == family }
        .map { (id: Workspace.id(ofFile: $0.key), label: $0.value.label) }
        .sorted { $0.id < $1.id }
    }
    summary.width = env.stdout.lineWidth
    env.stdout.write(summary.render(color: env.useColor(on: env.stdout)))
    if !errors.isEmpty {
      let noun = errors.count == 1 ? "error" : "errors"
      env.stderr.write(
        "amigo: warning: \(file.displayPath) has \(errors.count) \(noun); what is shown may be "
          + "incomplete. See 'amigo validate \(file.displayPath)'\n")
    }
    return .success
  }

  /// `--sessions <count>`: 0 to 1000, default 5.
  static func sessionCount(_ args: ParsedArguments) throws -> Int {
    guard let text = args.value("sessions") else { return 5 }
    guard let n = Int(text), (0...1000).contains(n) else {
      throw UsageError.invalidValue(
        text, for: "--sessions <count>", command: spec.name,
        hint: Hint(.hintWholeNumber, "0", "1000"))
    }
    return n
  }

  /// The text of `amigo show`, built from a trajectory and the workspace config.
  struct Summary {
    let t: Trajectory
    let config: Config
    let today: LocalDate
    let language: String
    let notes: Bool
    let sessionCount: Int
    /// The other trajectories of the child's family (`family:`): its siblings.
    var siblings: [(id: String, label: String)] = []
    /// The terminal's width (`TextTable.width`); nil for no limit.
    var width: Int?

    /// Width of free text (notes, the request) before it wraps.
    static let textWidth = 84

    init(
      _ t: Trajectory, config: Config, today: LocalDate, language: String, notes: Bool,
      sessionCount: Int
    ) {
      self.t = t
      self.config = config
      self.today = today
      self.language = language
      self.notes = notes
      self.sessionCount = sessionCount
    }

    /// English or Dutch.
    func L(_ en: String, _ nl: String) -> String { language == "nl" ? nl : en }

    /// The label of an enumeration value in the output language; unknown values as written.
    /// An open list's workspace values carry their labels from `amigo.yaml`.
    func label(_ spec: EnumSpec, _ value: String) -> String {
      (spec[value] ?? config.vocabulary(spec)[value])?.label(language) ?? value
    }

    func number(_ value: Double) -> String { DisplayLanguage.number(value, language) }

    /// `table` kept to the terminal's width.
    func fitted(_ table: TextTable) -> TextTable {
      var table = table
      table.width = width
      return table
    }

    /// Width of a session's note: `textWidth`, or less on a narrow terminal.
    var noteWidth: Int { min(Summary.textWidth, (width ?? Int.max) - 6) }

    func render(color: Bool) -> String {
      var out = ""
      var title = TextTable([.init(), .init()])
      title.append([
        TextTable.Cell(t.id.isEmpty ? "?" : t.id, style: .bold),
        TextTable.Cell(t.child.label, style: .bold),
      ])
      out += title.render(color: color) + "\n"
      out += fitted(facts()).render(color: color)
      // No "none yet" for a programme that agrees no goals (`goals: false`).
      if !t.goals.isEmpty || (config.programme(t.programme)?.goalsExpected ?? true) {
        out += "\n" + fitted(goals()).render(color: color)
      }
      if notes, t.goals.contains(where: { !$0.text.isEmpty }) {
        out += "\n" + fitted(goalTexts()).render(color: color)
      }
      out += "\n" + fitted(sessionCounts()).render(color: color)
      out += recentSessions(color: color)
      return out
    }

    // MARK: - Facts

    func facts() -> TextTable {
      var table = TextTable([
        .init(), .init(maxWidth: Summary.textWidth, overflow: .wrap),
      ])
      func row(_ key: String, _ value: String, _ style: TextTable.Style = .plain) {
        table.append([TextTable.Cell(key), TextTable.Cell(value, style: style)])
      }
      let programme = config.programme(t.programme)
      row(
        L("Programme", "Programma"),
        programme.map { $0.label.isEmpty ? $0.id : $0.label } ?? t.programme)
      if let school = config.school(t.school) {
        let place = [school.municipality, school.area].compactMap { $0 }.joined(separator: ", ")
        row(
          "School",
          (school.name.isEmpty ? school.id : school.name) + (place.isEmpty ? "" : " (\(place))"))
      } else {
        row("School", t.school)
      }
      // School changes with a date (`schools:`), oldest first.
      for m in t.schoolMoves {
        let name = { (id: String) in config.school(id).map { $0.name.isEmpty ? id : $0.name } ?? id
        }
        row(
          L("School change", "Schoolwissel"),
          L(
            "from \(name(m.from)) to \(name(m.to)) on \(m.date)",
            "van \(name(m.from)) naar \(name(m.to)) op \(m.date)"))
      }
      row(
        L("Worker", "Begeleider"),
        t.allWorkers.map { id in config.worker(id).map { $0.name.isEmpty ? $0.id : $0.name } ?? id }
          .joined(separator: ", "))
      if let imported = t.imported {
        row(
          L("Imported", "Ingevoerd"),
          (imported.date?.description ?? "?")
            + (imported.sessions.map {
              L(", \($0) contacts before (not dated)", ", \($0) contacten daarvoor (zonder datum)")
            } ?? ""))
      }
      for h in t.handovers {
        row(
          L("Handed over", "Overgedragen"),
          (h.date?.description ?? "?") + ": " + h.from + " → " + h.to)
      }
      row(
        "Status", t.status.map { label(Schemas.status, $0.rawValue) } ?? "?", statusStyle(t.status))
      row(L("Child", "Kind"), child())
      if let family = t.family {
        let list = siblings.map { $0.label.isEmpty ? $0.id : "\($0.label) (\($0.id))" }
        row(
          L("Family", "Gezin"),
          family + ": "
            + (list.isEmpty
              ? L("no siblings in this workspace", "geen broers of zussen in deze werkruimte")
              : L("siblings ", "broers en zussen ") + list.joined(separator: ", ")))
      }
      // A repeat request: the earlier trajectory of the same child (an id, never a name).
      if let previous = t.previous, !previous.isEmpty {
        row(L("Previous", "Eerder traject"), previous)
      }
      if let referral = t.referral {
        var text = referral.date?.description ?? "?"
        if let by = referral.by { text += ", " + L("by ", "door ") + label(Schemas.referrer, by) }
        if !referral.concerns.isEmpty {
          text += "; " + referral.concerns.map { label(Schemas.domain, $0) }.joined(separator: ", ")
        }
        row(L("Referral", "Aanmelding"), text)
        if notes, let request = referral.request, !request.isEmpty {
          row(L("Request", "Hulpvraag"), request)
        }
      }
      if t.consent.isEmpty {
        let needed = t.status.map { ![.referred, .waiting, .notStarted].contains($0) } ?? false
        row(L("Consent", "Toestemming"), L("none", "geen"), needed ? .yellow : .plain)
      }
      for (i, consent) in t.consent.enumerated() {
        var parts = [consent.date?.description ?? "?"]
        if !consent.givenBy.isEmpty {
          parts.append(
            consent.givenBy.map { label(Schemas.consentGiver, $0) }.joined(separator: ", "))
        }
        if let form = consent.form { parts.append(label(Schemas.consentForm, form)) }
        let key = i == 0 ? L("Consent", "Toestemming") : ""
        row(key, parts.joined(separator: ", "))
        if !consent.scope.isEmpty {
          row("", consent.scope.map { label(Schemas.consentScope, $0) }.joined(separator: ", "))
        }
        if let exception = consent.exception {
          row("", label(Schemas.consentException, exception))
        }
        if let withdrawn = consent.withdrawn {
          var text = L("withdrawn on ", "ingetrokken op ") + withdrawn.description
          if !consent.withdrawnScope.isEmpty {
            text +=
              " ("
              + consent.withdrawnScope.map { label(Schemas.consentScope, $0) }.joined(
                separator: ", ") + ")"
          }
          row("", text, .yellow)
        }
      }
      if !t.consent.isEmpty {
        // What the consent in force covers today, judged as the law does (`ConsentLaw`).
        let on = t.closure?.date.map { min($0, today) } ?? today
        let summary = ConsentLaw.Summary(t, on: on, bothParents: config.consentBothParents)
        row(
          L("In force", "Van kracht"),
          L("on ", "op ") + on.description + ": "
            + summary.text(language), summary.isLawful ? .plain : .yellow)
      }
      let (startText, startStyle) = start(programme)
      row("Start", startText, startStyle)
      if !t.plan.reviews.isEmpty {
        row(L("Reviews", "Evaluaties"), t.plan.reviews.map(\.description).joined(separator: ", "))
      }
      if let week = thisWeek(programme) { row(L("This week", "Deze week"), week) }
      // Referrals this service made to other help (`referrals:`): date, where to, what came of it.
      for (i, r) in t.referrals.enumerated() {
        var text =
          (r.date?.description ?? "?") + ", " + (r.to.map { label(Schemas.destination, $0) } ?? "?")
        text += ": " + label(Schemas.referralStatus, r.effectiveStatus.rawValue)
        row(i == 0 ? L("Referred to", "Verwezen naar") : "", text)
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
        row(L("Closure", "Afsluiting"), text)
        let scores = [Party.child, .parents, .teacher].compactMap { party in
          closure.satisfaction[party].map { label(Schemas.party, party.rawValue) + " \($0)" }
        }
        if !scores.isEmpty {
          row(L("Satisfaction", "Tevredenheid"), scores.joined(separator: ", "))
        }
        if notes, let summary = closure.summary, !summary.isEmpty {
          row(L("Summary", "Samenvatting"), summary)
        }
      }
      // The family's own statements (`amigo statement`): their texts with --notes.
      for (i, st) in t.statements.enumerated() {
        let who = st.by == "child" ? L("child", "kind") : L("parents", "ouders")
        let head = (st.date?.description ?? "?") + ", " + who
        row(
          i == 0 ? L("Statement", "Verklaring") : "",
          notes ? head + ": " + st.text : head + L(" (--notes shows it)", " (--notes toont hem)"))
      }
      if let missing = missingContacts(programme), !missing.isEmpty {
        row(L("Still to do", "Nog te doen"), missing.joined(separator: ", "), .yellow)
      }
      return table
    }

    func statusStyle(_ status: TrajectoryStatus?) -> TextTable.Style {
      List.statusStyle(status?.rawValue)
    }

    /// `born 2016-04 (10 years), group 6, boy`
    func child() -> String {
      var parts: [String] = []
      if let born = t.child.born {
        parts.append(
          L("born ", "geboren ") + born.description + " ("
            + L("\(born.age(on: today)) years", "\(born.age(on: today)) jaar") + ")")
      }
      if let group = t.child.group { parts.append(SchoolGroup.label(group, language)) }
      if let gender = t.child.gender { parts.append(label(Schemas.gender, gender)) }
      return parts.isEmpty ? "–" : parts.joined(separator: ", ")
    }

    /// The start date and where the trajectory is: `2026-09-07, week 11 of 16 (max. 20)`.
    func start(_ programme: Programme?) -> (String, TextTable.Style) {
      guard let start = t.plan.start else {
        let planned = t.plan.weeks.map { "; " + L("planned ", "gepland ") + weekCount($0) } ?? ""
        return (L("not yet", "nog niet") + planned, .plain)
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
        return (text, .plain)
      }
      guard t.status != .notStarted, let week = t.week(of: today), start <= today else {
        let planned = t.plan.weeks.map { ", " + L("planned ", "gepland ") + weekCount($0) } ?? ""
        return (start.description + planned, .plain)
      }
      var text = start.description + ", " + L("week \(week)", "week \(week)")
      if let planned = t.plan.weeks { text += L(" of \(planned)", " van \(planned)") }
      text += maxText
      let style: TextTable.Style =
        maximum.map { week > $0 } == true
        ? .red
        : t.plan.weeks.map { week > $0 } == true ? .yellow : .plain
      return (text, style)
    }

    /// Sessions of the programme's dose kind (`Programme.doseKind`) held in today's ISO week
    /// against its norm, while support runs: `1 of 2 child talks (2026-W47)`, or the holiday
    /// that covers the week.
    func thisWeek(_ programme: Programme?) -> String? {
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
      let talks =
        held == 1 && programme?.childSessionsPerWeek == nil
        ? L(kind.policy.value.en, kind.policy.value.nl) : L(kind.pluralEn, kind.pluralNl)
      guard let norm = programme?.childSessionsPerWeek else { return "\(held) \(talks) (\(week))" }
      return "\(held) " + L("of", "van") + " \(norm) \(talks) (\(week))"
    }

    /// `1 week`, `12 weeks` / `12 weken`.
    func weekCount(_ n: Int) -> String {
      n == 1 ? "1 week" : "\(n) " + L("weeks", "weken")
    }

    /// Required contacts of the programme not held yet, while the trajectory runs.
    func missingContacts(_ programme: Programme?) -> [String]? {
      guard let programme, let status = t.status,
        [.intake, .active, .paused, .closing].contains(status)
      else { return nil }
      let held = Set(t.sessions.filter(\.isHeld).compactMap(\.kind))
      return programme.requiredContacts.filter { !held.contains($0) }.map {
        label(Schemas.sessionKind, $0.rawValue)
      }
    }

    // MARK: - Goals

    func goals() -> TextTable {
      // The built-in raters in their order, then the workspace's own.
      let used = Set(t.goals.flatMap { $0.ratings.compactMap(\.rater) })
      let builtIn = Schemas.rater.values.map(\.value).filter(used.contains)
      let raters = builtIn + used.subtracting(builtIn).sorted()
      let showResult = t.goals.contains { $0.result != nil }
      var columns: [TextTable.Column] = [
        .init(L("Goals", "Doelen")), .init(), .init(L("target", "streef"), alignment: .right),
      ]
      columns += raters.map { .init(label(Schemas.rater, $0), alignment: .right) }
      if !t.goals.isEmpty { columns.append(.init(L("last scored", "laatst gescoord"))) }
      if showResult { columns.append(.init(L("result", "resultaat"))) }
      if t.goals.isEmpty { return Summary.none(L("Goals", "Doelen"), L("none yet", "nog geen")) }
      var table = TextTable(columns)
      for goal in t.goals {
        var row: [TextTable.Cell] = [
          TextTable.Cell("  " + goal.id),
          TextTable.Cell(goal.domain.map { label(Schemas.domain, $0) } ?? ""),
          TextTable.Cell(goal.target.map(number) ?? "–"),
        ]
        for rater in raters {
          let latest = goal.ratings.enumerated().filter { $0.element.rater == rater }.max {
            ($0.element.date ?? today, $0.offset) < ($1.element.date ?? today, $1.offset)
          }?.element
          row.append(TextTable.Cell(latest?.value.map(number) ?? "–"))
        }
        let last = goal.ratings.compactMap(\.date).max()
        row.append(
          last.map { TextTable.Cell($0.description) }
            ?? TextTable.Cell(L("no score yet", "nog geen score"), style: .yellow))
        if showResult {
          row.append(
            TextTable.Cell(goal.result.map { label(Schemas.goalResult, $0.rawValue) } ?? "–"))
        }
        table.append(row)
      }
      return table
    }

    /// A section heading with nothing under it: `Goals  none yet`.
    static func none(_ heading: String, _ text: String) -> TextTable {
      var table = TextTable([.init(), .init()])
      table.append([TextTable.Cell(heading, style: .bold), TextTable.Cell(text)])
      return table
    }

    /// The goals in the child's words (only with `--notes`).
    func goalTexts() -> TextTable {
      var table = TextTable([.init(), .init(maxWidth: Summary.textWidth, overflow: .wrap)])
      for goal in t.goals where !goal.text.isEmpty {
        table.append(["  " + goal.id, goal.text])
      }
      return table
    }

    // MARK: - Sessions

    func sessionCounts() -> TextTable {
      var table = TextTable([
        .init(L("Sessions", "Contacten")), .init(L("held", "gehouden"), alignment: .right),
        .init(L("not held", "niet gehouden"), alignment: .right),
        .init(L("minutes", "minuten"), alignment: .right),
      ])
      if t.sessions.isEmpty {
        return Summary.none(L("Sessions", "Contacten"), L("none yet", "nog geen"))
      }
      var totals = (held: 0, notHeld: 0, minutes: 0)
      // Every kind in the programme's order; sessions whose kind is missing or invalid as "?".
      for kind in SessionKind.allCases.map(Optional.some) + [nil] {
        let sessions = t.sessions.filter { $0.kind == kind }
        guard !sessions.isEmpty else { continue }
        let held = sessions.filter(\.isHeld)
        let programme = config.programme(t.programme)
        let minutes = held.compactMap { $0.countedMinutes(programme) }.reduce(0, +)
        totals.held += held.count
        totals.notHeld += sessions.count - held.count
        totals.minutes += minutes
        table.append([
          "  " + (kind.map { label(Schemas.sessionKind, $0.rawValue) } ?? "?"), "\(held.count)",
          "\(sessions.count - held.count)", "\(minutes)",
        ])
      }
      table.append([
        TextTable.Cell("  " + L("total", "totaal"), style: .bold),
        TextTable.Cell("\(totals.held)", style: .bold),
        TextTable.Cell("\(totals.notHeld)", style: .bold),
        TextTable.Cell("\(totals.minutes)", style: .bold),
      ])
      // Follow-up contacts after the closure (`follow_up: true`) are in the rows above; this
      // says how many, as the child report does.
      let followUp = t.sessions.filter(\.followUp)
      if !followUp.isEmpty {
        let held = followUp.filter(\.isHeld)
        let minutes = held.compactMap { $0.countedMinutes(config.programme(t.programme)) }
          .reduce(0, +)
        table.append([
          "  " + L("of which follow-up", "waarvan nazorg"), "\(held.count)",
          "\(followUp.count - held.count)", "\(minutes)",
        ])
      }
      return table
    }

    /// The last sessions, newest first; with `--notes`, each note below its session.
    func recentSessions(color: Bool) -> String {
      guard sessionCount > 0, !t.sessions.isEmpty else { return "" }
      let ordered = t.sessions.enumerated().sorted {
        ($0.element.date ?? today, $0.offset) > ($1.element.date ?? today, $1.offset)
      }.map(\.element)
      let shown = Array(ordered.prefix(sessionCount))
      var heading = TextTable([.init()])
      heading.append([
        TextTable.Cell(
          L("Last sessions", "Laatste contacten")
            + (shown.count < t.sessions.count
              ? " (\(shown.count) " + L("of", "van") + " \(t.sessions.count))" : ""),
          style: .bold)
      ])
      var table = TextTable([
        .init(), .init(), .init(alignment: .right), .init(), .init(),
      ])
      table.indent = 2
      for s in shown {
        table.append([
          TextTable.Cell(s.date?.description ?? "?"),
          TextTable.Cell(
            (s.kind.map { label(Schemas.sessionKind, $0.rawValue) } ?? "?")
              + (s.followUp ? L(" (follow-up)", " (nazorg)") : "")),
          TextTable.Cell(
            s.isHeld
              ? (s.countedMinutes(config.programme(t.programme)).map { "\($0) min" } ?? "") : ""),
          TextTable.Cell(s.goals.joined(separator: ", ")),
          s.isHeld
            ? TextTable.Cell("")
            : TextTable.Cell(label(Schemas.sessionStatus, s.status.rawValue), style: .yellow),
        ])
      }
      var out = "\n" + heading.render(color: color)
      // Rows are single lines (no column wraps), so line i is session i.
      let lines = table.render(color: color).split(
        separator: "\n", omittingEmptySubsequences: false)
      for (i, s) in shown.enumerated() {
        out += lines[i] + "\n"
        if notes, let note = s.note, !note.isEmpty {
          for paragraph in note.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in TextTable.wrap(
              TextTable.sanitize(String(paragraph)), width: noteWidth)
            {
              out += (line.isEmpty ? "" : "      " + line) + "\n"
            }
          }
        }
      }
      return out
    }
  }
}
