import AmigoYAML

/// The fast path of whole-workspace commands: decodes a trajectory file straight from
/// `CanonicalScanner`'s `CompactTree` with `SchemaDecoder` in strict mode, checking it against
/// the same schema (`Schemas.trajectory`) on the way.
///
/// Answers only for files without a single syntax or schema problem, in canonical layout; for
/// every other file it returns nil and the caller parses in full (`YAMLParser`, `SchemaChecker`,
/// `SchemaDecoder` over the parsed document), which reports each problem with its position. The contract, checked by
/// `FastDecoderTests` on every fixture and on mutated files: when `trajectory(_:)` returns a
/// trajectory, the full path reports no syntax or schema diagnostic and decodes an equal one.
public enum FastDecoder {
  public static func trajectory(
    _ bytes: [UInt8], freeText: Bool = true, descriptions: Bool = true
  ) -> Trajectory? {
    decode(bytes, freeText: freeText, descriptions: descriptions)?.trajectory
  }

  /// The trajectory and the file's text (its line table, for positions), or nil. With
  /// `freeText: false` the free texts (notes, the request, the summary) are left out, with
  /// `descriptions: false` the sessions' place, participants and methods (the fields the schema
  /// marks `.freeText` and `.description`; see `Trajectory.dropDetails()`).
  public static func decode(
    _ bytes: [UInt8], freeText: Bool = true, descriptions: Bool = true
  ) -> (trajectory: Trajectory, text: SourceText)? {
    guard let tree = CanonicalScanner.scan(bytes) else { return nil }
    let trajectory: Trajectory? = SchemaDecoder.decode(
      tree, .trajectory, strict: true, freeText: freeText, descriptions: descriptions)
    return trajectory.map { ($0, tree.text) }
  }

  /// Any schema's model from a file in canonical layout without a single schema problem, or nil
  /// (what `trajectory(_:)` is for `Schemas.trajectory`).
  public static func decode<Model: SchemaModel>(
    _ bytes: [UInt8], as schema: CompiledSchema
  ) -> Model? {
    guard let tree = CanonicalScanner.scan(bytes) else { return nil }
    return SchemaDecoder.decode(tree, schema, strict: true, freeText: true, descriptions: true)
  }
}

// MARK: - The schema, compiled to bytes

/// An `ObjectSpec` compiled to flat tables of bytes and numbers, allocated once and never freed,
/// so that checking a file neither allocates nor counts references. Each field carries its
/// binding (`Field.binding`), so decoding picks the model slot from the field a key matched.
public struct CompiledSchema: @unchecked Sendable {
  enum Kind: UInt8 {
    case constant, text, multilineText, label, identifier, date, yearMonth, integer, number
    case boolean, enumeration, list, object, dictionary, numbers
  }

  struct TypeEntry {
    var kind: Kind
    /// integer: bounds; constant: a `bytes` range; enumeration: a `values` range; list: the
    /// element's type; object, dictionary: the spec.
    var a = 0
    var b = 0
    var low = 0.0
    var high = 0.0
    var step = 0.0
  }

  struct FieldEntry {
    var nameStart: Int
    var nameCount: Int
    var type: Int
    var detail: FieldDetail
    /// The field's `FieldBinding<Model>`, retained for the life of the process.
    var binding: Unmanaged<AnyObject>?
    /// The binding decodes the value as an object or list of objects, checking it on the way
    /// (strict decoding then need not check it first).
    var checkedByDecoding: Bool
    /// A list's fewest items (`Field.minItems`).
    var minItems = 0
  }

  struct SpecEntry {
    var fieldsStart: Int
    var fieldsCount: Int
    /// Bit `i` set: field `i` is required.
    var required: UInt64
  }

  /// The tables, behind one pointer: a decoding walk (`Walk`) carries the schema into every
  /// field's value (`FieldValue`), which is copied for each field of each file, so it is kept
  /// to one word instead of five buffers.
  struct Tables {
    let types: UnsafeBufferPointer<TypeEntry>
    let fields: UnsafeBufferPointer<FieldEntry>
    let specs: UnsafeBufferPointer<SpecEntry>
    /// Enumeration values as `bytes` ranges.
    let values: UnsafeBufferPointer<(start: Int, count: Int)>
    let bytes: UnsafeBufferPointer<UInt8>
  }
  let tables: UnsafePointer<Tables>
  /// The spec of the root.
  let root: Int

  @inline(__always) var types: UnsafeBufferPointer<TypeEntry> { tables.pointee.types }
  @inline(__always) var fields: UnsafeBufferPointer<FieldEntry> { tables.pointee.fields }
  @inline(__always) var specs: UnsafeBufferPointer<SpecEntry> { tables.pointee.specs }
  @inline(__always) var values: UnsafeBufferPointer<(start: Int, count: Int)> {
    tables.pointee.values
  }
  @inline(__always) var bytes: UnsafeBufferPointer<UInt8> { tables.pointee.bytes }

  public init(_ spec: ObjectSpec) {
    var types: [TypeEntry] = []
    var fields: [FieldEntry] = []
    var specs: [SpecEntry] = []
    var values: [(start: Int, count: Int)] = []
    var bytes: [UInt8] = []

    func add(_ text: String) -> (Int, Int) {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      return (start, bytes.count - start)
    }
    func compile(_ spec: ObjectSpec) -> Int {
      precondition(spec.fields.count <= 64, "an object of more than 64 fields")
      let index = specs.count
      specs.append(SpecEntry(fieldsStart: 0, fieldsCount: 0, required: 0))
      var own: [FieldEntry] = []
      var required: UInt64 = 0
      for (i, field) in spec.fields.enumerated() {
        let (start, count) = add(field.name)
        var objects = false
        switch field.type {
        case .object, .list(.object): objects = field.binding != nil
        default: break
        }
        own.append(
          FieldEntry(
            nameStart: start, nameCount: count, type: compile(field.type), detail: field.detail,
            binding: field.binding.map { Unmanaged.passRetained($0 as AnyObject) },
            checkedByDecoding: objects, minItems: field.minItems))
        if field.required { required |= 1 << UInt64(i) }
      }
      specs[index] = SpecEntry(
        fieldsStart: fields.count, fieldsCount: own.count, required: required)
      fields += own
      return index
    }
    func compile(_ type: FieldType) -> Int {
      var entry: TypeEntry
      switch type {
      case .constant(let c):
        let (start, count) = add(c)
        entry = TypeEntry(kind: .constant, a: start, b: count)
      case .text(let multiline): entry = TypeEntry(kind: multiline ? .multilineText : .text)
      case .label: entry = TypeEntry(kind: .label)
      case .identifier, .reference: entry = TypeEntry(kind: .identifier)
      case .date: entry = TypeEntry(kind: .date)
      case .yearMonth: entry = TypeEntry(kind: .yearMonth)
      case .integer(let lo, let hi): entry = TypeEntry(kind: .integer, a: lo, b: hi)
      case .number(let lo, let hi, let step):
        entry = TypeEntry(kind: .number, low: lo, high: hi, step: step)
      case .boolean: entry = TypeEntry(kind: .boolean)
      case .enumeration(let e):
        let start = values.count
        for v in e.values {
          let (s, c) = add(v.value)
          values.append((s, c))
        }
        entry = TypeEntry(kind: .enumeration, a: start, b: values.count - start)
      case .list(let element): entry = TypeEntry(kind: .list, a: compile(element))
      case .object(let spec): entry = TypeEntry(kind: .object, a: compile(spec))
      case .dictionary(let spec): entry = TypeEntry(kind: .dictionary, a: compile(spec))
      case .numbers: entry = TypeEntry(kind: .numbers)
      }
      types.append(entry)
      return types.count - 1
    }
    root = compile(spec)
    func permanent<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
      let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
      _ = buffer.initialize(from: array)
      return UnsafeBufferPointer(buffer)
    }
    let tables = UnsafeMutablePointer<Tables>.allocate(capacity: 1)
    tables.initialize(
      to: Tables(
        types: permanent(types), fields: permanent(fields), specs: permanent(specs),
        values: permanent(values), bytes: permanent(bytes)))
    self.tables = UnsafePointer(tables)
  }

  /// Live as long as the process.
  public static let trajectory = CompiledSchema(Schemas.trajectory)
  public static let config = CompiledSchema(Schemas.config)

  @inline(__always) func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])
  }
}

extension CompiledSchema.Kind {
  /// What the schema reads a scalar of this kind as (`FieldType.typedReading`).
  var typedReading: TypedReading.Schema {
    switch self {
    case .constant, .text, .multilineText, .label, .identifier, .enumeration: .string
    case .integer: .integer
    case .number: .decimal
    case .date, .yearMonth, .boolean, .list, .object, .dictionary, .numbers: .other
    }
  }
}

// MARK: - Checking and decoding

@inline(__always)
func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  var i = 0
  while i < a.count {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}

@inline(__always) func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: StaticString) -> Bool {
  equal(a, UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount))
}

extension Walk {
  // MARK: Schema

  /// True when node `i` is a mapping with every required field, no unknown field, and every
  /// value valid: what `SchemaChecker.checkObject` accepts without a diagnostic.
  func conforms(_ i: Int, toSpec index: Int) -> Bool {
    guard tree.nodes[i].kind == .mapping else { return false }
    let spec = schema.specs[index]
    var seen: UInt64 = 0
    var previous = -1
    for child in tree.children(i) {
      let field = field(named: tree.key(child), in: spec, after: previous)
      guard field >= 0 else { return false }
      previous = field
      seen |= 1 << UInt64(field)
      guard conforms(child, to: schema.fields[spec.fieldsStart + field].type) else {
        return false
      }
    }
    return seen & spec.required == spec.required
  }

  func conforms(_ i: Int, to typeIndex: Int) -> Bool {
    let kind = tree.nodes[i].kind
    let type = schema.types[typeIndex]
    switch type.kind {
    case .object:
      return conforms(i, toSpec: type.a)
    case .dictionary:
      guard kind == .mapping else { return false }
      for child in tree.children(i) {
        let key = tree.key(child)
        guard Identifier.isValid(utf8: key), TypedReading.agrees(plain: key, as: .string),
          conforms(child, toSpec: type.a)
        else {
          return false
        }
      }
      return true
    case .numbers:
      guard kind == .mapping else { return false }
      for child in tree.children(i) {
        let key = tree.key(child)
        guard Identifier.isValid(utf8: key), TypedReading.agrees(plain: key, as: .string),
          tree.nodes[child].kind == .scalar
        else { return false }
        let value = tree.value(child)
        // A quoted number is text to typed readers (`SchemaChecker.checkQuoted`).
        guard tree.nodes[child].style == .plain,
          TypedReading.agrees(plain: value, as: .decimal)
        else { return false }
        guard Decimal.parse(utf8: value) != nil else { return false }
      }
      return true
    case .list:
      guard kind == .sequence else { return false }
      for child in tree.children(i) where !conforms(child, to: type.a) { return false }
      return true
    default:
      guard kind == .scalar else { return false }
      let value = tree.value(i)
      if tree.nodes[i].style == .plain {
        if !TypedReading.agrees(plain: value, as: type.kind.typedReading) { return false }
      } else if type.kind == .integer || type.kind == .number || type.kind == .boolean {
        return false  // Text to typed readers (`SchemaChecker.checkQuoted`).
      }
      return conforms(value: value, to: type)
    }
  }

  /// What `SchemaChecker.checkScalar` accepts without a diagnostic.
  func conforms(value v: UnsafeBufferPointer<UInt8>, to type: CompiledSchema.TypeEntry) -> Bool {
    switch type.kind {
    case .constant:
      return equal(v, schema.slice(type.a, type.b))
    case .text, .label:
      return !v.contains(0x0A)
    case .multilineText:
      return true
    case .identifier:
      return Identifier.isValid(utf8: v)
    case .date:
      return LocalDate(utf8: v) != nil
    case .yearMonth:
      return YearMonth(utf8: v) != nil
    case .integer:
      // Digits only (a sign is left to the full path, which decodes it differently).
      guard let n = wholeNumber(v) else { return false }
      return n >= type.a && n <= type.b
    case .number:
      guard let d = Decimal.parse(utf8: v), d >= type.low, d <= type.high else { return false }
      guard type.step > 0 else { return true }
      let steps = d / type.step
      return abs(steps - steps.rounded()) <= 1e-9
    case .boolean:
      return equal(v, "true") || equal(v, "false")
    case .enumeration:
      for k in type.a..<(type.a + type.b) {
        let value = schema.values[k]
        if equal(v, schema.slice(value.start, value.count)) { return true }
      }
      return false
    case .list, .object, .dictionary, .numbers:
      return false
    }
  }

  /// A whole number written with digits only (at most 18).
  @inline(__always) func wholeNumber(_ v: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !v.isEmpty, v.count <= 18 else { return nil }
    var n = 0
    for c in v {
      guard c >= 0x30 && c <= 0x39 else { return nil }
      n = n * 10 + Int(c - 0x30)
    }
    return n
  }
}
