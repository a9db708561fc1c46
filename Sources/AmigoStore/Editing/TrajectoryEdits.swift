import AmigoSchema
import AmigoYAML

/// The splice under the domain edits (`TrajectoryEditor`): surgical text edits that put new
/// keys where the schema orders them and keep list items in date order.
public enum TrajectoryEdits {
  /// Sets `key` of the mapping at `path` to `content`, adding the key (in schema order) if
  /// it is missing.
  public static func set(
    _ editor: inout YAMLEditor, _ key: String, _ content: YAMLContent, in path: YAMLPath = .root,
    spec: ObjectSpec
  ) throws {
    if case .mapping(let m)? = editor.document.node(at: path), m[key] != nil {
      try editor.set(path.appending(key: key), to: content)
    } else if case .scalar(let s)? = editor.document.node(at: path), s.value.isEmpty {
      try editor.add(key: key, content, to: path)
    } else if let after = keyBefore(key, in: editor.document.node(at: path), spec: spec) {
      try editor.add(key: key, content, to: path, after: after)
    } else if let before = keyAfter(key, in: editor.document.node(at: path), spec: spec) {
      // Nothing the schema orders before it: it goes before the first key after it, unless that
      // key shares its line with a list dash (then last).
      do {
        try editor.add(key: key, content, to: path, before: before)
      } catch YAMLEditError.wrongKind {
        try editor.add(key: key, content, to: path)
      }
    } else {
      try editor.add(key: key, content, to: path)
    }
  }

  /// The existing key before which `key` belongs, by the order of the schema's fields.
  static func keyAfter(_ key: String, in node: YAMLNode?, spec: ObjectSpec) -> String? {
    guard case .mapping(let m)? = node,
      let position = spec.fields.firstIndex(where: { $0.name == key })
    else {
      return nil
    }
    for field in spec.fields[(position + 1)...] where m[field.name] != nil { return field.name }
    return nil
  }

  /// The existing key after which `key` belongs, by the order of the schema's fields.
  static func keyBefore(_ key: String, in node: YAMLNode?, spec: ObjectSpec) -> String? {
    guard case .mapping(let m)? = node,
      let position = spec.fields.firstIndex(where: { $0.name == key })
    else {
      return nil
    }
    for field in spec.fields[..<position].reversed() where m[field.name] != nil {
      return field.name
    }
    return nil
  }

  /// Inserts `item` into the list `key` of the mapping at `owner` (creating the list where the
  /// schema orders it), after every item dated on or before `date`.
  public static func insertByDate(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate, list key: String,
    in owner: YAMLPath = .root,
    spec: ObjectSpec
  ) throws {
    let listPath = owner.appending(key: key)
    switch editor.document.node(at: listPath) {
    case .sequence(let s)? where s.style == .flow && s.items.isEmpty && !item.isFlowScalar:
      // `key: []` becomes a block list with the item; a comment on its line stays.
      try openEmptyFlowCollection(&editor, at: listPath)
      try editor.append(item, to: listPath)
    case .sequence(let s)?:
      var index = s.items.count
      // After the last item dated on or before `date`; undated items stay where they are.
      while index > 0 {
        let previous = s.items[index - 1].value.mapping?["date"]?.scalar.flatMap {
          LocalDate($0.value)
        }
        if let previous, previous > date { index -= 1 } else { break }
      }
      try editor.insert(item, into: listPath, at: index)
    case .scalar(let s)? where s.value.isEmpty:
      try editor.append(item, to: listPath)
    case nil:
      try set(&editor, key, .sequence([item]), in: owner, spec: spec)
    default:
      throw YAMLEditError.wrongKind(listPath, expected: "a list")
    }
  }
}

extension YAMLContent {
  /// True for content a flow list can hold (a scalar).
  var isFlowScalar: Bool {
    switch self {
    case .text, .literal: true
    default: false
    }
  }
}
