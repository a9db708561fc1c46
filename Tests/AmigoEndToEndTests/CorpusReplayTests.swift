import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The fuzzer's seed corpus (`Fuzz/corpus`: the YAML test suite's inputs, amigo's fixtures and
/// examples) replayed in process with the fuzz target's main invariants, so that `swift test`
/// catches a regression on any of them without a fuzzing run.
@Suite struct CorpusReplayTests {
  static let corpus: [String] = {
    let folder = Fixtures.root.appendingPathComponent("Fuzz/corpus").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { folder + "/" + $0 }
  }()

  @Test func corpusIsThere() {
    #expect(Self.corpus.count >= 600)
  }

  @Test func everyInputKeepsTheInvariants() throws {
    let today = LocalDate("2026-11-19")
    let configPath = Fixtures.root.appendingPathComponent("Examples/caseload/amigo.yaml").path
    let configBytes = try #require(FileManager.default.contents(atPath: configPath))
    let config = Validator.validateConfig(YAMLDocument(bytes: [UInt8](configBytes))).0
    for path in Self.corpus {
      let name = (path as NSString).lastPathComponent
      let input = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
      let document = YAMLDocument(bytes: input)
      #expect(document.bytes == input, "\(name): not lossless")
      expectPositions(document.diagnostics, in: document, name)
      expectPositions(
        Validator.validateTrajectory(
          document, fileName: "AOS-2026-K7Q4", config: config, today: today
        ).1, in: document, name)
      expectPositions(Validator.validateConfig(document).1, in: document, name)
      guard document.isValid else { continue }
      switch WhitespaceFormatter.format(document) {
      case .formatted(let bytes):
        let formatted = YAMLDocument(bytes: bytes)
        #expect(formatted.isValid && formatted.value == document.value, "\(name): fmt")
      case .invalid:
        Issue.record("\(name): the formatter calls a valid document invalid")
      case .unchanged, .unsafe:
        break
      }
    }
  }

  func expectPositions(_ diagnostics: [Diagnostic], in document: YAMLDocument, _ name: String) {
    let lines = max(1, document.source.lineCount)
    for d in diagnostics {
      guard let r = d.range else { continue }
      #expect(r.start.line >= 1 && r.end.line <= lines, "\(name): \(d.header) \(r)")
      #expect(r.start.column >= 1 && r.end.column >= 1, "\(name): \(d.header) \(r)")
      #expect(r.start <= r.end, "\(name): \(d.header) \(r)")
    }
  }
}
