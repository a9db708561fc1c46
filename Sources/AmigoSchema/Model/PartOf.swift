/// A part of a whole as people say it: `7 of 20`, `1 of 2 child talks`; in Dutch `7 van de
/// 20`, `1 van de 2 kindgesprekken`. The noun follows the whole: `0 of 1 child talk`, `0 van 1
/// kindgesprek` (Dutch "van de" needs more than one).
public enum PartOf {
  /// `part of whole [noun]`, the noun given as (singular, plural).
  public static func en(_ part: Int, _ whole: Int, _ noun: (String, String)? = nil) -> String {
    "\(part) of \(whole)" + (noun.map { " " + (whole == 1 ? $0.0 : $0.1) } ?? "")
  }

  /// `part van de whole [noun]` (`van 1` for a whole of one), the noun given as (singular,
  /// plural).
  public static func nl(_ part: Int, _ whole: Int, _ noun: (String, String)? = nil) -> String {
    "\(part) van " + (whole == 1 ? "" : "de ") + "\(whole)"
      + (noun.map { " " + (whole == 1 ? $0.0 : $0.1) } ?? "")
  }
}

extension SessionKind {
  /// (singular, plural) in English, for `PartOf.en`.
  public var nounsEn: (String, String) { (policy.value.en, pluralEn) }
  /// (singular, plural) in Dutch, for `PartOf.nl`.
  public var nounsNl: (String, String) { (policy.value.nl, pluralNl) }
}

/// A number with its noun, singular for one: `1 week`, `3 weeks`, `1 dag`, `0 dagen`.
public enum Counted {
  public static func of(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) " + (n == 1 ? one : many)
  }
}
