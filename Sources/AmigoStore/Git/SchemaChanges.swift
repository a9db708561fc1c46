import AmigoSchema
import AmigoYAML

/// One change to a field the schema declares, in the schema's words: field names and list
/// keys (dates, ids, codes), never values. `AmigoCLI` words it in either language.
public enum SchemaChange: Sendable, Hashable {
  /// An object field came or went (`added closure`).
  case added(String)
  case removed(String)
  /// A field changed; for an object, which of its fields (`changed plan (weeks)`).
  case changed(String, fields: [String])
  /// An entry of a keyed list, shown by its key (`added pauses 2026-11-02`).
  case entryAdded(String, String)
  case entryChanged(String, String, fields: [String])
  case entryRemoved(String, String)
}

/// What changed between two versions of any schema's model, field by field, read from the
/// schema alone (`Field` encoders and `Field.identity`): the words `changes` and history use
/// for a field they have no phrase of their own for. Like `TrajectoryChange`, the words name
/// fields and list keys (dates, ids, codes), never values.
public enum SchemaChanges {
  /// Changes to `fields` (default: all of the spec's) between `old` and `new`, in schema order.
  public static func compare<Model>(
    _ old: Model, _ new: Model, _ spec: ObjectSpec, fields: [Field]? = nil
  ) -> [SchemaChange] {
    var out: [SchemaChange] = []
    for field in fields ?? spec.fields {
      let a = field.encode(old)
      let b = field.encode(new)
      guard a != b else { continue }
      if let identity = field.identity, case .list(let element) = field.type {
        out += entries(field.name, a, b, identity, element)
        continue
      }
      switch (a, b, field.type) {
      case (nil, _?, .object): out.append(.added(field.name))
      case (_?, nil, .object): out.append(.removed(field.name))
      case (.mapping(let x, _)?, .mapping(let y, _)?, .object(let inner)):
        let changed = inner.fields.map(\.name).filter { name in
          x.first { $0.0 == name }?.1 != y.first { $0.0 == name }?.1
        }
        out.append(.changed(field.name, fields: changed))
      default: out.append(.changed(field.name, fields: []))
      }
    }
    return out
  }

  /// Entries of a keyed list added, removed or changed, matched by their identity (a repeated
  /// key told apart by its position among its equals, as in the merge).
  static func entries(
    _ name: String, _ a: YAMLContent?, _ b: YAMLContent?, _ identity: ListIdentity,
    _ element: FieldType
  ) -> [SchemaChange] {
    func keyed(_ content: YAMLContent?) -> [(key: String, shown: String, item: YAMLContent)] {
      guard case .sequence(let items, _)? = content else { return [] }
      var seen: [String: Int] = [:]
      return items.map { item in
        let base = key(item, identity)
        seen[base, default: 0] += 1
        let shown = base.split(separator: "|", omittingEmptySubsequences: false)
          .filter { !$0.isEmpty }.joined(separator: " ")
        return (base + "#" + String(seen[base]!), shown, item)
      }
    }
    let before = keyed(a)
    let after = keyed(b)
    var out: [SchemaChange] = []
    for entry in after {
      guard let old = before.first(where: { $0.key == entry.key }) else {
        out.append(.entryAdded(name, entry.shown))
        continue
      }
      guard old.item != entry.item else { continue }
      if case .mapping(let x, _) = old.item, case .mapping(let y, _) = entry.item,
        case .object(let inner) = element
      {
        let changed = inner.fields.map(\.name).filter { field in
          x.first { $0.0 == field }?.1 != y.first { $0.0 == field }?.1
        }
        out.append(.entryChanged(name, entry.shown, fields: changed))
      } else {
        out.append(.entryChanged(name, entry.shown, fields: []))
      }
    }
    for entry in before where !after.contains(where: { $0.key == entry.key }) {
      out.append(.entryRemoved(name, entry.shown))
    }
    return out
  }

  /// An encoded entry's natural key: its identifying fields' values joined by `|`.
  static func key(_ item: YAMLContent, _ identity: ListIdentity) -> String {
    switch (identity, item) {
    case (.value, .text(let s)), (.value, .literal(let s)): return s
    case (.fields(let names), .mapping(let entries, _)):
      return names.map { name -> String in
        switch entries.first(where: { $0.0 == name })?.1 {
        case .text(let s)?, .literal(let s)?: s
        default: ""
        }
      }.joined(separator: "|")
    default: return ""
    }
  }
}
