import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Activity files take the fast path of trajectory files (`CanonicalScanner`, strict decoding)
/// and it must not change a single result. For every activity file of the examples and the
/// fixtures, and for thousands of seeded mutations of them (lines deleted, doubled or
/// re-indented, values changed or given the wrong type, keys renamed to unknown ones or to
/// another type's, comments, quoting), each checked against its own workspace's `amigo.yaml`
/// and trajectories:
/// - `ActivityValidator.validate(bytes:)`, which takes the fast path where it can, gives the
///   same diagnostics (code, position, message, help) and activity as validating the parsed
///   document;
/// - when the fast path answers, the full path finds no syntax or schema problem.
@Suite struct ActivityFastPathTests {
  static let today = LocalDate("2026-11-19")

  /// Where a file is checked: its workspace's config and trajectories (nil outside one).
  struct Context {
    var config: Config?
    var index: TrajectoryIndex?
  }

  /// Every activity file of the examples and fixtures, with its workspace's context.
  static let corpus: [(path: String, bytes: [UInt8], context: Context)] = {
    var contexts: [String: Context] = [:]
    return Fixtures.yamlFiles(
      under: [
        "Examples", "Tests/Fixtures/cli", "Tests/Fixtures/errors", "Tests/Fixtures/jsonschema",
        "Tests/Fixtures/edits", "Tests/Fixtures/generated",
      ]
    ).filter { file in
      file.bytes.firstRange(of: Array("schema: amigo.activity/".utf8)) != nil
    }.map { file in
      let parts = file.path.split(separator: "/")
      let folder = parts.lastIndex(of: "activities").map { parts[..<$0].joined(separator: "/") }
      guard let folder else { return (file.path, file.bytes, Context()) }
      if contexts[folder] == nil { contexts[folder] = context(of: folder) }
      return (file.path, file.bytes, contexts[folder]!)
    }
  }()

  static func context(of folder: String) -> Context {
    let root = Fixtures.root.appendingPathComponent(folder)
    guard let data = FileManager.default.contents(atPath: root.path + "/amigo.yaml") else {
      return Context()
    }
    let config = Validator.validateConfig(YAMLDocument(bytes: [UInt8](data))).0
    let folder = root.path + "/trajectories"
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let trajectories = names.compactMap { name -> Trajectory? in
      guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
        return nil
      }
      return Validator.validateTrajectory(
        bytes: [UInt8](data), fileName: nil, config: config, today: today
      ).0
    }
    return Context(
      config: config,
      index: TrajectoryIndex(
        ids: names.map { String($0.dropLast(5)) }, trajectories: trajectories))
  }

  @Test func everyActivityTypeIsInTheCorpusAndTakesTheFastPath() {
    var fastTypes = Set<ActivityType>()
    for file in Self.corpus where check(file.bytes, file.context, file.path) {
      if let type = ActivityValidator.decode(file.bytes).type { fastTypes.insert(type) }
    }
    #expect(fastTypes == Set(ActivityType.allCases), "fast path taken for \(fastTypes) only")
  }

  @Test func examplesTakeTheFastPath() {
    let examples = Self.corpus.filter { $0.path.hasPrefix("Examples/") }
    #expect(examples.count >= 9)
    for file in examples {
      #expect(check(file.bytes, file.context, file.path), "\(file.path) takes the slow path")
    }
  }

  /// The type check reads the keys present in the file, not the decoded record: a canonical
  /// file with another type's field is judged the same on the fast path.
  @Test func anotherTypesFieldIsReportedOnTheFastPath() throws {
    let file = try #require(Self.corpus.first { $0.path.hasSuffix("T-2026-8KWD.yaml") })
    var text = String(decoding: file.bytes, as: UTF8.self)
    text += "participants: [SWS-2026-AAAA]\nname: Klassengesprek\n"
    let bytes = Array(text.utf8)
    #expect(check(bytes, file.context, file.path))
    let (_, diagnostics, document) = ActivityValidator.validate(
      bytes: bytes, fileName: "T-2026-8KWD", config: file.context.config,
      index: file.context.index, today: Self.today)
    #expect(document == nil)
    #expect(diagnostics.filter { $0.code == "field-not-for-type" }.count == 2)
  }

  @Test func mutatedFilesGiveTheSameResults() {
    var rng = SeededGenerator(seed: 2_026_120_620)
    var fieldNames = Set<String>()
    func collect(_ spec: ObjectSpec) {
      for field in spec.fields {
        fieldNames.insert(field.name)
        switch field.type {
        case .object(let s), .list(.object(let s)), .dictionary(let s): collect(s)
        default: break
        }
      }
    }
    collect(Schemas.activity)
    let keys = fieldNames.sorted() + ["colour", "names", "Date", "child"]
    let values = [
      "meeting", "group", "theme-meeting", "teacher-support", "light-contacts", "present",
      "absent", "excused", "children", "parents", "teachers", "2026-02-30", "2026-13-01",
      "2025-09-01", "2026-11-16", "2027-01-05", "2026-11", "abc", "-1", "0", "1", "7", "7.5", "60",
      "600", "6000", "true", "''", "'it''s'", "\"x: y\"", "\"a\\tb\"", "[]", "[ib, jgz]",
      "{a: 1}", "divorce", "bullying", "poverty", "x #y", "a:b", "=SUM(A1)", "06-12345678",
      "jan@example.nl", "123456782", "amigo.activity/1", "amigo.activity/2", "ib", "jgz",
      "child", "M-2026-4QT7", "G-2026-608B", "|", "|-", ">",
    ]
    var runs = 0
    var fast = 0
    for file in Self.corpus {
      // Ids of the workspace, so that some mutants name real children.
      let ids = file.context.index?.ids ?? []
      let local =
        values + ids.prefix(4).map { $0 } + (ids.count >= 2 ? ["[\(ids[0]), \(ids[1])]"] : [])
      let lines = file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        .map(Array.init)
      for _ in 0..<120 {
        var copy = lines
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
          mutate(&copy, keys: keys, values: local, using: &rng)
        }
        runs += 1
        if check(Array(copy.joined(separator: [0x0A])), file.context, file.path) { fast += 1 }
      }
    }
    #expect(runs >= 1000)
    // Enough mutants stay on the fast path for the comparison to mean something.
    #expect(fast * 5 > runs, "only \(fast) of \(runs) mutants took the fast path")
    print("activity fast path: \(fast) of \(runs) mutants decoded, \(Self.corpus.count) seeds")
  }

  /// One seeded change to a file's lines.
  func mutate(
    _ lines: inout [[UInt8]], keys: [String], values: [String], using rng: inout SeededGenerator
  ) {
    guard !lines.isEmpty else { return }
    let i = Int.random(in: 0..<lines.count, using: &rng)
    let line = lines[i]
    let colon = line.firstIndex(of: 0x3A).flatMap { c in
      c + 1 < line.count && line[c + 1] == 0x20 ? c : nil
    }
    let indent = line.firstIndex { $0 != 0x20 } ?? line.count
    let keyStart = line.firstIndex { $0 != 0x20 && $0 != 0x2D } ?? line.count
    switch Int.random(in: 0..<10, using: &rng) {
    case 0, 1:
      // Another value (of the right type or not) after the first `key: `.
      if let colon {
        lines[i] = Array(line[...colon]) + [0x20] + Array(values.randomElement(using: &rng)!.utf8)
      }
    case 2:
      // Another key: one of another type, of a nested object, or unknown.
      if let colon, keyStart < colon {
        lines[i] =
          Array(line[..<keyStart]) + Array(keys.randomElement(using: &rng)!.utf8)
          + Array(line[colon...])
      }
    case 3:
      lines.remove(at: i)
    case 4:
      // A doubled line: a duplicate key, or an item twice.
      lines.insert(line, at: i)
    case 5:
      // Bad indentation: a space more or less.
      if Bool.random(using: &rng) {
        lines[i] = [0x20] + line
      } else if indent > 0 {
        lines[i] = Array(line.dropFirst())
      }
    case 6:
      // A comment: after the value, or on a line of its own.
      if Bool.random(using: &rng) {
        lines[i] = line + Array(" # een opmerking".utf8)
      } else {
        lines.insert(Array(line[..<indent]) + Array("# een opmerking".utf8), at: i)
      }
    case 7:
      // The value quoted, in single or double quotes.
      if let colon, colon + 2 < line.count {
        let value = Array(line[(colon + 2)...])
        let quote: UInt8 = Bool.random(using: &rng) ? 0x27 : 0x22
        lines[i] = Array(line[...(colon + 1)]) + [quote] + value + [quote]
      }
    case 8:
      // The value of another line.
      let j = Int.random(in: 0..<lines.count, using: &rng)
      let other = lines[j]
      if let colon,
        let c2 = other.firstIndex(of: 0x3A).flatMap({ c in
          c + 1 < other.count && other[c + 1] == 0x20 ? c : nil
        })
      {
        lines[i] = Array(line[...colon]) + Array(other[(c2 + 1)...])
      }
    default:
      // A new entry at the root: a known field of any type, or an unknown one.
      let key = keys.randomElement(using: &rng)!
      let value = values.randomElement(using: &rng)!
      lines.insert(Array("\(key): \(value)".utf8), at: i)
    }
  }

  /// Compares the fast and the full path on `bytes`; true when the fast path answered.
  @discardableResult
  func check(_ bytes: [UInt8], _ context: Context, _ path: String) -> Bool {
    let shown = path + "\n" + String(decoding: bytes.prefix(600), as: UTF8.self)
    let name = String(path.split(separator: "/").last ?? "").replacingOccurrences(
      of: ".yaml", with: "")
    let document = YAMLDocument(bytes: bytes)
    var fastPath = false
    for warnings in [true, false] {
      let full = ActivityValidator.validate(
        document, fileName: name, config: context.config, index: context.index,
        today: Self.today, warnings: warnings)
      let quick = ActivityValidator.validate(
        bytes: bytes, fileName: name, config: context.config, index: context.index,
        today: Self.today, warnings: warnings)
      #expect(quick.1 == full.1, "diagnostics differ\n\(shown)")
      if quick.1 != full.1 {
        print(quick.1.map(\.header), full.1.map(\.header))
      }
      #expect(quick.0 == full.0, "activities differ\n\(shown)")
      fastPath = quick.2 == nil
    }
    // The model the workspace's index reads is the same on both paths.
    #expect(ActivityValidator.decode(bytes) == SchemaDecoder.activity(document))
    guard fastPath else { return false }
    #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.header))\n\(shown)")
    let schema = SchemaChecker.check(document, against: Schemas.activity)
    #expect(
      schema.isEmpty, "fast path accepted a schema problem: \(schema.map(\.header))\n\(shown)")
    return true
  }
}
