/// Generates `schema/fields.md`, the field reference for people, from `Schemas`: a table per
/// object and one per enumeration, in declaration order. `GeneratedFilesTests` fails when the
/// committed file is stale.
public enum FieldReference {
  /// A kind of file the reference documents: its heading, introduction and schema.
  public typealias File = (title: String, intro: String, root: ObjectSpec)

  /// amigo's kinds of file.
  public static let files: [File] = [
    (
      "Trajectory files (`\(Schemas.trajectoryVersion)`)",
      "One file per trajectory: `trajectories/<id>.yaml`. JSON Schema: [trajectory.schema.json](trajectory.schema.json).",
      Schemas.trajectory
    ),
    (
      "Activity files (`\(Schemas.activityVersion)`)",
      "One file per activity about several children (a meeting, a group module): `activities/<id>.yaml`. Which fields an activity has depends on its `type` (see the activity types below). JSON Schema: [activity.schema.json](activity.schema.json).",
      Schemas.activity
    ),
    (
      "Workspace config (`\(Schemas.configVersion)`)",
      "One per workspace: `amigo.yaml` at its root. JSON Schema: [config.schema.json](config.schema.json).",
      Schemas.config
    ),
  ]

  public static func markdown() -> String { markdown(files) }

  public static func markdown(_ files: [File]) -> String {
    let enumerations = SchemaTraversal.enumerations(from: files.map(\.root))

    // Headings in document order, with GitHub's anchors, so links resolve.
    var anchors = Anchors()
    let fileAnchors = files.map { anchors.add($0.title) }
    var objectAnchors: [ObjectSpec: String] = [:]
    var objectsPerFile: [[ObjectSpec]] = []
    for file in files {
      let objects = SchemaTraversal.objects(from: [file.root]).filter { objectAnchors[$0] == nil }
      for object in objects { objectAnchors[object] = anchors.add(object.name) }
      objectsPerFile.append(objects)
    }
    let withConsent = files.contains { $0.root == Schemas.trajectory }
    let consentAnchor = withConsent ? anchors.add(consentHeading) : nil
    let measuresAnchor = withConsent ? anchors.add(measuresHeading) : nil
    let enumerationsAnchor = anchors.add("Enumerations")
    var enumAnchors: [EnumSpec: String] = [:]
    for e in enumerations { enumAnchors[e] = anchors.add(e.name) }

    func typeText(_ type: FieldType) -> String {
      switch type {
      case .constant(let c): "`\(c)`"
      case .enumeration(let e): "[\(e.name)](#\(enumAnchors[e]!))"
      case .object(let o): "[\(o.name)](#\(objectAnchors[o]!))"
      case .dictionary(let o): "mapping of ids to [\(o.name)](#\(objectAnchors[o]!))"
      case .list(let t): "list of " + typeText(t)
      default: type.summary
      }
    }

    var out = """
      # amigo field reference

      This file is generated from `Sources/AmigoSchema/Schema/Schema+V1.swift` by `swift test`
      (`GeneratedFilesTests`), together with the JSON Schemas for editors,
      [trajectory.schema.json](trajectory.schema.json) and
      [config.schema.json](config.schema.json). Do not edit it by hand: change the schema, then
      run `AMIGO_RECORD_GOLDEN=1 swift test --filter GeneratedFilesTests` and review the diff.

      The syntax of the files is specified in [README.md](README.md). Keys and values are
      English; reports translate them. Every value is read as text and typed by the field: a
      date is `YYYY-MM-DD`, an id consists of letters, digits, `-`, `_` and `.` and starts with a
      letter or digit (at most 64 characters). An optional field may be left out or left empty
      (`key:` with nothing after it); a required field must have a value. Fields marked
      "single-line text" or "label" must not contain line breaks.

      Editors with the YAML language server check files against the JSON Schema when the file
      starts with a line such as `# yaml-language-server: $schema=../schema/trajectory.schema.json`
      (a path relative to the file).


      """
    for (file, anchor) in zip(files, fileAnchors) { out += "- [\(file.title)](#\(anchor))\n" }
    if let consentAnchor { out += "- [\(consentHeading)](#\(consentAnchor))\n" }
    if let measuresAnchor { out += "- [\(measuresHeading)](#\(measuresAnchor))\n" }
    out += "- [Enumerations](#\(enumerationsAnchor))\n"

    for (i, file) in files.enumerated() {
      out += "\n## \(file.title)\n\n\(file.intro)\n"
      for object in objectsPerFile[i] {
        out += "\n### \(object.name)\n\n\(cell(object.doc))\n\n"
        out += "| field | type | required | meaning |\n| --- | --- | --- | --- |\n"
        for field in object.fields {
          let meaning =
            field.doc
            + (field.identity.map { " An entry is identified by \(identityText($0))." } ?? "")
          out +=
            "| `\(field.name)` | \(cell(typeText(field.type))) | \(field.required ? "yes" : "no") | \(cell(meaning)) |\n"
        }
      }
    }

    if withConsent { out += consentSection() + measuresSection() }
    out += "\n## Enumerations\n\n"
    out += "Files hold the value. On the command line amigo also accepts the Dutch input aliases\n"
    out += "(case and accents do not matter) and writes the value.\n"
    for e in enumerations {
      out += "\n### \(e.name)\n\n"
      if let key = e.openKey {
        out +=
          "An open list: an organisation adds its own values in `amigo.yaml` under `vocabularies: {\(key): {id: {nl: label, en: label}}}`; `validate` accepts exactly these and the values below.\n\n"
      }
      out += "| value | English label | Dutch label | Dutch input aliases | notes |\n"
      out += "| --- | --- | --- | --- | --- |\n"
      for v in e.values {
        let aliases = v.aliases.map { "`\($0)`" }.joined(separator: ", ")
        out +=
          "| `\(v.value)` | \(cell(v.en)) | \(cell(v.nl)) | \(aliases) | \(cell(v.doc ?? "")) |\n"
      }
    }
    return out
  }

  /// "`date` and `kind`", "the value itself".
  public static func identityText(_ identity: ListIdentity) -> String {
    switch identity {
    case .value: "the value itself"
    case .fields(let names):
      SchemaDiagnostics.listJoined(names.map { "`\($0)`" }, "and")
    case .counted(let names):
      SchemaDiagnostics.listJoined(names.map { "`\($0)`" }, "and")
        + " (counted: an entry added on both sides of a merge is kept twice)"
    }
  }

  /// The table of keyed lists and their identities in `schema/README.md` §7, generated from the
  /// schema (`Field.identity`): `GeneratedFilesTests` fails when the README's copy is stale.
  public static func identityTable(_ spec: ObjectSpec = Schemas.trajectory) -> String {
    var out = "| list | an entry is identified by |\n| --- | --- |\n"
    func walk(_ spec: ObjectSpec, _ prefix: String) {
      for field in spec.fields {
        let path = prefix + field.name
        if let identity = field.identity {
          out += "| `\(path)` | \(cell(identityText(identity))) |\n"
        }
        switch field.type {
        case .object(let inner): walk(inner, path + ".")
        case .list(.object(let inner)): walk(inner, path + "[].")
        default: break
        }
      }
    }
    walk(spec, "")
    return out
  }

  /// Text for a table cell: one line, `|` escaped.
  static func cell(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "\n": out += " "
      case "|": out += "\\|"
      default: out.append(c)
      }
    }
    return out
  }

  /// Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to `-`, a
  /// repeated anchor numbered `-1`, `-2`.
  struct Anchors {
    var used: [String: Int] = [:]

    mutating func add(_ heading: String) -> String {
      var slug = ""
      for c in heading.lowercased() {
        if c.isLetter || c.isNumber || c == "-" || c == "_" {
          slug.append(c)
        } else if c == " " {
          slug.append("-")
        }
      }
      if let n = used[slug] {
        used[slug] = n + 1
        return "\(slug)-\(n)"
      }
      used[slug] = 1
      return slug
    }
  }
}
