import AmigoYAML

/// The one decoder: reads a model from a file's tree by walking the compiled schema, storing
/// each field through the binding it was declared with (`Field(..., decode:)`). Both paths use
/// it over a `CompactTree`: the fast path over `CanonicalScanner`'s tree, strictly (any schema
/// problem gives nil, and the caller parses in full), and the full path over the tree of a
/// parsed `YAMLDocument`, leniently: a missing or invalid field is left nil or empty (the
/// `SchemaChecker` reports it), so rules and reports always get what is usable.
public enum SchemaDecoder {
  /// The trajectory in a parsed document (lenient).
  public static func trajectory(_ document: YAMLDocument) -> Trajectory {
    decode(document, as: .trajectory)
  }

  /// The workspace config in a parsed document (lenient).
  public static func config(_ document: YAMLDocument) -> Config {
    decode(document, as: .config)
  }

  /// Any schema's model from a parsed document (lenient).
  public static func decode<Model: SchemaModel>(
    _ document: YAMLDocument, as schema: CompiledSchema
  ) -> Model {
    guard let tree = CompactTree(document) else { return Model() }
    return decode(tree, schema, strict: false, freeText: true, descriptions: true) ?? Model()
  }

  /// Walks `tree` from its root; strict: nil at the first schema problem.
  static func decode<Model: SchemaModel>(
    _ tree: CompactTree, _ schema: CompiledSchema, strict: Bool, freeText: Bool,
    descriptions: Bool
  ) -> Model? {
    var failed = false
    let model = withUnsafeMutablePointer(to: &failed) { flag in
      tree.withView { view -> Model in
        let walk = Walk(
          tree: view, schema: schema, strict: strict, freeText: freeText,
          descriptions: descriptions, failed: flag)
        var model = Model()
        // A file that is not a mapping holds no fields (the checker says so).
        guard view.nodes[view.root].kind == .mapping else {
          walk.fail()
          return model
        }
        walk.object(view.root, spec: schema.root, into: &model)
        return model
      }
    }
    return strict && failed ? nil : model
  }
}

extension CompactTree.View {
  @inline(__always) var root: Int { 0 }
}

/// A model an object of the schema decodes into: it starts empty and its fields' bindings fill
/// it. `span` receives the object's own position when the model keeps one.
public protocol SchemaModel {
  init()
  var span: Span { get set }
}

extension SchemaModel {
  public var span: Span {
    get { .none }
    set {}
  }
}

/// A Swift enumeration of the values of an `EnumSpec`, case for case in the same order
/// (`ValidatorTests.swiftEnumsMatchTheSchema`), so decoding picks a case by index.
public protocol SchemaEnum: CaseIterable, Sendable {
  static var ordered: [Self] { get }
}

/// The type-erased form of a `FieldBinding`, as a `Field` holds it.
public protocol AnyFieldBinding: AnyObject, Sendable {
  /// The model the binding stores into.
  var model: Any.Type { get }
  /// True when the binding also reads the value back (`SchemaEncoder`).
  var encodes: Bool { get }
}

/// How one field's value lands in a `Model`.
public final class FieldBinding<Model>: AnyFieldBinding, @unchecked Sendable {
  let decode: (inout Model, FieldValue) -> Void
  /// The way back, for `SchemaEncoder` (nil: the field is read, never written or compared).
  let encode: ((Model, FieldEncoder) -> YAMLContent?)?
  init(
    _ decode: @escaping @Sendable (inout Model, FieldValue) -> Void,
    encode: (@Sendable (Model, FieldEncoder) -> YAMLContent?)?
  ) {
    self.decode = decode
    self.encode = encode
  }
  public var model: Any.Type { Model.self }
  public var encodes: Bool { encode != nil }
}

/// The value of one field as a binding reads it. On the full path the value may be missing,
/// empty or of the wrong kind: every reader then gives nil, "" or an empty list.
public struct FieldValue {
  let walk: Walk
  let node: Int
  /// The field's type in the compiled schema.
  let type: Int

  /// The value's position in the file.
  @inline(__always) public var span: Span {
    let n = walk.tree.nodes[node]
    return Span(Int(n.start), Int(n.end))
  }

  /// The bytes of a non-empty scalar, else nil.
  @inline(__always) var bytes: UnsafeBufferPointer<UInt8>? {
    Self.scalarBytes(walk.tree, node)
  }

  @inline(__always) static func scalarBytes(
    _ tree: CompactTree.View, _ i: Int
  ) -> UnsafeBufferPointer<UInt8>? {
    let n = tree.nodes[i]
    guard n.kind == .scalar else { return nil }
    let v = tree.value(i)
    // `key:` with nothing after it: no value.
    if v.isEmpty && n.style == .plain { return nil }
    return v
  }

  /// The text of a scalar. A value of an enumeration is the schema's own string for it
  /// (made once), not one decoded anew from the file.
  @inline(__always) public var string: String? {
    guard let v = bytes else { return nil }
    let t = walk.schema.types[type]
    if t.kind == .enumeration {
      let k = walk.schema.enumerationIndex(of: v, in: t)
      if k >= 0 { return walk.schema.valueStrings[t.a + k] }
    }
    return walk.tree.string(of: v)
  }

  /// The text of a scalar, or "".
  @inline(__always) public var text: String { string ?? "" }

  public var date: LocalDate? { bytes.flatMap { LocalDate(utf8: $0) } }
  public var yearMonth: YearMonth? { bytes.flatMap { YearMonth(utf8: $0) } }

  /// A whole number written with digits only.
  public var int: Int? {
    guard let v = bytes else { return nil }
    if let n = walk.wholeNumber(v) { return n }
    guard v.count > 18, v.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(String(decoding: v, as: UTF8.self))
  }

  public var number: Double? { bytes.flatMap { DecimalText.parse(utf8: $0) } }

  /// The case of an enumeration field, or nil when the value is none of them.
  public func value<E: SchemaEnum>() -> E? {
    guard let v = bytes else { return nil }
    let t = walk.schema.types[type]
    guard t.kind == .enumeration else { return nil }
    let k = walk.schema.enumerationIndex(of: v, in: t)
    guard k >= 0 else { return nil }
    let cases = E.ordered
    return k < cases.count ? cases[k] : nil
  }

  /// The items of a list field, each as its element's value.
  @inline(__always) public func list<T>(_ transform: (FieldValue) -> T?) -> [T] {
    let tree = walk.tree
    guard tree.nodes[node].kind == .sequence else {
      if walk.strict { walk.fail() }
      return []
    }
    let element = walk.schema.types[type].a
    let children = tree.children(node)
    // Exactly their number: a workspace holds hundreds of thousands of these small arrays.
    var out: [T] = []
    out.reserveCapacity(children.count)
    for child in children {
      if let t = transform(FieldValue(walk: walk, node: child, type: element)) { out.append(t) }
    }
    return out
  }

  /// The scalar items of a list, as text.
  public var strings: [String] { list { $0.string } }

  /// The positions of the scalar items of a list.
  public var spans: [Span] { list { $0.bytes == nil ? nil : $0.span } }

  /// True when the value is a mapping (`{}` included).
  public var isMapping: Bool { walk.tree.nodes[node].kind == .mapping }

  /// The entries of a `.numbers` field in file order: each key with its number and the
  /// number's position (an entry whose value is not a number is left out).
  public var numbers: [(key: String, value: Double, span: Span)] {
    let tree = walk.tree
    guard tree.nodes[node].kind == .mapping else {
      if walk.strict { walk.fail() }
      return []
    }
    return tree.children(node).compactMap { child in
      let v = FieldValue(walk: walk, node: child, type: type)
      guard let n = v.number else { return nil }
      return (tree.keyString(child), n, v.span)
    }
  }

  /// An object field's model, or nil when the value is not a mapping.
  @inline(__always) public func object<M: SchemaModel>() -> M? {
    var model = M()
    return object(into: &model) ? model : nil
  }

  /// Decodes an object field into `model`; false when the value is not a mapping.
  @inline(__always) public func object<M: SchemaModel>(into model: inout M) -> Bool {
    let t = walk.schema.types[type]
    guard walk.tree.nodes[node].kind == .mapping, t.kind == .object || t.kind == .dictionary
    else {
      if walk.strict { walk.fail() }
      return false
    }
    model.span = span
    walk.object(node, spec: t.a, into: &model)
    return true
  }

  /// The mapping items of a list of objects, each decoded.
  @inline(__always) public func objects<M: SchemaModel>() -> [M] {
    list { item in item.object() }
  }

  /// The entries of a dictionary field (`programmes: {id: {...}}`): for each, `make(id)`
  /// decoded from the entry's value (left as made when the value is not a mapping).
  public func entries<M: SchemaModel>(_ make: (String) -> M) -> [M] {
    let tree = walk.tree
    guard tree.nodes[node].kind == .mapping else { return [] }
    var out: [M] = []
    for child in tree.children(node) {
      var model = make(tree.keyString(child))
      _ = FieldValue(walk: walk, node: child, type: type).object(into: &model)
      out.append(model)
    }
    return out
  }
}

/// One walk of a tree against a compiled schema.
struct Walk {
  let tree: CompactTree.View
  let schema: CompiledSchema
  /// Stop at the first schema problem (the fast path); else skip what does not fit.
  let strict: Bool
  /// False: fields marked `.freeText` are not decoded.
  let freeText: Bool
  /// False: fields marked `.description` are not decoded.
  let descriptions: Bool
  let failed: UnsafeMutablePointer<Bool>

  @inline(__always) func fail() { failed.pointee = true }

  /// Decodes mapping `i` (never another kind of node) into `model` against spec `s`. Strict: every key known, every required
  /// field present and every value valid (what `SchemaChecker.checkObject` accepts without a
  /// diagnostic), else `fail()`.
  func object<M>(_ i: Int, spec s: Int, into model: inout M) {
    let spec = schema.specs[s]
    var seen: UInt64 = 0
    for child in tree.children(i) {
      // The one key lookup of both the strict check (`conforms`) and the decoding.
      let f = schema.field(named: tree.key(child), inSpec: s)
      guard f >= 0 else {
        if strict {
          fail()
          return
        }
        continue
      }
      seen |= 1 << UInt64(f)
      let entry = schema.fields[spec.fieldsStart + f]
      let skipped =
        (entry.detail == .freeText && !freeText) || (entry.detail == .description && !descriptions)
      if strict && (skipped || !entry.checkedByDecoding) && !conforms(child, to: entry.type) {
        fail()
        return
      }
      if strict && entry.minItems > 0 {
        var count = 0
        for _ in tree.children(child) { count += 1 }
        if count < entry.minItems {
          fail()
          return
        }
      }
      guard !skipped, let binding = entry.binding else { continue }
      // Bindings of one spec's fields all store into one model (`DeclaredOnceTests`), the one
      // the parent's binding decodes the object into (checked in debug builds).
      assert(
        binding.takeUnretainedValue() is FieldBinding<M>,
        "a field of \(M.self) is bound to another model")
      unsafeDowncast(binding.takeUnretainedValue(), to: FieldBinding<M>.self).decode(
        &model, FieldValue(walk: self, node: child, type: entry.type))
      if strict && failed.pointee { return }
    }
    if strict && seen & spec.required != spec.required { fail() }
  }
}
