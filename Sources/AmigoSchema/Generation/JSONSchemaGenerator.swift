import AmigoYAML

/// Generates JSON Schema (draft 2020-12) from the schema declared in `Schemas`, for editors (the
/// YAML language server) and for the independent check in `.ci/jsonschema_check.py`. The output
/// is committed as `schema/*.schema.json`; `GeneratedFilesTests` fails when it is stale.
///
/// The JSON Schema sees a file as a YAML 1.2 reader types it (`20` a number, `2026-09-10` a
/// string), while amigo reads every scalar as text and lets the schema decide. So it describes
/// what amigo writes: identifiers, enumeration values and text as strings (amigo quotes text
/// that would read as a number), counts and scores as numbers. An optional field may be left
/// empty (`key:`, which YAML reads as null): amigo treats it as absent.
public enum JSONSchemaGenerator {
  /// The `$id`s name the format a file declares in its `schema:` line, not a place to fetch it
  /// from: `urn:amigo:schema:amigo.trajectory/1` for the schema of `schema: amigo.trajectory/1`.
  /// An editor finds the schema through the modeline's path (`.amigo/schema/` in a workspace),
  /// so an id that looks like a web address would only promise a download that does not exist.
  public static let baseID = "urn:amigo:schema:"
  /// The suffix of a workspace's own schemas (`.amigo/schema/`): the same format, with the open
  /// lists narrowed to the built-in values and the workspace's vocabularies.
  public static let workspaceIDSuffix = ":workspace"
  /// The key that records which amigo generated a workspace's schema, so that an older amigo
  /// never replaces it (`amigo git-setup`, `amigo fmt`).
  public static let generatorKey = "x-amigo-generator"

  /// The very end of the text. `$` would also match just before a final line break in
  /// Python's `re` (the `jsonschema` package) and in ICU, so `"2026-11-19\n"` would pass a
  /// pattern ending in `$`; this lookahead ends the text in every dialect validators use.
  public static let endOfText = "(?![\\s\\S])"
  /// An identifier (see `Identifier.isValid`).
  public static let identifierPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}" + endOfText
  /// `YYYY-MM-DD` (whether the day exists is `"format": "date"`'s business).
  public static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}" + endOfText
  /// `YYYY-MM`.
  public static let yearMonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])" + endOfText
  /// Text without line breaks.
  public static let singleLinePattern = "^[^\\n]*" + endOfText
  /// Text without line breaks that does not start like a spreadsheet formula: what
  /// `FormulaLabelRule.startsLikeFormula` refuses, from its own list of first characters.
  public static let notFormulaPattern: String = {
    let escaped: [Character: String] = ["-": "\\-", "\t": "\\t", "\r": "\\r", "\\": "\\\\"]
    let starts = FormulaLabelRule.formulaStarts.sorted().map { escaped[$0] ?? String($0) }
    return "^(?![" + starts.joined() + "])[^\\n]*" + endOfText
  }()

  /// `schema/trajectory.schema.json`.
  public static func trajectory() -> String {
    schema(
      for: Schemas.trajectory, id: baseID + Schemas.trajectoryVersion,
      title: "amigo trajectory file (\(Schemas.trajectoryVersion))")
  }

  /// `schema/activity.schema.json`.
  public static func activity() -> String {
    schema(
      for: Schemas.activity, id: baseID + Schemas.activityVersion,
      title: "amigo activity file (\(Schemas.activityVersion))", workspace: nil,
      rules: activityTypeRules())
  }

  /// `schema/config.schema.json`.
  public static func config() -> String {
    schema(
      for: Schemas.config, id: baseID + Schemas.configVersion,
      title: "amigo workspace config, amigo.yaml (\(Schemas.configVersion))")
  }

  /// A workspace's own schemas (`.amigo/schema/<name>.schema.json`), by file name: the open lists
  /// (concerns, participants, goal parties, raters, methods) take exactly the built-in values and
  /// those `config` declares under `vocabularies:`, as `amigo validate` does. `generator` (for
  /// example `amigo 0.2.0`) is recorded in each file.
  public static func workspaceSchemas(
    config: Config?, generator: String
  ) -> [(
    name: String, text: String
  )] {
    let vocabulary: @Sendable (EnumSpec) -> EnumSpec = { config?.vocabulary($0) ?? $0 }
    let kinds: [(String, ObjectSpec, String, String)] = [
      ("trajectory", Schemas.trajectory, Schemas.trajectoryVersion, "amigo trajectory file"),
      ("activity", Schemas.activity, Schemas.activityVersion, "amigo activity file"),
      ("config", Schemas.config, Schemas.configVersion, "amigo workspace config, amigo.yaml"),
    ]
    return kinds.map { name, spec, version, title in
      (
        name + ".schema.json",
        schema(
          for: spec, id: baseID + version + workspaceIDSuffix,
          title: "\(title) (\(version)) of this workspace",
          workspace: (vocabulary, generator),
          rules: name == "activity" ? activityTypeRules() : [])
      )
    }
  }

  /// The JSON Schema for files described by `spec`: pretty-printed, 2-space indentation, keys in
  /// a fixed order, ending with a newline. With `workspace`, the open lists are closed to the
  /// values its vocabulary gives, and the generator is recorded. `rules`: keywords after the
  /// object's own (`allOf` with per-type `if`/`then`).
  public static func schema(
    for spec: ObjectSpec, id: String, title: String,
    workspace: (vocabulary: @Sendable (EnumSpec) -> EnumSpec, generator: String)? = nil
  ) -> String {
    schema(for: spec, id: id, title: title, workspace: workspace, rules: [])
  }

  static func schema(
    for spec: ObjectSpec, id: String, title: String,
    workspace: (vocabulary: @Sendable (EnumSpec) -> EnumSpec, generator: String)?,
    rules: [(String, JSONValue)]
  ) -> String {
    var definitions = Definitions(root: spec)
    definitions.vocabulary = workspace?.vocabulary
    var root: [(String, JSONValue)] = [
      ("$schema", "https://json-schema.org/draft/2020-12/schema"),
      ("$id", .string(id)),
      ("title", .string(title)),
      ("description", .string(spec.doc)),
    ]
    if let workspace {
      root += [
        (
          "$comment",
          .string(
            "Generated by \(workspace.generator) from this workspace's amigo.yaml. Do not edit: "
              + "'amigo git-setup' writes it again (never with an older amigo).")
        ),
        (generatorKey, .string(workspace.generator)),
      ]
    }
    root += objectSchema(spec, definitions) + rules
    if !definitions.entries.isEmpty {
      let defs = definitions.entries.map { key, object -> (String, JSONValue) in
        let head: [(String, JSONValue)] = [
          ("title", .string(object.name)), ("description", .string(object.doc)),
        ]
        return (key, .object(head + objectSchema(object, definitions)))
      }
      root.append(("$defs", .object(defs)))
    }
    var out = ""
    JSONValue.object(root).write(into: &out, indent: 0, column: 0)
    return out + "\n"
  }

  // MARK: - Pieces

  /// `type`, `properties`, `required` and `additionalProperties` of an object.
  static func objectSchema(_ spec: ObjectSpec, _ definitions: Definitions) -> [(String, JSONValue)]
  {
    var out: [(String, JSONValue)] = [
      ("type", "object"),
      ("properties", .object(spec.fields.map { ($0.name, fieldSchema($0, definitions)) })),
    ]
    let required = spec.fields.filter(\.required).map { JSONValue.string($0.name) }
    if !required.isEmpty { out.append(("required", .array(required))) }
    out.append(("additionalProperties", false))
    return out
  }

  static func fieldSchema(_ field: Field, _ definitions: Definitions) -> JSONValue {
    var description = field.doc
    if var e = field.type.enumeration {
      if let vocabulary = definitions.vocabulary { e = vocabulary(e) }
      description +=
        "\n\n" + e.values.map { v in "- \(v.value): \(v.en) (nl: \(v.nl))" }.joined(separator: "\n")
      if let key = e.openKey, definitions.vocabulary == nil {
        description +=
          "\n\nThe workspace may add its own values in amigo.yaml (vocabularies: {\(key): ...})."
      }
    }
    var schema = typeSchema(field.type, definitions)
    if field.minItems > 0 { schema.append(("minItems", .int(field.minItems))) }
    if field.uniqueItems { schema.append(("uniqueItems", true)) }
    if field.notLikeAFormula {
      schema = schema.map { $0.0 == "pattern" ? ("pattern", .string(notFormulaPattern)) : $0 }
    }
    if !field.required { schema = nullable(schema) }
    return .object([("description", .string(description))] + schema)
  }

  static func typeSchema(_ type: FieldType, _ definitions: Definitions) -> [(String, JSONValue)] {
    switch type {
    case .constant(let c):
      return [("type", "string"), ("const", .string(c))]
    case .text(let multiline):
      return multiline
        ? [("type", "string")] : [("type", "string"), ("pattern", .string(singleLinePattern))]
    case .label:
      return [("type", "string"), ("pattern", .string(singleLinePattern))]
    case .identifier, .reference:
      return [("type", "string"), ("pattern", .string(identifierPattern))]
    case .date:
      return [("type", "string"), ("format", "date"), ("pattern", .string(datePattern))]
    case .yearMonth:
      return [("type", "string"), ("pattern", .string(yearMonthPattern))]
    case .integer(let lo, let hi):
      return [("type", "integer"), ("minimum", .int(lo)), ("maximum", .int(hi))]
    case .number(let lo, let hi, let step):
      return [("type", "number"), ("minimum", .double(lo)), ("maximum", .double(hi))]
        + (step > 0 ? [("multipleOf", .double(step))] : [])
    case .boolean:
      return [("type", "boolean")]
    case .enumeration(var e):
      if let vocabulary = definitions.vocabulary { e = vocabulary(e) }
      let values: JSONValue = .array(e.values.map { .string($0.value) })
      // An open list also takes the workspace's own values (`vocabularies:` in amigo.yaml),
      // which amigo checks; an editor offers the built-in ones. A workspace's own schema knows
      // them: there the list is closed.
      guard e.openKey != nil, definitions.vocabulary == nil else {
        return [("type", "string"), ("enum", values)]
      }
      return [
        ("type", "string"),
        (
          "anyOf",
          .array([.object([("enum", values)]), .object([("pattern", .string(identifierPattern))])])
        ),
      ]
    case .list(let element):
      return [("type", "array"), ("items", .object(typeSchema(element, definitions)))]
    case .object(let spec):
      return [("$ref", .string("#/$defs/" + definitions.key(for: spec)))]
    case .dictionary(let spec):
      return [
        ("type", "object"),
        (
          "patternProperties",
          .object([(identifierPattern, .object(typeSchema(.object(spec), definitions)))])
        ),
        ("additionalProperties", false),
      ]
    case .numbers:
      return [
        ("type", "object"),
        ("patternProperties", .object([(identifierPattern, .object([("type", "number")]))])),
        ("additionalProperties", false),
      ]
    }
  }

  /// The schema that also accepts null (an empty value).
  static func nullable(_ schema: [(String, JSONValue)]) -> [(String, JSONValue)] {
    let keys = schema.map(\.0)
    guard case .string(let type)? = schema.first(where: { $0.0 == "type" })?.1,
      !keys.contains("const"),
      !keys.contains("$ref")
    else {
      return [("anyOf", .array([.object(schema), .object([("type", "null")])]))]
    }
    return schema.map { key, value in
      switch (key, value) {
      case ("type", _): (key, .array([.string(type), "null"]))
      case ("enum", .array(let values)): (key, .array(values + [.null]))
      default: (key, value)
      }
    }
  }

  /// The objects in `$defs`: every object below the root, in the order they are first met
  /// (depth first, fields in declaration order), keyed by name.
  struct Definitions {
    var entries: [(key: String, object: ObjectSpec)] = []
    /// A workspace's vocabulary (its open lists closed to their values), or nil for amigo's
    /// own schemas.
    var vocabulary: (@Sendable (EnumSpec) -> EnumSpec)?

    init(root: ObjectSpec) {
      for object in SchemaTraversal.objects(from: [root]).dropFirst()
      where !entries.contains(where: { $0.object == object }) {
        let base = String(object.name.map { $0 == " " ? "-" : $0 })
        var key = base
        var n = 2
        while entries.contains(where: { $0.key == key }) {
          key = base + "-\(n)"
          n += 1
        }
        entries.append((key, object))
      }
    }

    func key(for object: ObjectSpec) -> String {
      entries.first { $0.object == object }!.key
    }
  }
}

/// Walks a schema: the objects and enumerations it uses, in a stable order.
public enum SchemaTraversal {
  /// `roots` and every object below them, each once, in the order first met: depth first, fields
  /// in declaration order (a trajectory: trajectory, child, referral, consent, plan, goal,
  /// rating, session, closure, satisfaction).
  public static func objects(from roots: [ObjectSpec]) -> [ObjectSpec] {
    var out: [ObjectSpec] = []
    func visit(_ object: ObjectSpec) {
      guard !out.contains(object) else { return }
      out.append(object)
      for field in object.fields {
        if let child = field.type.objectSpec { visit(child) }
      }
    }
    roots.forEach(visit)
    return out
  }

  /// Every enumeration the objects below `roots` use, each once, in the order first met.
  public static func enumerations(from roots: [ObjectSpec]) -> [EnumSpec] {
    var out: [EnumSpec] = []
    for object in objects(from: roots) {
      for field in object.fields {
        if let e = field.type.enumeration, !out.contains(e) { out.append(e) }
      }
    }
    return out
  }
}

extension FieldType {
  /// The enumeration of an enumeration field or of the items of a list.
  var enumeration: EnumSpec? {
    switch self {
    case .enumeration(let e): e
    case .list(let t): t.enumeration
    default: nil
    }
  }

  /// The object of an object, dictionary or list-of-objects field.
  var objectSpec: ObjectSpec? {
    switch self {
    case .object(let o), .dictionary(let o): o
    case .list(let t): t.objectSpec
    default: nil
    }
  }
}

// MARK: - A small JSON writer

/// A JSON value whose objects keep their keys in the order given, so output is deterministic
/// on every platform.
enum JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case null
  indirect case array([JSONValue])
  indirect case object([(String, JSONValue)])

  init(stringLiteral value: String) { self = .string(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }

  static let lineLength = 100

  var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  /// Writes the value as it starts at `column` of a line whose entries are indented `indent`.
  /// Objects put one key per line; arrays of scalars stay on one line when it fits.
  func write(into out: inout String, indent: Int, column: Int) {
    switch self {
    case .string(let s): Self.writeString(s, into: &out)
    case .int(let i): out += String(i)
    case .double(let d):
      out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      if items.allSatisfy(\.isScalar) {
        var line = "["
        for (i, item) in items.enumerated() {
          if i > 0 { line += ", " }
          item.write(into: &line, indent: 0, column: 0)
        }
        line += "]"
        if column + line.count + 1 <= Self.lineLength {
          out += line
          return
        }
      }
      let pad = String(repeating: " ", count: indent + 2)
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 2, column: indent + 2)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      let pad = String(repeating: " ", count: indent + 2)
      out += "{\n"
      for (i, (key, value)) in entries.enumerated() {
        var prefix = pad
        Self.writeString(key, into: &prefix)
        prefix += ": "
        out += prefix
        value.write(into: &out, indent: indent + 2, column: prefix.count)
        out += i == entries.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  static func writeString(_ s: String, into out: inout String) {
    YAMLValue.writeJSONString(s, into: &out)
  }
}
