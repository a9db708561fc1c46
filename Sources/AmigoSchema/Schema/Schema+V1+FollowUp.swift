/// After the trajectory (issue 23), declared once here and listed among their objects' fields
/// in `Schema+V1.swift`: the follow-up mark on sessions and ratings (a measure's follow-up is
/// its `timepoint: follow-up`), several destinations at closure, referrals made to other help,
/// the earlier trajectory of a repeat request, and a programme's follow-up period.
extension Schemas {
  public static let referralStatus = EnumSpec(
    "referral status",
    [
      EnumValue(
        "pending", en: "not yet known", nl: "nog niet bekend",
        aliases: ["onbekend", "nog-niet-bekend", "open", "loopt"],
        doc: "the default: no answer yet"),
      EnumValue(
        "accepted", en: "accepted", nl: "aangenomen",
        aliases: ["aangenomen", "geaccepteerd", "akkoord"],
        doc: "the other help took the child on"),
      EnumValue(
        "declined", en: "declined", nl: "afgewezen",
        aliases: ["afgewezen", "geweigerd", "niet-aangenomen"],
        doc: "refused by the other help or by the family"),
    ])

  public static let referralMade = ObjectSpec(
    "referral made",
    doc:
      "A referral this service made to other help, during the trajectory or in the follow-up period; not the child's referral to this service.",
    [
      Field("date", .date, required: true, "The day the referral was made.") {
        (r: inout ReferralMade, v) in
        (r.date, r.dateSpan) = (v.date, v.span)
      } encode: { r, e in
        e.scalar(r.date)
      },
      Field(
        "to", .enumeration(destination), required: true,
        "Where to (a destination code; one entry per place)."
      ) { (r: inout ReferralMade, v) in
        (r.to, r.toSpan) = (v.string, v.span)
      } encode: { r, e in
        e.scalar(r.to)
      },
      Field(
        "status", .enumeration(referralStatus),
        "What became of it: `pending` (the default), `accepted` or `declined`; `amigo refer --status` updates it."
      ) { (r: inout ReferralMade, v) in
        (r.status, r.statusSpan) = (v.value(), v.span)
      } encode: { r, e in
        e.value(r.status)
      },
    ])

  /// `follow_up: true` on a session.
  static let sessionFollowUp = Field(
    "follow_up", .boolean,
    "`true`: a follow-up contact after the closure, allowed within the programme's `follow_up_months` and with consent for `follow-up` in force (written by `amigo log-session --follow-up`)."
  ) { (s: inout Session, v) in
    (s.followUp, s.followUpSpan) = (v.string == "true", v.span)
  } encode: { s, e in
    s.followUp ? e.scalar("true") : nil
  }

  /// `follow_up: true` on a goal rating.
  static let ratingFollowUp = Field(
    "follow_up", .boolean,
    "`true`: a rating after the closure, in the follow-up period. A rating after the closure without it is an error."
  ) { (r: inout Rating, v) in
    r.followUp = v.string == "true"
  } encode: { r, e in
    r.followUp ? e.scalar("true") : nil
  }

  /// `destinations:` at closure.
  static let closureDestinations = Field(
    "destinations", .list(.enumeration(destination)),
    "Several places the child goes next (instead of `destination`, never with it); `none` stands alone."
  ) { (c: inout Closure, v) in
    (c.destinations, c.destinationsSpan) = (v.strings, v.span)
  } encode: { c, e in
    e.list(c.destinations)
  }

  /// `referrals:` in a trajectory.
  static let trajectoryReferrals = Field(
    "referrals", .list(.object(referralMade)),
    "Referrals this service made to other help, in date order (written by `amigo refer`).",
    identity: .fields(["date", "to"])
  ) { (t: inout Trajectory, v) in
    t.referrals = v.objects()
  } encode: { t, e in
    e.objects(t.referrals)
  }

  /// `previous:` in a trajectory.
  static let trajectoryPrevious = Field(
    "previous", .identifier,
    "For a repeat request: the id of the child's earlier trajectory in this workspace (written by `amigo new-child --previous`)."
  ) { (t: inout Trajectory, v) in
    (t.previous, t.previousSpan) = (v.string, v.span)
  } encode: { t, e in
    e.scalar(t.previous)
  }

  /// `follow_up_months:` in a programme.
  static let programmeFollowUpMonths = Field(
    Programme.Key.followUpMonths, .integer(min: 0, max: 120),
    "Months after the closure in which follow-up contacts and measures are allowed (default 12; 0: none)."
  ) { (p: inout Programme, v) in p.followUpMonths = v.int }
}

extension ReferralMade: SchemaModel {}
extension ReferralStatus: SchemaEnum { public static let ordered = allCases }
