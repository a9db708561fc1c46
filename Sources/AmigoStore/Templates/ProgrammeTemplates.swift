import AmigoSchema
import AmigoYAML

/// The programme profiles `amigo init --programme NAME` writes: one per programme of the
/// source articles, each with only the norms its article states, and above each key a comment
/// quoting the sentence it comes from. What an article does not state is not set (and the
/// profile says so), so amigo warns about nothing the programme never promised.
public struct ProgrammeTemplate: Sendable {
  /// One key of the profile, with the sentence of the article it comes from.
  struct Key: Sendable {
    let yaml: String
    /// The quote (in Dutch, as the article has it), or nil for a key that is not a norm.
    let quote: String?
    /// Why the key is set without a quote (English and Dutch), when there is no quote.
    let note: (en: String, nl: String)?

    init(_ yaml: String, quote: String) {
      self.yaml = yaml
      self.quote = quote
      self.note = nil
    }

    init(_ yaml: String, en: String, nl: String) {
      self.yaml = yaml
      self.quote = nil
      self.note = (en, nl)
    }
  }

  /// The programme's id in `amigo.yaml`.
  public let id: String
  public let label: String
  /// Other names `--programme` accepts (compared without case, spaces or punctuation).
  public let names: [String]
  /// The article the profile comes from: its title and where the programme runs.
  let source: String
  let keys: [Key]
  /// What the article does not state, so the profile leaves out (English and Dutch).
  let unstated: (en: String, nl: String)
  /// Extra comment lines at the end of the profile (English and Dutch), if any.
  let extra: (en: [String], nl: [String])

  /// The five programmes, in the order `amigo init` offers them.
  public static let all: [ProgrammeTemplate] = [
    amigosOpSchool, schoolSocialWork, ruggensteun, kansencoach, tijdVoorToekomst,
  ]

  /// The template `name` stands for: an id, the label or another name, compared without case,
  /// spaces or punctuation ("Amigo's op School" = "amigos-op-school").
  public static func named(_ name: String) -> ProgrammeTemplate? {
    let wanted = squashed(name)
    guard !wanted.isEmpty else { return nil }
    return all.first { t in ([t.id, t.label] + t.names).contains { squashed($0) == wanted } }
  }

  static func squashed(_ s: String) -> String {
    String(
      s.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  static let amigosOpSchool = ProgrammeTemplate(
    id: "amigos-op-school", label: "Amigo's op School",
    names: ["amigos", "amigo", "rotterdam-zuid"],
    source: "\"Amigo's op school\" (Rotterdam-Zuid)",
    keys: [
      Key(
        "age: {min: 8, max: 13}", quote: "kinderen van 8 tot 13 jaar met psychosociale problematiek"
      ),
      Key("weeks: {min: 12, max: 20}", quote: "De begeleiding, die 12 tot 20 weken duurt"),
      Key(
        "child_sessions_per_week: 2", quote: "Twee keer per week praten ze 20 minuten met het kind"),
      Key("session_minutes: 20", quote: "Twee keer per week praten ze 20 minuten met het kind"),
      Key("dose_kind: child-talk", quote: "Twee keer per week praten ze 20 minuten met het kind"),
      Key(
        "required_contacts: [home-visit, classroom-observation, parent-talk, teacher-talk]",
        quote:
          "omvat gesprekken met ouder en school, minstens één huisbezoek en een kijkje in de klas"),
      Key(
        "retention_years: 20",
        en:
          "Not in the article: the usual term for youth-care files; check it with your organisation",
        nl:
          "Niet uit het artikel: de gebruikelijke termijn voor jeugdhulpdossiers; controleer die met je organisatie"
      ),
      Key(
        "figures: [families, waiting, satisfaction]",
        quote: "Binnen Rotterdam krijgen we de ene na de andere aanvraag."),
    ],
    unstated: ("", ""),
    extra: (
      [
        "\"Een Amigo is een hulpverlener op minimaal HBO niveau\"; \"Amigo's volgen bij ons",
        "allemaal een extra opleiding\": a norm for the workers, not for a child's trajectory.",
        "Record it per worker under workers: ('qualification', 'trainings'); amigo does not judge",
        "it.",
      ],
      [
        "\"Een Amigo is een hulpverlener op minimaal HBO niveau\"; \"Amigo's volgen bij ons",
        "allemaal een extra opleiding\": een norm voor de begeleiders, niet voor een traject. Leg",
        "die per begeleider vast onder workers: ('qualification', 'trainings'); amigo beoordeelt",
        "die niet.",
      ]
    ))

  static let schoolSocialWork = ProgrammeTemplate(
    id: "sociaal-werker-school", label: "Sociaal werker in het schoolteam",
    names: ["school-social-work", "school-social-worker", "sociaal-werker", "amersfoort"],
    source:
      "\"Interventie Amersfoort: Sociaal werker binnen het schoolteam voor preventieve hulp\" (Amersfoort)",
    keys: [
      Self.noGoalWork,
      Key(
        "figures: [families, waiting, theme-meetings, teacher-support, light-contacts]",
        quote:
          "De sociaal werker vormt een laagdrempelig aanspreekpunt voor ouders met opvoedvragen, organiseert themabijeenkomsten"
      ),
    ],
    unstated: (
      "age band (a school with preschool and a primary school), length, a dose, required contacts, a referrer, retention",
      "leeftijd (een school met voorschool en een basisschool), duur, een dosis, verplichte contacten, een aanmelder, bewaartermijn"
    ),
    extra: (
      [
        "\"plaatst Amersfoort een sociaal werker voor 2,5 dag per week in het team van de",
        "basisschool\": the worker's time at the school, not a norm per child. Set the hours of",
        "2.5 working days on the school ('hours_per_week' under schools:); the period report puts",
        "the contact hours beside them.",
      ],
      [
        "\"plaatst Amersfoort een sociaal werker voor 2,5 dag per week in het team van de",
        "basisschool\": de tijd van de werker op school, geen norm per kind. Zet de uren van 2,5",
        "werkdag bij de school ('hours_per_week' onder schools:); het periodeverslag zet de",
        "contacturen ernaast.",
      ]
    ))

  /// The key every profile whose article describes no goal work writes.
  static let noGoalWork = Key(
    "goals: false",
    en: "The article describes no goals agreed per child; set true if you agree and rate goals",
    nl: "Het artikel beschrijft geen doelen per kind; zet op true als je doelen afspreekt en scoort"
  )

  static let ruggensteun = ProgrammeTemplate(
    id: "ruggensteun", label: "Handle with Care – Ruggensteun",
    names: ["handle-with-care", "hwc", "tilburg"],
    source:
      "\"Maatschappelijke opvang en basisscholen werken structureel met elkaar samen in Handle with Care – Ruggensteun\" (Tilburg)",
    keys: [
      Key(
        "referred_by: [shelter]", quote: "Kinderen die met hun ouders door Traverse worden begeleid"
      ),
      Key(
        "required_contacts: [three-way-talk]",
        quote: "We kijken met de intern begeleider en de ouders naar wat een kind nodig heeft"),
      Self.noGoalWork,
      Key(
        "figures: [families, waiting, meetings-and-groups]",
        quote: "spelen er vaak allerlei andere problemen in hun gezinnen"),
    ],
    unstated: (
      "age band (primary school), length (support lasts as long as the shelter's guidance), a dose, retention",
      "leeftijd (basisschool), duur (de steun loopt zolang de begeleiding door de opvang), een dosis, bewaartermijn"
    ),
    extra: (
      [
        "Fields the programme does not keep are refused in its files, for example",
        "'not_recorded: [child.gender, referral.request]'. The article sets no such rule:",
        "agree it with your privacy officer before you add it.",
      ],
      [
        "Velden die het programma niet vastlegt, weigert amigo in de dossiers, bijvoorbeeld",
        "'not_recorded: [child.gender, referral.request]'. Het artikel stelt zo'n regel niet:",
        "spreek die eerst af met je privacyfunctionaris.",
      ]
    ))

  static let kansencoach = ProgrammeTemplate(
    id: "kansencoach", label: "Kansencoach", names: ["kansen-coach", "de-aanloop", "drenthe"],
    source:
      "\"We lossen de problemen niet op, maar willen de leerlingen weerbaar maken\" (De Aanloop, Valthermond, Drenthe)",
    keys: [
      Key("referred_by: [teacher]", quote: "De leerkracht signaleert en draagt een leerling voor."),
      Key(
        "parents_consent: true",
        quote: "De ouders van de leerling moeten akkoord gaan met de gesprekken"),
      Key(
        "required_contacts: [parent-talk]",
        quote: "de ouders worden nauw bij de gesprekken betrokken"),
      Self.noGoalWork,
      Key(
        "figures: [waiting, meetings-and-groups, teacher-support]",
        quote:
          "Er is een zogeheten 1-, 2-, 3-, 4-overleg […] maar kan ook de leerkracht ondersteunen"),
    ],
    unstated: (
      "age band (primary school), length, a dose (the article gives the coach's two hours a week at the school, not talks per child), retention",
      "leeftijd (basisschool), duur, een dosis (het artikel noemt twee uur per week voor de coach op school, geen gesprekken per kind), bewaartermijn"
    ),
    extra: (
      [
        "\"Weliswaar voor twee uur in de week\": the coach's time at the school, not a norm per",
        "child. Set it on the school ('hours_per_week: 2' under schools:); the period report puts",
        "the contact hours beside it.",
      ],
      [
        "\"Weliswaar voor twee uur in de week\": de tijd van de coach op school, geen norm per",
        "kind. Zet die bij de school ('hours_per_week: 2' onder schools:); het periodeverslag zet",
        "de contacturen ernaast.",
      ]
    ))

  static let tijdVoorToekomst = ProgrammeTemplate(
    id: "tijd-voor-toekomst", label: "Tijd voor Toekomst",
    names: ["kind-ouder-ondersteuning", "tvt", "midden-groningen"],
    source: "\"Vernieuwende aanpak rond het kind\" (Tijd voor Toekomst, Midden-Groningen)",
    keys: [
      Self.noGoalWork,
      Key(
        "figures: [families, waiting, network-talks, meetings-and-groups]",
        quote:
          "Ook wordt het netwerk in en om het kindcentrum daarbij ingezet. Steeds meer wordt er groepsgericht gewerkt"
      ),
    ],
    unstated: (
      "age band (primary schools and a secondary school), length, a dose, required contacts, a referrer, retention",
      "leeftijd (basisscholen en een school voor voortgezet onderwijs), duur, een dosis, verplichte contacten, een aanmelder, bewaartermijn"
    ),
    extra: (
      [
        "\"Zij zijn 3 tot 5 dagen per week in het kindcentrum aanwezig\": the supporter's time at",
        "the school, not a norm per child. Set the hours agreed with each school on it",
        "('hours_per_week' under schools:); the period report puts the contact hours beside them.",
      ],
      [
        "\"Zij zijn 3 tot 5 dagen per week in het kindcentrum aanwezig\": de tijd van de",
        "ondersteuner op school, geen norm per kind. Zet de uren die met elke school zijn",
        "afgesproken bij de school ('hours_per_week' onder schools:); het periodeverslag zet de",
        "contacturen ernaast.",
      ]
    ))

  /// The profile's lines under `programmes:`, comments in English or Dutch.
  func lines(english en: Bool) -> [String] {
    let indent = "    "
    var out = ["  \(id):", indent + "label: " + ScalarEmitter.emit(label)]
    out += commentLines(
      (en ? "Source: the article " : "Bron: het artikel ") + source + ".", indent: indent)
    for key in keys {
      if let quote = key.quote {
        out += commentLines("\"\(quote)\"", indent: indent)
      } else if let note = key.note {
        out += commentLines((en ? note.en : note.nl) + ".", indent: indent)
      }
      out.append(indent + key.yaml)
    }
    if !unstated.en.isEmpty {
      out += commentLines(
        en
          ? "The article states no \(unstated.en): none is set."
          : "Het artikel noemt geen \(unstated.nl): die staan er niet in.", indent: indent)
    }
    // A follow-up period is set only where the article states one (with its quote); none of
    // the five does, so the profile says which period applies without it.
    if !keys.contains(where: { $0.yaml.hasPrefix("follow_up_months:") }) {
      let months = Programme.defaultFollowUpMonths
      out += commentLines(
        en
          ? "The article states no follow-up after the closure: without 'follow_up_months',"
            + " follow-up contacts are allowed for \(months) months after it (the default)."
          : "Het artikel noemt geen nazorg na de afsluiting: zonder 'follow_up_months' mogen"
            + " nazorgcontacten tot \(months) maanden erna (de standaard).", indent: indent)
    }
    out += commentLines((en ? extra.en : extra.nl).joined(separator: " "), indent: indent)
    return out
  }
}

/// `text` as comment lines at `indent`, wrapped before 100 columns.
func commentLines(_ text: String, indent: String) -> [String] {
  var out: [String] = []
  var line = ""
  for word in text.split(separator: " ") {
    if !line.isEmpty && indent.count + 2 + line.count + 1 + word.count > 98 {
      out.append(indent + "# " + line)
      line = ""
    }
    line += (line.isEmpty ? "" : " ") + word
  }
  if !line.isEmpty { out.append(indent + "# " + line) }
  return out
}
