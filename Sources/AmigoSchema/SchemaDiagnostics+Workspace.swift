import AmigoYAML

extension SchemaDiagnostics {
  /// A workspace at the top of a git clone whose folder others may open: git made it (and the
  /// files it checks out) as the umask says, often 0755 and 0644.
  public static func workspaceReadable(mode: UInt32) -> Diagnostic {
    let octal = String(mode & 0o777, radix: 8)
    return Diagnostic(
      severity: .warning, code: "workspace-readable",
      message: Bilingual(
        "the workspace folder can be opened by other users of this computer (mode \(octal))",
        "de werkmap kan door andere gebruikers van deze computer worden geopend (modus \(octal))"
      ),
      range: nil,
      help: Bilingual(
        "make it private: run 'amigo git-setup' in the workspace (or 'chmod 700' on its folder)",
        "maak haar privé: voer 'amigo git-setup' uit in de werkmap (of 'chmod 700' op de map)"))
  }
}
