extension Message {
  /// Texts of the QA round after issue 28.
  static let commandsE: [Message: (en: String, nl: String)] = [
    // NewChild.swift: --previous names a trajectory that is still open.
    .cePreviousOpen: (
      "{0} is still open (status {1}): a repeat request follows a trajectory that has ended, so that one child has one open file; nothing was written. Close it first (amigo close {0}), then run this command again",
      "{0} loopt nog (status {1}): een nieuwe aanvraag volgt op een traject dat is beëindigd, zodat een kind één lopend bestand heeft; er is niets geschreven. Sluit het eerst af (amigo close {0}) en voer deze opdracht dan opnieuw uit"
    )
  ]
}
