/// The school group of a child (`child.group`), preschool through secondary school, as one
/// whole number so that files written when only groups 1-8 existed keep their meaning:
///
/// | value | meaning |
/// | --- | --- |
/// | 0 | preschool (voorschool, peuters, 2-4 years) |
/// | 1-8 | primary school group (groep) 1-8 |
/// | 9-14 | secondary school year (klas) 1-6 |
public enum SchoolGroup {
  public static let lowest = 0
  public static let highest = 14
  /// The first secondary-school value (klas 1).
  public static let firstSecondary = 9

  /// One line for the field reference.
  public static let notation =
    "`0` preschool (voorschool), `1`-`8` primary school group (groep) 1-8, `9`-`14` secondary school year (klas) 1-6 (`9` = klas 1). On the command line also `voorschool`, `groep 5`, `klas 2` or `vo2`."

  /// The group's label: "group 5", "groep 5", "secondary year 2", "klas 2 vo", "preschool".
  public static func label(_ group: Int, _ language: String) -> String {
    let nl = language == "nl"
    switch group {
    case ..<1: return nl ? "voorschool" : "preschool"
    case 1...8: return (nl ? "groep " : "group ") + String(group)
    default:
      let year = group - firstSecondary + 1
      return nl ? "klas \(year) vo" : "secondary year \(year)"
    }
  }

  /// What a user typed, as the file value: `5`, `groep 5`, `g5`, `voorschool`, `peuter`,
  /// `preschool`, `klas 2`, `vo2`, `s2`, `secondary 2`; nil when it is none of them (a bare
  /// number above 8 too).
  public static func parse(_ input: String) -> Int? {
    let key = String(foldForMatching(input).filter { $0 != "-" && $0 != "." })
    if ["0", "voorschool", "peuter", "peuters", "preschool", "vve", "kinderopvang"].contains(key) {
      return 0
    }
    func number(after prefixes: [String]) -> Int? {
      for p in prefixes where key.hasPrefix(p) {
        if let n = Int(key.dropFirst(p.count)) { return n }
      }
      return nil
    }
    // A bare number is a primary group: secondary years are typed as `klas 2` (a bare `9`
    // could be meant as klas 1 or as a mistake).
    if let n = Int(key) { return (1...8).contains(n) ? n : nil }
    if let n = number(after: ["groep", "group", "g"]) { return (1...8).contains(n) ? n : nil }
    if let n = number(after: ["klas", "vo", "secondary", "s", "leerjaar"]) {
      return (1...6).contains(n) ? n + firstSecondary - 1 : nil
    }
    return nil
  }
}
