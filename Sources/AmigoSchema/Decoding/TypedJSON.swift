import AmigoYAML

/// amigo's typed reading of one of its own files as JSON: each scalar typed as the schema reads
/// it (whole and decimal numbers as JSON numbers, `true`/`false` as booleans, an empty value as
/// null, everything else, dates included, as a string). `.ci/interop.py` compares it with typed
/// YAML readers (PyYAML's `safe_load`, ruamel.yaml), which must read the same values.
public enum TypedJSON {
  /// The typed JSON of `document` when its `schema:` line names a trajectory or a workspace
  /// config, else nil.
  public static func json(_ document: YAMLDocument) -> String? {
    guard case .mapping(let root)? = document.root, let spec = Schemas.spec(of: document) else {
      return nil
    }
    var out = ""
    write(.mapping(root), as: .object(spec), into: &out)
    return out
  }

  static func write(_ node: YAMLNode, as type: FieldType?, into out: inout String) {
    switch node {
    case .scalar(let s):
      if s.isEmptyValue {
        out += "null"
        return
      }
      switch type {
      case .integer?:
        if let n = Int(s.value) {
          out += String(n)
          return
        }
      case .number?:
        if let d = DecimalText.parse(s.value) {
          out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
          return
        }
      case .boolean?:
        if s.value == "true" || s.value == "false" {
          out += s.value
          return
        }
      default:
        break
      }
      YAMLValue.writeJSONString(s.value, into: &out)
    case .sequence(let seq):
      var element: FieldType?
      if case .list(let e)? = type { element = e }
      out += "["
      for (i, item) in seq.items.enumerated() {
        if i > 0 { out += "," }
        write(item.value, as: element, into: &out)
      }
      out += "]"
    case .mapping(let m):
      out += "{"
      for (i, entry) in m.entries.enumerated() {
        if i > 0 { out += "," }
        YAMLValue.writeJSONString(entry.key.value, into: &out)
        out += ":"
        var field: FieldType?
        switch type {
        case .object(let spec)?: field = spec.field(entry.key.value)?.type
        case .dictionary(let spec)?: field = .object(spec)
        case .numbers?: field = .number(min: 0, max: 0, step: 1)
        default: field = nil
        }
        write(entry.value, as: field, into: &out)
      }
      out += "}"
    }
  }
}

extension Schemas {
  /// The spec of one of amigo's own files, told by its `schema:` line (a trajectory, an
  /// activity or a workspace config), or nil.
  public static func spec(of document: YAMLDocument) -> ObjectSpec? {
    guard case .mapping(let root)? = document.root, case .scalar(let schema)? = root["schema"]
    else { return nil }
    switch schema.value {
    case trajectoryVersion: return trajectory
    case configVersion: return config
    case activityVersion: return activity
    default: return nil
    }
  }
}
