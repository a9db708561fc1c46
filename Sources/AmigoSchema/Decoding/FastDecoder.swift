import AmigoYAML

/// The fast path of whole-workspace commands: decodes a trajectory file straight from a
/// `CompactTree`, checking it against the same schema (`Schemas.trajectory`) on the way.
///
/// Answers only for files without a single syntax or schema problem, in canonical layout; for
/// every other file it returns nil and the caller parses in full (`YAMLParser`, `SchemaChecker`,
/// `ModelDecoder`), which reports each problem with its position. The contract, checked by
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
  /// `descriptions: false` the sessions' place, participants and methods; never the goal
  /// references, which the rules check (see `Trajectory.dropDetails()`).
  public static func decode(
    _ bytes: [UInt8], freeText: Bool = true, descriptions: Bool = true
  ) -> (trajectory: Trajectory, text: SourceText)? {
    guard let tree = CanonicalScanner.scan(bytes) else { return nil }
    let trajectory = tree.withView { view -> Trajectory? in
      let reader = TreeReader(tree: view, freeText: freeText, descriptions: descriptions)
      guard reader.conforms(tree.root, toSpec: reader.schema.root) else { return nil }
      return reader.trajectory()
    }
    return trajectory.map { ($0, tree.text) }
  }
}

// MARK: - The schema, compiled to bytes

/// An `ObjectSpec` compiled to flat tables of bytes and numbers, allocated once and never freed,
/// so that checking a file neither allocates nor counts references.
struct CompiledSchema: @unchecked Sendable {
  enum Kind: UInt8 {
    case constant, text, multilineText, label, identifier, date, yearMonth, integer, number
    case boolean, enumeration, list, object, dictionary
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
  }

  struct SpecEntry {
    var fieldsStart: Int
    var fieldsCount: Int
    /// Bit `i` set: field `i` is required.
    var required: UInt64
  }

  let types: UnsafeBufferPointer<TypeEntry>
  let fields: UnsafeBufferPointer<FieldEntry>
  let specs: UnsafeBufferPointer<SpecEntry>
  /// Enumeration values as `bytes` ranges.
  let values: UnsafeBufferPointer<(start: Int, count: Int)>
  let bytes: UnsafeBufferPointer<UInt8>
  /// The spec of the root.
  let root: Int

  init(_ spec: ObjectSpec) {
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
        own.append(FieldEntry(nameStart: start, nameCount: count, type: compile(field.type)))
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
    self.types = permanent(types)
    self.fields = permanent(fields)
    self.specs = permanent(specs)
    self.values = permanent(values)
    self.bytes = permanent(bytes)
  }

  /// Lives as long as the process.
  static let trajectory = CompiledSchema(Schemas.trajectory)

  @inline(__always) func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[start..<(start + count)])
  }
}

/// The values of a String-backed enumeration, as bytes.
struct EnumTable<E: RawRepresentable & CaseIterable & Sendable>: Sendable
where E.RawValue == String {
  let entries: [([UInt8], E)]
  init() { entries = E.allCases.map { (Array($0.rawValue.utf8), $0) } }

  /// The value written as `bytes`, if any.
  subscript(bytes: UnsafeBufferPointer<UInt8>) -> E? { entries.first { equal(bytes, $0.0) }?.1 }
}

private let sessionKinds = EnumTable<SessionKind>()
private let sessionStatuses = EnumTable<SessionStatus>()
private let trajectoryStatuses = EnumTable<TrajectoryStatus>()
private let parties = EnumTable<Party>()
private let goalResults = EnumTable<GoalResult>()
private let closureReasons = EnumTable<ClosureReason>()

// MARK: - Checking and decoding

@inline(__always)
private func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  guard a.count == b.count else { return false }
  var i = 0
  while i < a.count {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}

@inline(__always) private func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
  b.withUnsafeBufferPointer { equal(a, $0) }
}

@inline(__always) private func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: StaticString) -> Bool {
  equal(a, UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount))
}

private struct TreeReader {
  let tree: CompactTree.View
  /// False: the free texts (session notes, the request, the summary) are not decoded.
  let freeText: Bool
  /// False: the sessions' place, participants and methods are not decoded.
  let descriptions: Bool
  let schema = CompiledSchema.trajectory

  // MARK: Schema

  /// True when node `i` is a mapping with every required field, no unknown field, and every
  /// value valid: what `SchemaChecker.checkObject` accepts without a diagnostic.
  func conforms(_ i: Int, toSpec index: Int) -> Bool {
    guard tree.nodes[i].kind == .mapping else { return false }
    let spec = schema.specs[index]
    var seen: UInt64 = 0
    for child in tree.children(i) {
      let key = tree.key(child)
      var field = -1
      for f in 0..<spec.fieldsCount {
        let entry = schema.fields[spec.fieldsStart + f]
        if equal(key, schema.slice(entry.nameStart, entry.nameCount)) {
          field = f
          break
        }
      }
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
        guard Identifier.isValid(utf8: tree.key(child)), conforms(child, toSpec: type.a) else {
          return false
        }
      }
      return true
    case .list:
      guard kind == .sequence else { return false }
      for child in tree.children(i) where !conforms(child, to: type.a) { return false }
      return true
    default:
      guard kind == .scalar else { return false }
      return conforms(value: tree.value(i), to: type)
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
    case .list, .object, .dictionary:
      return false
    }
  }

  // MARK: Values

  /// A whole number written with digits only (at most 18), as `ModelDecoder.int` reads it.
  func wholeNumber(_ v: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !v.isEmpty, v.count <= 18 else { return nil }
    var n = 0
    for c in v {
      guard c >= 0x30 && c <= 0x39 else { return nil }
      n = n * 10 + Int(c - 0x30)
    }
    return n
  }

  func int(_ i: Int) -> Int? { wholeNumber(tree.value(i)) }
  func string(_ i: Int) -> String { tree.string(i) }
  func date(_ i: Int) -> LocalDate? { LocalDate(utf8: tree.value(i)) }
  func number(_ i: Int) -> Double? { Decimal.parse(utf8: tree.value(i)) }
  func span(_ i: Int) -> Span { Span(Int(tree.nodes[i].start), Int(tree.nodes[i].end)) }

  func value<E>(_ i: Int, _ table: EnumTable<E>) -> E? { table[tree.value(i)] }

  func strings(_ i: Int) -> [String] { list(i) { tree.string($0) } }

  /// The children of `i`, transformed, in an array of exactly their number (a workspace holds
  /// hundreds of thousands of these small arrays: no spare capacity, no regrowing).
  @inline(__always) func list<T>(_ i: Int, _ transform: (Int) -> T) -> [T] {
    let children = tree.children(i)
    var out: [T] = []
    out.reserveCapacity(children.count)
    for child in children { out.append(transform(child)) }
    return out
  }

  @inline(__always) func key(_ i: Int, _ name: StaticString) -> Bool { tree.key(i, is: name) }

  // MARK: The model (as `ModelDecoder` reads it)

  func trajectory() -> Trajectory {
    var t = Trajectory()
    for e in tree.children(0) {
      if key(e, "id") {
        (t.id, t.idSpan) = (string(e), span(e))
      } else if key(e, "programme") {
        (t.programme, t.programmeSpan) = (string(e), span(e))
      } else if key(e, "school") {
        (t.school, t.schoolSpan) = (string(e), span(e))
      } else if key(e, "worker") {
        (t.worker, t.workerSpan) = (string(e), span(e))
      } else if key(e, "status") {
        t.status = value(e, trajectoryStatuses)
        t.statusSpan = span(e)
      } else if key(e, "child") {
        t.child = child(e)
      } else if key(e, "referral") {
        t.referral = referral(e)
      } else if key(e, "consent") {
        t.consent = list(e, consent)
      } else if key(e, "plan") {
        t.plan = plan(e)
      } else if key(e, "goals") {
        t.goals = list(e, goal)
      } else if key(e, "sessions") {
        t.sessions = list(e, session)
      } else if key(e, "closure") {
        t.closure = closure(e)
      }
    }
    return t
  }

  func child(_ i: Int) -> Child {
    var c = Child()
    for e in tree.children(i) {
      if key(e, "label") {
        (c.label, c.labelSpan) = (string(e), span(e))
      } else if key(e, "born") {
        c.born = YearMonth(utf8: tree.value(e))
        c.bornSpan = span(e)
      } else if key(e, "gender") {
        c.gender = string(e)
      } else if key(e, "group") {
        c.group = int(e)
      }
    }
    return c
  }

  func referral(_ i: Int) -> Referral {
    var r = Referral()
    for e in tree.children(i) {
      if key(e, "date") {
        (r.date, r.dateSpan) = (date(e), span(e))
      } else if key(e, "by") {
        r.by = string(e)
      } else if key(e, "concerns") {
        r.concerns = strings(e)
      } else if key(e, "request") {
        if freeText { (r.request, r.requestSpan) = (string(e), span(e)) }
      }
    }
    return r
  }

  func consent(_ i: Int) -> Consent {
    var c = Consent()
    for e in tree.children(i) {
      if key(e, "date") {
        (c.date, c.dateSpan) = (date(e), span(e))
      } else if key(e, "given_by") {
        c.givenBy = strings(e)
      } else if key(e, "form") {
        c.form = string(e)
      } else if key(e, "scope") {
        c.scope = strings(e)
      } else if key(e, "withdrawn") {
        (c.withdrawn, c.withdrawnSpan) = (date(e), span(e))
      }
    }
    return c
  }

  func plan(_ i: Int) -> Plan {
    var p = Plan()
    for e in tree.children(i) {
      if key(e, "start") {
        (p.start, p.startSpan) = (date(e), span(e))
      } else if key(e, "weeks") {
        p.weeks = int(e)
      } else if key(e, "reviews") {
        p.reviews = list(e, date).compactMap { $0 }
      }
    }
    return p
  }

  func goal(_ i: Int) -> Goal {
    var g = Goal()
    g.span = span(i)
    for e in tree.children(i) {
      if key(e, "id") {
        (g.id, g.idSpan) = (string(e), span(e))
      } else if key(e, "domain") {
        g.domain = string(e)
      } else if key(e, "text") {
        (g.text, g.textSpan) = (string(e), span(e))
      } else if key(e, "agreed_with") {
        g.agreedWith = strings(e)
      } else if key(e, "target") {
        g.target = number(e)
      } else if key(e, "ratings") {
        g.ratings = list(e, rating)
      } else if key(e, "result") {
        g.result = value(e, goalResults)
      }
    }
    return g
  }

  func rating(_ i: Int) -> Rating {
    var r = Rating()
    r.span = span(i)
    for e in tree.children(i) {
      if key(e, "date") {
        r.date = date(e)
      } else if key(e, "value") {
        r.value = number(e)
      } else if key(e, "rater") {
        r.rater = value(e, parties)
      }
    }
    return r
  }

  func session(_ i: Int) -> Session {
    var s = Session()
    s.span = span(i)
    for e in tree.children(i) {
      if key(e, "date") {
        (s.date, s.dateSpan) = (date(e), span(e))
      } else if key(e, "kind") {
        s.kind = value(e, sessionKinds)
      } else if key(e, "minutes") {
        s.minutes = int(e)
      } else if key(e, "place") {
        if descriptions { s.place = string(e) }
      } else if key(e, "status") {
        if let status = value(e, sessionStatuses) { s.status = status }
      } else if key(e, "with") {
        if descriptions { s.with = strings(e) }
      } else if key(e, "methods") {
        if descriptions { s.methods = strings(e) }
      } else if key(e, "goals") {
        s.goals = strings(e)
        s.goalSpans = list(e, span)
      } else if key(e, "note") {
        if freeText { (s.note, s.noteSpan) = (string(e), span(e)) }
      }
    }
    return s
  }

  func closure(_ i: Int) -> Closure {
    var c = Closure()
    c.span = span(i)
    for e in tree.children(i) {
      if key(e, "date") {
        (c.date, c.dateSpan) = (date(e), span(e))
      } else if key(e, "reason") {
        c.reason = value(e, closureReasons)
        c.reasonSpan = span(e)
      } else if key(e, "destination") {
        c.destination = string(e)
      } else if key(e, "summary") {
        if freeText { (c.summary, c.summarySpan) = (string(e), span(e)) }
      } else if key(e, "satisfaction") {
        for se in tree.children(e) {
          if let party = parties[tree.key(se)], let n = int(se) {
            c.satisfaction[party] = n
          }
        }
      }
    }
    return c
  }
}
