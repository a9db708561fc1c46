import AmigoSchema

/// The sharing log and the meldcode steps in `report --child` (issue 17): categories and dates,
/// never content; and the ground of a lawful exception to who consents (issue 16).
extension ChildReport {
  /// The sections, in this order: sharing, then meldcode; none when the file records neither.
  /// `day` writes a date in the tables: ISO here, in words in the record (`RecordExport`).
  func sharingSections(_ lang: Language, day: (LocalDate) -> String = isoDay) -> [Section] {
    let t = trajectory
    var sections: [Section] = []
    if !t.sharing.isEmpty {
      var blocks: [Block] = [.table(sharingTable(lang, day: day))]
      if let first = t.firstSharingWithSchool {
        var text =
          lang("School first informed on ", "School voor het eerst geïnformeerd op ")
          + lang.date(first)
        if let start = t.plan.start {
          let days = first.days(since: start)
          text +=
            days >= 0
            ? lang(
              " (\(Counted.of(days, "day", "days")) after the start)",
              " (\(Counted.of(days, "dag", "dagen")) na de start)")
            : lang(
              " (\(Counted.of(-days, "day", "days")) before the start)",
              " (\(Counted.of(-days, "dag", "dagen")) voor de start)")
        }
        blocks.append(.list([text]))
      }
      sections.append(
        Section(
          id: "sharing", title: lang("Information shared", "Gedeelde informatie"), blocks: blocks))
    }
    if !t.meldcode.isEmpty {
      var blocks: [Block] = [.table(meldcodeTable(lang, day: day))]
      let outcome = t.meldcodeOutcome
      if outcome == "open" {
        blocks.append(.list([lang("No decision recorded yet.", "Nog geen besluit vastgelegd.")]))
      }
      sections.append(Section(id: "meldcode", title: lang("Meldcode", "Meldcode"), blocks: blocks))
    }
    return sections
  }

  func sharingTable(_ lang: Language, day: (LocalDate) -> String = isoDay) -> Table {
    Table(
      id: "sharing",
      columns: [
        Column("date", lang("Date", "Datum")),
        Column("direction", lang("Direction", "Richting")),
        Column("with", lang("With", "Met")),
        Column("what", lang("What", "Wat")),
        Column("basis", lang("Basis", "Grondslag")),
      ],
      rows: trajectory.sharing.map { s in
        [
          .text(s.date.map(day) ?? ""),
          s.direction.map { .code($0, label: lang.label($0, Schemas.sharingDirection)) } ?? .empty,
          .list(s.with.map { .code($0, label: lang.label($0, Schemas.sharingParty)) }),
          .list(s.what.map { .code($0, label: lang.label($0, Schemas.sharingTopic)) }),
          s.isGiven
            ? .code(s.effectiveBasis, label: lang.label(s.effectiveBasis, Schemas.sharingBasis))
            : .empty,
        ]
      })
  }

  func meldcodeTable(_ lang: Language, day: (LocalDate) -> String = isoDay) -> Table {
    Table(
      id: "meldcode",
      columns: [
        Column("date", lang("Date", "Datum")),
        Column("step", lang("Step", "Stap")),
        Column("outcome", lang("Outcome", "Uitkomst")),
      ],
      rows: trajectory.meldcode.map { m in
        [
          .text(m.date.map(day) ?? ""),
          m.step.map { .code($0, label: lang.label($0, Schemas.meldcodeStepKind)) } ?? .empty,
          m.outcome.map { .code($0, label: lang.label($0, Schemas.meldcodeOutcome)) } ?? .empty,
        ]
      })
  }

  /// The grounds recorded with the exceptions in force on `date`, one line, or nil.
  func exceptionGrounds(on date: LocalDate, _ lang: Language) -> Fact? {
    let inForce = ConsentLaw.InForce(trajectory.consent, on: date)
    var grounds: [String] = []
    for c in trajectory.consent {
      guard let e = c.exception, inForce.exceptions.contains(e),
        let given = c.date, given <= date,
        let ground = c.exceptionGround, !ground.isEmpty
      else { continue }
      grounds.append(lang.label(e, Schemas.consentException) + ": " + ground)
    }
    guard !grounds.isEmpty else { return nil }
    return Fact(
      "exception_ground", lang("Ground of the exception", "Grond van de uitzondering"),
      .text(grounds.joined(separator: "; ")))
  }
}
