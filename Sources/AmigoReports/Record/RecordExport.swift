import AmigoSchema

/// `amigo export --record CHILD`: the whole record of one child, in words, for an access
/// request (AVG art. 15; WGBO art. 7:456). Unlike the child report it shows the texts the file
/// holds (the request, goal texts, notes, the closing summary, the family's statements), and of
/// the activities (meetings, groups) only this child's part: date, minutes, with whom, the
/// child's attendance; never another child's id, an activity's note (it may be about others),
/// a participant count or the number of children discussed without a name. The `family:` key
/// is left out too: it only links the files of siblings.
public struct RecordExport: Sendable {
  public let trajectory: Trajectory
  public let config: Config
  public let today: LocalDate
  let report: ChildReport

  public init(
    trajectory: Trajectory, activities: [Activity] = [], config: Config, today: LocalDate
  ) {
    self.trajectory = trajectory
    self.config = config
    self.today = today
    // The child report keeps only the activities that name this child, and shows them without
    // the others.
    self.report = ChildReport(
      trajectory: trajectory, activities: activities, config: config, today: today)
  }

  public func document(_ lang: Language) -> ReportDocument {
    let t = trajectory
    var facts: [Fact] = [
      Fact("id", "Id", .text(t.id)),
      Fact("child", lang("Child", "Kind"), .text(t.child.label)),
    ]
    if let born = t.child.born {
      facts.append(Fact("born", lang("Born", "Geboren"), .text(born.description)))
    }
    if let g = t.child.gender {
      facts.append(
        Fact("gender", lang("Gender", "Geslacht"), .code(g, label: lang.label(g, Schemas.gender))))
    }
    if let group = t.child.group {
      facts.append(Fact("group", lang("School group", "Groep"), .int(group)))
    }
    facts += [
      Fact(
        "programme", lang("Programme", "Programma"),
        .code(t.programme, label: config.programme(t.programme)?.label ?? t.programme)),
      Fact(
        "school", lang("School", "School"),
        .code(t.school, label: config.school(t.school)?.name ?? t.school)),
      Fact(
        "worker", lang("Worker", "Begeleider"),
        .list(t.allWorkers.map { .code($0, label: config.worker($0)?.name ?? $0) })),
      Fact(
        "status", lang("Status", "Status"),
        t.status.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.status)) }
          ?? .empty),
      Fact("made", lang("Made on", "Gemaakt op"), .text(lang.date(today))),
    ]

    var sections: [Section] = [about(lang)]
    if let r = t.referral { sections.append(referral(r, lang)) }
    if !t.consent.isEmpty { sections.append(consent(lang)) }
    sections.append(plan(lang))
    if !t.goals.isEmpty { sections.append(goals(lang)) }
    if !t.sessions.isEmpty { sections.append(contacts(lang)) }
    // The tables borrowed from the child report write their dates as the rest of the record
    // does (`14 okt 2026`), not in ISO.
    let day = { (d: LocalDate) in lang.date(d) }
    if !report.activities.isEmpty { sections.append(report.activitySection(lang, day: day)) }
    if !t.agreements.isEmpty { sections.append(report.agreementSection(lang, day: day)) }
    if !t.referrals.isEmpty { sections.append(referrals(lang)) }
    if let measures = report.measuresSection(lang) { sections.append(measures) }
    sections += report.sharingSections(lang, day: day)
    if t.sharing.contains(where: { !($0.note ?? "").isEmpty }) {
      sections.append(sharingNotes(lang))
    }
    if let c = t.closure { sections.append(closure(c, lang)) }
    sections += statementSections(lang)
    return ReportDocument(
      kind: "record", title: lang("Record of \(t.child.label)", "Dossier van \(t.child.label)"),
      facts: facts, sections: sections)
  }

  func about(_ lang: Language) -> Section {
    Section(
      id: "about", title: lang("About this document", "Over dit document"),
      blocks: [
        .paragraph(
          lang(
            "Everything the support file \(trajectory.id) holds about \(trajectory.child.label), for the child and the parents who asked to see it (AVG art. 15). Meetings and groups show only this child's part. You may ask to have facts corrected or add your own statement to the file (AVG art. 16).",
            "Alles wat het begeleidingsdossier \(trajectory.id) over \(trajectory.child.label) bevat, voor het kind en de ouders die erom vroegen (AVG art. 15). Bij overleggen en groepen staat alleen het deel van dit kind. U kunt vragen gegevens te verbeteren of een eigen verklaring aan het dossier toe te voegen (AVG art. 16)."
          ))
      ])
  }

  func referral(_ r: Referral, _ lang: Language) -> Section {
    var items: [String] = []
    if let d = r.date { items.append(lang("Date: ", "Datum: ") + lang.date(d)) }
    if let by = r.by {
      items.append(lang("Referred by: ", "Aangemeld door: ") + lang.label(by, Schemas.referrer))
    }
    if !r.concerns.isEmpty {
      items.append(
        lang("Concerns: ", "Zorgen: ")
          + r.concerns.map { lang.label($0, config.vocabulary(Schemas.domain)) }.joined(
            separator: ", "))
    }
    var blocks: [Block] = [.list(items)]
    if let request = r.request, !request.isEmpty {
      blocks.append(.paragraph(lang("Request: ", "Hulpvraag: ") + request))
    }
    return Section(id: "referral", title: lang("Referral", "Aanmelding"), blocks: blocks)
  }

  func consent(_ lang: Language) -> Section {
    let items = trajectory.consent.map { c -> String in
      var text = c.date.map { lang.date($0) } ?? "?"
      if !c.givenBy.isEmpty {
        text +=
          lang(", given by ", ", gegeven door ")
          + c.givenBy.map { lang.label($0, Schemas.consentGiver) }.joined(separator: ", ")
      }
      if let form = c.form { text += " (" + lang.label(form, Schemas.consentForm) + ")" }
      if !c.scope.isEmpty {
        text +=
          lang(", for: ", ", voor: ")
          + c.scope.map { lang.label($0, Schemas.consentScope) }.joined(separator: ", ")
      }
      if let e = c.exception {
        text += lang("; exception: ", "; uitzondering: ") + lang.label(e, Schemas.consentException)
        if let ground = c.exceptionGround, !ground.isEmpty { text += " (" + ground + ")" }
      }
      if let w = c.withdrawn {
        text +=
          lang("; withdrawn on ", "; ingetrokken op ") + lang.date(w)
          + (c.withdrawnScope.isEmpty
            ? ""
            : lang(" for: ", " voor: ")
              + c.withdrawnScope.map { lang.label($0, Schemas.consentScope) }.joined(
                separator: ", "))
      }
      return text
    }
    return Section(id: "consent", title: lang("Consent", "Toestemming"), blocks: [.list(items)])
  }

  func plan(_ lang: Language) -> Section {
    let t = trajectory
    var items: [String] = []
    if let s = t.plan.start { items.append(lang("Start: ", "Start: ") + lang.date(s)) }
    if let w = t.plan.weeks { items.append(lang("Planned weeks: ", "Geplande weken: ") + "\(w)") }
    if !t.plan.reviews.isEmpty {
      items.append(
        lang("Reviews: ", "Evaluaties: ")
          + t.plan.reviews.map { lang.date($0) }.joined(separator: ", "))
    }
    for p in t.pauses {
      guard let from = p.from else { continue }
      items.append(
        lang("Paused ", "Gepauzeerd ")
          + (p.to.map { lang.range(from, $0) }
            ?? lang("since ", "sinds ") + lang.date(from)))
    }
    for h in t.handovers { items.append(handoverText(h, lang)) }
    for move in t.schoolMoves {
      func name(_ id: String) -> String { config.school(id)?.name ?? id }
      items.append(
        lang("Changed school on ", "Van school gewisseld op ") + lang.date(move.date) + ": "
          + name(move.from) + " → " + name(move.to))
    }
    if let i = t.imported, let d = i.date {
      items.append(
        lang("Imported into amigo on ", "Ingevoerd in amigo op ") + lang.date(d)
          + (i.sessions.map {
            lang(
              " (\(Counted.of($0, "contact", "contacts")) before, without details)",
              " (\(Counted.of($0, "contact", "contacten")) daarvoor, zonder details)")
          } ?? ""))
    }
    if items.isEmpty { items.append(lang("Not started.", "Niet gestart.")) }
    return Section(id: "plan", title: lang("Plan", "Plan"), blocks: [.list(items)])
  }

  /// The referrals to other help made during the trajectory (`amigo refer`): where to, when,
  /// and whether it was accepted.
  func referrals(_ lang: Language) -> Section {
    let items = trajectory.referrals.map { r in
      lang("Referred to ", "Verwezen naar ")
        + (r.to.map { lang.label($0, Schemas.destination) } ?? "?") + " " + lang("on ", "op ")
        + (r.date.map(lang.date) ?? "?") + ": "
        + lang.label(r.effectiveStatus.rawValue, Schemas.referralStatus)
    }
    return Section(
      id: "referrals", title: lang("Referrals to other help", "Verwijzingen naar andere hulp"),
      blocks: [.list(items)])
  }

  func handoverText(_ h: Handover, _ lang: Language) -> String {
    func name(_ id: String) -> String { config.worker(id)?.name ?? id }
    return lang("Handed over from ", "Overgedragen van ") + name(h.from) + lang(" to ", " aan ")
      + name(h.to) + (h.date.map { lang(" on ", " op ") + lang.date($0) } ?? "")
  }

  /// The family's statements, each verbatim (one paragraph per line), oldest first.
  func statementSections(_ lang: Language) -> [Section] {
    trajectory.statements.map { s in
      let who =
        s.by == "child"
        ? lang("Statement of the child", "Verklaring van het kind")
        : lang("Statement of the parents", "Verklaring van de ouders")
      let title = who + (s.date.map { lang(" of ", " van ") + lang.date($0) } ?? "")
      // Paragraphs as the family wrote them: lines kept (HTML), blank lines between.
      var paragraphs: [Block] = []
      var lines: [Substring] = []
      let all: [Substring] = s.text.split(separator: "\n", omittingEmptySubsequences: false) + [""]
      for line in all {
        if line.allSatisfy({ $0 == " " }) {
          if !lines.isEmpty { paragraphs.append(.paragraph(lines.joined(separator: "\n"))) }
          lines = []
        } else {
          lines.append(line)
        }
      }
      return Section(id: "statement", title: title, blocks: paragraphs)
    }
  }

  func goals(_ lang: Language) -> Section {
    var blocks: [Block] = []
    for g in trajectory.goals {
      var items: [String] = []
      if let d = g.domain {
        items.append(lang("About: ", "Over: ") + lang.label(d, config.vocabulary(Schemas.domain)))
      }
      if !g.agreedWith.isEmpty {
        items.append(
          lang("Agreed with: ", "Afgesproken met: ")
            + g.agreedWith.map { lang.label($0, config.vocabulary(Schemas.goalParty)) }.joined(
              separator: ", ") + (g.agreedOn.map { lang(" on ", " op ") + lang.date($0) } ?? ""))
      }
      if let target = g.target {
        items.append(lang("Target: ", "Streefscore: ") + Cell.score(target).display(lang))
      }
      for r in g.ratings {
        guard let v = r.value else { continue }
        items.append(
          (r.date.map { lang.date($0) } ?? "?") + ": " + Cell.score(v).display(lang)
            + (r.rater.map { " (" + lang.label($0, config.vocabulary(Schemas.rater)) + ")" } ?? ""))
      }
      if let result = g.result {
        items.append(
          lang("Result: ", "Resultaat: ") + lang.label(result.rawValue, Schemas.goalResult))
      }
      blocks.append(
        .subsection(
          Section(
            id: "goal-" + g.id, title: g.id + ": " + g.text,
            blocks: items.isEmpty ? [] : [.list(items)])))
    }
    return Section(id: "goals", title: lang("Goals", "Doelen"), blocks: blocks)
  }

  func contacts(_ lang: Language) -> Section {
    let programme = config.programme(trajectory.programme)
    let table = Table(
      id: "contacts",
      columns: [
        Column("date", lang("Date", "Datum")),
        Column("kind", lang("Contact", "Contact")),
        Column("status", lang("Status", "Status")),
        Column("minutes", lang("Minutes", "Minuten"), numeric: true),
        Column("with", lang("With", "Met")),
        Column("note", lang("Note", "Notitie")),
      ],
      rows: trajectory.sessions.map { s in
        [
          .text(s.date.map { lang.date($0) } ?? ""),
          s.kind.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.sessionKind)) }
            ?? .empty,
          .code(s.status.rawValue, label: lang.label(s.status.rawValue, Schemas.sessionStatus)),
          s.countedMinutes(programme).map { .int($0) } ?? .empty,
          .list(
            s.with.map { .code($0, label: lang.label($0, config.vocabulary(Schemas.participant))) }),
          .text(s.note ?? ""),
        ]
      })
    var blocks: [Block] = []
    blocks.append(.table(table))
    return Section(id: "contacts", title: lang("Contacts", "Contacten"), blocks: blocks)
  }

  func sharingNotes(_ lang: Language) -> Section {
    let items = trajectory.sharing.compactMap { s -> String? in
      guard let note = s.note, !note.isEmpty else { return nil }
      return (s.date.map { lang.date($0) } ?? "?") + ": " + note
    }
    return Section(
      id: "sharing_notes",
      title: lang("Notes on information shared", "Notities bij gedeelde informatie"),
      blocks: [.list(items)])
  }

  func closure(_ c: Closure, _ lang: Language) -> Section {
    var items: [String] = []
    if let d = c.date { items.append(lang("Date: ", "Datum: ") + lang.date(d)) }
    if let reason = c.reason {
      items.append(
        lang("Reason: ", "Reden: ") + lang.label(reason.rawValue, Schemas.closureReason))
    }
    if let d = c.destination {
      items.append(lang("Destination: ", "Vervolg: ") + lang.label(d, Schemas.destination))
    }
    let parties: [Party] = [.child, .parents, .teacher]
    let scores = parties.compactMap { p in
      c.satisfaction[p].map { lang.label(p.rawValue, Schemas.party) + " " + String($0) }
    }
    if !scores.isEmpty {
      items.append(lang("Satisfaction: ", "Tevredenheid: ") + scores.joined(separator: ", "))
    }
    var blocks: [Block] = [.list(items)]
    if let s = c.summary, !s.isEmpty {
      blocks.append(.paragraph(lang("Summary: ", "Samenvatting: ") + s))
    }
    return Section(id: "closure", title: lang("Closure", "Afsluiting"), blocks: blocks)
  }
}
