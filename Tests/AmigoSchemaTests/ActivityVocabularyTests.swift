import AmigoSchema
import AmigoYAML
import Testing

/// An activity's open lists are judged like a trajectory's (`VocabularyRule`): the built-in
/// values and those the workspace declares, nothing else, on the fast path and the full path.
@Suite struct ActivityVocabularyTests {
  static let meeting = """
    schema: amigo.activity/1
    id: M-2026-4QT7
    type: meeting
    programme: p
    school: s
    workers: [w]
    date: 2026-10-20
    minutes: 60
    with: [care-coordinator, dragon, youth-health]
    unnamed: 3

    """

  @Test func aMeetingsRolesAreParticipantsBuiltInOrDeclared() throws {
    let (_, full) = ActivityValidator.validate(
      YAMLDocument(parsing: Self.meeting), fileName: "M-2026-4QT7", config: nil, index: nil,
      today: nil)
    #expect(full.map(\.code) == ["invalid-value"], "\(full)")
    #expect(full.first?.range?.start.line == 9)
    #expect(full.first?.range?.start.column == 26)
    // From the bytes (the fast path where it can) the same diagnostics.
    let (_, fast, _) = ActivityValidator.validate(
      bytes: Array(Self.meeting.utf8), fileName: "M-2026-4QT7", config: nil, index: nil,
      today: nil)
    #expect(fast.map(\.code) == full.map(\.code))
    #expect(fast.map(\.range) == full.map(\.range))
    // Declared by the workspace: accepted.
    var config = Config()
    config.vocabularies["participants"] = [EnumValue("dragon", en: "dragon", nl: "draak")]
    let (_, declared) = ActivityValidator.validate(
      YAMLDocument(parsing: Self.meeting), fileName: "M-2026-4QT7", config: config, index: nil,
      today: nil)
    #expect(!declared.contains { $0.code == "invalid-value" }, "\(declared)")
  }
}
