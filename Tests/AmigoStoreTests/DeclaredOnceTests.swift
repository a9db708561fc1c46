import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing

/// A record of a test-only schema: the fields below are declared once, in `TestSchemas`, and
/// nothing else in amigo names them.
struct Pet: SchemaModel, Hashable {
  var name = ""
  var nickname: String?
  var visits: [Visit] = []
}

struct Visit: SchemaModel, Hashable {
  var date: LocalDate?
  var vet: String?
  var span = Span.none
}

enum TestSchemas {
  static let visit = ObjectSpec(
    "visit", doc: "A visit to the vet.",
    [
      Field("date", .date, required: true, "The day of the visit.") {
        (v: inout Visit, x) in
        v.date = x.date
      } encode: { v, e in
        e.scalar(v.date)
      },
      Field("vet", .label, "Who saw the pet.") { (v: inout Visit, x) in
        v.vet = x.string
      } encode: { v, e in
        e.scalar(v.vet)
      },
    ])

  /// A record with a constant and a required label, then the two added fields: one optional
  /// scalar and one keyed list.
  static let pet = ObjectSpec(
    "pet", doc: "A test-only record.",
    [
      Field("schema", .constant("test.pet/1"), required: true, "The format version."),
      Field("name", .label, required: true, "The pet's name.") {
        (p: inout Pet, v) in
        p.name = v.text
      } encode: { p, e in
        e.scalar(p.name)
      },
      Field("nickname", .label, "An optional scalar added to the record.") {
        (p: inout Pet, v) in
        p.nickname = v.string
      } encode: { p, e in
        e.scalar(p.nickname)
      },
      Field(
        "visits", .list(.object(visit)), "A keyed list added to the record.",
        identity: .fields(["date"])
      ) { (p: inout Pet, v) in
        p.visits = v.objects()
      } encode: { p, e in
        e.objects(p.visits)
      },
    ])

  static let compiled = CompiledSchema(pet)
}

/// "Declared once": a field added to a schema in one place is checked, decoded on both paths,
/// merged by its identity and documented in the JSON Schema, `fields.md` and the identity table,
/// with no other code edited.
@Suite struct DeclaredOnceTests {
  static let text = """
    schema: test.pet/1
    name: Rex
    nickname: Bobby
    visits:
      - date: 2026-01-05
        vet: Dr. Ank
      - date: 2026-02-09

    """

  static func decodeFull(_ text: String) -> Pet {
    SchemaDecoder.decode(YAMLDocument(parsing: text), as: TestSchemas.compiled)
  }

  static func decodeFast(_ text: String) -> Pet? {
    FastDecoder.decode(Array(text.utf8), as: TestSchemas.compiled)
  }

  @Test func decodesOnBothPaths() throws {
    let full = Self.decodeFull(Self.text)
    #expect(full.name == "Rex")
    #expect(full.nickname == "Bobby")
    #expect(full.visits.map(\.date) == [LocalDate("2026-01-05"), LocalDate("2026-02-09")])
    #expect(full.visits.map(\.vet) == ["Dr. Ank", nil])
    let fast = try #require(Self.decodeFast(Self.text), "the fast path reads a canonical file")
    #expect(fast == full)
    #expect(SchemaChecker.check(YAMLDocument(parsing: Self.text), against: TestSchemas.pet) == [])

    // A problem in an added field: the fast path declines, the full path reads what it can.
    let bad = Self.text.replacingOccurrences(of: "2026-02-09", with: "2026-02-30")
    #expect(Self.decodeFast(bad) == nil)
    #expect(Self.decodeFull(bad).visits.map(\.date) == [LocalDate("2026-01-05"), nil])
    // Quoted text is left to the full path, which reads its value.
    let quoted = Self.text.replacingOccurrences(of: "Bobby", with: "\"Bob\\tby\"")
    #expect(Self.decodeFull(quoted).nickname == "Bob\tby")
  }

  /// The full path reads any parsed file: one that is not a mapping, or whose values have the
  /// wrong shapes, gives an empty model or leaves those fields out, never a crash.
  @Test func fileOfAnyShapeDecodesLeniently() {
    for text in ["- a\n- b\n", "just text\n", "[1, 2]\n", "", "{}\n"] {
      let document = YAMLDocument(parsing: text)
      #expect(SchemaDecoder.trajectory(document) == Trajectory(), "\(text)")
      #expect(SchemaDecoder.config(document) == Config(), "\(text)")
      #expect(FastDecoder.trajectory(Array(text.utf8)) == nil, "\(text)")
    }
    let shapes = """
      id: [T-1]
      child: [a, b]
      sessions: {date: 2026-01-05}
      goals:
        - [g1]
        - x
        - id: g2
          ratings: {date: 2026-01-05}
      closure:
        date: 2026-01-05
        satisfaction: [8]
      plan:
        reviews:
          - 2026-01-05
          - [x]
          - a: b
          - 2026-13-01

      """
    #expect(YAMLDocument(parsing: shapes).isValid)
    let t = SchemaDecoder.trajectory(YAMLDocument(parsing: shapes))
    #expect(t.id == "")
    #expect(t.child == Child())
    #expect(t.sessions.isEmpty)
    #expect(t.goals.map(\.id) == ["g2"])
    #expect(t.goals.first?.ratings == [])
    #expect(t.closure?.date == LocalDate("2026-01-05"))
    #expect(t.closure?.satisfaction == [:])
    #expect(t.plan.reviews == [LocalDate("2026-01-05")].compactMap { $0 })
    let configText = """
      programmes:
        p1: [x]
        p2:
          label: P
          age: {min: 9, max: 8}

      """
    #expect(YAMLDocument(parsing: configText).isValid)
    let config = SchemaDecoder.config(YAMLDocument(parsing: configText))
    #expect(config.programmes.map(\.id) == ["p1", "p2"])
    #expect(config.programmes.last?.label == "P")
    #expect(config.programmes.last?.age == nil)
  }

  /// After a repeated key (a `duplicate-key` error) the full path goes on with the first
  /// occurrence (issue 26, item 5), for every field alike: a session's goal references, a
  /// closure's scores, a holiday's dates.
  @Test func repeatedKeysReadAsTheirFirstOccurrence() {
    let trajectory = SchemaDecoder.trajectory(
      YAMLDocument(
        parsing: """
          sessions:
            - date: 2026-01-05
              kind: child-talk
              goals: [g1]
              goals: [g2]
          closure:
            satisfaction: {child: 8}
            satisfaction: {parents: 7}

          """))
    #expect(trajectory.sessions.first?.goals == ["g1"])
    #expect(trajectory.sessions.first?.goalSpans.count == 1)
    #expect(trajectory.closure?.satisfaction == [.child: 8])
    let config = SchemaDecoder.config(
      YAMLDocument(
        parsing: """
          holidays:
            - label: Autumn
              from: 2026-10-17
              to: 2026-10-25
              from: 2026-12-19

          """))
    #expect(config.holidays.map(\.from) == [LocalDate("2026-10-17")!])
  }

  @Test func theCheckerKnowsTheAddedFields() {
    func codes(_ text: String) -> [String] {
      SchemaChecker.check(YAMLDocument(parsing: text), against: TestSchemas.pet).map(\.code)
    }
    #expect(codes(Self.text.replacingOccurrences(of: "nickname:", with: "nickanme:")).count == 1)
    #expect(
      !codes(Self.text.replacingOccurrences(of: "  - date: 2026-02-09", with: "  - vet: X"))
        .isEmpty)
    #expect(
      !codes(Self.text.replacingOccurrences(of: "nickname: Bobby", with: "nickname: [a]"))
        .isEmpty)
  }

  @Test func mergesByTheDeclaredIdentity() throws {
    let ours = Self.text + "  - date: 2026-03-02\n"
    let theirs =
      Self.text.replacingOccurrences(of: "nickname: Bobby", with: "nickname: Bo")
      .replacingOccurrences(
        of: "  - date: 2026-02-09\n", with: "  - date: 2026-02-09\n    vet: Dr. Kees\n")
      + "  - date: 2026-02-20\n"
    let result = try #require(
      TrajectoryMerge.merge(
        base: Array(Self.text.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8),
        spec: TestSchemas.pet))
    #expect(result.conflicts.isEmpty)
    let merged = Self.decodeFull(String(decoding: result.bytes, as: UTF8.self))
    #expect(merged.nickname == "Bo")
    #expect(
      merged.visits.map(\.date)
        == ["2026-01-05", "2026-02-09", "2026-02-20", "2026-03-02"].map { LocalDate($0) })
    #expect(merged.visits[1].vet == "Dr. Kees")
  }

  @Test func encodesAndReadsBack() throws {
    let pet = Self.decodeFull(Self.text)
    let text = try SchemaEncoder.document(pet, TestSchemas.pet)
    #expect(text.hasPrefix("schema: test.pet/1\nname: Rex\nnickname: Bobby\nvisits:\n"))
    #expect(Self.decodeFull(text) == pet)
    #expect(Self.decodeFast(text) == pet, "amigo's own layout takes the fast path")
    var unnamed = pet
    unnamed.nickname = nil
    #expect(!(try SchemaEncoder.document(unnamed, TestSchemas.pet)).contains("nickname"))
  }

  @Test func changesNameTheAddedFieldsAndEntries() {
    let old = Self.decodeFull(Self.text)
    var new = old
    new.nickname = "Bo"
    new.visits[1].vet = "Dr. Kees"
    new.visits.append(Visit(date: LocalDate("2026-03-02")))
    new.visits.removeFirst()
    #expect(
      SchemaChanges.compare(old, new, TestSchemas.pet) == [
        .changed("nickname", fields: []), .entryChanged("visits", "2026-02-09", fields: ["vet"]),
        .entryAdded("visits", "2026-03-02"), .entryRemoved("visits", "2026-01-05"),
      ])
    #expect(SchemaChanges.compare(old, old, TestSchemas.pet) == [])
    // Entries are matched by the declared identity, not by position.
    var moved = old
    moved.visits.reverse()
    #expect(SchemaChanges.compare(old, moved, TestSchemas.pet) == [])
  }

  @Test func theGeneratedDocumentsNameTheAddedFields() {
    let json = JSONSchemaGenerator.schema(
      for: TestSchemas.pet, id: "https://amigo.invalid/schema/pet.schema.json", title: "pet")
    #expect(json.contains("\"nickname\""))
    #expect(json.contains("\"visits\""))
    let fields = FieldReference.markdown([("Pets", "A test-only file.", TestSchemas.pet)])
    #expect(
      fields.contains("| `nickname` | label | no | An optional scalar added to the record. |"))
    #expect(fields.contains("An entry is identified by `date`."))
    #expect(fields.contains("### visit"))
    #expect(FieldReference.identityTable(TestSchemas.pet).contains("| `visits` | `date` |"))
  }

  /// Every bound field of one object stores into one model, so the decoder's walk can hand
  /// each field the object's model.
  @Test func theBindingsOfAnObjectShareItsModel() {
    for object in SchemaTraversal.objects(from: [
      Schemas.trajectory, Schemas.config, TestSchemas.pet,
    ]) {
      let models = Set(object.fields.compactMap { $0.binding.map { ObjectIdentifier($0.model) } })
      #expect(models.count <= 1, "\(object.name) binds into several models")
    }
    // Every field except the format version is decoded; every trajectory field is encoded
    // too (`changes` compares and keys entries through the encoders).
    for object in SchemaTraversal.objects(from: [Schemas.trajectory, Schemas.config]) {
      for field in object.fields where field.binding == nil {
        #expect(field.name == "schema", "\(object.name).\(field.name) is never decoded")
      }
    }
    for object in SchemaTraversal.objects(from: [Schemas.trajectory]) {
      for field in object.fields where field.binding != nil {
        #expect(field.binding!.encodes, "\(object.name).\(field.name) has no encoder")
      }
    }
  }
}
