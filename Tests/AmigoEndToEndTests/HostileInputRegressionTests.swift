import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Regression tests for the bugs the fuzzer and the hostile-file tests found (FUZZING.md,
/// bugs 1-6 fixed in 8de8945; bug 7 open). The parser-level inputs are also conformance cases
/// (`Tests/Fixtures/yaml/hostile-fuzz-*`); these run the built binary on bigger versions, where
/// a regression shows as a crash or a hang rather than a wrong answer.
@Suite(.enabled(if: AmigoBinary.isAvailable))
struct HostileInputRegressionTests {
  /// Runs `validate --format json` on `bytes` and expects an answer with `code`.
  @discardableResult
  func expectAnswer(
    _ bytes: [UInt8], code: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ProcessResult {
    let ws = try TempWorkspace("regression")
    let file = ws.root + "/input.yaml"
    try ws.write(bytes, to: file)
    let r = try amigo(["validate", "--format", "json", file], timeout: 60)
    print("HostileInputRegressionTests: \(code) (\(bytes.count / 1024) KiB): \(r)")
    #expect(!r.timedOut, "no answer within 60 s", sourceLocation: sourceLocation)
    #expect(r.signal == nil, "\(r)", sourceLocation: sourceLocation)
    #expect(r.exitCode == 1, "\(r)", sourceLocation: sourceLocation)
    #expect(r.stdout.contains("\"\(code)\""), sourceLocation: sourceLocation)
    return r
  }

  /// Schema problems are capped like syntax problems: 100 000 unknown keys gave 100 000
  /// diagnostics (16 MB of JSON); now the first 200 and a note.
  @Test func schemaProblemsAreCappedPerFile() throws {
    var bytes = Array("schema: amigo.trajectory/1\n".utf8)
    for i in 0..<100_000 { bytes += Array("k\(i): v\n".utf8) }
    let r = try expectAnswer(bytes, code: "too-many-problems")
    #expect(r.stdout.components(separatedBy: "\"unknown-field\"").count - 1 <= 200)
    #expect(r.stdout.utf8.count < 200_000, "\(r.stdout.utf8.count) bytes of output")
  }

  /// A message quotes user text in at most 60 characters: a 1 MB key gave a 1 MB message.
  /// (A key over YAML's 1 024 characters is now `long-key`, which quotes none of it; a value
  /// is still quoted.)
  @Test func longTextIsQuotedShortInMessages() throws {
    let key = try expectAnswer(
      Self.line("schema: amigo.trajectory/1\n", "k", count: 1_000_000, ": v\n"),
      code: "long-key")
    #expect(key.stdout.utf8.count < 20_000, "\(key.stdout.utf8.count) bytes of output")
    let value = try expectAnswer(
      Self.line("schema: amigo.trajectory/1\nstatus: ", "k", count: 1_000_000, "\n"),
      code: "invalid-value")
    #expect(value.stdout.utf8.count < 20_000, "\(value.stdout.utf8.count) bytes of output")
  }

  static func line(_ prefix: String, _ unit: String, count: Int, _ suffix: String) -> [UInt8] {
    Array((prefix + String(repeating: unit, count: count) + suffix).utf8)
  }

  /// Bug 1: `parseNode` recursed once per anchor or tag on a line, outside the nesting limit;
  /// a line of `! ` overflowed the stack (SIGSEGV: about a thousand in a debug build, a hundred
  /// thousand in a release build).
  @Test(arguments: [("! ", "unsupported-tag"), ("&a ", "unsupported-anchor")])
  func propertiesOnOneLineDoNotOverflowTheStack(_ unit: String, _ code: String) throws {
    try expectAnswer(Self.line("a: ", unit, count: 200_000, "x\n"), code: code)
  }

  /// Bug 7: the same on separate lines, each indented one more: `k:`, ` !t`, `  !t`, … A line
  /// holding only properties recursed once per line outside the nesting limit; it now counts as
  /// a level of nesting.
  @Test func propertiesOnSuccessiveLinesDoNotOverflowTheStack() throws {
    var bytes = Array("k:\n".utf8)
    for depth in 1...3000 { bytes += [UInt8](repeating: 0x20, count: depth) + Array("!t\n".utf8) }
    bytes += [UInt8](repeating: 0x20, count: 3001) + Array("x\n".utf8)
    try expectAnswer(bytes, code: "unsupported-tag")
  }

  /// Bug 2: each diagnostic's position was found by scanning its line from the start, so many
  /// diagnostics on one long line took quadratic time (over a minute for these).
  @Test func manyInvalidEscapesOnOneLine() throws {
    try expectAnswer(Self.line("a: \"", "\\q", count: 200_000, "\"\n"), code: "invalid-escape")
  }

  @Test func manyDuplicateKeysInOneFlowMapping() throws {
    try expectAnswer(Self.line("a: {", "k: 1, ", count: 100_000, "}\n"), code: "duplicate-key")
  }

  /// Bug 3: duplicate keys in a block mapping were found by a linear search before each new
  /// key: quadratic in the number of keys (14 s for 100 000 keys in a release build).
  @Test func manyKeysInOneBlockMapping() throws {
    var bytes: [UInt8] = []
    for i in 0..<100_000 { bytes += Array("k\(i): v\n".utf8) }
    bytes += Array("k99999: again\n".utf8)
    try expectAnswer(bytes, code: "duplicate-key")
  }

  /// Bug 4: the text renderer printed the whole source line, and a padding line as long, for
  /// every diagnostic: 2 MB of output for one error on a 1 MB line.
  @Test func longLinesAreShownAsAnExcerpt() throws {
    let ws = try TempWorkspace("excerpt")
    let file = ws.root + "/input.yaml"
    // An unterminated quote at the start of a 1 MB line, and a tab deep inside a second one.
    let long = String(repeating: "x", count: 1 << 20)
    try ws.write(Array(("\"" + long + "\nk: [" + long + "\t, &a]\n").utf8), to: file)
    let r = try amigo(["validate", file])
    #expect(r.exitCode == 1, "\(r)")
    #expect(r.stdout.contains("error["))
    #expect(r.stdout.utf8.count < 64 * 1024, "\(r.stdout.utf8.count) bytes of output")
  }

  /// Bug 5: around invalid UTF-8, positions were decoded more leniently than the encoding
  /// check (`ED A0 80`, an encoded surrogate, counted as one character), so a range could end
  /// before it started. Found by the fuzzer in its first seconds.
  @Test func rangesDoNotEndBeforeTheyStart() {
    let inputs: [[UInt8]] = [
      [0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80, 0x0A],  // surrogate
      [0x61, 0x3A, 0x20, 0xC0, 0xAF, 0x62, 0x0A],  // overlong
      [0x61, 0x3A, 0x20, 0xF4, 0x90, 0x80, 0x80, 0x0A],  // above U+10FFFF
      [0x61, 0x3A, 0x20, 0xE2, 0x82, 0x0A, 0xF0, 0x9F, 0x98],  // truncated, also at the end
    ]
    for bytes in inputs {
      let document = YAMLDocument(bytes: bytes)
      #expect(!document.isValid)
      for d in document.diagnostics {
        let r = d.range!
        #expect(r.start <= r.end, "\(bytes): \(d.header): \(r)")
      }
    }
  }

  /// Bug 6: a folder that could not be created was reported with Foundation's generic text
  /// ("The operation could not be completed. (NSCocoaErrorDomain error 512.)").
  @Test func folderErrorsSayWhy() throws {
    let ws = try TempWorkspace("init")
    let file = ws.root + "/plain-file"
    try ws.write(Array("x\n".utf8), to: file)
    let r = try amigo(["init", file + "/werkmap"])
    #expect(r.exitCode == 74, "\(r): \(r.stderr)")
    #expect(r.stderr.contains(file + "/werkmap"))
    #expect(r.stderr.contains("Not a directory"), "\(r.stderr)")
  }
}
