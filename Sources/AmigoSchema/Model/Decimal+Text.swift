extension Decimal {
  /// A number as amigo writes it in files and messages: `6`, `6.5`.
  public static func text(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
  }
}
