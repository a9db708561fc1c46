extension Message {
  /// `report --period` over several workspaces, and the confidential aggregate.
  static let aggregate: [Message: (en: String, nl: String)] = [
    .aggNeedsPeriod: (
      "Only the period report combines workspaces or writes an aggregate: amigo report --period 2025/2026 {0}",
      "Alleen het periodeverslag voegt werkmappen samen of schrijft een aggregaat: amigo report --period 2025/2026 {0}"
    ),
    .aggNeedsOutput: (
      "An aggregate is written to a file (readable by you only): amigo report --period {0} --aggregate --output aggregate.json",
      "Een aggregaat gaat naar een bestand (alleen door jou te lezen): amigo report --period {0} --aggregate --output aggregaat.json"
    ),
    .aggForceOnly: (
      "--force only lets --aggregate replace an existing file.",
      "--force laat alleen --aggregate een bestaand bestand vervangen."
    ),
    .aggDirTwice: (
      "That workspace is given twice; its children would be counted twice. Name each workspace once.",
      "Die werkmap is twee keer genoemd; de kinderen zouden dubbel tellen. Noem elke werkmap één keer."
    ),
    .aggLeftOut: (
      "{0} file(s) cannot be read as a trajectory, have errors or repeat another file's trajectory id, so no aggregate is written (it would leave them out unseen); fix them first (amigo validate)",
      "{0} bestand(en) zijn niet als traject te lezen, bevatten fouten of herhalen de traject-id van een ander bestand, dus er komt geen aggregaat (het zou ze ongemerkt weglaten); herstel ze eerst (amigo validate)"
    ),
    .aggDefinedDifferently: ("amigo: note: {0}", "amigo: let op: {0}"),
    .aggExists: (
      "'{0}' exists; an aggregate is not written over it: name another file, or give --force to replace it",
      "'{0}' bestaat al; een aggregaat wordt er niet overheen geschreven: noem een ander bestand, of geef --force om het te vervangen"
    ),
    .aggUnreadable: (
      "cannot read the aggregate '{0}': it does not exist or is not readable",
      "kan het aggregaat '{0}' niet lezen: het bestaat niet of is niet leesbaar"
    ),
    .aggInvalid: (
      "'{0}' cannot be read as an aggregate: {1}",
      "'{0}' is niet als aggregaat te lezen: {1}"
    ),
  ]
}
