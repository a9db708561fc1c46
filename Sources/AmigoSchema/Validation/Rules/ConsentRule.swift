import AmigoYAML

/// Consent judged as the law does (`ConsentLaw`): every held contact lies within the consent in
/// force on its date, given by the party the child's age on that date requires.
enum ConsentRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    // The verdict on a contact depends only on what it needs (its kind, who took part, whether
    // the child may be 16), the consent in force (which changes only on the dates consent is
    // given or withdrawn: one stretch between them) and the child's age: work each out once
    // per file, in small tables searched by numbers (what a kind and set of participant groups
    // need comes from `ConsentLaw`'s table). Most files have a handful of each, so a contact
    // costs a few comparisons instead of hashing its participants' names (`ConsentRuleTests`
    // holds it to judging every contact on its own).
    let given = t.consent.compactMap(\.date)
    let withdrawn = t.consent.compactMap(\.withdrawn)
    var inForces = SmallTable<Stretch, ConsentLaw.InForce>()
    var verdicts = SmallTable<VerdictKey, [ConsentLaw.Problem]>()
    // Read in place through the buffer: iterating `t.sessions` copies each session (retaining
    // its texts and lists).
    t.sessions.withUnsafeBufferPointer { sessions in
      for i in sessions.indices where sessions[i].isHeld {
        guard let kind = sessions[i].kind, let date = sessions[i].date else { continue }
        let age = t.child.born.map { ConsentLaw.Age(born: $0, on: date) }
        let groups = sessions[i].participantGroups
        let adult = age?.mayBeAdult ?? false
        let need = ConsentLaw.needIndex(kind: kind, groups: groups, adult: adult)
        guard !ConsentLaw.scopeTable[need].isEmpty else { continue }
        let stretch = Stretch(
          given: given.count(where: { $0 <= date }),
          withdrawn: withdrawn.count(where: { $0 < date }))
        let inForce = inForces.index(of: stretch) { ConsentLaw.InForce(t.consent, on: date) }
        // The law tells ages apart only at 12 and 16 (`ConsentLaw.Requirement`): a verdict
        // holds for every age in the same band, so a file's contacts share a few.
        let verdictKey = VerdictKey(
          need: need, inForce: inForce, low: age.map { band($0.low) } ?? -1,
          high: age.map { band($0.high) } ?? -1)
        let verdict = verdicts.index(of: verdictKey) {
          ConsentLaw.problems(
            needing: ConsentLaw.scopeTable[need], inForce: inForces.values[inForce], on: date,
            born: t.child.born, bothParents: bothParents)
        }
        guard !verdicts.values[verdict].isEmpty else { continue }
        let what = Bilingual(
          "\(kind.policy.value.en) on \(date)", "\(kind.policy.value.nl) op \(date)")
        for problem in verdicts.values[verdict] {
          out.append(
            diagnostic(
              problem, what: what, needed: ConsentLaw.scopeTable[need], date: date, t: t,
              range: c.range(sessions[i].dateSpan), bothParents: bothParents))
        }
      }
    }
    return out
  }

  /// Where a date lies among the consent dates: entries given by then, withdrawals before it.
  /// Dates in one stretch have the same consent in force.
  struct Stretch: Equatable {
    let given: Int
    let withdrawn: Int

    init(given: Int, withdrawn: Int) {
      self.given = given
      self.withdrawn = withdrawn
    }

    /// The stretch `date` lies in among `consents`' dates.
    init(_ consents: [Consent], on date: LocalDate) {
      var given = 0
      var withdrawn = 0
      for c in consents {
        if let d = c.date, d <= date { given += 1 }
        if let w = c.withdrawn, w < date { withdrawn += 1 }
      }
      self.init(given: given, withdrawn: withdrawn)
    }
  }

  struct VerdictKey: Equatable {
    let need: Int
    let inForce: Int
    /// The bands (`band(_:)`) of the child's lowest and highest possible age; -1 without a
    /// birth month.
    let low: Int
    let high: Int
  }

  /// The band of an age as the consent law reads it: under 12, 12 to 15, 16 and older.
  @inline(__always) static func band(_ years: Int) -> Int {
    years < 12 ? 0 : years < 16 ? 1 : 2
  }

  /// A few keys and their values, searched from the latest added (contacts alike follow each
  /// other).
  struct SmallTable<Key: Equatable, Value> {
    var keys: [Key] = []
    var values: [Value] = []

    /// The index of `key`, adding it with the value `make()` gives when it is new.
    mutating func index(of key: Key, _ make: () -> Value) -> Int {
      var i = keys.count - 1
      while i >= 0 {
        if keys[i] == key { return i }
        i -= 1
      }
      keys.append(key)
      values.append(make())
      return keys.count - 1
    }
  }

  static func diagnostic(
    _ problem: ConsentLaw.Problem, what: Bilingual, needed: [String], date: LocalDate,
    t: Trajectory, range: SourceRange, bothParents: Bool = false
  ) -> Diagnostic {
    let scopes = needed.map { "'\($0)'" }.joined(separator: ", ")
    switch problem {
    case .none(let withdrawn):
      let command =
        "amigo consent \(t.id) --given-by … --scope \(needed.joined(separator: ",")) --date \(date)"
      return Diagnostic(
        code: "session-before-consent",
        message: Bilingual(
          "\(what.en) needs consent (\(scopes)), but none is in force"
            + (withdrawn.map { " (consent was withdrawn on \($0))" } ?? ""),
          "\(what.nl) heeft toestemming nodig (\(scopes)), maar er geldt geen"
            + (withdrawn.map { " (de toestemming is ingetrokken op \($0))" } ?? "")),
        range: range,
        // After a withdrawal the remedy is not consent "before" the contact but a later
        // withdrawal date, or consent given again (`consent --withdraw` dated too early).
        help: withdrawn == nil
          ? Bilingual(
            "no contact that needs consent before it is given: record it with '\(command)' (or under 'consent'), or check the date",
            "geen contact dat toestemming nodig heeft voordat die gegeven is: leg haar vast met '\(command)' (of onder 'consent'), of controleer de datum"
          )
          : Bilingual(
            "if consent was withdrawn later, date the withdrawal on or after this contact (in a file, with 'amigo edit'); if it was given again, record that with '\(command)'; or check the contact's date",
            "is de toestemming later ingetrokken, dateer de intrekking dan op of na dit contact (in een bestand met 'amigo edit'); is ze opnieuw gegeven, leg dat vast met '\(command)'; of controleer de datum van het contact"
          ))
    case .party(let party):
      let age = ConsentLaw.Age(born: t.child.born!, on: date)
      let inForce = ConsentLaw.InForce(t.consent, on: date)
      // Judged per scope: name the scope whose givers do not suffice, and who gave it.
      let wrong = ConsentLaw.partyProblem(
        needing: needed, inForce: inForce, age: age,
        bothParents: bothParents)
      let scope = wrong?.scope ?? "support"
      let scopeGivers = inForce.givers(of: scope) ?? inForce.givers
      let giverValues = Schemas.consentGiver.values.filter { scopeGivers.contains($0.value) }
      let givers = SchemaDiagnostics.listJoined(giverValues.map(\.en))
      let giversNL = SchemaDiagnostics.listJoined(giverValues.map(\.nl), "en")
      let rule = ConsentLaw.ruleText(for: party, age: age)
      let note = ConsentLaw.birthMonthNoteText
      return Diagnostic(
        code: "consent-wrong-party",
        message: Bilingual(
          "\(what.en): the child is \(age.description) and the consent in force for '\(scope)' is given by \(givers) only; \(rule.en) (WGBO art. 7:450 and 7:465 BW)",
          "\(what.nl): het kind is \(age.descriptionNL) en de geldende toestemming voor '\(scope)' is alleen gegeven door \(giversNL); \(rule.nl) (WGBO art. 7:450 en 7:465 BW)"
        ),
        range: range,
        help: ConsentLaw.remedyText(for: party, id: t.id, date: date, scope: scope)
          + Bilingual(" (\(note.en))", " (\(note.nl))"))
    case .scopes(let missing, let inForce):
      let covers = inForce.orderedScopes.map { "'\($0)'" }.joined(separator: ", ")
      let withdrawn = missing.filter(inForce.withdrawnScopes.contains)
      let need = missing.map { "'\($0)'" }.joined(separator: ", ")
      var message = Bilingual(
        "\(what.en) needs consent for \(need); the consent in force covers \(covers.isEmpty ? "nothing" : covers)",
        "\(what.nl) heeft toestemming nodig voor \(need); de geldende toestemming dekt \(covers.isEmpty ? "niets" : covers)"
      )
      if !withdrawn.isEmpty, let w = inForce.lastWithdrawal {
        let list = withdrawn.map { "'\($0)'" }.joined(separator: ", ")
        message =
          message + Bilingual(" (\(list) withdrawn by \(w))", " (\(list) ingetrokken per \(w))")
      }
      let command =
        "amigo consent \(t.id) --given-by … --scope \(missing.joined(separator: ",")) --date \(date)"
      return Diagnostic(
        code: "consent-scope-missing", message: message, range: range,
        help: Bilingual(
          "record consent that covers it: \(command), or check the kind and who took part ('with'); the table of what each contact needs is in schema/fields.md",
          "leg toestemming vast die het dekt: \(command), of controleer de soort en wie er meededen ('with'); de tabel van wat elk contact nodig heeft, staat in schema/fields.md"
        ))
    }
  }
}
