extension Trajectory {
  /// The position in `consent` of the latest consent in force on `date` (given on or before
  /// it, not wholly withdrawn by then: one with only some scopes withdrawn still counts), or
  /// nil. `amigo consent --withdraw` withdraws it.
  public func consentToWithdraw(on date: LocalDate) -> Int? {
    var best: (index: Int, given: LocalDate)?
    for (i, c) in consent.enumerated() {
      guard let given = c.date, given <= date else { continue }
      if let withdrawn = c.withdrawn, withdrawn <= date, c.withdrawnScope.isEmpty { continue }
      if best == nil || given >= best!.given { best = (i, given) }
    }
    return best?.index
  }
}
