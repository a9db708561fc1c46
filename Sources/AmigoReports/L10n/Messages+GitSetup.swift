extension Message {
  /// The rows and warnings of `amigo git-setup`, also printed by `amigo init` inside a
  /// repository (issue 28). The row labels name what git knows (`.gitattributes`, `git pull`).
  static let gitSetup: [Message: (en: String, nl: String)] = [
    .gsSetUp: (
      "Set up git for the amigo workspace in {0}:", "Git ingericht voor de amigo-werkmap in {0}:"
    ),
    .gsSetUpBare: (
      "Set up the bare repository in {0}:", "De kale repository in {0} ingericht:"
    ),
    .gsCurrentFolder: ("the current folder", "de huidige map"),
    .gsAttributesKept: ("already has amigo's lines", "heeft de regels van amigo al"),
    .gsAttributesAdded: (
      "added amigo's lines (commit this change)",
      "regels van amigo toegevoegd (leg deze wijziging vast)"
    ),
    .gsAttributesTidied: (
      "took out a line an earlier amigo wrote (commit this change)",
      "regel van een eerdere amigo weggehaald (leg deze wijziging vast)"
    ),
    .gsSchemasKept: (
      "already up to date (editors' schemas from amigo.yaml)",
      "al bijgewerkt (schema's voor editors uit amigo.yaml)"
    ),
    .gsSchemasWritten: (
      "JSON Schemas for editors written from amigo.yaml (commit them)",
      "JSON-schema's voor editors gemaakt uit amigo.yaml (leg ze vast)"
    ),
    .gsSchemasNewer: (
      "left as they are: written by a newer amigo",
      "gelaten zoals ze zijn: geschreven door een nieuwere amigo"
    ),
    .gsSchemasUpdated: (
      "JSON Schemas for editors brought up to date (commit the change)",
      "JSON-schema's voor editors bijgewerkt (leg de wijziging vast)"
    ),
    .gsSchemaNewerWarning: (
      "{0} was written by amigo {1}, newer than this amigo {2}; it was left as it is (upgrade amigo to refresh it)",
      "{0} is geschreven door amigo {1}, nieuwer dan deze amigo {2}; het is gelaten zoals het is (werk amigo bij om het te vernieuwen)"
    ),
    .gsConfigErrors: (
      "amigo.yaml has errors: the editors' schemas know only amigo's own vocabularies; fix it (amigo validate), then run 'amigo git-setup' again",
      "amigo.yaml heeft fouten: de schema's voor editors kennen alleen de eigen woordenlijsten van amigo; herstel het (amigo validate) en voer dan opnieuw 'amigo git-setup' uit"
    ),
    .gsDiffDriver: ("diff driver", "diff-driver"),
    .gsDiffKept: (
      "already set: hunks name their goal or session",
      "al ingesteld: elk blok noemt zijn doel of contact"
    ),
    .gsDiffSet: (
      "set (diff.amigo): hunks name their goal or session",
      "ingesteld (diff.amigo): elk blok noemt zijn doel of contact"
    ),
    .gsPullNew: (
      "merges diverging work with amigo's merge driver (pull.rebase false)",
      "voegt uiteenlopend werk samen met de samenvoeger van amigo (pull.rebase false)"
    ),
    .gsPullKept: (
      "keeps this clone's choice (pull.rebase {0})",
      "houdt de keuze van deze kloon aan (pull.rebase {0})"
    ),
    .gsFolder: ("workspace folder", "werkmap"),
    .gsFolderMadePrivate: (
      "made private (owner only, 0700)", "afgeschermd (alleen de eigenaar, 0700)"
    ),
    .gsFolderPrivate: (
      "already private (owner only)", "al afgeschermd (alleen de eigenaar)"
    ),
    .gsMergeDriver: ("merge driver", "samenvoeger"),
    .gsMergeKept: ("already registered in {0}", "al geregistreerd in {0}"),
    .gsMergeRegistered: (
      "registered in {0}: git merges trajectories entry by entry",
      "geregistreerd in {0}: git voegt trajecten onderdeel voor onderdeel samen"
    ),
    .gsMergeUpdated: (
      "updated in {0}: git now runs {1}", "bijgewerkt in {0}: git voert nu {1} uit"
    ),
    .gsPreCommit: ("pre-commit hook", "pre-commit-hook"),
    .gsPreReceive: ("pre-receive hook", "pre-receive-hook"),
    .gsHookNotOurs: (
      "not installed: {0} is not amigo's", "niet geïnstalleerd: {0} is niet van amigo"
    ),
    .gsHookKept: ("already installed: {0}", "al geïnstalleerd: {0}"),
    .gsHookInstalled: (
      "installed: {0} (checks staged files before each commit)",
      "geïnstalleerd: {0} (controleert de klaargezette bestanden voor elke commit)"
    ),
    .gsHookUpdated: (
      "updated: {0} (checks staged files before each commit)",
      "bijgewerkt: {0} (controleert de klaargezette bestanden voor elke commit)"
    ),
    .gsHookNotOursWarning: (
      "{0} exists and is not amigo's; it was left as it is. To check the staged trajectory files too, add this line to it:",
      "{0} bestaat al en is niet van amigo; het is gelaten zoals het is. Om ook de klaargezette trajectbestanden te controleren, voeg deze regel eraan toe:"
    ),
    .gsServerInstalled: (
      "installed: {0} (refuses pushes with invalid files)",
      "geïnstalleerd: {0} (weigert pushes met ongeldige bestanden)"
    ),
    .gsServerKept: (
      "already installed: {0} (refuses pushes with invalid files)",
      "al geïnstalleerd: {0} (weigert pushes met ongeldige bestanden)"
    ),
    .gsServerUpdated: (
      "updated: {0} (refuses pushes with invalid files)",
      "bijgewerkt: {0} (weigert pushes met ongeldige bestanden)"
    ),
    .gsServerNotOursWarning: (
      "{0} exists and is not amigo's; it was left as it is. To check pushes too, have it pass its standard input to: amigo _pre-receive",
      "{0} bestaat al en is niet van amigo; het is gelaten zoals het is. Om ook pushes te controleren, laat het zijn standaardinvoer doorgeven aan: amigo _pre-receive"
    ),
    .gsNoAmigoOnPath: (
      "there is no amigo on this PATH; the hook refuses every push until there is one on the PATH git's hooks get (see docs/git-server.md)",
      "er staat geen amigo op dit PATH; de hook weigert elke push tot er een staat op het PATH dat de hooks van git krijgen (zie docs/git-server.md)"
    ),
  ]
}
