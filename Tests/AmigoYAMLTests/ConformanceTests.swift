import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// One case of `Tests/Fixtures/yaml/<case>/`: `in.yaml` with `out.json` or `err.json`.
struct ConformanceCase: CustomTestStringConvertible, Sendable {
  let name: String
  var testDescription: String { name }

  static var all: [ConformanceCase] { Fixtures.cases(in: "yaml").map(ConformanceCase.init) }

  var input: [UInt8] { [UInt8](Fixtures.data("yaml/\(name)/in.yaml") ?? Data()) }
}

@Suite struct ConformanceTests {
  @Test func suiteHasEnoughCases() {
    #expect(ConformanceCase.all.count >= 80)
  }

  @Test(arguments: ConformanceCase.all)
  func caseMatchesExpectation(_ c: ConformanceCase) throws {
    let document = YAMLDocument(bytes: c.input)
    if let out = Fixtures.data("yaml/\(c.name)/out.json") {
      #expect(document.diagnostics.isEmpty, "unexpected: \(document.diagnostics.map(\.header))")
      let json = try JSONSerialization.jsonObject(with: out, options: [.fragmentsAllowed])
      if json is NSNull {
        #expect(document.value == nil)
      } else {
        let expected = try #require(FixtureJSON.value(json))
        let actual = try #require(document.value)
        #expect(FixtureJSON.sameValue(actual, expected), "got \(actual.json)")
        // Key order matters to amigo: compare against in-file order via our own JSON.
      }
    } else if let err = Fixtures.data("yaml/\(c.name)/err.json") {
      let expected = try #require(JSONSerialization.jsonObject(with: err) as? [[String: Any]])
      let want = expected.map { "\($0["line"]!):\($0["column"]!) \($0["code"]!)" }
      let got = document.diagnostics.map { d in
        "\(d.range!.start.line):\(d.range!.start.column) \(d.code)"
      }
      #expect(got == want)
      #expect(!document.isValid)
    } else {
      Issue.record("case \(c.name) has neither out.json nor err.json")
    }
  }

  /// Printing a parsed document gives back its input byte for byte.
  @Test(arguments: ConformanceCase.all)
  func roundTripIsByteIdentical(_ c: ConformanceCase) {
    let document = YAMLDocument(bytes: c.input)
    #expect(document.bytes == c.input)
  }

  /// Every code the catalogue declares is exercised by at least one error case.
  @Test func everyCodeHasACase() throws {
    var seen = Set<String>()
    for c in ConformanceCase.all {
      if let err = Fixtures.data("yaml/\(c.name)/err.json"),
        let list = try JSONSerialization.jsonObject(with: err) as? [[String: Any]]
      {
        for d in list { seen.insert(d["code"] as! String) }
      }
    }
    for code in YAMLDiagnostics.codes {
      #expect(seen.contains(code), "no error case for \(code)")
    }
  }
}
