import Foundation
import Testing
import _AmigoTestSupport

/// `schema/report.schema.json` describes every report JSON amigo writes: each JSON golden of
/// `Tests/Fixtures/cli` (report, export, show and list) validates against it, and JSON with the old
/// untyped values does not. CI checks the same with python-jsonschema
/// (`.ci/report_schema_check.py`); this validator knows only the keywords that schema uses.
@Suite struct ReportSchemaTests {
  static var schema: [String: Any] {
    let data = FileManager.default.contents(
      atPath: Fixtures.root.appendingPathComponent("schema/report.schema.json").path)!
    return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  static var goldens: [String] {
    Fixtures.cases(in: "cli").filter { name in
      guard
        let out = FileManager.default.contents(
          atPath: Fixtures.url("cli/\(name)/stdout").path),
        let args = FileManager.default.contents(atPath: Fixtures.url("cli/\(name)/args").path)
      else { return false }
      let first = String(decoding: args, as: UTF8.self).split(separator: "\n").first
      return ["report", "export", "show", "list"].contains(first) && out.first == UInt8(ascii: "{")
    }
  }

  /// The errors of `json` against `schema` (also `schema/aggregate.schema.json`).
  static func errors(_ json: Any, schema: [String: Any]) -> [String] {
    Validator(root: schema).errors(json, schema, "")
  }

  @Test func everyJSONGoldenMatchesTheSchema() throws {
    let names = ReportSchemaTests.goldens
    #expect(names.count >= 8, "\(names)")
    for name in names {
      let data = try #require(
        FileManager.default.contents(atPath: Fixtures.url("cli/\(name)/stdout").path))
      let json = try JSONSerialization.jsonObject(with: data)
      let errors = Validator(root: ReportSchemaTests.schema).errors(
        json, ReportSchemaTests.schema, "")
      #expect(errors.isEmpty, "\(name): \(errors.prefix(3))")
    }
  }

  @Test func untypedValuesDoNotMatch() throws {
    let bad: [String] = [
      // Dates as display text, a percentage as text, scores and attention as strings.
      #"{"report": "week", "title": "T", "facts": {"week": "2026-W47", "dates": "16-22 nov 2026", "as_of": "2026-11-19"}, "sections": [], "data": {"type": "table", "id": "t", "columns": [], "rows": []}}"#,
      #"{"report": "period", "title": "T", "facts": {"period": "2026", "dates": {"from": "2026-01-01", "to": "2026-12-31"}, "organisation": "O", "small_numbers": 5, "as_of": "2026-11-19"}, "sections": [], "data": {"type": "table", "id": "t", "columns": [], "rows": [{"period": "2026", "organisation": "O", "table": null, "group_type": {"code": "total", "label": "all"}, "group": {"code": "all", "label": "All"}, "municipality": null, "indicator": {"code": "drop_out", "label": "Drop-out"}, "value": "92%", "q1": null, "q3": null, "unit": null, "hidden": null, "reason": null}]}}"#,
      #"{"report": "week", "title": "T", "facts": {"week": "2026-W47", "dates": {"from": "2026-11-16", "to": "2026-11-22"}, "as_of": "2026-11-19"}, "sections": [], "data": {"type": "table", "id": "t", "columns": [], "rows": [{"worker": {"code": "ab", "label": "A"}, "child": "Daan V.", "id": "X", "school": "S", "week": 7, "child_talks": 1, "norm": 2, "minutes": 20, "other_contacts": [], "last_scores": "g1=5 g2=5", "attention": "below-norm missing-contacts"}]}}"#,
    ]
    for text in bad {
      let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
      #expect(
        !Validator(root: ReportSchemaTests.schema).errors(json, ReportSchemaTests.schema, "")
          .isEmpty, "\(text)")
    }
  }
}

/// A JSON Schema validator for the keywords `schema/report.schema.json` uses.
private struct Validator {
  let root: [String: Any]

  func resolve(_ ref: String) -> [String: Any] {
    var node: Any = root
    for part in ref.dropFirst(2).split(separator: "/") {
      node = (node as! [String: Any])[String(part)]!
    }
    return node as! [String: Any]
  }

  func type(of value: Any) -> Set<String> {
    if value is NSNull { return ["null"] }
    // Report JSON holds no booleans (the aggregate does): every other number is a number.
    if String(describing: Swift.type(of: value)).contains("Boolean") { return ["boolean"] }
    if let n = value as? NSNumber {
      return n.doubleValue == n.doubleValue.rounded() ? ["number", "integer"] : ["number"]
    }
    if value is String { return ["string"] }
    if value is [Any] { return ["array"] }
    if value is [String: Any] { return ["object"] }
    return []
  }

  func equal(_ a: Any, _ b: Any) -> Bool {
    (a as? NSObject)?.isEqual(b) ?? false
  }

  func errors(_ value: Any, _ schema: [String: Any], _ path: String) -> [String] {
    var out: [String] = []
    if let ref = schema["$ref"] as? String { out += errors(value, resolve(ref), path) }
    if let t = schema["type"] {
      let allowed = Set((t as? [String]) ?? [t as! String])
      if allowed.isDisjoint(with: type(of: value)) { out.append("\(path): not \(allowed)") }
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
      out.append("\(path): not one of \(options)")
    }
    if let c = schema["const"], !equal(c, value) { out.append("\(path): not \(c)") }
    if let pattern = schema["pattern"] as? String, let s = value as? String,
      s.range(of: pattern, options: .regularExpression) == nil
    {
      out.append("\(path): '\(s)' does not match \(pattern)")
    }
    if let n = value as? NSNumber, type(of: value).contains("number") {
      if let m = schema["minimum"] as? NSNumber, n.doubleValue < m.doubleValue {
        out.append("\(path): below \(m)")
      }
      if let m = schema["maximum"] as? NSNumber, n.doubleValue > m.doubleValue {
        out.append("\(path): above \(m)")
      }
    }
    if let m = schema["minLength"] as? Int, let s = value as? String, s.count < m {
      out.append("\(path): shorter than \(m)")
    }
    if let array = value as? [Any] {
      if let m = schema["minItems"] as? Int, array.count < m {
        out.append("\(path): fewer than \(m)")
      }
      if let items = schema["items"] as? [String: Any] {
        for (i, item) in array.enumerated() { out += errors(item, items, "\(path)/\(i)") }
      }
    }
    if let object = value as? [String: Any] {
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        out.append("\(path): no \(key)")
      }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for (key, item) in object {
        if let names = schema["propertyNames"] as? [String: Any] {
          out += errors(key, names, "\(path)/\(key) (name)")
        }
        if let p = properties[key] as? [String: Any] {
          out += errors(item, p, "\(path)/\(key)")
        } else if let extra = schema["additionalProperties"] as? [String: Any] {
          out += errors(item, extra, "\(path)/\(key)")
        } else if schema["additionalProperties"] != nil {
          // `false`: no other keys.
          out.append("\(path): unexpected \(key)")
        }
      }
    }
    if let all = schema["allOf"] as? [[String: Any]] {
      for s in all { out += errors(value, s, path) }
    }
    if let any = schema["anyOf"] as? [[String: Any]],
      !any.contains(where: { errors(value, $0, path).isEmpty })
    {
      out.append("\(path): matches none of anyOf")
    }
    if let one = schema["oneOf"] as? [[String: Any]],
      one.filter({ errors(value, $0, path).isEmpty }).count != 1
    {
      out.append("\(path): does not match exactly one of oneOf")
    }
    if let condition = schema["if"] as? [String: Any], errors(value, condition, path).isEmpty,
      let then = schema["then"] as? [String: Any]
    {
      out += errors(value, then, path)
    }
    return out
  }
}
