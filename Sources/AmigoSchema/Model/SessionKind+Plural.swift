/// The plural labels of the session kinds, for messages and report columns that count them
/// ("2 of 2 child talks", "Oudergesprekken"): one entry per kind, the compiler checks that none
/// is missing.
extension SessionKind {
  /// The English plural of the kind's label (`policy.value.en`).
  public var pluralEn: String {
    switch self {
    case .childTalk: "child talks"
    case .parentTalk: "parent talks"
    case .teacherTalk: "teacher talks"
    case .homeVisit: "home visits"
    case .classroomObservation: "classroom observations"
    case .threeWayTalk: "three-way talks"
    case .consultation: "consultations (school care team)"
    case .networkTalk: "network talks"
    case .phoneCall: "phone calls"
    case .groupSession: "group sessions"
    }
  }

  /// The English label for `count` sessions: singular for one (`1 child talk`).
  public func en(count: Int) -> String { count == 1 ? policy.value.en : pluralEn }

  /// The Dutch label for `count` sessions: singular for one (`1 kindgesprek`).
  public func nl(count: Int) -> String { count == 1 ? policy.value.nl : pluralNl }

  /// The Dutch plural of the kind's label (`policy.value.nl`).
  public var pluralNl: String {
    switch self {
    case .childTalk: "kindgesprekken"
    case .parentTalk: "oudergesprekken"
    case .teacherTalk: "leerkrachtgesprekken"
    case .homeVisit: "huisbezoeken"
    case .classroomObservation: "klasobservaties"
    case .threeWayTalk: "driegesprekken"
    case .consultation: "overleggen (zorgteam)"
    case .networkTalk: "netwerkgesprekken"
    case .phoneCall: "telefoongesprekken"
    case .groupSession: "groepsbijeenkomsten"
    }
  }
}
