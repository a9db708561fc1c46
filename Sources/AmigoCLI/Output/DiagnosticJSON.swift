import AmigoSchema
import AmigoYAML

/// Diagnostics as data: a stable JSON shape for editors and scripts.
///
/// `{"files": N, "errors": N, "warnings": N, "diagnostics": [{"file", "line", "column",
/// "end_line", "end_column", "severity", "code", "message", "help"}]}`
enum DiagnosticJSON {
  static func render(_ diagnostics: [Diagnostic], files: Int) -> String {
    var out = "{\n  \"files\": \(files),\n"
    out += "  \"errors\": \(diagnostics.filter { $0.severity == .error }.count),\n"
    out += "  \"warnings\": \(diagnostics.filter { $0.severity == .warning }.count),\n"
    out += "  \"diagnostics\": ["
    for (i, d) in diagnostics.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      var fields: [String] = []
      fields.append("\"file\": " + (d.file.map(string) ?? "null"))
      fields.append("\"line\": " + (d.range.map { String($0.start.line) } ?? "null"))
      fields.append("\"column\": " + (d.range.map { String($0.start.column) } ?? "null"))
      fields.append("\"end_line\": " + (d.range.map { String($0.end.line) } ?? "null"))
      fields.append("\"end_column\": " + (d.range.map { String($0.end.column) } ?? "null"))
      fields.append("\"severity\": " + string(d.severity.rawValue))
      fields.append("\"code\": " + string(d.code))
      fields.append("\"message\": " + string(d.message))
      fields.append("\"help\": " + (d.help.map(string) ?? "null"))
      out += "    {" + fields.joined(separator: ", ") + "}"
    }
    out += diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return out
  }

  static func string(_ s: String) -> String { JSONText.string(s) }
}
