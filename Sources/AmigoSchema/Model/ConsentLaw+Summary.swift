/// What the consent in force actually covers, in words (`show`, `report --child`).
extension ConsentLaw {
  /// The consent in force on a date, judged: what it covers, who gave it, whether they are the
  /// lawful party for the child's age, and the exceptions recorded.
  public struct Summary: Sendable, Hashable {
    public let date: LocalDate
    public let inForce: InForce
    public let age: Age?
    /// Why the givers do not suffice for the child's age, or nil.
    public let party: Party?

    public init(_ t: Trajectory, on date: LocalDate, bothParents: Bool) {
      self.date = date
      let inForce = InForce(t.consent, on: date)
      let age = t.child.born.map { Age(born: $0, on: date) }
      self.inForce = inForce
      self.age = age
      if inForce.isEmpty {
        party = nil
      } else {
        party = age.flatMap { ConsentLaw.partyProblem(inForce, age: $0, bothParents: bothParents) }
      }
    }

    /// Consent is in force and given by the lawful party (when the age is known).
    public var isLawful: Bool { !inForce.isEmpty && party == nil }

    /// One line: `support, home visits; by both parents with custody (child 10)`, or why it
    /// does not count.
    public func text(_ language: String) -> String {
      let nl = language == "nl"
      func L(_ en: String, _ nlText: String) -> String { nl ? nlText : en }
      guard !inForce.isEmpty else {
        return L("none", "geen")
          + (inForce.lastWithdrawal.map { L(" (withdrawn on \($0))", " (ingetrokken op \($0))") }
            ?? "")
      }
      let scopes = Schemas.consentScope.values.filter { inForce.scopes.contains($0.value) }
        .map { $0.label(language) }
      let givers = Schemas.consentGiver.values.filter { inForce.givers.contains($0.value) }
        .map { $0.label(language) }
      var out =
        scopes.joined(separator: ", ") + "; " + L("by ", "door ")
        + givers.joined(separator: ", ")
      if let age { out += L(" (child \(age.description))", " (kind \(age.descriptionNL) jaar)") }
      let exceptions = Schemas.consentException.values.filter {
        inForce.exceptions.contains($0.value)
      }
      for e in exceptions { out += "; " + L("exception: ", "uitzondering: ") + e.label(language) }
      if let party { out += L(" — does not count: ", " — telt niet: ") + short(party, language) }
      return out
    }
  }

  /// Why the givers do not count, short, in English or Dutch.
  public static func short(_ party: Party, _ language: String) -> String {
    let nl = language == "nl"
    switch party {
    case .childUnder12:
      return nl
        ? "onder 12 telt toestemming van het kind alleen niet; een gezaghebbende ouder of voogd stemt toe"
        : "under 12 the child's consent alone does not count; a parent with authority or a guardian consents"
    case .parentMissing:
      return nl
        ? "van 12 tot 16 stemt ook een gezaghebbende ouder of voogd toe"
        : "from 12 to 15 a parent with authority or a guardian consents too"
    case .childMissing:
      return nl ? "vanaf 12 stemt het kind zelf toe" : "from 12 the child consents too"
    case .bothParents:
      return nl
        ? "beide ouders stemmen toe (amigo.yaml: consent: {both_parents: true})"
        : "both parents consent (amigo.yaml: consent: {both_parents: true})"
    }
  }
}
