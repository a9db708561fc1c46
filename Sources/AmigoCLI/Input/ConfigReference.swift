import AmigoSchema

/// A school, worker or programme declared in amigo.yaml, named on the command line.
struct ConfigReference {
  let id: String
  let name: String

  static func schools(_ config: Config) -> [ConfigReference] {
    config.schools.map { .init(id: $0.id, name: $0.name) }
  }

  static func workers(_ config: Config) -> [ConfigReference] {
    config.workers.map { .init(id: $0.id, name: $0.name) }
  }

  /// The workers who had not left by `date` (those who may get new children).
  static func workers(_ config: Config, on date: LocalDate) -> [ConfigReference] {
    config.currentWorkers(on: date).map { .init(id: $0.id, name: $0.name) }
  }

  static func programmes(_ config: Config) -> [ConfigReference] {
    config.programmes.map { .init(id: $0.id, name: $0.label) }
  }

  /// The id `text` names: an id or a name (letter case and accents aside), or, with `prefixes`
  /// (for filters, never for what gets written), a unique start of a word of a name (`mira` for
  /// Mira van Dalen). Nil when none or several match.
  static func match(
    _ text: String, in items: [ConfigReference], prefixes: Bool = false
  )
    -> String?
  {
    if let exact = items.first(where: { $0.id == text }) { return exact.id }
    let key = foldForMatching(text.trimming(" \t"))
    guard !key.isEmpty else { return nil }
    if let match = items.first(where: { foldForMatching($0.id) == key }) { return match.id }
    let byName = items.filter { foldForMatching($0.name) == key }
    if byName.count == 1 { return byName[0].id }
    guard prefixes else { return nil }
    let byWord = items.filter { item in
      let name = foldForMatching(item.name)
      return name.hasPrefix(key) || name.split(separator: "-").contains { $0.hasPrefix(key) }
    }
    return byWord.count == 1 ? byWord[0].id : nil
  }

  /// `match`, or a usage error for `option` that lists what amigo.yaml declares (`what`:
  /// "schools", "workers", "programmes") and suggests the nearest id.
  static func resolve(
    _ text: String, in items: [ConfigReference], prefixes: Bool = false, option: String,
    what: String, command: String
  ) throws -> String {
    if let id = match(text, in: items, prefixes: prefixes) { return id }
    let dutch = ["schools": "scholen", "workers": "medewerkers", "programmes": "programma's"]
    let whatNL = dutch[what] ?? what
    let hint: Hint
    if items.isEmpty {
      hint = Hint(.ccRefNone, en: [what], nl: [whatNL])
    } else {
      let shown = items.map { "'\($0.id)'" + ($0.name.isEmpty ? "" : " (\($0.name))") }
      let (en, nl) = (
        SchemaDiagnostics.listJoined(shown, "or"), SchemaDiagnostics.listJoined(shown, "of")
      )
      if let near = CommandLineSuggestion.nearest(text, in: items.map(\.id)) {
        hint = Hint(.ccRefDidYouMean, en: [near, what, en], nl: [near, whatNL, nl])
      } else {
        hint = Hint(.ccRefOneOf, en: [what, en], nl: [whatNL, nl])
      }
    }
    throw UsageError.invalidValue(text, for: option, command: command, hint: hint)
  }
}
