import AmigoSchema
import Foundation
import Testing

/// The generated `activity.schema.json` has each type's own rules (`if` type, `then` its
/// required fields, the other types' fields refused), read from `ActivityType.policy`, so an
/// editor refuses what `validate` refuses (`.ci/jsonschema_check.py` checks files both ways).
@Suite struct ActivityJSONSchemaTests {
  @Test func everyTypeHasItsRequiredAndForeignFieldsInTheJSONSchema() throws {
    let json = JSONSchemaGenerator.activity()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let rules = try #require(root["allOf"] as? [[String: Any]], "no per-type rules")
    #expect(rules.count == ActivityType.allCases.count)
    for type in ActivityType.allCases {
      let rule = try #require(
        rules.first { r in
          let props = (r["if"] as? [String: Any])?["properties"] as? [String: Any]
          return (props?["type"] as? [String: Any])?["const"] as? String == type.rawValue
        }, "no rule for \(type)")
      let then = try #require(rule["then"] as? [String: Any])
      #expect((then["required"] as? [String] ?? []) == type.policy.required, "\(type)")
      let allowed = Set(ActivityType.commonFields + type.policy.fields)
      let foreign = Set(Schemas.activity.fields.map(\.name).filter { !allowed.contains($0) })
      let refused = (then["properties"] as? [String: Any]) ?? [:]
      #expect(Set(refused.keys) == foreign, "\(type)")
      for (_, value) in refused { #expect(value as? Bool == false) }
    }
  }
}
