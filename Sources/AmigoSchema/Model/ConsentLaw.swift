/// Consent judged as the law does (WGBO art. 7:450 and 7:465 BW; Jeugdwet art. 7.3.4): who may
/// consent at the child's age on a contact's date, and what each contact needs. The one place
/// these rules live: validation (`ConsentRule`), the commands, `show` and the reports ask here.
public enum ConsentLaw {
  // MARK: Who took part

  /// The participants (`with:` values) as the law sees them.
  public enum Group: String, Sendable, CaseIterable {
    /// The child.
    case child
    /// The parents or carers (the consenting parents, under 16).
    case parents
    /// School staff and education support: teacher, intern begeleider, director, the
    /// passend-onderwijs support.
    case school
    /// Others around the child: youth health care, social team, the shelter coach, siblings,
    /// grandparents, neighbours and other network, classmates, others; and every participant
    /// an organisation adds (`vocabularies: {participants: …}`): third parties.
    case network
    /// The referrer, about the referral itself (nomination; whether help starts or ends).
    case referrer

    /// The group of a `Schemas.participant` value; nil for an empty value. A value that is not
    /// built in (an organisation's own participant) is a third party: `network`.
    /// The values of the other groups: child, parents, school and referrer. (The network's
    /// own, youth-health, social-team, shelter-coach, sibling, grandparent, neighbour,
    /// network, classmates and other, are network as every other value is.)
    ///
    /// Read from the value's UTF-8 bytes, by length first: one comparison or two, where a
    /// `switch` on the string compared it with the values one after another (for every
    /// participant of every session). The values are lowercase ASCII words with hyphens, which
    /// no other text equals as a `String` (canonical equivalence maps no other character to a
    /// lowercase letter or hyphen; `VocabularyRule.BuiltIn` relies on the same), so their bytes
    /// decide.
    public static func of(_ participant: String) -> Group? {
      var text = participant
      return text.withUTF8 { u -> Group? in
        // Called only with a name of `u.count` bytes.
        @inline(__always) func equals(_ name: StaticString) -> Bool {
          let p = name.utf8Start
          for k in 0..<u.count where u[k] != p[k] { return false }
          return true
        }
        switch u.count {
        case 0: return nil
        case 5:
          if equals("child") { return .child }
          if equals("carer") { return .parents }
        case 6:
          if equals("mother") || equals("father") { return .parents }
        case 7:
          if equals("parents") { return .parents }
          if equals("teacher") { return .school }
        case 8:
          if equals("director") { return .school }
          if equals("referrer") { return .referrer }
        case 14:
          if equals("school-support") { return .school }
        case 16:
          if equals("care-coordinator") { return .school }
        default:
          break
        }
        return .network
      }
    }

    /// The groups of `participants`, one bit each; a value an organisation adds to the
    /// participants (`vocabularies:`) counts as network, an empty one adds none.
    /// What a contact needs depends on its participants only through this set.
    public static func mask(_ participants: [String]) -> UInt8 {
      var mask: UInt8 = 0
      for participant in participants {
        if let group = of(participant) { mask |= bit(group) }
      }
      return mask
    }

    /// The group's bit in a `mask` (five groups, five bits).
    @inline(__always) static func bit(_ group: Group) -> UInt8 {
      switch group {
      case .child: 1
      case .parents: 2
      case .school: 4
      case .network: 8
      case .referrer: 16
      }
    }

    /// The scopes a contact with this group needs; `adult`: the child is 16 or older.
    public func scopes(adult: Bool) -> [String] {
      switch self {
      case .child, .network: ["support"]
      case .parents: adult ? ["support"] : []
      case .school: ["school-consultation"]
      case .referrer: []
      }
    }

    /// One line of reasoning, for the table in schema/fields.md.
    public var reason: String {
      switch self {
      case .child: "a contact with the child is the support itself"
      case .parents:
        "the consenting parents need no scope under 16; from 16 they are third parties and a contact with them needs the child's consent for the support"
      case .school:
        "talking about the child with school staff or the school's passend-onderwijs support shares information: consultation with school"
      case .network:
        "others around the child (family beyond the parents, neighbours, the shelter coach, other services) are third parties: a contact with them about the child is part of the support and shares information, so it needs consent for the support; an organisation's own participants count here"
      case .referrer:
        "the referral itself (the nomination, telling the referrer whether help starts or ends) carries no content"
      }
    }
  }

  // MARK: What a contact needs

  /// The scopes a held contact needs (in `Schemas.consentScope` order; empty: none), from its
  /// kind's policy (`SessionKind.policy.consent`) and who took part. `adult`: the child is 16
  /// or older on the contact's date (in the month of the 16th birthday, pass true as well: the
  /// stricter rule applies). A contact whose only participants are the referrer, of a kind
  /// without the child, is about the referral and needs nothing.
  public static func scopes(
    kind: SessionKind, with participants: [String], adult: Bool
  )
    -> [String]
  {
    scopes(kind: kind, groups: Group.mask(participants), adult: adult)
  }

  /// `scopes(kind:with:adult:)` for participants of the groups `groups` (`Group.mask`): what a
  /// contact needs depends on its participants only through their groups. From a table made
  /// once for every kind, set of groups and age, so a rule asks it per contact for free.
  @inline(__always)
  public static func scopes(kind: SessionKind, groups: UInt8, adult: Bool) -> [String] {
    scopeTable[needIndex(kind: kind, groups: groups, adult: adult)]
  }

  /// The place of a kind, set of groups and age in the table (a number under 256 × 64).
  @inline(__always)
  static func needIndex(kind: SessionKind, groups: UInt8, adult: Bool) -> Int {
    (kind.ordinal << 6) | (Int(groups & 31) << 1) | (adult ? 1 : 0)
  }

  /// Made once per process, and cheaply: every command that reads a trajectory's contacts
  /// asks it (`show` of one child too). Each kind's policy is read once, a set of scopes is a
  /// mask of their places in `Schemas.consentScope`, and entries with the same scopes share one
  /// array (a handful in all).
  static let scopeTable: [[String]] = {
    let order = Schemas.consentScope.values.map(\.value)
    func mask(_ scopes: [String]) -> UInt32 {
      var m: UInt32 = 0
      // A scope not in the schema's list drops out, as the filter by that list drops it.
      for scope in scopes { if let k = order.firstIndex(of: scope) { m |= 1 << UInt32(k) } }
      return m
    }
    let support = mask(["support"])
    let groupScopes = [false, true].map { adult in
      Group.allCases.map { (bit: Group.bit($0), scopes: mask($0.scopes(adult: adult))) }
    }
    var shared: [UInt32: [String]] = [0: []]
    var table = [[String]](repeating: [], count: 256 << 6)
    for kind in SessionKind.allCases {
      let policy = kind.policy
      let own = mask(policy.consent.scopes)
      for groups in UInt8(0)..<32 {
        // Only the referrer, about a kind without the child: the referral itself, no scope.
        if groups != 0, groups == Group.bit(.referrer), !policy.involvesChild { continue }
        for adult in [false, true] {
          var needed = own | (policy.consent.withParents && adult ? support : 0)
          for group in groupScopes[adult ? 1 : 0] where groups & group.bit != 0 {
            needed |= group.scopes
          }
          if shared[needed] == nil {
            shared[needed] = order.indices.filter { needed & (1 << UInt32($0)) != 0 }.map {
              order[$0]
            }
          }
          table[needIndex(kind: kind, groups: groups, adult: adult)] = shared[needed]!
        }
      }
    }
    return table
  }()

  // MARK: Age

  /// The child's age on a date, from the birth year-month: `low` and `high` differ only in the
  /// birthday month, when the exact age is unknown.
  public struct Age: Sendable, Hashable {
    public let low: Int
    public let high: Int

    public init(born: YearMonth, on date: LocalDate) {
      high = born.age(on: date)
      low = date.month == born.month ? high - 1 : high
    }

    public init(_ low: Int, _ high: Int) {
      self.low = low
      self.high = high
    }

    /// `10`, or `11 or 12` in the birthday month.
    public var description: String { low == high ? "\(high)" : "\(low) or \(high)" }

    /// 16 or older on some day of the period (the stricter rule for contacts with parents).
    public var mayBeAdult: Bool { high >= 16 }

    /// True when the child may be of an age in `band`: in the birthday month either age counts
    /// (an age band is a programme's or a questionnaire's, not a legal gate).
    public func overlaps(_ band: ClosedRange<Int>) -> Bool {
      high >= band.lowerBound && low <= band.upperBound
    }
  }

  /// Who must have consented at one exact age, given the exceptions in force.
  /// The `--given-by` that gives the lawful consent for a child of `age` without exceptions:
  /// `parents` under 12, `parents,child` from 12 to 15, `child` from 16 (both ages' parties in
  /// the birthday month).
  public static func giversToAsk(age: Age) -> String {
    let needs = [
      Requirement(age: age.low, exceptions: []), Requirement(age: age.high, exceptions: []),
    ]
    let parent = needs.contains { $0.parent }
    let child = needs.contains { $0.child }
    return parent && child ? "parents,child" : child ? "child" : "parents"
  }

  struct Requirement {
    var parent: Bool
    var child: Bool

    init(age: Int, exceptions: Set<String>) {
      // Nearly always none: no string hashed then.
      if age < 12 || exceptions.isEmpty {
        (parent, child) = age < 12 ? (true, false) : age < 16 ? (true, true) : (false, true)
        return
      }
      switch age {
      case ..<12:
        (parent, child) = (true, false)
      case 12..<16:
        if exceptions.contains("not-competent") {
          (parent, child) = (true, false)
        } else if exceptions.contains("without-parents") {
          (parent, child) = (false, true)
        } else {
          (parent, child) = (true, true)
        }
      default:
        (parent, child) =
          exceptions.contains("not-competent") ? (true, false) : (false, true)
      }
    }
  }

  // MARK: Consent in force

  /// The consent in force on a date: the union of the entries given on or before it and not
  /// withdrawn by then (wholly or per scope). Withdrawn on a day: still in force that day.
  public struct InForce: Sendable, Hashable {
    /// Who gave it (`Schemas.consentGiver` values).
    public var givers: Set<String> = []
    /// What it covers. An entry without `scope` covers the support.
    public var scopes: Set<String> = []
    /// The lawful exceptions recorded (`Schemas.consentException` values).
    public var exceptions: Set<String> = []
    /// The latest withdrawal on or before the date (whole or of a scope), for messages.
    public var lastWithdrawal: LocalDate?
    /// Scopes withdrawn by then and not given again.
    public var withdrawnScopes: Set<String> = []
    /// The entries in force, each with the scopes it still covers: who gave what. The law
    /// asks who consented to what: one party's scope does not count as given by another
    /// party who signed another entry for something else (`givers(of:)`). Kept as the few
    /// entries they are (no table by scope is hashed for every stretch of every file).
    public var grants: [Grant] = []

    /// One entry in force: what it still covers, who gave it, the exception recorded on it.
    public struct Grant: Sendable, Hashable {
      public var scopes: [String]
      public var givers: [String]
      public var exception: String?
    }

    /// Who gave `scope`: the givers of the entries in force that cover it; nil when none does.
    public func givers(of scope: String) -> Set<String>? {
      var out: Set<String>?
      for g in grants where g.scopes.contains(scope) {
        out = (out ?? []).union(g.givers)
      }
      return out
    }

    /// The lawful exceptions recorded on the entries in force that cover `scope`.
    public func exceptions(of scope: String) -> Set<String> {
      var out: Set<String> = []
      for g in grants where g.scopes.contains(scope) { if let e = g.exception { out.insert(e) } }
      return out
    }

    public var isEmpty: Bool { givers.isEmpty }

    public init() {}

    public init(_ consents: [Consent], on date: LocalDate) {
      // Gathered in lists, each set then made once at its size: growing four sets entry by
      // entry rehashed them on every doubling (this runs for each stretch of consent of every
      // file, and for each child of each activity).
      var givers: [String] = []
      var scopes: [String] = []
      var exceptions: [String] = []
      var withdrawn: [String] = []
      for c in consents {
        guard let given = c.date, given <= date else { continue }
        var entryScopes = c.scope.isEmpty ? ["support"] : c.scope
        if let w = c.withdrawn, w < date {
          lastWithdrawal = max(lastWithdrawal ?? w, w)
          if c.withdrawnScope.isEmpty {
            withdrawn += entryScopes
            continue
          }
          withdrawn += c.withdrawnScope
          entryScopes = entryScopes.filter { !c.withdrawnScope.contains($0) }
        }
        scopes += entryScopes
        givers += c.givenBy
        if let e = c.exception { exceptions.append(e) }
        grants.append(Grant(scopes: entryScopes, givers: c.givenBy, exception: c.exception))
      }
      self.givers = Set(givers)
      self.scopes = Set(scopes)
      self.exceptions = Set(exceptions)
      if !withdrawn.isEmpty { withdrawnScopes = Set(withdrawn).subtracting(self.scopes) }
    }

    /// The scopes it covers, in `Schemas.consentScope` order.
    public var orderedScopes: [String] {
      Schemas.consentScope.values.map(\.value).filter(scopes.contains)
    }
  }

  // MARK: Verdict

  /// What is wrong with the consent for one contact (or one start).
  public enum Problem: Sendable, Hashable {
    /// No consent is in force (`withdrawn`: the latest withdrawal, if any).
    case none(withdrawn: LocalDate?)
    /// Consent by the wrong party for the child's age.
    case party(Party)
    /// The consent in force does not cover these scopes.
    case scopes(missing: [String], inForce: InForce)
  }

  /// Why the parties in force do not suffice.
  public enum Party: Sendable, Hashable {
    /// Under 12: the child's consent alone does not count.
    case childUnder12
    /// A parent with authority or a guardian must consent too (12 to 15).
    case parentMissing
    /// The child must consent (12 to 15 alongside the parents; from 16 alone).
    case childMissing
    /// amigo.yaml requires both parents; one parent consented.
    case bothParents
  }

  /// The problems of the consent in force on `date` for a contact needing `scopes` (none
  /// when `scopes` is empty). `born` nil: the age is unknown and who consents is not judged.
  public static func problems(
    needing scopes: [String], on date: LocalDate, consents: [Consent], born: YearMonth?,
    bothParents: Bool
  ) -> [Problem] {
    guard !scopes.isEmpty else { return [] }
    return problems(
      needing: scopes, inForce: InForce(consents, on: date), on: date, born: born,
      bothParents: bothParents)
  }

  /// The problems of a contact needing `scopes` on `date` with `inForce` the consent in force
  /// then (`ConsentRule` works it out once for each stretch of dates with the same consent).
  public static func problems(
    needing scopes: [String], inForce: InForce, on date: LocalDate, born: YearMonth?,
    bothParents: Bool
  ) -> [Problem] {
    guard !scopes.isEmpty else { return [] }
    if inForce.isEmpty { return [.none(withdrawn: inForce.lastWithdrawal)] }
    var out: [Problem] = []
    if let born,
      let party = partyProblem(
        needing: scopes, inForce: inForce, age: Age(born: born, on: date),
        bothParents: bothParents)
    {
      out.append(.party(party.party))
    }
    let missing = scopes.filter { !inForce.scopes.contains($0) }
    if !missing.isEmpty { out.append(.scopes(missing: missing, inForce: inForce)) }
    return out
  }

  /// Whether the givers in force suffice at `age` for the support (both ages' rules in the
  /// birthday month): who gave the support, or, without support in force, who gave anything.
  public static func partyProblem(_ inForce: InForce, age: Age, bothParents: Bool) -> Party? {
    if inForce.grants.contains(where: { $0.scopes.contains("support") }) {
      return partyProblem(
        needing: ["support"], inForce: inForce, age: age, bothParents: bothParents)?
        .party
    }
    return partyProblem(
      Givers(inForce.givers), exceptions: inForce.exceptions, age: age, bothParents: bothParents)
  }

  /// The first of `scopes` (in their order) that is in force but not given by the lawful party
  /// at `age`, judged by who gave that scope (`InForce.grants`) with the exceptions
  /// recorded on its entries; scopes not in force are the missing scopes' problem, not this.
  public static func partyProblem(
    needing scopes: [String], inForce: InForce, age: Age, bothParents: Bool
  ) -> (party: Party, scope: String)? {
    for scope in scopes {
      // The givers of the entries that cover it, read without building a set of them (this
      // runs for every contact kind and stretch of every file).
      var parents = false
      var parent = false
      var child = false
      var covered = false
      var exceptions: Set<String> = []
      for g in inForce.grants where g.scopes.contains(scope) {
        covered = true
        for giver in g.givers {
          switch giver {
          case "parents", "guardian": parents = true
          case "parent": parent = true
          case "child": child = true
          default: break
          }
        }
        if let e = g.exception { exceptions.insert(e) }
      }
      guard covered else { continue }
      if let party = partyProblem(
        Givers(parents: parents, parent: parent, child: child), exceptions: exceptions, age: age,
        bothParents: bothParents)
      {
        return (party, scope)
      }
    }
    return nil
  }

  /// The givers the party check reads, each looked up once.
  struct Givers: Equatable {
    /// Parents with authority (`parents`) or a guardian.
    let parents: Bool
    /// One parent with authority.
    let parent: Bool
    let child: Bool

    init(_ givers: Set<String>) {
      parents = givers.contains("parents") || givers.contains("guardian")
      parent = givers.contains("parent")
      child = givers.contains("child")
    }

    init(parents: Bool, parent: Bool, child: Bool) {
      self.parents = parents
      self.parent = parent
      self.child = child
    }
  }

  /// `partyProblem(_:age:bothParents:)` from the givers looked up already: both ages (the
  /// birthday month) in ascending order, without building a set of them per contact.
  static func partyProblem(
    _ givers: Givers, exceptions: Set<String>, age: Age, bothParents: Bool
  ) -> Party? {
    let parents = givers.parents
    let parent = givers.parent
    let child = givers.child
    func problem(at years: Int) -> Party? {
      let need = Requirement(age: years, exceptions: exceptions)
      let parentOK = parents || (parent && !(bothParents && years < 16))
      if need.parent, !parentOK {
        if parent { return .bothParents }
        return years < 12 ? .childUnder12 : .parentMissing
      }
      if need.child, !child { return .childMissing }
      return nil
    }
    let (first, second) = (min(age.low, age.high), max(age.low, age.high))
    if let found = problem(at: first) { return found }
    return first == second ? nil : problem(at: second)
  }

  /// The problems of a held session (none for a session without kind or date).
  public static func problems(
    of session: Session, in t: Trajectory, bothParents: Bool
  )
    -> [Problem]
  {
    guard session.isHeld, let kind = session.kind, let date = session.date else { return [] }
    let adult = t.child.born.map { Age(born: $0, on: date).mayBeAdult } ?? false
    return problems(
      needing: scopes(kind: kind, with: session.with, adult: adult), on: date,
      consents: t.consent, born: t.child.born, bothParents: bothParents)
  }

  // MARK: Text

  /// The law's rule for an age, one line (messages, help, docs).
  public static func rule(for party: Party, age: Age) -> String {
    switch party {
    case .childUnder12:
      "under 12 a parent with parental authority or a guardian consents; the child's agreement may be recorded too but does not count alone"
    case .parentMissing:
      "from 12 to 15 the child and a parent with parental authority (or a guardian) both consent"
    case .childMissing:
      age.high >= 16 && age.low >= 16
        ? "from 16 the child consents alone"
        : "from 12 the child consents too (from 12 to 15 alongside a parent with authority; from 16 alone)"
    case .bothParents:
      "this organisation requires both parents (or a guardian) to consent for a child under 16 (amigo.yaml: consent: {both_parents: true})"
    }
  }

  /// What to record instead, as a command.
  /// With `scope` (not the support), the command records consent for that scope.
  public static func remedy(
    for party: Party, id: String, date: LocalDate, scope: String? = nil
  ) -> String {
    let at = commandTail(scope: scope, date: date)
    return switch party {
    case .childUnder12:
      "record the consent of the parents with parental authority (or of one of them, or a guardian): amigo consent \(id) --given-by parents \(at)"
    case .bothParents:
      "record the consent of both parents with parental authority (or a guardian): amigo consent \(id) --given-by parents \(at)"
    case .parentMissing:
      "record the parents' consent: amigo consent \(id) --given-by parents \(at); if the child is helped without them, record 'exception: without-parents' (art. 7:450(2) BW) on the consent"
    case .childMissing:
      "record the child's own consent: amigo consent \(id) --given-by child \(at); if the child cannot weigh their interests, record 'exception: not-competent' (art. 7:465(2) BW) on the parents' consent"
    }
  }

  /// The end of a consent command: `--scope S` for a scope other than the support, and the
  /// date.
  static func commandTail(scope: String?, date: LocalDate) -> String {
    (scope.map { $0 == "support" ? "" : "--scope \($0) " } ?? "") + "--date \(date)"
  }

  /// A note on the birth month, for help texts.
  public static let birthMonthNote =
    "only the birth month is stored: in the month of the 12th or 16th birthday the rules of both ages apply"
}
