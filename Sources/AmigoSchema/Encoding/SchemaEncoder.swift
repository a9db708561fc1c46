import AmigoYAML

/// Encodes a model back into YAML content through the same declarations it was decoded with
/// (each `Field`'s `encode:` closure), in schema order, leaving out what is absent. `changes`
/// compares fields and computes list identities from it; a new field declared with its
/// encoder is written and compared with no other code edited.
public enum SchemaEncoder {
  /// The model as a block mapping in schema order (fields without a value left out).
  public static func content<Model>(_ model: Model, _ spec: ObjectSpec) -> YAMLContent {
    .mapping(
      spec.fields.compactMap { field in
        // A constant (the `schema:` line) is what it is declared to be.
        if case .constant(let c) = field.type { return (field.name, .literal(c)) }
        return field.encode(model).map { (field.name, $0) }
      })
  }

  /// The model as a file's text, laid out as amigo writes new files.
  public static func document<Model>(_ model: Model, _ spec: ObjectSpec) throws -> String {
    guard case .mapping(let entries, _) = content(model, spec) else { return "" }
    return try DocumentEmitter.document(sections: [entries])
  }

  /// The natural key of a list entry (`Field.identity`): its identifying fields' values joined
  /// by `|` (a missing value as ""), or the value itself.
  public static func identity<Item>(
    of item: Item, _ identity: ListIdentity, element: FieldType
  ) -> String {
    switch identity {
    case .value:
      return (item as? CustomStringConvertible)?.description ?? ""
    case .fields(let names), .counted(let names):
      guard case .object(let spec) = element else { return "" }
      return names.map { name in
        switch spec.field(name)?.encode(item) {
        case .literal(let s)?, .text(let s)?: return s
        default: return ""
        }
      }.joined(separator: "|")
    }
  }

  /// The names of the fields of `spec` whose values differ between `a` and `b`, in schema
  /// order, leaving out identity fields, keyed lists (compared entry by entry) and `except`.
  public static func changedFields<Model>(
    _ a: Model, _ b: Model, _ spec: ObjectSpec, identity: ListIdentity? = nil,
    except: Set<String> = []
  ) -> [String] {
    let identifying = Set(identity?.fields ?? [])
    return spec.fields.filter { field in
      field.identity == nil && !identifying.contains(field.name) && !except.contains(field.name)
        && field.encode(a) != field.encode(b)
    }.map(\.name)
  }
}

extension Field {
  /// The field's value in `model` as content, or nil when absent (or the field has no encoder).
  public func encode<Model>(_ model: Model) -> YAMLContent? {
    guard let binding = binding as? FieldBinding<Model>, let encode = binding.encode else {
      return nil
    }
    return encode(model, FieldEncoder(type: type))
  }
}

/// What an `encode:` closure writes with: knows the field's type, so it writes typed values
/// (dates, numbers, enumeration values, ids) as literals and free text as text.
public struct FieldEncoder {
  let type: FieldType

  static func isText(_ type: FieldType) -> Bool {
    switch type {
    case .text, .label: true
    default: false
    }
  }

  static func scalar(_ s: String, _ type: FieldType) -> YAMLContent {
    isText(type) ? .text(s) : .literal(s)
  }

  var element: FieldType {
    if case .list(let element) = type { return element }
    return type
  }

  public func scalar(_ s: String?) -> YAMLContent? { s.map { Self.scalar($0, type) } }

  public func scalar<T: CustomStringConvertible>(_ v: T?) -> YAMLContent? {
    v.map { Self.scalar($0.description, type) }
  }

  public func value<E: RawRepresentable>(_ e: E?) -> YAMLContent? where E.RawValue == String {
    e.map { .literal($0.rawValue) }
  }

  /// `6`, `6.5`.
  public func number(_ d: Double?) -> YAMLContent? {
    d.map { .literal($0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0)) }
  }

  /// A list of scalars on one line; nil when empty.
  public func list<T: CustomStringConvertible>(_ items: [T]) -> YAMLContent? {
    items.isEmpty
      ? nil : .sequence(items.map { Self.scalar($0.description, element) }, flow: true)
  }

  /// A list of enumeration values on one line; nil when empty.
  public func values<E: RawRepresentable>(_ items: [E]) -> YAMLContent?
  where E.RawValue == String {
    items.isEmpty ? nil : .sequence(items.map { .literal($0.rawValue) }, flow: true)
  }

  /// Keys with numbers on one line (`{emotional: 4, conduct: 2}`); nil when empty.
  public func numbers(_ entries: [(String, Double)]) -> YAMLContent? {
    entries.isEmpty
      ? nil
      : .mapping(
        entries.map { ($0.0, FieldEncoder(type: .number(min: 0, max: 0, step: 1)).number($0.1)!) },
        flow: true)
  }

  /// An object; nil when absent or when none of its fields has a value.
  public func object<M>(_ model: M?) -> YAMLContent? {
    guard let model, case .object(let spec) = type,
      case .mapping(let entries, _) = SchemaEncoder.content(model, spec), !entries.isEmpty
    else { return nil }
    return .mapping(entries)
  }

  /// A list of objects, one block mapping each; nil when empty.
  public func objects<M>(_ items: [M]) -> YAMLContent? {
    guard !items.isEmpty, case .object(let spec) = element else { return nil }
    return .sequence(items.map { SchemaEncoder.content($0, spec) })
  }
}
