import AmigoYAML

/// The catalogue of diagnostics the schema and validation rules report. Each code is declared
/// once, here; `schema/diagnostics.md` is generated from the reproducers in
/// `Tests/Fixtures/errors/`.
public enum SchemaDiagnostics {
  /// Every code this module can report.
  public static let codes: [String] = [
    // Structure and types.
    "empty-file", "wrong-type", "missing-field", "unknown-field", "invalid-value", "invalid-date",
    "invalid-year-month", "invalid-number", "out-of-range", "invalid-id", "wrong-schema",
    "single-line-text", "empty-item", "too-many-problems", "control-character-in-value",
    "invisible-character",
    "typed-plain-scalar", "quoted-value",
    // Workspace.
    "id-mismatch", "duplicate-id", "unknown-programme", "unknown-school", "unknown-worker",
    "no-programmes", "holiday-dates", "range-order", "worker-ended", "workspace-readable",
    // Rules across fields.
    "duplicate-goal", "unknown-goal", "born-after-referral", "consent-before-referral",
    "start-before-consent",
    "session-before-start", "session-after-closure", "closure-before-start",
    "session-before-consent", "consent-wrong-party", "consent-scope-missing",
    "consent-withdrawn-before-given", "closed-without-closure", "goal-without-result",
    "closure-while-open", "missing-start", "contact-before-referral", "dated-before-referral",
    "possible-duplicate",
    "zero-minutes",
    "date-in-future", "consent-exception-age", "pause-dates", "undated-pause", "family-id-shape",
    "contact-in-pause",
    // Information sharing and the meldcode.
    "sharing-without-consent", "sharing-basis-mismatch", "sharing-vital-interest",
    "meldcode-steps-missing", "meldcode-outcome",
    // Programme fidelity (warnings).
    "below-session-norm", "past-maximum-weeks", "missing-required-contact", "age-outside-band",
    "goal-without-baseline", "completed-below-minimum-weeks",
    // Programme profile.
    "kind-not-in-programme", "referrer-not-in-programme", "field-not-recorded",
    "consent-without-parents",
    // Privacy (warnings; errors when amigo.yaml sets privacy: {strict: true}).
    "possible-citizen-number", "possible-email", "possible-phone-number", "possible-postcode",
    "possible-full-name", "id-shape", "child-label-in-activity",
    // Data minimisation (a warning, also in strict mode).
    "long-text",
    // Spreadsheet safety.
    "formula-label", "formula-config-label",
    // Outcome measures.
    "unknown-instrument", "informant-without-form", "unknown-scale", "score-out-of-range",
    "total-mismatch", "measure-outside-age", "measure-order", "duplicate-measure",
    "measure-without-consent", "measure-without-scores", "band-order", "cut-off-out-of-range",
    // Activities.
    "field-not-for-type", "unknown-trajectory", "child-named-twice", "not-a-participant",
    "activity-without-consent", "unknown-activity", "agreement-not-named", "agreement-date",
    "meeting-twice", "activity-before-referral", "activity-after-closure",
    // After the trajectory.
    "follow-up-after-period", "follow-up-before-closure", "rating-after-closure",
    "measure-after-closure", "referral-made-date", "referral-made-to", "destination-twice",
    "closure-without-destination", "destination-conflict", "unknown-previous", "previous-erased",
    "previous-is-self", "erased-trajectory",
    // School changes with a date.
    "school-history-order", "school-history-before-referral", "school-history-current",
    // Handovers (`amigo handover`).
    "handover-before-referral",
  ]

  /// The codes of the privacy check. What they find is personal data: where others read the
  /// output (the server's hook, `amigo _pre-receive`), a message does not quote it.
  public static let privacyCodes: Set<String> = [
    "possible-citizen-number", "possible-email", "possible-phone-number", "possible-postcode",
    "possible-full-name", "id-shape", "child-label-in-activity",
  ]

  /// `d` without the text its message quotes when it is a privacy finding (`'Noor Achterberg'`
  /// becomes `'…'`); other diagnostics as they are. A privacy finding's message quotes at most
  /// one text, between its first and its last quote.
  public static func withoutQuotedData(_ d: Diagnostic) -> Diagnostic {
    guard privacyCodes.contains(d.code) else { return d }
    func redacted(_ text: String) -> String {
      guard let first = text.firstIndex(of: "'"), let last = text.lastIndex(of: "'"),
        first < last
      else { return text }
      return String(text[...first]) + "…" + String(text[last...])
    }
    var copy = d
    copy.text = Bilingual(redacted(d.text.en), redacted(d.text.nl))
    return copy
  }

  // MARK: Structure and types

  /// The code of the note that says a file's problems were cut off.
  public static let tooManyProblemsCode = "too-many-problems"

  /// After `Diagnostic.maximumPerFile` problems in one file, the rest are left out.
  static func tooManyProblems(_ r: SourceRange?) -> Diagnostic {
    let n = Diagnostic.maximumPerFile
    return Diagnostic(
      severity: .note, code: tooManyProblemsCode,
      message: Bilingual(
        "only the first \(n) problems of this file are shown",
        "alleen de eerste \(n) problemen van dit bestand worden getoond"),
      range: r,
      help: Bilingual(
        "fix these and run 'amigo validate' again to see the rest",
        "los deze op en voer 'amigo validate' opnieuw uit om de rest te zien"))
  }

  /// A plain scalar that typed YAML readers (PyYAML, ruamel.yaml) read differently from amigo.
  static func typedPlainScalar(
    _ r: SourceRange, _ value: String, reading: TypedReading.Schema, fixed: String
  ) -> Diagnostic {
    let message: Bilingual
    let v = Diagnostic.quoted(value)
    switch reading {
    case .integer, .decimal:
      message = Bilingual(
        "'\(v)' starts with a zero: amigo reads \(fixed), YAML 1.1 tools such as PyYAML read an octal number",
        "'\(v)' begint met een nul: amigo leest \(fixed), YAML 1.1-programma's zoals PyYAML lezen een octaal getal"
      )
    case .string, .other:
      message = Bilingual(
        "'\(v)' is text here, but YAML tools that type values (PyYAML, ruamel.yaml) read it as a number, boolean, null or date",
        "'\(v)' is hier tekst, maar YAML-programma's die waarden een type geven (PyYAML, ruamel.yaml) lezen het als getal, boolean, null of datum"
      )
    }
    return Diagnostic(
      code: "typed-plain-scalar", message: message, range: r,
      help: Bilingual(
        "run 'amigo fmt' to write it as \(fixed), which every YAML tool reads alike",
        "voer 'amigo fmt' uit om het als \(fixed) te schrijven, wat elk YAML-programma hetzelfde leest"
      ))
  }

  /// A quoted (or block) scalar where the schema takes a number or true/false: YAML tools and
  /// the JSON Schema read text where amigo reads a number (`minutes: "60"`).
  static func quotedValue(
    _ r: SourceRange, _ value: String, field: String, takes: Bilingual, fixed: String
  ) -> Diagnostic {
    let v = Diagnostic.quoted(value)
    return Diagnostic(
      code: "quoted-value",
      message: Bilingual(
        "'\(v)' is in quotes, so YAML tools (PyYAML, ruamel.yaml) and the JSON Schema read it as text; '\(field)' takes \(takes.en)",
        "'\(v)' staat tussen aanhalingstekens, dus YAML-programma's (PyYAML, ruamel.yaml) en het JSON Schema lezen het als tekst; '\(field)' neemt \(takes.nl)"
      ),
      range: r,
      help: Bilingual(
        "write \(fixed) without quotes ('amigo fmt' does it)",
        "schrijf \(fixed) zonder aanhalingstekens ('amigo fmt' doet dat)"))
  }

  static func emptyFile(_ what: String) -> Diagnostic {
    // The command that makes such a file.
    let command: String? =
      switch what {
      case "activity": "'amigo meeting' or 'amigo group new'"
      case "trajectory": "'amigo new-child'"
      case "workspace config": "'amigo init'"
      default: nil
      }
    let commandNL = command?.replacingOccurrences(of: "' or '", with: "' of '")
    return Diagnostic(
      code: "empty-file",
      message: Bilingual(
        "the file is empty; expected a \(what)",
        "het bestand is leeg; verwacht: \(name(what).nl)"),
      range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)),
      help: Bilingual(
        "start from the worked example in schema/README.md"
          + (command.map { ", or use \($0)" } ?? ""),
        "begin bij het uitgewerkte voorbeeld in schema/README.md"
          + (commandNL.map { ", of gebruik \($0)" } ?? "")))
  }

  /// `expected` names what the field takes, in both languages (`a mapping (session)`).
  static func wrongType(_ r: SourceRange, expected: Bilingual, found: YAMLNode) -> Diagnostic {
    let what: Bilingual
    if case .scalar(let s) = found, s.isEmptyValue {
      what = Bilingual("nothing", "niets")
    } else {
      what = Bilingual(found.kindDescription, found.kindDescriptionNL)
    }
    return Diagnostic(
      code: "wrong-type",
      message: Bilingual(
        "expected \(expected.en), found \(what.en)", "verwacht \(expected.nl), gevonden \(what.nl)"),
      range: r,
      help: Bilingual(
        "see schema/fields.md for the shape of this field",
        "zie schema/fields.md voor de vorm van dit veld"))
  }

  /// `a mapping (session)` / `een mapping (sessie)`.
  static func aMapping(_ spec: ObjectSpec) -> Bilingual {
    Bilingual("a mapping (\(spec.name))", "een mapping (\(name(spec.name).nl))")
  }

  /// `a list (list of dates)` / `een lijst (…)`.
  static func aList(_ type: FieldType) -> Bilingual {
    Bilingual("a list (\(type.summary))", "een lijst (\(type.summaryNL))")
  }

  /// `a single value (date)` / `één waarde (datum)`.
  static func aSingleValue(_ type: FieldType) -> Bilingual {
    Bilingual("a single value (\(type.summary))", "één waarde (\(type.summaryNL))")
  }

  static func missingField(
    _ r: SourceRange, _ field: Field, in spec: ObjectSpec, empty: Bool
  ) -> Diagnostic {
    missingField(r, field, in: name(spec.name), empty: empty)
  }

  /// `missingField` in an object named `owner` in both languages (an activity's type).
  static func missingField(
    _ r: SourceRange, _ field: Field, in owner: Bilingual, empty: Bool
  ) -> Diagnostic {
    Diagnostic(
      code: "missing-field",
      message: empty
        ? Bilingual("'\(field.name)' has no value", "'\(field.name)' heeft geen waarde")
        : Bilingual(
          "\(owner.en) is missing the required field '\(field.name)'",
          "\(owner.nl) mist het verplichte veld '\(field.name)'"),
      range: r,
      help: Bilingual(
        "add '\(field.name):' (\(field.type.summary)): \(plain(field.doc))",
        "voeg '\(field.name):' toe (\(field.type.summaryNL)); zie schema/fields.md"))
  }

  /// A list that must name at least `field.minItems` (`workers: []`).
  static func tooFewItems(_ r: SourceRange, _ field: Field) -> Diagnostic {
    let n = field.minItems
    return Diagnostic(
      code: "missing-field",
      message: Bilingual(
        "'\(field.name)' is an empty list; it needs at least \(n) \(n == 1 ? "item" : "items")",
        "'\(field.name)' is een lege lijst; er \(n == 1 ? "hoort" : "horen") minstens \(n) in"),
      range: r,
      help: Bilingual(
        "fill in the list, for example '\(field.name): [id]' (\(field.type.summary)): \(plain(field.doc))",
        "vul de lijst, bijvoorbeeld '\(field.name): [id]' (\(field.type.summaryNL)); zie schema/fields.md"
      ))
  }

  /// `listFields: false` leaves out the list of the object's fields when there is no
  /// suggestion (for a problem past those a file shows: `SchemaChecker.pastShown`).
  static func unknownField(
    _ r: SourceRange, _ fieldName: String, in spec: ObjectSpec, suggestion: String?,
    listFields: Bool = true
  ) -> Diagnostic {
    var help = suggestion.map { Bilingual("did you mean '\($0)'?", "bedoelde je '\($0)'?") }
    if help == nil, listFields {
      let fields = spec.fields.map(\.name).joined(separator: ", ")
      help = Bilingual(
        "the fields of \(spec.name) are: \(fields)",
        "de velden van \(name(spec.name).nl) zijn: \(fields)")
    }
    return Diagnostic(
      code: "unknown-field",
      message: Bilingual(
        "unknown field '\(Diagnostic.quoted(fieldName))' in \(spec.name)",
        "onbekend veld '\(Diagnostic.quoted(fieldName))' in \(name(spec.name).nl)"),
      range: r, help: help)
  }

  /// `choices` and `valueName` in both languages (`SchemaDiagnostics.choices(_:)`,
  /// `name(_:)`).
  static func invalidValue(
    _ r: SourceRange, _ value: String, choices: Bilingual, name valueName: Bilingual,
    suggestion: String?
  ) -> Diagnostic {
    let v = Diagnostic.quoted(value)
    return Diagnostic(
      code: "invalid-value",
      message: Bilingual(
        "'\(v)' is not a valid \(valueName.en)",
        "'\(v)' is geen geldige waarde voor \(valueName.nl)"),
      range: r,
      help: didYouMean(suggestion)
        + Bilingual(
          "valid values: \(choices.en)",
          "geldige waarden (in het bestand de Engelse waarde): \(choices.nl)"))
  }

  static func invalidDate(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-date",
      message: Bilingual(
        "'\(Diagnostic.quoted(value))' is not a valid date",
        "'\(Diagnostic.quoted(value))' is geen geldige datum"),
      range: r,
      help: Bilingual(
        "write dates as YYYY-MM-DD, for example 2026-09-14, and check the day exists",
        "schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2026-09-14, en controleer of de dag bestaat"))
  }

  static func invalidYearMonth(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-year-month",
      message: Bilingual(
        "'\(Diagnostic.quoted(value))' is not a year and month",
        "'\(Diagnostic.quoted(value))' is geen jaar en maand"),
      range: r,
      help: Bilingual(
        "write YYYY-MM, for example 2016-03; never a full date of birth",
        "schrijf JJJJ-MM, bijvoorbeeld 2016-03; nooit een volledige geboortedatum"))
  }

  static func invalidNumber(_ r: SourceRange, _ value: String, whole: Bool) -> Diagnostic {
    let v = Diagnostic.quoted(value)
    return Diagnostic(
      code: "invalid-number",
      message: whole
        ? Bilingual("'\(v)' is not a whole number", "'\(v)' is geen heel getal")
        : Bilingual("'\(v)' is not a number", "'\(v)' is geen getal"),
      range: r,
      help: whole
        ? Bilingual(
          "write digits only, for example 20", "schrijf alleen cijfers, bijvoorbeeld 20")
        : Bilingual(
          "write a number with a point, for example 4.5",
          "schrijf een getal met een punt, bijvoorbeeld 4.5 (een punt, ook in het Nederlands)"))
  }

  /// `{value: 4,5}`: a decimal comma, which a flow mapping reads as a comma between entries.
  static func decimalComma(_ r: SourceRange, _ whole: String, _ fraction: String) -> Diagnostic {
    let v = Diagnostic.quoted(whole + "," + fraction)
    let fixed = Diagnostic.quoted(whole + "." + fraction)
    return Diagnostic(
      code: "invalid-number",
      message: Bilingual(
        "'\(v)' is not a number: between { } a comma separates fields, so this reads as \(Diagnostic.quoted(whole)) and a field '\(Diagnostic.quoted(fraction))'",
        "'\(v)' is geen getal: tussen { } scheidt een komma de velden, dus dit leest als \(Diagnostic.quoted(whole)) en een veld '\(Diagnostic.quoted(fraction))'"
      ),
      range: r,
      help: Bilingual(
        "write the number with a point: \(fixed)",
        "schrijf het getal met een punt: \(fixed) (een punt, ook in het Nederlands)"))
  }

  static func outOfRange(
    _ r: SourceRange, _ value: String, _ type: FieldType, step: Bool = false
  ) -> Diagnostic {
    Diagnostic(
      code: "out-of-range",
      message: step
        ? Bilingual(
          "\(value) is not a whole step of the scale", "\(value) is geen hele stap van de schaal")
        : Bilingual("\(value) is out of range", "\(value) valt buiten het bereik"),
      range: r,
      help: Bilingual("expected a \(type.summary)", "verwacht: \(type.summaryNL)"))
  }

  /// Doc text for a help line: lower-case start, no Markdown backticks, no final period.
  static func plain(_ doc: String) -> String {
    var s = String(doc.filter { $0 != "`" })
    if s.hasSuffix(".") { s.removeLast() }
    guard let first = s.first else { return s }
    let second = s.dropFirst().first
    // Keep capitals of names and abbreviations ("JGZ", "Amigo").
    if second.map({ $0.isLowercase }) ?? true { s = first.lowercased() + s.dropFirst() }
    return s
  }

  static func invalidIdentifier(_ r: SourceRange, _ value: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-id",
      message: Bilingual(
        "'\(Diagnostic.quoted(value))' is not a valid id",
        "'\(Diagnostic.quoted(value))' is geen geldige id"),
      range: r,
      help: Bilingual(
        "ids use letters, digits, '-', '_' and '.', start with a letter or digit, and never contain a name",
        "ids bestaan uit letters, cijfers, '-', '_' en '.', beginnen met een letter of cijfer en bevatten nooit een naam"
      ))
  }

  static func wrongSchema(_ r: SourceRange, found: String, expected: String) -> Diagnostic {
    Diagnostic(
      code: "wrong-schema",
      message: Bilingual(
        "unknown schema '\(Diagnostic.quoted(found))'",
        "onbekend schema '\(Diagnostic.quoted(found))'"),
      range: r,
      help: Bilingual(
        "this version of amigo reads '\(expected)'", "deze versie van amigo leest '\(expected)'"))
  }

  static func singleLine(_ r: SourceRange, _ field: String) -> Diagnostic {
    Diagnostic(
      code: "single-line-text",
      message: Bilingual(
        "'\(field)' must be a single line", "'\(field)' moet op één regel staan"),
      range: r, help: Bilingual("remove the line breaks", "haal de regeleinden weg"))
  }

  /// A control character in a value, written as an escape (`"\e"`, `"\u001B"`). `field` is
  /// a key path (`child.label`), the same in both languages.
  static func controlCharacterInValue(
    _ r: SourceRange, field: String, _ scalar: Unicode.Scalar, name: Bool = false
  ) -> Diagnostic {
    controlCharacterInValue(r, field: Bilingual(field, field), scalar, name: name)
  }

  /// A control character in a value, with the field named in words (`session note`). `name`:
  /// the value is a name (a group's, a school's, a worker's) rather than a child's label, which
  /// the help for an invisible character says.
  static func controlCharacterInValue(
    _ r: SourceRange, field: Bilingual, _ scalar: Unicode.Scalar, name: Bool = false
  ) -> Diagnostic {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let invisible = ControlCharacterRule.invisible.contains(scalar.value)
    return Diagnostic(
      code: "control-character-in-value",
      message: Bilingual(
        "\(field.en) holds the \(invisible ? "invisible" : "control") character U+\(code)",
        "\(field.nl) bevat het \(invisible ? "onzichtbare teken" : "stuurteken") U+\(code)"),
      range: r,
      help: invisible && name
        ? Bilingual(
          "remove it (it is invisible, or an escape \\u\(code) inside double quotes); it is a zero-width character, which makes the name look like another while it is not, so that finding it by name, grouping by it in reports and the privacy checks miss it",
          "haal het weg (het is onzichtbaar, of een escape \\u\(code) tussen dubbele aanhalingstekens); het is een teken zonder breedte, waardoor de naam op een andere lijkt terwijl hij dat niet is, zodat zoeken op naam, groeperen in rapporten en de privacycontroles het missen"
        )
        : invisible
          ? Bilingual(
            "remove it with 'amigo edit' (it is invisible, or an escape \\u\(code) inside double quotes); it is a zero-width character, which makes the label look like another while it is not, so that finding the child by label and the privacy checks of labels miss it",
            "haal het weg met 'amigo edit' (het is onzichtbaar, of een escape \\u\(code) tussen dubbele aanhalingstekens); het is een teken zonder breedte, waardoor het label op een ander lijkt terwijl het dat niet is, zodat het kind zoeken op label en de privacycontroles van labels het missen"
          )
          : (0x202A...0x2069).contains(scalar.value)
            ? Bilingual(
              "remove it with 'amigo edit' (it may be invisible, or an escape \\u\(code) inside double quotes); it is a bidirectional control, which makes an editor or 'git diff' show the text in another order than it is stored",
              "haal het weg met 'amigo edit' (het kan onzichtbaar zijn, of een escape \\u\(code) tussen dubbele aanhalingstekens); het is een richtingsteken, waardoor een editor of 'git diff' de tekst in een andere volgorde toont dan hij is opgeslagen"
            )
            : Bilingual(
              "remove it with 'amigo edit' (in the file it is an escape such as \\e or \\u\(code) inside double quotes); a terminal that prints it would change colour or move the cursor",
              "haal het weg met 'amigo edit' (in het bestand is het een escape zoals \\e of \\u\(code) tussen dubbele aanhalingstekens); een terminal die het toont, zou van kleur veranderen of de cursor verplaatsen"
            ))
  }

  /// A zero-width character (`ControlCharacterRule.firstInvisible`) in free text: a note, a
  /// request, a summary. A warning, not an error as in a label or a name: nothing finds or
  /// groups by a note, but the character hides a name or a number inside it from the privacy
  /// checks.
  static func invisibleCharacter(
    _ r: SourceRange, field: Bilingual, _ scalar: Unicode.Scalar
  ) -> Diagnostic {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return Diagnostic(
      severity: .warning, code: "invisible-character",
      message: Bilingual(
        "\(field.en) holds the invisible character U+\(code)",
        "\(field.nl) bevat het onzichtbare teken U+\(code)"),
      range: r,
      help: Bilingual(
        "remove it in the file (it is invisible, or an escape \\u\(code) inside double quotes): a zero-width character, often pasted along from a word processor, hides a name or number inside a word from the privacy checks",
        "haal het weg in het bestand (het is onzichtbaar, of een escape \\u\(code) tussen dubbele aanhalingstekens): een teken zonder breedte, vaak meegeplakt uit een tekstverwerker, verbergt een naam of nummer in een woord voor de privacycontroles"
      ))
  }

  static func emptyItem(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "empty-item", message: Bilingual("empty list item", "leeg lijstitem"), range: r,
      help: Bilingual("remove the '-' or give it a value", "haal de '-' weg of geef een waarde"))
  }

  // MARK: Workspace

  public static func idMismatch(_ r: SourceRange, id: String, fileName: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "id-mismatch",
      message: Bilingual(
        "id '\(q)' does not match the file name '\(fileName)'",
        "id '\(q)' past niet bij de bestandsnaam '\(fileName)'"),
      range: r,
      help: Bilingual(
        "rename the file to \(q).yaml, or correct the id",
        "noem het bestand \(q).yaml, of verbeter de id"))
  }

  public static func duplicateID(_ r: SourceRange, id: String, other: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "duplicate-id",
      message: Bilingual(
        "id '\(q)' is also used by \(other)", "id '\(q)' wordt ook gebruikt door \(other)"),
      range: r,
      help: Bilingual(
        "every trajectory needs its own id; give one of them a new id and file name",
        "elk traject heeft een eigen id nodig; geef een van beide een nieuwe id en bestandsnaam"))
  }

  /// An activity file with the name of another (in another folder of `activities/`): one
  /// meeting or group in two files would count twice.
  public static func duplicateActivityID(_ r: SourceRange, id: String, other: String) -> Diagnostic
  {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "duplicate-id",
      message: Bilingual(
        "id '\(q)' is also used by \(other): reports would count the activity twice",
        "id '\(q)' wordt ook gebruikt door \(other): rapportages zouden de activiteit dubbel tellen"
      ),
      range: r,
      help: Bilingual(
        "every activity needs its own file: remove the copy, or give one of them a new id and file name ('amigo meeting' and 'amigo group new' choose free ones)",
        "elke activiteit heeft een eigen bestand nodig: haal de kopie weg, of geef een van beide een nieuwe id en bestandsnaam ('amigo meeting' en 'amigo group new' kiezen een vrije)"
      ))
  }

  /// An activity file whose id is a trajectory's: `history`, `agree` and the erasure ledger
  /// would not know which is meant.
  public static func activityIDOfTrajectory(_ r: SourceRange, id: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "duplicate-id",
      message: Bilingual(
        "id '\(q)' is also used by a trajectory (trajectories/)",
        "id '\(q)' wordt ook gebruikt door een traject (trajectories/)"),
      range: r,
      help: Bilingual(
        "an activity and a trajectory need ids of their own: give the activity a new id and file name ('amigo meeting' and 'amigo group new' choose free ones)",
        "een activiteit en een traject hebben elk een eigen id nodig: geef de activiteit een nieuwe id en bestandsnaam ('amigo meeting' en 'amigo group new' kiezen een vrije)"
      ))
  }

  public static func unknownReference(
    _ r: SourceRange, kind: String, value: String, known: [String]
  ) -> Diagnostic {
    let suggestion = Suggestions.nearest(value, in: known)
    let kindNL = name(kind).nl
    return Diagnostic(
      code: "unknown-\(kind)",
      message: Bilingual(
        "\(kind) '\(Diagnostic.quoted(value))' is not declared in amigo.yaml",
        "\(kindNL) '\(Diagnostic.quoted(value))' staat niet in amigo.yaml"),
      range: r,
      help: didYouMean(suggestion)
        + (known.isEmpty
          ? Bilingual(
            "declare it under '\(kind)s' in amigo.yaml", "zet het onder '\(kind)s' in amigo.yaml")
          : Bilingual(
            "declared: " + known.joined(separator: ", "),
            "opgenomen: " + known.joined(separator: ", "))))
  }

  static func noProgrammes(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "no-programmes",
      message: Bilingual("no programmes are declared", "er zijn geen programma's opgenomen"),
      range: r,
      help: Bilingual("declare at least one programme", "neem minstens één programma op"))
  }

  static func holidayDates(_ r: SourceRange, from: LocalDate, to: LocalDate) -> Diagnostic {
    Diagnostic(
      code: "holiday-dates",
      message: Bilingual(
        "holiday ends (\(to)) before it starts (\(from))",
        "de vakantie eindigt (\(to)) voordat ze begint (\(from))"),
      range: r,
      help: Bilingual(
        "'from' is the first day and 'to' the last day of the holiday",
        "'from' is de eerste en 'to' de laatste dag van de vakantie"))
  }

  static func rangeOrder(_ r: SourceRange, min: Int, max: Int) -> Diagnostic {
    Diagnostic(
      code: "range-order",
      message: Bilingual(
        "min \(min) is greater than max \(max)", "min \(min) is groter dan max \(max)"),
      range: r, help: Bilingual("swap the two values", "verwissel de twee waarden"))
  }

  // MARK: Rules across fields

  static func duplicateGoal(_ r: SourceRange, _ id: String, firstLine: Int) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "duplicate-goal",
      message: Bilingual(
        "goal id '\(q)' is used twice (first on line \(firstLine))",
        "doel-id '\(q)' wordt twee keer gebruikt (eerst op regel \(firstLine))"),
      range: r, help: Bilingual("give each goal its own id", "geef elk doel een eigen id"))
  }

  static func unknownGoal(_ r: SourceRange, _ id: String, known: [String]) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "unknown-goal",
      message: Bilingual(
        "session refers to goal '\(q)', which is not defined",
        "de sessie verwijst naar doel '\(q)', dat niet bestaat"),
      range: r,
      help: known.isEmpty
        ? Bilingual(
          "define the goal under 'goals' first", "zet het doel eerst onder 'goals'")
        : Bilingual(
          "goals defined in this file: " + known.joined(separator: ", "),
          "doelen in dit bestand: " + known.joined(separator: ", ")))
  }

  static func dateOrder(
    _ code: String, _ r: SourceRange, _ message: Bilingual, help: Bilingual
  ) -> Diagnostic {
    Diagnostic(code: code, message: message, range: r, help: help)
  }

  /// An entry of a trajectory dated before its referral; contacts (`contact-before-referral`),
  /// consent, handovers and the school history have their own codes. A warning, not an error
  /// as those are: most often a slip of the month, and older files stay valid. `mayPrecede`:
  /// the entry may have happened before the referral (school may share what led to it, a
  /// worker in the school team may map signals before it); else it cannot, and the help says
  /// to correct a date.
  static func beforeReferral(
    _ r: SourceRange, what: Bilingual, date: LocalDate, referral: LocalDate,
    mayPrecede: Bool = true
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "dated-before-referral",
      message: Bilingual(
        "\(what.en) on \(date) is dated before the referral (\(referral))",
        "\(what.nl) op \(date) heeft een datum voor de aanmelding (\(referral))"),
      range: r,
      help: mayPrecede
        ? Bilingual(
          "check both dates: is this a slip (correct it with amigo edit), or did it happen before the child was referred?",
          "controleer beide datums: is dit een vergissing (verbeter hem met amigo edit), of gebeurde het voordat het kind werd aangemeld?"
        )
        : Bilingual(
          "this comes after the referral: correct its date or the referral date (\(referral)) with amigo edit",
          "dit komt na de aanmelding: verbeter de datum ervan of die van de aanmelding (\(referral)) met amigo edit"
        ))
  }

  /// `missing` names what the closure lacks (`a date`, `a reason`), in both languages.
  static func closedWithoutClosure(_ r: SourceRange, missing: [Bilingual]) -> Diagnostic {
    Diagnostic(
      code: "closed-without-closure",
      message: Bilingual(
        "a closed trajectory needs a closure with " + listJoined(missing.map(\.en)),
        "een afgesloten traject heeft een afsluiting nodig met " + listJoinedNL(missing.map(\.nl))),
      range: r,
      help: Bilingual(
        "add them with 'amigo close', or set the status back",
        "vul ze aan met 'amigo close', of zet de status terug"))
  }

  static func goalWithoutResult(_ r: SourceRange, _ id: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      code: "goal-without-result",
      message: Bilingual(
        "goal '\(q)' has no result, but the trajectory is closed",
        "doel '\(q)' heeft geen resultaat, maar het traject is afgesloten"),
      range: r,
      help: Bilingual(
        "add 'result:' (achieved, partly, not-achieved or dropped) to the goal",
        "voeg 'result:' toe aan het doel (achieved: behaald, partly: deels, not-achieved: niet behaald, dropped: vervallen)"
      ))
  }

  static func closureWhileOpen(_ r: SourceRange, status: String) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "closure-while-open",
      message: Bilingual(
        "the trajectory has a closure but its status is '\(status)'",
        "het traject heeft een afsluiting, maar de status is '\(status)'"),
      range: r,
      help: Bilingual(
        "set 'status: closed', or remove the closure",
        "zet 'status: closed', of haal de afsluiting weg"))
  }

  static func missingStart(_ r: SourceRange, status: String) -> Diagnostic {
    Diagnostic(
      code: "missing-start",
      message: Bilingual(
        "a trajectory with status '\(status)' needs 'plan.start'",
        "een traject met status '\(status)' heeft 'plan.start' nodig"),
      range: r,
      help: Bilingual(
        "add the start date under 'plan'", "vul de startdatum in onder 'plan'"))
  }

  /// A fact that can only be recorded once it happened, dated after today.
  static func dateInFuture(
    _ r: SourceRange, what: Bilingual, date: LocalDate, today: LocalDate, help: Bilingual
  ) -> Diagnostic {
    Diagnostic(
      code: "date-in-future",
      message: Bilingual(
        "\(what.en) is dated \(date), after today (\(today))",
        "\(what.nl) heeft de datum \(date), na vandaag (\(today))"),
      range: r, help: help)
  }

  /// A consent, sharing or meldcode entry that repeats an earlier one in every field: `what`
  /// names the entry ("this consent"), `same` the fields compared.
  static func possibleDuplicateEntry(
    _ r: SourceRange, what: Bilingual, date: LocalDate, firstLine: Int, same: Bilingual
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "possible-duplicate",
      message: Bilingual(
        "\(what.en) of \(date) repeats the one on line \(firstLine) (same \(same.en))",
        "\(what.nl) van \(date) herhaalt die op regel \(firstLine) (zelfde \(same.nl))"),
      range: r,
      help: Bilingual(
        "if it was recorded twice, remove one with 'amigo edit'; if it happened twice, it can stay",
        "is het twee keer vastgelegd, haal er dan een weg met 'amigo edit'; gebeurde het twee keer, dan mag het blijven staan"
      ))
  }

  /// A session that repeats an earlier one in date, kind, minutes, status and participants.
  static func possibleDuplicate(_ r: SourceRange, date: LocalDate, firstLine: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "possible-duplicate",
      message: Bilingual(
        "this session on \(date) repeats the one on line \(firstLine) (same kind, minutes, status and participants)",
        "deze sessie op \(date) herhaalt die op regel \(firstLine) (zelfde soort, minuten, status en deelnemers)"
      ),
      range: r,
      help: Bilingual(
        "if it was logged twice, remove one with 'amigo edit'; two real sessions of this kind on one day can stay as they are",
        "is ze twee keer vastgelegd, haal er dan een weg met 'amigo edit'; twee echte sessies van deze soort op één dag mogen blijven staan"
      ))
  }

  /// Something that took place (a held session, a meeting, a light contact) with `minutes: 0`.
  /// The commands refuse `--minutes 0` for it; a file may still hold it (a hand edit, an
  /// import, a file from before). A warning, as the schema allows 0 (a session not held).
  static func zeroMinutes(
    _ r: SourceRange, what: Bilingual, date: LocalDate?, help: Bilingual
  ) -> Diagnostic {
    let on = date.map { " on \($0)" } ?? ""
    let op = date.map { " op \($0)" } ?? ""
    return Diagnostic(
      severity: .warning, code: "zero-minutes",
      message: Bilingual(
        "\(what.en)\(on) has 'minutes: 0', but took place, so it counts in the reports with no time",
        "\(what.nl)\(op) heeft 'minutes: 0', maar vond plaats en telt zo in de overzichten mee zonder tijd"
      ),
      range: r, help: help)
  }

  /// The help of `zeroMinutes` for a trajectory's session.
  static let zeroMinutesSessionHelp = Bilingual(
    "write the minutes the contact took (1 to 600) with 'amigo edit'; a session that did not take place keeps its 0 with its status instead of 'held' (no-show, cancelled-by-family, cancelled-by-worker or school-closed)",
    "schrijf het aantal minuten dat het contact duurde (1 tot en met 600) met 'amigo edit'; een sessie die niet doorging houdt haar 0 met een andere status dan 'held' (no-show, cancelled-by-family, cancelled-by-worker of school-closed)"
  )

  /// The help of `zeroMinutes` in an activity file.
  static let zeroMinutesActivityHelp = Bilingual(
    "write the minutes it took (1 to 600) by hand and run 'amigo validate'; remove what did not take place",
    "schrijf het aantal minuten (1 tot en met 600) met de hand en voer 'amigo validate' uit; haal weg wat niet doorging"
  )

  // MARK: Fidelity (warnings)

  /// The weeks below the norm of child talks, in one warning: `1 of 2 child talks held in
  /// 2026-W46`, or `fewer than 2 child talks held in 3 weeks: 2026-W40 (1), W42 (0), W43 (1)`.
  static func belowSessionNorm(
    _ r: SourceRange, weeks: [(week: ISOWeek, held: Int)], norm: Int,
    kind: SessionKind = .childTalk
  ) -> Diagnostic {
    let message: Bilingual
    let kinds = kind.en(count: norm)
    let kindsNL = kind.nl(count: norm)
    if weeks.count == 1, let only = weeks.first {
      message = Bilingual(
        PartOf.en(only.held, norm, kind.nounsEn) + " held in \(only.week)",
        PartOf.nl(only.held, norm, kind.nounsNl) + " gehouden in \(only.week)")
    } else {
      var previousYear: Int?
      let list = weeks.map { w -> String in
        defer { previousYear = w.week.year }
        let name =
          previousYear == w.week.year
          ? "W" + (w.week.week < 10 ? "0" : "") + String(w.week.week) : w.week.description
        return "\(name) (\(w.held))"
      }.joined(separator: ", ")
      // Fewer than one is none.
      message =
        norm == 1
        ? Bilingual(
          "no \(kinds) held in \(weeks.count) weeks: " + list,
          "geen \(kindsNL) gehouden in \(weeks.count) weken: " + list)
        : Bilingual(
          "fewer than \(norm) \(kinds) held in \(weeks.count) weeks: " + list,
          "minder dan \(norm) \(kindsNL) gehouden in \(weeks.count) weken: " + list)
    }
    return Diagnostic(
      severity: .warning, code: "below-session-norm", message: message, range: r,
      help: Bilingual(
        "the programme asks for \(norm) \(kinds) in every school week outside holidays; a week the school was closed (a session with status school-closed) does not count",
        "het programma vraagt \(norm) \(kindsNL) in elke schoolweek buiten de vakanties; een week waarin de school dicht was (een sessie met status school-closed) telt niet mee"
      ))
  }

  static func pastMaximumWeeks(
    _ r: SourceRange, weeks: Int, maximum: Int, closed: Bool
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "past-maximum-weeks",
      message: closed
        ? Bilingual(
          "the trajectory ran \(weeks) weeks, past the programme's maximum of \(maximum)",
          "het traject liep \(weeks) weken, langer dan het maximum van \(maximum) van het programma"
        )
        : Bilingual(
          "the trajectory is in week \(weeks), past the programme's maximum of \(maximum)",
          "het traject is in week \(weeks), voorbij het maximum van \(maximum) van het programma"),
      range: r,
      help: closed
        ? Bilingual(
          "record in the closure summary why it took longer",
          "leg in de samenvatting bij de afsluiting vast waarom het langer duurde")
        : Bilingual(
          "close the trajectory or record why it continues",
          "sluit het traject af of leg vast waarom het doorloopt"))
  }

  /// `missing` names the session kinds in both languages.
  static func missingRequiredContact(
    _ r: SourceRange, missing: [String], missingNL: [String]
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "missing-required-contact",
      message: Bilingual(
        "completed, but no " + listJoined(missing, "or") + " was held",
        "afgerond, maar er is geen " + listJoined(missingNL, "of") + " gehouden"),
      range: r,
      help: Bilingual(
        "the programme requires these contacts before a completed closure",
        "het programma vraagt deze contacten voordat een traject als afgerond wordt afgesloten"))
  }

  static func completedBelowMinimumWeeks(
    _ r: SourceRange, weeks: Int, minimum: Int
  ) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "completed-below-minimum-weeks",
      message: Bilingual(
        "closed as completed in week \(weeks), before the programme's minimum of \(minimum) weeks",
        "als afgerond afgesloten in week \(weeks), voor het minimum van \(minimum) weken van het programma"
      ),
      range: r,
      help: Bilingual(
        "check the closure date; if the trajectory ended early, choose the reason that says why (for example ended-by-agreement)",
        "controleer de afsluitdatum; is het traject eerder gestopt, kies dan de reden die zegt waarom (bijvoorbeeld ended-by-agreement)"
      ))
  }

  static func kindNotInProgramme(
    _ r: SourceRange, kind: SessionKind, programme: Programme
  )
    -> Diagnostic
  {
    let uses = (programme.sessionKinds ?? []).map(\.rawValue).joined(separator: ", ")
    return Diagnostic(
      severity: .warning, code: "kind-not-in-programme",
      message: Bilingual(
        "a \(kind.policy.value.en) is not one of the session kinds of \(programme.label)",
        "een \(kind.policy.value.nl) ('\(kind.rawValue)') hoort niet bij de soorten sessies van \(programme.label)"
      ),
      range: r,
      help: Bilingual(
        "the programme's session_kinds in amigo.yaml are: \(uses); check the kind, or add it to the profile if the programme uses it",
        "de session_kinds van het programma in amigo.yaml zijn: \(uses); controleer de soort, of voeg hem toe aan het profiel als het programma hem gebruikt"
      ))
  }

  static func referrerNotInProgramme(
    _ r: SourceRange, by: String, programme: Programme
  )
    -> Diagnostic
  {
    let q = Diagnostic.quoted(by)
    return Diagnostic(
      severity: .warning, code: "referrer-not-in-programme",
      message: Bilingual(
        "referred by '\(q)', but \(programme.label) takes children referred by "
          + listJoined(programme.referrers.map { Schemas.referrer[$0]?.en ?? $0 }, "or"),
        "aangemeld door '\(q)', maar \(programme.label) neemt kinderen aan die zijn aangemeld door "
          + listJoined(programme.referrers.map { Schemas.referrer[$0]?.nl ?? $0 }, "of")),
      range: r,
      help: Bilingual(
        "check the referrer, or change referred_by of the programme in amigo.yaml",
        "controleer de aanmelder, of pas referred_by van het programma aan in amigo.yaml"))
  }

  /// A contact on `date` (and `later` more) under consent for the support the parents did not
  /// give, in a programme that requires theirs (`parents_consent: true`).
  static func consentWithoutParents(
    _ r: SourceRange, id: String, kind: SessionKind?, date: LocalDate, later: Int,
    programme: Programme
  ) -> Diagnostic {
    let what = kind.map { "\($0.policy.value.en)" } ?? "contact"
    let whatNL = kind.map { "\($0.policy.value.nl)" } ?? "contact"
    let more = later == 0 ? "" : " (and \(Counted.of(later, "later contact", "later contacts")))"
    let moreNL = later == 0 ? "" : " (en \(Counted.of(later, "later contact", "latere contacten")))"
    let key = Programme.Key.parentsConsent
    return Diagnostic(
      severity: .warning, code: "consent-without-parents",
      message: Bilingual(
        "\(what) on \(date)\(more): the parents did not consent to the support, but \(programme.label) requires their consent (\(key) in amigo.yaml)",
        "\(whatNL) op \(date)\(moreNL): de ouders gaven geen toestemming voor de begeleiding, maar \(programme.label) vraagt hun toestemming (\(key) in amigo.yaml)"
      ),
      range: r,
      help: Bilingual(
        "record the parents' consent: amigo consent \(id) --given-by parents --date \(date); or, if the programme may go on without them, remove \(key) from the programme in amigo.yaml",
        "leg de toestemming van de ouders vast: amigo consent \(id) --given-by parents --date \(date); of haal \(key) weg bij het programma in amigo.yaml als het programma zonder hen verder mag"
      ))
  }

  static func fieldNotRecorded(
    _ r: SourceRange, field: String, programme: Programme
  )
    -> Diagnostic
  {
    Diagnostic(
      code: "field-not-recorded",
      message: Bilingual(
        "\(programme.label) does not record '\(field)'",
        "\(programme.label) legt '\(field)' niet vast"),
      range: r,
      help: Bilingual(
        "remove '\(field)' from this file: amigo.yaml lists it under not_recorded of the programme, so it must not be kept",
        "haal '\(field)' uit dit bestand: amigo.yaml noemt het onder not_recorded van het programma, dus het mag niet bewaard worden"
      ))
  }

  static func ageOutsideBand(
    _ r: SourceRange, age: ConsentLaw.Age, band: ClosedRange<Int>
  )
    -> Diagnostic
  {
    let b = "\(band.lowerBound)-\(band.upperBound)"
    return Diagnostic(
      severity: .warning, code: "age-outside-band",
      message: Bilingual(
        "the child is \(age.description) at the start, outside the programme's \(b)",
        "het kind is \(age.descriptionNL) bij de start, buiten de \(b) jaar van het programma"),
      range: r,
      help: Bilingual(
        "check the birth month, or record why the child is in this programme",
        "controleer de geboortemaand, of leg vast waarom het kind in dit programma zit"))
  }

  static func goalWithoutBaseline(_ r: SourceRange, _ id: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      severity: .warning, code: "goal-without-baseline",
      message: Bilingual(
        "goal '\(q)' has no rating three weeks after the start",
        "doel '\(q)' heeft drie weken na de start nog geen score"),
      range: r,
      help: Bilingual(
        "add a baseline score with 'amigo goal rate'",
        "leg een beginscore vast met 'amigo goal rate'"))
  }

  // MARK: Privacy (warnings; errors with privacy.strict)

  /// What each privacy finding names, in Dutch (`PrivacyLint.Finding.what` is the English).
  static let privacyWhatNL: [String: String] = [
    "possible-citizen-number": "een burgerservicenummer (BSN)",
    "possible-email": "een e-mailadres", "possible-phone-number": "een telefoonnummer",
    "possible-postcode": "een postcode",
  ]

  /// `what` names what the text seems to hold (`PrivacyLint.Finding.what`).
  static func privacy(
    _ code: String, _ r: SourceRange?, what: String, strict: Bool = false
  )
    -> Diagnostic
  {
    Diagnostic(
      severity: strict ? .error : .warning, code: code,
      message: Bilingual(
        "this text looks like it contains \(what)",
        "deze tekst lijkt \(privacyWhatNL[code] ?? what) te bevatten"),
      range: r,
      help: Bilingual(
        "trajectory files must not hold identifying details; keep them in the organisation's own systems",
        "trajectbestanden mogen geen identificerende gegevens bevatten; bewaar die in de eigen systemen van de organisatie"
      ))
  }

  /// The longest free text (in characters) amigo takes without a word: about half a page.
  public static let longTextLimit = 2000

  /// A free text far longer than a note should be (`longTextLimit`): every note is part of the
  /// record parents may read, and the privacy rules ask for the minimum.
  static func longText(_ r: SourceRange, characters: Int) -> Diagnostic {
    Diagnostic(
      severity: .warning, code: "long-text",
      message: Bilingual(
        "this text is \(characters) characters long; notes and other free text are meant to be short (at most \(longTextLimit))",
        "deze tekst is \(characters) tekens lang; notities en andere vrije tekst horen kort te zijn (hoogstens \(longTextLimit))"
      ),
      range: r,
      help: Bilingual(
        "parents may read every note: keep to what was done and agreed, in a few sentences; a full report belongs in the organisation's own systems",
        "ouders mogen elke notitie lezen: houd het bij wat er gedaan en afgesproken is, in een paar zinnen; een volledig verslag hoort in de eigen systemen van de organisatie"
      ))
  }

  /// A child's label that reads like a first and last name.
  static func possibleFullName(_ r: SourceRange, _ label: String, strict: Bool) -> Diagnostic {
    let q = Diagnostic.quoted(label)
    return Diagnostic(
      severity: strict ? .error : .warning, code: "possible-full-name",
      message: Bilingual(
        "the label '\(q)' looks like a full name",
        "het label '\(q)' lijkt een volledige naam"),
      range: r,
      help: Bilingual(
        "use a first name and an initial, like 'Sam B.'; the name itself stays in the school's own systems",
        "gebruik een voornaam en een initiaal, zoals 'Sam B.'; de naam zelf blijft in de eigen systemen van de school"
      ))
  }

  /// A trajectory id not of the generated shape: it may hold a name, kept in git history.
  static func idShape(_ r: SourceRange, _ id: String, prefix: String) -> Diagnostic {
    let q = Diagnostic.quoted(id)
    return Diagnostic(
      severity: .warning, code: "id-shape",
      message: Bilingual(
        "the id '\(q)' does not have the shape of a generated id",
        "de id '\(q)' heeft niet de vorm van een gemaakte id"),
      range: r,
      help: Bilingual(
        "ids of new children look like \(prefix)-2026-7KQ4, so that no name ends up in a file name and in git history; if this id holds a name, ask the workspace's maintainer to rename the file and its id",
        "ids van nieuwe kinderen zien eruit als \(prefix)-2026-7KQ4, zodat er geen naam in een bestandsnaam en in de git-geschiedenis komt; staat er een naam in deze id, vraag de beheerder van de werkmap dan het bestand en de id te hernoemen"
      ))
  }

  /// The first character of a label that starts like a formula, as a message names it.
  static func formulaStart(_ label: String) -> Bilingual {
    let first = label.unicodeScalars.first.map { c -> Bilingual in
      c == "\t"
        ? Bilingual("a tab", "een tab")
        : c == "\r"
          ? Bilingual("a carriage return", "een carriage return") : Bilingual("'\(c)'", "'\(c)'")
    }
    return first ?? Bilingual("a formula character", "een formuleteken")
  }

  /// A name or label in `amigo.yaml` that a spreadsheet would read as a formula (a warning:
  /// CSV output neutralises it).
  static func formulaConfigLabel(_ r: SourceRange, _ field: String, _ label: String) -> Diagnostic {
    let start = formulaStart(label)
    let q = Diagnostic.quoted(label)
    return Diagnostic(
      severity: .warning,
      code: "formula-config-label",
      message: Bilingual(
        "\(field) '\(q)' starts with \(start.en), which a spreadsheet reads as a formula",
        "\(field) '\(q)' begint met \(start.nl), wat een spreadsheet als formule leest"),
      range: r,
      help: Bilingual(
        "start it with a letter or a digit; CSV reports put a ' before such a cell, so that no spreadsheet runs it, and the ' then shows",
        "begin met een letter of cijfer; CSV-rapporten zetten een ' voor zo'n cel, zodat geen spreadsheet hem uitvoert, en die ' is dan te zien"
      ))
  }

  /// A child's label that a spreadsheet would read as a formula.
  static func formulaLabel(_ r: SourceRange, _ label: String) -> Diagnostic {
    let start = formulaStart(label)
    let q = Diagnostic.quoted(label)
    return Diagnostic(
      code: "formula-label",
      message: Bilingual(
        "the label '\(q)' starts with \(start.en), which a spreadsheet reads as a formula",
        "het label '\(q)' begint met \(start.nl), wat een spreadsheet als formule leest"),
      range: r,
      help: Bilingual(
        "start the label with a letter, like 'Sam B.'; labels go into CSV reports, where '=', '+', '-', '@', a tab or a carriage return at the start makes a cell a formula",
        "begin het label met een letter, zoals 'Sam B.'; labels komen in CSV-rapporten, waar '=', '+', '-', '@', een tab of een carriage return aan het begin een cel tot formule maakt"
      ))
  }

  /// `a`, `a and b`, `a, b and c` (or another conjunction).
  public static func listJoined(_ items: [String], _ conjunction: String = "and") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }
}
