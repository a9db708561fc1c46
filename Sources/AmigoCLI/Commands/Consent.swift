import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo consent CHILD`: records consent for the support, or its withdrawal.
enum ConsentCommand: Command {
  static let spec = CommandSpec(
    name: "consent",
    abstract: "Record consent for the support, or its withdrawal.",
    discussion: """
      Adds a consent to the child's file in date order: who gave it, written or verbal, and what
      it covers. The law (WGBO) decides who consents, by the child's age on each contact's date:
      under 12 a parent with parental authority or a guardian (the child's agreement may be
      recorded too, but does not count alone: '--given-by child' alone is refused); from 12 to
      15 the child and a parent with authority (their entries may be on different dates); from
      16 the child alone. Only the birth month is stored: in the month of the 12th or 16th
      birthday the rules of both ages apply. --exception records a lawful exception with its
      ground. A contact is logged only within the consent in force on its date: talks with the
      child need 'support', contacts with school staff 'school-consultation', home visits
      'home-visit' (the full table is in schema/fields.md). Each scope counts as given by the
      parties of the entries that hold it: a child's consent to the support does not make the
      parents' consent to a home visit the child's too. With --withdraw, records on every
      consent in force that it was withdrawn, wholly or, with --scope, for those scopes only
      (it stays in the file: the record shows what was allowed when). Values may be given
      in English or Dutch (ouders, kind, schriftelijk, mondeling, begeleiding, huisbezoek).
      """,
    examples: [
      "amigo consent W6ZA --given-by parents --form written --scope support,home-visit,school-consultation",
      "amigo consent 'Emma J.' --given-by ouders,kind --form mondeling --date gisteren",
      "amigo consent K7Q4 --withdraw --date 2026-11-18",
      "amigo consent K7Q4 --withdraw --scope home-visit --date 2026-11-18",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "given-by", value: "who", repeatable: true, values: .values(Schemas.consentGiver),
        help:
          "Who gave consent (repeatable, or comma-separated): \(Schemas.consentGiver.choices)."),
      OptionSpec(
        "form", value: "form", values: .values(Schemas.consentForm),
        help: "\(Schemas.consentForm.choices)."),
      OptionSpec(
        "exception", value: "ground", values: .values(Schemas.consentException),
        help: "A lawful exception to who consents: \(Schemas.consentException.choices)."),
      OptionSpec(
        "exception-ground", value: "reason",
        help:
          "With --exception: a short reason for it, one line (no content beyond the reason)."),
      OptionSpec(
        "scope", value: "scope", repeatable: true, values: .values(Schemas.consentScope),
        help:
          "What the consent covers (repeatable, or comma-separated): \(Schemas.consentScope.choices)."
      ),
      OptionSpec(
        "date", short: "d", value: "date",
        help: "The day (default: today). YYYY-MM-DD, today, yesterday or a weekday."),
      OptionSpec(
        "withdraw",
        help:
          "Record that the consent in force was withdrawn on --date (default: today), on every entry that gave it; with --scope, only those scopes."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    let withdraw = args.flag("withdraw")
    if withdraw {
      for option in ["given-by", "form", "exception", "exception-ground"] {
        if let value = args.value(option) {
          throw UsageError.invalidValue(
            value, for: spec.option(named: option)!.synopsis, command: name,
            hint: Hint(.caHintWithdrawOnlyDate, option))
        }
      }
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let date =
      try OptionValues.date(args, "date", today: context.today, command: name) ?? context.today
    let path: String
    if withdraw {
      let scopes = try OptionValues.enumValues(
        args, "scope", spec.enumeration("scope"), option: "--scope <scope>", command: name)
      path = try context.resolve(args.positionals[0])
      return try withdrawConsent(path, on: date, scopes: scopes, context)
    }
    let givenBy = try OptionValues.enumValues(
      args, "given-by", spec.enumeration("given-by"), option: "--given-by <who>", command: name)
    guard !givenBy.isEmpty else { throw UsageError.missingValue("--given-by <who>", command: name) }
    let form = try args.value("form").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("form"), option: "--form <form>", command: name)
    }
    let scope = try OptionValues.enumValues(
      args, "scope", spec.enumeration("scope"), option: "--scope <scope>", command: name)
    let exception = try args.value("exception").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("exception"), option: "--exception <ground>", command: name)
    }

    let ground = args.value("exception-ground").map { $0.trimming(" \t\r\n") }
    if let ground {
      guard exception != nil else {
        throw UsageError.invalidValue(
          ground, for: "--exception-ground <reason>", command: name,
          hint: Hint(.caHintGroundNeedsException))
      }
      guard !ground.contains(where: \.isNewline), ground.count <= maxGround else {
        throw UsageError.invalidValue(
          ground, for: "--exception-ground <reason>", command: name,
          hint: Hint(.caHintGroundShort, String(maxGround))
        )
      }
    }

    path = try context.resolve(args.positionals[0])
    var consent = Consent()
    (consent.date, consent.givenBy, consent.form, consent.scope) = (date, givenBy, form, scope)
    consent.exception = exception
    consent.exceptionGround = ground?.isEmpty == false ? ground : nil
    let result = try context.change(path) { file in
      if let refusal = refusal(file.trajectory, givenBy: givenBy, on: date, env.language()) {
        throw CommandError(message: refusal, status: .dataError)
      }
      try file.add(consent)
    }
    let t = result.trajectory
    let language = env.language()
    let givers = list(givenBy.map { language.label($0, Schemas.consentGiver) }, language)
    env.stdout.write(
      (form.map {
        language.text(
          .okConsentForm, language.label($0, Schemas.consentForm), givers, date.description, t.id)
      } ?? language.text(.okConsent, givers, date.description, t.id)) + "\n")
    context.printWarnings(result)
    for warning in consent.recordingWarnings(in: t, today: context.today) {
      env.stderr.write(
        env.language().text(.ccWarningLine, warning.message(env.language().code)) + "\n")
    }
    return .success
  }

  /// The longest exception ground `--exception-ground` takes.
  static let maxGround = 160

  /// Why a consent by `givenBy` on `date` is refused, or nil: the child's agreement alone
  /// for a child who may be under 12 on that date. In the month of the 12th birthday the child
  /// may be 12 and its own consent is then needed beside the parents' (the rules of both ages
  /// apply): the child's entry is refused only when no parent's consent is in force that day.
  static func refusal(
    _ t: Trajectory, givenBy: [String], on date: LocalDate, _ language: Language = .en
  ) -> String? {
    guard let born = t.child.born, Set(givenBy) == ["child"] else { return nil }
    let age = ConsentLaw.Age(born: born, on: date)
    guard age.low < 12 else { return nil }
    if age.high >= 12,
      !ConsentLaw.InForce(t.consent, on: date).givers.isDisjoint(with: [
        "parents", "parent", "guardian",
      ])
    {
      return nil
    }
    let code = language.code
    return language.text(
      .ceConsentChildUnder12, age.text.text(code), date.description,
      ConsentLaw.ruleText(for: .childUnder12, age: age).text(code),
      ConsentLaw.remedyText(for: .childUnder12, id: t.id, date: date).text(code),
      ConsentLaw.birthMonthNoteText.text(code))
  }

  static func withdrawConsent(
    _ path: String, on date: LocalDate, scopes: [String] = [], _ context: WorkspaceContext
  ) throws -> ExitStatus {
    var given = ""
    let language = context.env.language()
    let result = try context.change(path) { file in
      let trajectory = file.trajectory
      // Every consent in force that gave what is withdrawn: the support withdrawn from the
      // latest entry alone stayed in force through an older one.
      let indices = trajectory.consentsToWithdraw(on: date, scopes: scopes)
      guard !indices.isEmpty else {
        if !scopes.isEmpty, let latest = trajectory.consentToWithdraw(on: date) {
          let covered = trajectory.consent[latest].scope
          throw CommandError(
            message: language.text(
              .caConsentDoesNotCover, trajectory.consent[latest].date?.description ?? "",
              trajectory.id, list(scopes, language),
              list(covered.isEmpty ? ["support"] : covered, language)),
            status: .dataError)
        }
        throw CommandError(
          message: language.text(.caNoConsentToWithdraw, trajectory.id, date.description),
          status: .dataError)
      }
      given = list(indices.compactMap { trajectory.consent[$0].date?.description }, language)
      // One withdrawal per entry: a consent with some scopes withdrawn already cannot record a
      // second withdrawal without losing the first.
      for index in indices {
        if let earlier = trajectory.consent[index].withdrawn {
          throw CommandError(
            message: language.text(
              .caWithdrawnAlready, trajectory.consent[index].date?.description ?? "",
              trajectory.id, earlier.description, date.description),
            status: .dataError)
        }
      }
      for index in indices {
        let entryScopes = trajectory.consent[index].scope
        let covered = entryScopes.isEmpty ? ["support"] : entryScopes
        // The scopes asked for that this entry gave; all of them when it gave nothing else.
        let withdrawn = scopes.filter(covered.contains)
        try file.updateConsent(at: index) {
          $0.withdrawn = date
          if !scopes.isEmpty && withdrawn.count < covered.count { $0.withdrawnScope = withdrawn }
        }
      }
    }
    let t = result.trajectory
    let what =
      scopes.isEmpty
      ? ""
      : language.text(
        .okWithdrawnOnly,
        list(scopes.map { language.label($0, Schemas.consentScope) }, language))
    context.env.stdout.write(
      language.text(.okWithdrawn, given.description, what, date.description, t.id) + "\n")
    context.printWarnings(result)
    context.warnIfFuture(date)
    if let status = t.status, status.isRunning || status == .paused,
      !t.hasConsent(on: date.adding(days: 1))
    {
      let warning = language.text(
        .cdConsentNoneLeft, t.id, language.label(status.rawValue, Schemas.status))
      context.env.stderr.write(language.text(.ccWarningLine, warning) + "\n")
    } else if !scopes.isEmpty, let status = t.status, status.isRunning || status == .paused,
      let blocked = blockedKinds(t, after: date, context.config), !blocked.kinds.isEmpty
    {
      // Some scopes withdrawn: say which contacts the programme asks for can no longer be
      // logged (a home visit without 'home-visit'), as the warning above does for all.
      let code = language.code
      let kinds = blocked.kinds.map { code == "nl" ? $0.pluralNl : $0.pluralEn }
      let warning = language.text(
        .cdConsentScopeNeeded, t.id,
        list(scopes.map { language.label($0, Schemas.consentScope) }, language),
        list(kinds, language), blocked.programme)
      context.env.stderr.write(language.text(.ccWarningLine, warning) + "\n")
    }
    return .success
  }

  /// The contacts `t`'s programme asks for (its dose kind, the required contacts not held
  /// yet) that the consent in force after `date` no longer covers, with the programme's label;
  /// nil without a programme.
  static func blockedKinds(
    _ t: Trajectory, after date: LocalDate, _ config: Config
  )
    -> (kinds: [SessionKind], programme: String)?
  {
    guard let programme = config.programme(t.programme) else { return nil }
    var kinds = programme.requiredContacts.filter { kind in
      !t.sessions.contains { $0.kind == kind && $0.isHeld }
    }
    if programme.hasDoseNorm, !kinds.contains(programme.doseKind) {
      kinds.insert(programme.doseKind, at: 0)
    }
    let inForce = ConsentLaw.InForce(t.consent, on: date.adding(days: 1))
    let blocked = kinds.filter { kind in
      ConsentLaw.scopes(kind: kind, with: [], adult: false).contains {
        !inForce.scopes.contains($0)
      }
    }
    return (blocked, programme.label.isEmpty ? programme.id : programme.label)
  }

  /// `parents`, `parents and child`.
  static func list(_ values: [String], _ language: Language = .en) -> String {
    language.code == "nl"
      ? SchemaDiagnostics.listJoined(values, "en") : SchemaDiagnostics.listJoined(values)
  }
}
