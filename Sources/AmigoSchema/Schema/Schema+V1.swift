/// The schemas of format `amigo/1`: the workspace config (`amigo.config/1`) and a trajectory
/// file (`amigo.trajectory/1`). Keys and values are English; reports translate them.
public enum Schemas {
  public static let trajectoryVersion = "amigo.trajectory/1"
  public static let configVersion = "amigo.config/1"

  // MARK: - Values in several lists
  //
  // The services and professionals around the child are referrers, participants, goal parties,
  // destinations and sharing parties: each is declared once here, with its labels and aliases,
  // and every list that has it names it.

  /// The school's care coordinator: referrer, participant, goal party, sharing party.
  static let careCoordinator = EnumValue(
    "care-coordinator", en: "care coordinator (IB)", nl: "intern begeleider",
    aliases: ["ib", "intern-begeleider"])

  /// Youth health care: referrer, participant, destination, sharing party.
  static let youthHealth = EnumValue(
    "youth-health", en: "youth health care (JGZ)", nl: "jeugdgezondheidszorg", aliases: ["jgz"])

  /// The municipal social team: referrer, participant, goal party, destination, sharing party.
  static let socialTeam = EnumValue(
    "social-team", en: "social team", nl: "wijkteam", aliases: ["wijkteam", "sociaal-team"])

  /// The shelter: referrer, sharing party.
  static let shelter = EnumValue(
    "shelter", en: "shelter", nl: "maatschappelijke opvang",
    aliases: ["opvang", "maatschappelijke-opvang"])

  /// The shelter's coach: participant, goal party.
  static let shelterCoach = EnumValue(
    "shelter-coach", en: "shelter coach", nl: "begeleider opvang",
    aliases: ["opvangcoach", "begeleider-opvang", "opvangbegeleider"])

  /// Passend-onderwijs support: participant, goal party.
  static let schoolSupport = EnumValue(
    "school-support", en: "passend-onderwijs support", nl: "ondersteuner passend onderwijs",
    aliases: ["passend-onderwijs", "samenwerkingsverband", "swv", "onderwijsconsulent"])

  /// Youth care: destination, sharing party.
  static let youthCare = EnumValue(
    "youth-care", en: "youth care", nl: "jeugdhulp", aliases: ["jeugdhulp", "jeugdzorg"])

  // MARK: - Enumerations

  public static let status = EnumSpec(
    "trajectory status",
    [
      EnumValue(
        "referred", en: "referred", nl: "aangemeld", aliases: ["aangemeld"],
        doc: "signalled and registered; no intake yet"),
      EnumValue(
        "waiting", en: "waiting list", nl: "wachtlijst", aliases: ["wachtlijst", "wachtend"]),
      EnumValue(
        "intake", en: "intake", nl: "intake",
        doc: "getting to know the family; consent is being arranged"),
      EnumValue("active", en: "active", nl: "actief", aliases: ["actief", "lopend"]),
      EnumValue("paused", en: "paused", nl: "gepauzeerd", aliases: ["gepauzeerd", "pauze"]),
      EnumValue("closing", en: "closing", nl: "afronding", aliases: ["afronding", "afronden"]),
      EnumValue("closed", en: "closed", nl: "afgesloten", aliases: ["afgesloten"]),
      EnumValue(
        "not-started", en: "not started", nl: "niet gestart", aliases: ["niet-gestart"],
        doc: "no consent, declined, or not suitable"),
    ])

  public static let gender = EnumSpec(
    "gender",
    [
      EnumValue("girl", en: "girl", nl: "meisje", aliases: ["meisje", "v"]),
      EnumValue("boy", en: "boy", nl: "jongen", aliases: ["jongen", "m"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders", "x"]),
      EnumValue("unknown", en: "unknown", nl: "onbekend", aliases: ["onbekend"]),
    ])

  public static let referrer = EnumSpec(
    "referrer",
    [
      EnumValue(
        "teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht", "juf", "meester"]),
      careCoordinator,
      EnumValue(
        "director", en: "school director", nl: "directie", aliases: ["directie", "directeur"]),
      EnumValue("parent", en: "parent", nl: "ouder", aliases: ["ouder", "ouders"]),
      EnumValue("child", en: "child", nl: "kind", aliases: ["kind"]),
      youthHealth,
      socialTeam,
      shelter,
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  public static let domain = EnumSpec(
    "concern", open: "concerns",
    [
      EnumValue(
        "concentration", en: "concentration", nl: "concentratie", aliases: ["concentratie"]),
      EnumValue(
        "playing-together", en: "playing together", nl: "samen spelen",
        aliases: ["samenspelen", "samen-spelen"]),
      EnumValue(
        "self-confidence", en: "self-confidence", nl: "zelfvertrouwen", aliases: ["zelfvertrouwen"]),
      EnumValue(
        "emotion-regulation", en: "emotion regulation", nl: "emotieregulatie",
        aliases: ["emotieregulatie"]),
      EnumValue(
        "anxiety", en: "anxiety or fear of failure", nl: "angst of faalangst",
        aliases: ["angst", "faalangst"]),
      EnumValue("low-mood", en: "low mood", nl: "somberheid", aliases: ["somberheid", "somber"]),
      EnumValue("behaviour", en: "behaviour", nl: "gedrag", aliases: ["gedrag", "behavior"]),
      EnumValue("bullying", en: "bullying", nl: "pesten", aliases: ["pesten"]),
      EnumValue(
        "home-situation", en: "home situation", nl: "thuissituatie", aliases: ["thuissituatie"]),
      EnumValue("divorce", en: "parental separation", nl: "scheiding", aliases: ["scheiding"]),
      EnumValue("poverty", en: "poverty", nl: "armoede", aliases: ["armoede"]),
      EnumValue(
        "parenting", en: "parenting question", nl: "opvoedvraag",
        aliases: ["opvoedvraag", "opvoeding"]),
      EnumValue(
        "absenteeism", en: "absenteeism", nl: "schoolverzuim",
        aliases: ["schoolverzuim", "verzuim"]),
      EnumValue(
        "domestic-violence", en: "domestic violence", nl: "huiselijk geweld",
        aliases: ["huiselijk-geweld", "geweld"]),
      EnumValue(
        "homelessness", en: "homelessness", nl: "dakloosheid",
        aliases: ["dakloosheid", "dakloos", "thuisloos"]),
      EnumValue(
        "parental-mental-illness", en: "a parent's mental illness",
        nl: "psychische problemen van een ouder", aliases: ["kopp", "psychische-problemen-ouder"]),
      EnumValue(
        "parental-addiction", en: "a parent's addiction", nl: "verslaving van een ouder",
        aliases: ["kov", "verslaving", "verslaving-ouder"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  public static let consentGiver = EnumSpec(
    "consent giver",
    [
      EnumValue(
        "parents", en: "both parents with custody", nl: "beide gezaghebbende ouders",
        aliases: ["ouders"]),
      EnumValue(
        "parent", en: "one parent with custody", nl: "één gezaghebbende ouder", aliases: ["ouder"]),
      EnumValue("guardian", en: "guardian", nl: "voogd", aliases: ["voogd"]),
      EnumValue("child", en: "the child", nl: "het kind", aliases: ["kind"]),
    ])

  /// The two lawful exceptions to who consents (`ConsentLaw`).
  public static let consentException = EnumSpec(
    "consent exception",
    [
      EnumValue(
        "not-competent",
        en:
          "child of 12 or older cannot weigh their interests; the parents decide (art. 7:465(2) BW)",
        nl: "kind van 12 of ouder is wilsonbekwaam; de ouders beslissen (art. 7:465 lid 2 BW)",
        aliases: ["wilsonbekwaam"]),
      EnumValue(
        "without-parents",
        en: "child of 12 to 15 helped without the parents' consent (art. 7:450(2) BW)",
        nl: "kind van 12 tot 16 geholpen zonder toestemming van de ouders (art. 7:450 lid 2 BW)",
        aliases: ["zonder-ouders"]),
    ])

  public static let consentForm = EnumSpec(
    "consent form",
    [
      EnumValue("written", en: "written", nl: "schriftelijk", aliases: ["schriftelijk"]),
      EnumValue("verbal", en: "verbal", nl: "mondeling", aliases: ["mondeling"]),
    ])

  public static let consentScope = EnumSpec(
    "consent scope",
    [
      EnumValue("support", en: "support", nl: "begeleiding", aliases: ["begeleiding"]),
      EnumValue("home-visit", en: "home visits", nl: "huisbezoek", aliases: ["huisbezoek"]),
      EnumValue(
        "school-consultation", en: "consultation with school", nl: "overleg met school",
        aliases: ["overleg-school"]),
      EnumValue(
        "questionnaires", en: "questionnaires", nl: "vragenlijsten", aliases: ["vragenlijsten"]),
      EnumValue(
        "anonymous-reporting", en: "anonymous reporting", nl: "anonieme verantwoording",
        aliases: ["anonieme-verantwoording"],
        doc:
          "gates nothing: period and week reports are aggregate, hidden where small, and need no consent; kept so older files stay valid (the research export needs `research`)"
      ),
      // Sharing information with others around the child (`ConsentLaw.sharingScope`).
      EnumValue(
        "shelter-consultation", en: "consultation with the shelter",
        nl: "overleg met maatschappelijke opvang", aliases: ["overleg-opvang"]),
      EnumValue(
        "youth-health-consultation", en: "consultation with youth health care (JGZ)",
        nl: "overleg met jeugdgezondheidszorg", aliases: ["overleg-jgz"]),
      EnumValue(
        "social-team-consultation", en: "consultation with the social team",
        nl: "overleg met wijkteam", aliases: ["overleg-wijkteam"]),
      EnumValue(
        "youth-care-consultation", en: "consultation with youth care", nl: "overleg met jeugdhulp",
        aliases: ["overleg-jeugdhulp", "overleg-jeugdzorg"]),
      EnumValue(
        "research", en: "research (pseudonymised)", nl: "onderzoek (gepseudonimiseerd)",
        aliases: ["onderzoek"],
        doc: "the trajectory may be in `amigo export --research`; without it, it is left out"),
      EnumValue(
        "follow-up", en: "follow-up after the closure", nl: "nazorg na afsluiting",
        aliases: ["nazorg"],
        doc: "follow-up contacts, measures and ratings after the closure (`follow_up: true`)"),
    ])

  public static let party = EnumSpec(
    "party",
    [
      EnumValue("child", en: "child", nl: "kind", aliases: ["kind"]),
      EnumValue("parents", en: "parents", nl: "ouders", aliases: ["ouders", "ouder", "parent"]),
      EnumValue("teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht"]),
      EnumValue("worker", en: "worker", nl: "begeleider", aliases: ["begeleider", "amigo"]),
    ])

  /// Who may agree a goal or rate it: the parties, and the professionals and network around
  /// the child. Declared once for both lists (`goalParty`, `rater`).
  static let goalPartyValues =
    party.values + [
      careCoordinator,
      schoolSupport,
      socialTeam,
      shelterCoach,
      EnumValue(
        "network", en: "network (grandparent, neighbour, family friend)",
        nl: "netwerk (grootouder, buren, vrienden)", aliases: ["netwerk"]),
    ]

  /// Who agreed on a goal (`agreed_with`).
  public static let goalParty = EnumSpec("goal party", open: "goal_parties", goalPartyValues)

  /// Who gave a score (`rater`).
  public static let rater = EnumSpec("rater", open: "raters", goalPartyValues)

  public static let goalResult = EnumSpec(
    "goal result",
    [
      EnumValue("achieved", en: "achieved", nl: "behaald", aliases: ["behaald"]),
      EnumValue("partly", en: "partly achieved", nl: "deels behaald", aliases: ["deels"]),
      EnumValue("not-achieved", en: "not achieved", nl: "niet behaald", aliases: ["niet-behaald"]),
      EnumValue("dropped", en: "dropped", nl: "vervallen", aliases: ["vervallen"]),
    ])

  /// Built from the kinds' policy table (`SessionKind.policy`).
  public static let sessionKind = EnumSpec("session kind", SessionKind.allCases.map(\.policy.value))

  public static let place = EnumSpec(
    "place",
    [
      EnumValue("school", en: "school", nl: "school"),
      EnumValue("home", en: "home", nl: "thuis", aliases: ["thuis"]),
      EnumValue("online", en: "online", nl: "online", aliases: ["video"]),
      EnumValue("elsewhere", en: "elsewhere", nl: "elders", aliases: ["elders", "anders"]),
    ])

  public static let sessionStatus = EnumSpec(
    "session status",
    [
      EnumValue("held", en: "held", nl: "gehouden", aliases: ["gehouden"]),
      EnumValue("no-show", en: "no-show", nl: "niet verschenen", aliases: ["niet-verschenen"]),
      EnumValue(
        "cancelled-by-family", en: "cancelled by family", nl: "afgezegd door gezin",
        aliases: ["afgezegd-gezin", "afgezegd-door-gezin"]),
      EnumValue(
        "cancelled-by-worker", en: "cancelled by worker", nl: "afgezegd door begeleider",
        aliases: ["afgezegd-begeleider", "afgezegd-door-begeleider"]),
      EnumValue(
        "school-closed", en: "school closed", nl: "school dicht",
        aliases: ["school-dicht", "uitgevallen"]),
    ])

  public static let participant = EnumSpec(
    "participant", open: "participants",
    [
      EnumValue("child", en: "child", nl: "kind", aliases: ["kind"]),
      EnumValue("mother", en: "mother", nl: "moeder", aliases: ["moeder"]),
      EnumValue("father", en: "father", nl: "vader", aliases: ["vader"]),
      EnumValue("parents", en: "parents", nl: "ouders", aliases: ["ouders"]),
      EnumValue(
        "carer", en: "other carer", nl: "andere verzorger",
        aliases: ["verzorger", "voogd", "pleegouder"]),
      EnumValue("teacher", en: "teacher", nl: "leerkracht", aliases: ["leerkracht"]),
      careCoordinator,
      EnumValue("director", en: "school director", nl: "directie", aliases: ["directie"]),
      youthHealth,
      socialTeam,
      schoolSupport,
      shelterCoach,
      EnumValue("sibling", en: "sibling", nl: "broer of zus", aliases: ["broer", "zus"]),
      EnumValue(
        "grandparent", en: "grandparent", nl: "grootouder", aliases: ["grootouder", "opa", "oma"]),
      EnumValue(
        "neighbour", en: "neighbour", nl: "buren",
        aliases: ["buren", "buurman", "buurvrouw", "neighbor"]),
      EnumValue(
        "network", en: "other network (relative, family friend)",
        nl: "ander netwerk (familie, vrienden)", aliases: ["netwerk", "familie"]),
      EnumValue(
        "classmates", en: "classmates", nl: "klasgenoten", aliases: ["klasgenoten", "klas"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
      EnumValue(
        "referrer", en: "the referrer, about the referral only",
        nl: "de aanmelder, alleen over de aanmelding", aliases: ["aanmelder", "verwijzer"]),
    ])

  public static let method = EnumSpec(
    "method", open: "methods",
    [
      EnumValue(
        "solution-focused", en: "solution-focused", nl: "oplossingsgericht",
        aliases: ["oplossingsgericht"]),
      EnumValue(
        "motivational", en: "motivational interviewing", nl: "motiverende gespreksvoering",
        aliases: ["motiverend"]),
      EnumValue(
        "behavioural", en: "behavioural techniques", nl: "gedragstherapeutisch",
        aliases: ["gedragstherapeutisch", "behavioral"]),
      EnumValue(
        "scaling", en: "scaling question", nl: "schaalvraag",
        aliases: ["schaalvraag", "schaalvragen"]),
      EnumValue("play", en: "play", nl: "spel", aliases: ["spel"]),
      EnumValue("drawing", en: "drawing", nl: "tekenen", aliases: ["tekenen"]),
      EnumValue("role-play", en: "role play", nl: "rollenspel", aliases: ["rollenspel"]),
      EnumValue(
        "psycho-education", en: "psycho-education", nl: "psycho-educatie",
        aliases: ["psycho-educatie", "psychoeducatie"]),
      EnumValue("compliments", en: "compliments", nl: "complimenten", aliases: ["complimenten"]),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  public static let closureReason = EnumSpec(
    "closure reason",
    [
      EnumValue(
        "completed", en: "completed as planned", nl: "volgens plan",
        aliases: ["volgens-plan", "cbs-01", "01"],
        doc: "national code 01; also when the plan was adjusted along the way"),
      EnumValue(
        "ended-by-agreement", en: "ended early by agreement", nl: "voortijdig in overeenstemming",
        aliases: ["in-overeenstemming", "cbs-02", "02"], doc: "national code 02"),
      EnumValue(
        "ended-by-client", en: "ended early by the client (drop-out)",
        nl: "voortijdig door cliënt (uitval)", aliases: ["door-client", "uitval", "cbs-03", "03"],
        doc: "national code 03; counts as drop-out"),
      EnumValue(
        "ended-by-provider", en: "ended early by the provider", nl: "voortijdig door aanbieder",
        aliases: ["door-aanbieder", "cbs-04", "04"], doc: "national code 04"),
      EnumValue(
        "external-circumstances", en: "external circumstances", nl: "externe omstandigheden",
        aliases: ["extern", "verhuizing", "cbs-05", "05"],
        doc: "national code 05: moving house, death, long disappearance"),
    ])

  public static let destination = EnumSpec(
    "destination",
    [
      EnumValue(
        "none", en: "no further help", nl: "geen vervolg", aliases: ["geen-vervolg", "geen"]),
      EnumValue(
        "general-provision", en: "general provision", nl: "algemene voorziening",
        aliases: ["algemene-voorziening"]),
      EnumValue(
        "school-support", en: "school support", nl: "ondersteuning op school",
        aliases: ["school-ondersteuning", "schoolondersteuning"]),
      socialTeam,
      youthHealth,
      youthCare,
      EnumValue(
        "youth-mental-health", en: "youth mental health care", nl: "jeugd-ggz",
        aliases: ["jeugd-ggz", "ggz"]),
      EnumValue(
        "safety-services", en: "safety services (Veilig Thuis)", nl: "Veilig Thuis",
        aliases: ["veilig-thuis"]),
      EnumValue(
        "own-network", en: "help in the child's own network", nl: "eigen netwerk",
        aliases: ["eigen-netwerk", "netwerk"],
        doc: "help found around the child (family, neighbours, a club): no professional help"),
      EnumValue("other", en: "other", nl: "anders", aliases: ["anders"]),
    ])

  public static let language = EnumSpec(
    "language",
    [
      EnumValue("nl", en: "Dutch", nl: "Nederlands"),
      EnumValue("en", en: "English", nl: "Engels"),
    ])

  // MARK: - Trajectory
  //
  // Each field is declared once, with how its value lands in the model: `{ (s: inout Session, v)
  // in ... }` (see `SchemaDecoder`). The checker, both decoders, merge, `changes`, the JSON
  // Schema and `fields.md` read these declarations.

  public static let rating = ObjectSpec(
    "rating", doc: "One score on the solution-focused 0-10 scale: \"where are you now?\".",
    [
      Field("date", .date, required: true, "When the score was given.") {
        (r: inout Rating, v) in
        r.date = v.date
      } encode: { r, e in
        e.scalar(r.date)
      },
      Field(
        "value", .number(min: 0, max: 10, step: 0.5), required: true,
        "The score, 0-10 in steps of 0.5."
      ) { (r: inout Rating, v) in
        r.value = v.number
      } encode: { r, e in
        e.number(r.value)
      },
      Field("rater", .enumeration(rater), required: true, "Who gave the score.") {
        (r: inout Rating, v) in
        r.rater = v.string
      } encode: { r, e in
        e.scalar(r.rater)
      },
      ratingFollowUp,
    ])

  public static let goal = ObjectSpec(
    "goal", doc: "A personal goal agreed with child, teacher and parents, scored over time.",
    [
      Field(
        "id", .identifier, required: true,
        "Short id, unique in the file (`g1`); sessions refer to it."
      ) { (g: inout Goal, v) in
        (g.id, g.idSpan) = (v.text, v.span)
      } encode: { g, e in
        e.scalar(g.id)
      },
      Field("domain", .enumeration(domain), "What the goal is about.") {
        (g: inout Goal, v) in
        (g.domain, g.domainSpan) = (v.string, v.span)
      } encode: { g, e in
        e.scalar(g.domain)
      },
      Field(
        "text", .text(multiline: false), required: true, "The goal in the child's words, short."
      ) { (g: inout Goal, v) in
        (g.text, g.textSpan) = (v.text, v.span)
      } encode: { g, e in
        e.scalar(g.text)
      },
      Field("agreed_with", .list(.enumeration(goalParty)), "Who agreed on the goal.") {
        (g: inout Goal, v) in
        (g.agreedWith, g.agreedWithSpan) = (v.strings, v.span)
      } encode: { g, e in
        e.list(g.agreedWith)
      },
      Field(
        "agreed_on", .date,
        "The day the goal was agreed (written by `amigo goal add`); a goal without it counts from its first rating."
      ) { (g: inout Goal, v) in
        (g.agreedOn, g.agreedOnSpan) = (v.date, v.span)
      } encode: { g, e in
        e.scalar(g.agreedOn)
      },
      Field("target", .number(min: 0, max: 10, step: 0.5), "The score that counts as reached.") {
        (g: inout Goal, v) in
        g.target = v.number
      } encode: { g, e in
        e.number(g.target)
      },
      Field(
        "ratings", .list(.object(rating)), "Scores over time, oldest first.",
        identity: .fields(["date", "rater"])
      ) { (g: inout Goal, v) in
        g.ratings = v.objects()
      } encode: { g, e in
        // One rating a line (`- {date: …, value: 6, rater: child}`), as amigo writes them.
        e.flowObjects(g.ratings)
      },
      Field("result", .enumeration(goalResult), "The result, set at closure.") {
        (g: inout Goal, v) in
        g.result = v.value()
      } encode: { g, e in
        e.value(g.result)
      },
    ])

  public static let session = ObjectSpec(
    "session", doc: "A contact: a talk, visit, observation or consultation, with its date.",
    [
      Field("date", .date, required: true, "The day of the contact.") {
        (s: inout Session, v) in
        (s.date, s.dateSpan) = (v.date, v.span)
      } encode: { s, e in
        e.scalar(s.date)
      },
      Field("kind", .enumeration(sessionKind), required: true, "What kind of contact.") {
        (s: inout Session, v) in
        s.kind = v.value()
      } encode: { s, e in
        e.value(s.kind)
      },
      Field(
        "minutes", .integer(min: 0, max: 600), "Duration in minutes (default from the programme)."
      ) { (s: inout Session, v) in
        s.minutes = v.int
      } encode: { s, e in
        e.scalar(s.minutes)
      },
      Field("place", .enumeration(place), "Where it took place.", detail: .description) {
        (s: inout Session, v) in
        s.place = v.string
      } encode: { s, e in
        e.scalar(s.place)
      },
      Field("status", .enumeration(sessionStatus), "Whether it took place (default `held`).") {
        (s: inout Session, v) in
        if let status: SessionStatus = v.value() { s.status = status }
      } encode: { s, e in
        s.status == .held ? nil : e.value(s.status)
      },
      Field(
        "with", .list(.enumeration(participant)),
        "Who took part besides the worker. The consent a contact needs depends on it (see the consent table)."
      ) { (s: inout Session, v) in
        (s.with, s.withSpan) = (v.strings, v.span)
      } encode: { s, e in
        e.list(s.with)
      },
      Field("methods", .list(.enumeration(method)), "Methods used.", detail: .description) {
        (s: inout Session, v) in
        (s.methods, s.methodsSpan) = (v.strings, v.span)
      } encode: { s, e in
        e.list(s.methods)
      },
      Field("goals", .list(.reference("goal")), "Goals worked on (ids from `goals`).") {
        (s: inout Session, v) in
        // A repeated `goals:` key (an error) adds its references, as the rules have always
        // seen them.
        if s.goals.isEmpty {
          (s.goals, s.goalSpans) = (v.strings, v.spans)
        } else {
          s.goals += v.strings
          s.goalSpans += v.spans
        }
      } encode: { s, e in
        e.list(s.goals)
      },
      Field(
        "note", .text(multiline: true), "A short factual note. Parents may ask to read it.",
        detail: .freeText
      ) { (s: inout Session, v) in
        (s.note, s.noteSpan) = (v.string, v.span)
      } encode: { s, e in
        e.scalar(s.note)
      },
      sessionFollowUp,
    ])

  public static let child = ObjectSpec(
    "child", doc: "The child, minimally: never a full name, address or citizen number.",
    [
      Field(
        "label", .label, required: true, "A short display label (`Sam B.`), never a full name."
      ) { (c: inout Child, v) in
        (c.label, c.labelSpan) = (v.text, v.span)
      } encode: { c, e in
        e.scalar(c.label)
      }.notAFormula(),
      Field("born", .yearMonth, "Birth year and month (`2016-03`), never the full date.") {
        (c: inout Child, v) in
        (c.born, c.bornSpan) = (v.yearMonth, v.span)
      } encode: { c, e in
        e.scalar(c.born)
      },
      Field("gender", .enumeration(gender), "Gender.") {
        (c: inout Child, v) in
        (c.gender, c.genderSpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.gender)
      },
      Field(
        "group", .integer(min: SchoolGroup.lowest, max: SchoolGroup.highest),
        "School group, preschool through secondary: \(SchoolGroup.notation)"
      ) { (c: inout Child, v) in
        (c.group, c.groupSpan) = (v.int, v.span)
      } encode: { c, e in
        e.scalar(c.group)
      },
    ])

  public static let referral = ObjectSpec(
    "referral", doc: "Who signalled the child, when, and what is asked.",
    [
      Field("date", .date, required: true, "Date of the signal or registration.") {
        (r: inout Referral, v) in
        (r.date, r.dateSpan) = (v.date, v.span)
      } encode: { r, e in
        e.scalar(r.date)
      },
      Field("by", .enumeration(referrer), required: true, "Who signalled.") {
        (r: inout Referral, v) in
        (r.by, r.bySpan) = (v.string, v.span)
      } encode: { r, e in
        e.scalar(r.by)
      },
      Field("concerns", .list(.enumeration(domain)), "What the concerns are about.") {
        (r: inout Referral, v) in
        (r.concerns, r.concernsSpan) = (v.strings, v.span)
      } encode: { r, e in
        e.list(r.concerns)
      },
      Field(
        "request", .text(multiline: true),
        "The request for help, in the family's own words, short.", detail: .freeText
      ) { (r: inout Referral, v) in
        (r.request, r.requestSpan) = (v.string, v.span)
      } encode: { r, e in
        e.scalar(r.request)
      },
    ])

  public static let consent = ObjectSpec(
    "consent", doc: "Consent for the support. No talk with the child before it.",
    [
      Field("date", .date, required: true, "When consent was given.") {
        (c: inout Consent, v) in
        (c.date, c.dateSpan) = (v.date, v.span)
      } encode: { c, e in
        e.scalar(c.date)
      },
      Field("given_by", .list(.enumeration(consentGiver)), required: true, "Who gave consent.") {
        (c: inout Consent, v) in
        c.givenBy = v.strings
      } encode: { c, e in
        e.list(c.givenBy)
      },
      Field("form", .enumeration(consentForm), "Written or verbal.") {
        (c: inout Consent, v) in
        c.form = v.string
      } encode: { c, e in
        e.scalar(c.form)
      },
      Field("scope", .list(.enumeration(consentScope)), "What the consent covers.") {
        (c: inout Consent, v) in
        c.scope = v.strings
      } encode: { c, e in
        e.list(c.scope)
      },
      Field(
        "exception", .enumeration(consentException),
        "A lawful exception to who consents, with its ground; every report shows it."
      ) { (c: inout Consent, v) in
        (c.exception, c.exceptionSpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.exception)
      },
      Field(
        "exception_ground", .text(multiline: false),
        "A short reason for the exception (optional; a reason only, no content).",
        detail: .freeText
      ) { (c: inout Consent, v) in
        (c.exceptionGround, c.exceptionGroundSpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.exceptionGround)
      },
      Field("withdrawn", .date, "When consent was withdrawn, if it was.") {
        (c: inout Consent, v) in
        (c.withdrawn, c.withdrawnSpan) = (v.date, v.span)
      } encode: { c, e in
        e.scalar(c.withdrawn)
      },
      Field(
        "withdrawn_scope", .list(.enumeration(consentScope)),
        "Only these scopes were withdrawn on `withdrawn`; without it, the whole consent was."
      ) { (c: inout Consent, v) in
        c.withdrawnScope = v.strings
      } encode: { c, e in
        e.list(c.withdrawnScope)
      },
    ])

  public static let plan = ObjectSpec(
    "plan", doc: "The trajectory's plan.",
    [
      Field("start", .date, "The day the trajectory started (the first week counts as week 1).") {
        (p: inout Plan, v) in
        (p.start, p.startSpan) = (v.date, v.span)
      } encode: { p, e in
        e.scalar(p.start)
      },
      Field("weeks", .integer(min: 1, max: 104), "Planned length in weeks.") {
        (p: inout Plan, v) in
        p.weeks = v.int
      } encode: { p, e in
        e.scalar(p.weeks)
      },
      Field("reviews", .list(.date), "Planned review dates.", identity: .value) {
        (p: inout Plan, v) in
        p.reviews = v.list { $0.date }
      } encode: { p, e in
        e.list(p.reviews)
      },
    ])

  public static let pause = ObjectSpec(
    "pause",
    doc:
      "A period the support was paused. A school week counts as paused when the pause covers all its school days (Monday to Friday): it does not count for the trajectory's length. A week the pause covers only partly is left out of the norm for child talks (as the first and last, incomplete, weeks are) but counts for the length.",
    [
      Field("from", .date, required: true, "The first paused day.") {
        (p: inout Pause, v) in
        (p.from, p.fromSpan) = (v.date, v.span)
      } encode: { p, e in
        e.scalar(p.from)
      },
      Field("to", .date, "The last paused day; without it the trajectory is paused still.") {
        (p: inout Pause, v) in
        (p.to, p.toSpan) = (v.date, v.span)
      } encode: { p, e in
        e.scalar(p.to)
      },
    ])

  public static let satisfaction = ObjectSpec(
    "satisfaction", doc: "Satisfaction at closure, 1-10, per party.",
    [
      Field("child", .integer(min: 1, max: 10), "The child's score.") {
        (s: inout [Party: Int], v) in
        if let n = v.int { s[.child] = n }
      } encode: { s, e in
        e.scalar(s[.child])
      },
      Field("parents", .integer(min: 1, max: 10), "The parents' score.") {
        (s: inout [Party: Int], v) in
        if let n = v.int { s[.parents] = n }
      } encode: { s, e in
        e.scalar(s[.parents])
      },
      Field("teacher", .integer(min: 1, max: 10), "The teacher's score.") {
        (s: inout [Party: Int], v) in
        if let n = v.int { s[.teacher] = n }
      } encode: { s, e in
        e.scalar(s[.teacher])
      },
    ])

  public static let closure = ObjectSpec(
    "closure", doc: "How and when the trajectory ended.",
    [
      Field("date", .date, required: true, "The closing date.") {
        (c: inout Closure, v) in
        (c.date, c.dateSpan) = (v.date, v.span)
      } encode: { c, e in
        e.scalar(c.date)
      },
      Field(
        "reason", .enumeration(closureReason), required: true,
        "Why it ended (the five national codes)."
      ) { (c: inout Closure, v) in
        (c.reason, c.reasonSpan) = (v.value(), v.span)
      } encode: { c, e in
        e.value(c.reason)
      },
      Field(
        "destination", .enumeration(destination),
        "Where the child goes next (or several, in `destinations`; one of the two is required)."
      ) { (c: inout Closure, v) in
        (c.destination, c.destinationSpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.destination)
      },
      closureDestinations,
      Field("summary", .text(multiline: true), "An agreed summary.", detail: .freeText) {
        (c: inout Closure, v) in
        (c.summary, c.summarySpan) = (v.string, v.span)
      } encode: { c, e in
        e.scalar(c.summary)
      },
      Field("satisfaction", .object(satisfaction), "Satisfaction scores.") {
        (c: inout Closure, v) in
        _ = v.object(into: &c.satisfaction)
      } encode: { c, e in
        e.object(c.satisfaction)
      },
    ])

  public static let trajectory = ObjectSpec(
    "trajectory", doc: "One child's guided period, from referral to closure: one file each.",
    [
      Field(
        "schema", .constant(trajectoryVersion), required: true,
        "The format version: `\(trajectoryVersion)`."),
      Field(
        "id", .identifier, required: true,
        "The trajectory id; equals the file name without `.yaml`. Never contains a name."
      ) { (t: inout Trajectory, v) in
        (t.id, t.idSpan) = (v.text, v.span)
      } encode: { t, e in
        e.scalar(t.id)
      },
      Field(
        "programme", .reference("programme"), required: true, "Programme id from `amigo.yaml`."
      ) { (t: inout Trajectory, v) in
        (t.programme, t.programmeSpan) = (v.text, v.span)
      } encode: { t, e in
        e.scalar(t.programme)
      },
      Field("school", .reference("school"), required: true, "School id from `amigo.yaml`.") {
        (t: inout Trajectory, v) in
        (t.school, t.schoolSpan) = (v.text, v.span)
      } encode: { t, e in
        e.scalar(t.school)
      },
      trajectorySchools,
      Field("worker", .reference("worker"), required: true, "Worker id from `amigo.yaml`.") {
        (t: inout Trajectory, v) in
        (t.worker, t.workerSpan) = (v.text, v.span)
      } encode: { t, e in
        e.scalar(t.worker)
      },
      workersField, handoversField,
      Field(
        "family", .identifier,
        "A pseudonymous family id linking the trajectories of siblings (`F-7KQ4`): never a surname, address or other name. `show` lists the siblings; the period report counts families."
      ) { (t: inout Trajectory, v) in
        (t.family, t.familySpan) = (v.string, v.span)
      } encode: { t, e in
        e.scalar(t.family)
      },
      Field("status", .enumeration(status), required: true, "Where the trajectory stands.") {
        (t: inout Trajectory, v) in
        (t.status, t.statusSpan) = (v.value(), v.span)
      } encode: { t, e in
        e.value(t.status)
      },
      Field("child", .object(child), required: true, "The child.") {
        (t: inout Trajectory, v) in
        t.child = v.object() ?? Child()
      } encode: { t, e in
        e.object(t.child)
      },
      Field("referral", .object(referral), "The referral.") {
        (t: inout Trajectory, v) in
        t.referral = v.object()
      } encode: { t, e in
        e.object(t.referral)
      },
      Field(
        "consent", .list(.object(consent)), "Consents, oldest first.",
        identity: .fields(["date"])
      ) { (t: inout Trajectory, v) in
        t.consent = v.objects()
      } encode: { t, e in
        e.objects(t.consent)
      },
      Field("plan", .object(plan), "The plan.") {
        (t: inout Trajectory, v) in
        t.plan = v.object() ?? Plan()
      } encode: { t, e in
        e.object(t.plan)
      },
      Field(
        "pauses", .list(.object(pause)),
        "Periods the support was paused, oldest first (written by `amigo pause` and `amigo resume`). Paused school weeks do not count for the norms or the length.",
        identity: .fields(["from"])
      ) { (t: inout Trajectory, v) in
        t.pauses = v.objects()
      } encode: { t, e in
        e.objects(t.pauses)
      },
      Field("goals", .list(.object(goal)), "Personal goals.", identity: .fields(["id"])) {
        (t: inout Trajectory, v) in
        t.goals = v.objects()
      } encode: { t, e in
        e.objects(t.goals)
      },
      Field(
        "sessions", .list(.object(session)), "Contacts, in date order.",
        identity: .fields(["date", "kind"])
      ) { (t: inout Trajectory, v) in
        t.sessions = v.objects()
      } encode: { t, e in
        e.objects(t.sessions)
      },
      Field(
        "agreements", .list(.object(agreement)),
        "What meetings about several children agreed for this child, each referring to its activity file (`activities/<id>.yaml`); no minutes of their own, so the meeting is counted once.",
        identity: .fields(["activity", "date"])
      ) { (t: inout Trajectory, v) in
        t.agreements = v.objects()
      } encode: { t, e in
        e.objects(t.agreements)
      },
      Field(
        "sharing", .list(.object(sharing)),
        "What was shared with whom, with its basis, in date order.",
        identity: .fields(["date", "direction"])
      ) { (t: inout Trajectory, v) in
        t.sharing = v.objects()
      } encode: { t, e in
        e.objects(t.sharing)
      },
      Field(
        "meldcode", .list(.object(meldcodeStep)),
        "The steps of a meldcode procedure, in date order.",
        identity: .fields(["date", "step"])
      ) { (t: inout Trajectory, v) in
        t.meldcode = v.objects()
      } encode: { t, e in
        e.objects(t.meldcode)
      },
      Field(
        "measures", .list(.object(measure)), "Outcome measures (questionnaire scale scores).",
        identity: .fields(["date", "instrument", "informant"])
      ) { (t: inout Trajectory, v) in
        t.measures = v.objects()
      } encode: { t, e in
        e.objects(t.measures)
      },
      trajectoryReferrals,
      Field("closure", .object(closure), "The closure, once closed.") {
        (t: inout Trajectory, v) in
        t.closure = v.object()
      } encode: { t, e in
        e.object(t.closure)
      },
      importedField, statementsField, trajectoryPrevious,
    ])

  // MARK: - Config

  public static let range = ObjectSpec(
    "range", doc: "A range of whole numbers.",
    [
      Field("min", .integer(min: 0, max: 200), required: true, "Lowest allowed.") {
        (r: inout RangeValue, v) in r.min = v.int
      },
      Field("max", .integer(min: 0, max: 200), required: true, "Highest allowed.") {
        (r: inout RangeValue, v) in r.max = v.int
      },
    ])

  public static let programme = ObjectSpec(
    "programme", doc: "A programme and its norms.",
    [
      Field(Programme.Key.label, .label, required: true, "The programme's name.") {
        (p: inout Programme, v) in p.label = v.text
      },
      Field(Programme.Key.age, .object(range), "Age band of the children, in years at the start.") {
        (p: inout Programme, v) in p.age = (v.object() as RangeValue?)?.range
      },
      Field(Programme.Key.weeks, .object(range), "Allowed trajectory length in weeks.") {
        (p: inout Programme, v) in p.weeks = (v.object() as RangeValue?)?.range
      },
      Field(
        Programme.Key.childSessionsPerWeek, .integer(min: 0, max: 14),
        "The dose norm: held sessions of the dose kind (`dose_kind`, default child talks) per school week."
      ) { (p: inout Programme, v) in p.childSessionsPerWeek = v.int },
      Field(
        Programme.Key.sessionMinutes, .integer(min: 1, max: 600),
        "Default length in minutes of a session of the dose kind (default: a child talk)."
      ) { (p: inout Programme, v) in p.sessionMinutes = v.int },
      Field(
        Programme.Key.doseKind, .enumeration(sessionKind),
        "The session kind the dose norm (`child_sessions_per_week`) and `session_minutes` count, by its file value (default `child-talk`)."
      ) { (p: inout Programme, v) in p.doseKind = v.value() ?? .childTalk },
      Field(
        Programme.Key.requiredContacts, .list(.enumeration(sessionKind)),
        "Contact kinds that must have been held before a completed closure."
      ) { (p: inout Programme, v) in p.requiredContacts = v.list { $0.value() } },
      Field(
        Programme.Key.retentionYears, .integer(min: 1, max: 100),
        "Years a closed trajectory is kept."
      ) {
        (p: inout Programme, v) in p.retentionYears = v.int
      },
      programmeFollowUpMonths,
      Field(
        Programme.Key.sessionKinds, .list(.enumeration(sessionKind)),
        "The session kinds the programme uses, by their file value (default: every kind). A session of another kind is a warning; reports show no figures for kinds the programme does not use."
      ) { (p: inout Programme, v) in p.sessionKinds = v.list { $0.value() } },
      Field(
        Programme.Key.goals, .boolean,
        "`false`: the programme agrees no goals, so no report asks for them (default `true`)."
      ) { (p: inout Programme, v) in p.goalsExpected = v.string != "false" },
      Field(
        Programme.Key.parentsConsent, .boolean,
        "`true`: the programme requires the consent of the parents (a parent with parental authority, or a guardian) for the support at every age, beyond the law (which lets a child of 12 to 15 be helped without them, and from 16 consent alone): a contact under consent the parents did not give is a warning (default `false`)."
      ) { (p: inout Programme, v) in p.parentsConsent = v.string == "true" },
      Field(
        Programme.Key.referredBy, .list(.enumeration(referrer)),
        "Who may refer a child to the programme (default: anyone). A referral by someone else is a warning."
      ) { (p: inout Programme, v) in p.referrers = v.list { $0.string } },
      Field(
        Programme.Key.notRecorded, .list(.enumeration(recordable)),
        "Trajectory fields the programme does not record: a file of the programme that has one is an error."
      ) { (p: inout Programme, v) in p.notRecorded = v.list { $0.string } },
      programmeFigures,
    ])

  /// The optional trajectory fields a programme can leave unrecorded (`not_recorded:`).
  public static let recordable = EnumSpec(
    "recordable field",
    [
      EnumValue("child.born", en: "year and month of birth", nl: "geboortemaand"),
      EnumValue("child.gender", en: "gender", nl: "gender"),
      EnumValue("child.group", en: "school group", nl: "groep"),
      EnumValue("referral.concerns", en: "concerns", nl: "zorgen"),
      EnumValue("referral.request", en: "request for help", nl: "hulpvraag"),
      EnumValue("goals", en: "goals", nl: "doelen"),
      EnumValue("closure.summary", en: "closing summary", nl: "samenvatting bij afsluiting"),
      EnumValue("closure.satisfaction", en: "satisfaction", nl: "tevredenheid"),
    ])

  public static let school = ObjectSpec(
    "school", doc: "A school where the organisation works.",
    [
      Field("name", .label, required: true, "The school's name.") {
        (s: inout School, v) in s.name = v.text
      },
      Field("municipality", .label, "Municipality.") {
        (s: inout School, v) in s.municipality = v.string
      },
      Field("area", .label, "Neighbourhood or area.") { (s: inout School, v) in s.area = v.string },
      Field(
        "hours_per_week", .number(min: 0, max: 80, step: 0.25),
        "The hours a week agreed with the school (`2`, `20`)."
      ) { (s: inout School, v) in s.agreedHours = v.number },
      Field(
        "weighting", .number(min: 0, max: 100, step: 0.01),
        "The school's weighting (schoolweging, as CBS publishes it: `31.2`)."
      ) { (s: inout School, v) in s.weighting = v.number },
    ])

  public static let training = ObjectSpec(
    "training", doc: "A training a worker completed.",
    [
      Field("label", .label, required: true, "The training's name.") {
        (t: inout Training, v) in t.label = v.text
      },
      Field("date", .date, required: true, "The day it was completed.") {
        (t: inout Training, v) in t.date = v.date
      },
    ])

  public static let workerHours = ObjectSpec(
    "worker hours", doc: "A worker's hours a week at one school.",
    [
      Field("school", .reference("school"), required: true, "School id from `schools`.") {
        (h: inout WorkerHours, v) in h.school = v.text
      },
      Field(
        "hours_per_week", .number(min: 0, max: 80, step: 0.25), required: true,
        "Hours a week at that school (`20` for 2.5 days)."
      ) { (h: inout WorkerHours, v) in h.hoursPerWeek = v.number },
    ])

  public static let worker = ObjectSpec(
    "worker", doc: "A worker (professional).",
    [
      Field("name", .label, required: true, "The worker's name as colleagues know it.") {
        (w: inout Worker, v) in w.name = v.text
      },
      Field(
        "qualification", .label, "Level and training (`HBO social work`, `hbo`, `wo`)."
      ) { (w: inout Worker, v) in w.qualification = v.string },
      Field("trainings", .list(.object(training)), "Extra trainings, with their dates.") {
        (w: inout Worker, v) in w.trainings = v.objects()
      },
      Field("schools", .list(.object(workerHours)), "Hours a week per school.") {
        (w: inout Worker, v) in w.hours = v.objects()
      },
      Field(
        "end", .date,
        "The last working day. A former worker stays valid in old files; a trajectory of theirs with a referral, start or contact after this day is an error (`worker-ended`), so commands refuse to give them new children or contacts."
      ) { (w: inout Worker, v) in w.end = v.date },
    ])

  public static let holiday = ObjectSpec(
    "holiday", doc: "A school holiday: weeks in it do not count as missed.",
    [
      Field("label", .label, required: true, "Name of the holiday.") {
        (h: inout HolidayValue, v) in if h.seen.insert("label").inserted { h.label = v.text }
      },
      Field("from", .date, required: true, "First day.") {
        (h: inout HolidayValue, v) in if h.seen.insert("from").inserted { h.from = v.date }
      },
      Field("to", .date, required: true, "Last day.") {
        (h: inout HolidayValue, v) in if h.seen.insert("to").inserted { h.to = v.date }
      },
    ])

  /// One value an organisation adds to an open list (`vocabularies:`).
  public static let vocabularyEntry = ObjectSpec(
    "vocabulary entry", doc: "A value the organisation adds to an open list, with its labels.",
    [
      Field("nl", .label, required: true, "Dutch label, for reports.") {
        (e: inout VocabularyEntry, v) in e.nl = v.text
      },
      Field("en", .label, "English label (default: the Dutch one).") {
        (e: inout VocabularyEntry, v) in e.en = v.string
      },
      Field(
        "aliases", .list(.label), "Other words accepted on the command line (never written)."
      ) { (e: inout VocabularyEntry, v) in e.aliases = v.strings },
    ])

  /// The open lists, by their key under `vocabularies:`. Closure reasons and destinations are
  /// not among them: funders map those to fixed codes.
  public static let openLists: [EnumSpec] = [domain, participant, goalParty, rater, method]

  static let openListDocs = [
    "concerns": "More concerns: referral `concerns` and goal `domain`.",
    "participants":
      "More participants of a contact (`with`). The consent table counts them as network: a contact with them needs consent for the support.",
    "goal_parties": "More parties a goal can be agreed with (`agreed_with`).",
    "raters": "More raters of a goal's scores (`rater`).",
    "methods": "More methods of a contact (`methods`).",
  ]

  public static let vocabularies = ObjectSpec(
    "vocabularies",
    doc:
      "The organisation's own values of the open lists, by id (the value files use): `{id: {nl: label, en: label}}`. Files may use them as they use the built-in values.",
    openLists.map { spec in
      Field(
        spec.openKey!, .dictionary(vocabularyEntry),
        openListDocs[spec.openKey!] ?? ""
      ) { (c: inout Config, v) in
        c.vocabularies[spec.openKey!] = v.entries { VocabularyEntry(id: $0) }.map(\.value)
      }
    })

  public static let privacy = ObjectSpec(
    "privacy", doc: "How strictly amigo guards against identifying details in free text.",
    [
      Field(
        "strict", .boolean,
        "`true`: text that looks like a citizen number, e-mail address, phone number or postcode is an error, so amigo refuses to write it (default `false`: a warning)."
      ) { (c: inout Config, v) in c.strictPrivacy = v.string == "true" }
    ])

  public static let consentSettings = ObjectSpec(
    "consent settings", doc: "What the organisation asks of consent beyond the law.",
    [
      Field(
        "both_parents", .boolean,
        "`true`: for a child under 16, consent by one parent (`given_by: [parent]`) is not enough; both parents (`parents`) or a guardian must consent (default `false`)."
      ) { (c: inout Config, v) in c.consentBothParents = v.string == "true" }
    ])

  public static let config = ObjectSpec(
    "workspace config", doc: "`amigo.yaml`: the organisation, its programmes, schools and workers.",
    [
      Field(
        "schema", .constant(configVersion), required: true,
        "The format version: `\(configVersion)`."),
      Field("organisation", .label, required: true, "The organisation's name.") {
        (c: inout Config, v) in c.organisation = v.text
      },
      Field("language", .enumeration(language), "Default language of reports (`nl` or `en`).") {
        (c: inout Config, v) in if let l = v.string, language.contains(l) { c.language = l }
      },
      Field(
        "small_numbers", .integer(min: 2, max: 100),
        "Counts from 1 to this minus 1 are shown as `<N` in period reports (default 5)."
      ) { (c: inout Config, v) in if let n = v.int, n >= 2 { c.smallNumbers = n } },
      Field("id_prefix", .identifier, "Prefix of new trajectory ids (default `T`).") {
        (c: inout Config, v) in if let p = v.string, Identifier.isValid(p) { c.idPrefix = p }
      },
      Field("programmes", .dictionary(programme), required: true, "Programmes by id.") {
        (c: inout Config, v) in c.programmes = v.entries { Programme(id: $0) }
      },
      Field("schools", .dictionary(school), required: true, "Schools by id.") {
        (c: inout Config, v) in c.schools = v.entries { School(id: $0) }
      },
      Field("workers", .dictionary(worker), required: true, "Workers by id.") {
        (c: inout Config, v) in c.workers = v.entries { Worker(id: $0) }
      },
      Field("holidays", .list(.object(holiday)), "School holidays.") {
        (c: inout Config, v) in c.holidays = v.list { ($0.object() as HolidayValue?)?.holiday }
      },
      Field(
        "vocabularies", .object(vocabularies),
        "The organisation's own concerns, participants, goal parties, raters and methods."
      ) { (c: inout Config, v) in
        c.vocabularies = [:]
        _ = v.object(into: &c)
      },
      Field("privacy", .object(privacy), "Privacy settings.") {
        (c: inout Config, v) in
        c.strictPrivacy = false
        _ = v.object(into: &c)
      },
      Field("consent", .object(consentSettings), "Consent settings.") {
        (c: inout Config, v) in
        c.consentBothParents = false
        _ = v.object(into: &c)
      },
      Field(
        "instruments", .dictionary(instrument),
        "Questionnaires for outcome measures, by id (`amigo init` ships the SDQ)."
      ) { (c: inout Config, v) in c.instruments = v.entries { Instrument(id: $0) } },
    ])
}

// MARK: - The models the schemas decode into

extension Trajectory: SchemaModel {}
extension Child: SchemaModel {}
extension Referral: SchemaModel {}
extension Consent: SchemaModel {}
extension Plan: SchemaModel {}
extension Goal: SchemaModel {}
extension Rating: SchemaModel {}
extension Session: SchemaModel {}
extension Closure: SchemaModel {}
extension Pause: SchemaModel {}
/// Satisfaction scores per party (`Schemas.satisfaction`).
extension Dictionary: SchemaModel where Key == Party, Value == Int {}
extension Config: SchemaModel {}

extension Programme: SchemaModel {
  public init() { self.init(id: "") }
}
extension School: SchemaModel {
  public init() { self.init(id: "") }
}
extension Worker: SchemaModel {
  public init() { self.init(id: "") }
}
extension Training: SchemaModel {}
extension WorkerHours: SchemaModel {}

/// A value an organisation adds to an open list, as written (`Schemas.vocabularyEntry`).
public struct VocabularyEntry: SchemaModel, Sendable, Hashable {
  public var id = ""
  public var nl = ""
  public var en: String?
  public var aliases: [String] = []
  public init() {}
  public init(id: String) { self.id = id }
  /// The value as the built-in ones are declared.
  public var value: EnumValue { EnumValue(id, en: en ?? nl, nl: nl, aliases: aliases) }
}

/// `min` and `max` as written (`Schemas.range`).
public struct RangeValue: SchemaModel, Sendable, Hashable {
  public var min: Int?
  public var max: Int?
  public init() {}
  /// The range, when both ends are there and in order.
  public var range: ClosedRange<Int>? {
    guard let min, let max, min <= max else { return nil }
    return min...max
  }
}

/// A holiday as written (`Schemas.holiday`).
public struct HolidayValue: SchemaModel, Sendable, Hashable {
  public var label = ""
  public var from: LocalDate?
  public var to: LocalDate?
  /// Keys read so far: a repeated key (an error) does not override the first.
  var seen: Set<String> = []
  public init() {}
  /// The holiday, when both its days are there.
  public var holiday: Holiday? {
    guard let from, let to else { return nil }
    return Holiday(label: label, from: from, to: to)
  }
}

extension TrajectoryStatus: SchemaEnum { public static let ordered = allCases }
extension SessionKind: SchemaEnum { public static let ordered = allCases }
extension SessionStatus: SchemaEnum { public static let ordered = allCases }
extension Party: SchemaEnum { public static let ordered = allCases }
extension GoalResult: SchemaEnum { public static let ordered = allCases }
extension ClosureReason: SchemaEnum { public static let ordered = allCases }
