/// The per-type rules of `schema/activity.schema.json`, generated from `ActivityType.policy`:
/// for each type, `if` the file's `type` is that type, `then` the type's required fields are
/// required and the fields of other types are refused, as `ActivityValidator.typeFields`
/// judges them (`missing-field`, `field-not-for-type`).
extension JSONSchemaGenerator {
  static func activityTypeRules() -> [(String, JSONValue)] {
    let rules = ActivityType.allCases.map { type -> JSONValue in
      let policy = type.policy
      let allowed = Set(ActivityType.commonFields + policy.fields)
      let foreign = Schemas.activity.fields.map(\.name).filter { !allowed.contains($0) }
      var then: [(String, JSONValue)] = [
        (
          "description",
          .string(
            "A \(policy.value.en) (type: \(type.rawValue)) has \(policy.fields.map { "`\($0)`" }.joined(separator: ", ")); the fields of other types are not allowed."
          )
        )
      ]
      if !policy.required.isEmpty {
        then.append(("required", .array(policy.required.map { .string($0) })))
      }
      if !foreign.isEmpty {
        then.append(("properties", .object(foreign.map { ($0, false) })))
      }
      return .object([
        (
          "if",
          .object([
            ("properties", .object([("type", .object([("const", .string(type.rawValue))]))])),
            ("required", .array(["type"])),
          ])
        ),
        ("then", .object(then)),
      ])
    }
    return [("allOf", .array(rules))]
  }
}
