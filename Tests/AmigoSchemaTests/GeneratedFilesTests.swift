import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoSchema

/// One committed file generated from `Schemas`, under the repository root.
struct GeneratedFile: CustomTestStringConvertible, Sendable {
  let path: String
  let generate: @Sendable () -> String
  var testDescription: String { path }

  static let all: [GeneratedFile] = [
    GeneratedFile(path: "schema/trajectory.schema.json", generate: JSONSchemaGenerator.trajectory),
    GeneratedFile(path: "schema/config.schema.json", generate: JSONSchemaGenerator.config),
    GeneratedFile(path: "schema/activity.schema.json", generate: JSONSchemaGenerator.activity),
    GeneratedFile(path: "schema/fields.md", generate: FieldReference.markdown),
  ]

  var url: URL { Fixtures.root.appendingPathComponent(path) }

  /// nil when the committed file equals what the code generates, else what differs. With
  /// `AMIGO_RECORD_GOLDEN=1` it writes the file and still reports, so a recording never passes.
  func check() -> String? {
    let actual = generate()
    if Golden.recording {
      do {
        try Data(actual.utf8).write(to: url)
      } catch {
        return "could not write \(path): \(error)"
      }
      return "recorded \(path); rerun without AMIGO_RECORD_GOLDEN"
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return
        "missing \(path); generate it with AMIGO_RECORD_GOLDEN=1 swift test --filter GeneratedFilesTests"
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return nil }
    return
      "\(path) is stale; regenerate it with AMIGO_RECORD_GOLDEN=1 swift test --filter GeneratedFilesTests:\n"
      + LineDiff.describe(expected: expected, actual: actual)
  }
}

/// An enumeration as a test argument, shown by its name.
struct NamedEnum: CustomTestStringConvertible, Sendable {
  let spec: EnumSpec
  var testDescription: String { spec.name }
}

@Suite struct GeneratedFilesTests {
  @Test(arguments: GeneratedFile.all)
  func committedFileIsCurrent(_ file: GeneratedFile) {
    if let problem = file.check() { Issue.record(Comment(rawValue: problem)) }
  }

  /// The identity table in `schema/README.md` §7 is the schema's (`Field.identity`), between
  /// its markers; `AMIGO_RECORD_GOLDEN=1` rewrites it.
  @Test func readmeIdentityTableIsCurrent() throws {
    let url = Fixtures.root.appendingPathComponent("schema/README.md")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let open =
      "<!-- identities: generated from the schema (Field.identity) by GeneratedFilesTests -->\n"
    let close = "<!-- /identities -->"
    let start = try #require(text.range(of: open), "schema/README.md lost its identities marker")
    let end = try #require(
      text.range(of: close, range: start.upperBound..<text.endIndex),
      "schema/README.md lost its /identities marker")
    let actual = FieldReference.identityTable()
    if Golden.recording {
      let updated = text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: actual)
      try Data(updated.utf8).write(to: url)
      Issue.record("recorded schema/README.md's identity table; rerun without AMIGO_RECORD_GOLDEN")
      return
    }
    let committed = String(text[start.upperBound..<end.lowerBound])
    #expect(
      committed == actual,
      "schema/README.md's identity table is stale; regenerate it with AMIGO_RECORD_GOLDEN=1 swift test --filter GeneratedFilesTests:\n\(LineDiff.describe(expected: committed, actual: actual))"
    )
  }

  @Test func generationIsDeterministic() {
    for file in GeneratedFile.all {
      #expect(file.generate() == file.generate(), "\(file.path)")
    }
  }

  @Test(arguments: ["trajectory", "config"])
  func jsonSchemaParsesAndItsReferencesResolve(_ name: String) throws {
    let (spec, text) =
      name == "trajectory"
      ? (Schemas.trajectory, JSONSchemaGenerator.trajectory())
      : (Schemas.config, JSONSchemaGenerator.config())
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let root = try #require(json as? [String: Any])
    #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let id = try #require(root["$id"] as? String)
    #expect(
      id == "urn:amigo:schema:"
        + (name == "trajectory" ? Schemas.trajectoryVersion : Schemas.configVersion))
    #expect(root["type"] as? String == "object")
    #expect(root["additionalProperties"] as? Bool == false)
    let properties = try #require(root["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(spec.fields.map(\.name)))
    #expect(
      Set(root["required"] as? [String] ?? []) == Set(spec.fields.filter(\.required).map(\.name)))

    // Every $ref names a definition, and every definition is used.
    let definitions = root["$defs"] as? [String: Any] ?? [:]
    var refs: Set<String> = []
    func collect(_ value: Any) {
      if let object = value as? [String: Any] {
        if let ref = object["$ref"] as? String { refs.insert(ref) }
        object.values.forEach(collect)
      } else if let array = value as? [Any] {
        array.forEach(collect)
      }
    }
    collect(root)
    #expect(refs == Set(definitions.keys.map { "#/$defs/" + $0 }))
    #expect(definitions.count == SchemaTraversal.objects(from: [spec]).count - 1)
  }

  @Test func fieldReferenceNamesEveryFieldAndValue() {
    let markdown = FieldReference.markdown()
    let roots = [Schemas.trajectory, Schemas.config]
    for object in SchemaTraversal.objects(from: roots) {
      #expect(markdown.contains("\n### \(object.name)\n"), "no section for \(object.name)")
      for field in object.fields {
        #expect(markdown.contains("| `\(field.name)` |"), "\(object.name).\(field.name) is missing")
      }
    }
    for e in SchemaTraversal.enumerations(from: roots) {
      #expect(markdown.contains("\n### \(e.name)\n"), "no section for \(e.name)")
      for v in e.values {
        #expect(markdown.contains("| `\(v.value)` |"), "\(e.name) value \(v.value) is missing")
      }
    }
  }

  @Test func objectsAndEnumerationsAreInDeclarationOrder() {
    #expect(
      SchemaTraversal.objects(from: [Schemas.trajectory]).map(\.name) == [
        "trajectory", "school change", "handover", "child", "referral", "consent", "plan", "pause",
        "goal", "rating",
        "session", "agreement", "sharing", "meldcode step", "measure", "referral made", "closure",
        "satisfaction", "imported", "statement",
      ])
    #expect(
      SchemaTraversal.objects(from: [Schemas.config]).map(\.name) == [
        "workspace config", "programme", "range", "school", "worker", "training", "worker hours",
        "holiday", "vocabularies", "vocabulary entry", "privacy", "consent settings", "instrument",
        "norms source", "instrument forms", "instrument scale", "scale norms",
      ])
  }

  /// Values are unique, and an alias (as amigo matches input: case- and accent-insensitively)
  /// never equals another value's value or alias, so every input resolves to one value.
  @Test(
    arguments: SchemaTraversal.enumerations(from: [Schemas.trajectory, Schemas.config]).map(
      NamedEnum.init))
  func enumerationValuesAndAliasesAreUnambiguous(_ named: NamedEnum) {
    let e = named.spec
    var owner: [String: String] = [:]
    for v in e.values {
      #expect(!v.value.isEmpty, "\(e.name): empty value")
      for word in Set([v.value] + v.aliases) {
        let key = foldForMatching(word)
        if let other = owner[key], other != v.value {
          Issue.record("\(e.name): '\(word)' of '\(v.value)' clashes with '\(other)'")
        }
        owner[key] = v.value
      }
      #expect(Set(v.aliases).count == v.aliases.count, "\(e.name): '\(v.value)' repeats an alias")
    }
    #expect(Set(e.values.map(\.value)).count == e.values.count, "\(e.name): repeated value")
    for v in e.values {
      for word in [v.value] + v.aliases {
        #expect(
          e.resolve(word) == v.value,
          "\(e.name): '\(word)' resolves to \(e.resolve(word) ?? "nothing")")
      }
    }
  }
}

/// QA: the JSON Schema accepted `label: =SUM(1)` and `label: "-Sam"`, which `amigo validate`
/// refuses (`formula-label`). A child's label and a group's name carry a pattern that refuses
/// exactly what `FormulaLabelRule.startsLikeFormula` refuses.
@Suite struct FormulaLabelPatternTests {
  @Test func theLabelPatternRefusesWhatValidateRefuses() throws {
    let pattern = JSONSchemaGenerator.notFormulaPattern
    let regex = try NSRegularExpression(pattern: pattern)
    let samples = [
      "=SUM(1)", "-Sam", "+31", "@me", "\tSam", "\rSam", "Sam B.", "", "Émile", "—Sam", " =x",
      "x=1", "😀", "Sam\nB.", "Sam\n", "Sam\r\n",
    ]
    for text in samples {
      let range = NSRange(text.startIndex..., in: text)
      let matches = regex.firstMatch(in: text, range: range) != nil
      let refused = FormulaLabelRule.startsLikeFormula(text) || text.contains(where: \.isNewline)
      #expect(matches == !refused, "\(text.debugDescription): pattern \(matches)")
    }
    let trajectory = JSONSchemaGenerator.trajectory()
    let activity = JSONSchemaGenerator.activity()
    let json = "\"" + pattern.replacingOccurrences(of: "\\", with: "\\\\") + "\""
    #expect(trajectory.contains("\"pattern\": \(json)"))
    #expect(activity.contains("\"pattern\": \(json)"))
  }
}

/// QA: every pattern ended in `$`, which Python's `re` (the `jsonschema` package) and ICU also
/// match just before a final line break, so `"2026-11-19\n"` passed as a date and `"Sam\n"` as
/// one line of text. The patterns end the text itself.
@Suite struct PatternEndTests {
  @Test func noPatternAcceptsAFinalLineBreak() throws {
    let cases: [(String, String)] = [
      (JSONSchemaGenerator.identifierPattern, "AOS-2026-AB12"),
      (JSONSchemaGenerator.datePattern, "2026-11-19"),
      (JSONSchemaGenerator.yearMonthPattern, "2026-11"),
      (JSONSchemaGenerator.singleLinePattern, "Sam B."),
      (JSONSchemaGenerator.notFormulaPattern, "Sam B."),
    ]
    for (pattern, good) in cases {
      let regex = try NSRegularExpression(pattern: pattern)
      func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
      }
      #expect(matches(good), "\(pattern) refuses \(good)")
      for bad in [good + "\n", good + "\r\n", good + "\nx"] {
        #expect(!matches(bad), "\(pattern) accepts \(bad.debugDescription)")
      }
    }
  }
}
