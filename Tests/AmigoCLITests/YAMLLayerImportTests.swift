import Foundation
import Testing
import _AmigoTestSupport

/// Issue 15, typed writes: commands hand model values to the store and read model values back;
/// only `_yaml-json` and the rendering of diagnostics work with the YAML layer itself (`fmt`
/// gets its files' diagnostics from AmigoStore as `CheckedText`).
/// A CLI file outside that list that imports AmigoYAML fails this test: move what it does with
/// YAML into AmigoStore or AmigoSchema behind a typed function.
@Suite struct YAMLLayerImportTests {
  /// The files that work with YAML text by their nature.
  static let allowed: Set<String> = [
    "Commands/YAMLJSON.swift",
    "Output/DiagnosticRenderer.swift", "Output/DiagnosticJSON.swift",
    "Output/DiagnosticsError.swift",
  ]

  /// Commands still working with YAML themselves, until they take model values (issue 15):
  /// none left. The list only shrinks.
  static let notYetConverted: Set<String> = []

  static func importing() throws -> Set<String> {
    let root = Fixtures.root.appendingPathComponent("Sources/AmigoCLI")
    var found = Set<String>()
    let files = FileManager.default.enumerator(atPath: root.path)!
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let imports = text.split(separator: "\n").contains { line in
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let i = words.firstIndex(of: "import"), i + 1 < words.count else { return false }
        // `import AmigoYAML`, `@_exported import AmigoYAML`, `import struct AmigoYAML.X`.
        let name =
          words[i + 1] == "struct" || words[i + 1] == "enum" || words[i + 1] == "class"
          ? (i + 2 < words.count ? words[i + 2] : "") : words[i + 1]
        return name == "AmigoYAML" || name.hasPrefix("AmigoYAML.")
      }
      if imports { found.insert(file) }
    }
    return found
  }

  @Test func onlyTheYAMLFacingFilesImportTheYAMLLayer() throws {
    let found = try Self.importing()
    let unexpected = found.subtracting(Self.allowed).subtracting(Self.notYetConverted)
    #expect(
      unexpected.isEmpty,
      "\(unexpected.sorted()) import AmigoYAML: move what they do with YAML into AmigoStore or AmigoSchema behind a typed function"
    )
  }

  @Test func theListOfFilesNotYetConvertedOnlyShrinks() throws {
    let found = try Self.importing()
    let converted = Self.notYetConverted.subtracting(found)
    #expect(
      converted.isEmpty,
      "\(converted.sorted()) no longer import AmigoYAML: take them off `notYetConverted`")
  }
}
