import AmigoYAML

/// Checks a parsed document against an `ObjectSpec`: kinds of nodes, required and unknown keys,
/// enumeration values, dates, numbers and ranges. Reports every problem, in source order.
public struct SchemaChecker {
  public let document: YAMLDocument
  public private(set) var diagnostics: [Diagnostic] = []

  public init(document: YAMLDocument) {
    self.document = document
  }

  /// Checks the whole document against `spec`.
  public static func check(_ document: YAMLDocument, against spec: ObjectSpec) -> [Diagnostic] {
    var checker = SchemaChecker(document: document)
    guard let root = document.root else {
      checker.diagnostics.append(
        SchemaDiagnostics.emptyFile(spec.name))
      return checker.diagnostics
    }
    checker.checkObject(root, spec, owner: nil)
    return checker.diagnostics
  }

  mutating func report(_ d: Diagnostic) { diagnostics.append(d) }

  /// True once more problems were found than a file shows (`Diagnostic.maximumPerFile`): the
  /// checker reports in source order, so every later one sorts after those and is never shown
  /// (only its position may be, in the "more problems" note). Its suggestion, a search of every
  /// name by edit distance, is then not worked out: 100 000 unknown keys took 78 % of their
  /// time in it.
  var pastShown: Bool { diagnostics.count > Diagnostic.maximumPerFile }

  /// The fixes `amigo fmt` applies: plain scalars that typed YAML readers read differently.
  public private(set) var fixes: [TextFix] = []

  /// A plain scalar that a typed YAML 1.1 or 1.2 reader reads differently from the schema
  /// (`minutes: 045`, `label: No`): an error, and a fix for `amigo fmt`.
  mutating func checkTypedReading(_ s: YAMLScalar, as reading: TypedReading.Schema) {
    guard s.style == .plain, !TypedReading.agrees(plain: s.value, as: reading) else { return }
    let fixed = TypedReading.fix(s.value, as: reading)
    report(
      SchemaDiagnostics.typedPlainScalar(
        document.range(of: s), s.value, reading: reading, fixed: fixed))
    fixes.append(TextFix(start: s.start, end: s.end, replacement: fixed))
  }

  /// A quoted or block scalar where the schema takes a number or true/false (`minutes: "60"`):
  /// typed YAML readers and the JSON Schema read text. An error, and a fix for `amigo fmt`
  /// (the value written plain), when the value is one the schema accepts (`valid`); false when
  /// it is not quoted.
  mutating func checkQuoted(
    _ s: YAMLScalar, field: String, as reading: TypedReading.Schema, valid: Bool
  ) -> Bool {
    guard s.style != .plain, valid else { return false }
    let v = s.value
    let fixed = TypedReading.agrees(plain: v, as: reading) ? v : TypedReading.fix(v, as: reading)
    let takes: Bilingual
    switch reading {
    case .integer: takes = Bilingual("a whole number", "een heel getal")
    case .decimal: takes = Bilingual("a number", "een getal")
    case .string, .other: takes = Bilingual("true or false", "true of false")
    }
    report(
      SchemaDiagnostics.quotedValue(
        document.range(of: s), v, field: field, takes: takes, fixed: fixed))
    fixes.append(TextFix(start: s.start, end: s.end, replacement: fixed))
    return true
  }

  /// Checks `document` against `spec` and returns the fixes for its plain scalars that typed
  /// YAML readers read differently (what `amigo fmt` applies).
  public static func typedReadingFixes(
    _ document: YAMLDocument, against spec: ObjectSpec
  )
    -> [TextFix]
  {
    var checker = SchemaChecker(document: document)
    guard let root = document.root else { return [] }
    checker.checkObject(root, spec, owner: nil)
    return checker.fixes
  }

  /// The node's range (an empty value: the point after its key's colon).
  func range(_ node: YAMLNode) -> SourceRange { document.range(of: node) }

  /// The range a "missing key" problem points at: the key that owns the mapping, or its first key.
  func ownerRange(_ node: YAMLNode, owner: YAMLScalar?) -> SourceRange {
    if let owner { return document.range(of: owner) }
    if case .mapping(let m) = node, let first = m.entries.first {
      return document.range(of: first.key)
    }
    return range(node)
  }

  /// A decimal comma in a flow mapping (`{value: 4,5}`, `scores: {emotional: 3,5}`): YAML
  /// reads the number `4` and then a key `5` without a value. Reported once, as the number it
  /// was meant to be (not as an unknown field `5`, and never "fixed" by `amigo fmt` into
  /// `4,'5'`); true when the entry at `i` is such a key.
  mutating func checkDecimalComma(_ m: YAMLMapping, _ i: Int) -> Bool {
    let key = m.entries[i].key
    guard m.style == .flow, i > 0, key.style == .plain, isEmpty(m.entries[i].value),
      !key.value.isEmpty, key.value.allSatisfy({ $0.isASCII && $0.isNumber }),
      case .scalar(let whole) = m.entries[i - 1].value, whole.style == .plain,
      key.start == whole.end + 1,
      whole.value.drop(while: { $0 == "-" }).allSatisfy({ $0.isASCII && $0.isNumber }),
      whole.value.contains(where: \.isNumber)
    else { return false }
    let r = SourceRange(
      start: document.range(of: whole).start, end: document.range(of: key).end)
    report(SchemaDiagnostics.decimalComma(r, whole.value, key.value))
    return true
  }

  mutating func checkObject(_ node: YAMLNode, _ spec: ObjectSpec, owner: YAMLScalar?) {
    guard case .mapping(let m) = node else {
      report(
        SchemaDiagnostics.wrongType(
          range(node), expected: SchemaDiagnostics.aMapping(spec), found: node))
      return
    }
    for (i, entry) in m.entries.enumerated() {
      if checkDecimalComma(m, i) { continue }
      guard let field = spec.field(entry.key.value) else {
        report(
          SchemaDiagnostics.unknownField(
            document.range(of: entry.key), entry.key.value, in: spec,
            suggestion: pastShown
              ? nil : Suggestions.nearest(entry.key.value, in: spec.fields.map(\.name)),
            listFields: !pastShown))
        continue
      }
      if isEmpty(entry.value) {
        if field.required {
          report(
            SchemaDiagnostics.missingField(
              document.range(of: entry.key), field, in: spec, empty: true))
        }
        continue
      }
      check(entry.value, as: field.type, field: field.name, key: entry.key)
      if field.minItems > 0, case .sequence(let s) = entry.value, s.items.count < field.minItems {
        report(SchemaDiagnostics.tooFewItems(range(entry.value), field))
      }
    }
    for field in spec.fields where field.required && m[field.name] == nil {
      report(
        SchemaDiagnostics.missingField(
          ownerRange(node, owner: owner), field, in: spec, empty: false))
    }
  }

  /// True when one-line text holds a line break: `\n`, or the line or paragraph separator
  /// (U+2028, U+2029, written as the escapes `"\u2028"`, `"\L"`), which editors, browsers and
  /// spreadsheets show as a new line.
  static func breaksLine(_ v: String) -> Bool {
    v.unicodeScalars.contains { $0 == "\n" || $0 == "\u{2028}" || $0 == "\u{2029}" }
  }

  func isEmpty(_ node: YAMLNode) -> Bool {
    if case .scalar(let s) = node, s.isEmptyValue { return true }
    return false
  }

  mutating func check(_ node: YAMLNode, as type: FieldType, field: String, key: YAMLScalar? = nil) {
    switch type {
    case .object(let spec):
      checkObject(node, spec, owner: key)
    case .dictionary(let spec):
      guard case .mapping(let m) = node else {
        report(
          SchemaDiagnostics.wrongType(
            range(node),
            expected: Bilingual(
              "a mapping of ids to \(spec.name)s",
              "een mapping van ids naar \(SchemaDiagnostics.name(spec.name).nl)"), found: node))
        return
      }
      for entry in m.entries {
        checkTypedReading(entry.key, as: .string)
        if !Identifier.isValid(entry.key.value) {
          report(
            SchemaDiagnostics.invalidIdentifier(document.range(of: entry.key), entry.key.value))
        }
        if isEmpty(entry.value) {
          report(
            SchemaDiagnostics.wrongType(
              document.range(of: entry.key), expected: SchemaDiagnostics.aMapping(spec),
              found: entry.value))
          continue
        }
        checkObject(entry.value, spec, owner: entry.key)
      }
    case .numbers:
      guard case .mapping(let m) = node else {
        report(
          SchemaDiagnostics.wrongType(
            range(node),
            expected: Bilingual("a mapping of ids to numbers", "een mapping van ids naar getallen"),
            found: node))
        return
      }
      for (i, entry) in m.entries.enumerated() {
        if checkDecimalComma(m, i) { continue }
        checkTypedReading(entry.key, as: .string)
        if !Identifier.isValid(entry.key.value) {
          report(
            SchemaDiagnostics.invalidIdentifier(document.range(of: entry.key), entry.key.value))
        }
        guard case .scalar(let s) = entry.value, !s.isEmptyValue else {
          report(
            SchemaDiagnostics.wrongType(
              isEmpty(entry.value) ? document.range(of: entry.key) : range(entry.value),
              expected: Bilingual("a number", "een getal"), found: entry.value))
          continue
        }
        checkTypedReading(s, as: .decimal)
        if checkQuoted(s, field: field, as: .decimal, valid: DecimalText.parse(s.value) != nil) {
          continue
        }
        if DecimalText.parse(s.value) == nil {
          report(SchemaDiagnostics.invalidNumber(range(entry.value), s.value, whole: false))
        }
      }
    case .list(let element):
      guard case .sequence(let s) = node else {
        report(
          SchemaDiagnostics.wrongType(
            range(node), expected: SchemaDiagnostics.aList(type), found: node))
        return
      }
      for item in s.items {
        if isEmpty(item.value) {
          report(SchemaDiagnostics.emptyItem(document.source.range(item.start, item.start + 1)))
          continue
        }
        check(item.value, as: element, field: field)
      }
    default:
      guard case .scalar(let s) = node else {
        report(
          SchemaDiagnostics.wrongType(
            range(node), expected: SchemaDiagnostics.aSingleValue(type), found: node))
        return
      }
      checkScalar(s, node: node, as: type, field: field)
    }
  }

  mutating func checkScalar(_ s: YAMLScalar, node: YAMLNode, as type: FieldType, field: String) {
    // Computed only when a problem is reported: positions cost a scan of the line.
    var r: SourceRange { range(node) }
    let v = s.value
    checkTypedReading(s, as: type.typedReading)
    switch type {
    case .constant(let c):
      if v != c { report(SchemaDiagnostics.wrongSchema(r, found: v, expected: c)) }
    case .text(let multiline):
      if !multiline && SchemaChecker.breaksLine(v) {
        report(SchemaDiagnostics.singleLine(r, field))
      }
    case .label:
      if SchemaChecker.breaksLine(v) { report(SchemaDiagnostics.singleLine(r, field)) }
    case .identifier, .reference:
      if !Identifier.isValid(v) { report(SchemaDiagnostics.invalidIdentifier(r, v)) }
    case .date:
      if LocalDate(v) == nil { report(SchemaDiagnostics.invalidDate(r, v)) }
    case .yearMonth:
      if YearMonth(v) == nil { report(SchemaDiagnostics.invalidYearMonth(r, v)) }
    case .integer(let lo, let hi):
      guard let n = Int(v), v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D }) else {
        report(SchemaDiagnostics.invalidNumber(r, v, whole: true))
        return
      }
      if checkQuoted(s, field: field, as: .integer, valid: true) { return }
      if n < lo || n > hi { report(SchemaDiagnostics.outOfRange(r, v, type)) }
    case .number(let lo, let hi, let step):
      guard let d = DecimalText.parse(v) else {
        report(SchemaDiagnostics.invalidNumber(r, v, whole: false))
        return
      }
      if checkQuoted(s, field: field, as: .decimal, valid: true) { return }
      let steps = d / step
      if d < lo || d > hi {
        report(SchemaDiagnostics.outOfRange(r, v, type))
      } else if step > 0 && abs(steps - steps.rounded()) > 1e-9 {
        report(SchemaDiagnostics.outOfRange(r, v, type, step: true))
      }
    case .boolean:
      if checkQuoted(s, field: field, as: .other, valid: v == "true" || v == "false") { return }
      if v != "true" && v != "false" {
        report(
          SchemaDiagnostics.invalidValue(
            r, v, choices: Bilingual("'true' or 'false'", "'true' of 'false'"),
            name: Bilingual("true or false", "true of false"), suggestion: nil))
      }
    case .enumeration(let e):
      // An open list takes the workspace's own values too: `VocabularyRule` checks them
      // against `amigo.yaml`.
      if e.openKey != nil, !e.contains(v), Identifier.isValid(v) { break }
      if !e.contains(v) {
        report(
          SchemaDiagnostics.invalidValue(
            r, v, choices: SchemaDiagnostics.choices(e), name: SchemaDiagnostics.name(e.name),
            suggestion: e.resolve(v)
              ?? (pastShown ? nil : Suggestions.nearest(v, in: e.values.map(\.value)))))
      }
    case .list, .object, .dictionary, .numbers:
      break
    }
  }
}

/// A replacement of the source bytes `start..<end`.
public struct TextFix: Sendable, Hashable {
  public let start: Int
  public let end: Int
  public let replacement: String
}

extension FieldType {
  /// What the schema reads a scalar of this type as, for `TypedReading`.
  public var typedReading: TypedReading.Schema {
    switch self {
    case .constant, .text, .label, .identifier, .reference, .enumeration: .string
    case .integer: .integer
    case .number: .decimal
    case .date, .yearMonth, .boolean, .list, .object, .dictionary, .numbers: .other
    }
  }
}
