/// An untyped, ordered YAML value: every scalar is a string. Used to build new content for
/// edits and to compare amigo's reading of a file with other YAML readers.
public enum YAMLValue: Sendable, Hashable {
  case string(String)
  case sequence([YAMLValue])
  case mapping([(String, YAMLValue)])

  public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): return x == y
    case (.sequence(let x), .sequence(let y)): return x == y
    case (.mapping(let x), .mapping(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .string(let s):
      hasher.combine(0)
      hasher.combine(s)
    case .sequence(let items):
      hasher.combine(1)
      hasher.combine(items)
    case .mapping(let entries):
      hasher.combine(2)
      for (k, v) in entries {
        hasher.combine(k)
        hasher.combine(v)
      }
    }
  }

  /// Compact JSON with keys in document order; strings escaped per RFC 8259.
  public var json: String {
    var out = ""
    writeJSON(into: &out)
    return out
  }

  private func writeJSON(into out: inout String) {
    switch self {
    case .string(let s):
      YAMLValue.writeJSONString(s, into: &out)
    case .sequence(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.writeJSON(into: &out)
      }
      out += "]"
    case .mapping(let entries):
      out += "{"
      for (i, (k, v)) in entries.enumerated() {
        if i > 0 { out += "," }
        YAMLValue.writeJSONString(k, into: &out)
        out += ":"
        v.writeJSON(into: &out)
      }
      out += "}"
    }
  }

  public static func writeJSONString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
          || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
