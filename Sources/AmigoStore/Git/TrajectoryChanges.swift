import AmigoSchema

/// One change between two versions of a trajectory, in words for `amigo history` and
/// `amigo changes`. The words name dates, kinds, ids, codes and field names, never free text,
/// labels or names: they show up in reviews and terminals beyond the worker's own.
public enum TrajectoryChange: Sendable, Hashable {
  case created(referredBy: String?)
  /// The first version of a file `amigo import` brought in (`imported:`): the import day and
  /// the count of contacts held before it.
  case imported(LocalDate?, contactsBefore: Int?)
  case deleted
  /// `id`, `programme`, `school` or `worker` now has another value (ids and codes only).
  case field(String, from: String, to: String)
  /// Fields of `child:` or `referral:` changed (`changed child (label, group)`).
  case part(String, fields: [String])
  case status(from: TrajectoryStatus?, to: TrajectoryStatus?)
  case started(LocalDate)
  case startMoved(from: LocalDate, to: LocalDate?)
  case planWeeks
  case reviewPlanned(LocalDate)
  case reviewRemoved(LocalDate)
  case consentGiven(LocalDate?)
  case consentWithdrawn(LocalDate?)
  case consentChanged(LocalDate?, fields: [String])
  case consentRemoved(LocalDate?)
  case goalAdded(String)
  case goalRemoved(String)
  case goalChanged(String, fields: [String])
  /// A goal's result set, changed (`from` the result before) or removed.
  case goalResult(String, GoalResult?, from: GoalResult? = nil)
  case rated(goal: String, value: Double?, rater: String?)
  case ratingChanged(goal: String, date: LocalDate?, rater: String?, from: Double?, to: Double?)
  case ratingRemoved(goal: String, date: LocalDate?, rater: String?)
  case sessionLogged(LocalDate?, SessionKind?, minutes: Int?, status: SessionStatus)
  /// `kind` is named only when the day has sessions of several kinds.
  case sessionChanged(LocalDate?, kind: SessionKind?, fields: [String])
  case sessionRemoved(LocalDate?, kind: SessionKind?)
  /// `amigo handover`: the worker changed, on a date.
  case handedOver(from: String, to: String, date: LocalDate?)
  /// Closed: the reason, date and destination the closure records.
  case closed(ClosureReason?, date: LocalDate? = nil, destinations: [String] = [])
  case closureChanged(fields: [String])
  case reopened
  /// `amigo move`: the child moved school on a date (`schools:`).
  case schoolMoved(from: String, to: String, date: LocalDate)
  case schoolMoveRemoved(from: String, to: String, date: LocalDate)
  /// The school history changed otherwise (a date corrected, an entry written by hand).
  case schoolsChanged
  /// A field `changes` has no phrase of its own for, in the schema's words (`SchemaChanges`).
  case other(SchemaChange)
}

/// Compares two versions of a trajectory (either may be missing) and says what changed.
///
/// Entries of the growing lists are matched by the natural keys the schema declares
/// (`Field.identity`, as `TrajectoryMerge` matches them), so an entry whose other fields changed
/// is "changed", not removed and added: sessions by date and kind, ratings by date and rater,
/// goals by id, consents by date; which fields changed is read from the schema too; a repeated key is told
/// apart by its position among its equals. Spans (positions in the file) are never compared:
/// moving or reformatting entries is no change.
public enum TrajectoryChanges {
  public static func compare(_ old: Trajectory?, _ new: Trajectory?) -> [TrajectoryChange] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let new?):
      // An imported file was not created here: its story begins with the import.
      if let imported = new.imported {
        return [.imported(imported.date, contactsBefore: imported.sessions)]
      }
      return [.created(referredBy: new.referral?.by)] + compare(bare(new), new)
    case (_?, nil): return [.deleted]
    case (let old?, let new?): return compare(old, new)
    }
  }

  /// `t` as `new-child` writes it: who, where and the referral, without what came after (the
  /// lists of consent, goals, sessions and the rest, the start and the closure). A file created
  /// with those already in it (a copy, a file written by hand) tells them after "created"
  /// (qa-walk m13), as the commits that add them one by one would.
  static func bare(_ t: Trajectory) -> Trajectory {
    var base = t
    base.consent = []
    base.plan = Plan()
    base.pauses = []
    base.goals = []
    base.sessions = []
    base.agreements = []
    base.sharing = []
    base.meldcode = []
    base.measures = []
    base.referrals = []
    base.closure = nil
    base.handovers = []
    base.statements = []
    // The status a start or closure brings is told by them.
    if t.plan.start != nil || t.closure != nil { base.status = .referred }
    return base
  }

  static func compare(_ old: Trajectory, _ new: Trajectory) -> [TrajectoryChange] {
    var out: [TrajectoryChange] = []
    for (name, a, b) in [
      ("id", old.id, new.id), ("programme", old.programme, new.programme),
      ("school", old.school, new.school), ("worker", old.worker, new.worker),
    ] where a != b {
      // A worker change that a new handover entry records is told by the handover.
      if name == "worker", handedOver(old, new).contains(where: { $0.from == a && $0.to == b }) {
        continue
      }
      // A school change that a new move in `schools:` records is told by the move.
      if name == "school", moved(old, new).contains(where: { $0.from == a && $0.to == b }) {
        continue
      }
      out.append(.field(name, from: a.isEmpty ? "none" : a, to: b.isEmpty ? "none" : b))
    }
    out += schoolChanges(old, new)
    for h in handedOver(old, new) {
      out.append(.handedOver(from: h.from, to: h.to, date: h.date))
    }
    let child = SchemaEncoder.changedFields(old.child, new.child, Schemas.child)
    if !child.isEmpty { out.append(.part("child", fields: child)) }
    let referral = SchemaEncoder.changedFields(
      old.referral ?? Referral(), new.referral ?? Referral(), Schemas.referral)
    if !referral.isEmpty { out.append(.part("referral", fields: referral)) }

    out += consents(old.consent, new.consent)

    // Plan and status. A status that follows from a start or closure is not repeated.
    var started = false
    switch (old.plan.start, new.plan.start) {
    case (nil, let date?):
      out.append(.started(date))
      started = true
    case (let a?, let b) where a != b: out.append(.startMoved(from: a, to: b))
    default: break
    }
    let closing = old.closure == nil && new.closure != nil
    if old.status != new.status
      && !(started && new.status == .active) && !(closing && new.status == .closed)
    {
      out.append(.status(from: old.status, to: new.status))
    }
    if old.plan.weeks != new.plan.weeks { out.append(.planWeeks) }
    for date in new.plan.reviews where !old.plan.reviews.contains(date) {
      out.append(.reviewPlanned(date))
    }
    for date in old.plan.reviews where !new.plan.reviews.contains(date) {
      out.append(.reviewRemoved(date))
    }

    // Goals: added, removed, changed; ratings after the sessions; results last.
    let oldGoals = keyed(old.goals, at: ["goals"])
    let newGoals = keyed(new.goals, at: ["goals"])
    let oldByKey = Dictionary(uniqueKeysWithValues: oldGoals)
    let newByKey = Dictionary(uniqueKeysWithValues: newGoals)
    var ratings: [TrajectoryChange] = []
    var results: [TrajectoryChange] = []
    for (key, goal) in newGoals {
      guard let before = oldByKey[key] else {
        out.append(.goalAdded(goal.id))
        ratings += goal.ratings.map { .rated(goal: goal.id, value: $0.value, rater: $0.rater) }
        if let result = goal.result { results.append(.goalResult(goal.id, result)) }
        continue
      }
      let fields = SchemaEncoder.changedFields(
        before, goal, Schemas.goal, identity: identity(at: ["goals"]), except: ["result"])
      if !fields.isEmpty { out.append(.goalChanged(goal.id, fields: fields)) }
      ratings += ratingChanges(goal.id, before.ratings, goal.ratings)
      if before.result != goal.result {
        results.append(.goalResult(goal.id, goal.result, from: before.result))
      }
    }
    for (key, goal) in oldGoals where newByKey[key] == nil {
      out.append(.goalRemoved(goal.id))
    }

    out += sessions(old.sessions, new.sessions)
    out += ratings
    out += results

    switch (old.closure, new.closure) {
    case (nil, let c?):
      out.append(
        .closed(c.reason, date: c.date, destinations: c.allDestinations))
    case (_?, nil): out.append(.reopened)
    case (let a?, let b?):
      let fields = SchemaEncoder.changedFields(a, b, Schemas.closure)
      if !fields.isEmpty { out.append(.closureChanged(fields: fields)) }
    default: break
    }
    // Fields without a phrase of their own, in the schema's words.
    out += SchemaChanges.compare(
      old, new, Schemas.trajectory,
      fields: Schemas.trajectory.fields.filter { !phrased.contains($0.name) }
    ).map(TrajectoryChange.other)
    return out
  }

  /// The trajectory's fields the cases of `TrajectoryChange` phrase; any other field's changes
  /// are told by `SchemaChanges`.
  static let phrased: Set<String> = [
    "schema", "id", "programme", "school", "worker", "status", "child", "referral", "consent",
    "plan", "goals", "sessions", "closure", "handovers", "schools",
  ]

  /// The moves to another school (`schools:`) that `new` records and `old` does not.
  static func moved(
    _ old: Trajectory, _ new: Trajectory
  ) -> [(
    from: String, to: String, date: LocalDate
  )] {
    let before = old.schoolMoves
    return new.schoolMoves.filter { m in
      !before.contains { $0.from == m.from && $0.to == m.to && $0.date == m.date }
    }
  }

  /// The school history's changes: "moved from A to B on D" for each new move, "move … removed"
  /// for each one gone, else "changed schools" when entries changed otherwise (a history
  /// written without a move, a date corrected on the first entry).
  static func schoolChanges(_ old: Trajectory, _ new: Trajectory) -> [TrajectoryChange] {
    let added = moved(old, new)
    let removed = moved(new, old)
    var out: [TrajectoryChange] = added.map {
      .schoolMoved(from: $0.from, to: $0.to, date: $0.date)
    }
    out += removed.map { .schoolMoveRemoved(from: $0.from, to: $0.to, date: $0.date) }
    let entries = { (t: Trajectory) in
      t.schools.map { "\($0.school) \($0.from?.description ?? "")" }
    }
    if out.isEmpty, entries(old) != entries(new) { out.append(.schoolsChanged) }
    return out
  }

  /// The handovers `new` records and `old` does not (`amigo handover`).
  static func handedOver(_ old: Trajectory, _ new: Trajectory) -> [Handover] {
    new.handovers.filter { h in
      !old.handovers.contains { $0.date == h.date && $0.from == h.from && $0.to == h.to }
    }
  }

  /// The identity the schema declares for the keyed list at `path`.
  static func identity(at path: [String]) -> ListIdentity {
    Schemas.trajectory.field(at: path)!.identity!
  }

  /// Items with the natural keys the schema declares for the list at `path` (as the merge
  /// matches them); the n-th repeat of a key gets `#n`.
  static func keyed<T>(_ items: [T], at path: [String]) -> [(String, T)] {
    let field = Schemas.trajectory.field(at: path)!
    guard case .list(let element) = field.type else { return [] }
    return keyed(items) { SchemaEncoder.identity(of: $0, field.identity!, element: element) }
  }

  /// Items with their natural keys; the n-th repeat of a key gets `#n` (as in the merge).
  static func keyed<T>(_ items: [T], key: (T) -> String) -> [(String, T)] {
    var seen: [String: Int] = [:]
    return items.map { item in
      let base = key(item)
      seen[base, default: 0] += 1
      return (base + "#" + String(seen[base]!), item)
    }
  }

  static func consents(_ old: [Consent], _ new: [Consent]) -> [TrajectoryChange] {
    var out: [TrajectoryChange] = []
    let before = keyed(old, at: ["consent"])
    let after = keyed(new, at: ["consent"])
    let beforeByKey = Dictionary(uniqueKeysWithValues: before)
    let afterByKey = Dictionary(uniqueKeysWithValues: after)
    for (key, c) in after {
      guard let b = beforeByKey[key] else {
        out.append(.consentGiven(c.date))
        if let w = c.withdrawn { out.append(.consentWithdrawn(w)) }
        continue
      }
      if b.withdrawn == nil, let w = c.withdrawn { out.append(.consentWithdrawn(w)) }
      // A withdrawal is told as such; a changed or removed one is a change.
      let fields =
        SchemaEncoder.changedFields(
          b, c, Schemas.consent, identity: identity(at: ["consent"]), except: ["withdrawn"])
        + (b.withdrawn != nil && b.withdrawn != c.withdrawn ? ["withdrawn"] : [])
      if !fields.isEmpty { out.append(.consentChanged(c.date, fields: fields)) }
    }
    for (key, c) in before where afterByKey[key] == nil {
      out.append(.consentRemoved(c.date))
    }
    return out
  }

  static func ratingChanges(_ goal: String, _ old: [Rating], _ new: [Rating]) -> [TrajectoryChange]
  {
    var out: [TrajectoryChange] = []
    let before = keyed(old, at: ["goals", "ratings"])
    let after = keyed(new, at: ["goals", "ratings"])
    let beforeByKey = Dictionary(uniqueKeysWithValues: before)
    let afterByKey = Dictionary(uniqueKeysWithValues: after)
    for (k, r) in after {
      guard let b = beforeByKey[k] else {
        out.append(.rated(goal: goal, value: r.value, rater: r.rater))
        continue
      }
      if b.value != r.value {
        out.append(
          .ratingChanged(goal: goal, date: r.date, rater: r.rater, from: b.value, to: r.value))
      }
    }
    for (k, r) in before where afterByKey[k] == nil {
      out.append(.ratingRemoved(goal: goal, date: r.date, rater: r.rater))
    }
    return out
  }

  static func sessions(_ old: [Session], _ new: [Session]) -> [TrajectoryChange] {
    var out: [TrajectoryChange] = []
    let before = keyed(old, at: ["sessions"])
    let after = keyed(new, at: ["sessions"])
    let beforeByKey = Dictionary(uniqueKeysWithValues: before)
    let afterByKey = Dictionary(uniqueKeysWithValues: after)
    /// The kind, when the day has sessions of more than one kind (in either version).
    func kindIfNeeded(_ s: Session) -> SessionKind? {
      let kinds = Set((old + new).filter { $0.date == s.date }.map(\.kind))
      return kinds.count > 1 ? s.kind : nil
    }
    for (k, s) in after {
      guard let b = beforeByKey[k] else {
        out.append(.sessionLogged(s.date, s.kind, minutes: s.minutes, status: s.status))
        continue
      }
      let fields = SchemaEncoder.changedFields(
        b, s, Schemas.session, identity: identity(at: ["sessions"]))
      if !fields.isEmpty {
        out.append(.sessionChanged(s.date, kind: kindIfNeeded(s), fields: fields))
      }
    }
    for (k, s) in before where afterByKey[k] == nil {
      out.append(.sessionRemoved(s.date, kind: kindIfNeeded(s)))
    }
    return out
  }

  // MARK: - The workspace config

  /// What changed in `amigo.yaml`, by ids and field names (never names or labels).
  public static func compare(config old: Config?, _ new: Config?) -> [ConfigChange] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, _?): return [.created]
    case (_?, nil): return [.deleted]
    case (let a?, let b?):
      var out: [ConfigChange] = []
      for (name, changed) in [
        ("organisation", a.organisation != b.organisation), ("language", a.language != b.language),
        ("small_numbers", a.smallNumbers != b.smallNumbers),
        ("id_prefix", a.idPrefix != b.idPrefix),
      ] where changed {
        out.append(.changed(name))
      }
      out += ids(.programme, a.programmes.map { ($0.id, $0) }, b.programmes.map { ($0.id, $0) })
      out += ids(.school, a.schools.map { ($0.id, $0) }, b.schools.map { ($0.id, $0) })
      out += ids(.worker, a.workers.map { ($0.id, $0) }, b.workers.map { ($0.id, $0) })
      if a.holidays != b.holidays { out.append(.changed("holidays")) }
      return out
    }
  }

  static func ids<T: Equatable>(
    _ what: ConfigChange.Entry, _ old: [(String, T)], _ new: [(String, T)]
  )
    -> [ConfigChange]
  {
    var out: [ConfigChange] = []
    for (id, value) in new {
      if let before = old.first(where: { $0.0 == id })?.1 {
        if before != value { out.append(.entryChanged(what, id)) }
      } else {
        out.append(.entryAdded(what, id))
      }
    }
    for (id, _) in old where !new.contains(where: { $0.0 == id }) {
      out.append(.entryRemoved(what, id))
    }
    return out
  }
}

/// One change to `amigo.yaml`, in words for `changes` and `history`: field names and ids only.
public enum ConfigChange: Sendable, Hashable {
  /// What a declared entry is.
  public enum Entry: String, Sendable, Hashable { case programme, school, worker }

  case created
  case deleted
  /// A top-level setting (`organisation`, `language`, `holidays`…) changed.
  case changed(String)
  case entryAdded(Entry, String)
  /// A programme, school or worker changed; `fields`: its keys that changed, when known.
  case entryChanged(Entry, String, fields: [String] = [])
  case entryRemoved(Entry, String)
}
