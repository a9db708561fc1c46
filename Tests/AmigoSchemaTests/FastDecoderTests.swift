import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The fast path must not change a single result. For every fixture and example file and for
/// thousands of seeded mutations of them (values swapped for other valid and invalid ones, keys
/// renamed, lines dropped or doubled):
/// - when `FastDecoder` decodes a file, the full path (parser, schema checker, model decoder)
///   finds no syntax or schema problem and decodes an equal trajectory;
/// - `Validator.validateTrajectory(bytes:)`, which takes the fast path where it can, returns the
///   same diagnostics and trajectory as validating the parsed document.
@Suite struct FastDecoderTests {
  static let config: Config? = {
    guard let data = Fixtures.data("generated/amigo.yaml") else { return nil }
    return Validator.validateConfig(YAMLDocument(bytes: [UInt8](data))).0
  }()
  static let today = LocalDate("2026-11-19")

  static let corpus: [[UInt8]] = Fixtures.yamlFiles().map(\.bytes).filter {
    !$0.starts(with: Array("schema: amigo.config/".utf8))
  }

  @Test func generatedFilesTakeTheFastPath() throws {
    let generated = Fixtures.yamlFiles(under: ["Tests/Fixtures/generated/trajectories"])
    #expect(generated.count == 40)
    for file in generated {
      #expect(FastDecoder.trajectory(file.bytes) != nil, "\(file.path) takes the slow path")
    }
  }

  /// The schema's encoders give back what the file says: encoding a decoded trajectory gives
  /// the file's own value (amigo's files write no defaults), and the encoded text decodes to
  /// an equal trajectory on both paths.
  @Test func encodingGivesBackTheFile() throws {
    let generated = Fixtures.yamlFiles(under: ["Tests/Fixtures/generated/trajectories"])
    for file in generated {
      let document = YAMLDocument(bytes: file.bytes)
      let trajectory = SchemaDecoder.trajectory(document)
      let content = SchemaEncoder.content(trajectory, Schemas.trajectory)
      if let difference = Self.firstDifference(content.value, document.value ?? .mapping([])) {
        Issue.record("\(file.path): encoded \(difference)")
      }
      let text = try SchemaEncoder.document(trajectory, Schemas.trajectory)
      let again = SchemaDecoder.trajectory(YAMLDocument(parsing: text))
      #expect(SchemaEncoder.content(again, Schemas.trajectory) == content, "\(file.path)")
      let fast = try #require(FastDecoder.trajectory(Array(text.utf8)), "\(file.path)")
      #expect(SchemaEncoder.content(fast, Schemas.trajectory) == content, "\(file.path)")
    }
  }

  /// Where two values first differ (the order of keys aside), briefly.
  static func firstDifference(_ a: YAMLValue, _ b: YAMLValue, at path: String = "") -> String? {
    switch (a, b) {
    case (.mapping(var x), .mapping(var y)):
      // Order aside: the benchmark generator writes some keys in its own order.
      x.sort { $0.0 < $1.0 }
      y.sort { $0.0 < $1.0 }
      let keys = x.map(\.0)
      guard keys == y.map(\.0) else { return "\(path): keys \(keys) vs \(y.map(\.0))" }
      for ((k, v), (_, w)) in zip(x, y) {
        if let d = firstDifference(v, w, at: path + "." + k) { return d }
      }
      return nil
    case (.sequence(let x), .sequence(let y)):
      guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) items" }
      for (i, (v, w)) in zip(x, y).enumerated() {
        if let d = firstDifference(v, w, at: path + "[\(i)]") { return d }
      }
      return nil
    default:
      return a == b ? nil : "\(path): \(a) vs \(b)"
    }
  }

  /// More than 200 problems found by the rules in a file the fast path reads: capped the same
  /// way, with the same note.
  @Test func manyRuleProblemsAreCappedOnBothPaths() throws {
    let session = "  - date: 2026-08-31\n    kind: child-talk\n    minutes: 20\n"
    let text = """
      schema: amigo.trajectory/1
      id: AOS-2026-K7Q4
      programme: amigos-op-school
      school: de-akker
      worker: mv
      status: active
      child:
        label: Sam B.
        born: 2016-03
      consent:
        - date: 2026-09-04
          given_by: [parents]
      plan:
        start: 2026-09-07
      sessions:

      """ + String(repeating: session, count: 150)
    let bytes = Array(text.utf8)
    #expect(FastDecoder.trajectory(bytes) != nil, "the fast path reads it")
    let full = Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today)
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today)
    #expect(quick.1 == full.1)
    #expect(full.1.count == Diagnostic.maximumPerFile + 1)
    #expect(full.1.last?.code == "too-many-problems")
  }

  /// A file the fast path reads with diagnostics is not parsed a second time for its excerpts:
  /// its source comes back unparsed (no tree), with the parsed document's bytes and line table.
  @Test func diagnosticsOnTheFastPathKeepTheSourceUnparsed() throws {
    var seen = 0
    for bytes in Self.corpus where FastDecoder.trajectory(bytes) != nil {
      // The file name differs from every id: at least that diagnostic.
      let quick = Validator.validateTrajectory(
        bytes: bytes, fileName: "XX-0000-0000", config: Self.config, today: Self.today)
      guard !quick.1.isEmpty else { continue }
      seen += 1
      let kept = try #require(quick.2)
      #expect(kept.root == nil, "parsed a second time")
      #expect(kept.bytes == bytes)
      #expect(kept.source.lineStarts == YAMLDocument(bytes: bytes).source.lineStarts)
    }
    #expect(seen >= 60)
  }

  @Test func corpusGivesTheSameResults() {
    var fast = 0
    for bytes in Self.corpus where check(bytes) { fast += 1 }
    #expect(fast >= 60, "only \(fast) of \(Self.corpus.count) files took the fast path")
  }

  @Test func mutatedFilesGiveTheSameResults() {
    var rng = SeededGenerator(seed: 2_026_112_301)
    let seeds = Self.corpus.filter { FastDecoder.trajectory($0) != nil }
    let values = [
      "child-talk", "home-visit", "parent-talk", "held", "no-show", "active", "closed",
      "paused", "2026-02-30", "2026-13-01", "2025-09-01", "2026-11-16", "2026-11", "abc", "-1",
      "0", "7", "7.5", "7.25", "11", "20", "600", "601", "true", "''", "'it''s'", "\"x: y\"",
      "[]", "[g1]", "[g1, g9]", "[parents, teacher]", "{a: 1}", "g1", "parents", "child",
      "achieved", "completed", "school", "De Akker", "06-12345678", "123456782", "3072 AP",
      "jan@example.nl", "T-1", "amigo.trajectory/1", "amigo.trajectory/2", "x #y", "a:b",
    ]
    let keys = [
      "date", "kind", "note", "minutes", "status", "goals", "with", "place", "methods", "rater",
      "value", "target", "result", "unknown", "id", "label", "born", "group", "weeks", "start",
    ]
    var runs = 0
    var fast = 0
    for seed in seeds {
      let lines = seed.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
      for _ in 0..<12 {
        var copy = lines
        let i = Int.random(in: 0..<copy.count, using: &rng)
        let line = copy[i]
        let colon = line.firstIndex(of: 0x3A).flatMap { c in
          c + 1 < line.count && line[c + 1] == 0x20 ? c : nil
        }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0, 1:
          // Another value after the first `key: `.
          if let colon {
            copy[i] =
              Array(line[...colon]) + [0x20] + Array(values.randomElement(using: &rng)!.utf8)
          }
        case 2:
          // Another key.
          if let colon {
            let start = line.firstIndex { $0 != 0x20 && $0 != 0x2D } ?? 0
            copy[i] =
              Array(line[..<start]) + Array(keys.randomElement(using: &rng)!.utf8)
              + Array(line[colon...])
          }
        case 3:
          copy.remove(at: i)
        default:
          copy.insert(line, at: i)
        }
        runs += 1
        if check(Array(copy.joined(separator: [0x0A]))) { fast += 1 }
      }
    }
    #expect(runs >= 1000)
    // Enough mutants stay on the fast path for the comparison to mean something.
    #expect(fast * 5 > runs, "only \(fast) of \(runs) mutants took the fast path")
    print("fast decoder: \(fast) of \(runs) mutants decoded, \(seeds.count) seeds")
  }

  /// Compares the fast and the full path on `bytes`; true when the fast path decoded them.
  @discardableResult
  func check(_ bytes: [UInt8]) -> Bool {
    let shown = String(decoding: bytes.prefix(400), as: UTF8.self)
    let document = YAMLDocument(bytes: bytes)
    let full = Validator.validateTrajectory(
      document, fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today)
    let quick = Validator.validateTrajectory(
      bytes: bytes, fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today)
    #expect(quick.1 == full.1, "diagnostics differ\n\(shown)")
    #expect(quick.0 == full.0, "trajectories differ\n\(shown)")
    // The document kept for excerpts: a file with diagnostics has one, with the same bytes and
    // lines as the parsed one (the fast path keeps its source unparsed).
    if let kept = quick.2 {
      #expect(kept.bytes == document.bytes)
      #expect(kept.source.lineStarts == document.source.lineStarts, "line tables differ\n\(shown)")
    }
    // Keeping less changes what is kept, never the diagnostics.
    for warnings in [true, false] {
      let reference = Validator.validateTrajectory(
        document, fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today,
        warnings: warnings)
      for keep in [TrajectoryDetail.facts, .nothing] {
        let lean = Validator.validateTrajectory(
          bytes: bytes, fileName: "AOS-2026-K7Q4", config: Self.config, today: Self.today,
          warnings: warnings, keep: keep)
        #expect(lean.1 == reference.1, "diagnostics differ keeping \(keep)\n\(shown)")
        if keep == .facts {
          var facts = reference.0
          facts?.dropDetails()
          #expect(lean.0 == facts, "facts differ\n\(shown)")
        }
        #expect(lean.0?.id == reference.0?.id)
      }
    }
    guard let decoded = FastDecoder.trajectory(bytes) else { return false }
    #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.header))\n\(shown)")
    let schema = SchemaChecker.check(document, against: Schemas.trajectory)
    #expect(
      schema.isEmpty, "fast path accepted a schema problem: \(schema.map(\.header))\n\(shown)")
    #expect(decoded == SchemaDecoder.trajectory(document), "models differ\n\(shown)")
    // Without details: the same, less what `dropDetails` drops (but for goal references, which
    // the rules read and `Validator` drops after them).
    var lean = decoded
    lean.dropDetails()
    var quickLean = FastDecoder.trajectory(bytes, freeText: false, descriptions: false)
    quickLean?.dropDetails()
    #expect(quickLean == lean)
    return true
  }
}
