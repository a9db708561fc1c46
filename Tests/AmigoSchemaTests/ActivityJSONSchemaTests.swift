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

  /// What `validate` demands of a list the JSON Schema says too: a worker at least (an
  /// activity without one is in no one's week report), and each child once in a list
  /// (`child-named-twice`).
  @Test func listsValidateDemandsAreBoundedInTheJSONSchema() throws {
    let json = JSONSchemaGenerator.activity()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let props = try #require(root["properties"] as? [String: Any])
    let workers = try #require(props["workers"] as? [String: Any])
    #expect(workers["minItems"] as? Int == 1)
    #expect(workers["uniqueItems"] == nil)
    for name in ["children", "participants"] {
      let field = try #require(props[name] as? [String: Any])
      #expect(field["uniqueItems"] as? Bool == true, "\(name)")
    }
    let defs = try #require(root["$defs"] as? [String: Any])
    let meeting = try #require(
      defs.values.compactMap { $0 as? [String: Any] }.first {
        ($0["properties"] as? [String: Any])?["present"] != nil
      })
    let attendance = try #require(meeting["properties"] as? [String: Any])
    for name in ["present", "absent", "excused"] {
      let field = try #require(attendance[name] as? [String: Any])
      #expect(field["uniqueItems"] as? Bool == true, "\(name)")
    }
  }

  /// `workers: []` is refused by `validate` on both paths (canonical layout takes the fast
  /// path), with the field named; a list with a worker is not.
  @Test func anActivityWithoutWorkersIsAnError() throws {
    let text = """
      schema: amigo.activity/1
      id: M-2026-0003
      type: meeting
      programme: amigos-op-school
      school: de-akker
      workers: []
      date: 2026-10-06
      minutes: 45
      with: [care-coordinator]
      unnamed: 2

      """
    for source in [text, text.replacingOccurrences(of: "workers: []", with: "workers:\n  []")] {
      let (_, diagnostics, _) = ActivityValidator.validate(
        bytes: Array(source.utf8), fileName: "M-2026-0003", config: nil, index: nil,
        today: nil)
      let errors = diagnostics.filter { $0.severity == .error }
      #expect(errors.map(\.code) == ["missing-field"], "\(errors)")
      #expect(errors.first?.message.contains("'workers' is an empty list") == true)
    }
    let fine = text.replacingOccurrences(of: "workers: []", with: "workers: [mv]")
    let (_, ok, _) = ActivityValidator.validate(
      bytes: Array(fine.utf8), fileName: "M-2026-0003", config: nil, index: nil, today: nil)
    #expect(ok.filter { $0.severity == .error }.isEmpty, "\(ok)")
  }
}
