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

  /// The positions in `consent` of every entry a withdrawal on `date` ends: with no `scopes`,
  /// each entry in force then (given on or before it, not wholly withdrawn by then); with
  /// `scopes`, each such entry that still covers one of them (an entry without `scope` covers
  /// the support). A family that withdraws the support withdraws it from every consent that
  /// gave it, not only from the latest.
  public func consentsToWithdraw(on date: LocalDate, scopes: [String] = []) -> [Int] {
    consent.indices.filter { i in
      let c = consent[i]
      guard let given = c.date, given <= date else { return false }
      if let withdrawn = c.withdrawn, withdrawn <= date, c.withdrawnScope.isEmpty { return false }
      guard !scopes.isEmpty else { return true }
      let covered = (c.scope.isEmpty ? ["support"] : c.scope).filter {
        !(c.withdrawn.map { $0 <= date } ?? false) || !c.withdrawnScope.contains($0)
      }
      return scopes.contains(where: covered.contains)
    }
  }
}
