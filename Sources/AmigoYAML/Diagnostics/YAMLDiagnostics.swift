/// The catalogue of diagnostics the YAML layer reports. Each code is declared once, here.
/// `schema/README.md` documents each rule of the subset with the code that enforces it.
public enum YAMLDiagnostics {
  /// Every code the YAML layer can report, for documentation and the error-catalogue tests.
  /// Errors after which the tree still says what the file means for the other checks: a
  /// duplicate key (the first occurrence counts) and a tab in indentation (read as spaces).
  public static let recoverable: Set<String> = ["duplicate-key", "tab-indentation"]

  public static let codes: [String] = [
    "invalid-utf8", "control-character", "tab-indentation", "tab-character", "conflict-marker",
    "bad-indentation",
    "unsupported-anchor", "unsupported-alias", "unsupported-tag", "unsupported-directive",
    "multiple-documents", "complex-key", "multi-line-flow", "nested-flow", "invalid-flow",
    "duplicate-key", "missing-colon", "inline-collection", "colon-in-plain-scalar",
    "unterminated-quote", "invalid-escape", "trailing-content", "invalid-block-scalar-header",
    "reserved-indicator", "nesting-too-deep", "block-scalar-at-end-of-file", "long-key",
  ]

  static func blockScalarAtEndOfFile(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "block-scalar-at-end-of-file",
      message: Bilingual(
        "a block scalar ends the file without a final line break",
        "een bloktekst sluit het bestand af zonder regeleinde"),
      range: r,
      help: Bilingual(
        "end the file with a line break ('amigo fmt' does this); YAML readers disagree on the text's last line break otherwise",
        "eindig het bestand met een regeleinde ('amigo fmt' doet dat); anders lezen YAML-programma's het laatste regeleinde van de tekst verschillend"
      ))
  }

  static func invalidUTF8(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "invalid-utf8",
      message: Bilingual(
        "the file is not valid UTF-8 here", "het bestand is hier geen geldige UTF-8"),
      range: r, help: Bilingual("save the file as UTF-8", "sla het bestand op als UTF-8"))
  }

  static func controlCharacter(_ r: SourceRange, _ byte: UInt8) -> Diagnostic {
    let name =
      byte == 0x0D
      ? Bilingual(
        "a carriage return not followed by a line feed",
        "een carriage return zonder line feed erna")
      : byte == 0
        ? Bilingual("a NUL byte", "een NUL-byte")
        : Bilingual(
          "the control character U+\(hex(byte))", "het stuurteken U+\(hex(byte))")
    return Diagnostic(
      code: "control-character",
      message: name
        + Bilingual(" is not allowed in a YAML file", " mag niet in een YAML-bestand staan"),
      range: r,
      // Not "write it as an escape": amigo's files hold no control character in a value,
      // escaped or not (`control-character-in-value`), so that would only trade one error for
      // another.
      help: byte == 0x0D
        ? Bilingual(
          "remove it; a line ends with a line feed (LF) or CRLF",
          "haal het weg; een regel eindigt op een line feed (LF) of CRLF")
        : Bilingual(
          "remove it: amigo's files hold no control characters, not even as escapes (only tabs and line breaks, in free text)",
          "haal het weg: amigo-bestanden bevatten geen stuurtekens, ook niet als escape (alleen tabs en regeleinden, in vrije tekst)"
        ))
  }

  /// A raw line or paragraph separator (U+2028, U+2029): a line break to YAML 1.1 readers.
  static func separator(_ r: SourceRange, _ scalar: UInt32) -> Diagnostic {
    let line = scalar == 0x2028
    let hex = String(scalar, radix: 16, uppercase: true)
    return Diagnostic(
      code: "control-character",
      message: Bilingual(
        "the \(line ? "line" : "paragraph") separator U+\(hex) is not allowed in a YAML file",
        "het \(line ? "regel" : "alinea")scheidingsteken U+\(hex) mag niet in een YAML-bestand staan"
      ),
      range: r,
      help: Bilingual(
        "remove it or put a real line break there (YAML 1.1 readers such as PyYAML read it as a line break, amigo does not); inside double quotes write it as \\\(line ? "L" : "P")",
        "haal het weg of zet er een echt regeleinde (YAML 1.1-programma's zoals PyYAML lezen het als regeleinde, amigo niet); tussen dubbele aanhalingstekens schrijf je het als \\\(line ? "L" : "P")"
      ))
  }

  /// U+FFFE or U+FFFF: not characters; YAML readers refuse them.
  static func nonCharacter(_ r: SourceRange, _ scalar: UInt32) -> Diagnostic {
    let hex = String(scalar, radix: 16, uppercase: true)
    return Diagnostic(
      code: "control-character",
      message: Bilingual(
        "U+\(hex) is not a character and not allowed in a YAML file",
        "U+\(hex) is geen teken en mag niet in een YAML-bestand staan"),
      range: r,
      help: Bilingual(
        "remove it (YAML readers refuse the file); it is often left by a broken copy or conversion",
        "haal het weg (YAML-programma's weigeren het bestand); het blijft vaak achter na kopiëren of omzetten"
      ))
  }

  static func tabIndentation(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "tab-indentation",
      message: Bilingual("tab character in indentation", "tab in de inspringing"), range: r,
      help: Bilingual(
        "indent with spaces only (YAML does not allow tabs for indentation)",
        "spring alleen in met spaties (YAML staat geen tabs toe om in te springen)"))
  }

  static func conflictMarker(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "conflict-marker",
      message: Bilingual(
        "git conflict marker: two versions of this part of the file are still in it",
        "git-conflictmarkering: dit deel van het bestand staat er nog in twee versies in"),
      range: r,
      help: Bilingual(
        "keep what is right from the lines between <<<<<<< and >>>>>>>, delete the marker lines, then run 'amigo validate' and 'git add' the file",
        "houd wat klopt van de regels tussen <<<<<<< en >>>>>>>, verwijder de markeringsregels en voer dan 'amigo validate' en 'git add' uit op het bestand"
      ))
  }

  static func tabCharacter(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "tab-character",
      message: Bilingual(
        "tab character outside quotes, block text or a comment",
        "tab buiten aanhalingstekens, bloktekst of commentaar"),
      range: r,
      help: Bilingual(
        "replace it with spaces (YAML tools read tabs here differently); a tab meant in a value goes in double quotes as \\t",
        "vervang hem door spaties (YAML-programma's lezen tabs hier verschillend); een tab die in een waarde bedoeld is, komt tussen dubbele aanhalingstekens als \\t"
      ))
  }

  static func badIndentation(_ r: SourceRange, _ detail: Bilingual) -> Diagnostic {
    Diagnostic(
      code: "bad-indentation", message: detail, range: r,
      help: Bilingual(
        "line this up with the entries it belongs to",
        "zet dit recht onder de items waar het bij hoort"))
  }

  static func anchor(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-anchor",
      message: Bilingual(
        "anchors (&name) are not part of amigo's YAML subset",
        "ankers (&naam) horen niet bij amigo's deel van YAML"),
      range: r, help: Bilingual("write the value out in full", "schrijf de waarde voluit"))
  }

  static func alias(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-alias",
      message: Bilingual(
        "aliases (*name) are not part of amigo's YAML subset",
        "aliassen (*naam) horen niet bij amigo's deel van YAML"),
      range: r,
      help: Bilingual(
        "write the value out in full; if a '*' is meant literally, quote the text",
        "schrijf de waarde voluit; is een '*' letterlijk bedoeld, zet de tekst dan tussen aanhalingstekens"
      ))
  }

  static func tag(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-tag",
      message: Bilingual(
        "tags (!tag) are not part of amigo's YAML subset",
        "tags (!tag) horen niet bij amigo's deel van YAML"),
      range: r,
      help: Bilingual(
        "remove the tag; if a '!' is meant literally, quote the text",
        "haal de tag weg; is een '!' letterlijk bedoeld, zet de tekst dan tussen aanhalingstekens"))
  }

  static func directive(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "unsupported-directive",
      message: Bilingual(
        "directives (%YAML, %TAG) are not part of amigo's YAML subset",
        "directieven (%YAML, %TAG) horen niet bij amigo's deel van YAML"),
      range: r, help: Bilingual("remove the directive line", "haal de regel met de directief weg"))
  }

  static func multipleDocuments(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "multiple-documents",
      message: Bilingual(
        "a file holds exactly one YAML document", "een bestand bevat precies één YAML-document"),
      range: r,
      help: Bilingual(
        "remove the '---' or '...' marker, or split the documents into separate files",
        "haal de markering '---' of '...' weg, of zet de documenten in aparte bestanden"))
  }

  static func complexKey(_ r: SourceRange, inValue: Bool = false) -> Diagnostic {
    Diagnostic(
      code: "complex-key",
      message: Bilingual(
        "complex keys ('?', or a collection as a key) are not supported",
        "samengestelde sleutels ('?', of een verzameling als sleutel) kunnen niet"),
      range: r,
      help: inValue
        ? Bilingual(
          "put the value in quotes if it starts with a '?' meant literally",
          "zet de waarde tussen aanhalingstekens als ze begint met een letterlijk bedoeld '?'")
        : Bilingual(
          "use a plain or quoted text as the key",
          "gebruik gewone tekst of tekst tussen aanhalingstekens als sleutel"))
  }

  static func multiLineFlow(_ r: SourceRange, _ close: Character) -> Diagnostic {
    Diagnostic(
      code: "multi-line-flow",
      message: Bilingual(
        "this flow collection is not closed on the line where it opens",
        "deze flow-verzameling wordt niet gesloten op de regel waar ze opent"),
      range: r,
      help: Bilingual(
        "close it with '\(close)' on the same line, or write it in block style",
        "sluit haar met '\(close)' op dezelfde regel, of schrijf haar in blokstijl"))
  }

  static func nestedFlow(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "nested-flow",
      message: Bilingual(
        "a flow collection may hold only scalars",
        "een flow-verzameling mag alleen losse waarden bevatten"),
      range: r,
      help: Bilingual(
        "write the nested collection in block style",
        "schrijf de geneste verzameling in blokstijl"))
  }

  static func invalidFlow(_ r: SourceRange, _ detail: Bilingual) -> Diagnostic {
    Diagnostic(
      code: "invalid-flow", message: detail, range: r,
      help: Bilingual(
        "write flow collections as [a, b] or {key: value, key: value}",
        "schrijf flow-verzamelingen als [a, b] of {sleutel: waarde, sleutel: waarde}"))
  }

  /// `?` in a plain text inside `[ ]` or `{ }`: YAML 1.1 readers (PyYAML) end the text there.
  static func questionMarkInFlow(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "invalid-flow",
      message: Bilingual(
        "'?' in a text without quotes inside [ ] or { }",
        "'?' in tekst zonder aanhalingstekens binnen [ ] of { }"),
      range: r,
      help: Bilingual(
        "put the text in quotes ('…'): YAML 1.1 readers such as PyYAML read '?' there as the start of a key",
        "zet de tekst tussen aanhalingstekens ('…'): YAML 1.1-programma's zoals PyYAML lezen '?' daar als het begin van een sleutel"
      ))
  }

  /// `{k:}` or `{k:, …}`: YAML 1.2 readers (ruamel.yaml) read the key `k:`, YAML 1.1 readers `k`.
  static func colonBeforeFlowIndicator(_ r: SourceRange, _ key: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-flow",
      message: Bilingual(
        "no space after the ':' of '\(Diagnostic.quoted(key))'",
        "geen spatie na de ':' van '\(Diagnostic.quoted(key))'"),
      range: r,
      help: Bilingual(
        "write a space after ':' ('\(Diagnostic.quoted(key)): '): without it, YAML readers disagree on whether the key ends in ':'",
        "zet een spatie na ':' ('\(Diagnostic.quoted(key)): '): zonder spatie lezen YAML-programma's de sleutel verschillend, met of zonder ':'"
      ))
  }

  static func longKey(_ r: SourceRange, _ characters: Int) -> Diagnostic {
    Diagnostic(
      code: "long-key",
      message: Bilingual(
        "a key of \(characters) characters; YAML allows at most 1024",
        "een sleutel van \(characters) tekens; YAML staat er hoogstens 1024 toe"),
      range: r,
      help: Bilingual(
        "shorten the key (PyYAML and ruamel.yaml refuse the file); a long text belongs in a value",
        "maak de sleutel korter (PyYAML en ruamel.yaml weigeren het bestand); een lange tekst hoort in een waarde"
      ))
  }

  static func duplicateKey(_ r: SourceRange, _ key: String, firstLine: Int) -> Diagnostic {
    Diagnostic(
      code: "duplicate-key",
      message: Bilingual(
        "duplicate key '\(Diagnostic.quoted(key))' (first on line \(firstLine))",
        "dubbele sleutel '\(Diagnostic.quoted(key))' (eerst op regel \(firstLine))"),
      range: r,
      help: Bilingual(
        "remove one of the two, or merge them", "haal een van de twee weg, of voeg ze samen"))
  }

  static func missingColon(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "missing-colon",
      message: Bilingual(
        "expected 'key: value' in this mapping", "in deze mapping hoort 'sleutel: waarde'"),
      range: r,
      help: Bilingual(
        "add ': ' after the key, or indent the line to continue the text above",
        "zet ': ' na de sleutel, of laat de regel inspringen om de tekst erboven voort te zetten"))
  }

  static func inlineCollection(_ r: SourceRange, _ what: String) -> Diagnostic {
    let mapping = what == "mapping"
    return Diagnostic(
      code: "inline-collection",
      message: Bilingual(
        "a block \(what) cannot start on the same line as its key or dash",
        "een blok\(mapping ? "mapping" : "lijst") kan niet beginnen op de regel van zijn sleutel of streepje"
      ),
      range: r,
      help: mapping
        ? Bilingual(
          "quote the value if ': ' is meant literally, or put the mapping on the next lines",
          "zet de waarde tussen aanhalingstekens als ': ' letterlijk bedoeld is, of zet de mapping op de volgende regels"
        )
        : Bilingual(
          "put the list on the next lines, or quote the value if '- ' is meant literally",
          "zet de lijst op de volgende regels, of zet de waarde tussen aanhalingstekens als '- ' letterlijk bedoeld is"
        ))
  }

  static func colonInPlain(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "colon-in-plain-scalar",
      message: Bilingual(
        "': ' in a line that continues the text above",
        "': ' in een regel die de tekst erboven voortzet"),
      range: r,
      help: Bilingual(
        "if this line is a key, line it up with the keys above; if it is text, put the whole text in double quotes",
        "is deze regel een sleutel, zet hem dan recht onder de sleutels erboven; is het tekst, zet de hele tekst dan tussen dubbele aanhalingstekens"
      ))
  }

  static func unterminatedQuote(_ r: SourceRange, _ quote: Character) -> Diagnostic {
    let inside = quote == "'" ? "''" : "\\\""
    return Diagnostic(
      code: "unterminated-quote",
      message: Bilingual(
        "the quoted text has no closing \(quote)",
        "de tekst tussen aanhalingstekens heeft geen afsluitende \(quote)"),
      range: r,
      help: Bilingual(
        "add the closing \(quote); a quote inside the text is written as \(inside)",
        "zet de afsluitende \(quote); een aanhalingsteken in de tekst schrijf je als \(inside)"))
  }

  static func invalidEscape(_ r: SourceRange, _ escape: String) -> Diagnostic {
    Diagnostic(
      code: "invalid-escape",
      message: Bilingual(
        "unknown escape '\\\(escape)' in double-quoted text",
        "onbekende escape '\\\(escape)' in tekst tussen dubbele aanhalingstekens"),
      range: r,
      help: Bilingual(
        "write a backslash as \\\\, or use single quotes",
        "schrijf een backslash als \\\\, of gebruik enkele aanhalingstekens"))
  }

  static func trailingContent(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "trailing-content",
      message: Bilingual("unexpected text after the value", "onverwachte tekst na de waarde"),
      range: r,
      help: Bilingual(
        "remove it, or put the whole value in quotes; comments start with ' #'",
        "haal hem weg, of zet de hele waarde tussen aanhalingstekens; commentaar begint met ' #'"))
  }

  static func blockScalarHeader(_ r: SourceRange) -> Diagnostic {
    Diagnostic(
      code: "invalid-block-scalar-header",
      message: Bilingual(
        "a block scalar header is '|' or '>' with an optional digit and '+' or '-'",
        "de kop van een bloktekst is '|' of '>', eventueel met een cijfer en '+' of '-'"),
      range: r,
      help: Bilingual(
        "put '|' or '>' alone at the end of the line and the text on the lines below; quote the value if it starts with a '|' or '>' meant literally",
        "zet '|' of '>' alleen aan het eind van de regel en de tekst op de regels eronder; zet de waarde tussen aanhalingstekens als ze begint met een letterlijk bedoelde '|' of '>'"
      ))
  }

  static func reservedIndicator(_ r: SourceRange, _ c: Character) -> Diagnostic {
    Diagnostic(
      code: "reserved-indicator",
      message: Bilingual(
        "a plain text cannot start with '\(c)'",
        "tekst zonder aanhalingstekens kan niet beginnen met '\(c)'"),
      range: r,
      help: Bilingual("put the text in quotes", "zet de tekst tussen aanhalingstekens"))
  }

  static func nestingTooDeep(_ r: SourceRange, _ limit: Int) -> Diagnostic {
    Diagnostic(
      code: "nesting-too-deep",
      message: Bilingual(
        "nesting deeper than \(limit) levels", "dieper genest dan \(limit) niveaus"),
      range: r,
      help: Bilingual(
        "amigo files are shallow; this is likely a damaged file",
        "amigo-bestanden zijn ondiep; dit is waarschijnlijk een beschadigd bestand"))
  }

  private static func hex(_ b: UInt8) -> String {
    let s = String(b, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - s.count) + s
  }
}
