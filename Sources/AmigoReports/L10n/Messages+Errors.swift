extension Message {
  /// Failures outside usage errors (`amigo: …`): files, folders and the workspace.
  static let errors: [Message: (en: String, nl: String)] = [
    .errNoSuchPath: ("no such file or folder: '{0}'", "bestand of map bestaat niet: '{0}'"),
    .errNoWorkspaceAt: (
      "no amigo workspace at '{0}'{1}: {2}; name the folder that holds amigo.yaml, or make a workspace there with 'amigo init'",
      "geen amigo-werkmap in '{0}'{1}: {2}; noem de map waar amigo.yaml in staat, of maak daar een werkmap met 'amigo init'"
    ),
    .errFromAmigoDir: (" (from $AMIGO_DIR)", " (uit $AMIGO_DIR)"),
    .errDoesNotExist: ("it does not exist", "die bestaat niet"),
    .errNotAFolder: ("it is not a folder", "het is geen map"),
    .errNoConfig: ("it has no amigo.yaml", "er staat geen amigo.yaml in"),
    .errNotInWorkspace: (
      "not inside an amigo workspace (no amigo.yaml here or in any parent folder); use --dir or run 'amigo init'",
      "niet in een amigo-werkmap (geen amigo.yaml hier of in een map erboven); gebruik --dir of voer 'amigo init' uit"
    ),
    .errNothingCheckedOut: (
      "not inside an amigo workspace: this git clone has nothing checked out (its branch '{0}' has no commits, as the remote's default branch names a branch that does not exist). The workspace is on {1}: check it out with 'git checkout {2}', then run 'amigo git-setup'",
      "niet in een amigo-werkmap: in deze git-kloon is niets uitgecheckt (de tak '{0}' heeft geen commits, want de standaardtak van de remote bestaat niet). De werkmap staat op {1}: haal die op met 'git checkout {2}' en voer daarna 'amigo git-setup' uit"
    ),
    .errCannotWrite: ("cannot write '{0}': {1}", "kan '{0}' niet schrijven: {1}"),
    .errNoSuchFile: (
      "cannot read '{0}': no such file", "kan '{0}' niet lezen: het bestand bestaat niet"
    ),
  ]
}
