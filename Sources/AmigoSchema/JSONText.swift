import AmigoYAML

/// JSON text for the modules above the schema that do not read YAML (reports): the one rule
/// for JSON strings that every JSON amigo writes follows (`YAMLValue.writeJSONString`: C0 and
/// C1 controls and U+2028/U+2029 escaped).
public enum JSONText {
  /// `s` as a quoted, escaped JSON string.
  public static func string(_ s: String) -> String {
    var out = ""
    YAMLValue.writeJSONString(s, into: &out)
    return out
  }
}
