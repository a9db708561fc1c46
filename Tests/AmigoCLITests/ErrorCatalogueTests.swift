import AmigoCLI
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// The error catalogue: one reproducer per diagnostic code in `Tests/Fixtures/errors/<code>/`,
/// its rendered output as a golden file, and `schema/diagnostics.md` generated from them.
///
/// A case folder holds `trajectories/…` (the reproducer), optionally its own `amigo.yaml` (else
/// `errors/_base/amigo.yaml` is used) and `expected.txt`, the exact output of
/// `amigo validate --today 2026-11-19` run in a copy of the folder. Record with
/// `AMIGO_RECORD_GOLDEN=1 swift test --filter ErrorCatalogueTests`.
@Suite struct ErrorCatalogueTests {
  @Test(arguments: CatalogueCase.all)
  func reproducerReportsItsCode(_ c: CatalogueCase) throws {
    let run = try c.run()
    if let problem = Golden.check(run.output, against: "errors/\(c.code)/expected.txt") {
      Issue.record(Comment(rawValue: problem))
    }
    #expect(run.output.contains("[\(c.code)]"), "the reproducer does not report \(c.code)")
    let headers = CatalogueCase.headers(run.output)
    let own = headers.first { $0.code == c.code }
    if own?.severity == "warning" {
      // Warning cases are warning-only: they pass, and fail only with --strict.
      let errors = headers.filter { $0.severity == "error" }.map(\.code)
      #expect(errors.isEmpty, "a warning reproducer should report no errors, found \(errors)")
      #expect(run.status == .success)
      let strict = try c.run(strict: true)
      #expect(strict.status == .failure, "--strict fails on warnings")
    } else if own?.severity == "note", headers.allSatisfy({ $0.severity == "note" }) {
      // A note explains; it fails nothing, not even with --strict.
      #expect(run.status == .success)
      #expect(try c.run(strict: true).status == .success)
    } else {
      #expect(run.status == .failure)
    }
  }

  @Test func everyCodeHasAReproducer() {
    let folders = Set(CatalogueCase.all.map(\.code))
    let codes = CatalogueCase.allCodes
    let missing = codes.filter { !folders.contains($0) }
    #expect(
      missing.isEmpty,
      "no reproducer in Tests/Fixtures/errors/ for: \(missing.joined(separator: ", "))")
    let unknown = folders.subtracting(codes).sorted()
    #expect(
      unknown.isEmpty,
      "folders in Tests/Fixtures/errors/ name no known code: \(unknown.joined(separator: ", "))")
  }

  @Test func diagnosticsReferenceIsUpToDate() throws {
    let url = Fixtures.root.appendingPathComponent("schema/diagnostics.md")
    let generated = try DiagnosticsReference.generate()
    if Golden.recording {
      try Data(generated.utf8).write(to: url)
      Issue.record("recorded schema/diagnostics.md; rerun without AMIGO_RECORD_GOLDEN")
      return
    }
    guard let committed = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing schema/diagnostics.md; record it with AMIGO_RECORD_GOLDEN=1")
      return
    }
    if committed != generated {
      Issue.record(
        Comment(
          rawValue:
            "schema/diagnostics.md is out of date; regenerate it with AMIGO_RECORD_GOLDEN=1:\n"
            + LineDiff.describe(expected: committed, actual: generated)))
    }
  }
}

/// One folder of `Tests/Fixtures/errors/`, named after the code it reproduces.
struct CatalogueCase: CustomTestStringConvertible, Sendable {
  let code: String

  var testDescription: String { code }

  /// The fixed date the catalogue is rendered on.
  static let today = "2026-11-19"

  /// Every case folder (folders starting with `_` hold shared files).
  static var all: [CatalogueCase] {
    Fixtures.cases(in: "errors").filter { !$0.hasPrefix("_") }.map(CatalogueCase.init)
  }

  /// Every code amigo can report: the YAML layer's, the schema's, and the loader's own.
  static var allCodes: [String] {
    YAMLDiagnostics.codes + SchemaDiagnostics.codes + ["unreadable-file", "ignored-file"]
  }

  /// Copies the folder (and the base config when it has none) to a fresh temporary folder, runs
  /// `amigo validate` there in process and returns its status and standard output.
  func run(
    strict: Bool = false, language: String? = nil
  ) throws -> (status: AmigoCLI.ExitStatus, output: String) {
    let fm = FileManager.default
    let source = Fixtures.url("errors/\(code)")
    let folder = try TemporaryFolder(prefix: "amigo-errors-\(code)")
    let dir = folder.root
    for name in try fm.contentsOfDirectory(atPath: source.path) where name != "expected.txt" {
      // git keeps no `.git` in a repository: a case's `dot-git` stands for it (a clone's top,
      // as git makes it: open to others).
      let target = name == "dot-git" ? ".git" : name
      try fm.copyItem(
        at: source.appendingPathComponent(name), to: dir.appendingPathComponent(target))
      if target == ".git" { chmod(dir.path, 0o755) }
    }
    if !fm.fileExists(atPath: dir.appendingPathComponent("amigo.yaml").path) {
      try fm.copyItem(
        at: Fixtures.url("errors/_base/amigo.yaml"), to: dir.appendingPathComponent("amigo.yaml"))
    }
    let env = Environment(currentDirectory: dir.path)
    var arguments = ["validate", "--today", CatalogueCase.today, "--dir", dir.path]
    if strict { arguments.append("--strict") }
    if let language { arguments += ["--lang", language] }
    let status = Amigo.run(arguments, environment: env)
    return (status, env.stdout.text)
  }

  /// A `file:line:col: severity[code]: message` line of rendered output.
  struct Header: Sendable {
    let severity: String
    let code: String
    let message: String
  }

  static func headers(_ output: String) -> [Header] {
    output.split(separator: "\n").compactMap { line in
      guard let m = line.wholeMatch(of: #/(?:\S+?: )?(error|warning|note)\[([a-z0-9-]+)\]: (.*)/#)
      else { return nil }
      return Header(
        severity: String(m.output.1), code: String(m.output.2), message: String(m.output.3))
    }
  }
}

/// Generates `schema/diagnostics.md` from the catalogue.
enum DiagnosticsReference {
  struct Group {
    var title: String
    var codes: [String]
  }

  /// The YAML layer's codes, then the schema's in the groups the comments in
  /// `SchemaDiagnostics.codes` declare; `unreadable-file` and `ignored-file` (the loader's)
  /// belong with the workspace.
  static func groups() throws -> [Group] {
    var groups = [Group(title: "YAML syntax", codes: YAMLDiagnostics.codes)]
    var schemaGroups = try schemaCodeGroups()
    if schemaGroups.flatMap(\.codes) != SchemaDiagnostics.codes {
      Issue.record("cannot read the groups of SchemaDiagnostics.codes from its source")
      schemaGroups = [Group(title: "Schema", codes: SchemaDiagnostics.codes)]
    }
    if let i = schemaGroups.firstIndex(where: { $0.codes.contains("id-mismatch") }) {
      schemaGroups[i].codes += ["unreadable-file", "ignored-file"]
    } else {
      schemaGroups.append(Group(title: "Files", codes: ["unreadable-file", "ignored-file"]))
    }
    groups += schemaGroups
    return groups
  }

  /// Reads the `// Group.` comments between the entries of `SchemaDiagnostics.codes`.
  static func schemaCodeGroups() throws -> [Group] {
    let url = Fixtures.root.appendingPathComponent("Sources/AmigoSchema/SchemaDiagnostics.swift")
    let text = try String(contentsOf: url, encoding: .utf8)
    var groups: [Group] = []
    var inside = false
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if !inside {
        if line.hasPrefix("public static let codes: [String] = [") { inside = true }
        continue
      }
      if line.hasPrefix("]") { break }
      if line.hasPrefix("//") {
        var title = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        if title.hasSuffix(".") { title.removeLast() }
        groups.append(Group(title: title, codes: []))
        continue
      }
      if groups.isEmpty { groups.append(Group(title: "Schema", codes: [])) }
      for m in line.matches(of: #/"([^"]+)"/#) {
        groups[groups.count - 1].codes.append(String(m.output.1))
      }
    }
    return groups
  }

  static func generate() throws -> String {
    let groups = try groups()
    var examples: [String: String] = [:]
    var dutch: [String: String] = [:]
    for code in groups.flatMap(\.codes) {
      guard Fixtures.exists("errors/\(code)") else { continue }
      examples[code] = try CatalogueCase(code: code).run().output
      dutch[code] = try CatalogueCase(code: code).run(language: "nl").output
    }

    var out = """
      # amigo's diagnostics

      > This file is generated by `swift test` from the reproducers in `Tests/Fixtures/errors/`.
      > Do not edit it by hand: change a reproducer or a message, then run
      > `AMIGO_RECORD_GOLDEN=1 swift test --filter ErrorCatalogueTests` and review the diff.

      `amigo validate` checks `amigo.yaml` and every trajectory file and reports every problem it
      finds, not just the first: a header `file:line:col: severity[code]: message`, the source line
      with a caret under the problem, and a `help` line with the fix. A summary line ends the
      report. Lines and columns are 1-based; columns count Unicode characters. Codes are stable:
      search for one here.

      In a workspace with `language: nl` (or with `--lang nl`) the message and the help are
      Dutch (`= tip:`); the location, the severity and the code stay as they are, so editors and
      CI read both alike. `--format json` always gives the English message and help. Each code
      below shows its message in both languages.

      - An **error** is a file amigo cannot read correctly, or a record that contradicts itself
        or the workspace. It must be fixed.
      - A **warning** points at something that is allowed but worth a look: the programme's norms
        (fidelity) or what looks like identifying details (privacy).
      - A **note** tells something about the report itself: that problems were left out.

      Exit status: `0` when there are no errors (warnings alone do not fail), `1` when there is at
      least one error. With `--strict`, warnings count as errors too, for the exit status;
      `--format json` gives the same diagnostics as JSON.

      Every example below is the output of `amigo validate --today \(CatalogueCase.today)` on the
      reproducer in `Tests/Fixtures/errors/<code>/`, without its summary line.


      """
    for group in groups {
      out +=
        "- \(group.title): " + group.codes.map { "[`\($0)`](#\($0))" }.joined(separator: ", ")
        + "\n"
    }
    for group in groups {
      out += "\n## \(group.title)\n"
      for code in group.codes {
        out += "\n### \(code)\n\n"
        guard let output = examples[code] else {
          out += "No reproducer yet.\n"
          continue
        }
        let header = CatalogueCase.headers(output).first { $0.code == code }
        out += "Severity: \(header?.severity ?? "unknown")\n\n"
        out += "Message: `\(header?.message ?? "(not reported by the reproducer)")`\n\n"
        let dutchHeader = dutch[code].flatMap {
          CatalogueCase.headers($0).first { $0.code == code }
        }
        out += "In Dutch: `\(dutchHeader?.message ?? "(not reported by the reproducer)")`\n\n"
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if lines.last?.hasPrefix("amigo: ") == true { lines.removeLast() }
        if lines.count > 40 {
          // A long example (hundreds of problems): its start and its end.
          let left = lines.count - 20
          lines = Array(lines.prefix(10)) + ["… (\(left) lines left out)"] + lines.suffix(10)
        }
        let (example, replaced) = visible(lines.joined(separator: "\n"))
        if replaced {
          out += "The control character in the excerpt is shown as its symbol here.\n\n"
        }
        out += "```text\n\(example)\n```\n"
      }
    }
    return out
  }

  /// Replaces C0 control characters other than line feeds (and DEL) by their Unicode control
  /// pictures, so the example stays readable Markdown.
  static func visible(_ text: String) -> (String, Bool) {
    var out = String.UnicodeScalarView()
    var replaced = false
    for s in text.unicodeScalars {
      if s.value < 0x20 && s != "\n" {
        out.append(Unicode.Scalar(0x2400 + s.value)!)
        replaced = true
      } else if s.value == 0x7F {
        out.append(Unicode.Scalar(0x2421)!)
        replaced = true
      } else {
        out.append(s)
      }
    }
    return (String(out), replaced)
  }
}
