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

  /// Every example workspace: each folder in `Examples/` (a new one is covered too).
  static let all: [String] = {
    let root = Fixtures.root.appendingPathComponent("Examples").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/amigo.yaml") }
      .sorted()
  }()

  /// The list is read from disk: it holds at least the examples there are today.
  @Test func everyExampleIsFound() {
    let known = [
      "caseload", "kansencoach", "ruggensteun", "sociaal-werker-school", "tijd-voor-toekomst",
    ]
    #expect(Set(known).isSubset(of: Self.all), "\(Self.all)")
  }

  /// What the examples show is what `amigo fmt` leaves as it is: `fmt --check` passes.
  @Test(arguments: all)
  func exampleIsFormatted(_ name: String) {
    let env = Environment(currentDirectory: Fixtures.root.path)
    let status = Amigo.run(["fmt", "--check", "--dir", "Examples/" + name], environment: env)
    #expect(status == .success, "\(env.stdout.text)\(env.stderr.text)")
    #expect(env.stderr.text.isEmpty, "\(env.stderr.text)")
  }

  /// Each file of every example starts with the editors' schema line, naming the JSON Schema
  /// for its kind of file in the repository's `schema/` folder (which
  /// `.ci/jsonschema_check.py` checks every example against), and that file exists.
  @Test(arguments: all)
  func exampleFilesNameTheirJSONSchema(_ name: String) throws {
    let folder = Fixtures.root.appendingPathComponent("Examples/" + name)
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".yaml")
    }
    if name == "caseload" { #expect(files.count == 16) }
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let schema =
        file == "amigo.yaml"
        ? "config.schema.json"
        : file.hasPrefix("activities/") ? "activity.schema.json" : "trajectory.schema.json"
      let first = String(text.prefix { $0 != "\n" })
      let prefix = "# yaml-language-server: $schema="
      #expect(first.hasPrefix(prefix), "\(name)/\(file)")
      let path = String(first.dropFirst(prefix.count))
      let target = folder.appendingPathComponent(file).deletingLastPathComponent()
        .appendingPathComponent(path).standardizedFileURL
      #expect(
        target == Fixtures.root.appendingPathComponent("schema/" + schema).standardizedFileURL,
        "\(name)/\(file): \(path)")
      #expect(FileManager.default.fileExists(atPath: target.path), "\(name)/\(file): \(path)")
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
