import AmigoYAML

/// The words diagnostics are built from, in both languages: the Dutch names of the schema's
/// objects and lists, of field types, the allowed values of a list (in Dutch the Dutch words
/// first, each with the value a file holds), and the consent law's sentences.
/// `DiagnosticLanguageTests` fails when an object or list of the schema has no Dutch name.
extension SchemaDiagnostics {
  /// The Dutch name of each `ObjectSpec` and `EnumSpec` name.
  public static let dutchNames: [String: String] = [
    "activity": "activiteit", "activity type": "activiteitstype", "agreement": "afspraak",
    "asker": "vrager", "audience": "publiek", "child": "kind", "closure": "afsluiting",
    "closure reason": "reden van afsluiting", "concern": "zorg", "concerns": "zorgen",
    "consent": "toestemming", "consent exception": "uitzondering op toestemming",
    "consent form": "toestemmingsvorm", "consent giver": "gever van toestemming",
    "consent scope": "reikwijdte van toestemming", "consent settings": "toestemmingsinstellingen",
    "destination": "bestemming", "gender": "gender", "goal": "doel", "goal party": "doelpartij",
    "goal result": "doelresultaat", "group meeting": "groepsbijeenkomst",
    "handover": "overdracht", "holiday": "vakantie", "imported": "geïmporteerd",
    "informant": "informant", "instrument": "instrument", "instrument forms": "instrumentvormen",
    "instrument scale": "instrumentschaal", "language": "taal", "light contact": "licht contact",
    "light-contact outcome": "uitkomst van licht contact", "measure": "meting",
    "meldcode outcome": "uitkomst van de meldcode", "meldcode step": "meldcodestap",
    "meldcode step kind": "soort meldcodestap", "method": "methode", "methods": "methoden",
    "norms source": "normbron", "participant": "deelnemer", "participants": "deelnemers",
    "party": "partij", "pause": "pauze", "place": "plaats", "plan": "plan",
    "privacy": "privacy", "programme": "programma", "range": "bereik", "rating": "score",
    "rater": "beoordelaar", "recordable field": "vast te leggen veld",
    "referral": "aanmelding", "referral made": "verwijzing", "referral status": "verwijsstatus",
    "referrer": "aanmelder", "satisfaction": "tevredenheid", "scale direction": "schaalrichting",
    "scale norms": "schaalnormen", "school": "school", "school change": "schoolwissel",
    "session": "sessie", "session kind": "soort sessie", "report figure": "cijfer in het verslag",
    "session status": "sessiestatus",
    "sharing": "gegevensdeling", "sharing basis": "grondslag voor delen",
    "sharing direction": "richting van delen", "sharing party": "partij bij delen",
    "sharing topic": "onderwerp van delen", "statement": "verklaring",
    "statement by": "verklaring door", "teacher role": "rol van de leerkracht",
    "timepoint": "meetmoment", "training": "training", "trajectory": "traject",
    "trajectory status": "trajectstatus", "vocabularies": "woordenlijsten",
    "vocabulary entry": "woordenlijstwaarde", "worker": "medewerker",
    "worker hours": "uren van een medewerker", "workspace config": "instellingen van de werkmap",
    "true or false": "true of false",
  ]

  /// A schema name in both languages (the English name when no Dutch one is known).
  public static func name(_ english: String) -> Bilingual {
    Bilingual(english, dutchNames[english] ?? english)
  }

  /// The allowed values of `spec`: `'a', 'b' or 'c'`; in Dutch the Dutch words first, each with
  /// the value a file holds (files hold the English values): `kindgesprek ('child-talk'), …`.
  public static func choices(_ spec: EnumSpec) -> Bilingual {
    Bilingual(
      spec.choices,
      listJoined(
        spec.values.map { $0.nl == $0.value ? "'\($0.value)'" : "\($0.nl) ('\($0.value)')" }, "of"))
  }

  /// `didYouMean` before a help text: `did you mean 'x'? ` / `bedoelde je 'x'? `.
  static func didYouMean(_ suggestion: String?) -> Bilingual {
    suggestion.map { Bilingual("did you mean '\($0)'? ", "bedoelde je '\($0)'? ") }
      ?? Bilingual("", "")
  }

  /// `a, b en c`.
  static func listJoinedNL(_ items: [String], _ conjunction: String = "en") -> String {
    listJoined(items, conjunction)
  }
}

extension FieldType {
  /// `summary` in Dutch.
  public var summaryNL: String {
    switch self {
    case .constant(let c): "'\(c)'"
    case .text(let multiline): multiline ? "tekst" : "tekst op één regel"
    case .label: "label"
    case .identifier: "id"
    case .date: "datum (JJJJ-MM-DD)"
    case .yearMonth: "jaar en maand (JJJJ-MM)"
    case .integer(let lo, let hi): "heel getal \(lo)-\(hi)"
    case .number(let lo, let hi, let step):
      "getal \(formatNumber(lo))-\(formatNumber(hi))"
        + (step > 0 ? " in stappen van \(formatNumber(step))" : "")
    case .boolean: "true of false"
    case .enumeration(let e): SchemaDiagnostics.name(e.name).nl
    case .reference(let what): "id van \(SchemaDiagnostics.name(what).nl)"
    case .list(let t): "lijst van \(t.summaryNL)"
    case .object(let o): SchemaDiagnostics.name(o.name).nl
    case .dictionary(let o): "mapping van ids naar \(SchemaDiagnostics.name(o.name).nl)"
    case .numbers: "mapping van ids naar getallen"
    }
  }

  /// `summary` in both languages.
  public var summaryText: Bilingual { Bilingual(summary, summaryNL) }
}

extension ConsentLaw.Age {
  /// `10`, or `11 of 12` in the birthday month.
  public var descriptionNL: String { low == high ? "\(high)" : "\(low) of \(high)" }

  /// The age in both languages.
  public var text: Bilingual { Bilingual(description, descriptionNL) }
}

extension ConsentLaw {
  /// `rule(for:age:)` in both languages.
  public static func ruleText(for party: Party, age: Age) -> Bilingual {
    let nl: String
    switch party {
    case .childUnder12:
      nl =
        "onder de 12 geeft een ouder met gezag of een voogd toestemming; de instemming van het kind mag erbij, maar telt niet alleen"
    case .parentMissing:
      nl =
        "van 12 tot en met 15 geven het kind en een ouder met gezag (of een voogd) allebei toestemming"
    case .childMissing:
      nl =
        age.high >= 16 && age.low >= 16
        ? "vanaf 16 geeft het kind alleen toestemming"
        : "vanaf 12 geeft het kind ook toestemming (van 12 tot en met 15 naast een ouder met gezag; vanaf 16 alleen)"
    case .bothParents:
      nl =
        "deze organisatie vraagt toestemming van beide ouders (of een voogd) voor een kind onder de 16 (amigo.yaml: consent: {both_parents: true})"
    }
    return Bilingual(rule(for: party, age: age), nl)
  }

  /// `remedy(for:id:date:)` in both languages.
  /// With `scope` (the scope the wrong party gave, when it is not the support), the command
  /// records consent for that scope: a child's consent for the support alone does not cover a
  /// home visit the parents consented to.
  public static func remedyText(
    for party: Party, id: String, date: LocalDate, scope: String? = nil
  ) -> Bilingual {
    let at = commandTail(scope: scope, date: date)
    let nl: String
    switch party {
    case .childUnder12:
      nl =
        "leg de toestemming vast van de ouders met gezag (of van één van hen, of een voogd): amigo consent \(id) --given-by parents \(at)"
    case .bothParents:
      nl =
        "leg de toestemming vast van beide ouders met gezag (of een voogd): amigo consent \(id) --given-by parents \(at)"
    case .parentMissing:
      nl =
        "leg de toestemming van de ouders vast: amigo consent \(id) --given-by parents \(at); wordt het kind zonder hen geholpen, leg dan 'exception: without-parents' (art. 7:450 lid 2 BW) vast bij de toestemming"
    case .childMissing:
      nl =
        "leg de eigen toestemming van het kind vast: amigo consent \(id) --given-by child \(at); kan het kind zijn belangen niet overzien, leg dan 'exception: not-competent' (art. 7:465 lid 2 BW) vast bij de toestemming van de ouders"
    }
    return Bilingual(remedy(for: party, id: id, date: date, scope: scope), nl)
  }

  /// `birthMonthNote` in both languages.
  public static let birthMonthNoteText = Bilingual(
    birthMonthNote,
    "alleen de geboortemaand is vastgelegd: in de maand van de 12e of 16e verjaardag gelden de regels van beide leeftijden"
  )
}
