import AmigoSchema

/// The report language: every label, heading and enum value is given in both.
public struct Language: Sendable, Hashable {
  public let code: String

  public init?(_ code: String) {
    guard code == "nl" || code == "en" else { return nil }
    self.code = code
  }

  public static let en = Language("en")!
  public static let nl = Language("nl")!

  /// The language a person typed (`--lang`), by the one rule every command follows: `nl` or
  /// `en`, or a name of either in English or Dutch (`dutch`, `nederlands`, `english`, `engels`,
  /// `nl-NL`, `en-GB`…), case- and accent-insensitively; nil for anything else.
  public init?(resolving text: String) {
    let key = foldForMatching(text)
    guard let code = Language.spellings[key] else { return nil }
    self.code = code
  }

  /// Every spelling `init(resolving:)` accepts, folded (`foldForMatching`), with its code.
  public static let spellings: [String: String] = [
    "nl": "nl", "en": "en", "dutch": "nl", "nederlands": "nl", "english": "en", "engels": "en",
    "nl-nl": "nl", "nl-be": "nl", "nl_nl": "nl", "en-gb": "en", "en-us": "en", "en_gb": "en",
    "en_us": "en",
  ]

  /// The English or the Dutch text.
  public func callAsFunction(_ en: String, _ nl: String) -> String { code == "nl" ? nl : en }

  /// A number as `Cell.format` writes it (`4.5`), with a decimal comma in Dutch (`4,5`).
  public func decimal(_ number: String) -> String {
    code == "nl" ? number.replacingAll(".", with: ",") : number
  }

  /// A score or other decimal as people write it: `5.5` in English, `5,5` in Dutch; whole
  /// numbers without decimals.
  public func number(_ value: Double) -> String {
    decimal(value == value.rounded() ? String(Int(value)) : String(value))
  }

  /// An enum value's label in this language (the value itself if unknown).
  public func label(_ value: String, _ spec: EnumSpec) -> String {
    spec[value]?.label(code) ?? value
  }

  static let monthsEN = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  static let monthsNL = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
  ]

  /// `16 Nov 2026` / `16 nov 2026`.
  public func date(_ d: LocalDate) -> String {
    "\(d.day) \((code == "nl" ? Language.monthsNL : Language.monthsEN)[d.month - 1]) \(d.year)"
  }

  /// `16-22 Nov 2026`, `30 Nov - 6 Dec 2026`.
  public func range(_ a: LocalDate, _ b: LocalDate) -> String {
    let months = code == "nl" ? Language.monthsNL : Language.monthsEN
    if a.year == b.year && a.month == b.month {
      return "\(a.day)-\(b.day) \(months[b.month - 1]) \(b.year)"
    }
    if a.year == b.year {
      return "\(a.day) \(months[a.month - 1]) - \(b.day) \(months[b.month - 1]) \(b.year)"
    }
    return date(a) + " - " + date(b)
  }
}
