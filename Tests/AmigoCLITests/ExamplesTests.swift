import AmigoCLI
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The shipped examples never rot (beancount's check_examples_test).
@Suite struct ExamplesTests {
  static let caseload = Fixtures.root.appendingPathComponent("Examples/caseload").path

  @Test func exampleWorkspaceValidatesClean() {
    let env = Environment(currentDirectory: Fixtures.root.path)
    let status = Amigo.run(
      ["validate", "--today", "2026-11-19", "Examples/caseload"], environment: env)
    #expect(status == .success)
    #expect(env.stdout.text == "amigo: 16 files checked, no problems\n")
    #expect(env.stderr.text.isEmpty)
  }

  /// One small workspace per other programme, each on its profile, validating clean.
  @Test(arguments: ["kansencoach", "ruggensteun", "sociaal-werker-school", "tijd-voor-toekomst"])
  func programmeExampleValidatesClean(_ name: String) throws {
    let env = Environment(currentDirectory: Fixtures.root.path)
    let status = Amigo.run(
      ["validate", "--strict", "--today", "2026-11-19", "Examples/" + name], environment: env)
    #expect(status == .success, "\(env.stdout.text)\(env.stderr.text)")
    #expect(env.stdout.text.hasSuffix(" files checked, no problems\n"))
    let files = try FileManager.default.contentsOfDirectory(
      atPath: Fixtures.root.path + "/Examples/\(name)/trajectories")
    #expect((5...8).contains(files.count), "\(files)")
    let text = try String(
      contentsOfFile: Fixtures.root.path + "/Examples/\(name)/amigo.yaml", encoding: .utf8)
    let (config, _) = Validator.validateConfig(YAMLDocument(parsing: text))
    #expect(config?.programmes.map(\.id) == [name])
  }

  @Test func exampleFilesNameTheirJSONSchema() throws {
    let files = try FileManager.default.subpathsOfDirectory(atPath: Self.caseload).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(files.count == 16)
    for file in files {
      let text = try String(contentsOfFile: Self.caseload + "/" + file, encoding: .utf8)
      let schema = file == "amigo.yaml" ? "config.schema.json" : "trajectory.schema.json"
      #expect(text.hasPrefix("# yaml-language-server: $schema="), "\(file)")
      #expect(text.split(separator: "\n").first?.hasSuffix("/schema/" + schema) == true, "\(file)")
    }
  }

  @Test func everyStatusAppearsInTheExamples() throws {
    let env = Environment(currentDirectory: Fixtures.root.path)
    _ = Amigo.run(
      ["validate", "--format", "json", "--today", "2026-11-19", "Examples/caseload"],
      environment: env)
    var statuses = Set<String>()
    for file in try FileManager.default.contentsOfDirectory(atPath: Self.caseload + "/trajectories")
    {
      let document = YAMLDocument(
        bytes: [UInt8](
          FileManager.default.contents(atPath: Self.caseload + "/trajectories/" + file)!))
      statuses.insert(document.node(at: ["status"])?.scalar?.value ?? "")
    }
    #expect(statuses == Set(Schemas.status.values.map(\.value)))
  }

  /// The worked example in schema/README.md is a valid trajectory for the example workspace.
  @Test func workedExampleInTheSpecValidates() throws {
    let spec = try String(
      contentsOf: Fixtures.root.appendingPathComponent("schema/README.md"), encoding: .utf8)
    let blocks = spec.components(separatedBy: "```yaml\n").dropFirst().map {
      $0.components(separatedBy: "```")[0]
    }
    let example = try #require(blocks.first { $0.contains("schema: amigo.trajectory/1") })
    let configDocument = YAMLDocument(
      bytes: [UInt8](FileManager.default.contents(atPath: Self.caseload + "/amigo.yaml")!))
    let (config, _) = Validator.validateConfig(configDocument)
    let (_, diagnostics) = Validator.validateTrajectory(
      YAMLDocument(parsing: example), fileName: "AOS-2026-X4M2", config: config,
      today: LocalDate("2026-04-30"))
    #expect(diagnostics.filter { $0.severity == .error }.map(\.header) == [])
    #expect(!diagnostics.isEmpty, "the text under the example says it gives warnings")
  }
}
