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
    /// Each enumeration value as a `String`, made once: decoding hands these out instead of
    /// decoding a new string from the file's bytes for every `place`, `with`, `methods`, ….
    let valueStrings: UnsafeBufferPointer<String>
    let bytes: UnsafeBufferPointer<UInt8>
    /// Every spec's field names and every enumeration's values, hashed (`lookup`).
    let names: UnsafeBufferPointer<NameSlot>
  }

  /// A slot of the names' hash table: a name's first eight bytes as one number
  /// (`prefixWord`), its length, where its bytes start, the spec or enumeration it belongs to
  /// (`scope`), and its index there (`-1`: an empty slot).
  struct NameSlot {
    var word: UInt64 = 0
    var scope: Int32 = 0
    var count: Int32 = 0
    var start: Int32 = 0
    var index: Int32 = -1
  }
  let tables: UnsafePointer<Tables>
  /// The spec of the root.
  let root: Int
  /// The names' hash table has `nameMask + 1` slots (a power of two): a name's first slot is
  /// its hash shifted right by `nameShift`, the next one's number is masked by `nameMask`.
  let nameShift: UInt64
  let nameMask: Int

  @inline(__always) var types: UnsafeBufferPointer<TypeEntry> { tables.pointee.types }
  @inline(__always) var fields: UnsafeBufferPointer<FieldEntry> { tables.pointee.fields }
  @inline(__always) var specs: UnsafeBufferPointer<SpecEntry> { tables.pointee.specs }
  @inline(__always) var values: UnsafeBufferPointer<(start: Int, count: Int)> {
    tables.pointee.values
  }
  @inline(__always) var bytes: UnsafeBufferPointer<UInt8> { tables.pointee.bytes }
  @inline(__always) var names: UnsafeBufferPointer<NameSlot> { tables.pointee.names }
  @inline(__always) var valueStrings: UnsafeBufferPointer<String> {
    tables.pointee.valueStrings
  }

  public init(_ spec: ObjectSpec) {
    var types: [TypeEntry] = []
    var fields: [FieldEntry] = []
    var specs: [SpecEntry] = []
    var values: [(start: Int, count: Int)] = []
    var valueStrings: [String] = []
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
          valueStrings.append(v.value)
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
    // The names' hash table, at most a quarter full: fields by their spec's index, the values
    // of an enumeration by its first value's index, negated (every such index is unique).
    var names: [(bytes: Range<Int>, scope: Int32, index: Int32)] = []
    for (s, spec) in specs.enumerated() {
      for k in 0..<spec.fieldsCount {
        let f = fields[spec.fieldsStart + k]
        names.append((f.nameStart..<(f.nameStart + f.nameCount), Int32(s), Int32(k)))
      }
    }
    for t in types where t.kind == .enumeration {
      for k in 0..<t.b {
        let v = values[t.a + k]
        names.append((v.start..<(v.start + v.count), Self.scope(enumeration: t), Int32(k)))
      }
    }
    var bits = 4
    while 1 << bits < names.count * 4 { bits += 1 }
    var slots = [NameSlot](repeating: NameSlot(), count: 1 << bits)
    bytes.withUnsafeBufferPointer { all in
      for name in names {
        let u = UnsafeBufferPointer(rebasing: all[name.bytes])
        let word = prefixWord(u)
        var slot = Self.slot(word, name.scope, u.count, shift: UInt64(64 - bits))
        // A name already there keeps its first index, as a search in order finds it.
        while slots[slot].index >= 0
          && !(slots[slot].word == word && slots[slot].scope == name.scope
            && Int(slots[slot].count) == u.count
            && all[Int(slots[slot].start)..<Int(slots[slot].start) + u.count]
              .elementsEqual(u))
        {
          slot = (slot + 1) & ((1 << bits) - 1)
        }
        if slots[slot].index < 0 {
          slots[slot] = NameSlot(
            word: word, scope: name.scope, count: Int32(u.count),
            start: Int32(name.bytes.lowerBound), index: name.index)
        }
      }
    }
    nameShift = UInt64(64 - bits)
    nameMask = (1 << bits) - 1
    func permanent<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
      let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
      _ = buffer.initialize(from: array)
      return UnsafeBufferPointer(buffer)
    }
    let tables = UnsafeMutablePointer<Tables>.allocate(capacity: 1)
    tables.initialize(
      to: Tables(
        types: permanent(types), fields: permanent(fields), specs: permanent(specs),
        values: permanent(values), valueStrings: permanent(valueStrings),
        bytes: permanent(bytes), names: permanent(slots)))
    self.tables = UnsafePointer(tables)
  }

  /// Live as long as the process.
  public static let trajectory = CompiledSchema(Schemas.trajectory)
  public static let config = CompiledSchema(Schemas.config)

  @inline(__always) func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])
  }

  /// The index (from 0) of `v` among the values of the enumeration `t`, or -1.
  @inline(__always)
  func enumerationIndex(of v: UnsafeBufferPointer<UInt8>, in t: TypeEntry) -> Int {
    lookup(v, scope: Self.scope(enumeration: t))
  }

  /// The index within spec `s` of the field named `key`, or -1.
  @inline(__always) func field(named key: UnsafeBufferPointer<UInt8>, inSpec s: Int) -> Int {
    lookup(key, scope: Int32(truncatingIfNeeded: s))
  }

  /// The scope of an enumeration's values in the names' table.
  @inline(__always) static func scope(enumeration t: TypeEntry) -> Int32 {
    ~Int32(truncatingIfNeeded: t.a)  // -a - 1
  }

  /// The first slot to look for a name in.
  @inline(__always) static func slot(
    _ word: UInt64, _ scope: Int32, _ count: Int, shift: UInt64
  )
    -> Int
  {
    let key = word ^ (UInt64(UInt32(bitPattern: scope)) << 32 | UInt64(truncatingIfNeeded: count))
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// The index of the name `u` in `scope` (a spec's fields or an enumeration's values), or
  /// -1: a hash of its first eight bytes and length, one or two slots compared, the bytes past
  /// the eighth only on a match. What a search of the names in order finds.
  @inline(__always) func lookup(_ u: UnsafeBufferPointer<UInt8>, scope: Int32) -> Int {
    let word = prefixWord(u)
    let count = u.count
    let mask = nameMask
    var slot = Self.slot(word, scope, count, shift: nameShift)
    let table = names
    while true {
      let e = table[slot]
      if e.index < 0 { return -1 }
      if e.word == word && e.scope == scope && Int(e.count) == count
        && (count <= 8 || equalAfterEight(u, Int(e.start)))
      {
        return Int(e.index)
      }
      slot = (slot &+ 1) & mask
    }
  }

  /// True when `v` from its ninth byte on equals the `bytes` from `start + 8` (as many).
  @inline(__always)
  func equalAfterEight(_ v: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    equal(UnsafeBufferPointer(rebasing: v[8...]), slice(start + 8, v.count - 8))
  }
}

/// The first eight bytes of `u` as one number, little-endian, zero where `u` is shorter: two
/// texts of the same length are equal in their first eight bytes exactly when their words are.
/// Reads no byte outside `u`.
@inline(__always) func prefixWord(_ u: UnsafeBufferPointer<UInt8>) -> UInt64 {
  let n = u.count
  guard n > 0 else { return 0 }
  let p = UnsafeRawPointer(u.baseAddress!)
  if n >= 8 { return UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) }
  var word: UInt64 = 0
  var offset = 0
  if n & 4 != 0 {
    word = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
    offset = 4
  }
  if n & 2 != 0 {
    let half = UInt16(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    word |= UInt64(half) << UInt64(offset * 8)
    offset += 2
  }
  if n & 1 != 0 {
    word |= UInt64(p.load(fromByteOffset: offset, as: UInt8.self)) << UInt64(offset * 8)
  }
  return word
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
    for child in tree.children(i) {
      let field = schema.field(named: tree.key(child), inSpec: index)
      guard field >= 0 else { return false }
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
        guard DecimalText.parse(utf8: value) != nil else { return false }
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
      guard let d = DecimalText.parse(utf8: v), d >= type.low, d <= type.high else { return false }
      guard type.step > 0 else { return true }
      let steps = d / type.step
      return abs(steps - steps.rounded()) <= 1e-9
    case .boolean:
      return equal(v, "true") || equal(v, "false")
    case .enumeration:
      return schema.enumerationIndex(of: v, in: type) >= 0
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
