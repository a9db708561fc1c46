import AmigoCLI
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language: every diagnostic's message and help come in English and Dutch
/// (`Bilingual`, declared with the diagnostic in `SchemaDiagnostics*`/`YAMLDiagnostics`); with
/// `language: nl` or `--lang nl`, `validate` shows the Dutch, keeping location, severity and code
/// (and JSON) as they are.
@Suite struct DiagnosticLanguageTests {
  /// Every reproducer of the error catalogue, in Dutch: the same diagnostics, each with a Dutch
  /// message and help of its own (a code without its Dutch text fails here).
  @Test(arguments: CatalogueCase.all)
  func everyDiagnosticHasItsDutchText(_ c: CatalogueCase) throws {
    let en = try c.run()
    let nl = try c.run(language: "nl")
    #expect(en.status == nl.status)
    let enHeaders = CatalogueCase.headers(en.output)
    let nlHeaders = CatalogueCase.headers(nl.output)
    #expect(enHeaders.map(\.code) == nlHeaders.map(\.code))
    #expect(enHeaders.map(\.severity) == nlHeaders.map(\.severity))
    for (e, n) in zip(enHeaders, nlHeaders) {
      #expect(!n.message.isEmpty)
      #expect(e.message != n.message, "[\(e.code)] has no Dutch message: \(e.message)")
    }
    let enHelp = Self.lines(en.output, "   = help: ")
    let nlHelp = Self.lines(nl.output, "   = tip: ")
    #expect(enHelp.count == nlHelp.count, "every help has its Dutch tip")
    #expect(Self.lines(nl.output, "   = help: ").isEmpty)
    for (e, n) in zip(enHelp, nlHelp) {
      #expect(e != n, "[\(c.code)] help has no Dutch text: \(e)")
    }
    // The summary line is Dutch too.
    #expect(nl.output.contains(" gecontroleerd") || nl.output.contains(" van "))
  }

  static func lines(_ output: String, _ prefix: String) -> [String] {
    output.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map {
      String($0.dropFirst(prefix.count))
    }
  }

  /// Every object and list of the schema has a Dutch name for messages.
  @Test func everySchemaNameHasADutchName() {
    var missing: Set<String> = []
    var seen: Set<String> = []
    func visit(_ type: FieldType) {
      switch type {
      case .enumeration(let e):
        if SchemaDiagnostics.dutchNames[e.name] == nil { missing.insert(e.name) }
      case .list(let t): visit(t)
      case .object(let o), .dictionary(let o): visit(o)
      default: break
      }
    }
    func visit(_ spec: ObjectSpec) {
      guard seen.insert(spec.name).inserted else { return }
      if SchemaDiagnostics.dutchNames[spec.name] == nil { missing.insert(spec.name) }
      for field in spec.fields { visit(field.type) }
    }
    for root in [Schemas.trajectory, Schemas.config, Schemas.activity] { visit(root) }
    #expect(
      missing.isEmpty, "no Dutch name in SchemaDiagnostics.dutchNames for \(missing.sorted())")
  }

  /// A workspace with `language: nl`: `validate` speaks Dutch without `--lang`, English with
  /// `--lang en`; the allowed values show the Dutch words first, each with the file's value;
  /// JSON keeps the English message.
  @Test func aDutchWorkspaceValidatesInDutch() throws {
    let folder = try Self.workspace(language: "nl")
    let dir = folder.root
    let env = Environment(currentDirectory: dir.path)
    let status = Amigo.run(["validate", "--today", "2026-11-19"], environment: env)
    #expect(status == .failure)
    let out = env.stdout.text
    #expect(
      out.contains("error[invalid-value]: 'kindgesprek' is geen geldige waarde voor soort sessie"))
    #expect(out.contains("= tip: bedoelde je 'child-talk'? geldige waarden"))
    #expect(out.contains("kindgesprek ('child-talk')"))
    #expect(out.contains("amigo: 1 fout en 1 waarschuwing in 1 van de 2 bestanden"))
    #expect(!out.contains("= help:"))

    let english = Environment(currentDirectory: dir.path)
    _ = Amigo.run(["validate", "--today", "2026-11-19", "--lang", "en"], environment: english)
    #expect(english.stdout.text.contains("'kindgesprek' is not a valid session kind"))
    #expect(english.stdout.text.contains("amigo: 1 error and 1 warning in 1 of 2 files"))

    let json = Environment(currentDirectory: dir.path)
    _ = Amigo.run(["validate", "--today", "2026-11-19", "--format", "json"], environment: json)
    #expect(json.stdout.text.contains("\"message\": \"'kindgesprek' is not a valid session kind\""))
    #expect(!json.stdout.text.contains("geen geldige"))
  }

  /// An English workspace stays English; `--lang nl` makes it Dutch.
  @Test func anEnglishWorkspaceTakesLangNL() throws {
    let folder = try Self.workspace(language: "en")
    let dir = folder.root
    let env = Environment(currentDirectory: dir.path)
    _ = Amigo.run(["validate", "--today", "2026-11-19"], environment: env)
    #expect(env.stdout.text.contains("is not a valid session kind"))
    let dutch = Environment(currentDirectory: dir.path)
    _ = Amigo.run(["validate", "--today", "2026-11-19", "--lang", "nl"], environment: dutch)
    #expect(dutch.stdout.text.contains("is geen geldige waarde voor soort sessie"))
  }

  /// The catalogue's base workspace with a Dutch word for a session kind in a file.
  static func workspace(language: String) throws -> TemporaryFolder {
    let fm = FileManager.default
    let folder = try TemporaryFolder(prefix: "amigo-lang")
    let dir = folder.root
    try fm.createDirectory(
      at: dir.appendingPathComponent("trajectories"), withIntermediateDirectories: true)
    var config = try String(
      contentsOf: Fixtures.url("errors/_base/amigo.yaml"), encoding: .utf8)
    config = config.replacingOccurrences(of: "language: en", with: "language: \(language)")
    try Data(config.utf8).write(to: dir.appendingPathComponent("amigo.yaml"))
    let source = Fixtures.url("errors/invalid-value/trajectories")
    let file = try fm.contentsOfDirectory(atPath: source.path).sorted().first!
    try fm.copyItem(
      at: source.appendingPathComponent(file),
      to: dir.appendingPathComponent("trajectories/\(file)"))
    return folder
  }
}
