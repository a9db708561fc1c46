import AmigoSchema
import AmigoYAML
import Foundation

/// `amigo _yaml-json [--batch] FILE…` (hidden): amigo's own reading of YAML files as JSON, so that
/// other YAML readers (PyYAML in `.ci/run`) can be compared with it. Every scalar is a string.
enum YAMLJSONCommand: Command {
  static let spec = CommandSpec(
    name: "_yaml-json",
    abstract: "Print amigo's reading of YAML files as JSON (for interop checks).",
    discussion: """
      With one file, prints its value as JSON (null for an empty document), or its diagnostics on
      stderr with exit 65. With --batch, prints one JSON object per file and line:
      {"file": …, "value": … or null, "diagnostics": [{"code", "line", "column", "message"}]}.
      With --typed, each line also has "typed": amigo's typed reading of a trajectory or
      workspace config (numbers, booleans and null as the schema reads them), or null.
      """,
    arguments: [ArgumentSpec("file", variadic: true, help: "YAML files to read.")],
    options: [
      OptionSpec("batch", help: "Read many files; print one JSON line per file."),
      OptionSpec("typed", help: "With --batch: add amigo's typed reading of its own files."),
    ])

  static func run(_ arguments: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let batch = arguments.flag("batch")
    let files = arguments.positionals
    if !batch && files.count > 1 {
      throw UsageError.unexpectedArgument(files[1], command: spec.name)
    }
    var status = ExitStatus.success
    for file in files {
      guard let data = FileManager.default.contents(atPath: env.resolve(file)) else {
        throw CommandError(message: env.language().text(.errNoSuchFile, file), status: .noInput)
      }
      let document = YAMLDocument(bytes: [UInt8](data))
      if batch {
        var line = "{\"file\":"
        YAMLValue.writeJSONString(file, into: &line)
        line += ",\"value\":" + (document.isValid ? (document.value?.json ?? "null") : "null")
        if arguments.flag("typed") {
          line += ",\"typed\":" + ((document.isValid ? TypedJSON.json(document) : nil) ?? "null")
        }
        line += ",\"diagnostics\":["
        for (i, d) in document.diagnostics.enumerated() {
          if i > 0 { line += "," }
          line += "{\"code\":"
          YAMLValue.writeJSONString(d.code, into: &line)
          line += ",\"line\":\(d.range?.start.line ?? 0),\"column\":\(d.range?.start.column ?? 0)"
          line += ",\"message\":"
          YAMLValue.writeJSONString(d.message, into: &line)
          line += "}"
        }
        line += "]}\n"
        env.stdout.write(line)
      } else if document.isValid {
        env.stdout.write((document.value?.json ?? "null") + "\n")
      } else {
        let renderer = DiagnosticRenderer(
          color: env.useColor(on: env.stderr), language: env.language().code)
        for d in document.diagnostics {
          env.stderr.write(renderer.render(d.inFile(file), source: document.source))
        }
        status = .dataError
      }
    }
    return status
  }
}

extension YAMLJSONCommand {
  /// CSV, JSON or YAML: never folded to the terminal's width.
  static func writesText(_ arguments: ParsedArguments) -> Bool { false }
}
