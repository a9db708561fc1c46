import AmigoYAML

/// The schema language: one declarative description of every field of amigo's files, from which
/// amigo checks files, generates the JSON Schema for editors (`schema/*.schema.json`) and the
/// field reference for people (`schema/fields.md`).

/// One allowed value of an enumeration, with its labels for reports and its Dutch input aliases.
public struct EnumValue: Sendable, Hashable {
  /// The value as written in files (English, kebab-case).
  public let value: String
  /// Human labels for reports.
  public let en: String
  public let nl: String
  /// Other spellings accepted on the command line (Dutch words), never written to files.
  public let aliases: [String]
  /// Extra explanation for the field reference.
  public let doc: String?

  public init(_ value: String, en: String, nl: String, aliases: [String] = [], doc: String? = nil) {
    self.value = value
    self.en = en
    self.nl = nl
    self.aliases = aliases
    self.doc = doc
  }

  /// The label in `language` (`nl` or `en`).
  public func label(_ language: String) -> String { language == "nl" ? nl : en }
}

/// A list of values: closed, or open to the organisation's own values (`vocabularies:` in
/// `amigo.yaml`, see `Config.vocabulary(_:)`).
public struct EnumSpec: Sendable, Hashable {
  /// A name for messages: "session kind".
  public let name: String
  public let values: [EnumValue]
  /// For an open list, its key under `vocabularies:` in `amigo.yaml` (`participants`); nil: the
  /// list is closed. The schema check accepts any identifier in an open list;
  /// `VocabularyRule` then accepts exactly the built-in values and the workspace's own.
  public let openKey: String?

  public init(_ name: String, open openKey: String? = nil, _ values: [EnumValue]) {
    self.name = name
    self.values = values
    self.openKey = openKey
  }

  /// The same list with `extra` values added after the built-in ones (a value already there
  /// keeps its built-in labels).
  public func adding(_ extra: [EnumValue]) -> EnumSpec {
    let added = extra.filter { !contains($0.value) }
    return added.isEmpty ? self : EnumSpec(name, open: openKey, values + added)
  }

  public func contains(_ value: String) -> Bool { values.contains { $0.value == value } }

  public subscript(value: String) -> EnumValue? { values.first { $0.value == value } }

  /// The file value for what a user typed: the value itself, or a Dutch alias, case- and
  /// accent-insensitively (a space counts as a `-`).
  /// Failing those, the label amigo itself shows for a value (`overleg met school` in `show`,
  /// for `school-consultation`), when it is one value's only.
  public func resolve(_ input: String) -> String? {
    let key = foldForMatching(input)
    for v in values
    where foldForMatching(v.value) == key
      || v.aliases.contains(where: { foldForMatching($0) == key })
    {
      return v.value
    }
    let labelled = values.filter { foldForMatching($0.nl) == key || foldForMatching($0.en) == key }
    return labelled.count == 1 ? labelled[0].value : nil
  }

  /// `'a', 'b' or 'c'`
  public var choices: String {
    SchemaDiagnostics.listJoined(values.map { "'\($0.value)'" }, "or")
  }
}

/// What a field holds.
public indirect enum FieldType: Sendable, Hashable {
  /// Exactly this text (the `schema:` line).
  case constant(String)
  /// Free text written by a worker; checked by the privacy lint. `multiline` allows line breaks.
  case text(multiline: Bool)
  /// A short label or name (single line).
  case label
  /// An identifier: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
  case identifier
  /// `YYYY-MM-DD`, a real calendar date.
  case date
  /// `YYYY-MM`.
  case yearMonth
  /// A whole number in a range.
  case integer(min: Int, max: Int)
  /// A decimal number in a range, in steps of `step` (0: any decimal).
  case number(min: Double, max: Double, step: Double)
  /// `true` or `false`.
  case boolean
  case enumeration(EnumSpec)
  /// An identifier that must name something declared elsewhere (checked across fields).
  case reference(String)
  /// A list of values of one type.
  case list(FieldType)
  /// A mapping with known keys.
  case object(ObjectSpec)
  /// A mapping from identifiers to objects (`schools: {de-akker: {...}}`).
  case dictionary(ObjectSpec)
  /// A mapping from identifiers to decimal numbers (`scores: {emotional: 4, conduct: 2}`): the
  /// keys are declared elsewhere (an instrument's scales in `amigo.yaml`), checked by rules.
  case numbers

  /// A short name for messages and docs.
  public var summary: String {
    switch self {
    case .constant(let c): "'\(c)'"
    case .text(let multiline): multiline ? "text" : "single-line text"
    case .label: "label"
    case .identifier: "identifier"
    case .date: "date (YYYY-MM-DD)"
    case .yearMonth: "year and month (YYYY-MM)"
    case .integer(let lo, let hi): "whole number \(lo)-\(hi)"
    case .number(let lo, let hi, let step):
      "number \(formatNumber(lo))-\(formatNumber(hi))"
        + (step > 0 ? " in steps of \(formatNumber(step))" : "")
    case .boolean: "true or false"
    case .enumeration(let e): e.name
    case .reference(let what): "\(what) id"
    case .list(let t): "list of \(t.summary)"
    case .object(let o): o.name
    case .dictionary(let o): "mapping of ids to \(o.name)"
    case .numbers: "mapping of ids to numbers"
    }
  }
}

/// How the entries of a list that grows over time are told apart: which entry on one side of a
/// merge, or in one version, is "the same" as which on the other (`schema/README.md` §7).
public enum ListIdentity: Sendable, Hashable {
  /// An entry is identified by the values of these fields of its own (`date` and `kind`).
  case fields([String])
  /// An entry is its own identity (a list of dates).
  case value
  /// Entries are counted, not named (a tally's contacts): those with equal values of these
  /// fields are alike, and one added on both sides of a merge is kept twice.
  case counted([String])

  /// The identifying fields; empty for `.value`.
  public var fields: [String] {
    switch self {
    case .fields(let f), .counted(let f): f
    case .value: []
    }
  }

  /// Whether alike entries are counted (`.counted`).
  public var isCounted: Bool {
    if case .counted = self { return true }
    return false
  }
}

/// Which readers may leave a field out (`FastDecoder`'s lean modes, for whole-workspace
/// commands that hold many trajectories).
public enum FieldDetail: UInt8, Sendable, Hashable {
  /// Always decoded.
  case fact
  /// Free text written by a worker (a note, the request, the summary).
  case freeText
  /// A description of a contact that no count or rule reads (place, participants, methods).
  case description
}

/// One key of an object: its name, type, documentation, and how its value lands in the model.
/// This is the field's only declaration: the checker, both decoding paths (`SchemaDecoder`),
/// merge, `changes`, the JSON Schema and `fields.md` read it.
public struct Field: Sendable, Hashable {
  public let name: String
  public let type: FieldType
  public let required: Bool
  public let doc: String
  /// For a list whose entries are matched by a natural key (merge, `changes`, history).
  public let identity: ListIdentity?
  public let detail: FieldDetail
  /// How a decoded value is stored in the model: a `FieldBinding<Model>`, or nil for a field
  /// the model does not hold.
  public let binding: (any AnyFieldBinding)?
  /// A list that must hold at least this many items (`SchemaChecker` and `minItems`).
  public private(set) var minItems = 0
  /// A list whose items must differ (`uniqueItems` in the JSON Schema; the rules that check it
  /// give their own diagnostic, such as `child-named-twice`).
  public private(set) var uniqueItems = false
  /// Text that must not start like a spreadsheet formula (`FormulaLabelRule`; a `pattern` in the
  /// JSON Schema).
  public private(set) var notLikeAFormula = false

  /// This text field, refused when it starts like a spreadsheet formula (`formula-label`).
  public func notAFormula() -> Field {
    var f = self
    f.notLikeAFormula = true
    return f
  }

  /// This list field with at least `count` items.
  public func atLeast(_ count: Int) -> Field {
    var f = self
    f.minItems = count
    return f
  }

  /// This list field with each item once.
  public func unique() -> Field {
    var f = self
    f.uniqueItems = true
    return f
  }

  public init(
    _ name: String, _ type: FieldType, required: Bool = false, _ doc: String,
    identity: ListIdentity? = nil, detail: FieldDetail = .fact
  ) {
    self.name = name
    self.type = type
    self.required = required
    self.doc = doc
    self.identity = identity
    self.detail = detail
    self.binding = nil
  }

  /// A field whose value `decode` stores in a `Model` (`{ (s: inout Session, v) in s.minutes =
  /// v.int }`) and `encode` reads back (`{ s, e in e.scalar(s.minutes) }`).
  public init<Model>(
    _ name: String, _ type: FieldType, required: Bool = false, _ doc: String,
    identity: ListIdentity? = nil, detail: FieldDetail = .fact,
    decode: @escaping @Sendable (inout Model, FieldValue) -> Void,
    encode: (@Sendable (Model, FieldEncoder) -> YAMLContent?)? = nil
  ) {
    self.name = name
    self.type = type
    self.required = required
    self.doc = doc
    self.identity = identity
    self.detail = detail
    self.binding = FieldBinding(decode, encode: encode)
  }

  // The binding is code, not part of what the field is.
  public static func == (a: Field, b: Field) -> Bool {
    a.name == b.name && a.type == b.type && a.required == b.required && a.doc == b.doc
      && a.identity == b.identity && a.detail == b.detail && a.minItems == b.minItems
      && a.uniqueItems == b.uniqueItems && a.notLikeAFormula == b.notLikeAFormula
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(type)
  }
}

/// A mapping with known keys.
public struct ObjectSpec: Sendable, Hashable {
  /// A name for messages and docs: "session".
  public let name: String
  public let doc: String
  public let fields: [Field]

  public init(_ name: String, doc: String, _ fields: [Field]) {
    self.name = name
    self.doc = doc
    self.fields = fields
  }

  public func field(_ name: String) -> Field? { fields.first { $0.name == name } }

  /// The field at a path of keys (`["goals", "ratings"]`), looking through lists and objects.
  public func field(at path: [String]) -> Field? {
    guard let first = path.first, let field = field(first) else { return nil }
    if path.count == 1 { return field }
    var type = field.type
    while case .list(let element) = type { type = element }
    guard case .object(let spec) = type else { return nil }
    return spec.field(at: Array(path.dropFirst()))
  }

  /// Every keyed list under this object, with its path of keys, in schema order.
  public var keyedLists: [(path: [String], identity: ListIdentity)] {
    var out: [(path: [String], identity: ListIdentity)] = []
    for field in fields {
      if let identity = field.identity { out.append(([field.name], identity)) }
      var type = field.type
      while case .list(let element) = type { type = element }
      if case .object(let spec) = type {
        out += spec.keyedLists.map { ([field.name] + $0.path, $0.identity) }
      }
    }
    return out
  }
}

func formatNumber(_ d: Double) -> String {
  d == d.rounded() ? String(Int(d)) : String(d)
}

/// Lower-cases and strips accents (é → e, ë → e, ï → i) and folds `_`/space to `-`, for
/// matching what users type.
public func foldForMatching(_ s: String) -> String {
  var out = ""
  for scalar in s.lowercased().unicodeScalars {
    switch scalar {
    case "à", "á", "â", "ä", "ã", "å": out += "a"
    case "è", "é", "ê", "ë": out += "e"
    case "ì", "í", "î", "ï", "ĳ": out += scalar == "ĳ" ? "ij" : "i"
    case "ò", "ó", "ô", "ö", "õ": out += "o"
    case "ù", "ú", "û", "ü": out += "u"
    case "ç": out += "c"
    case "ñ": out += "n"
    case "_", " ": out += "-"
    default:
      // Drop combining marks (decomposed accents).
      if (0x0300...0x036F).contains(scalar.value) { continue }
      out.unicodeScalars.append(scalar)
    }
  }
  return out
}
