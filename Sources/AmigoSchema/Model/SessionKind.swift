/// The kinds of contact a session can be. What is true of a kind in every programme is in its
/// policy (`SessionKind.policy`), the one place to look when adding a kind; what a programme
/// asks of a kind (which kinds count towards its dose, default minutes, required contacts)
/// belongs to the programme (`Programme`, `Model/Norms.swift`).
public enum SessionKind: String, Sendable, Hashable, CaseIterable {
  case childTalk = "child-talk"
  case parentTalk = "parent-talk"
  case teacherTalk = "teacher-talk"
  case homeVisit = "home-visit"
  case classroomObservation = "classroom-observation"
  case threeWayTalk = "three-way-talk"
  case consultation
  case networkTalk = "network-talk"
  case phoneCall = "phone-call"
  case groupSession = "group-session"
}

/// The consent a contact of a kind needs whoever took part (`ConsentLaw` adds what the
/// participants need, and the child's age).
public struct ConsentNeed: Sendable, Hashable {
  /// The consent scopes (`Schemas.consentScope` values) the kind needs in itself.
  public let scopes: [String]
  /// The kind is a contact with the parents (from 16 they are third parties: the contact then
  /// needs the child's consent for the support).
  public let withParents: Bool

  public init(_ scopes: [String] = [], withParents: Bool = false) {
    self.scopes = scopes
    self.withParents = withParents
  }

  /// Nothing in itself.
  public static let none = ConsentNeed()
}

/// What is true of one session kind in every programme.
public struct SessionKindPolicy: Sendable {
  /// The value in files, its English and Dutch labels and the Dutch words accepted as input
  /// (`Schemas.sessionKind` is built from these).
  public let value: EnumValue
  /// The child takes part: such a session may not be held before the trajectory's start.
  public let involvesChild: Bool
  /// The place `log-session` writes when none is given (a `Schemas.place` value), or nil.
  public let defaultPlace: String?
  /// The research export's column counting held sessions of the kind (`docs/research-export.md`).
  public let exportColumn: String
  /// The consent a contact of this kind needs in itself; `ConsentLaw.need` adds what its
  /// participants (`with:` values) need.
  public let consent: ConsentNeed
}

extension SessionKind {
  /// The kind's policy.
  @inline(__always) public var policy: SessionKindPolicy { Self.policies[ordinal]! }

  /// Built once, by `ordinal`: rules read a kind's policy per session.
  static let policies: [SessionKindPolicy?] = {
    var table = [SessionKindPolicy?](repeating: nil, count: 256)
    for kind in allCases { table[kind.ordinal] = kind.entry }
    return table
  }()

  /// The case's number (0-255, one per case): the byte a case without payload is stored as.
  /// Tables indexed by it, and hashing, need no look at the raw value's text.
  @inline(__always) public var ordinal: Int {
    Int(unsafeBitCast(self, to: UInt8.self))
  }

  /// Hashes the case by its number: the default of an enumeration with raw values hashes the
  /// raw value's text, which made a `Set<SessionKind>` or a dictionary keyed by kinds cost a
  /// string hash per session. Equal kinds have equal numbers, as `==` requires.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(UInt8(truncatingIfNeeded: ordinal))
  }

  /// The policy table: one entry per kind (the compiler checks that none is missing).
  private var entry: SessionKindPolicy {
    switch self {
    case .childTalk:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "child talk", nl: "kindgesprek", aliases: ["kindgesprek", "child"]),
        involvesChild: true, defaultPlace: "school", exportColumn: "child_talks",
        consent: ConsentNeed(["support"]))
    case .parentTalk:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "parent talk", nl: "oudergesprek", aliases: ["oudergesprek", "parent"]),
        involvesChild: false, defaultPlace: "school", exportColumn: "parent_talks",
        consent: ConsentNeed(withParents: true))
    case .teacherTalk:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "teacher talk", nl: "leerkrachtgesprek",
          aliases: ["leerkrachtgesprek", "teacher"]),
        involvesChild: false, defaultPlace: "school", exportColumn: "teacher_talks",
        consent: ConsentNeed(["school-consultation"]))
    case .homeVisit:
      SessionKindPolicy(
        value: EnumValue(rawValue, en: "home visit", nl: "huisbezoek", aliases: ["huisbezoek"]),
        involvesChild: true, defaultPlace: "home", exportColumn: "home_visits",
        consent: ConsentNeed(["home-visit"], withParents: true))
    case .classroomObservation:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "classroom observation", nl: "klasobservatie",
          aliases: ["klasobservatie", "observatie", "observation"]),
        involvesChild: true, defaultPlace: "school", exportColumn: "classroom_observations",
        consent: ConsentNeed(["support", "school-consultation"]))
    case .threeWayTalk:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "three-way talk", nl: "driegesprek", aliases: ["driegesprek"]),
        involvesChild: true, defaultPlace: "school", exportColumn: "three_way_talks",
        consent: ConsentNeed(["school-consultation"], withParents: true))
    case .consultation:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "consultation (school care team)", nl: "overleg (zorgteam)",
          aliases: ["overleg", "zorgoverleg", "mdo"]),
        involvesChild: false, defaultPlace: "school", exportColumn: "consultations",
        consent: ConsentNeed(["school-consultation"]))
    case .networkTalk:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "network talk", nl: "netwerkgesprek", aliases: ["netwerkgesprek"]),
        involvesChild: false, defaultPlace: "school", exportColumn: "network_talks",
        consent: ConsentNeed(["support"]))
    case .phoneCall:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "phone call", nl: "telefoongesprek",
          aliases: ["telefonisch", "telefoongesprek", "phone"]),
        involvesChild: false, defaultPlace: nil, exportColumn: "phone_calls",
        consent: .none)
    case .groupSession:
      SessionKindPolicy(
        value: EnumValue(
          rawValue, en: "group session", nl: "groepsbijeenkomst",
          aliases: ["groepsbijeenkomst", "groep"]),
        involvesChild: true, defaultPlace: "school", exportColumn: "group_sessions",
        consent: ConsentNeed(["support"]))
    }
  }
}
