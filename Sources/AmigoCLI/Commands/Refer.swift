import AmigoReports
import AmigoSchema
import AmigoStore

/// `amigo refer CHILD --to WHERE`: records a referral this service made to other help during
/// the trajectory (or in the follow-up period), or updates what became of it.
enum ReferCommand: Command {
  static let spec = CommandSpec(
    name: "refer",
    abstract: "Record a referral to other help (youth care, GGZ, …), or what became of it.",
    discussion: """
      Adds an entry to the child's 'referrals' list, in date order: the day and where to (one
      entry per place), with status pending until you know more. Give --status accepted or
      declined later to update it: amigo finds the referral by --to (and --date when there are
      several to the same place). A referral is dated after the child's referral to this service
      and at the latest at the end of the programme's follow-up period (follow_up_months).
      These are this service's referrals, not the municipality's inflow into youth care. Values
      may be given in English or Dutch (jeugdhulp, ggz, wijkteam, jgz; aangenomen, afgewezen,
      onbekend).
      """,
    examples: [
      "amigo refer W6ZA --to ggz",
      "amigo refer W6ZA --to jeugdhulp --date 2026-11-02",
      "amigo refer W6ZA --to ggz --status aangenomen",
    ],
    arguments: [
      ArgumentSpec(
        "child", help: "The trajectory: its id, a unique id prefix, or the child's label.")
    ],
    options: [
      OptionSpec(
        "to", value: "where", repeatable: true,
        values: .values(Schemas.destination.restricted(excluding: Closure.noReferral)),
        help:
          "Where to (required; repeatable, or comma-separated: one entry each): \(Schemas.destination.restricted(excluding: Closure.noReferral).choices)."
      ),
      OptionSpec(
        "status", value: "status", values: .values(Schemas.referralStatus),
        help:
          "What became of it (default for a new one: pending): \(Schemas.referralStatus.choices). Updates the referral to that place when there is one."
      ),
      OptionSpec(
        "date", short: "d", value: "date",
        help:
          "The day the referral was made (default: today). YYYY-MM-DD, today, yesterday or a weekday."
      ),
      .today, .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let name = spec.name
    guard let child = args.positionals.first else {
      throw UsageError.missingArgument("child", command: name)
    }
    if args.positionals.count > 1 {
      throw UsageError.unexpectedArgument(args.positionals[1], command: name)
    }
    let places = try OptionValues.enumValues(
      args, "to", Schemas.destination, option: "--to <where>", command: name)
    guard !places.isEmpty else { throw UsageError.missingValue("--to <where>", command: name) }
    // A destination that is no other help, named as typed (`geen-vervolg`, not `none`).
    for text in OptionValues.list(args, "to") {
      guard let place = Schemas.destination.resolve(text), !spec.enumeration("to").contains(place)
      else { continue }
      throw UsageError.invalidValue(
        text, for: "--to <where>", command: name, hint: Hint(.cbOtherHelp))
    }
    let status = try args.value("status").map {
      try OptionValues.enumValue(
        $0, spec.enumeration("status"), option: "--status <status>", command: name)
    }
    let context = try WorkspaceContext(CommonOptions(args, env, command: spec))
    let language = env.language()
    let explicitDate = try OptionValues.date(args, "date", today: context.today, command: name)
    let path = try context.resolve(child)
    var lines: [String] = []
    let result = try context.change(path) { file in
      let t = file.trajectory
      lines = []
      for place in places {
        let label = Schemas.destination[place]?.en ?? place
        let dutchLabel = Schemas.destination[place]?.nl ?? place
        let shown = language.code == "nl" ? dutchLabel : label
        let dates = { (matches: [Int]) in
          matches.compactMap { t.referrals[$0].date?.description }.joined(separator: ", ")
        }
        // The referrals to this place (on the date, when given).
        let matches = t.referrals.indices.filter { i in
          t.referrals[i].to == place && (explicitDate == nil || t.referrals[i].date == explicitDate)
        }
        if let status, !matches.isEmpty {
          guard matches.count == 1 else {
            throw UsageError.invalidValue(
              place, for: "--to <where>", command: name,
              hint: Hint(
                .cbWhichReferral,
                en: [String(matches.count), label, dates(matches)],
                nl: [String(matches.count), dutchLabel, dates(matches)]))
          }
          try file.updateReferral(at: matches[0]) { $0.status = ReferralStatus(rawValue: status) }
          let was = t.referrals[matches[0]].effectiveStatus.rawValue
          lines.append(
            language.text(
              .cdReferUpdated, shown,
              t.referrals[matches[0]].date?.description ?? "?",
              language.label(status, Schemas.referralStatus),
              language.label(was, Schemas.referralStatus), t.id))
          continue
        }
        let date = explicitDate ?? context.today
        if !matches.isEmpty, explicitDate != nil {
          throw UsageError.invalidValue(
            place, for: "--to <where>", command: name,
            hint: Hint(
              .cbReferralRecorded, en: [label, date.description],
              nl: [dutchLabel, date.description]))
        }
        let value = status ?? ReferralStatus.pending.rawValue
        var referral = ReferralMade()
        (referral.date, referral.to, referral.status) = (
          date, place, ReferralStatus(rawValue: value)
        )
        try file.add(referral)
        lines.append(
          language.text(
            .cdReferRecorded, shown, date.description,
            language.label(value, Schemas.referralStatus), t.id))
      }
    }
    env.stdout.write(lines.map { $0 + "\n" }.joined())
    context.printWarnings(result)
    if let explicitDate { context.warnIfFuture(explicitDate) }
    return .success
  }
}
